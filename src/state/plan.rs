//! The open plan: the one source of truth for everything the step pages show and edit,
//! saved automatically a moment after each change.

use super::app::repo;
use crate::model::lang::Lang;
use crate::model::{CarePlan, Goal, GoalId};
use crate::storage::{LoadError, OpenedPlan, SaveError, StoreError};
use chrono::Utc;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use std::collections::HashMap;
use std::time::Duration;

/// How far saving may lag behind typing. Saving is scheduled at the first unsaved edit and not
/// pushed back by later ones, so it is never further behind than this.
const SAVE_DELAY: Duration = Duration::from_millis(400);

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// The browser's storage is full: the changes are only on screen until space is freed.
    Full,
    /// Another tab or window saved this plan while this one had changes not yet saved. Nothing
    /// is saved until the person chooses: take the other version, or keep theirs as a copy.
    Conflict,
    /// Another tab or window deleted this plan. This copy stays on screen until the person
    /// chooses to keep it.
    DeletedElsewhere,
    /// Saved by a newer version of the app: shown, never saved. Holds that version's format.
    ReadOnly(u32),
    /// Why, worded in the language shown when it is shown.
    Failed(SaveError),
}

impl SaveStatus {
    /// Whether saving waits for the person to decide something first.
    fn on_hold(&self) -> bool {
        matches!(
            self,
            SaveStatus::Conflict | SaveStatus::DeletedElsewhere | SaveStatus::ReadOnly(_)
        )
    }
}

/// The open plan and how its changes reach the page.
///
/// `plan` is the one copy of the plan. [`PlanState::edit`] changes it and wakes everything that
/// reads it (lists, counts, the step bar): use it when goals, steps, needs or services are added,
/// removed or moved, and for anything outside one goal. [`PlanState::edit_goal`] changes one
/// goal's own fields and steps and wakes only the views of that goal, which read it through
/// [`PlanState::track_goal`]: with 200 goals on the page, a keystroke then updates one goal's
/// sentence and SMART marks instead of re-checking all 200.
#[derive(Clone, Copy)]
pub struct PlanState {
    pub plan: RwSignal<CarePlan>,
    pub status: RwSignal<SaveStatus>,
    /// The stored revision this tab's copy is based on.
    revision: StoredValue<u64>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// One trigger per goal whose views are on the page, woken by [`PlanState::edit_goal`].
    goals: StoredValue<HashMap<GoalId, ArcTrigger>>,
}

impl PlanState {
    pub fn new(plan: CarePlan, revision: u64) -> Self {
        Self::with_status(plan, revision, SaveStatus::Saved)
    }

    /// The state of a plan opened from storage: read-only when a newer version saved it.
    pub fn opened(opened: OpenedPlan) -> Self {
        let status = match opened.newer_format {
            Some(version) => SaveStatus::ReadOnly(version),
            None => SaveStatus::Saved,
        };
        Self::with_status(opened.stored.plan, opened.stored.revision, status)
    }

    fn with_status(plan: CarePlan, revision: u64, status: SaveStatus) -> Self {
        Self {
            plan: RwSignal::new(plan),
            status: RwSignal::new(status),
            revision: StoredValue::new(revision),
            timer: StoredValue::new(None),
            goals: StoredValue::new(HashMap::new()),
        }
    }

    pub fn get() -> Option<Self> {
        use_context::<Self>()
    }

    /// Whether the plan can be changed here (not one saved by a newer version).
    pub fn read_only(&self) -> bool {
        matches!(self.status.get_untracked(), SaveStatus::ReadOnly(_))
    }

    /// Changes the plan and schedules a save.
    pub fn edit(&self, change: impl FnOnce(&mut CarePlan)) {
        if self.read_only() {
            return;
        }
        self.plan.update(|plan| {
            change(plan);
            plan.updated_at = Utc::now();
        });
        self.schedule_save();
    }

    /// Changes one goal (its fields or its steps' fields, never which goals or steps exist) and
    /// schedules a save. Wakes only the views that called [`PlanState::track_goal`] for it;
    /// views of the whole plan stay asleep, as nothing they show has changed.
    pub fn edit_goal(&self, id: GoalId, change: impl FnOnce(&mut Goal)) {
        if self.read_only() {
            return;
        }
        let changed = self
            .plan
            .try_update_untracked(|plan| match plan.goal_mut(id) {
                Some(goal) => {
                    change(goal);
                    plan.updated_at = Utc::now();
                    true
                }
                None => false,
            });
        if changed != Some(true) {
            return;
        }
        if let Some(Some(trigger)) = self.goals.try_with_value(|t| t.get(&id).cloned()) {
            trigger.notify();
        }
        self.schedule_save();
    }

    /// Makes the calling view or memo re-run when goal `id` changes: through
    /// [`PlanState::edit_goal`], or through [`PlanState::edit`] (which wakes every reader of the
    /// plan). Read the goal from `plan` as usual after calling this.
    pub fn track_goal(&self, id: GoalId) {
        self.plan.track();
        let trigger = self
            .goals
            .try_update_value(|triggers| triggers.entry(id).or_default().clone());
        if let Some(trigger) = trigger {
            trigger.track();
        }
    }

    fn schedule_save(&self) {
        // Changes made while the person decides stay on screen and go wherever they choose.
        if self.status.with_untracked(SaveStatus::on_hold) {
            return;
        }
        // Once per save, not per keystroke: every set wakes the status line.
        if self.status.with_untracked(|s| *s != SaveStatus::Saving) {
            self.status.set(SaveStatus::Saving);
        }
        if self.timer.with_value(Option::is_none) {
            let this = *self;
            let handle = set_timeout_with_handle(move || this.flush(), SAVE_DELAY).ok();
            self.timer.set_value(handle);
        }
    }

    /// Writes unsaved changes now (tab hidden or closed, leaving the plan).
    pub fn flush(&self) {
        if let Some(Some(handle)) = self.timer.try_update_value(Option::take) {
            handle.clear();
        }
        if self.status.try_get_untracked() != Some(SaveStatus::Saving) {
            return;
        }
        let Some(base) = self.revision.try_get_value() else {
            return;
        };
        let timing = SaveTiming::start();
        let result = self
            .plan
            .try_with_untracked(|plan| repo().save(plan, base, Utc::now()));
        timing.end();
        match result {
            Some(Ok(revision)) => {
                self.revision.set_value(revision);
                self.status.set(SaveStatus::Saved);
            }
            Some(Err(SaveError::Store(StoreError::Full))) => self.status.set(SaveStatus::Full),
            Some(Err(SaveError::Conflict { .. })) => self.status.set(SaveStatus::Conflict),
            Some(Err(e)) => self.status.set(SaveStatus::Failed(e)),
            None => {}
        }
    }

    /// The person leaves the plan (Back, or any other page): saves what is unsaved, then removes
    /// the plan if nobody put anything in it, so "Start a new plan" then Back leaves no empty
    /// plan in My plans. Only when this tab's copy is saved and untouched, and what is stored is
    /// untouched too (another tab may have typed in it). Returns whether it was removed.
    pub fn leave(&self) -> bool {
        self.flush();
        let saved = self.status.try_get_untracked() == Some(SaveStatus::Saved);
        let untouched = self
            .plan
            .try_with_untracked(|p| p.is_untouched().then_some(p.id));
        match (saved, untouched) {
            (true, Some(Some(id))) => repo().forget_if_untouched(id) == Ok(true),
            _ => false,
        }
    }

    /// Another tab or window changed what is stored for this plan (the `storage` event). With
    /// nothing unsaved here, this tab shows the new version; with unsaved changes, nothing is
    /// overwritten either way and the person is asked.
    pub fn stored_changed(&self) {
        let Some(id) = self.plan.try_with_untracked(|p| p.id) else {
            return;
        };
        let Some(mine) = self.revision.try_get_value() else {
            return;
        };
        let status = self.status.get_untracked();
        if matches!(status, SaveStatus::ReadOnly(_)) {
            return;
        }
        match repo().open(id) {
            Ok(theirs) if theirs.newer_format.is_none() && theirs.stored.revision > mine => {
                if status == SaveStatus::Saved {
                    self.take(theirs);
                } else {
                    self.hold(SaveStatus::Conflict);
                }
            }
            Err(LoadError::NotFound) => self.hold(SaveStatus::DeletedElsewhere),
            // Anything else (the same revision, damage, a newer format) is met by the next save.
            _ => {}
        }
    }

    /// Stops any scheduled save and waits for the person.
    fn hold(&self, status: SaveStatus) {
        if let Some(Some(handle)) = self.timer.try_update_value(Option::take) {
            handle.clear();
        }
        self.status.set(status);
    }

    /// Shows the stored version, dropping this tab's copy. A copy a newer version saved in
    /// the meantime is shown read-only.
    fn take(&self, opened: OpenedPlan) {
        self.revision.set_value(opened.stored.revision);
        self.plan.set(opened.stored.plan);
        self.status.set(match opened.newer_format {
            Some(version) => SaveStatus::ReadOnly(version),
            None => SaveStatus::Saved,
        });
    }

    /// After a conflict: show the version the other tab saved. This tab's unsaved changes go.
    pub fn use_stored(&self, lang: Lang) -> Result<(), String> {
        let id = self.plan.with_untracked(|p| p.id);
        let opened = repo().open(id).map_err(|e| e.plain_in(lang))?;
        self.take(opened);
        Ok(())
    }

    /// After a conflict or a deletion elsewhere: saves this tab's plan as a new plan, leaving
    /// the stored one as the other tab left it. Returns the copy's id.
    /// Why not, in `lang`; the copy's title says where it came from in `lang` too.
    pub fn keep_as_copy(&self, lang: Lang) -> Result<crate::model::PlanId, String> {
        let copy = self.plan.with_untracked(|p| {
            let mut copy = p.duplicate(Utc::now(), lang);
            let title = p.display_title_in(lang);
            copy.title = match lang {
                Lang::En => format!("{title} (kept from another tab)"),
                Lang::Es => format!("{title} (conservado de otra pestaña)"),
            };
            copy
        });
        repo()
            .save(&copy, 0, Utc::now())
            .map_err(|e| e.plain_in(lang))?;
        Ok(copy.id)
    }

    /// After a deletion elsewhere: saves this tab's plan again under its own id.
    pub fn keep_deleted(&self) {
        self.status.set(SaveStatus::Saving);
        self.flush();
    }

    /// Tries to save again now (after the person freed space, say). Every edit tries too.
    pub fn retry(&self) {
        if matches!(
            self.status.get_untracked(),
            SaveStatus::Full | SaveStatus::Failed(_)
        ) {
            self.status.set(SaveStatus::Saving);
            self.flush();
        }
    }
}

/// Marks a save in the browser's performance timeline as "careplan-save" (serialize and write),
/// so the benchmark (bench/bench.mjs) and DevTools can read how long it took.
struct SaveTiming(Option<web_sys::Performance>);

impl SaveTiming {
    const START: &'static str = "careplan-save-start";
    const END: &'static str = "careplan-save-end";

    fn start() -> Self {
        let perf = web_sys::window().and_then(|w| w.performance());
        if let Some(p) = &perf {
            let _ = p.mark(Self::START);
        }
        Self(perf)
    }

    fn end(self) {
        if let Some(p) = self.0 {
            let _ = p.mark(Self::END);
            let _ = p.measure_with_start_mark_and_end_mark("careplan-save", Self::START, Self::END);
            p.clear_marks_with_mark_name(Self::START);
            p.clear_marks_with_mark_name(Self::END);
        }
    }
}
