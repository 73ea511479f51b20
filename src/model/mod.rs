//! The domain model: plain Rust, no browser APIs, so it is tested natively with `cargo test`.

pub mod ids;
pub mod intake;
pub mod plan;
pub mod steps;

pub use ids::{MemberId, PersonId, PlanId};
pub use intake::{CareTeamMember, CaseModel, ContactMethod, Person, SUGGESTED_ROLES};
pub use plan::{sort_newest_first, CarePlan, PlanStatus, PlanSummary};
pub use steps::Step;
