//! Practice cases on My plans, for trainees: read a case, start a practice copy, continue it, or
//! start it again. Practice copies are listed here only, never among real plans.

use super::edited_at;
use crate::components::language::model_lang;
use crate::components::step_href;
use crate::components::Shown;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::teaching::Case;
use crate::model::{PlanSummary, Step};
use crate::pages::case_handout::handout_href;
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
    /// Asks to start one practice copy again from the beginning.
    on_reset: Callback<PlanSummary>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
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
            // The cases themselves (summary, story) are the model's, in the language shown.
            let (summary, story) = (case.summary, case.story);
            view! {
                <li class="case-card">
                    <h3>{name}</h3>
                    <p>{move || summary.get(lang())}</p>
                    <details class="case-story">
                        <summary>{t!(i18n, plans.practice.story, name = name)}</summary>
                        <div>{move || story_paragraphs(story.get(lang()))}</div>
                    </details>
                    <ul class="practice-copies">
                        <For each=copies key=|s| (s.id, s.updated_at, s.title.clone()) let:copy>
                            {
                                let updated_at = copy.updated_at;
                                let titled = copy.clone();
                                let label = move || t_string!(
                                    i18n,
                                    plans.practice.copy_label,
                                    title = titled.display_title_in(lang()),
                                    edited = edited_at(i18n, updated_at)
                                ).to_string();
                                let link = label.clone();
                                let reset = copy.clone();
                                view! {
                                    <li>
                                        <A href=step_href(copy.id, Step::Intake)>
                                            {move || t_string!(i18n, plans.practice.keep_going, label = link()).to_string()}
                                        </A>
                                        " "
                                        <button class="link" on:click=move |_| on_reset.run(reset.clone())>
                                            {t!(i18n, plans.practice.start_again)}
                                            <span class="visually-hidden">" (" {label} ")"</span>
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                    <div class="actions">
                        <Shown when=move || copies().is_empty()>
                            <button class="primary" on:click=move |_| on_start.run(id)>
                                {t!(i18n, plans.practice.start)}
                                <span class="visually-hidden">{t!(i18n, plans.practice.start_with, name = name)}</span>
                            </button>
                        </Shown>
                        <A href=handout_href(id) attr:class="button">
                            {t!(i18n, plans.practice.handout)}
                            <span class="visually-hidden">" (" {name} ")"</span>
                        </A>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="practice-cases" aria-labelledby="practice-cases-title">
            <h2 id="practice-cases-title">{t!(i18n, plans.practice.title)}</h2>
            <p>{t!(i18n, plans.practice.text)}</p>
            <ul class="case-list">{cases}</ul>
        </section>
    }
}
