//! A practice copy of a teaching case, as it shows while being worked on: a banner on every
//! step that says it is practice, and "Check my plan" with feedback against the case's key
//! points (`model::teaching::check_plan`).

use crate::components::language::{lang_now, model_lang};
use crate::components::{Outcome, OutcomeMessage};
use crate::files::said;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::lang::Lang;
use crate::model::teaching::{check_plan_in, Case, Feedback};
use crate::model::CarePlan;
use crate::pages::print::full_plan::FullPlan;
use crate::state::{today, AgencyConfig, AppState, PlanState};
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
    let i18n = use_i18n();
    let lang = model_lang();
    let (name, story) = (case.name, case.story);
    // The plan as it was when checked; the feedback is written from it in the language shown.
    let checked = RwSignal::new(None::<CarePlan>);
    let saved = RwSignal::new(OutcomeMessage::None);
    let app = AppState::get();
    // To hand in: the file keeps the practice mark, so an import lands among practice plans.
    let hand_in = move |_| {
        state.flush();
        let id = state.plan.with_untracked(|p| p.id);
        saved.set(Some(said(&app.save_as_file(&[id]), lang_now(i18n))));
    };
    let check = move |_| checked.set(Some(state.plan.get_untracked()));
    let feedback =
        move || checked.with(|p| p.as_ref().map(|p| check_plan_in(p, &case, today(), lang())));
    view! {
        <section class="practice-banner" aria-labelledby="practice-title">
            <h2 id="practice-title">{t!(i18n, practice.banner.heading, name = name)}</h2>
            <p>{t!(i18n, practice.banner.text)}</p>
            <details class="case-story">
                <summary>{t!(i18n, practice.banner.story, name = name)}</summary>
                {move || story_paragraphs(story.get(lang()))}
            </details>
            <div class="actions">
                <button class="primary" on:click=check>{t!(i18n, practice.banner.check)}</button>
                <button aria-pressed=move || model_open.get().to_string()
                    on:click=move |_| model_open.update(|o| *o = !*o)>
                    {move || if model_open.get() {
                        t_string!(i18n, practice.banner.hide_model)
                    } else {
                        t_string!(i18n, practice.banner.show_model)
                    }}
                </button>
                <button on:click=hand_in>{t!(i18n, practice.banner.save)}</button>
            </div>
            <Outcome message=saved />
            {move || feedback().map(|f| view! { <FeedbackList feedback=f lang=lang() /> })}
        </section>
    }
    .into_any()
}

/// What was done well and what to revisit.
#[component]
fn FeedbackList(
    /// The result of checking the plan.
    feedback: Feedback,
    /// The language the feedback is written in.
    lang: Lang,
) -> impl IntoView {
    let i18n = use_i18n();
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
            <p><strong>{feedback.summary_in(lang)}</strong></p>
            {complete.then(|| view! { <p>{t!(i18n, practice.feedback.complete)}</p> })}
            {(!revisit.is_empty()).then(|| view! {
                <h3>{t!(i18n, practice.feedback.to_revisit)}</h3>
                <ul class="to-revisit">{list(revisit)}</ul>
            })}
            {(!well.is_empty()).then(|| view! {
                <h3>{t!(i18n, practice.feedback.done_well)}</h3>
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

/// Our model plan for the case, beside the trainee's, as the full printout shows it, in the
/// language chosen (written again when it changes).
#[component]
pub fn ModelPlanAside(
    /// The open (practice) plan.
    state: PlanState,
) -> impl IntoView {
    let Some(case) = state.plan.with_untracked(Case::of) else {
        return ().into_any();
    };
    let i18n = use_i18n();
    let lang = model_lang();
    let config = AgencyConfig::get();
    let (agency, crisis_line) =
        config.with_untracked(|c| (c.agency.clone(), c.crisis_line.clone()));
    let on = today();
    let name = case.name;
    let plan = move || {
        let lang = lang();
        view! {
            <FullPlan plan=case.model_plan_in(on, lang) printed_on=on agency=agency.clone()
                crisis_line=crisis_line.clone() lang=lang />
        }
    };
    view! {
        <aside class="model-plan" aria-labelledby="model-plan-title">
            <h2 id="model-plan-title">{t!(i18n, practice.model.heading, name = name)}</h2>
            <p>{t!(i18n, practice.model.text)}</p>
            {plan}
        </aside>
    }
    .into_any()
}
