//! A plan as a FHIR R4 Bundle (type "collection"), and back.
//!
//! Each part of the plan goes where FHIR has a place for it: the person is a `Patient`, the
//! plan a `CarePlan`, needs are `Condition`s (category health-concern), goals are `Goal`s, the
//! care team a `CareTeam` of `Practitioner`s and `RelatedPerson`s, services are
//! `ServiceRequest`s, action steps are `CarePlan.activity.detail`, contact notes are
//! `Communication`s (`communication`), and scored questionnaires are
//! `Observation`s (LOINC codes from the reference) with a `QuestionnaireResponse` for the PHQ-9,
//! one for the GAD-7, and the AUDIT-C (`substance`: the alcohol and drug screens);
//! the person's safety plan is a `QuestionnaireResponse` of its own (`safety_plan`); consents to share are
//! `Consent`s (see `consent`).
//! Entries are linked by `urn:uuid:` full URLs made from the plan's own ids, so the same plan
//! always gives the same Bundle.
//!
//! What FHIR has no element for (the parts a SMART goal is composed from, "what matters most",
//! the assessment notes) travels in extensions under [`EXT`], so export, import and export again
//! give the same Bundle. Pure Rust over `serde_json::Value`; tested natively.

mod communication;
mod consent;
mod export;
mod gad7;
mod import;
mod json;
mod left_out;
mod refs;
mod safety_plan;
pub mod sample;
mod substance;
#[cfg(test)]
mod tests;

pub use export::to_bundle;
pub use import::{from_bundle, read_bundle, Imported};
pub use left_out::{LeftOut, Missing};

use crate::model::lang::Lang;
use serde_json::Value;

/// Base of this app's extension URLs.
pub const EXT: &str = "https://careplan.example/fhir/StructureDefinition/";
/// Base of this app's code systems (service kinds, barriers, need domains).
pub const CODES: &str = "https://careplan.example/fhir/CodeSystem/";
pub const LOINC: &str = "http://loinc.org";

/// Whether a JSON value is a FHIR resource at all (rather than a backup from this app).
pub fn looks_like_fhir(value: &Value) -> bool {
    value.get("resourceType").and_then(Value::as_str).is_some()
}

/// Why a FHIR file could not be read as a plan. Nothing is changed whatever the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FhirImportError {
    /// A FHIR resource, but not a Bundle.
    NotABundle { resource_type: String },
    /// A Bundle without a CarePlan in it.
    NoCarePlan,
    /// More than one CarePlan: it is not clear which one to take.
    SeveralCarePlans,
    /// An element holds something other than what FHIR allows there.
    Invalid { what: String },
}

impl FhirImportError {
    /// A sentence a person can understand.
    pub fn plain(&self) -> String {
        self.plain_in(Lang::En)
    }

    /// The same in `lang`. What is damaged is named in English only (FHIR's own words).
    pub fn plain_in(&self, lang: Lang) -> String {
        if lang == Lang::Es {
            return match self {
                FhirImportError::NotABundle { resource_type } => format!(
                    "Este archivo FHIR contiene un solo recurso {resource_type}, no un Bundle con un plan de cuidado."
                ),
                FhirImportError::NoCarePlan => {
                    "Este archivo FHIR es un Bundle, pero no contiene ningún CarePlan (plan de cuidado).".into()
                }
                FhirImportError::SeveralCarePlans => {
                    "Este archivo FHIR contiene más de un CarePlan (plan de cuidado). Exporte un plan por archivo e impórtelos de uno en uno.".into()
                }
                FhirImportError::Invalid { .. } => {
                    "Este archivo FHIR está dañado: una de sus partes no se puede leer.".into()
                }
            };
        }
        match self {
            FhirImportError::NotABundle { resource_type } => format!(
                "This FHIR file holds a single {resource_type}, not a Bundle with a care plan in it."
            ),
            FhirImportError::NoCarePlan => {
                "This FHIR file is a Bundle, but it holds no CarePlan.".into()
            }
            FhirImportError::SeveralCarePlans => {
                "This FHIR file holds more than one CarePlan. Export one plan per file and import them one at a time.".into()
            }
            FhirImportError::Invalid { what } => {
                format!("This FHIR file is damaged: {what}.")
            }
        }
    }
}
