//! The bar of process steps: where you are, and which steps already hold something.

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
    let id = plan.with_untracked(|p| p.id);
    view! {
        <nav class="step-bar" aria-label="Steps of the plan">
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
                                    <span class="step-title">{step.title()}</span>
                                    <span class="step-mark" aria-hidden="true">
                                        {move || if filled.get() { "\u{2713}" } else { "" }}
                                    </span>
                                    <span class="visually-hidden">
                                        {move || if filled.get() { " (has content)" } else { "" }}
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
