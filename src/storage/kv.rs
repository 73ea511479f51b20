//! The key-value store the plans live in. In the browser it is local storage; in native tests an
//! in-memory map that can also simulate a full disk.

use crate::model::lang::Lang;
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
        self.plain_in(Lang::En)
    }

    /// The same in `lang`. The browser's own reason for refusing stays as the browser gave it.
    pub fn plain_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (StoreError::Full, Lang::En) => {
                "This browser's storage is full, so the latest changes could not be saved. They are still on screen.".into()
            }
            (StoreError::Full, Lang::Es) => {
                "El almacenamiento de este navegador está lleno, así que los últimos cambios no se pudieron guardar. Siguen en la pantalla.".into()
            }
            (StoreError::Locked, Lang::En) => {
                "The plans are locked with a passphrase, so nothing can be saved until it is typed. Your changes are still on screen.".into()
            }
            (StoreError::Locked, Lang::Es) => {
                "Los planes están protegidos con una frase de contraseña, así que no se puede guardar nada hasta que la escriba. Sus cambios siguen en la pantalla.".into()
            }
            (StoreError::Unavailable(why), Lang::En) => {
                format!("This browser is not letting the app save anything ({why}).")
            }
            (StoreError::Unavailable(why), Lang::Es) => {
                format!("Este navegador no deja que la aplicación guarde nada ({why}).")
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

    /// Copies the value under `from` to `to` exactly as it is stored, and says whether the copy
    /// reads back the same (false when `from` holds nothing). Local storage overrides this to
    /// move the browser's own string: text that is not valid Unicode (a lone UTF-16 surrogate)
    /// would otherwise come back with U+FFFD in its place.
    fn copy_exact(&self, from: &str, to: &str) -> Result<bool, StoreError> {
        let Some(value) = self.get(from)? else {
            return Ok(false);
        };
        self.set(to, &value)?;
        Ok(self.get(to)?.as_deref() == Some(value.as_str()))
    }
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

#[cfg(test)]
mod spanish {
    use super::*;
    use crate::model::lang::assert_spanish;

    #[test]
    fn every_refusal_is_said_in_spanish_too() {
        for e in [
            StoreError::Full,
            StoreError::Locked,
            StoreError::Unavailable("SecurityError".into()),
        ] {
            assert_spanish(&e.plain(), &e.plain_in(Lang::Es));
        }
        assert!(StoreError::Unavailable("SecurityError".into())
            .plain_in(Lang::Es)
            .contains("(SecurityError)"));
    }
}
