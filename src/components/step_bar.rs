//! The bar of process steps: where you are, and which steps already hold something.
//!
//! On a wide screen it is the list of all nine steps. On a phone (CSS, below 40rem) the list
//! would fill the first screen, so it folds into one row: the previous step, a button that
//! says where you are and opens the whole list, and the next step.

use crate::components::fold::FoldButton;
use crate::components::step_text::step_title;
use crate::i18n::{t_string, use_i18n};
use crate::model::{CarePlan, Step};
use leptos::prelude::*;
use leptos_router::components::A;

pub use crate::routes::step_href;

#[component]
pub fn StepBar(
    /// The plan whose steps are shown.
    plan: RwSignal<CarePlan>,
    /// The step on screen, if the URL names one.
    #[prop(into)]
    current: Signal<Option<Step>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = plan.with_untracked(|p| p.id);
    // The whole list, opened from the folded row on a phone; closed again when a step is chosen.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        current.track();
        open.set(false);
    });
    let started =
        Memo::new(move |_| plan.with(|p| Step::ALL.iter().filter(|s| s.has_content(p)).count()));
    let step_link = move |step: Option<Step>, class: &'static str, rel: &'static str| {
        step.map(|s| {
            let label = move || match rel {
                "prev" => t_string!(i18n, steps.previous_named, step = step_title(i18n, s)).to_string(),
                _ => t_string!(i18n, steps.next_named, step = step_title(i18n, s)).to_string(),
            };
            view! {
                <A href=step_href(id, s) attr:class=class attr:rel=rel attr:aria-label=label>
                    <span aria-hidden="true">{if rel == "prev" { "\u{2190}" } else { "\u{2192}" }}</span>
                </A>
            }
        })
    };
    view! {
        <nav class="step-bar" class:open=move || open.get() aria-label=move || t_string!(i18n, steps.bar_label)>
            <div class="step-bar-folded">
                {move || step_link(current.get().and_then(Step::previous), "step-bar-prev", "prev")}
                <FoldButton open=open controls="step-bar-list" class="step-bar-toggle">
                    // Where you are is the heading just below; this says how far the plan has
                    // come, and opens the list.
                    {move || t_string!(i18n, steps.started, n = started.get(), total = Step::ALL.len()).to_string()}
                </FoldButton>
                {move || step_link(current.get().and_then(Step::next), "step-bar-next", "next")}
            </div>
            <ol id="step-bar-list">
                {Step::ALL
                    .into_iter()
                    .map(|step| {
                        let is_current = move || current.get() == Some(step);
                        let filled = Memo::new(move |_| plan.with(|p| step.has_content(p)));
                        view! {
                            <li class:current=is_current class:filled=move || filled.get()>
                                <A
                                    href=step_href(id, step)
                                    attr:aria-current=move || is_current().then_some("step")
                                >
                                    <span class="step-number" aria-hidden="true">
                                        {step.index() + 1}
                                    </span>
                                    <span class="step-title">{move || step_title(i18n, step)}</span>
                                    <span class="step-mark" aria-hidden="true">
                                        {move || if filled.get() { "\u{2713}" } else { "" }}
                                    </span>
                                    <span class="visually-hidden">
                                        {move || if filled.get() { t_string!(i18n, steps.has_content) } else { "" }}
                                    </span>
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
