//! Practice cases on My plans, for trainees: read a case, start a practice copy, continue it, or
//! start it again. Practice copies are listed here only, never among real plans.

use crate::components::step_href;
use crate::model::teaching::Case;
use crate::model::{PlanSummary, Step};
use crate::pages::practice::story_paragraphs;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn PracticeCases(
    /// The practice copies stored in this browser.
    #[prop(into)]
    practice: Signal<Vec<PlanSummary>>,
    /// Starts a practice copy of a case (by id).
    on_start: Callback<&'static str>,
    /// Asks to start a case's practice copy again from the beginning.
    on_reset: Callback<&'static str>,
) -> impl IntoView {
    let cases = Case::all()
        .into_iter()
        .map(|case| {
            let id = case.id;
            let copy = move || practice.with(|p| p.iter().find(|s| s.practice.as_deref() == Some(id)).map(|s| s.id));
            view! {
                <li class="case-card">
                    <h3>{case.name}</h3>
                    <p>{case.summary}</p>
                    <details class="case-story">
                        <summary>{format!("Read {}\u{2019}s story", case.name)}</summary>
                        {story_paragraphs(case.story)}
                    </details>
                    <div class="actions">
                        {move || match copy() {
                            Some(plan) => view! {
                                <A href=step_href(plan, Step::Intake) attr:class="button primary">
                                    "Continue practising"<span class="visually-hidden">" with " {case.name}</span>
                                </A>
                                <button on:click=move |_| on_reset.run(id)>
                                    "Start again from the beginning"<span class="visually-hidden">" (" {case.name} ")"</span>
                                </button>
                            }.into_any(),
                            None => view! {
                                <button class="primary" on:click=move |_| on_start.run(id)>
                                    "Start practising"<span class="visually-hidden">" with " {case.name}</span>
                                </button>
                            }.into_any(),
                        }}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="practice-cases" aria-labelledby="practice-cases-title">
            <h2 id="practice-cases-title">"Practice cases"</h2>
            <p>
                "For training: three people\u{2019}s stories with their screening answers. Write a plan for one, then use \u{201c}Check my plan\u{201d} to see what you covered and what to revisit. Practice plans are kept apart from real plans."
            </p>
            <ul class="case-list">{cases}</ul>
        </section>
    }
}
