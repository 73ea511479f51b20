//! What My plans does to the stored plans: start, rename, duplicate, practice copies, import a
//! file, and choose what a backup file holds. Pure: each takes the repository and the time, so
//! it is tested natively; [`super::AppState`] runs them on the browser's storage and reads the
//! list again. Each returns what happened, for the page to put into words.

use crate::fhir::LeftOut;
use crate::files::outcome::NotSaved;
use crate::model::lang::Lang;
use crate::model::teaching::Case;
use crate::model::{CarePlan, PlanId, PlanSummary};
use crate::storage::backup::{self, Clash, FileRead};
use crate::storage::envelope::{ReadError, StoredPlan};
use crate::storage::repo::{plan_key, PLAN_PREFIX, RECOVERY_PREFIX};
use crate::storage::{KeyValueStore, LoadError, Repo, SaveError, UnreadablePlan};
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::{BTreeMap, BTreeSet};

/// Why an action on the list did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum ListError {
    /// The plan could not be read (or deleted).
    Load(LoadError),
    /// The plan could not be written.
    Save(SaveError),
    /// There is no practice case with that id.
    NoCase,
}

impl From<LoadError> for ListError {
    fn from(e: LoadError) -> Self {
        ListError::Load(e)
    }
}

impl From<SaveError> for ListError {
    fn from(e: SaveError) -> Self {
        ListError::Save(e)
    }
}

/// Stores a new, empty plan and returns its id.
pub fn create<S: KeyValueStore>(repo: &Repo<S>, now: DateTime<Utc>) -> Result<PlanId, SaveError> {
    let plan = CarePlan::new(now);
    repo.save(&plan, 0, now)?;
    Ok(plan.id)
}

/// Gives the stored plan `id` a new title (trimmed).
pub fn rename<S: KeyValueStore>(
    repo: &Repo<S>,
    id: PlanId,
    title: &str,
    now: DateTime<Utc>,
) -> Result<(), ListError> {
    let stored = repo.load(id)?;
    let mut plan = stored.plan;
    plan.title = title.trim().to_string();
    plan.updated_at = now;
    repo.save(&plan, stored.revision, now)?;
    Ok(())
}

/// Stores a copy of plan `id`, titled as a copy in `lang`, and returns what the list shows of
/// it.
pub fn duplicate<S: KeyValueStore>(
    repo: &Repo<S>,
    id: PlanId,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<PlanSummary, ListError> {
    let stored = repo.load(id)?;
    let copy = stored.plan.duplicate(now, lang);
    repo.save(&copy, 0, now)?;
    Ok(copy.summary())
}

/// Stores a practice copy of case `case_id`, its title and the person's words in `lang`, dated
/// `today` and started `now`. Returns its id.
pub fn start_practice<S: KeyValueStore>(
    repo: &Repo<S>,
    case_id: &str,
    today: NaiveDate,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<PlanId, ListError> {
    let case = Case::find(case_id).ok_or(ListError::NoCase)?;
    let mut plan = case.start_plan_in(today, lang);
    // Dated by the day; started (and so last edited) now.
    plan.created_at = now;
    plan.updated_at = now;
    repo.save(&plan, 0, now)?;
    Ok(plan.id)
}

/// Deletes the practice copy `copy` and starts case `case_id` afresh. Returns the case's
/// name.
pub fn reset_practice<S: KeyValueStore>(
    repo: &Repo<S>,
    copy: PlanId,
    case_id: &str,
    today: NaiveDate,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<&'static str, ListError> {
    let case = Case::find(case_id).ok_or(ListError::NoCase)?;
    repo.delete(copy)?;
    start_practice(repo, case.id, today, lang, now)?;
    Ok(case.name)
}

/// A file read for import, with what to do about each plan in it that is already here.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReview {
    pub file_name: String,
    pub plans: Vec<StoredPlan>,
    /// Ids in the file that are already stored here.
    pub existing: BTreeSet<PlanId>,
    choices: BTreeMap<PlanId, Clash>,
    /// What a FHIR Bundle from another system held that the plan did not take.
    pub left_out: Vec<LeftOut>,
}

impl ImportReview {
    /// The file `file_name` as read, noting which of its plans are already in `repo`.
    pub fn new<S: KeyValueStore>(repo: &Repo<S>, file_name: String, read: FileRead) -> Self {
        let FileRead { plans, left_out } = read;
        let existing = plans
            .iter()
            .map(|p| p.plan.id)
            .filter(|id| matches!(repo.raw(&plan_key(*id)), Ok(Some(_))))
            .collect();
        Self {
            file_name,
            plans,
            existing,
            choices: BTreeMap::new(),
            left_out,
        }
    }

    /// Whether the person must choose anything before the import.
    pub fn needs_review(&self) -> bool {
        !self.existing.is_empty()
    }

    /// What to do with plan `id` (keep both unless told otherwise).
    pub fn choice(&self, id: PlanId) -> Clash {
        self.choices.get(&id).copied().unwrap_or_default()
    }

    pub fn choose(&mut self, id: PlanId, choice: Clash) {
        self.choices.insert(id, choice);
    }

    /// The plans in the file that are already here.
    pub fn clashing(&self) -> Vec<StoredPlan> {
        self.plans
            .iter()
            .filter(|p| self.existing.contains(&p.plan.id))
            .cloned()
            .collect()
    }

    /// The names, in `lang`, of the plans here that the import would replace.
    pub fn replacing(&self, lang: Lang) -> Vec<String> {
        self.plans
            .iter()
            .filter(|p| {
                self.existing.contains(&p.plan.id) && self.choice(p.plan.id) == Clash::Replace
            })
            .map(|p| p.plan.summary().full_name_in(lang))
            .collect()
    }
}

/// What an import wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub file_name: String,
    /// The plans written, as the list shows them.
    pub plans: Vec<PlanSummary>,
    /// What a FHIR Bundle held that the plan did not take.
    pub left_out: Vec<LeftOut>,
}

/// Why an import wrote nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct NotImported {
    pub file_name: String,
    pub error: SaveError,
}

/// Writes the plans under review, all or none, as the person chose. A plan kept beside its
/// namesake is titled as an imported copy in `lang`.
pub fn import<S: KeyValueStore>(
    repo: &Repo<S>,
    review: ImportReview,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Imported, NotImported> {
    let ImportReview {
        file_name,
        plans,
        existing,
        choices,
        left_out,
    } = review;
    let plans: Vec<_> = plans.into_iter().map(|p| p.plan).collect();
    let incoming = backup::resolve(
        plans,
        &existing,
        |id| choices.get(&id).copied().unwrap_or_default(),
        lang,
    );
    match repo.import(&incoming, now) {
        Ok(()) => Ok(Imported {
            file_name,
            plans: incoming.iter().map(|i| i.plan.summary()).collect(),
            left_out,
        }),
        Err(error) => Err(NotImported { file_name, error }),
    }
}

/// The name of the file that holds the raw data stored under `key`:
/// `damaged-plan-<id>.json`.
pub fn raw_file_name(key: &str) -> String {
    let id = key
        .trim_start_matches(RECOVERY_PREFIX)
        .trim_start_matches(PLAN_PREFIX)
        .replace(':', "-");
    format!("damaged-plan-{id}.json")
}

/// What a backup file of the listed plans holds, and which it leaves out.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub plans: Vec<StoredPlan>,
    /// Plans whose data is damaged, by what the list remembers of them when it does.
    pub left_out: Vec<Option<PlanSummary>>,
}

/// Reads plans `ids` for a backup file. Damaged data already set aside (`set_aside`, as the
/// list shows it) cannot be in it, and a plan found damaged now is left out the same way, so
/// one damaged plan never stops the backup of the others. Nothing is saved when none can be
/// read, or when storage itself refuses.
pub fn backup_of<S: KeyValueStore>(
    repo: &Repo<S>,
    ids: &[PlanId],
    set_aside: &[UnreadablePlan],
) -> Result<Backup, NotSaved> {
    let mut left_out: Vec<Option<PlanSummary>> = set_aside
        .iter()
        .filter(|u| matches!(u.error, ReadError::Unreadable(_)))
        .map(|u| u.last_known.clone())
        .collect();
    let mut plans = Vec::with_capacity(ids.len());
    let mut damaged = None;
    for id in ids {
        match repo.load(*id) {
            Ok(stored) => plans.push(stored),
            Err(e @ (LoadError::SetAside | LoadError::Read(ReadError::Unreadable(_)))) => {
                left_out.push(repo.last_known(*id));
                damaged.get_or_insert(e);
            }
            Err(e) => return Err(NotSaved::Unreadable(e)),
        }
    }
    if plans.is_empty() {
        return Err(damaged.map_or(NotSaved::NoPlans, NotSaved::Unreadable));
    }
    Ok(Backup { plans, left_out })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::without_isolates;
    use crate::storage::MemoryStore;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap()
    }

    fn later() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn today() -> NaiveDate {
        now().date_naive()
    }

    fn stored(repo: &Repo<MemoryStore>, name: &str, title: &str) -> CarePlan {
        let mut plan = CarePlan::new(now());
        plan.person.name = name.into();
        plan.title = title.into();
        repo.save(&plan, 0, now()).unwrap();
        plan
    }

    #[test]
    fn raw_data_is_saved_under_the_plans_id() {
        let id = CarePlan::new(now()).id;
        assert_eq!(
            raw_file_name(&format!("{RECOVERY_PREFIX}{id}")),
            format!("damaged-plan-{id}.json")
        );
        assert_eq!(
            raw_file_name(&plan_key(id)),
            format!("damaged-plan-{id}.json")
        );
    }

    #[test]
    fn a_new_plan_is_stored_empty() {
        let repo = Repo::new(MemoryStore::new());
        let id = create(&repo, now()).unwrap();
        let plan = repo.load(id).unwrap().plan;
        assert!(plan.is_untouched());
        assert_eq!(plan.created_at, now());
    }

    #[test]
    fn rename_trims_the_title_and_keeps_everything_else() {
        let repo = Repo::new(MemoryStore::new());
        let plan = stored(&repo, "Maria", "Housing");
        rename(&repo, plan.id, "  Safe housing ", later()).unwrap();
        let after = repo.load(plan.id).unwrap();
        assert_eq!(after.plan.title, "Safe housing");
        assert_eq!(after.plan.updated_at, later());
        assert_eq!(after.plan.person_name(), "Maria");
        assert_eq!(after.revision, 2);
    }

    #[test]
    fn rename_or_duplicate_of_a_plan_not_here_says_so() {
        let repo = Repo::new(MemoryStore::new());
        let gone = CarePlan::new(now()).id;
        assert_eq!(
            rename(&repo, gone, "x", now()),
            Err(ListError::Load(LoadError::NotFound))
        );
        assert_eq!(
            duplicate(&repo, gone, Lang::En, now()),
            Err(ListError::Load(LoadError::NotFound))
        );
    }

    #[test]
    fn duplicate_stores_a_titled_copy_and_names_it() {
        let repo = Repo::new(MemoryStore::new());
        let plan = stored(&repo, "Maria", "Safe housing");
        let copy = duplicate(&repo, plan.id, Lang::En, later()).unwrap();
        assert_ne!(copy.id, plan.id);
        assert_eq!(
            without_isolates(&copy.full_name_in(Lang::En)),
            "Maria: Copy of Safe housing"
        );
        assert_eq!(repo.load(copy.id).unwrap().plan.summary(), copy);
        assert_eq!(repo.list().unwrap().plans.len(), 2);
    }

    #[test]
    fn practice_starts_from_the_case_and_starts_again_from_scratch() {
        let repo = Repo::new(MemoryStore::new());
        let case = Case::all().into_iter().next().unwrap();
        let id = start_practice(&repo, case.id, today(), Lang::En, now()).unwrap();
        let mut copy = repo.load(id).unwrap().plan;
        assert_eq!(Case::of(&copy).map(|c| c.id), Some(case.id));
        assert_eq!(copy.updated_at, now());
        copy.title = "My own title".into();
        repo.save(&copy, 1, now()).unwrap();

        let name = reset_practice(&repo, id, case.id, today(), Lang::En, later()).unwrap();
        assert_eq!(name, case.name);
        assert_eq!(repo.load(id), Err(LoadError::NotFound));
        let listing = repo.list().unwrap();
        assert_eq!(listing.practice.len(), 1);
        assert_ne!(listing.practice[0].title, "My own title");
        assert_eq!(listing.practice[0].updated_at, later());
    }

    #[test]
    fn an_unknown_case_changes_nothing() {
        let repo = Repo::new(MemoryStore::new());
        let case = Case::all().into_iter().next().unwrap();
        let id = start_practice(&repo, case.id, today(), Lang::En, now()).unwrap();
        assert_eq!(
            start_practice(&repo, "nobody", today(), Lang::En, now()),
            Err(ListError::NoCase)
        );
        assert_eq!(
            reset_practice(&repo, id, "nobody", today(), Lang::En, now()),
            Err(ListError::NoCase)
        );
        assert!(repo.load(id).is_ok(), "the copy is still there");
    }

    fn file_of(plans: &[&CarePlan]) -> FileRead {
        FileRead {
            plans: plans
                .iter()
                .map(|p| StoredPlan {
                    plan: (*p).clone(),
                    revision: 3,
                    saved_at: now(),
                })
                .collect(),
            left_out: Vec::new(),
        }
    }

    #[test]
    fn an_import_notes_the_plans_already_here_and_keeps_both_unless_told() {
        let repo = Repo::new(MemoryStore::new());
        let here = stored(&repo, "Ana", "Housing");
        let mut changed = here.clone();
        changed.title = "Housing (from the file)".into();
        let new = CarePlan::new(now());
        let review = ImportReview::new(&repo, "plans.json".into(), file_of(&[&changed, &new]));
        assert!(review.needs_review());
        assert_eq!(review.existing, BTreeSet::from([here.id]));
        assert_eq!(review.choice(here.id), Clash::KeepBoth);
        assert!(review.replacing(Lang::En).is_empty());

        let imported = import(&repo, review, Lang::En, later()).unwrap();
        assert_eq!(imported.file_name, "plans.json");
        assert_eq!(imported.plans.len(), 2);
        assert_eq!(repo.load(here.id).unwrap().plan.title, "Housing");
        assert_eq!(repo.list().unwrap().plans.len(), 3);
    }

    #[test]
    fn an_import_replaces_only_what_the_person_chose() {
        let repo = Repo::new(MemoryStore::new());
        let here = stored(&repo, "Ana", "Housing");
        let mut changed = here.clone();
        changed.title = "Housing (from the file)".into();
        let mut review = ImportReview::new(&repo, "ana.json".into(), file_of(&[&changed]));
        review.choose(here.id, Clash::Replace);
        let replacing: Vec<_> = review
            .replacing(Lang::En)
            .iter()
            .map(|n| without_isolates(n))
            .collect();
        assert_eq!(replacing, vec!["Ana: Housing (from the file)"]);
        assert_eq!(review.clashing().len(), 1);
        import(&repo, review, Lang::En, later()).unwrap();
        assert_eq!(
            repo.load(here.id).unwrap().plan.title,
            "Housing (from the file)"
        );
        assert_eq!(repo.list().unwrap().plans.len(), 1);
    }

    #[test]
    fn a_file_of_new_plans_needs_no_review() {
        let repo = Repo::new(MemoryStore::new());
        let review = ImportReview::new(&repo, "new.json".into(), file_of(&[&CarePlan::new(now())]));
        assert!(!review.needs_review());
    }

    #[test]
    fn a_backup_leaves_out_damaged_plans_and_names_them() {
        let repo = Repo::new(MemoryStore::new());
        let ana = stored(&repo, "Ana", "Housing");
        let broken = stored(&repo, "Broken", "Money");
        repo.store().set(&plan_key(broken.id), "{oops").unwrap();
        let set_aside = UnreadablePlan {
            key: "careplan:recovery:old".into(),
            last_known: Some(stored(&repo, "Old", "Work").summary()),
            error: ReadError::Unreadable("bad".into()),
        };
        let newer = UnreadablePlan {
            key: plan_key(CarePlan::new(now()).id),
            last_known: None,
            error: ReadError::TooNew { version: 99 },
        };
        let backup = backup_of(&repo, &[ana.id, broken.id], &[set_aside, newer]).unwrap();
        assert_eq!(backup.plans.len(), 1);
        assert_eq!(backup.plans[0].plan, ana);
        let names: Vec<_> = backup
            .left_out
            .iter()
            .map(|s| {
                s.as_ref()
                    .map(|s| without_isolates(&s.full_name_in(Lang::En)))
            })
            .collect();
        assert_eq!(
            names,
            vec![
                Some("Old: Work".to_string()),
                Some("Broken: Money".to_string())
            ]
        );
    }

    #[test]
    fn a_backup_of_nothing_readable_says_why() {
        let repo = Repo::new(MemoryStore::new());
        assert_eq!(backup_of(&repo, &[], &[]), Err(NotSaved::NoPlans));
        let broken = stored(&repo, "Broken", "Money");
        repo.store().set(&plan_key(broken.id), "{oops").unwrap();
        assert!(matches!(
            backup_of(&repo, &[broken.id], &[]),
            Err(NotSaved::Unreadable(LoadError::Read(
                ReadError::Unreadable(_)
            )))
        ));
        let gone = CarePlan::new(now()).id;
        assert_eq!(
            backup_of(&repo, &[gone], &[]),
            Err(NotSaved::Unreadable(LoadError::NotFound))
        );
    }
}
