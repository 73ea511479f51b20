//! The small line that says whether the plan is saved. A live region, so screen readers hear
//! errors without losing their place.

use crate::components::language::model_lang;
use crate::i18n::{t_string, use_i18n};
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
    let i18n = use_i18n();
    let lang = model_lang();
    view! {
        <p class=class role="status" aria-live="polite">
            {move || match state.status.get() {
                SaveStatus::Saved => t_string!(i18n, save.saved).to_string(),
                SaveStatus::Saving => t_string!(i18n, save.saving).to_string(),
                SaveStatus::Full => t_string!(i18n, save.full).to_string(),
                SaveStatus::Conflict => t_string!(i18n, save.conflict).to_string(),
                SaveStatus::DeletedElsewhere => t_string!(i18n, save.deleted).to_string(),
                SaveStatus::ReadOnly(_) => t_string!(i18n, save.read_only).to_string(),
                SaveStatus::Failed(why) => {
                    let why = why.plain_in(lang());
                    t_string!(i18n, save.failed, why = why).to_string()
                }
            }}
        </p>
    }
}
