//! The agency's settings, read from `config.json` beside `index.html`: its name, logo and
//! contact details, the crisis line, which questionnaires and parts of life the assessment
//! shows, extra goal templates, and a directory of local resources.
//!
//! A broken file never stops the app: every field that cannot be used is reported in plain
//! words (which field, and why) and replaced by its default, and the rest is used. Pure Rust
//! over `serde_json::Value`, tested natively.

mod read;
pub mod resources;

pub use read::parse;
pub use resources::{Resource, ResourceFilter};

use crate::model::assessment::domains::Domain;
use crate::model::assessment::safety::CrisisLine;
use crate::model::goals::library::OwnedTemplate;
use crate::model::lang::Lang;

/// The file the app looks for, next to `index.html`.
pub const FILE_NAME: &str = "config.json";

/// Larger than this and the file is not read at all (a config is a few kilobytes; a resource
/// directory of a thousand entries stays well under this).
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// The questionnaires the assessment can show, by the code used in the config.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Instrument {
    Phq9,
    Ahc,
    Hvs,
    Katz,
}

impl Instrument {
    pub const ALL: [Instrument; 4] = [
        Instrument::Phq9,
        Instrument::Ahc,
        Instrument::Hvs,
        Instrument::Katz,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Instrument::Phq9 => "phq9",
            Instrument::Ahc => "ahc",
            Instrument::Hvs => "hvs",
            Instrument::Katz => "katz",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.code() == code)
    }
}

/// How to reach the agency.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agency {
    pub name: String,
    /// A picture file beside `index.html` (a relative path on the same site).
    pub logo: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub website: String,
}

impl Agency {
    /// "555-0100 · help@example.org · 12 Main Street", or empty.
    pub fn contact_line(&self) -> String {
        [&self.phone, &self.email, &self.address, &self.website]
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" \u{b7} ")
    }
}

/// The languages the interface is in: code (as in `default_language`) and the language's own
/// name for it.
pub const LANGUAGES: [(&str, &str); 2] = [("en", "English"), ("es", "Espa\u{f1}ol")];

/// Everything the agency can set. `Config::default()` is the app with no config file.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub agency: Agency,
    pub crisis_line: CrisisLine,
    /// The interface language when the person has not chosen one (a code from `LANGUAGES`).
    pub default_language: Option<String>,
    /// The questionnaires shown in the assessment, in the app's order.
    pub instruments: Vec<Instrument>,
    /// The parts of life the assessment walks through, in the app's order.
    pub domains: Vec<Domain>,
    /// Goal templates added to the app's own library.
    pub goal_templates: Vec<OwnedTemplate>,
    pub resources: Vec<Resource>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            agency: Agency::default(),
            crisis_line: CrisisLine::default(),
            default_language: None,
            instruments: Instrument::ALL.to_vec(),
            domains: Domain::ALL.to_vec(),
            goal_templates: Vec::new(),
            resources: Vec::new(),
        }
    }
}

impl Config {
    pub fn shows_instrument(&self, i: Instrument) -> bool {
        self.instruments.contains(&i)
    }

    pub fn shows_domain(&self, d: Domain) -> bool {
        self.domains.contains(&d)
    }
}

/// One thing in the file that could not be used: where, and why, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the file: `resources[2].phone`, or empty for the whole file.
    pub field: String,
    pub reason: String,
    /// The same reason in Spanish.
    pub reason_es: String,
}

impl Problem {
    /// "“resources[2].phone”: should be text." or the reason alone for the whole file.
    pub fn plain(&self) -> String {
        self.plain_in(Lang::En)
    }

    /// The same in `lang`; the field keeps the file's own (English) name.
    pub fn plain_in(&self, lang: Lang) -> String {
        let (reason, open, close) = match lang {
            Lang::En => (&self.reason, "\u{201c}", "\u{201d}"),
            Lang::Es => (&self.reason_es, "«", "»"),
        };
        if self.field.is_empty() {
            reason.clone()
        } else {
            format!("{open}{}{close}: {reason}", self.field)
        }
    }
}

/// What reading the file gave: the settings to use and what was wrong with it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub config: Config,
    pub problems: Vec<Problem>,
}
