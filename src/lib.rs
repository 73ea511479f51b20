//! Care plan builder: a care-plan workflow that runs entirely in the browser.
//!
//! - `model`, `storage` and `config` (the agency's settings) are plain Rust with no browser
//!   APIs, tested natively.
//! - `state` connects them to the browser (local storage, reactive signals).
//! - `components` are reusable pieces of the interface; `pages` are the screens.

pub mod app;
pub mod components;
pub mod config;
pub mod fhir;
pub mod files;
pub mod model;
pub mod pages;
pub mod panic_screen;
pub mod routes;
pub mod state;
pub mod storage;
