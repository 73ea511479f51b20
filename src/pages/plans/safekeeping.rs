//! Keeping plans safe, on My plans: how much of the browser's storage they use, whether the
//! browser agreed to keep them, and a reminder when the last backup file is old.

use crate::components::language::model_lang;
use crate::components::Shown;
use crate::i18n::{t, t_string, use_i18n};
use crate::state::local_store::RawStore;
use crate::state::LocalStore;
use crate::storage::safekeeping::{
    backup_reminder, last_backup, looks_private, private_window_warning, usage, usage_sentence,
};
use chrono::Utc;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The reminder to save a backup file, when it is due. `refresh` is read so the line updates
/// after a file is saved.
#[component]
pub fn BackupReminder(
    /// How many plans are stored.
    #[prop(into)]
    plans: Signal<usize>,
    /// Changes whenever something was saved or imported.
    #[prop(into)]
    refresh: Signal<u64>,
) -> impl IntoView {
    let lang = model_lang();
    move || {
        let _ = refresh.get();
        backup_reminder(last_backup(&LocalStore), Utc::now(), plans.get(), lang())
            .map(|text| view! { <p class="notice backup-reminder">{text}</p> })
    }
}

/// How much storage the plans use, and whether the browser keeps them for good.
#[component]
pub fn StorageUse(
    /// Changes whenever something was saved or imported.
    #[prop(into)]
    refresh: Signal<u64>,
    /// How many plans are stored; the browser is asked to keep them once there is one.
    #[prop(into)]
    plans: Signal<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let kept = RwSignal::new(None::<bool>);
    let asked = StoredValue::new(false);
    Effect::new(move |_| {
        if plans.get() > 0 && !asked.get_value() {
            asked.set_value(true);
            leptos::task::spawn_local(async move { kept.set(ask_to_keep().await) });
        }
    });
    let used = move || {
        let _ = refresh.get();
        // What the values take as stored (sealed, when protected), not decrypted.
        let lang = lang();
        usage(&RawStore)
            .map(|used| usage_sentence(used, lang))
            .unwrap_or_default()
    };
    // With no backup yet, nothing: the reminder above says so, when there is anything to back up.
    let last = move || {
        let _ = refresh.get();
        last_backup(&LocalStore).map(|t| {
            let date = move || crate::model::dates::long_in(t.date_naive(), lang());
            t!(i18n, plans.safekeeping.last_backup, date = date)
        })
    };
    let keeping = move || match kept.get() {
        Some(true) => t_string!(i18n, plans.safekeeping.kept),
        _ => t_string!(i18n, plans.safekeeping.not_kept),
    };
    view! {
        <p class="storage-use">{last}" "{used}" "{keeping}</p>
    }
}

/// A warning when the window looks private: its plans go when it closes.
#[component]
pub fn PrivateWindowWarning() -> impl IntoView {
    let lang = model_lang();
    let private = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        if let Some(quota) = quota().await {
            private.set(looks_private(quota, heap_limit()));
        }
    });
    view! {
        <Shown when=move || private.get()>
            <p class="notice private-window" role="status">{move || private_window_warning(lang())}</p>
        </Shown>
    }
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    Some(storage.unchecked_into())
}

/// The storage quota the browser grants this site, in bytes.
async fn quota() -> Option<f64> {
    let estimate = JsFuture::from(storage_manager()?.estimate().ok()?)
        .await
        .ok()?;
    js_sys::Reflect::get(&estimate, &JsValue::from_str("quota"))
        .ok()?
        .as_f64()
}

/// Chromium's JavaScript heap limit (`performance.memory`), where there is one.
fn heap_limit() -> Option<f64> {
    let performance = web_sys::window()?.performance()?;
    let memory = js_sys::Reflect::get(&performance, &JsValue::from_str("memory")).ok()?;
    if memory.is_undefined() || memory.is_null() {
        return None;
    }
    js_sys::Reflect::get(&memory, &JsValue::from_str("jsHeapSizeLimit"))
        .ok()?
        .as_f64()
}

/// Asks the browser to keep this site's data (the Storage API); `None` where it cannot be asked.
async fn ask_to_keep() -> Option<bool> {
    let storage = storage_manager()?;
    let already = JsFuture::from(storage.persisted().ok()?).await.ok()?;
    if already.as_bool() == Some(true) {
        return Some(true);
    }
    JsFuture::from(storage.persist().ok()?)
        .await
        .ok()?
        .as_bool()
}
