//! The sentence after an action such as saving a file: what happened, or why nothing did.

use crate::components::isolated;
use leptos::prelude::*;

/// What an action left to say: `Ok` for news (a polite status), `Err` for a problem (an alert).
pub type OutcomeMessage = Option<Result<String, String>>;

/// Shows the latest outcome, or nothing.
#[component]
pub fn Outcome(
    /// The sentence to show; `None` before anything happened.
    message: RwSignal<OutcomeMessage>,
) -> impl IntoView {
    move || {
        message.get().map(|m| match m {
            Ok(text) => view! { <p class="notice" role="status">{isolated(text)}</p> }.into_any(),
            Err(text) => {
                view! { <p class="notice error" role="alert">{isolated(text)}</p> }.into_any()
            }
        })
    }
}
