//! The Assessment step: the dated assessment with its overview, screening questionnaires, each
//! part of life, barriers, and how scores changed since the last assessment.

mod barriers;
mod domains;
mod history;
mod instruments;
mod overview;
pub mod summary;

use crate::components::language::model_lang;
use crate::components::{focus_later, CrisisNotice, DateField, SafetyPlanOfferNotice, Shown};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::{dates, Assessment, CarePlan};
use crate::state::{today, PlanState};
use leptos::prelude::*;

/// Reads something from the current assessment; the default when there is none.
pub(crate) fn read<T: Default>(plan: RwSignal<CarePlan>, f: impl FnOnce(&Assessment) -> T) -> T {
    plan.with(|p| p.current_assessment().map(f).unwrap_or_default())
}

/// Changes the current assessment (and schedules a save).
pub(crate) fn change(state: PlanState, f: impl FnOnce(&mut Assessment)) {
    state.edit(|p| {
        if let Some(a) = p.current_assessment_mut() {
            f(a)
        }
    });
}

#[component]
pub fn AssessmentStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    let has_assessment = Memo::new(move |_| plan.with(|p| !p.assessments.is_empty()));
    let start = move |_| {
        state.edit(|p| p.start_assessment(today()));
        focus_later("assessment-date".into());
    };
    move || {
        if has_assessment.get() {
            view! { <AssessmentForm state=state /> }.into_any()
        } else {
            view! {
                <section class="card" aria-labelledby="no-assessment">
                    <h2 id="no-assessment">{t!(i18n, assessment.none.heading)}</h2>
                    <p>{t!(i18n, assessment.none.text)}</p>
                    <button class="primary" on:click=start>{t!(i18n, assessment.none.start)}</button>
                </section>
            }
            .into_any()
        }
    }
}

#[component]
fn AssessmentForm(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let count = Memo::new(move |_| plan.with(|p| p.assessments.len()));
    let flagged = Memo::new(move |_| plan.with(CarePlan::safety_flag));
    let offered = Memo::new(move |_| plan.with(crate::model::safety_plan::offered));
    let heading = move || {
        let date = read(plan, |a| Some(a.date));
        match date {
            Some(d) => {
                let date = dates::long_in(d, lang());
                t_string!(i18n, assessment.heading, date = date).to_string()
            }
            None => t_string!(i18n, assessment.heading_plain).to_string(),
        }
    };
    let reassess = move |_| {
        state.edit(|p| p.start_assessment(today()));
        focus_later("assessment-date".into());
    };
    view! {
        <section class="card" aria-labelledby="assessment-heading">
            <h2 id="assessment-heading">{heading}</h2>
            <DateField
                id="assessment-date"
                label=move || t_string!(i18n, assessment.date)
                value=Signal::derive(move || read(plan, |a| Some(a.date)))
                on_change=move |d| {
                    if let Some(d) = d {
                        change(state, |a| a.date = d)
                    }
                }
            />
            <p class="hint">
                {move || match count.get() {
                    1 => t_string!(i18n, assessment.first_one).to_string(),
                    n => t_string!(i18n, assessment.nth, n = n).to_string(),
                }}
            </p>
            <div class="actions">
                <button id="start-reassessment" on:click=reassess>{t!(i18n, assessment.reassess)}</button>
            </div>
            <p class="hint">{t!(i18n, assessment.reassess_hint)}</p>
        </section>
        <Shown when=move || flagged.get()>
            <CrisisNotice id="crisis-top" />
        </Shown>
        <Shown when=move || offered.get() && !flagged.get()>
            <SafetyPlanOfferNotice id="safety-plan-offer-top" />
        </Shown>
        <overview::Overview state=state />
        <instruments::Instruments state=state />
        <domains::Domains state=state />
        <barriers::OverallBarriers state=state />
        <Shown when=move || { count.get() > 1 }>
            <history::History plan=plan />
        </Shown>
    }
}
