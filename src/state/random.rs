//! Random numbers from the browser (`crypto.getRandomValues`): salts, keys and the IVs the
//! protection layer seals with.

use crate::storage::sealed::{ProtectionError, IV_LEN};
use crate::storage::sealed_store::IvSource;

/// The browser's WebCrypto.
pub fn crypto() -> Result<web_sys::Crypto, ProtectionError> {
    web_sys::window()
        .ok_or(ProtectionError::NoCrypto)?
        .crypto()
        .map_err(|_| ProtectionError::NoCrypto)
}

/// `len` random bytes.
pub fn bytes(len: usize) -> Result<Vec<u8>, ProtectionError> {
    let mut bytes = vec![0; len];
    crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| ProtectionError::Browser("no random numbers".into()))?;
    Ok(bytes)
}

/// A fresh random 96-bit IV.
pub fn iv() -> Result<[u8; IV_LEN], ProtectionError> {
    bytes(IV_LEN)?
        .try_into()
        .map_err(|_| ProtectionError::Browser("no random numbers".into()))
}

/// Fresh IVs for the protection layer.
#[derive(Clone, Copy, Default)]
pub struct BrowserIvs;

impl IvSource for BrowserIvs {
    fn iv(&self) -> Option<[u8; IV_LEN]> {
        iv().ok()
    }
}
