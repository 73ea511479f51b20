//! App-wide state shared through context: the plan list and plans deleted during this visit.

use super::local_store::LocalStore;
use crate::storage::{DeletedPlan, Listing, Repo, StoreError};
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
