//! Pages: one module per screen of the app.

pub mod actions;
pub mod assessment;
pub mod case_handout;
pub mod consent;
pub mod evaluation;
pub mod glossary;
pub mod goals;
pub mod intake;
pub mod monitoring;
pub mod needs;
pub mod not_found;
pub mod plan_shell;
pub mod plans;
pub mod practice;
pub mod print;
pub mod resource_directory;
pub mod safety_plan;
pub mod step;
pub mod transition;
pub mod unlock;
