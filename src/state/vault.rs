//! Passphrase protection in the browser, with WebCrypto: AES-GCM-256 for the plans, PBKDF2-SHA256
//! for the passphrase. The stored format and its rules are in `crate::storage::sealed`.
//!
//! WebCrypto answers with promises, while the storage the app reads and writes is synchronous
//! (so that a full disk or a conflicting tab is known at once). So while the plans are unlocked
//! this tab keeps them decrypted in memory and reads them from there; every write updates that
//! copy at once and is encrypted and written to local storage a moment later. A counter per key
//! makes sure a late encryption never overwrites a newer one. Nothing decrypted is ever written
//! to storage while protection is on, except as the last step of turning it off.

use crate::storage::sealed::{
    self, is_protected_key, LockRecord, Sealed, IV_LEN, KEY_LEN, LOCK_KEY, SALT_LEN,
};
use crate::storage::{KeyValueStore, StoreError};
use js_sys::{Array, Object, Reflect, Uint8Array};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

use super::local_store::RawStore;

/// The event the app listens to for changes another tab made to stored plans, sent once this
/// tab can read them (after decrypting, when the plans are protected). Its `detail` is the
/// storage key, or null when everything may have changed.
pub const STORED_EVENT: &str = "careplan-stored";
/// Sent just before the plans lock, so an open plan saves what is on screen first.
pub const FLUSH_EVENT: &str = "careplan-flush";

pub const WRONG_PASSPHRASE: &str =
    "That passphrase is not right, so nothing has been opened or changed. Check for Caps Lock and try again.";
const LOCKED: &str = "the plans are locked";

/// Whether the plans are protected, and if so whether they are open in this tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    Off,
    Locked,
    Unlocked,
}

/// The reactive side of protection, shared through context.
#[derive(Clone, Copy)]
pub struct Vault {
    pub protection: RwSignal<Protection>,
    /// Set when an encrypted write failed (storage full); cleared once everything is written.
    pub problem: RwSignal<Option<StoreError>>,
}

enum Inner {
    Off,
    Locked,
    Unlocked(Open),
}

struct Open {
    /// The data key: not extractable, only in this tab's memory.
    key: CryptoKey,
    /// Every protected value, decrypted: what this tab reads.
    plain: HashMap<String, String>,
}

thread_local! {
    static INNER: RefCell<Inner> = const { RefCell::new(Inner::Off) };
    /// Per key, the number of the newest write; an encryption that finishes after a newer
    /// write (or after protection was turned off) is dropped.
    static WRITES: RefCell<HashMap<String, u64>> = RefCell::new(HashMap::new());
    /// Keys whose encrypted write failed, to write again.
    static UNWRITTEN: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    static REACTIVE: Cell<Option<Vault>> = const { Cell::new(None) };
}

impl Vault {
    /// Reads whether protection is on (the lock record is there) and listens to other tabs.
    pub fn provide() -> Self {
        let on = RawStore.get(LOCK_KEY).ok().flatten().is_some();
        INNER.with_borrow_mut(|i| *i = if on { Inner::Locked } else { Inner::Off });
        let vault = Self {
            protection: RwSignal::new(if on {
                Protection::Locked
            } else {
                Protection::Off
            }),
            problem: RwSignal::new(None),
        };
        REACTIVE.set(Some(vault));
        provide_context(vault);
        // Lives as long as the page.
        let _ = window_event_listener(leptos::ev::storage, move |e| vault.other_tab(e));
        vault
    }

    pub fn get() -> Option<Self> {
        use_context::<Self>()
    }

    /// Another tab changed storage.
    fn other_tab(self, e: web_sys::StorageEvent) {
        let key = e.key();
        match key.as_deref() {
            Some(LOCK_KEY) => match (e.new_value(), self.protection.get_untracked()) {
                // Turned off elsewhere: everything is stored plain again.
                (None, Protection::Unlocked) => self.set_state(Inner::Off, Protection::Off),
                // Turned on elsewhere: save what is on screen (plain, sealed at the next
                // unlock), then lock, so this tab never reads the new sealed values as damage.
                (Some(_), Protection::Off) => {
                    dispatch(FLUSH_EVENT, None);
                    self.set_state(Inner::Locked, Protection::Locked);
                }
                _ => {}
            },
            Some(k)
                if is_protected_key(k)
                    && self.protection.get_untracked() == Protection::Unlocked =>
            {
                let k = k.to_string();
                match e.new_value() {
                    None => {
                        with_open(|o| o.plain.remove(&k));
                        dispatch(STORED_EVENT, Some(&k));
                    }
                    Some(raw) => leptos::task::spawn_local(async move {
                        let text = match (sealed::open_text(&raw), data_key()) {
                            (Some(s), Some(key)) => decrypt(&key, &s)
                                .await
                                .ok()
                                .and_then(|b| String::from_utf8(b).ok())
                                .unwrap_or(raw),
                            // Written plain by a tab that did not know yet: seal it.
                            _ => {
                                let _ = write(&k, &raw);
                                raw
                            }
                        };
                        with_open(|o| o.plain.insert(k.clone(), text));
                        dispatch(STORED_EVENT, Some(&k));
                    }),
                }
                return;
            }
            _ => {}
        }
        dispatch(STORED_EVENT, key.as_deref());
    }

    fn set_state(self, inner: Inner, protection: Protection) {
        INNER.with_borrow_mut(|i| *i = inner);
        self.protection.set(protection);
    }

    /// Opens the plans with the passphrase. A wrong one changes nothing.
    pub async fn unlock(self, passphrase: &str) -> Result<(), String> {
        let lock = read_lock()?;
        let data_key = open_data_key(&lock, passphrase).await?;
        let key = import_data_key(&data_key).await?;
        let mut plain = HashMap::new();
        let mut to_seal = Vec::new();
        for k in protected_keys()? {
            let Some(raw) = RawStore.get(&k).map_err(|e| e.plain())? else {
                continue;
            };
            let text = match sealed::open_text(&raw) {
                // A value that does not decrypt (tampered with, or damaged) is kept as it is:
                // the plan list then sets it aside as damaged, never deleting it.
                Some(s) => decrypt(&key, &s)
                    .await
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
                    .unwrap_or(raw),
                None => {
                    to_seal.push(k.clone());
                    raw
                }
            };
            plain.insert(k, text);
        }
        self.set_state(Inner::Unlocked(Open { key, plain }), Protection::Unlocked);
        for k in to_seal {
            if let Some(text) = with_open(|o| o.plain.get(&k).cloned()).flatten() {
                let _ = write(&k, &text);
            }
        }
        Ok(())
    }

    /// Turns protection on with a new passphrase: a new data key, every plan sealed with it.
    pub async fn turn_on(self, passphrase: &str) -> Result<(), String> {
        if self.protection.get_untracked() != Protection::Off {
            return Err("Protection is already on.".into());
        }
        let salt = random(SALT_LEN)?;
        let data_key = random(KEY_LEN)?;
        let lock_key = derive_lock_key(passphrase, &salt, sealed::ITERATIONS).await?;
        let wrapped = encrypt(&lock_key, &data_key).await?;
        let key = import_data_key(&data_key).await?;
        // Everything is encrypted before anything is written.
        let mut plain = HashMap::new();
        let mut sealed_values = Vec::new();
        for k in protected_keys()? {
            if let Some(raw) = RawStore.get(&k).map_err(|e| e.plain())? {
                let sealed = encrypt(&key, raw.as_bytes()).await?;
                sealed_values.push((k.clone(), sealed::seal_text(sealed)));
                plain.insert(k, raw);
            }
        }
        RawStore
            .set(LOCK_KEY, &LockRecord::new(&salt, wrapped).to_text())
            .map_err(|e| e.plain())?;
        self.set_state(Inner::Unlocked(Open { key, plain }), Protection::Unlocked);
        // A value left plain (storage full) is still read as it is and sealed later.
        for (k, text) in sealed_values {
            bump(&k);
            if let Err(e) = RawStore.set(&k, &text) {
                UNWRITTEN.with_borrow_mut(|u| u.insert(k));
                self.problem.set(Some(e));
            }
        }
        Ok(())
    }

    /// A new passphrase for the same data key: one write, nothing else re-encrypted.
    pub async fn change_passphrase(self, current: &str, new: &str) -> Result<(), String> {
        let lock = read_lock()?;
        let data_key = open_data_key(&lock, current).await?;
        let salt = random(SALT_LEN)?;
        let lock_key = derive_lock_key(new, &salt, sealed::ITERATIONS).await?;
        let wrapped = encrypt(&lock_key, &data_key).await?;
        RawStore
            .set(LOCK_KEY, &LockRecord::new(&salt, wrapped).to_text())
            .map_err(|e| e.plain())
    }

    /// Stores every plan plain again and removes the lock record. Needs the passphrase.
    pub async fn turn_off(self, passphrase: &str) -> Result<(), String> {
        let lock = read_lock()?;
        open_data_key(&lock, passphrase).await?;
        let plain = with_open(|o| o.plain.clone()).ok_or(LOCKED)?;
        for (k, text) in &plain {
            // Any encryption still under way for this key is dropped.
            bump(k);
            // If this fails half way, the plain values written so far read as they are and
            // the rest stay sealed: nothing is lost, and protection stays on.
            RawStore.set(k, text).map_err(|e| e.plain())?;
        }
        RawStore.remove(LOCK_KEY).map_err(|e| e.plain())?;
        UNWRITTEN.with_borrow_mut(HashSet::clear);
        self.problem.set(None);
        self.set_state(Inner::Off, Protection::Off);
        Ok(())
    }

    /// Locks the plans in this tab: the open plan saves first, then the key is forgotten.
    pub fn lock(self) {
        dispatch(FLUSH_EVENT, None);
        if self.protection.get_untracked() == Protection::Unlocked {
            self.set_state(Inner::Locked, Protection::Locked);
        }
    }

    /// When the passphrase is forgotten: deletes every protected plan and the lock record,
    /// after the person confirmed. Plans saved as files can be imported again.
    pub fn forget_everything(self) -> Result<(), String> {
        for k in protected_keys()? {
            bump(&k);
            RawStore.remove(&k).map_err(|e| e.plain())?;
        }
        RawStore.remove(LOCK_KEY).map_err(|e| e.plain())?;
        self.set_state(Inner::Off, Protection::Off);
        Ok(())
    }

    /// Writes again what could not be written (after space was freed).
    pub fn retry(self) {
        let keys: Vec<String> = UNWRITTEN.with_borrow_mut(|u| u.drain().collect());
        for k in keys {
            if let Some(text) = with_open(|o| o.plain.get(&k).cloned()).flatten() {
                let _ = write(&k, &text);
            }
        }
    }
}

// --- What `LocalStore` asks before touching local storage ------------------------------------

/// The value of a protected key while protection is on; `None` when local storage answers.
pub(crate) fn get(key: &str) -> Option<Result<Option<String>, StoreError>> {
    if !is_protected_key(key) {
        return None;
    }
    INNER.with_borrow(|inner| match inner {
        Inner::Off => None,
        Inner::Locked => Some(Err(StoreError::Unavailable(LOCKED.into()))),
        Inner::Unlocked(open) => Some(Ok(open.plain.get(key).cloned())),
    })
}

/// Writes a protected value while protection is on; `None` when local storage takes it plain.
pub(crate) fn set(key: &str, value: &str) -> Option<Result<(), StoreError>> {
    if !is_protected_key(key) {
        return None;
    }
    let state = INNER.with_borrow(|inner| match inner {
        Inner::Off => None,
        Inner::Locked => Some(false),
        Inner::Unlocked(_) => Some(true),
    })?;
    if !state {
        return Some(Err(StoreError::Unavailable(LOCKED.into())));
    }
    with_open(|o| o.plain.insert(key.to_string(), value.to_string()));
    Some(write(key, value))
}

/// Forgets a protected value here too; local storage then removes its own copy.
pub(crate) fn remove(key: &str) {
    if is_protected_key(key) {
        bump(key);
        with_open(|o| o.plain.remove(key));
    }
}

/// Keys written here whose encrypted copy may not be in local storage yet.
pub(crate) fn pending_keys() -> Vec<String> {
    with_open(|o| o.plain.keys().cloned().collect()).unwrap_or_default()
}

// --- Helpers ----------------------------------------------------------------------------------

fn with_open<T>(f: impl FnOnce(&mut Open) -> T) -> Option<T> {
    INNER.with_borrow_mut(|inner| match inner {
        Inner::Unlocked(open) => Some(f(open)),
        _ => None,
    })
}

fn data_key() -> Option<CryptoKey> {
    with_open(|o| o.key.clone())
}

fn bump(key: &str) -> u64 {
    WRITES.with_borrow_mut(|w| {
        let n = w.entry(key.to_string()).or_default();
        *n += 1;
        *n
    })
}

/// Encrypts `value` and writes it under `key`, unless a newer write of the key came first.
fn write(key: &str, value: &str) -> Result<(), StoreError> {
    let Some(data_key) = data_key() else {
        return Err(StoreError::Unavailable(LOCKED.into()));
    };
    let n = bump(key);
    let (key, value) = (key.to_string(), value.to_string());
    leptos::task::spawn_local(async move {
        let sealed = encrypt(&data_key, value.as_bytes()).await;
        if WRITES.with_borrow(|w| w.get(&key) != Some(&n)) {
            return;
        }
        let result = sealed
            .map_err(StoreError::Unavailable)
            .and_then(|s| RawStore.set(&key, &sealed::seal_text(s)));
        let reactive = REACTIVE.get();
        match result {
            Ok(()) => {
                let done = UNWRITTEN.with_borrow_mut(|u| {
                    u.remove(&key);
                    u.is_empty()
                });
                if let (true, Some(v)) = (done, reactive) {
                    if v.problem.get_untracked().is_some() {
                        v.problem.set(None);
                    }
                }
            }
            Err(e) => {
                UNWRITTEN.with_borrow_mut(|u| u.insert(key));
                if let Some(v) = reactive {
                    v.problem.set(Some(e));
                }
            }
        }
    });
    Ok(())
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

fn read_lock() -> Result<LockRecord, String> {
    let raw = RawStore
        .get(LOCK_KEY)
        .map_err(|e| e.plain())?
        .ok_or("The plans are not protected with a passphrase.")?;
    LockRecord::parse(&raw)
}

fn protected_keys() -> Result<Vec<String>, String> {
    Ok(RawStore
        .keys()
        .map_err(|e| e.plain())?
        .into_iter()
        .filter(|k| is_protected_key(k))
        .collect())
}

fn subtle() -> Result<web_sys::SubtleCrypto, String> {
    let crypto = web_sys::window()
        .ok_or("no window")?
        .crypto()
        .map_err(|_| "This browser cannot encrypt (no Web Crypto).".to_string())?;
    Ok(crypto.subtle())
}

fn random(len: usize) -> Result<Vec<u8>, String> {
    let crypto = web_sys::window()
        .ok_or("no window")?
        .crypto()
        .map_err(|_| "This browser cannot encrypt (no Web Crypto).".to_string())?;
    let mut bytes = vec![0; len];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| "The browser gave no random numbers.".to_string())?;
    Ok(bytes)
}

/// A plain JavaScript object from name / value pairs (WebCrypto's algorithm parameters).
fn object(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

async fn promise(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, String> {
    let p = p.map_err(|e| format!("{e:?}"))?;
    JsFuture::from(p).await.map_err(|e| format!("{e:?}"))
}

/// The key that opens the data key: PBKDF2-SHA256 over the passphrase.
async fn derive_lock_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, String> {
    let subtle = subtle()?;
    let secret = Uint8Array::from(passphrase.as_bytes());
    let base = promise(subtle.import_key_with_object(
        "raw",
        &secret,
        &object(&[("name", "PBKDF2".into())]),
        false,
        &usages(&["deriveKey"]),
    ))
    .await?;
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
        ("hash", "SHA-256".into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = promise(subtle.derive_key_with_object_and_object(
        &params,
        &base.unchecked_into(),
        &aes,
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await?;
    Ok(key.unchecked_into())
}

/// The data key's bytes, opened with the passphrase; a wrong passphrase fails the GCM tag.
async fn open_data_key(lock: &LockRecord, passphrase: &str) -> Result<Vec<u8>, String> {
    let salt = lock.salt_bytes().ok_or(WRONG_PASSPHRASE)?;
    let lock_key = derive_lock_key(passphrase, &salt, lock.iterations).await?;
    decrypt(&lock_key, &lock.key)
        .await
        .map_err(|_| WRONG_PASSPHRASE.to_string())
}

async fn import_data_key(bytes: &[u8]) -> Result<CryptoKey, String> {
    let key = promise(subtle()?.import_key_with_object(
        "raw",
        &Uint8Array::from(bytes),
        &object(&[("name", "AES-GCM".into())]),
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await?;
    Ok(key.unchecked_into())
}

/// AES-GCM with a fresh random 96-bit IV.
async fn encrypt(key: &CryptoKey, bytes: &[u8]) -> Result<Sealed, String> {
    let iv = random(IV_LEN)?;
    let params = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(&iv[..]).into()),
    ]);
    let out = promise(subtle()?.encrypt_with_object_and_u8_array(&params, key, bytes)).await?;
    Ok(Sealed::new(&iv, &Uint8Array::new(&out).to_vec()))
}

/// Fails on a wrong key or on any change to the IV or ciphertext (the GCM tag).
async fn decrypt(key: &CryptoKey, sealed: &Sealed) -> Result<Vec<u8>, ()> {
    let (iv, data) = sealed.bytes().ok_or(())?;
    let params = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(&iv[..]).into()),
    ]);
    let subtle = subtle().map_err(|_| ())?;
    let out = promise(subtle.decrypt_with_object_and_u8_array(&params, key, &data))
        .await
        .map_err(|_| ())?;
    Ok(Uint8Array::new(&out).to_vec())
}
