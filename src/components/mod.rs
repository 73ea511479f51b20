//! Reusable pieces of the interface.

pub mod actions_text;
pub mod assessment_text;
pub mod choice;
pub mod config_problems;
pub mod config_text;
pub mod confirm_dialog;
pub mod consent_text;
pub mod crisis_notice;
pub mod evaluation_text;
pub mod field;
pub mod focus;
pub mod fold;
pub mod goal_text;
pub mod guidance_panel;
pub mod header_select;
pub mod intake_text;
pub mod isolated;
pub mod language;
pub mod monitoring_text;
pub mod needs_text;
pub mod other_tab;
pub mod outcome;
pub mod safety_plan_offer;
pub mod safety_plan_text;
pub mod save_status;
pub mod shown;
pub mod step_bar;
pub mod step_text;
pub mod storage_full;
pub mod table_scroll;
pub mod text_size;
pub mod transition_text;
pub mod update_notice;

pub use choice::{Checkbox, ChoiceRadios, RadioGroup};
pub use config_problems::ConfigProblems;
pub use confirm_dialog::{ConfirmDialog, Confirmation};
pub use crisis_notice::{CrisisLineText, CrisisLines, CrisisNotice};
pub use field::{DateField, SelectField, TextArea, TextField};
pub use focus::{
    focus_later, focus_move_button, focus_page_heading, heading_focused_on_mount, open_details,
};
pub use fold::{Fold, FoldButton};
pub use guidance_panel::GuidancePanel;
pub use isolated::isolated;
pub use other_tab::OtherTabBanner;
pub use outcome::{Outcome, OutcomeMessage};
pub use safety_plan_offer::{SafetyPlanOffer, SafetyPlanOfferNotice};
pub use save_status::SaveStatusLine;
pub use shown::Shown;
pub use step_bar::{step_href, StepBar};
pub use storage_full::StorageFullBanner;
pub use table_scroll::TableScroll;
pub use text_size::TextSizeControl;
pub use update_notice::UpdateNotice;
