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
use crate::model::choice::Choice;
use crate::model::goals::library::OwnedTemplate;

/// The file the app looks for, next to `index.html`.
pub const FILE_NAME: &str = "config.json";

/// Larger than this and the file is not read at all (a config is a few kilobytes; a resource
/// directory of a thousand entries stays well under this).
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// The questionnaires the assessment can show, by the code used in the config.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Instrument {
    Phq9,
    Gad7,
    Ahc,
    Hvs,
    Katz,
    AuditC,
    DrugScreen,
}

impl Choice for Instrument {
    const ALL: &'static [Instrument] = &[
        Instrument::Phq9,
        Instrument::Gad7,
        Instrument::Ahc,
        Instrument::Hvs,
        Instrument::Katz,
        Instrument::AuditC,
        Instrument::DrugScreen,
    ];

    fn code(self) -> &'static str {
        match self {
            Instrument::Phq9 => "phq9",
            Instrument::Gad7 => "gad7",
            Instrument::Ahc => "ahc",
            Instrument::Hvs => "hvs",
            Instrument::Katz => "katz",
            Instrument::AuditC => "audit-c",
            Instrument::DrugScreen => "drug-screen",
        }
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

/// One thing in the file that could not be used: where, and why. The words are the
/// interface's (`components::config_text`, `locales/*/config.json`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the file: `resources[2].phone`, or empty for the whole file.
    pub field: String,
    pub reason: Reason,
}

/// Why a field (or the whole file) could not be used, and what the app does instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The server answered with this HTTP status instead of the file.
    NotLoaded { status: u16 },
    /// Larger than `mb` MB: not read.
    TooLarge { mb: usize },
    /// Not JSON; where the parser stopped.
    NotJson { line: usize, column: usize },
    /// JSON, but not one object.
    NotObject,
    /// `default_language` names a language the app does not have; `known` lists those it has.
    UnknownLanguage { code: String, known: String },
    /// `crisis_line.lines` holds no text: the 988 line is shown.
    NoCrisisLines,
    /// A goal template's `domain` is not a part of life the app knows.
    TemplateDomain,
    /// A goal template lacks a title, or both an action and an outcome.
    TemplateIncomplete,
    /// A goal template's `direction` is not increase, decrease or maintain.
    TemplateDirection,
    /// A resource without a name.
    ResourceNoName,
    /// A resource's category is not one of `known`: "other" is used.
    ResourceCategory { known: String },
    /// Not text (a number, a list, ...).
    NotText,
    /// Text longer than `max` characters: cut there.
    TooLong { max: usize },
    /// Not a group of settings `{ }`.
    NotGroup,
    /// A list of more than `max` entries: the first `max` are used.
    TooManyItems { max: usize },
    /// Not a list `[ ]`.
    NotList,
    /// `instruments` names a questionnaire the app does not have; `known` lists those it has.
    UnknownInstrument { code: String, known: String },
    /// `domains` names a part of life the app does not know.
    UnknownDomain { code: String },
    /// A key the app does not know (misspelt?).
    UnknownKey,
    /// The logo is not a file name next to index.html (a web address, a path going up ...).
    LogoNotFile,
    /// The logo is not a picture file.
    LogoNotPicture,
    /// A website that is not an `https://` address.
    NotHttps,
}

/// What reading the file gave: the settings to use and what was wrong with it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub config: Config,
    pub problems: Vec<Problem>,
}
