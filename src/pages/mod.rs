//! Pages: one module per screen of the app.

pub mod intake;
pub mod not_found;
pub mod plan_shell;
pub mod plans;
pub mod step;
