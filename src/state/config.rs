//! The agency's configuration in the browser: `config.json`, fetched once from beside
//! `index.html` (the same site, so nothing leaves it), shared through context.

use crate::config::{parse, Config, Loaded, Problem, Reason, FILE_NAME};
use crate::model::assessment::safety::CrisisLine;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The settings in use: the defaults until the file has been read, then the file's.
#[derive(Clone, Copy)]
pub struct AgencyConfig {
    loaded: RwSignal<Loaded>,
}

impl AgencyConfig {
    /// Provides the defaults at once and reads the file in the background.
    pub fn provide() -> Self {
        let this = Self {
            loaded: RwSignal::new(Loaded::default()),
        };
        provide_context(this);
        leptos::task::spawn_local(async move {
            if let Some(loaded) = fetch().await {
                this.loaded.set(loaded);
            }
        });
        this
    }

    /// From context; the defaults when none was provided (as in component tests).
    pub fn get() -> Self {
        use_context::<Self>().unwrap_or_else(|| Self {
            loaded: RwSignal::new(Loaded::default()),
        })
    }

    /// Reads the settings, tracking changes (the file arrives after the first render).
    pub fn with<T>(&self, f: impl FnOnce(&Config) -> T) -> T {
        self.loaded.with(|l| f(&l.config))
    }

    /// Reads the settings without tracking (in event handlers).
    pub fn with_untracked<T>(&self, f: impl FnOnce(&Config) -> T) -> T {
        self.loaded.with_untracked(|l| f(&l.config))
    }

    /// The crisis line to show beside a safety flag (988 unless the agency set its own).
    pub fn crisis_line(&self) -> CrisisLine {
        self.with(|c| c.crisis_line.clone())
    }

    /// What was wrong with the file, for the agency to fix.
    pub fn problems(&self) -> Vec<Problem> {
        self.loaded.with(|l| l.problems.clone())
    }
}

/// The file's settings; `None` when there is no file (the defaults stay, silently).
async fn fetch() -> Option<Loaded> {
    let window = web_sys::window()?;
    let response = match JsFuture::from(window.fetch_with_str(FILE_NAME)).await {
        Ok(r) => r.dyn_into::<web_sys::Response>().ok()?,
        // Offline, or blocked: the defaults stay.
        Err(_) => return None,
    };
    if response.status() == 404 {
        return None;
    }
    // A host that answers every address with the app's own page has no config file.
    let kind = response.headers().get("content-type").ok().flatten();
    if kind.is_some_and(|k| k.contains("html")) {
        return None;
    }
    if !response.ok() {
        let status = response.status();
        return Some(problem(Reason::NotLoaded { status }));
    }
    let text = match response.text() {
        Ok(p) => JsFuture::from(p).await.ok()?.as_string()?,
        Err(_) => return None,
    };
    Some(parse(&text))
}

fn problem(reason: Reason) -> Loaded {
    Loaded {
        problems: vec![Problem {
            field: String::new(),
            reason,
        }],
        ..Loaded::default()
    }
}
