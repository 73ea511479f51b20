//! Reusable pieces of the interface.

pub mod confirm_dialog;
pub mod field;
pub mod save_status;
pub mod step_bar;

pub use confirm_dialog::{ConfirmDialog, Confirmation};
pub use field::{DateField, SelectField, TextArea, TextField};
pub use save_status::SaveStatusLine;
pub use step_bar::{step_href, StepBar};
