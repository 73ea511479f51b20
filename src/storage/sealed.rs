//! Plans protected with a passphrase: what is stored, and the AES-GCM-256 that seals it. The
//! random numbers and the passphrase's PBKDF2 come from the browser (`crate::state::vault`).
//!
//! One random data key (AES-GCM-256) encrypts every protected value. The passphrase does not
//! encrypt plans directly: a key derived from it (PBKDF2-SHA256, 600,000 iterations, a random
//! 16-byte salt) encrypts the data key, and that "wrapped" key is stored in the lock record
//! with the salt, the iteration count and the format version. Changing the passphrase
//! re-wraps the data key in one write, so no plan is ever half re-encrypted.

use super::kv::StoreError;
use super::repo::{INDEX_KEY, PLAN_PREFIX, RECOVERY_PREFIX};
use crate::model::lang::Lang;
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// Where the lock record is kept. Its presence means protection is on.
pub const LOCK_KEY: &str = "careplan:lock";
pub const LOCK_VERSION: u32 = 1;
pub const CIPHER: &str = "AES-GCM-256";
pub const KDF: &str = "PBKDF2-SHA256";
pub const ITERATIONS: u32 = 600_000;
pub const SALT_LEN: usize = 16;
/// 96 bits, fresh for every encryption.
pub const IV_LEN: usize = 12;
pub const KEY_LEN: usize = 32;
/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE: usize = 8;

/// Whether the value under `key` holds personal details and is encrypted when protection is
/// on: plans, the plan list, and damaged plans set aside.
pub fn is_protected_key(key: &str) -> bool {
    key.starts_with(PLAN_PREFIX) || key.starts_with(RECOVERY_PREFIX) || key == INDEX_KEY
}

/// Something encrypted: the IV and the ciphertext with its 16-byte tag, in base64.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub iv: String,
    pub data: String,
}

impl Sealed {
    pub fn new(iv: &[u8], data: &[u8]) -> Self {
        Self {
            iv: B64.encode(iv),
            data: B64.encode(data),
        }
    }

    /// The IV and ciphertext as bytes, when they are well formed.
    pub fn bytes(&self) -> Option<(Vec<u8>, Vec<u8>)> {
        let iv = B64.decode(&self.iv).ok().filter(|iv| iv.len() == IV_LEN)?;
        let data = B64.decode(&self.data).ok().filter(|d| d.len() >= 16)?;
        Some((iv, data))
    }
}

/// Encrypts `plain` with AES-GCM-256 under `key` and the 96-bit `iv` (fresh for every call:
/// the caller brings it from `crypto.getRandomValues`). The ciphertext ends with the 16-byte tag,
/// exactly as WebCrypto's AES-GCM gives it, so either can open what the other sealed.
pub fn seal(key: &Aes256Gcm, iv: &[u8; IV_LEN], plain: &[u8]) -> Option<Sealed> {
    let data = key.encrypt(Nonce::from_slice(iv), plain).ok()?;
    Some(Sealed::new(iv, &data))
}

/// Decrypts; `None` for a wrong key or any change to the IV or ciphertext (the tag fails).
pub fn open(key: &Aes256Gcm, sealed: &Sealed) -> Option<Vec<u8>> {
    let (iv, data) = sealed.bytes()?;
    key.decrypt(Nonce::from_slice(&iv), data.as_slice()).ok()
}

/// The AES-256-GCM cipher for 32 key bytes.
pub fn cipher(key: &[u8]) -> Option<Aes256Gcm> {
    Aes256Gcm::new_from_slice(key).ok()
}

/// A protected value as stored: `{"sealed":1,"cipher":"AES-GCM-256","iv":"…","data":"…"}`.
#[derive(Serialize, Deserialize)]
struct SealedValue {
    sealed: u32,
    cipher: String,
    #[serde(flatten)]
    inner: Sealed,
}

/// The stored text of a sealed value.
pub fn seal_text(sealed: Sealed) -> String {
    serde_json::to_string(&SealedValue {
        sealed: LOCK_VERSION,
        cipher: CIPHER.into(),
        inner: sealed,
    })
    .unwrap_or_default()
}

/// Reads a stored value as sealed. `None` means it is not sealed (a plan saved before
/// protection was turned on, or by a tab that did not know yet): it is used as it is, and
/// sealed at the next chance.
pub fn open_text(raw: &str) -> Option<Sealed> {
    // What the app writes starts with the schema version: skip parsing a big plan twice.
    if raw.starts_with("{\"schema_version\"") || !raw.contains("\"sealed\"") {
        return None;
    }
    let value: SealedValue = serde_json::from_str(raw).ok()?;
    (value.cipher == CIPHER).then_some(value.inner)
}

/// The lock record: how to turn the passphrase into the key that opens the data key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRecord {
    pub version: u32,
    pub cipher: String,
    pub kdf: String,
    pub iterations: u32,
    pub salt: String,
    /// The data key, encrypted with the key derived from the passphrase.
    pub key: Sealed,
}

impl LockRecord {
    pub fn new(salt: &[u8], wrapped_key: Sealed) -> Self {
        Self {
            version: LOCK_VERSION,
            cipher: CIPHER.into(),
            kdf: KDF.into(),
            iterations: ITERATIONS,
            salt: B64.encode(salt),
            key: wrapped_key,
        }
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored lock record, refusing anything this version cannot use, in plain words.
    pub fn parse(raw: &str) -> Result<Self, ProtectionError> {
        const DAMAGED: ProtectionError = ProtectionError::Damaged;
        let record: LockRecord = serde_json::from_str(raw).map_err(|_| DAMAGED)?;
        if record.version > LOCK_VERSION {
            return Err(ProtectionError::TooNew);
        }
        // A tiny or absurd iteration count would be a weakened or hostile record.
        let sane = (100_000..=10_000_000).contains(&record.iterations);
        if record.cipher != CIPHER || record.kdf != KDF || !sane {
            return Err(DAMAGED);
        }
        if record.salt_bytes().is_none() || record.key.bytes().is_none() {
            return Err(DAMAGED);
        }
        Ok(record)
    }

    pub fn salt_bytes(&self) -> Option<Vec<u8>> {
        B64.decode(&self.salt).ok().filter(|s| s.len() == SALT_LEN)
    }
}

/// Checks a new passphrase and its repetition.
pub fn check_new_passphrase(passphrase: &str, repeated: &str) -> Result<(), ProtectionError> {
    if passphrase.chars().count() < MIN_PASSPHRASE {
        return Err(ProtectionError::TooShort);
    }
    if passphrase != repeated {
        return Err(ProtectionError::NotTheSame);
    }
    Ok(())
}

/// Why protection did not do what was asked. None of these changes anything stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProtectionError {
    /// The passphrase does not open the key.
    WrongPassphrase,
    /// The lock record cannot be used (damaged, or weakened by hand).
    Damaged,
    /// The lock record was made by a newer version of the app.
    TooNew,
    /// There is no lock record: the plans are not protected.
    NotProtected,
    AlreadyOn,
    /// Another tab turned protection on while this one was making the key.
    OnElsewhere,
    /// Another tab turned protection off: nothing was deleted.
    OffElsewhere,
    /// A new passphrase shorter than [`MIN_PASSPHRASE`].
    TooShort,
    /// The new passphrase and its repetition differ.
    NotTheSame,
    /// The browser has no Web Crypto.
    NoCrypto,
    /// The browser's encryption failed; its own words, for whoever helps.
    Browser(String),
    Store(StoreError),
}

impl From<StoreError> for ProtectionError {
    fn from(e: StoreError) -> Self {
        ProtectionError::Store(e)
    }
}

impl ProtectionError {
    /// A sentence a person can understand, in `lang`.
    pub fn plain_in(&self, lang: Lang) -> String {
        use ProtectionError::*;
        match (self, lang) {
            (WrongPassphrase, Lang::En) => "That passphrase is not right, so nothing has been opened or changed. Check for Caps Lock and try again.".into(),
            (WrongPassphrase, Lang::Es) => "Esa frase de contraseña no es la correcta, así que no se abrió ni se cambió nada. Revise que las mayúsculas no estén activadas (Bloq Mayús) e inténtelo de nuevo.".into(),
            (Damaged, Lang::En) => "The passphrase settings saved in this browser are damaged, so the plans cannot be unlocked here.".into(),
            (Damaged, Lang::Es) => "Los ajustes de la frase de contraseña guardados en este navegador están dañados, así que los planes no se pueden abrir aquí.".into(),
            (TooNew, Lang::En) => "The plans were protected by a newer version of this app. Open them with that version.".into(),
            (TooNew, Lang::Es) => "Los planes se protegieron con una versión más nueva de esta aplicación. Ábralos con esa versión.".into(),
            (NotProtected, Lang::En) => "The plans are not protected with a passphrase.".into(),
            (NotProtected, Lang::Es) => "Los planes no están protegidos con una frase de contraseña.".into(),
            (AlreadyOn, Lang::En) => "Protection is already on.".into(),
            (AlreadyOn, Lang::Es) => "La protección ya está activada.".into(),
            (OnElsewhere, Lang::En) => "Protection was just turned on in another tab.".into(),
            (OnElsewhere, Lang::Es) => "La protección se acaba de activar en otra pestaña.".into(),
            (OffElsewhere, Lang::En) => "Protection was turned off in another tab, so nothing was deleted: your plans are readable again.".into(),
            (OffElsewhere, Lang::Es) => "La protección se desactivó en otra pestaña, así que no se borró nada: sus planes se pueden leer otra vez.".into(),
            (TooShort, Lang::En) => format!("Use at least {MIN_PASSPHRASE} characters. A few words you will remember work well, for example \u{201c}blue kettle garden rain\u{201d}."),
            (TooShort, Lang::Es) => format!("Use al menos {MIN_PASSPHRASE} caracteres. Unas cuantas palabras que vaya a recordar funcionan bien, por ejemplo «tetera azul jardín lluvia»."),
            (NotTheSame, Lang::En) => "The two passphrases are not the same. Type it again in both boxes.".into(),
            (NotTheSame, Lang::Es) => "Las dos frases de contraseña no son iguales. Escríbala otra vez en los dos recuadros.".into(),
            (NoCrypto, Lang::En) => "This browser cannot encrypt (no Web Crypto).".into(),
            (NoCrypto, Lang::Es) => "Este navegador no puede cifrar (no tiene Web Crypto).".into(),
            (Browser(why), Lang::En) => format!("The browser could not encrypt: {why}"),
            (Browser(why), Lang::Es) => format!("El navegador no pudo cifrar: {why}"),
            (Store(e), _) => e.plain_in(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> LockRecord {
        LockRecord::new(&[7; SALT_LEN], Sealed::new(&[1; IV_LEN], &[2; 48]))
    }

    #[test]
    fn the_lock_record_says_how_the_key_is_made() {
        let text = record().to_text();
        for part in [
            "\"version\":1",
            "\"cipher\":\"AES-GCM-256\"",
            "\"kdf\":\"PBKDF2-SHA256\"",
            "\"iterations\":600000",
            "\"salt\":",
        ] {
            assert!(text.contains(part), "{part} in {text}");
        }
        assert_eq!(LockRecord::parse(&text), Ok(record()));
        assert_eq!(record().salt_bytes(), Some(vec![7; SALT_LEN]));
    }

    #[test]
    fn a_damaged_weakened_or_newer_lock_record_is_refused_in_plain_words() {
        let good = record().to_text();
        for (bad, says) in [
            ("{", "damaged"),
            (&good.replace("600000", "1000") as &str, "damaged"),
            (&good.replace("AES-GCM-256", "AES-CBC"), "damaged"),
            (
                &good.replace("\"version\":1", "\"version\":2"),
                "newer version",
            ),
            (&good.replace(&record().salt, "AAAA"), "damaged"),
        ] {
            let error = LockRecord::parse(bad).unwrap_err().plain_in(Lang::En);
            assert!(error.contains(says), "{bad}: {error}");
        }
    }

    #[test]
    fn sealed_values_are_told_apart_from_plain_ones() {
        let sealed = Sealed::new(&[9; IV_LEN], b"0123456789abcdef-and-more");
        let text = seal_text(sealed.clone());
        assert!(text.starts_with("{\"sealed\":1,\"cipher\":\"AES-GCM-256\""));
        assert_eq!(open_text(&text), Some(sealed.clone()));
        assert_eq!(sealed.bytes().unwrap().0, vec![9; IV_LEN]);
        assert_eq!(open_text("{\"schema_version\":1,\"plan\":{}}"), None);
        assert_eq!(open_text("garbage"), None);
        assert_eq!(open_text(&text.replace("AES-GCM-256", "ROT13")), None);
        let reordered = format!(
            "{{\"data\":\"{}\",\"iv\":\"{}\",\"cipher\":\"AES-GCM-256\",\"sealed\":1}}",
            sealed.data, sealed.iv
        );
        assert_eq!(open_text(&reordered), Some(sealed.clone()), "any key order");
        // A short IV or a missing tag is not worth handing to the browser.
        assert_eq!(Sealed::new(&[1; 8], &[0; 32]).bytes(), None);
        assert_eq!(Sealed::new(&[1; IV_LEN], &[0; 4]).bytes(), None);
    }

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    /// The published AES-256-GCM test case 14 (McGrew and Viega, "The Galois/Counter Mode of
    /// Operation", the GCM specification's test vectors): zero key, zero IV, 16 zero bytes.
    #[test]
    fn aes_gcm_256_gives_the_published_test_vector() {
        let key = cipher(&[0; KEY_LEN]).unwrap();
        let sealed = seal(&key, &[0; IV_LEN], &[0; 16]).unwrap();
        let (_, data) = sealed.bytes().unwrap();
        assert_eq!(
            data,
            hex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919")
        );
    }

    #[test]
    fn sealing_round_trips_and_a_wrong_key_or_any_change_is_refused() {
        let key = cipher(&[42; KEY_LEN]).unwrap();
        let plain = "{\"schema_version\":1,\"plan\":{\"title\":\"Quiet nights\"}}".as_bytes();
        let sealed = seal(&key, &[7; IV_LEN], plain).unwrap();
        assert_eq!(open(&key, &sealed).as_deref(), Some(plain));
        assert_eq!(
            open(&cipher(&[43; KEY_LEN]).unwrap(), &sealed),
            None,
            "wrong key"
        );
        let (iv, mut data) = sealed.bytes().unwrap();
        data[3] ^= 1;
        assert_eq!(open(&key, &Sealed::new(&iv, &data)), None, "a flipped bit");
        let other_iv = Sealed::new(&[8; IV_LEN], &sealed.bytes().unwrap().1);
        assert_eq!(open(&key, &other_iv), None, "another IV");
        assert!(cipher(&[1; 16]).is_none(), "only 256-bit keys");
    }

    #[test]
    fn plans_the_list_and_set_aside_data_are_protected_and_nothing_else() {
        assert!(is_protected_key(
            "careplan:plan:1f0e3a52-7c1b-4d8e-9a43-2b6c5d7e8f90"
        ));
        assert!(is_protected_key("careplan:index"));
        assert!(is_protected_key("careplan:recovery:abc:2"));
        assert!(!is_protected_key("careplan:lock"));
        assert!(!is_protected_key("careplan:last-backup"));
        assert!(!is_protected_key("other-site"));
    }

    #[test]
    fn a_new_passphrase_is_long_enough_and_typed_twice_the_same() {
        assert!(check_new_passphrase("short", "short")
            .unwrap_err()
            .plain_in(Lang::En)
            .contains("at least 8"));
        assert!(check_new_passphrase("blue kettle", "blue kettel")
            .unwrap_err()
            .plain_in(Lang::En)
            .contains("not the same"));
        assert_eq!(check_new_passphrase("blue kettle", "blue kettle"), Ok(()));
        assert_eq!(check_new_passphrase("ñandú día", "ñandú día"), Ok(()));
    }
}

#[cfg(test)]
mod spanish {
    use super::*;
    use crate::model::lang::assert_spanish;

    #[test]
    fn every_protection_problem_is_said_in_both_languages() {
        for e in [
            ProtectionError::WrongPassphrase,
            ProtectionError::Damaged,
            ProtectionError::TooNew,
            ProtectionError::NotProtected,
            ProtectionError::AlreadyOn,
            ProtectionError::OnElsewhere,
            ProtectionError::OffElsewhere,
            ProtectionError::TooShort,
            ProtectionError::NotTheSame,
            ProtectionError::NoCrypto,
            ProtectionError::Browser("OperationError".into()),
            ProtectionError::Store(StoreError::Full),
        ] {
            assert_spanish(&e.plain_in(Lang::En), &e.plain_in(Lang::Es));
        }
        assert!(check_new_passphrase("corto", "corto")
            .unwrap_err()
            .plain_in(Lang::Es)
            .contains("al menos 8 caracteres"));
    }
}
