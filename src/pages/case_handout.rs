//! A practice case as a handout for the classroom: the story, what the person answered on the
//! screening questionnaires, and the questions to work through. Printed from the browser.

use crate::components::language::model_lang;
use crate::i18n::{t, use_i18n};
use crate::model::teaching::Case;
use crate::pages::assessment::summary::AssessmentSummary;
use crate::pages::not_found::NotFoundMessage;
use crate::pages::practice::story_paragraphs;
use crate::state::today;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The address of a case's handout.
pub fn handout_href(case_id: &str) -> String {
    format!("{}/practice/{case_id}", crate::routes::base())
}

/// The route `/practice/:case`.
#[component]
pub fn CaseHandout() -> impl IntoView {
    let params = use_params_map();
    let case = params.with_untracked(|p| p.get("case").and_then(|id| Case::find(&id)));
    let Some(case) = case else {
        return view! { <main id="main" class="page"><NotFoundMessage /></main> }.into_any();
    };
    let i18n = use_i18n();
    let lang = model_lang();
    // The screening answers are numbers, the same in every language.
    let start = case.start_plan(today());
    let assessment = start.assessments.last().cloned();
    let print = move |_| {
        let _ = window().print();
    };
    // The questions a trainee works through, in the order of the process.
    let questions = [
        t!(i18n, practice.handout.q1).into_any(),
        t!(i18n, practice.handout.q2).into_any(),
        t!(i18n, practice.handout.q3).into_any(),
        t!(i18n, practice.handout.q4).into_any(),
        t!(i18n, practice.handout.q5).into_any(),
        t!(i18n, practice.handout.q6).into_any(),
        t!(i18n, practice.handout.q7).into_any(),
        t!(i18n, practice.handout.q8).into_any(),
    ]
    .into_iter()
    .map(|q| view! { <li>{q}<span class="answer-space" aria-hidden="true"></span></li> })
    .collect_view();
    let name = case.name;
    let (summary, story, what_matters) = (case.summary, case.story, case.what_matters);
    view! {
        <main id="main" class="page case-handout">
            <p class="print-controls">
                <button class="primary" on:click=print>{t!(i18n, practice.handout.print)}</button>
                " "
                <A href=crate::routes::home()>{t!(i18n, practice.handout.back)}</A>
            </p>
            <article class="printout">
                <p class="practice-mark">{t!(i18n, practice.handout.mark)}</p>
                <h1 tabindex="-1">{t!(i18n, practice.handout.heading, name = name)}</h1>
                <p class="lead">{move || summary.get(lang())}</p>
                <section class="print-section">
                    <h2>{t!(i18n, practice.handout.story)}</h2>
                    {move || story_paragraphs(story.get(lang()))}
                    <p>
                        <strong>{t!(i18n, practice.handout.what_matters, name = name)}</strong>
                        "\u{201c}"{move || what_matters.get(lang())}"\u{201d}"
                    </p>
                </section>
                {assessment.map(|a| view! {
                    <section class="print-section">
                        <h2>{t!(i18n, practice.handout.screening)}</h2>
                        <AssessmentSummary assessment=a translated=true />
                    </section>
                })}
                <section class="print-section">
                    <h2>{t!(i18n, practice.handout.questions)}</h2>
                    <ol class="handout-questions">{questions}</ol>
                </section>
            </article>
        </main>
    }
    .into_any()
}
