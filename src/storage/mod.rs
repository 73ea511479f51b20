//! Storage: the stored format and the rules for reading and writing plans. Pure Rust; the
//! browser's local storage is plugged in by `crate::state::local_store`.

pub mod backup;
pub mod envelope;
pub mod kv;
pub mod repo;
pub mod safekeeping;
pub mod sealed;
pub mod sealed_store;

pub use kv::{KeyValueStore, MemoryStore, StoreError};
pub use repo::{
    DeletedPlan, Listing, LoadError, NewerPlan, OpenedPlan, Repo, SaveError, UnreadablePlan,
};
