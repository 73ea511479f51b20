//! The bar of process steps: where you are, and which steps already hold something.

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
    view! {
        <nav class="step-bar" aria-label=move || t_string!(i18n, steps.bar_label)>
            <ol>
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
