//! Practice cases on My plans, for trainees: read a case, start a practice copy, continue it, or
//! start it again. Practice copies are listed here only, never among real plans.

use crate::components::step_href;
use crate::model::teaching::Case;
use crate::model::{PlanSummary, Step};
use crate::pages::case_handout::handout_href;
use crate::pages::practice::story_paragraphs;
use chrono::Local;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn PracticeCases(
    /// The practice copies stored in this browser.
    #[prop(into)]
    practice: Signal<Vec<PlanSummary>>,
    /// Starts a practice copy of a case (by id).
    on_start: Callback<&'static str>,
    /// Asks to start one practice copy again from the beginning.
    on_reset: Callback<PlanSummary>,
) -> impl IntoView {
    let cases = Case::all()
        .into_iter()
        .map(|case| {
            let id = case.id;
            let name = case.name;
            // Several copies when a trainer imported trainees' plans to review them.
            let copies = move || {
                practice.with(|p| {
                    p.iter()
                        .filter(|s| s.practice.as_deref() == Some(id))
                        .cloned()
                        .collect::<Vec<_>>()
                })
            };
            view! {
                <li class="case-card">
                    <h3>{name}</h3>
                    <p>{case.summary}</p>
                    <details class="case-story">
                        <summary>{format!("Read {name}\u{2019}s story")}</summary>
                        {story_paragraphs(case.story)}
                    </details>
                    <ul class="practice-copies">
                        <For each=copies key=|s| (s.id, s.updated_at, s.title.clone()) let:copy>
                            {
                                let edited = copy.updated_at.with_timezone(&Local).format("%-d %b %Y, %H:%M").to_string();
                                let label = format!("{} (last edited {edited})", copy.display_title());
                                let reset = copy.clone();
                                let hidden = label.clone();
                                view! {
                                    <li>
                                        <A href=step_href(copy.id, Step::Intake)>
                                            "Continue practising: " {label}
                                        </A>
                                        " "
                                        <button class="link" on:click=move |_| on_reset.run(reset.clone())>
                                            "Start again from the beginning"<span class="visually-hidden">" (" {hidden} ")"</span>
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                    <div class="actions">
                        <Show when=move || copies().is_empty()>
                            <button class="primary" on:click=move |_| on_start.run(id)>
                                "Start practising"<span class="visually-hidden">" with " {name}</span>
                            </button>
                        </Show>
                        <A href=handout_href(id) attr:class="button">
                            "Case handout to print"<span class="visually-hidden">" (" {name} ")"</span>
                        </A>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="practice-cases" aria-labelledby="practice-cases-title">
            <h2 id="practice-cases-title">"Practice cases"</h2>
            <p>
                "For training: three people\u{2019}s stories with their screening answers. Write a plan for one, then use \u{201c}Check my plan\u{201d} to see what you covered and what to revisit. Practice plans are kept apart from real plans. A trainee can save a practice plan as a file to hand in; a trainer imports it with \u{201c}Import plans from a file\u{201d} and finds it here, with the same check."
            </p>
            <ul class="case-list">{cases}</ul>
        </section>
    }
}
