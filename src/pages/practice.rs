//! A practice copy of a teaching case, as it shows while being worked on: a banner on every
//! step that says it is practice, and "Check my plan" with feedback against the case's key
//! points (`model::teaching::check_plan`).

use crate::model::teaching::{check_plan, Case, Feedback};
use crate::state::{today, PlanState};
use leptos::prelude::*;

#[component]
pub fn PracticeBanner(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let case = state
        .plan
        .with_untracked(|p| p.practice.as_deref().and_then(Case::find));
    let Some(case) = case else {
        return ().into_any();
    };
    let (name, story) = (case.name, case.story);
    let feedback = RwSignal::new(None::<Feedback>);
    let check = move |_| {
        let result = state.plan.with_untracked(|p| check_plan(p, &case, today()));
        feedback.set(Some(result));
    };
    view! {
        <section class="practice-banner" aria-labelledby="practice-title">
            <h2 id="practice-title">{format!("Practice copy: {name}\u{2019}s case")}</h2>
            <p>
                "This is a practice plan for learning, not a real plan. It is kept apart from real plans and can be started again from My plans."
            </p>
            <details class="case-story">
                <summary>{format!("Read {name}\u{2019}s story again")}</summary>
                {story_paragraphs(story)}
            </details>
            <button class="primary" on:click=check>"Check my plan"</button>
            {move || feedback.get().map(|f| view! { <FeedbackList feedback=f /> })}
        </section>
    }
    .into_any()
}

/// What was done well and what to revisit.
#[component]
fn FeedbackList(
    /// The result of checking the plan.
    feedback: Feedback,
) -> impl IntoView {
    let list = |items: Vec<String>| {
        items
            .into_iter()
            .map(|t| view! { <li>{t}</li> })
            .collect_view()
    };
    let revisit: Vec<String> = feedback
        .to_revisit()
        .into_iter()
        .map(|i| i.text.clone())
        .collect();
    let well: Vec<String> = feedback
        .done_well()
        .into_iter()
        .map(|i| i.text.clone())
        .collect();
    let complete = feedback.is_complete();
    view! {
        <div class="feedback" role="status">
            <p><strong>{feedback.summary()}</strong></p>
            {complete.then(|| view! { <p>"Every key point is covered. Well done."</p> })}
            {(!revisit.is_empty()).then(|| view! {
                <h3>"To revisit"</h3>
                <ul class="to-revisit">{list(revisit)}</ul>
            })}
            {(!well.is_empty()).then(|| view! {
                <h3>"Done well"</h3>
                <ul class="done-well">{list(well)}</ul>
            })}
        </div>
    }
}

/// A case's story, one paragraph per blank-line-separated part.
pub fn story_paragraphs(story: &'static str) -> impl IntoView {
    story
        .split("\n\n")
        .map(|p| view! { <p>{p}</p> })
        .collect_view()
}
