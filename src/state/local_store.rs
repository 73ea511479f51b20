//! Local storage as a [`KeyValueStore`]. Uses web-sys directly rather than gloo-storage because
//! gloo throws when storage is blocked (private modes, strict settings), and a throw would
//! kill the app; here every failure becomes a [`StoreError`].
//!
//! [`LocalStore`] is what the app uses: while plans are protected with a passphrase it reads
//! and writes them through [`super::vault`]. [`RawStore`] is local storage as it is, for the
//! vault itself.

use super::vault;
use crate::storage::{KeyValueStore, StoreError};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

#[derive(Clone, Copy, Default)]
pub struct LocalStore;

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

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        vault::get(key).unwrap_or_else(|| RawStore.get(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        vault::set(key, value).unwrap_or_else(|| RawStore.set(key, value))
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        RawStore.remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        RawStore.keys()
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
