//! Local storage as a [`KeyValueStore`]. Uses web-sys directly rather than gloo-storage because
//! gloo throws when storage is blocked (private modes, strict settings), and a throw would
//! kill the app; here every failure becomes a [`StoreError`].
//!
//! [`LocalStore`] is what the app uses: local storage under the passphrase protection layer
//! ([`SealedStore`], one per tab, [`with_sealed`]), so plans are sealed and opened while
//! protection is on. [`RawStore`] is local storage as it is.

use super::random::BrowserIvs;
use crate::storage::sealed_store::SealedStore;
use crate::storage::{KeyValueStore, StoreError};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

/// Local storage as the app reads and writes it: protected keys sealed while protection is on.
#[derive(Clone, Copy, Default)]
pub struct LocalStore;

/// Local storage under this tab's protection layer.
pub type TabStore = SealedStore<RawStore, BrowserIvs>;

thread_local! {
    /// This tab's protection layer over local storage: off, locked or unlocked, as
    /// `super::vault` sets it.
    static SEALED: TabStore = SealedStore::new(RawStore, BrowserIvs);
}

/// Runs `f` with this tab's protection layer (to lock, unlock, seal or open every plan).
pub fn with_sealed<T>(f: impl FnOnce(&TabStore) -> T) -> T {
    SEALED.with(f)
}

/// Local storage with no protection applied.
#[derive(Clone, Copy, Default)]
pub struct RawStore;

fn storage() -> Result<Storage, StoreError> {
    let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StoreError::Unavailable("local storage is missing".into())),
        Err(e) => Err(classify(e)),
    }
}

/// QuotaExceededError is reported by name in current browsers; older ones used codes 22 / 1014.
fn classify(error: JsValue) -> StoreError {
    if let Some(dom) = error.dyn_ref::<web_sys::DomException>() {
        let name = dom.name();
        if name == "QuotaExceededError"
            || name == "NS_ERROR_DOM_QUOTA_REACHED"
            || matches!(dom.code(), 22 | 1014)
        {
            return StoreError::Full;
        }
        return StoreError::Unavailable(format!("{name}: {}", dom.message()));
    }
    StoreError::Unavailable(format!("{error:?}"))
}

/// Calls `Storage.<name>(...args)` and gives back what the browser returned as it is: a
/// `JsValue`, never a Rust `String` (web-sys's `get_item` decodes to UTF-8, which puts U+FFFD in
/// place of a lone UTF-16 surrogate).
fn call_raw(storage: &Storage, name: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let method: js_sys::Function =
        js_sys::Reflect::get(storage, &JsValue::from_str(name))?.dyn_into()?;
    let list = js_sys::Array::new();
    for arg in args {
        list.push(arg);
    }
    method.apply(storage, &list)
}

/// Copies the stored value under `from` to `to` as the browser's own string, unchanged to the
/// last UTF-16 unit, and says whether it reads back identical.
fn copy_raw(from: &str, to: &str) -> Result<bool, StoreError> {
    let storage = storage()?;
    let value = call_raw(&storage, "getItem", &[&JsValue::from_str(from)]).map_err(classify)?;
    if value.is_null() || value.is_undefined() {
        return Ok(false);
    }
    let target = JsValue::from_str(to);
    call_raw(&storage, "setItem", &[&target, &value]).map_err(classify)?;
    let copy = call_raw(&storage, "getItem", &[&target]).map_err(classify)?;
    Ok(js_sys::Object::is(&copy, &value))
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        with_sealed(|s| s.get(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        with_sealed(|s| s.set(key, value))
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        with_sealed(|s| s.remove(key))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        with_sealed(|s| s.keys())
    }

    /// The stored value moves as it is, through the protection layer (`SealedStore::copy_exact`)
    /// down to local storage's own string copy (`RawStore::copy_exact`).
    fn copy_exact(&self, from: &str, to: &str) -> Result<bool, StoreError> {
        with_sealed(|s| s.copy_exact(from, to))
    }
}

impl KeyValueStore for RawStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        storage()?.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        storage()?.remove_item(key).map_err(classify)
    }

    fn copy_exact(&self, from: &str, to: &str) -> Result<bool, StoreError> {
        copy_raw(from, to)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = storage()?;
        let len = storage.length().map_err(classify)?;
        let mut keys = Vec::with_capacity(len as usize);
        for i in 0..len {
            if let Ok(Some(key)) = storage.key(i) {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}
