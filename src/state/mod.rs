//! Reactive state, shared through context. Browser-only: storage goes through local storage.

pub mod app;
pub mod clock;
pub mod config;
pub mod local_store;
pub mod offline;
pub mod plan;
pub mod plan_list;
pub mod random;
pub mod vault;

pub use app::{repo, AppState};
pub use clock::today;
pub use config::AgencyConfig;
pub use local_store::LocalStore;
pub use plan::{PlanState, SaveStatus};
pub use plan_list::{ImportReview, Imported, ListError, NotImported};
pub use vault::{Protection, Vault};
