//! Working offline: registers the service worker (`public/sw.js`) and says when a new version
//! of the app has been installed, so the person chooses when to use it; the page never reloads
//! by itself under someone's typing.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// Whether a new version is installed and waiting for the next visit.
#[derive(Clone, Copy)]
pub struct Offline {
    pub update_ready: RwSignal<bool>,
}

impl Offline {
    /// Registers the worker in release builds (a debug build is for development, where a cache
    /// would only get in the way). Does nothing where the browser has no service workers.
    pub fn start() -> Self {
        let this = Self {
            update_ready: RwSignal::new(false),
        };
        if !cfg!(debug_assertions) {
            leptos::task::spawn_local(register(this.update_ready));
        }
        this
    }
}

/// "Use it now": the new version's worker, waiting, is told to take over, and the page reloads
/// once it has (the open plan is saved first: it is written when the page is hidden). Where
/// there is no waiting worker, the page just reloads.
pub fn use_new_version() {
    fn reload() {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    }
    let Some(workers) = container() else {
        reload();
        return;
    };
    leptos::task::spawn_local(async move {
        let registration = JsFuture::from(workers.get_registration())
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
        let Some(waiting) = registration.and_then(|r| r.waiting()) else {
            reload();
            return;
        };
        let on_change = Closure::once_into_js(reload);
        workers.set_oncontrollerchange(Some(on_change.unchecked_ref()));
        if waiting
            .post_message(&JsValue::from_str("use-new-version"))
            .is_err()
        {
            reload();
            return;
        }
        // Should the worker never take over (replaced meanwhile), reload all the same.
        set_timeout(reload, std::time::Duration::from_secs(3));
    });
}

/// The browser's service worker container, if it has one (not on plain http, for example).
fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
}

async fn register(update_ready: RwSignal<bool>) {
    let Some(workers) = container() else {
        return;
    };
    // Relative to <base href>: the worker's scope is the app's own folder.
    let Ok(registration) = JsFuture::from(workers.register("sw.js")).await else {
        return;
    };
    let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
        return;
    };
    // A version installed on an earlier visit may already be waiting.
    let controlled = move || container().is_some_and(|c| c.controller().is_some());
    if registration.waiting().is_some() && controlled() {
        update_ready.set(true);
    }
    let watched = registration.clone();
    let on_update = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = watched.installing() else {
            return;
        };
        let seen = worker.clone();
        let on_state = Closure::<dyn FnMut()>::new(move || {
            // Installed while an older version runs this page: a new deployment.
            if seen.state() == ServiceWorkerState::Installed && controlled() {
                update_ready.set(true);
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        // Lives as long as the worker; there is one per deployment.
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
    on_update.forget();
}
