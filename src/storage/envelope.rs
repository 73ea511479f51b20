//! What is written under each key: the data wrapped with its schema version, a revision counter
//! and the time it was saved, so that later versions can migrate it and two tabs can tell whose
//! copy is newer.

use crate::model::lang::Lang;
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
        self.plain_in(Lang::En)
    }

    /// The same in `lang`.
    pub fn plain_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (ReadError::Unreadable(_), Lang::En) => {
                "The saved data for this plan is damaged and cannot be read. It has been left exactly as it was.".into()
            }
            (ReadError::Unreadable(_), Lang::Es) => {
                "Los datos guardados de este plan están dañados y no se pueden leer. Se dejaron exactamente como estaban.".into()
            }
            (ReadError::TooNew { version }, Lang::En) => format!(
                "This plan was saved by a newer version of the app (format {version}), so this version cannot change it. It has been left exactly as it was."
            ),
            (ReadError::TooNew { version }, Lang::Es) => format!(
                "Este plan se guardó con una versión más nueva de la aplicación (formato {version}), así que esta versión no puede cambiarlo. Se dejó exactamente como estaba."
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
/// A copy saved in a newer format is [`ReadError::TooNew`]: this version must not write over it.
pub fn revision_of(raw: &str) -> Result<u64, ReadError> {
    let env: EnvelopeIn =
        serde_json::from_str(raw).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    check_version(env.schema_version)?;
    Ok(env.revision)
}

/// Reads a plan saved by a newer version of the app, as far as this version understands it,
/// to show it read-only; `None` when even that fails. Fields this version does not know are
/// skipped, so the result must never be written back.
pub fn decode_newer(raw: &str) -> Option<(StoredPlan, u32)> {
    let env: EnvelopeIn = serde_json::from_str(raw).ok()?;
    if env.schema_version <= SCHEMA_VERSION {
        return None;
    }
    let plan = serde_json::from_str(env.plan.get()).ok()?;
    Some((
        StoredPlan {
            plan,
            revision: env.revision,
            saved_at: env.saved_at,
        },
        env.schema_version,
    ))
}

pub fn decode(raw: &str) -> Result<StoredPlan, ReadError> {
    let env: EnvelopeIn =
        serde_json::from_str(raw).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    check_version(env.schema_version)?;
    let plan = if env.schema_version == SCHEMA_VERSION {
        // The common case reads the plan straight from the text.
        serde_json::from_str(env.plan.get()).map_err(|e| e.to_string())
    } else {
        serde_json::from_str(env.plan.get())
            .map_err(|e| e.to_string())
            .and_then(|v| migrate(env.schema_version, v))
    }
    .map_err(ReadError::Unreadable)?;
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
    #[serde(default)]
    practice: Option<String>,
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
                practice: p.practice,
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
    let plan = migrate(env.schema_version, env.plan).map_err(ReadError::Unreadable)?;
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

/// One migration: a plan in format `n` (as JSON) becomes a plan in format `n + 1`. Errors are
/// plain reasons; the stored value is never changed by a failed migration.
pub type Migration = fn(serde_json::Value) -> Result<serde_json::Value, String>;

/// The numbered migrations: `MIGRATIONS[n - 1]` turns format `n` into format `n + 1`. Version 1
/// is the first format, and fields added since carry `#[serde(default)]`, so a version-1 plan
/// saved before assessments, needs, goals or services existed reads as it is. When a change
/// cannot be expressed with a default (a renamed or reshaped field), raise
/// [`SCHEMA_VERSION`], add its migration here, and add `tests/fixtures/backup-v{n}.json` saved
/// by the previous version: `every_past_version_has_a_fixture_that_migrates` insists on it.
pub const MIGRATIONS: &[Migration] = &[];

// A new version without its migration (or the reverse) does not compile.
const _: () = assert!(MIGRATIONS.len() + 1 == SCHEMA_VERSION as usize);

/// Brings a plan saved in format `version` up to date, one numbered step at a time.
fn migrate(version: u32, plan: serde_json::Value) -> Result<CarePlan, String> {
    let plan = run_migrations(version, plan, MIGRATIONS)?;
    serde_json::from_value(plan).map_err(|e| e.to_string())
}

/// Applies `steps[version - 1..]` in order. Format 0 never existed.
fn run_migrations(
    version: u32,
    mut plan: serde_json::Value,
    steps: &[Migration],
) -> Result<serde_json::Value, String> {
    let from = (version as usize)
        .checked_sub(1)
        .filter(|&i| i <= steps.len())
        .ok_or_else(|| format!("there is no format {version}"))?;
    for step in &steps[from..] {
        plan = step(plan)?;
    }
    Ok(plan)
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn add(field: &'static str) -> Migration {
        match field {
            "a" => |mut v| {
                v["a"] = json!(1);
                Ok(v)
            },
            _ => |mut v| {
                let a = v["a"].as_i64().ok_or("a is missing")?;
                v["b"] = json!(a + 1);
                Ok(v)
            },
        }
    }

    #[test]
    fn migrations_run_in_order_from_the_stored_version() {
        let steps = [add("a"), add("b")];
        let from_1 = run_migrations(1, json!({}), &steps).unwrap();
        assert_eq!(from_1, json!({"a": 1, "b": 2}), "1 -> 2 -> 3");
        let from_2 = run_migrations(2, json!({"a": 5}), &steps).unwrap();
        assert_eq!(from_2, json!({"a": 5, "b": 6}), "only 2 -> 3");
        let current = run_migrations(3, json!({"a": 5}), &steps).unwrap();
        assert_eq!(current, json!({"a": 5}), "nothing to do");
        assert!(run_migrations(0, json!({}), &steps).is_err());
        assert!(run_migrations(4, json!({}), &steps).is_err());
        assert_eq!(
            run_migrations(2, json!({}), &steps),
            Err("a is missing".into()),
            "a failing step is reported"
        );
    }

    /// Every format this app ever wrote has a backup file saved by that version, and it still
    /// reads and comes out in today's format unchanged when read again.
    #[test]
    fn every_past_version_has_a_fixture_that_migrates() {
        for version in 1..=SCHEMA_VERSION {
            let path = format!(
                "{}/tests/fixtures/backup-v{version}.json",
                env!("CARGO_MANIFEST_DIR")
            );
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("format {version} needs a fixture at {path}: {e}"));
            let plans = crate::storage::backup::read_file(&text)
                .unwrap_or_else(|e| panic!("{path}: {}", e.plain()));
            assert!(!plans.is_empty(), "{path} holds plans");
            for stored in plans {
                let raw = encode(&stored.plan, stored.revision, stored.saved_at).unwrap();
                assert!(raw.contains(&format!("\"schema_version\":{SCHEMA_VERSION}")));
                assert_eq!(decode(&raw), Ok(stored), "{path}");
            }
        }
    }

    #[test]
    fn a_newer_format_is_read_only_as_far_as_it_is_understood() {
        let plan = crate::fhir::sample::sample_plan();
        let raw = encode(&plan, 4, plan.updated_at)
            .unwrap()
            .replace(
                &format!("\"schema_version\":{SCHEMA_VERSION}"),
                "\"schema_version\":7",
            )
            .replacen("\"plan\":{", "\"plan\":{\"something_new\":[1,2],", 1);
        assert_eq!(decode(&raw), Err(ReadError::TooNew { version: 7 }));
        assert_eq!(revision_of(&raw), Err(ReadError::TooNew { version: 7 }));
        let (stored, version) = decode_newer(&raw).unwrap();
        assert_eq!((stored.plan, stored.revision, version), (plan, 4, 7));
        assert!(decode_newer(&raw.replace("\"title\"", "\"titel\"")).is_none());
        let current = encode(
            &crate::model::CarePlan::new(stored.saved_at),
            1,
            stored.saved_at,
        );
        assert!(
            decode_newer(&current.unwrap()).is_none(),
            "only for newer formats"
        );
    }
}

#[cfg(test)]
mod spanish {
    use super::*;
    use crate::model::lang::assert_spanish;

    #[test]
    fn damage_and_newer_versions_are_said_in_spanish_too() {
        for e in [
            ReadError::Unreadable("expected value".into()),
            ReadError::TooNew { version: 7 },
        ] {
            assert_spanish(&e.plain(), &e.plain_in(Lang::Es));
        }
        assert!(ReadError::TooNew { version: 7 }
            .plain_in(Lang::Es)
            .contains("formato 7"));
    }
}
