//! The Monitoring step: what's due, when the plan is reviewed, progress toward each goal, and
//! the reviews held, and the care team's notes of each contact.

mod chart;
pub mod contact_notes;
pub mod due;
mod progress;
mod reviews;
mod schedule;

pub use chart::{ProgressChart, ProgressTable};
pub use progress::{standing, standing_in};

use crate::components::language::{lang_now, model_lang};
use crate::components::{Outcome, OutcomeMessage};
use crate::files::save_calendar;
use crate::i18n::{t, use_i18n};
use crate::state::{today, PlanState};
use contact_notes::ContactNotes;
use due::{DueList, DueRow};
use leptos::prelude::*;
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
    view! {
        <section class="card" aria-labelledby="due-heading">
            <h2 id="due-heading">{t!(i18n, monitoring.due.heading)}</h2>
            <DueList rows=rows today=day />
            <div class="actions">
                <button on:click=save_reminders>{t!(i18n, monitoring.due.calendar)}</button>
            </div>
            <Outcome message=saved />
        </section>
        <ReviewSchedule state=state />
        <GoalProgressList state=state />
        <Reviews state=state />
        <ContactNotes state=state />
    }
}
