//! The Assessment step: the dated assessment with its overview, screening questionnaires, each
//! part of life, barriers, and how scores changed since the last assessment.

mod barriers;
mod domains;
mod history;
mod instruments;
mod overview;
pub mod summary;

use crate::components::{focus_later, CrisisNotice, DateField};
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
                    <h2 id="no-assessment">"No assessment yet"</h2>
                    <p>
                        "The assessment goes through each part of life, with a few short questionnaires. It takes about 20 to 40 minutes and can be done over several visits: everything is saved as you go."
                    </p>
                    <button class="primary" on:click=start>"Start the assessment"</button>
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
    let plan = state.plan;
    let count = Memo::new(move |_| plan.with(|p| p.assessments.len()));
    let flagged = Memo::new(move |_| plan.with(CarePlan::safety_flag));
    let heading = move || {
        let date = read(plan, |a| Some(a.date));
        match date {
            Some(d) => format!("Assessment of {}", dates::long(d)),
            None => "Assessment".into(),
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
                label="Date of this assessment"
                value=Signal::derive(move || read(plan, |a| Some(a.date)))
                on_change=move |d| {
                    if let Some(d) = d {
                        change(state, |a| a.date = d)
                    }
                }
            />
            <p class="hint">
                {move || match count.get() {
                    1 => "This is the first assessment.".to_string(),
                    n => format!("This is assessment {n}. The earlier ones are kept unchanged below."),
                }}
            </p>
            <div class="actions">
                <button id="start-reassessment" on:click=reassess>"Start a new assessment"</button>
            </div>
            <p class="hint">
                "A new assessment starts as a copy of this one, so you only change what is different. This one is kept as it is."
            </p>
        </section>
        <Show when=move || flagged.get()>
            <CrisisNotice id="crisis-top" />
        </Show>
        <overview::Overview state=state />
        <instruments::Instruments state=state />
        <domains::Domains state=state />
        <barriers::OverallBarriers state=state />
        <Show when=move || { count.get() > 1 }>
            <history::History plan=plan />
        </Show>
    }
}
