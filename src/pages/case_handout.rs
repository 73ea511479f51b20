//! A practice case as a handout for the classroom: the story, what the person answered on the
//! screening questionnaires, and the questions to work through. Printed from the browser.

use crate::components::language::untranslated;
use crate::model::teaching::Case;
use crate::pages::assessment::summary::AssessmentSummary;
use crate::pages::not_found::NotFoundMessage;
use crate::pages::practice::story_paragraphs;
use crate::state::today;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The questions a trainee works through, in the order of the process.
const QUESTIONS: [&str; 8] = [
    "What matters most to this person, in their own words?",
    "Which parts of their life need help, and which are strengths to build on?",
    "What do the screening answers point to? Which needs would you write, and in what order?",
    "Write one SMART goal for the need that matters most: specific, measurable, achievable, relevant and time-bound.",
    "What could get in the way (cost, transport, understanding, support), and which step deals with it?",
    "Who does what, and by when? Which services or referrals would help?",
    "When will you review the plan together, and what would tell you it is working?",
    "How and when would the plan end, and who takes over?",
];

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
    let start = case.start_plan(today());
    let assessment = start.assessments.last().cloned();
    let print = move |_| {
        let _ = window().print();
    };
    let questions = QUESTIONS
        .iter()
        .map(|q| view! { <li>{*q}<span class="answer-space" aria-hidden="true"></span></li> })
        .collect_view();
    view! {
        <main id="main" class="page case-handout" lang=untranslated()>
            <p class="print-controls">
                <button class="primary" on:click=print>"Print this handout"</button>
                " "
                <A href=crate::routes::home()>"Back to My plans"</A>
            </p>
            <article class="printout">
                <p class="practice-mark">"Practice case for training \u{2014} not a real person"</p>
                <h1 tabindex="-1">{format!("{}\u{2019}s case", case.name)}</h1>
                <p class="lead">{case.summary}</p>
                <section class="print-section">
                    <h2>"The story"</h2>
                    {story_paragraphs(case.story)}
                    <p>
                        <strong>"What matters most, in "{case.name}"\u{2019}s words: "</strong>
                        "\u{201c}"{case.what_matters}"\u{201d}"
                    </p>
                </section>
                {assessment.map(|a| view! {
                    <section class="print-section">
                        <h2>"What the screening questionnaires showed"</h2>
                        <AssessmentSummary assessment=a />
                    </section>
                })}
                <section class="print-section">
                    <h2>"Questions to work through"</h2>
                    <ol class="handout-questions">{questions}</ol>
                </section>
            </article>
        </main>
    }
    .into_any()
}
