//! The key-value store the plans live in. In the browser it is local storage; in native tests an
//! in-memory map that can also simulate a full disk.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why the store refused an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage is full (QuotaExceededError).
    Full,
    /// Storage is switched off or not available (e.g. blocked by browser settings).
    Unavailable(String),
    /// The plans are protected with a passphrase that has not been typed in this tab.
    Locked,
}

impl StoreError {
    pub fn plain(&self) -> String {
        match self {
            StoreError::Full => {
                "This browser's storage is full, so the latest changes could not be saved. They are still on screen.".into()
            }
            StoreError::Locked => {
                "The plans are locked with a passphrase, so nothing can be saved until it is typed. Your changes are still on screen.".into()
            }
            StoreError::Unavailable(why) => {
                format!("This browser is not letting the app save anything ({why}).")
            }
        }
    }
}

/// A string-to-string store. Methods take `&self` because browser storage is shared state.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory store for tests, with an optional size limit in bytes.
#[derive(Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    limit: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_limit(limit: usize) -> Self {
        Self {
            map: RefCell::default(),
            limit: Some(limit),
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.map
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(limit) = self.limit {
            if self.used_without(key) + key.len() + value.len() > limit {
                return Err(StoreError::Full);
            }
        }
        self.map.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.map.borrow().keys().cloned().collect())
    }
}
