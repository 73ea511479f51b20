//! Plans as files: the JSON backup a person saves and imports again, on this device or another.
//!
//! A backup holds one plan or many, each in the same envelope as in storage (schema version,
//! revision, time saved), so an import goes through the same version check and migrations as
//! a load. Reading a file never panics and never half-succeeds: it either yields every plan in
//! it or one plain reason why not.

use super::envelope::{self, EnvelopeOut, ReadError, StoredPlan, SCHEMA_VERSION};
use crate::fhir::{self, FhirImportError, LeftOut};
use crate::model::lang::Lang;
use crate::model::{CarePlan, PlanId};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeSet;

/// Marks a file as ours, whatever it is named.
pub const FORMAT: &str = "careplan-backup";
/// The version of the file wrapper (each plan inside carries its own schema version).
pub const FILE_VERSION: u32 = 1;
/// Files larger than this are refused before they are read.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u32,
    exported_at: DateTime<Utc>,
    plans: Vec<EnvelopeOut<'a>>,
}

/// The backup file for `plans` (one or many).
pub fn to_file(plans: &[StoredPlan], exported_at: DateTime<Utc>) -> Result<String, String> {
    let file = FileOut {
        format: FORMAT,
        version: FILE_VERSION,
        exported_at,
        plans: plans
            .iter()
            .map(|p| EnvelopeOut {
                schema_version: SCHEMA_VERSION,
                revision: p.revision,
                saved_at: p.saved_at,
                plan: &p.plan,
            })
            .collect(),
    };
    serde_json::to_string(&file).map_err(|e| e.to_string())
}

/// A file name that says whose plan it is and when it was saved:
/// `care-plan-maria-lopez-2026-11-22.json`, or `care-plans-2026-11-22.json` for several.
pub fn file_name(plans: &[&CarePlan], date: NaiveDate) -> String {
    match plans {
        [one] => {
            let name = slug(one.person_name());
            if name.is_empty() {
                format!("care-plan-{date}.json")
            } else {
                format!("care-plan-{name}-{date}.json")
            }
        }
        _ => format!("care-plans-{date}.json"),
    }
}

/// The FHIR file's name: `care-plan-maria-lopez-2026-11-22.fhir.json`.
pub fn fhir_file_name(plan: &CarePlan, date: NaiveDate) -> String {
    let name = file_name(&[plan], date);
    format!("{}.fhir.json", name.trim_end_matches(".json"))
}

/// The calendar reminders' file name: `care-plan-maria-lopez-2026-11-22.ics`.
pub fn ics_file_name(plan: &CarePlan, date: NaiveDate) -> String {
    let name = file_name(&[plan], date);
    format!("{}.ics", name.trim_end_matches(".json"))
}

/// Lowercase ASCII letters and digits joined by single dashes, so the name is safe on every
/// system. Accented Latin letters lose their accent ("María" gives "maria"); other letters are
/// dropped.
fn slug(text: &str) -> String {
    let folded: String = text.chars().map(fold_accent).collect();
    let mut out = String::new();
    for word in folded.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    out.chars()
        .take(40)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

/// The plain letter under a common accented Latin letter; any other character as it is.
fn fold_accent(c: char) -> char {
    const PAIRS: [(&str, char); 16] = [
        ("àáâãäåā", 'a'),
        ("ÀÁÂÃÄÅĀ", 'A'),
        ("èéêëē", 'e'),
        ("ÈÉÊËĒ", 'E'),
        ("ìíîïī", 'i'),
        ("ÌÍÎÏĪ", 'I'),
        ("òóôõöøō", 'o'),
        ("ÒÓÔÕÖØŌ", 'O'),
        ("ùúûüū", 'u'),
        ("ÙÚÛÜŪ", 'U'),
        ("ñ", 'n'),
        ("Ñ", 'N'),
        ("ç", 'c'),
        ("Ç", 'C'),
        ("ýÿ", 'y'),
        ("ÝŸ", 'Y'),
    ];
    PAIRS
        .iter()
        .find(|(from, _)| from.contains(c))
        .map(|(_, to)| *to)
        .unwrap_or(c)
}

/// Why a file cannot be imported. Whatever the reason, nothing has been changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    TooBig {
        bytes: u64,
    },
    Empty,
    /// The browser could not read it (moved, deleted, or access refused).
    Unreadable,
    /// Not JSON at all: a document, a picture, a spreadsheet ...
    NotJson,
    /// JSON that stops part-way: the download or copy was cut off.
    Truncated,
    /// JSON, but not a care plan backup.
    NotAPlanFile,
    /// A FHIR file that does not hold a plan this app can read.
    Fhir(FhirImportError),
    /// Made by a newer version of the app.
    TooNew {
        version: u32,
    },
    /// A backup with no plans in it.
    NoPlans,
    /// A plan whose data is not what a care plan holds (wrong types, invalid dates ...).
    BadPlan {
        position: usize,
        name: Option<String>,
    },
    /// The same plan twice in one file.
    DuplicatePlan {
        name: String,
    },
}

impl FileError {
    /// A sentence a person can understand. Callers add the file name and "Nothing was changed."
    pub fn plain(&self) -> String {
        self.plain_in(Lang::En)
    }

    /// The same in `lang`.
    pub fn plain_in(&self, lang: Lang) -> String {
        if lang == Lang::Es {
            return self.plain_es();
        }
        match self {
            FileError::TooBig { bytes } => format!(
                "The file is too large ({} MB). Care plan files are much smaller than {} MB, so this is probably not one.",
                bytes.div_ceil(1024 * 1024),
                MAX_BYTES / (1024 * 1024)
            ),
            FileError::Empty => "The file is empty.".into(),
            FileError::Unreadable => {
                "The file could not be read. It may have been moved or deleted while it was being opened. Try choosing it again.".into()
            }
            FileError::NotJson => {
                "This is not a care plan file. Choose a file saved with \u{201c}Save as a file\u{201d} in this app (it ends in .json).".into()
            }
            FileError::Truncated => {
                "The file is incomplete: it stops part-way, perhaps because a download or copy was cut off. Try saving it again from where it came from.".into()
            }
            FileError::NotAPlanFile => {
                "This file holds data, but not a care plan from this app.".into()
            }
            FileError::Fhir(e) => e.plain_in(lang),
            FileError::TooNew { version } => format!(
                "This file was made by a newer version of the app (format {version}). Update the app, then import it again."
            ),
            FileError::NoPlans => "The file holds no plans.".into(),
            FileError::BadPlan { position, name } => {
                let which = match name {
                    Some(n) => format!("The plan \u{201c}{n}\u{201d}"),
                    None => format!("Plan number {position}"),
                };
                format!(
                    "{which} in this file is damaged: some of its details are not what a care plan holds (for example text where a date should be)."
                )
            }
            FileError::DuplicatePlan { name } => format!(
                "The file holds the plan \u{201c}{name}\u{201d} twice, so it is not clear which one to keep."
            ),
        }
    }

    fn plain_es(&self) -> String {
        match self {
            FileError::TooBig { bytes } => format!(
                "El archivo es demasiado grande ({} MB). Los archivos de planes de cuidado pesan mucho menos de {} MB, así que probablemente no es uno de ellos.",
                bytes.div_ceil(1024 * 1024),
                MAX_BYTES / (1024 * 1024)
            ),
            FileError::Empty => "El archivo está vacío.".into(),
            FileError::Unreadable => {
                "No se pudo leer el archivo. Puede que se haya movido o borrado mientras se abría. Intente elegirlo de nuevo.".into()
            }
            FileError::NotJson => {
                "Este no es un archivo de plan de cuidado. Elija un archivo guardado con «Guardar como archivo» en esta aplicación (termina en .json).".into()
            }
            FileError::Truncated => {
                "El archivo está incompleto: se corta a la mitad, quizás porque una descarga o una copia se interrumpió. Intente guardarlo otra vez desde donde vino.".into()
            }
            FileError::NotAPlanFile => {
                "Este archivo contiene datos, pero no un plan de cuidado de esta aplicación.".into()
            }
            FileError::Fhir(e) => e.plain_in(Lang::Es),
            FileError::TooNew { version } => format!(
                "Este archivo se hizo con una versión más nueva de la aplicación (formato {version}). Actualice la aplicación y vuelva a importarlo."
            ),
            FileError::NoPlans => "El archivo no contiene ningún plan.".into(),
            FileError::BadPlan { position, name } => {
                let which = match name {
                    Some(n) => format!("El plan «{n}»"),
                    None => format!("El plan número {position}"),
                };
                format!(
                    "{which} de este archivo está dañado: algunos de sus datos no son los de un plan de cuidado (por ejemplo, texto donde debería haber una fecha)."
                )
            }
            FileError::DuplicatePlan { name } => format!(
                "El archivo contiene dos veces el plan «{name}», así que no está claro cuál conservar."
            ),
        }
    }
}

/// The plans a file holds, and what of a FHIR Bundle from another system was not brought over.
#[derive(Clone, Debug, PartialEq)]
pub struct FileRead {
    pub plans: Vec<StoredPlan>,
    /// Said in plain words after the import; always empty for a backup file.
    pub left_out: Vec<LeftOut>,
}

/// Reads a backup file: every plan in it, migrated to the current schema, or why not.
/// `text` is the whole file; check its size with [`check_size`] before reading it.
pub fn read_file(text: &str) -> Result<Vec<StoredPlan>, FileError> {
    read_file_reporting(text).map(|read| read.plans)
}

/// [`read_file`], with what a FHIR Bundle held that the plan did not take.
pub fn read_file_reporting(text: &str) -> Result<FileRead, FileError> {
    check_size(text.len() as u64)?;
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Eof => FileError::Truncated,
        _ => FileError::NotJson,
    })?;
    // A FHIR Bundle from this app or another system: one plan, new to this browser's history.
    if fhir::looks_like_fhir(&value) {
        let fhir::Imported { plan, left_out } =
            fhir::read_bundle(&value).map_err(FileError::Fhir)?;
        return Ok(FileRead {
            plans: vec![StoredPlan {
                saved_at: plan.updated_at,
                revision: 0,
                plan,
            }],
            left_out,
        });
    }
    let envelopes = match value {
        Value::Object(mut map) => {
            if map.get("format").and_then(Value::as_str) == Some(FORMAT) {
                let version = map.get("version").and_then(Value::as_u64).unwrap_or(0);
                if version > u64::from(FILE_VERSION) {
                    return Err(FileError::TooNew {
                        version: u32::try_from(version).unwrap_or(u32::MAX),
                    });
                }
                match map.remove("plans") {
                    Some(Value::Array(plans)) => plans,
                    _ => return Err(FileError::NotAPlanFile),
                }
            } else if map.contains_key("schema_version") && map.contains_key("plan") {
                // One plan as stored in the browser (what "Download the saved data" gives).
                vec![Value::Object(map)]
            } else {
                return Err(FileError::NotAPlanFile);
            }
        }
        _ => return Err(FileError::NotAPlanFile),
    };
    if envelopes.is_empty() {
        return Err(FileError::NoPlans);
    }
    let mut plans = Vec::with_capacity(envelopes.len());
    let mut seen = BTreeSet::new();
    for (i, env) in envelopes.into_iter().enumerate() {
        let name = name_in(&env);
        let stored = envelope::decode_value(env).map_err(|e| match e {
            ReadError::TooNew { version } => FileError::TooNew { version },
            ReadError::Unreadable(_) => FileError::BadPlan {
                position: i + 1,
                name: name.clone(),
            },
        })?;
        if !seen.insert(stored.plan.id) {
            return Err(FileError::DuplicatePlan {
                name: stored.plan.summary().full_name(),
            });
        }
        plans.push(stored);
    }
    Ok(FileRead {
        plans,
        left_out: Vec::new(),
    })
}

/// Refuses a file by its size alone, before reading it.
pub fn check_size(bytes: u64) -> Result<(), FileError> {
    if bytes > MAX_BYTES {
        return Err(FileError::TooBig { bytes });
    }
    Ok(())
}

/// The person's name and plan title from a plan's raw data, to name it in a message even when
/// the rest cannot be read.
fn name_in(env: &Value) -> Option<String> {
    let plan = env.get("plan")?;
    let text = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| s.chars().take(80).collect::<String>())
    };
    let person = text(plan.get("person").and_then(|p| p.get("name")));
    let title = text(plan.get("title"));
    match (person, title) {
        (Some(p), Some(t)) => Some(format!("{p}: {t}")),
        (Some(p), None) => Some(p),
        (None, Some(t)) => Some(t),
        (None, None) => None,
    }
}

/// What to do with an imported plan whose id is already in this browser.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Clash {
    /// Import it as a separate plan with a new id; nothing here changes.
    #[default]
    KeepBoth,
    /// Put it in place of the plan here (asked for and confirmed by the person).
    Replace,
}

/// An imported plan ready to be written: `replace` is set when it takes the place of a plan
/// already here (with that plan's stored revision).
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub plan: CarePlan,
    pub replace: bool,
}

/// Decides what to write for each imported plan. `existing` are the ids already stored;
/// `choice` says what to do for each clashing id (keep both unless told otherwise).
/// A plan kept beside its namesake is titled as an imported copy in `lang`.
pub fn resolve(
    plans: Vec<CarePlan>,
    existing: &BTreeSet<PlanId>,
    choice: impl Fn(PlanId) -> Clash,
    lang: Lang,
) -> Vec<Incoming> {
    plans
        .into_iter()
        .map(|mut plan| {
            if !existing.contains(&plan.id) {
                return Incoming {
                    plan,
                    replace: false,
                };
            }
            match choice(plan.id) {
                Clash::Replace => Incoming {
                    plan,
                    replace: true,
                },
                Clash::KeepBoth => {
                    // Item ids inside are scoped to the plan, so links keep working. The title
                    // tells the two apart in the list.
                    plan.id = PlanId::new();
                    plan.title = match lang {
                        Lang::En => format!("{} (imported copy)", plan.display_title_in(lang)),
                        Lang::Es => format!("{} (copia importada)", plan.display_title_in(lang)),
                    };
                    Incoming {
                        plan,
                        replace: false,
                    }
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::goals::Goal;
    use crate::model::Need;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap()
    }

    fn stored(plan: CarePlan) -> StoredPlan {
        StoredPlan {
            plan,
            revision: 3,
            saved_at: now(),
        }
    }

    fn full_plan() -> CarePlan {
        let mut plan = CarePlan::new(now());
        plan.title = "Housing plan".into();
        plan.person.name = "María López".into();
        plan.person.what_matters = "Keeping my kids in school".into();
        let member = plan.add_member();
        if let Some(m) = plan.member_mut(member) {
            m.name = "Ana Ruiz".into();
            m.role = "Case manager".into();
        }
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        plan.start_assessment(date);
        let need = Need::new("A safe place to live".into(), None);
        let need_id = need.id;
        plan.needs.push(need);
        let mut goal = Goal::new(date);
        goal.action = "move into a rented flat".into();
        goal.needs = vec![need_id];
        goal.target_date = NaiveDate::from_ymd_opt(2027, 3, 1);
        let goal_id = plan.add_goal(goal);
        plan.add_step(
            goal_id,
            crate::model::actions::ActionStep::new("Call the housing office"),
        );
        let service = plan.add_service();
        if let Some(s) = plan.service_mut(service) {
            s.organization = "City Housing".into();
            s.goals = vec![goal_id];
        }
        plan
    }

    #[test]
    fn a_full_plan_survives_the_round_trip() {
        let plans = vec![stored(full_plan()), stored(CarePlan::new(now()))];
        let text = to_file(&plans, now()).unwrap();
        let back = read_file(&text).unwrap();
        assert_eq!(back, plans);
    }

    #[test]
    fn a_safety_plan_survives_the_round_trip_as_typed() {
        use crate::model::assessment::safety::CrisisLine;
        use crate::model::safety_plan::Section;
        let mut plan = full_plan();
        plan.safety_plan.start(&CrisisLine::default(), Lang::Es);
        plan.safety_plan
            .set_text(Section::Coping, "Salir a caminar \n\nLlamar a mi hermana");
        let plans = vec![stored(plan)];
        let back = read_file(&to_file(&plans, now()).unwrap()).unwrap();
        assert_eq!(back, plans);
        assert_eq!(
            back[0].plan.safety_plan.text(Section::Coping),
            "Salir a caminar \n\nLlamar a mi hermana"
        );
        assert!(back[0].plan.safety_plan.professionals[0].contains("988"));
    }

    #[test]
    fn the_file_is_marked_and_versioned() {
        let text = to_file(&[stored(full_plan())], now()).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format"], FORMAT);
        assert_eq!(value["version"], FILE_VERSION);
        assert_eq!(value["plans"][0]["schema_version"], SCHEMA_VERSION);
        assert_eq!(value["plans"][0]["plan"]["person"]["name"], "María López");
    }

    #[test]
    fn file_names_say_whose_plan_and_when() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let plan = full_plan();
        assert_eq!(
            file_name(&[&plan], date),
            "care-plan-maria-lopez-2026-11-22.json"
        );
        let mut plain = CarePlan::new(now());
        plain.person.name = "  John  O'Brien ".into();
        assert_eq!(
            file_name(&[&plain], date),
            "care-plan-john-o-brien-2026-11-22.json"
        );
        let mut accents = CarePlan::new(now());
        accents.person.name = "Çelik Núñez Ÿ 李".into();
        assert_eq!(
            file_name(&[&accents], date),
            "care-plan-celik-nunez-y-2026-11-22.json"
        );
        let unnamed = CarePlan::new(now());
        assert_eq!(file_name(&[&unnamed], date), "care-plan-2026-11-22.json");
        assert_eq!(
            file_name(&[&plain, &unnamed], date),
            "care-plans-2026-11-22.json"
        );
    }

    #[test]
    fn the_version_1_fixture_is_read_and_brought_up_to_date() {
        let text = include_str!("../../tests/fixtures/backup-v1.json");
        let plans = read_file(text).unwrap();
        assert_eq!(plans.len(), 2);
        // Saved before assessments, needs, goals and services existed.
        let early = &plans[0].plan;
        assert_eq!(early.person.name, "John");
        assert_eq!(early.care_team.len(), 1);
        assert!(early.assessments.is_empty() && early.goals.is_empty());
        // A later plan with every part filled in.
        let full = &plans[1].plan;
        assert_eq!(full.person.name, "Sandra");
        assert_eq!(full.goals.len(), 1);
        assert_eq!(full.goals[0].steps.len(), 1);
        assert_eq!(full.services.len(), 1);
        assert_eq!(full.needs.len(), 1);
        assert_eq!(full.assessments.len(), 1);
        assert_eq!(plans[1].revision, 7);
    }

    #[test]
    fn the_end_to_end_fixture_is_a_valid_backup() {
        let plans = read_file(include_str!("../../tests/fixtures/plan-maria.json")).unwrap();
        let plan = &plans[0].plan;
        assert_eq!(plan.person.name, "María López");
        assert!(
            plan.safety_flag(),
            "the printout tests expect the crisis line"
        );
        assert_eq!((plan.goals.len(), plan.services.len()), (2, 2));
        assert_eq!(plan.next_steps().len(), 3);
    }

    #[test]
    fn a_fhir_bundle_is_read_as_one_plan() {
        let plan = full_plan();
        let text = serde_json::to_string(&crate::fhir::to_bundle(&plan)).unwrap();
        let back = read_file(&text).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].plan, plan);
        assert_eq!(read_file_reporting(&text).unwrap().left_out, vec![]);
        // A Bundle from elsewhere says what it left out.
        let other = r#"{"resourceType": "Bundle", "type": "searchset", "entry": [
            {"fullUrl": "https://s.example/fhir/CarePlan/1", "resource": {"resourceType": "CarePlan",
                "subject": {"reference": "Patient/1"}}},
            {"fullUrl": "https://s.example/fhir/Patient/1", "resource": {"resourceType": "Patient",
                "name": [{"given": ["Ana"], "family": "Ruiz"}]}},
            {"fullUrl": "https://s.example/fhir/Observation/2", "resource": {"resourceType": "Observation"}}]}"#;
        let read = read_file_reporting(other).unwrap();
        assert_eq!(read.plans[0].plan.person.name, "Ana Ruiz");
        assert_eq!(
            read.left_out,
            vec![crate::fhir::LeftOut::Observations { count: 1 }]
        );
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(
            fhir_file_name(&plan, date),
            "care-plan-maria-lopez-2026-11-22.fhir.json"
        );
        assert_eq!(
            ics_file_name(&plan, date),
            "care-plan-maria-lopez-2026-11-22.ics"
        );
        let patient = "{\"resourceType\": \"Patient\"}";
        assert!(matches!(
            read_file(patient),
            Err(FileError::Fhir(FhirImportError::NotABundle { .. }))
        ));
    }

    #[test]
    fn one_plan_as_stored_in_the_browser_can_be_imported() {
        let plan = full_plan();
        let raw = envelope::encode(&plan, 4, now()).unwrap();
        let back = read_file(&raw).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].plan, plan);
    }

    #[test]
    fn refusals_say_why_in_plain_words() {
        let good = to_file(&[stored(full_plan())], now()).unwrap();
        let cases: Vec<(String, FileError)> = vec![
            ("".into(), FileError::Empty),
            ("   \n".into(), FileError::Empty),
            ("Dear doctor, ...".into(), FileError::NotJson),
            ("%PDF-1.7 binary".into(), FileError::NotJson),
            (good[..good.len() / 2].to_string(), FileError::Truncated),
            ("[1, 2, 3]".into(), FileError::NotAPlanFile),
            (
                "{\"name\": \"shopping list\"}".into(),
                FileError::NotAPlanFile,
            ),
            (
                "{\"resourceType\": \"Bundle\", \"type\": \"collection\"}".into(),
                FileError::Fhir(FhirImportError::NoCarePlan),
            ),
            (
                format!("{{\"format\": \"{FORMAT}\", \"version\": 1, \"plans\": []}}"),
                FileError::NoPlans,
            ),
            (
                format!("{{\"format\": \"{FORMAT}\", \"version\": 1, \"plans\": \"all\"}}"),
                FileError::NotAPlanFile,
            ),
            (
                format!("{{\"format\": \"{FORMAT}\", \"version\": 9, \"plans\": []}}"),
                FileError::TooNew { version: 9 },
            ),
            (
                good.replacen("\"schema_version\":1", "\"schema_version\":5", 1),
                FileError::TooNew { version: 5 },
            ),
        ];
        for (text, expected) in cases {
            let got = read_file(&text);
            assert_eq!(got, Err(expected.clone()), "for {text:?}");
            assert!(!expected.plain().is_empty());
            assert!(!expected.plain().contains("line"), "{}", expected.plain());
            crate::model::lang::assert_spanish(&expected.plain(), &expected.plain_in(Lang::Es));
        }
        for other in [
            FileError::TooBig { bytes: 80_000_000 },
            FileError::Unreadable,
            FileError::BadPlan {
                position: 2,
                name: Some("Rosa: Vivienda".into()),
            },
            FileError::BadPlan {
                position: 2,
                name: None,
            },
            FileError::DuplicatePlan {
                name: "Rosa: Vivienda".into(),
            },
            FileError::Fhir(FhirImportError::NotABundle {
                resource_type: "Patient".into(),
            }),
            FileError::Fhir(FhirImportError::SeveralCarePlans),
            FileError::Fhir(FhirImportError::Invalid {
                what: "a need".into(),
            }),
        ] {
            crate::model::lang::assert_spanish(&other.plain(), &other.plain_in(Lang::Es));
        }
    }

    #[test]
    fn a_plan_with_wrong_types_is_named_in_the_refusal() {
        let good = to_file(&[stored(full_plan())], now()).unwrap();
        let mut value: Value = serde_json::from_str(&good).unwrap();
        value["plans"][0]["plan"]["goals"] = Value::String("lots".into());
        let bad = read_file(&value.to_string()).unwrap_err();
        assert_eq!(
            bad,
            FileError::BadPlan {
                position: 1,
                name: Some("María López: Housing plan".into())
            }
        );
        assert!(bad.plain().contains("María López: Housing plan"));

        let mut value: Value = serde_json::from_str(&good).unwrap();
        value["plans"][0]["plan"]["goals"][0]["target_date"] = Value::String("soon".into());
        assert!(matches!(
            read_file(&value.to_string()),
            Err(FileError::BadPlan { .. })
        ));

        let mut value: Value = serde_json::from_str(&good).unwrap();
        value["plans"][0]["plan"] = Value::Null;
        assert_eq!(
            read_file(&value.to_string()),
            Err(FileError::BadPlan {
                position: 1,
                name: None
            })
        );
    }

    #[test]
    fn gas_weights_in_a_file_are_kept_from_1_to_100_and_read_as_the_nearest_outside() {
        let good = to_file(&[stored(full_plan())], now()).unwrap();
        let with_weight = |w: Value| {
            let mut value: Value = serde_json::from_str(&good).unwrap();
            value["plans"][0]["plan"]["goals"][0]["gas"]["weight"] = w;
            read_file(&value.to_string()).map(|plans| plans[0].plan.goals[0].gas.weight)
        };
        for w in [1, 6, 10, 42, 100] {
            assert_eq!(with_weight(w.into()), Ok(w), "{w} is kept as it is");
        }
        assert_eq!(with_weight(0.into()), Ok(1));
        assert_eq!(with_weight(300.into()), Ok(100));
        assert_eq!(with_weight((-2).into()), Ok(1));
        assert!(matches!(
            with_weight(Value::from(2.5)),
            Err(FileError::BadPlan { .. })
        ));
        assert!(matches!(
            with_weight("six".into()),
            Err(FileError::BadPlan { .. })
        ));
    }

    #[test]
    fn the_same_plan_twice_is_refused() {
        let plan = stored(full_plan());
        let text = to_file(&[plan.clone(), plan], now()).unwrap();
        assert!(matches!(
            read_file(&text),
            Err(FileError::DuplicatePlan { .. })
        ));
    }

    #[test]
    fn huge_files_are_refused_by_size() {
        assert_eq!(check_size(MAX_BYTES), Ok(()));
        assert_eq!(
            check_size(MAX_BYTES + 1),
            Err(FileError::TooBig {
                bytes: MAX_BYTES + 1
            })
        );
        let huge = " ".repeat(MAX_BYTES as usize + 1);
        assert!(matches!(read_file(&huge), Err(FileError::TooBig { .. })));
        assert!(FileError::TooBig { bytes: 12_000_000 }
            .plain()
            .contains("12 MB"));
    }

    #[test]
    fn deep_nesting_and_junk_never_panic() {
        let deep = "[".repeat(100_000);
        assert!(read_file(&deep).is_err());
        let good = to_file(&[stored(full_plan())], now()).unwrap();
        // Every prefix and a byte-flipped copy at many places: an error or the plans, no panic.
        for cut in (0..good.len()).step_by(7) {
            if good.is_char_boundary(cut) {
                let _ = read_file(&good[..cut]);
            }
        }
        let bytes = good.as_bytes();
        for at in (0..bytes.len()).step_by(5) {
            let mut mutated = bytes.to_vec();
            mutated[at] = b"{}[]\",:0a-"[at % 10];
            if let Ok(text) = String::from_utf8(mutated) {
                let _ = read_file(&text);
            }
        }
    }

    #[test]
    fn clashing_plans_keep_both_unless_replace_is_chosen() {
        let a = full_plan();
        let b = CarePlan::new(now());
        let b_again = b.clone();
        let fresh = CarePlan::new(now());
        let existing: BTreeSet<PlanId> = [a.id, b.id].into_iter().collect();
        let (a_id, b_id, fresh_id) = (a.id, b.id, fresh.id);
        let out = resolve(
            vec![a.clone(), b, fresh],
            &existing,
            |id| {
                if id == a_id {
                    Clash::Replace
                } else {
                    Clash::KeepBoth
                }
            },
            Lang::En,
        );
        assert_eq!(out[0].plan.id, a_id);
        assert!(out[0].replace);
        assert_ne!(out[1].plan.id, b_id, "keep both gives the import a new id");
        assert!(!out[1].replace);
        assert_eq!(out[1].plan.title, "Untitled plan (imported copy)");
        let kept = resolve(vec![b_again], &existing, |_| Clash::KeepBoth, Lang::Es);
        assert_eq!(kept[0].plan.title, "Plan sin título (copia importada)");
        assert_eq!(
            out[0].plan.title, a.title,
            "a replacement is taken as it is"
        );
        assert_eq!(out[2].plan.id, fresh_id, "a new plan keeps its id");
        assert!(!out[2].replace);
        // Links inside a kept copy still hold.
        let mut copy = resolve(vec![a.clone()], &existing, |_| Clash::KeepBoth, Lang::En);
        let copy = copy.remove(0).plan;
        assert_eq!(copy.goals[0].needs, a.goals[0].needs);
        assert_eq!(copy.services[0].goals, vec![copy.goals[0].id]);
    }
}
