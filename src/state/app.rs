//! App-wide state shared through context: the plan list and plans deleted during this visit,
//! and what My plans does to them. Each action runs on the browser's storage (the rules are in
//! [`super::plan_list`]), reads the list again, and returns what happened for the page to put
//! into words.

use super::clock::today;
use super::local_store::LocalStore;
use super::plan_list::{self, ImportReview, Imported, ListError, NotImported};
use crate::files::{self, NotSaved, Saved};
use crate::model::lang::Lang;
use crate::model::{PlanId, PlanSummary};
use crate::storage::backup::FileRead;
use crate::storage::{DeletedPlan, Listing, LoadError, Repo, SaveError, StoreError};
use chrono::Utc;
use leptos::prelude::*;
use std::time::Duration;

/// The repository over the browser's local storage. `LocalStore` holds nothing, so making one
/// is free.
pub fn repo() -> Repo<LocalStore> {
    Repo::new(LocalStore)
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// What the plan list shows, or why storage could not be read at all.
    pub listing: RwSignal<Result<Listing, StoreError>>,
    /// Plans deleted during this visit, newest last, so they can be restored.
    pub deleted: RwSignal<Vec<DeletedPlan>>,
}

impl AppState {
    /// Reads nothing yet: My plans reads the list when it opens ([`AppState::refresh`]).
    /// Listing reads every stored plan, and the pages of one plan never show it.
    pub fn new() -> Self {
        Self {
            listing: RwSignal::new(Ok(Listing::default())),
            deleted: RwSignal::new(Vec::new()),
        }
    }

    /// Reads the list again after anything changed storage. It is drawn from what the list
    /// shows of each plan; then, once it is on screen, every plan is read whole, and one that
    /// would not open (a wrong type deep inside) is set aside and the list drawn again.
    pub fn refresh(&self) {
        let quick = repo().list_summaries();
        let any = matches!(&quick, Ok(l) if !l.plans.is_empty() || !l.practice.is_empty());
        self.listing.set(quick);
        if any {
            let listing = self.listing;
            // After the next frame is painted, not before it.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        let whole = read_listing();
                        if listing.try_with_untracked(|l| *l != whole) == Some(true) {
                            listing.try_set(whole);
                        }
                    },
                    Duration::ZERO,
                )
            });
        }
    }

    /// Stores a new, empty plan and returns its id. The list is not read again: the page opens
    /// the plan at once.
    pub fn create(&self) -> Result<PlanId, SaveError> {
        plan_list::create(&repo(), Utc::now())
    }

    /// Gives plan `id` a new title. The list is read again once it has one.
    pub fn rename(&self, id: PlanId, title: &str) -> Result<(), ListError> {
        let result = plan_list::rename(&repo(), id, title, Utc::now());
        if result.is_ok() {
            self.refresh();
        }
        result
    }

    /// Stores a copy of plan `id`, titled as a copy in `lang`; returns the copy as listed.
    pub fn duplicate(&self, id: PlanId, lang: Lang) -> Result<PlanSummary, ListError> {
        let result = plan_list::duplicate(&repo(), id, lang, Utc::now());
        self.refresh();
        result
    }

    /// Deletes plan `id`, keeping it among the plans deleted during this visit so it can be
    /// restored. Returns it as it was listed.
    pub fn delete(&self, id: PlanId) -> Result<PlanSummary, LoadError> {
        let result = repo().delete(id).map(|deleted| {
            let summary = deleted.summary.clone();
            self.deleted.update(|d| d.push(deleted));
            summary
        });
        self.refresh();
        result
    }

    /// Puts back plan `id`, deleted during this visit; `None` when it is not one of those.
    pub fn restore(&self, id: PlanId) -> Option<Result<PlanSummary, SaveError>> {
        let deleted = self
            .deleted
            .with_untracked(|d| d.iter().find(|p| p.summary.id == id).cloned())?;
        let result = repo().restore(&deleted).map(|()| {
            self.deleted.update(|d| d.retain(|p| p.summary.id != id));
            deleted.summary
        });
        self.refresh();
        Some(result)
    }

    /// Deletes damaged data that was set aside under `key`, for good.
    pub fn forget(&self, key: &str) -> Result<(), StoreError> {
        let result = repo().forget_recovered(key);
        self.refresh();
        result
    }

    /// Stores a practice copy of case `case_id` in `lang`; returns its id. The page opens it at
    /// once.
    pub fn start_practice(&self, case_id: &str, lang: Lang) -> Result<PlanId, ListError> {
        plan_list::start_practice(&repo(), case_id, today(), lang, Utc::now())
    }

    /// Starts practice copy `copy` of case `case_id` again from the beginning; returns the
    /// case's name.
    pub fn reset_practice(
        &self,
        copy: PlanId,
        case_id: &str,
        lang: Lang,
    ) -> Result<&'static str, ListError> {
        let result = plan_list::reset_practice(&repo(), copy, case_id, today(), lang, Utc::now());
        self.refresh();
        result
    }

    /// A file read for import, with the plans in it that are already here.
    pub fn review_import(&self, file_name: String, read: FileRead) -> ImportReview {
        ImportReview::new(&repo(), file_name, read)
    }

    /// Imports the plans of a reviewed file, as the person chose; copies kept beside their
    /// namesakes are titled in `lang`.
    pub fn import(&self, review: ImportReview, lang: Lang) -> Result<Imported, NotImported> {
        let result = plan_list::import(&repo(), review, lang, Utc::now());
        self.refresh();
        result
    }

    /// Offers the stored data under `key` as it is (damaged, say) as a file, to keep or to get
    /// help with. Returns whether there was any to offer and the browser took it.
    pub fn download_raw(&self, key: &str) -> bool {
        match repo().raw(key) {
            Ok(Some(raw)) => files::download_text(&plan_list::raw_file_name(key), &raw),
            _ => false,
        }
    }

    /// Saves plans `ids` as one backup file.
    pub fn save_as_file(&self, ids: &[PlanId]) -> Result<Saved, NotSaved> {
        plan_list::backup_of(&repo(), ids, &[])
            .and_then(|b| files::write_backup(&b.plans, b.left_out))
    }

    /// Saves every plan listed as one backup file. Damaged plans cannot be in it: the outcome
    /// names them. A plan found damaged while saving is set aside and listed as such.
    pub fn save_all(&self) -> Result<Saved, NotSaved> {
        let (ids, set_aside) = self.listing.with_untracked(|l| match l {
            Ok(l) => (l.plans.iter().map(|s| s.id).collect(), l.unreadable.clone()),
            Err(_) => (Vec::new(), Vec::new()),
        });
        let result = plan_list::backup_of(&repo(), &ids, &set_aside)
            .and_then(|b| files::write_backup(&b.plans, b.left_out));
        self.refresh();
        result
    }

    pub fn provide() -> Self {
        let state = Self::new();
        provide_context(state);
        state
    }

    pub fn get() -> Self {
        use_context::<Self>().unwrap_or_else(Self::provide)
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

fn read_listing() -> Result<Listing, StoreError> {
    repo().list()
}
