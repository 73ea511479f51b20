//! "A new version is ready": shown when the service worker installed a new deployment.

use crate::components::shown::Shown;
use crate::i18n::{t, use_i18n};
use crate::state::offline::{use_new_version, Offline};
use leptos::prelude::*;

#[component]
pub fn UpdateNotice(
    /// The service worker's state.
    offline: Offline,
) -> impl IntoView {
    let i18n = use_i18n();
    let reload = move |_| use_new_version();
    view! {
        <Shown when=move || offline.update_ready.get()>
            <div class="notice update-notice" role="status">
                <span>{t!(i18n, notices.update.text)}</span>
                <button on:click=reload>{t!(i18n, notices.update.use_now)}</button>
            </div>
        </Shown>
    }
}
