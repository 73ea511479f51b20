//! The banner when the browser's storage is full: the changes are safe on screen, one click
//! saves them as a file, and another tries saving again once space is freed.

use crate::components::{Outcome, OutcomeMessage};
use crate::files::save_plan_on_screen;
use crate::state::{PlanState, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn StorageFullBanner(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let message = RwSignal::new(OutcomeMessage::None);
    let save = move |_| message.set(Some(state.plan.with_untracked(save_plan_on_screen)));
    let retry = move |_| state.retry();
    view! {
        <Show when=move || state.status.with(|s| *s == SaveStatus::Full)>
            <section class="notice error storage-full" role="alert" aria-labelledby="storage-full-heading">
                <h2 id="storage-full-heading">"This browser\u{2019}s storage is full"</h2>
                <p>
                    "Your latest changes could not be saved in the browser. They are still here on screen: nothing is lost while this page stays open. Save the plan as a file now. Then make room: save plans you no longer work on as files and delete them from My plans, and try again."
                </p>
                <div class="actions">
                    <button class="primary" on:click=save>"Save this plan as a file"</button>
                    <button on:click=retry>"Try saving again"</button>
                </div>
                <Outcome message=message />
            </section>
        </Show>
    }
}
