//! Passphrase protection in the browser. The stored format and the AES-GCM-256 sealing are in
//! `crate::storage::sealed`, the layer that seals and opens plans in
//! `crate::storage::sealed_store` (this tab's: `local_store::with_sealed`); here are the
//! browser's parts: PBKDF2-SHA256 in WebCrypto, turning protection on and off, locking and
//! unlocking, and other tabs.
//!
//! Sealing runs in Rust so that reading and writing a protected plan stay synchronous, like the
//! rest of storage: a save is on disk (or refused: storage full, a newer copy from another tab)
//! before the call returns, so closing the tab, locking or another tab's change never finds a
//! write half done. WebCrypto is only asked for the slow, one-off part: the passphrase's key.

use super::local_store::{with_sealed, RawStore};
use super::random::{bytes as random, crypto, iv};
use crate::storage::sealed::{self, LockRecord, ProtectionError, KEY_LEN, LOCK_KEY, SALT_LEN};
use crate::storage::KeyValueStore;
use aes_gcm::Aes256Gcm;
use js_sys::{Array, Object, Reflect, Uint8Array};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Sent when another tab changed stored plans; `detail` is the storage key, or null when
/// everything may have changed. Listen to this rather than to `storage`, so that changes to
/// protection are seen to first.
pub const STORED_EVENT: &str = "careplan-stored";
/// Sent just before the plans lock, so an open plan saves what is on screen first.
pub const FLUSH_EVENT: &str = "careplan-flush";
/// Sent after the plans were unlocked, so an open plan saves what it could not save while locked.
pub const UNLOCKED_EVENT: &str = "careplan-unlocked";

/// Whether the plans are protected, and if so whether they are open in this tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    Off,
    /// Locked: nothing shows until the passphrase is typed.
    Locked,
    /// Protection was turned on in another tab while this one was open: what is on screen
    /// stays (with any changes not yet saved) until the passphrase is typed here too.
    LockedElsewhere,
    Unlocked,
}

/// The reactive side of protection, shared through context.
#[derive(Clone, Copy)]
pub struct Vault {
    pub protection: RwSignal<Protection>,
}

impl Vault {
    /// Reads whether protection is on (the lock record is there) and listens to other tabs.
    pub fn provide() -> Self {
        let on = lock_present();
        with_sealed(|s| if on { s.lock() } else { s.turn_off() });
        let vault = Self {
            protection: RwSignal::new(if on {
                Protection::Locked
            } else {
                Protection::Off
            }),
        };
        provide_context(vault);
        // Lives as long as the page.
        let _ = window_event_listener(leptos::ev::storage, move |e| {
            // No key: the other tab cleared storage, the lock record with it perhaps.
            if e.key().is_none_or(|k| k == LOCK_KEY) {
                vault.lock_record_changed();
            }
            dispatch(STORED_EVENT, e.key().as_deref());
        });
        vault
    }

    pub fn get() -> Option<Self> {
        use_context::<Self>()
    }

    /// Another tab turned protection on or off (changing the passphrase keeps the data key).
    fn lock_record_changed(self) {
        match (lock_present(), self.protection.get_untracked()) {
            // Off elsewhere: everything is stored plain again.
            (false, p) if p != Protection::Off => self.set(false, None, Protection::Off),
            // On elsewhere: stop reading and writing plans until unlocked here. An open plan
            // keeps what is on screen and saves it once unlocked (UNLOCKED_EVENT).
            (true, Protection::Off) => {
                self.set(true, None, Protection::LockedElsewhere);
                dispatch(FLUSH_EVENT, None);
            }
            _ => {}
        }
    }

    /// Tells this tab's protection layer (and the pages) what holds now.
    fn set(self, on: bool, key: Option<Aes256Gcm>, protection: Protection) {
        with_sealed(|s| match (on, key) {
            (false, _) => s.turn_off(),
            (true, None) => s.lock(),
            (true, Some(key)) => s.unlock(key),
        });
        self.protection.set(protection);
    }

    /// Opens the plans with the passphrase. A wrong one changes nothing.
    pub async fn unlock(self, passphrase: &str) -> Result<(), ProtectionError> {
        let lock = read_lock()?;
        let data_key = open_data_key(&lock, passphrase).await?;
        let key = sealed::cipher(&data_key).ok_or(ProtectionError::WrongPassphrase)?;
        // Anything stored plain while protection was on (a tab that did not know yet, or a
        // full disk when it was turned on) is sealed now; what still cannot be stays readable.
        with_sealed(|s| s.seal_plain_values(&key))?;
        self.set(true, Some(key), Protection::Unlocked);
        dispatch(UNLOCKED_EVENT, None);
        Ok(())
    }

    /// Turns protection on with a new passphrase: a new data key, every plan sealed with it.
    /// Returns how many values could not be sealed (storage full): they stay readable and are
    /// sealed at the next unlock.
    pub async fn turn_on(self, passphrase: &str) -> Result<usize, ProtectionError> {
        if self.protection.get_untracked() != Protection::Off {
            return Err(ProtectionError::AlreadyOn);
        }
        let salt = random(SALT_LEN)?;
        let lock_key = derive_lock_key(passphrase, &salt, sealed::ITERATIONS).await?;
        let lock_cipher = sealed::cipher(&lock_key).ok_or_else(key_failed)?;
        let data_key = random(KEY_LEN)?;
        let key = sealed::cipher(&data_key).ok_or_else(key_failed)?;
        let wrapped = sealed::seal(&lock_cipher, &iv()?, &data_key).ok_or_else(key_failed)?;
        // From here on nothing waits, so no other event of this tab comes in between.
        if lock_present() {
            self.lock_record_changed();
            return Err(ProtectionError::OnElsewhere);
        }
        RawStore.set(LOCK_KEY, &LockRecord::new(&salt, wrapped).to_text())?;
        let left_plain = with_sealed(|s| s.seal_plain_values(&key))?;
        self.set(true, Some(key), Protection::Unlocked);
        Ok(left_plain)
    }

    /// A new passphrase for the same data key: one write, nothing else re-encrypted.
    pub async fn change_passphrase(self, current: &str, new: &str) -> Result<(), ProtectionError> {
        let lock = read_lock()?;
        let data_key = open_data_key(&lock, current).await?;
        let salt = random(SALT_LEN)?;
        let lock_key = derive_lock_key(new, &salt, sealed::ITERATIONS).await?;
        let lock_cipher = sealed::cipher(&lock_key).ok_or_else(key_failed)?;
        let wrapped = sealed::seal(&lock_cipher, &iv()?, &data_key).ok_or_else(key_failed)?;
        RawStore
            .set(LOCK_KEY, &LockRecord::new(&salt, wrapped).to_text())
            .map_err(ProtectionError::from)
    }

    /// Stores every plan plain again and removes the lock record. Needs the passphrase. The
    /// plain copies are written first: if that stops half way (storage full), what is plain
    /// and what is still sealed both read, and protection stays on.
    pub async fn turn_off(self, passphrase: &str) -> Result<(), ProtectionError> {
        let lock = read_lock()?;
        let data_key = open_data_key(&lock, passphrase).await?;
        let key = sealed::cipher(&data_key).ok_or(ProtectionError::WrongPassphrase)?;
        with_sealed(|s| s.open_all(&key))?;
        RawStore.remove(LOCK_KEY)?;
        self.set(false, None, Protection::Off);
        Ok(())
    }

    /// Locks the plans in this tab: the open plan saves first, then the key is forgotten.
    pub fn lock(self) {
        dispatch(FLUSH_EVENT, None);
        if self.protection.get_untracked() == Protection::Unlocked {
            self.set(true, None, Protection::Locked);
        }
    }

    /// When the passphrase is forgotten: deletes every protected plan and the lock record,
    /// after the person confirmed. Plans saved as files can be imported again.
    pub fn forget_everything(self) -> Result<(), ProtectionError> {
        if !lock_present() {
            self.set(false, None, Protection::Off);
            return Err(ProtectionError::OffElsewhere);
        }
        for k in with_sealed(|s| s.protected_keys())? {
            RawStore.remove(&k)?;
        }
        RawStore.remove(LOCK_KEY)?;
        self.set(false, None, Protection::Off);
        Ok(())
    }
}

fn key_failed() -> ProtectionError {
    ProtectionError::Browser("the key could not be made".into())
}

// --- Helpers ----------------------------------------------------------------------------------

fn lock_present() -> bool {
    with_sealed(|s| s.lock_present())
}

fn dispatch(name: &str, key: Option<&str>) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&key.map_or(JsValue::NULL, JsValue::from_str));
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        web_sys::CustomEvent::new_with_event_init_dict(name, &init),
    ) {
        let _ = window.dispatch_event(&event);
    }
}

/// The key of a `careplan-stored` event; `None` when everything may have changed.
pub fn stored_event_key(e: &web_sys::Event) -> Option<String> {
    e.dyn_ref::<web_sys::CustomEvent>()
        .and_then(|c| c.detail().as_string())
}

fn read_lock() -> Result<LockRecord, ProtectionError> {
    let raw = RawStore
        .get(LOCK_KEY)?
        .ok_or(ProtectionError::NotProtected)?;
    LockRecord::parse(&raw)
}

/// A plain JavaScript object from name / value pairs (WebCrypto's algorithm parameters).
fn object(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

async fn promise(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, ProtectionError> {
    let p = p.map_err(|e| ProtectionError::Browser(format!("{e:?}")))?;
    JsFuture::from(p)
        .await
        .map_err(|e| ProtectionError::Browser(format!("{e:?}")))
}

/// The 256-bit key that seals the data key: PBKDF2-SHA256 over the passphrase, in WebCrypto.
async fn derive_lock_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<Vec<u8>, ProtectionError> {
    let subtle = crypto()?.subtle();
    let usages: JsValue = [JsValue::from_str("deriveBits")]
        .into_iter()
        .collect::<Array>()
        .into();
    let base = promise(subtle.import_key_with_object(
        "raw",
        &Uint8Array::from(passphrase.as_bytes()),
        &object(&[("name", "PBKDF2".into())]),
        false,
        &usages,
    ))
    .await?;
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
        ("hash", "SHA-256".into()),
    ]);
    let bits = promise(subtle.derive_bits_with_object(
        &params,
        &base.unchecked_into(),
        (KEY_LEN * 8) as u32,
    ))
    .await?;
    Ok(Uint8Array::new(&bits).to_vec())
}

/// The data key, opened with the passphrase; a wrong passphrase fails the GCM tag.
async fn open_data_key(lock: &LockRecord, passphrase: &str) -> Result<Vec<u8>, ProtectionError> {
    let salt = lock.salt_bytes().ok_or(ProtectionError::WrongPassphrase)?;
    let lock_key = derive_lock_key(passphrase, &salt, lock.iterations).await?;
    let cipher = sealed::cipher(&lock_key).ok_or(ProtectionError::WrongPassphrase)?;
    sealed::open(&cipher, &lock.key).ok_or(ProtectionError::WrongPassphrase)
}
