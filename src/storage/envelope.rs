//! What is written under each key: the data wrapped with its schema version, a revision counter
//! and the time it was saved, so that later versions can migrate it and two tabs can tell whose
//! copy is newer.

use crate::model::{CarePlan, PlanId, PlanStatus, PlanSummary};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A plan as written: in storage under its key, and in backup files.
#[derive(Serialize)]
pub struct EnvelopeOut<'a> {
    pub schema_version: u32,
    pub revision: u64,
    pub saved_at: DateTime<Utc>,
    pub plan: &'a CarePlan,
}

/// The envelope as read, with the plan left unparsed until its version is known.
#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    schema_version: u32,
    revision: u64,
    saved_at: DateTime<Utc>,
    #[serde(borrow)]
    plan: &'a RawValue,
}

/// A plan read from storage, with the revision it was stored at.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredPlan {
    pub plan: CarePlan,
    pub revision: u64,
    pub saved_at: DateTime<Utc>,
}

/// Why stored data could not be used. Every variant leaves the stored value untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON, or not shaped like a saved plan.
    Unreadable(String),
    /// Saved by a newer version of the app than this one.
    TooNew { version: u32 },
}

impl ReadError {
    /// A sentence a person can understand.
    pub fn plain(&self) -> String {
        match self {
            ReadError::Unreadable(_) => {
                "The saved data for this plan is damaged and cannot be read. It has been left exactly as it was.".into()
            }
            ReadError::TooNew { version } => format!(
                "This plan was saved by a newer version of the app (format {version}). Open it with that version; it has been left exactly as it was."
            ),
        }
    }
}

pub fn encode(
    plan: &CarePlan,
    revision: u64,
    saved_at: DateTime<Utc>,
) -> Result<String, serde_json::Error> {
    serde_json::to_string(&EnvelopeOut {
        schema_version: SCHEMA_VERSION,
        revision,
        saved_at,
        plan,
    })
}

/// Reads only the revision, so a save can check for a newer copy without parsing the plan.
pub fn revision_of(raw: &str) -> Result<u64, ReadError> {
    let env: EnvelopeIn =
        serde_json::from_str(raw).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    Ok(env.revision)
}

pub fn decode(raw: &str) -> Result<StoredPlan, ReadError> {
    let env: EnvelopeIn =
        serde_json::from_str(raw).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    check_version(env.schema_version)?;
    let plan = if env.schema_version == SCHEMA_VERSION {
        // The common case reads the plan straight from the text.
        serde_json::from_str(env.plan.get())
    } else {
        serde_json::from_str(env.plan.get()).and_then(|v| migrate(env.schema_version, v))
    }
    .map_err(|e| ReadError::Unreadable(e.to_string()))?;
    Ok(StoredPlan {
        plan,
        revision: env.revision,
        saved_at: env.saved_at,
    })
}

/// Only what the plan list shows; serde skips the rest of the plan (goals, steps, services...)
/// without building it, so listing ten big plans does not build ten big plans.
#[derive(Deserialize)]
struct SummaryIn {
    schema_version: u32,
    plan: PlanHead,
}

/// The first fields of [`CarePlan`], read with the same names and defaults.
#[derive(Deserialize)]
struct PlanHead {
    id: PlanId,
    title: String,
    status: PlanStatus,
    updated_at: DateTime<Utc>,
    #[serde(default)]
    person: PersonHead,
}

#[derive(Default, Deserialize)]
struct PersonHead {
    #[serde(default)]
    name: String,
}

/// The summary of a stored plan, as [`decode`] followed by `summary()` gives it, for the plan
/// list. A plan in the current format is read only as far as the summary needs (the text is
/// still checked to be whole JSON); anything else (an older format to migrate, a newer one,
/// damage) goes through [`decode`], so the errors are the same.
pub fn decode_summary(raw: &str) -> Result<PlanSummary, ReadError> {
    if let Ok(env) = serde_json::from_str::<SummaryIn>(raw) {
        if env.schema_version == SCHEMA_VERSION {
            let p = env.plan;
            return Ok(PlanSummary {
                id: p.id,
                person_name: p.person.name.trim().to_string(),
                title: p.title.trim().to_string(),
                status: p.status,
                updated_at: p.updated_at,
            });
        }
    }
    decode(raw).map(|stored| stored.plan.summary())
}

/// The envelope of a plan inside a backup file, already parsed as JSON.
#[derive(Deserialize)]
struct EnvelopeValue {
    schema_version: u32,
    revision: u64,
    saved_at: DateTime<Utc>,
    plan: serde_json::Value,
}

/// Like [`decode`], for an envelope that is already a JSON value (a plan in a backup file).
/// Errors keep serde's wording inside `Unreadable`; callers show [`ReadError::plain`].
pub fn decode_value(value: serde_json::Value) -> Result<StoredPlan, ReadError> {
    let env: EnvelopeValue =
        serde_json::from_value(value).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    check_version(env.schema_version)?;
    let plan =
        migrate(env.schema_version, env.plan).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    Ok(StoredPlan {
        plan,
        revision: env.revision,
        saved_at: env.saved_at,
    })
}

fn check_version(version: u32) -> Result<(), ReadError> {
    if version > SCHEMA_VERSION {
        return Err(ReadError::TooNew { version });
    }
    Ok(())
}

/// Brings a plan saved in an older schema `version` up to date. The one place migrations go.
/// Version 1 is the first format: fields added since then carry `#[serde(default)]`, so a
/// version-1 plan saved before assessments, needs, goals or services existed reads as it is
/// (the fixture `tests/fixtures/backup-v1.json` checks this).
fn migrate(_version: u32, plan: serde_json::Value) -> Result<CarePlan, serde_json::Error> {
    serde_json::from_value(plan)
}

/// The index: one entry per plan, so a plan can be named even when its own data is damaged.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub version: u32,
    pub plans: Vec<PlanSummary>,
}

impl Index {
    pub fn upsert(&mut self, summary: PlanSummary) {
        match self.plans.iter_mut().find(|s| s.id == summary.id) {
            Some(existing) => *existing = summary,
            None => self.plans.push(summary),
        }
    }
}

pub fn encode_index(index: &Index) -> Result<String, serde_json::Error> {
    serde_json::to_string(index)
}

pub fn decode_index(raw: &str) -> Result<Index, ReadError> {
    let index: Index =
        serde_json::from_str(raw).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    if index.version > SCHEMA_VERSION {
        return Err(ReadError::TooNew {
            version: index.version,
        });
    }
    Ok(index)
}
