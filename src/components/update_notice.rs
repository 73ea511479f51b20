//! "A new version is ready": shown when the service worker installed a new deployment.

use crate::components::language::untranslated;
use crate::state::offline::Offline;
use leptos::prelude::*;

#[component]
pub fn UpdateNotice(
    /// The service worker's state.
    offline: Offline,
) -> impl IntoView {
    // Reloading saves first: the open plan is written when the page is hidden.
    let reload = move |_| {
        let _ = window().location().reload();
    };
    view! {
        <Show when=move || offline.update_ready.get()>
            <div class="notice update-notice" role="status" lang=untranslated()>
                <span>"A new version of this app is ready. It starts the next time you open the app; your plans are kept."</span>
                <button on:click=reload>"Use it now"</button>
            </div>
        </Show>
    }
}
