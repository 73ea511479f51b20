//! The small line that says whether the plan is saved. A live region, so screen readers hear
//! errors without losing their place.

use crate::state::{PlanState, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn SaveStatusLine(
    /// The open plan's state.
    state: PlanState,
) -> impl IntoView {
    let class = move || match state.status.get() {
        SaveStatus::Failed(_)
        | SaveStatus::Full
        | SaveStatus::Conflict
        | SaveStatus::DeletedElsewhere => "save-status error",
        _ => "save-status",
    };
    view! {
        <p class=class role="status" aria-live="polite">
            {move || match state.status.get() {
                SaveStatus::Saved => "Saved in this browser".to_string(),
                SaveStatus::Saving => "Saving...".to_string(),
                SaveStatus::Full => "Not saved: this browser\u{2019}s storage is full".to_string(),
                SaveStatus::Conflict => "Not saved: changed in another tab".to_string(),
                SaveStatus::DeletedElsewhere => "Not saved: deleted in another tab".to_string(),
                SaveStatus::ReadOnly(_) => "Read only: saved by a newer version".to_string(),
                SaveStatus::Failed(why) => format!("Not saved: {why}"),
            }}
        </p>
    }
}
