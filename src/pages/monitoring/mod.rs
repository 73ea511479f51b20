//! The Monitoring step: what's due, when the plan is reviewed, progress toward each goal, and
//! the reviews held, and the care team's notes of each contact.

mod chart;
pub mod contact_notes;
pub mod due;
pub mod occurrences;
mod progress;
mod reviews;
mod schedule;

pub use chart::{ProgressChart, ProgressTable};
pub use progress::{standing, standing_in};

use crate::components::focus_later;
use crate::components::language::{lang_now, model_lang};
use crate::components::{Outcome, OutcomeMessage};
use crate::files::save_calendar;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::actions::StepRef;
use crate::model::dates;
use crate::model::occurrences::Outcome as TimeOutcome;
use crate::state::{today, PlanState};
use chrono::NaiveDate;
use contact_notes::ContactNotes;
use due::{DueList, DueRow};
use leptos::prelude::*;
use occurrences::FollowThroughList;
use progress::GoalProgressList;
use reviews::Reviews;
use schedule::ReviewSchedule;

#[component]
pub fn MonitoringStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let day = today();
    let rows = Memo::new(move |_| {
        let lang = lang();
        plan.with(|p| {
            p.due_items_in(day, lang)
                .into_iter()
                .map(|item| DueRow { item, plan: None })
                .collect::<Vec<_>>()
        })
    });
    let saved = RwSignal::new(OutcomeMessage::None);
    let save_reminders = move |_| {
        state.flush();
        let lang = lang_now(i18n);
        saved.set(Some(plan.with_untracked(|p| save_calendar(p, lang))));
    };
    // What marking a time from the list last said; focus moves to it, as the row may go.
    let marked = RwSignal::new(None::<(String, NaiveDate, TimeOutcome)>);
    let mark = Callback::new(
        move |(at, date, outcome): (StepRef, NaiveDate, TimeOutcome)| {
            let mut what = None;
            state.edit(|p| {
                if let Some(s) = p.step_mut(at) {
                    s.mark(date, outcome);
                    what = Some(occurrences::step_name(i18n, s));
                }
            });
            if let Some(what) = what {
                marked.set(Some((what, date, outcome)));
                focus_later("due-marked".into());
            }
        },
    );
    let marked_words = move || {
        marked.get().map(|(what, date, outcome)| {
            let long = dates::long_in(date, lang());
            let outcome = occurrences::outcome_label(i18n, outcome);
            let line = t_string!(
                i18n,
                occurrences.marked,
                outcome = outcome,
                what = what,
                date = long
            )
            .to_string();
            crate::components::isolated(line)
        })
    };
    view! {
        <section class="card" aria-labelledby="due-heading">
            <h2 id="due-heading">{t!(i18n, monitoring.due.heading)}</h2>
            <DueList rows=rows today=day on_mark=mark />
            <p id="due-marked" class="form-message" role="status" tabindex="-1">{marked_words}</p>
            <div class="actions">
                <button on:click=save_reminders>{t!(i18n, monitoring.due.calendar)}</button>
            </div>
            <Outcome message=saved />
        </section>
        <ReviewSchedule state=state />
        <GoalProgressList state=state />
        <FollowThroughList state=state />
        <Reviews state=state />
        <ContactNotes state=state />
    }
}
