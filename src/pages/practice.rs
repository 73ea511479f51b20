//! A practice copy of a teaching case, as it shows while being worked on: a banner on every
//! step that says it is practice, and "Check my plan" with feedback against the case's key
//! points (`model::teaching::check_plan`).

use crate::components::language::lang_now;
use crate::components::{Outcome, OutcomeMessage};
use crate::files::save_plans;
use crate::i18n::{use_i18n, I18nSubContextProvider, Locale};
use crate::model::lang::Lang;
use crate::model::teaching::{check_plan, Case, Feedback};
use crate::pages::print::full_plan::FullPlan;
use crate::state::{today, AgencyConfig, PlanState};
use leptos::prelude::*;

#[component]
pub fn PracticeBanner(
    /// The open plan.
    state: PlanState,
    /// Whether our model plan is shown beside the trainee's.
    model_open: RwSignal<bool>,
) -> impl IntoView {
    let case = state.plan.with_untracked(Case::of);
    let Some(case) = case else {
        return ().into_any();
    };
    let (name, story) = (case.name, case.story);
    let feedback = RwSignal::new(None::<Feedback>);
    let saved = RwSignal::new(OutcomeMessage::None);
    let i18n = use_i18n();
    // To hand in: the file keeps the practice mark, so an import lands among practice plans.
    let hand_in = move |_| {
        state.flush();
        let id = state.plan.with_untracked(|p| p.id);
        saved.set(Some(save_plans(&[id], lang_now(i18n))));
    };
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
            <div class="actions">
                <button class="primary" on:click=check>"Check my plan"</button>
                <button aria-pressed=move || model_open.get().to_string()
                    on:click=move |_| model_open.update(|o| *o = !*o)>
                    {move || if model_open.get() { "Hide our model plan" } else { "Show our model plan beside yours" }}
                </button>
                <button on:click=hand_in>"Save my practice plan as a file"</button>
            </div>
            <Outcome message=saved />
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

/// Our model plan for the case, beside the trainee's, as the full printout shows it.
#[component]
pub fn ModelPlanAside(
    /// The open (practice) plan.
    state: PlanState,
) -> impl IntoView {
    let Some(case) = state.plan.with_untracked(Case::of) else {
        return ().into_any();
    };
    let config = AgencyConfig::get();
    let (agency, crisis_line) =
        config.with_untracked(|c| (c.agency.clone(), c.crisis_line.clone()));
    let on = today();
    view! {
        <aside class="model-plan" aria-labelledby="model-plan-title">
            <h2 id="model-plan-title">{format!("Our model plan for {}", case.name)}</h2>
            <p>"One good plan for this case, written by us. Yours can be different and still be good: compare the needs, the goals and who does what by when."</p>
            // English as the rest of this aside, whatever the chosen language.
            <I18nSubContextProvider initial_locale=Signal::stored(Locale::en)>
                <FullPlan plan=case.model_plan(on) printed_on=on agency=agency crisis_line=crisis_line lang=Lang::En />
            </I18nSubContextProvider>
        </aside>
    }
    .into_any()
}
