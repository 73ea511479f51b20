//! The domain model: plain Rust, no browser APIs, so it is tested natively with `cargo test`.

pub mod actions;
pub mod assessment;
pub mod calendar;
pub mod choice;
pub mod consent;
pub mod contacts;
pub mod dates;
pub mod evaluation;
pub mod glossary;
pub mod goals;
pub mod ids;
pub mod intake;
pub mod lang;
mod list;
pub mod monitoring;
pub mod needs;
pub mod occurrences;
pub mod plan;
pub mod printout;
pub mod safety_plan;
pub mod services;
pub mod steps;
pub mod teaching;
pub mod text;
pub mod transition;

pub use assessment::Assessment;
pub use choice::Choice;
pub use goals::Goal;
pub use ids::{
    ActionId, AssessmentId, ContactNoteId, GoalId, MemberId, NeedId, PersonId, PlanId, ProgressId,
    ReviewId, ServiceId,
};
pub use intake::{CareTeamMember, CaseModel, ContactMethod, Person, SUGGESTED_ROLES};
pub use needs::{Need, NeedStatus, Proposal};
pub use plan::{sort_newest_first, CarePlan, PlanStatus, PlanSummary};
pub use steps::Step;
