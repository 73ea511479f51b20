//! Passphrase protection as a layer over any key-value store: [`SealedStore`] seals what it
//! writes under the protected keys (plans, the plan list, set-aside data) and opens what it
//! reads, while protection is on and the data key is there; without the key it answers
//! [`StoreError::Locked`]. Everything else passes through unchanged. The browser only supplies
//! the data key (from the passphrase, in WebCrypto) and fresh random IVs ([`IvSource`]).
//!
//! Tested here with the in-memory store; `crate::state::local_store` puts it over local storage.

use super::sealed::{self, is_protected_key, IV_LEN, LOCK_KEY};
use super::{KeyValueStore, StoreError};
use aes_gcm::Aes256Gcm;
use std::cell::RefCell;

/// Where fresh IVs come from: `crypto.getRandomValues` in the browser. `None` when there is
/// no source of random numbers (nothing is then sealed or written).
pub trait IvSource {
    fn iv(&self) -> Option<[u8; IV_LEN]>;
}

/// Whether protection is on as this store knows it, and the data key while unlocked.
/// Dropping the key clears it (the cipher zeroizes itself).
#[derive(Default)]
struct Protection {
    on: bool,
    key: Option<Aes256Gcm>,
}

/// A key-value store whose protected keys are sealed while protection is on.
pub struct SealedStore<S, R> {
    inner: S,
    ivs: R,
    protection: RefCell<Protection>,
}

impl<S: KeyValueStore, R: IvSource> SealedStore<S, R> {
    /// Protection off until told otherwise.
    pub fn new(inner: S, ivs: R) -> Self {
        Self {
            inner,
            ivs,
            protection: RefCell::new(Protection::default()),
        }
    }

    /// The store underneath, as it is (the lock record, raw values).
    pub fn inner(&self) -> &S {
        &self.inner
    }

    /// Protection off: everything reads and writes plain.
    pub fn turn_off(&self) {
        self.protection.replace(Protection::default());
    }

    /// Protection on and locked: protected keys answer "locked" until [`Self::unlock`].
    pub fn lock(&self) {
        self.protection.replace(Protection {
            on: true,
            key: None,
        });
    }

    /// Protection on and open with `key`.
    pub fn unlock(&self, key: Aes256Gcm) {
        self.protection.replace(Protection {
            on: true,
            key: Some(key),
        });
    }

    pub fn is_on(&self) -> bool {
        self.protection.borrow().on
    }

    pub fn is_unlocked(&self) -> bool {
        self.protection.borrow().key.is_some()
    }

    /// Whether the lock record is stored (protection is on for every tab).
    pub fn lock_present(&self) -> bool {
        matches!(self.inner.get(LOCK_KEY), Ok(Some(_)))
    }

    /// Every stored key that protection covers.
    pub fn protected_keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self
            .inner
            .keys()?
            .into_iter()
            .filter(|k| is_protected_key(k))
            .collect())
    }

    /// `text` sealed under `key` with a fresh IV, as stored.
    pub fn seal_with(&self, key: &Aes256Gcm, text: &str) -> Option<String> {
        let iv = self.ivs.iv()?;
        sealed::seal(key, &iv, text.as_bytes()).map(sealed::seal_text)
    }

    /// Seals every protected value still stored plain under `key` (turning protection on, or
    /// at an unlock: values a tab wrote before it knew, or that a full disk left plain).
    /// Returns how many could not be sealed; they stay readable as they are.
    pub fn seal_plain_values(&self, key: &Aes256Gcm) -> Result<usize, StoreError> {
        let mut left_plain = 0;
        for k in self.protected_keys()? {
            let Ok(Some(raw)) = self.inner.get(&k) else {
                continue;
            };
            if sealed::open_text(&raw).is_some() {
                continue;
            }
            let written = self
                .seal_with(key, &raw)
                .map(|text| self.inner.set(&k, &text));
            if !matches!(written, Some(Ok(()))) {
                left_plain += 1;
            }
        }
        Ok(left_plain)
    }

    /// Writes every value sealed under `key` plain again (turning protection off). Stops at
    /// the first write that fails (storage full): what is plain and what is still sealed both
    /// read, and protection stays on. A value that does not open is left as it is; one that
    /// opens to something other than text stops it too.
    pub fn open_all(&self, key: &Aes256Gcm) -> Result<(), StoreError> {
        for k in self.protected_keys()? {
            let Ok(Some(raw)) = self.inner.get(&k) else {
                continue;
            };
            let Some(bytes) = sealed::open_text(&raw).and_then(|s| sealed::open(key, &s)) else {
                continue;
            };
            let plain = String::from_utf8(bytes)
                .map_err(|_| StoreError::Unavailable("a protected value is not text".into()))?;
            self.inner.set(&k, &plain)?;
        }
        Ok(())
    }
}

/// The plain text of a stored sealed value under `key`; `None` when it is not sealed or does
/// not open (tampered with, damaged, another key).
fn open_value(key: &Aes256Gcm, raw: &str) -> Option<String> {
    let sealed = sealed::open_text(raw)?;
    String::from_utf8(sealed::open(key, &sealed)?).ok()
}

impl<S: KeyValueStore, R: IvSource> KeyValueStore for SealedStore<S, R> {
    /// A protected key while protection is on: opened with the key, or "locked" without it.
    /// A value that does not open comes back as stored, so the plan list sets it aside as
    /// damaged; a plain one (written before protection knew) as it is.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let protection = self.protection.borrow();
        if !is_protected_key(key) || !protection.on {
            return self.inner.get(key);
        }
        let cipher = protection.key.as_ref().ok_or(StoreError::Locked)?;
        Ok(self
            .inner
            .get(key)?
            .map(|raw| open_value(cipher, &raw).unwrap_or(raw)))
    }

    /// A protected key while protection is on is written sealed; without the key, "locked".
    /// If the lock record has gone (protection turned off in another tab a moment ago), a
    /// sealed value could never be read again: protection is off here too, and it is written
    /// plain.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if !is_protected_key(key) || !self.is_on() {
            return self.inner.set(key, value);
        }
        if !self.lock_present() {
            self.turn_off();
            return self.inner.set(key, value);
        }
        let protection = self.protection.borrow();
        let cipher = protection.key.as_ref().ok_or(StoreError::Locked)?;
        let text = self
            .seal_with(cipher, value)
            .ok_or_else(|| StoreError::Unavailable("encryption failed".into()))?;
        self.inner.set(key, &text)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }

    /// The stored value moves as it is: sealed text stays sealed (the seal does not depend on
    /// the key it is under), and damaged text is not decoded. Refused while the plans are
    /// locked, as a read would be.
    fn copy_exact(&self, from: &str, to: &str) -> Result<bool, StoreError> {
        let locked = {
            let p = self.protection.borrow();
            p.on && p.key.is_none()
        };
        if locked && is_protected_key(from) {
            return Err(StoreError::Locked);
        }
        self.inner.copy_exact(from, to)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::sealed::{cipher, KEY_LEN};
    use crate::storage::MemoryStore;
    use std::cell::Cell;

    /// A different IV on every call, as the browser's random numbers would give.
    #[derive(Default)]
    struct Counter(Cell<u8>);

    impl IvSource for Counter {
        fn iv(&self) -> Option<[u8; IV_LEN]> {
            self.0.set(self.0.get().wrapping_add(1));
            Some([self.0.get(); IV_LEN])
        }
    }

    struct NoRandom;

    impl IvSource for NoRandom {
        fn iv(&self) -> Option<[u8; IV_LEN]> {
            None
        }
    }

    const PLAN: &str = "careplan:plan:0b7f2c5e-0000-4000-8000-000000000001";
    const INDEX: &str = "careplan:index";
    const LANGUAGE: &str = "careplan:language";

    fn key() -> Aes256Gcm {
        cipher(&[7; KEY_LEN]).expect("a 32-byte key")
    }

    fn store() -> SealedStore<MemoryStore, Counter> {
        SealedStore::new(MemoryStore::new(), Counter::default())
    }

    /// The store as another tab would find it: protection on, the lock record written.
    fn protected() -> SealedStore<MemoryStore, Counter> {
        let s = store();
        s.inner().set(LOCK_KEY, "{\"lock\":1}").expect("written");
        s.unlock(key());
        s
    }

    #[test]
    fn with_protection_off_everything_passes_through() {
        let s = store();
        s.set(PLAN, "{\"plan\":1}").expect("written");
        assert_eq!(s.inner().get(PLAN), Ok(Some("{\"plan\":1}".into())));
        assert_eq!(s.get(PLAN), Ok(Some("{\"plan\":1}".into())));
        assert!(!s.is_on());
    }

    #[test]
    fn protected_keys_are_sealed_on_the_way_in_and_opened_on_the_way_out() {
        let s = protected();
        s.set(PLAN, "{\"plan\":\"Ana\"}").expect("written");
        s.set(INDEX, "[\"Ana\"]").expect("written");
        s.set(LANGUAGE, "es").expect("written");
        let raw = s.inner().get(PLAN).expect("read").expect("stored");
        assert!(raw.starts_with("{\"sealed\":1"), "{raw}");
        assert!(!raw.contains("Ana"), "{raw}");
        assert!(!s
            .inner()
            .get(INDEX)
            .expect("read")
            .expect("stored")
            .contains("Ana"));
        assert_eq!(s.inner().get(LANGUAGE), Ok(Some("es".into())), "not a plan");
        assert_eq!(s.get(PLAN), Ok(Some("{\"plan\":\"Ana\"}".into())));
        assert_eq!(s.get(INDEX), Ok(Some("[\"Ana\"]".into())));
    }

    #[test]
    fn every_write_has_a_fresh_iv() {
        let s = protected();
        s.set(PLAN, "same").expect("written");
        let first = s.inner().get(PLAN).expect("read");
        s.set(PLAN, "same").expect("written");
        assert_ne!(s.inner().get(PLAN).expect("read"), first);
    }

    #[test]
    fn locked_means_protected_keys_answer_locked_and_nothing_is_written() {
        let s = protected();
        s.set(PLAN, "{\"plan\":1}").expect("written");
        let sealed = s.inner().get(PLAN).expect("read");
        s.lock();
        assert!(s.is_on() && !s.is_unlocked());
        assert_eq!(s.get(PLAN), Err(StoreError::Locked));
        assert_eq!(s.set(PLAN, "{\"plan\":2}"), Err(StoreError::Locked));
        assert_eq!(s.inner().get(PLAN).expect("read"), sealed, "unchanged");
        assert_eq!(s.get(LANGUAGE), Ok(None), "other keys still read");
        s.set(LANGUAGE, "en").expect("other keys still write");
    }

    #[test]
    fn a_copy_moves_the_stored_value_as_it_is_and_is_refused_while_locked() {
        let s = protected();
        s.set(PLAN, "{\"plan\":1}").expect("written");
        let sealed = s.inner().get(PLAN).expect("read");
        let recovery = "careplan:recovery:0b7f2c5e-0000-4000-8000-000000000001";
        assert_eq!(s.copy_exact(PLAN, recovery), Ok(true));
        assert_eq!(
            s.inner().get(recovery).expect("read"),
            sealed,
            "still sealed"
        );
        assert_eq!(s.get(recovery), Ok(Some("{\"plan\":1}".into())));
        s.lock();
        assert_eq!(s.copy_exact(PLAN, recovery), Err(StoreError::Locked));
        assert_eq!(s.copy_exact(LANGUAGE, "careplan:other"), Ok(false));
    }

    #[test]
    fn a_value_that_does_not_open_or_is_plain_comes_back_as_stored() {
        let s = protected();
        let other = SealedStore::new(MemoryStore::new(), Counter::default());
        let foreign = other
            .seal_with(&cipher(&[9; KEY_LEN]).expect("key"), "secret")
            .expect("sealed");
        s.inner().set(PLAN, &foreign).expect("written");
        assert_eq!(s.get(PLAN), Ok(Some(foreign)), "set aside later, unchanged");
        s.inner().set(INDEX, "[]").expect("written");
        assert_eq!(s.get(INDEX), Ok(Some("[]".into())));
    }

    #[test]
    fn when_another_tab_turned_protection_off_values_are_written_plain() {
        let s = protected();
        s.inner().remove(LOCK_KEY).expect("removed");
        s.set(PLAN, "{\"plan\":1}").expect("written");
        assert_eq!(s.inner().get(PLAN), Ok(Some("{\"plan\":1}".into())));
        assert!(!s.is_on());
    }

    #[test]
    fn no_random_numbers_means_nothing_is_written() {
        let s = SealedStore::new(MemoryStore::new(), NoRandom);
        s.inner().set(LOCK_KEY, "{}").expect("written");
        s.unlock(key());
        assert!(matches!(s.set(PLAN, "x"), Err(StoreError::Unavailable(_))));
        assert_eq!(s.inner().get(PLAN), Ok(None));
    }

    #[test]
    fn turning_on_seals_plain_values_and_turning_off_opens_them() {
        let s = store();
        s.set(PLAN, "{\"plan\":\"Ana\"}").expect("written");
        s.set(INDEX, "[]").expect("written");
        s.set(LANGUAGE, "es").expect("written");
        s.inner().set(LOCK_KEY, "{}").expect("written");
        assert_eq!(s.seal_plain_values(&key()), Ok(0));
        s.unlock(key());
        assert!(s
            .inner()
            .get(PLAN)
            .expect("read")
            .expect("stored")
            .contains("\"sealed\""));
        assert_eq!(s.inner().get(LANGUAGE), Ok(Some("es".into())));
        assert_eq!(s.get(PLAN), Ok(Some("{\"plan\":\"Ana\"}".into())));
        // Already sealed values are left alone.
        let before = s.inner().get(PLAN).expect("read");
        assert_eq!(s.seal_plain_values(&key()), Ok(0));
        assert_eq!(s.inner().get(PLAN).expect("read"), before);
        s.open_all(&key()).expect("opened");
        s.turn_off();
        assert_eq!(s.inner().get(PLAN), Ok(Some("{\"plan\":\"Ana\"}".into())));
        assert_eq!(s.inner().get(INDEX), Ok(Some("[]".into())));
    }

    #[test]
    fn a_full_disk_leaves_values_plain_and_counted() {
        let s = SealedStore::new(MemoryStore::with_limit(80), Counter::default());
        s.set(PLAN, "{\"plan\":1}").expect("written");
        s.inner().set(LOCK_KEY, "{}").expect("written");
        assert_eq!(s.seal_plain_values(&key()), Ok(1));
        assert_eq!(s.inner().get(PLAN), Ok(Some("{\"plan\":1}".into())));
    }
}
