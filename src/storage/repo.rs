//! Plans in a key-value store: one key per plan plus an index.
//!
//! Rules that keep data safe:
//! - a key is never written unless its current value was read successfully first (or is absent);
//! - a value that cannot be read is left exactly as it is;
//! - a save is refused when the stored copy has a newer revision than the one being edited.

use super::backup::Incoming;
use super::envelope::{self, Index, ReadError, StoredPlan, SCHEMA_VERSION};
use super::kv::{KeyValueStore, StoreError};
use crate::model::lang::Lang;
use crate::model::{sort_newest_first, CarePlan, PlanId, PlanSummary};
use chrono::{DateTime, Utc};

pub const PLAN_PREFIX: &str = "careplan:plan:";
pub const INDEX_KEY: &str = "careplan:index";
/// Where a plan that cannot be read is moved, unchanged, so its own key is free again.
pub const RECOVERY_PREFIX: &str = "careplan:recovery:";

pub fn plan_key(id: PlanId) -> String {
    format!("{PLAN_PREFIX}{id}")
}

/// A stored plan that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct UnreadablePlan {
    /// Where the data is: a recovery key once it has been moved aside, else its own key.
    pub key: String,
    /// What the index remembers about it, when it does.
    pub last_known: Option<PlanSummary>,
    pub error: ReadError,
}

impl UnreadablePlan {
    /// Whether the data has been moved to a recovery key.
    pub fn set_aside(&self) -> bool {
        self.key.starts_with(RECOVERY_PREFIX)
    }

    /// What happened, in plain words.
    pub fn plain(&self) -> String {
        self.plain_in(Lang::En)
    }

    /// The same in `lang`.
    pub fn plain_in(&self, lang: Lang) -> String {
        match (&self.error, self.set_aside(), lang) {
            (ReadError::Unreadable(_), true, Lang::En) => "The saved data for this plan is damaged and cannot be read. It has been moved aside, unchanged, so everything else keeps working.".into(),
            (ReadError::Unreadable(_), true, Lang::Es) => "Los datos guardados de este plan están dañados y no se pueden leer. Se apartaron, sin cambios, para que todo lo demás siga funcionando.".into(),
            (error, _, _) => error.plain_in(lang),
        }
    }
}

/// A plan saved by a newer version of the app: it can be read here, never changed.
#[derive(Clone, Debug, PartialEq)]
pub struct NewerPlan {
    pub summary: PlanSummary,
    /// The format it was saved in.
    pub version: u32,
}

/// A plan as opened for the steps.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenedPlan {
    pub stored: StoredPlan,
    /// Set when the plan was saved by a newer version: show it, never save it.
    pub newer_format: Option<u32>,
}

/// Everything the plan list needs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    /// Readable plans, newest edit first (practice copies are in `practice`).
    pub plans: Vec<PlanSummary>,
    /// Practice copies of the teaching cases, kept apart from real plans.
    pub practice: Vec<PlanSummary>,
    /// Plans from a newer version of the app, shown read-only, newest edit first.
    pub newer: Vec<NewerPlan>,
    pub unreadable: Vec<UnreadablePlan>,
    /// Set when the index itself could not be read (plans are still found by their keys).
    pub index_problem: Option<IndexProblem>,
}

/// Why the list of plans (the index) could not be read. Plans are still found by their keys.
#[derive(Clone, Debug, PartialEq)]
pub enum IndexProblem {
    Read(ReadError),
    Store(StoreError),
}

impl IndexProblem {
    /// A sentence a person can understand, in `lang`.
    pub fn plain_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (IndexProblem::Read(ReadError::Unreadable(_)), Lang::En) => "The list of plans is damaged; plans are still found one by one, and it has been left as it was.".into(),
            (IndexProblem::Read(ReadError::Unreadable(_)), Lang::Es) => "La lista de planes está dañada; los planes se siguen encontrando uno por uno, y la lista se dejó como estaba.".into(),
            (IndexProblem::Read(e), _) => e.plain_in(lang),
            (IndexProblem::Store(e), _) => e.plain_in(lang),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    Store(StoreError),
    /// Another tab (or window) saved a newer copy since this one was opened.
    Conflict {
        stored: u64,
        base: u64,
    },
    /// What is stored under the key cannot be read, so it is not overwritten.
    StoredUnreadable(ReadError),
    Encode(String),
}

impl SaveError {
    pub fn plain(&self) -> String {
        self.plain_in(Lang::En)
    }

    /// The same in `lang`.
    pub fn plain_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (SaveError::Store(e), _) => e.plain_in(lang),
            (SaveError::Conflict { .. }, Lang::En) => {
                "This plan was changed in another tab or window, so this copy was not saved over it. Your changes are still on screen.".into()
            }
            (SaveError::Conflict { .. }, Lang::Es) => {
                "Este plan se cambió en otra pestaña o ventana, así que esta copia no se guardó encima. Sus cambios siguen en la pantalla.".into()
            }
            (SaveError::StoredUnreadable(ReadError::TooNew { .. }), Lang::En) => {
                "The saved copy of this plan comes from a newer version of the app, so this version does not save over it. Your changes are still on screen.".into()
            }
            (SaveError::StoredUnreadable(ReadError::TooNew { .. }), Lang::Es) => {
                "La copia guardada de este plan viene de una versión más nueva de la aplicación, así que esta versión no la sobrescribe. Sus cambios siguen en la pantalla.".into()
            }
            (SaveError::StoredUnreadable(_), Lang::En) => {
                "The saved copy of this plan is damaged, so it was not overwritten. Your changes are still on screen.".into()
            }
            (SaveError::StoredUnreadable(_), Lang::Es) => {
                "La copia guardada de este plan está dañada, así que no se sobrescribió. Sus cambios siguen en la pantalla.".into()
            }
            (SaveError::Encode(_), Lang::En) => "The plan could not be prepared for saving.".into(),
            (SaveError::Encode(_), Lang::Es) => "No se pudo preparar el plan para guardarlo.".into(),
        }
    }
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        SaveError::Store(e)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    NotFound,
    /// The plan's data was damaged and has been moved to a recovery key.
    SetAside,
    Store(StoreError),
    Read(ReadError),
}

impl LoadError {
    pub fn plain(&self) -> String {
        self.plain_in(Lang::En)
    }

    /// The same in `lang`.
    pub fn plain_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (LoadError::NotFound, Lang::En) => "There is no plan with this address in this browser.".into(),
            (LoadError::NotFound, Lang::Es) => "No hay ningún plan con esta dirección en este navegador.".into(),
            (LoadError::SetAside, Lang::En) => "The saved data of this plan is damaged and cannot be read. It has been moved aside unchanged: My plans lists it under \u{201c}Plans that could not be opened\u{201d}, where you can download it.".into(),
            (LoadError::SetAside, Lang::Es) => "Los datos guardados de este plan están dañados y no se pueden leer. Se apartaron sin cambios: Mis planes los muestra en «Planes que no se pudieron abrir», donde puede descargarlos.".into(),
            (LoadError::Store(e), _) => e.plain_in(lang),
            (LoadError::Read(e), _) => e.plain_in(lang),
        }
    }
}

/// A deleted plan, kept so it can be put back.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedPlan {
    pub summary: PlanSummary,
    raw: String,
}

pub struct Repo<S: KeyValueStore> {
    store: S,
}

impl<S: KeyValueStore> Repo<S> {
    pub fn new(store: S) -> Self {
        Self { store }
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// Reads the index; `Ok(None)` when there is none yet.
    fn read_index(&self) -> Result<Option<Index>, IndexProblem> {
        match self.store.get(INDEX_KEY) {
            Ok(None) => Ok(None),
            Ok(Some(raw)) => envelope::decode_index(&raw)
                .map(Some)
                .map_err(IndexProblem::Read),
            Err(e) => Err(IndexProblem::Store(e)),
        }
    }

    /// Applies `change` to the index, only when the index could be read.
    fn update_index(&self, change: impl FnOnce(&mut Index)) -> Result<(), StoreError> {
        let mut index = match self.read_index() {
            Ok(Some(index)) => index,
            Ok(None) => Index {
                version: SCHEMA_VERSION,
                plans: Vec::new(),
            },
            // Never write over an index we could not read: listing scans keys anyway.
            Err(_) => return Ok(()),
        };
        change(&mut index);
        match envelope::encode_index(&index) {
            Ok(raw) => self.store.set(INDEX_KEY, &raw),
            Err(_) => Ok(()),
        }
    }

    /// Every plan in the store, readable or not. A plan whose data cannot be read (damaged, a
    /// field of the wrong type anywhere in it, or broken by a failed migration: whatever
    /// [`Repo::load`] would refuse) is moved to a recovery key on the way, unchanged, so its own
    /// key is free for a copy from a backup; one from a newer version stays where it is.
    pub fn list(&self) -> Result<Listing, StoreError> {
        self.list_reading(true)
    }

    /// [`Repo::list`], reading of each plan only what the list shows, so that My plans is
    /// drawn without building every stored plan. The text is still checked to be whole JSON
    /// and the names to be text, but a wrong type further in (a word where the goals belong)
    /// passes here: follow with [`Repo::list`], which sets such a plan aside.
    pub fn list_summaries(&self) -> Result<Listing, StoreError> {
        self.list_reading(false)
    }

    fn list_reading(&self, whole: bool) -> Result<Listing, StoreError> {
        let mut listing = Listing::default();
        let index = match self.read_index() {
            Ok(index) => index.unwrap_or_default(),
            Err(problem) => {
                listing.index_problem = Some(problem);
                Index::default()
            }
        };
        let last_known = |suffix: &str| {
            let id = PlanId::parse(suffix.split(':').next().unwrap_or_default());
            index.plans.iter().find(|s| Some(s.id) == id).cloned()
        };
        let mut keys = self.store.keys()?;
        keys.sort();
        for key in keys {
            if let Some(suffix) = key.strip_prefix(RECOVERY_PREFIX) {
                listing.unreadable.push(UnreadablePlan {
                    last_known: last_known(suffix),
                    error: ReadError::Unreadable(String::new()),
                    key,
                });
                continue;
            }
            let Some(suffix) = key.strip_prefix(PLAN_PREFIX) else {
                continue;
            };
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            let summary = if whole {
                envelope::decode(&raw).map(|stored| stored.plan.summary())
            } else {
                envelope::decode_summary(&raw)
            };
            match summary {
                Ok(summary) => listing.plans.push(summary),
                Err(ReadError::TooNew { version }) => match envelope::decode_newer(&raw) {
                    Some((stored, _)) => listing.newer.push(NewerPlan {
                        summary: stored.plan.summary(),
                        version,
                    }),
                    None => listing.unreadable.push(UnreadablePlan {
                        last_known: last_known(suffix),
                        error: ReadError::TooNew { version },
                        key,
                    }),
                },
                Err(error) => {
                    let known = last_known(suffix);
                    // If it cannot be moved (storage full), it is listed where it is.
                    let key = self.set_aside(&key).unwrap_or(key);
                    listing.unreadable.push(UnreadablePlan {
                        key,
                        last_known: known,
                        error,
                    });
                }
            }
        }
        sort_newest_first(&mut listing.plans);
        (listing.practice, listing.plans) = std::mem::take(&mut listing.plans)
            .into_iter()
            .partition(|s| s.practice.is_some());
        listing
            .newer
            .sort_by_key(|n| std::cmp::Reverse(n.summary.updated_at));
        Ok(listing)
    }

    /// Copies the value under `key` to a recovery key nobody uses yet, and removes `key` only
    /// once the copy reads back whole. Returns the recovery key.
    fn set_aside(&self, key: &str) -> Result<String, StoreError> {
        let suffix = key.strip_prefix(PLAN_PREFIX).unwrap_or(key);
        let mut target = format!("{RECOVERY_PREFIX}{suffix}");
        let mut n = 1;
        while self.store.get(&target)?.is_some() {
            n += 1;
            target = format!("{RECOVERY_PREFIX}{suffix}:{n}");
        }
        // Copied as the store holds it, not as `raw` (which may already have lost text that
        // is not valid Unicode): "moved aside unchanged" must be true to the last character.
        if !self.store.copy_exact(key, &target)? {
            return Err(StoreError::Unavailable("the copy did not read back".into()));
        }
        self.store.remove(key)?;
        Ok(target)
    }

    /// Removes data that was set aside, once the person has chosen to (after downloading it).
    /// Only ever a recovery key.
    pub fn forget_recovered(&self, key: &str) -> Result<(), StoreError> {
        if key.starts_with(RECOVERY_PREFIX) {
            self.store.remove(key)?;
        }
        Ok(())
    }

    /// The stored text of a plan. A plan whose damaged data was set aside says so rather than
    /// "not found".
    fn read_plan(&self, id: PlanId) -> Result<String, LoadError> {
        match self.store.get(&plan_key(id)).map_err(LoadError::Store)? {
            Some(raw) => Ok(raw),
            None => Err(match self.store.get(&format!("{RECOVERY_PREFIX}{id}")) {
                Ok(Some(_)) => LoadError::SetAside,
                _ => LoadError::NotFound,
            }),
        }
    }

    pub fn load(&self, id: PlanId) -> Result<StoredPlan, LoadError> {
        envelope::decode(&self.read_plan(id)?).map_err(LoadError::Read)
    }

    /// Opens a plan for the steps: like [`Repo::load`], and a plan saved by a newer version is
    /// opened read-only instead of refused, when this version can read it at all.
    pub fn open(&self, id: PlanId) -> Result<OpenedPlan, LoadError> {
        let raw = self.read_plan(id)?;
        match envelope::decode(&raw) {
            Ok(stored) => Ok(OpenedPlan {
                stored,
                newer_format: None,
            }),
            Err(ReadError::TooNew { version }) => envelope::decode_newer(&raw)
                .map(|(stored, version)| OpenedPlan {
                    stored,
                    newer_format: Some(version),
                })
                .ok_or(LoadError::Read(ReadError::TooNew { version })),
            Err(e) => Err(LoadError::Read(e)),
        }
    }

    /// The raw stored text of a key, for downloading damaged data.
    pub fn raw(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.store.get(key)
    }

    /// Saves `plan`, which was loaded at revision `base` (0 for a plan never saved).
    /// Returns the new revision.
    pub fn save(&self, plan: &CarePlan, base: u64, now: DateTime<Utc>) -> Result<u64, SaveError> {
        let key = plan_key(plan.id);
        if let Some(raw) = self.store.get(&key)? {
            let stored = envelope::revision_of(&raw).map_err(SaveError::StoredUnreadable)?;
            if stored > base {
                return Err(SaveError::Conflict { stored, base });
            }
        }
        let revision = base + 1;
        let raw =
            envelope::encode(plan, revision, now).map_err(|e| SaveError::Encode(e.to_string()))?;
        self.store.set(&key, &raw)?;
        // The plan itself is safe now; a failed index update only costs a name in the list.
        let _ = self.update_index(|index| index.upsert(plan.summary()));
        Ok(revision)
    }

    /// Writes imported plans, all or none: if one cannot be written, the ones already written
    /// are put back exactly as they were. A plan marked `replace` is saved over the stored copy
    /// (the person confirmed it); any other must not exist yet.
    pub fn import(&self, incoming: &[Incoming], now: DateTime<Utc>) -> Result<(), SaveError> {
        let mut written: Vec<(PlanId, Option<String>)> = Vec::new();
        let result = incoming.iter().try_for_each(|item| {
            let before = self.store.get(&plan_key(item.plan.id))?;
            let base = match (&before, item.replace) {
                (None, _) => 0,
                (Some(raw), true) => {
                    envelope::revision_of(raw).map_err(SaveError::StoredUnreadable)?
                }
                (Some(raw), false) => {
                    let stored = envelope::revision_of(raw).unwrap_or(0);
                    return Err(SaveError::Conflict { stored, base: 0 });
                }
            };
            written.push((item.plan.id, before));
            self.save(&item.plan, base, now).map(|_| ())
        });
        if result.is_err() {
            for (id, before) in written.into_iter().rev() {
                let key = plan_key(id);
                let _ = match &before {
                    Some(raw) => self.store.set(&key, raw),
                    None => self.store.remove(&key),
                };
                let summary = before
                    .as_deref()
                    .and_then(|raw| envelope::decode(raw).ok())
                    .map(|s| s.plan.summary());
                let _ = self.update_index(|index| match summary {
                    Some(s) => index.upsert(s),
                    None => index.plans.retain(|s| s.id != id),
                });
            }
        }
        result
    }

    /// Removes a plan and returns what is needed to restore it.
    pub fn delete(&self, id: PlanId) -> Result<DeletedPlan, LoadError> {
        let key = plan_key(id);
        let raw = self
            .store
            .get(&key)
            .map_err(LoadError::Store)?
            .ok_or(LoadError::NotFound)?;
        let stored = envelope::decode(&raw).map_err(LoadError::Read)?;
        self.store.remove(&key).map_err(LoadError::Store)?;
        let _ = self.update_index(|index| index.plans.retain(|s| s.id != id));
        Ok(DeletedPlan {
            summary: stored.plan.summary(),
            raw,
        })
    }

    /// What the index remembers about plan `id` (its name and title), also when the plan's own
    /// data cannot be read.
    pub fn last_known(&self, id: PlanId) -> Option<PlanSummary> {
        let index = self.read_index().ok().flatten()?;
        index.plans.into_iter().find(|s| s.id == id)
    }

    /// Removes plan `id` when what is stored is still the empty plan "Start a new plan" made
    /// (see [`CarePlan::is_untouched`]), so leaving it does not leave an empty plan in My
    /// plans. Anything else stays as it is: a plan with any content, damaged data, a plan from
    /// a newer version. Returns whether it was removed.
    pub fn forget_if_untouched(&self, id: PlanId) -> Result<bool, StoreError> {
        let key = plan_key(id);
        let Some(raw) = self.store.get(&key)? else {
            return Ok(false);
        };
        if !envelope::decode(&raw).is_ok_and(|stored| stored.plan.is_untouched()) {
            return Ok(false);
        }
        self.store.remove(&key)?;
        let _ = self.update_index(|index| index.plans.retain(|s| s.id != id));
        Ok(true)
    }

    /// Puts a deleted plan back exactly as it was. Refuses if something else took its key.
    pub fn restore(&self, deleted: &DeletedPlan) -> Result<(), SaveError> {
        let key = plan_key(deleted.summary.id);
        if let Some(raw) = self.store.get(&key)? {
            let stored = envelope::revision_of(&raw).map_err(SaveError::StoredUnreadable)?;
            return Err(SaveError::Conflict { stored, base: 0 });
        }
        self.store.set(&key, &deleted.raw)?;
        let _ = self.update_index(|index| index.upsert(deleted.summary.clone()));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::kv::MemoryStore;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap()
    }

    fn named(name: &str) -> CarePlan {
        let mut plan = CarePlan::new(now());
        plan.person.name = name.into();
        plan
    }

    #[test]
    fn save_then_load_gives_the_same_plan() {
        let repo = Repo::new(MemoryStore::new());
        let plan = named("Sandra");
        assert_eq!(repo.save(&plan, 0, now()).unwrap(), 1);
        let stored = repo.load(plan.id).unwrap();
        assert_eq!(stored.plan, plan);
        assert_eq!(stored.revision, 1);
        assert_eq!(repo.save(&plan, 1, now()).unwrap(), 2);
    }

    #[test]
    fn listing_is_newest_first_and_sets_garbage_aside_unchanged() {
        let repo = Repo::new(MemoryStore::new());
        let mut older = named("Older");
        older.updated_at = now() - chrono::Duration::hours(2);
        let newer = named("Newer");
        let broken = named("Broken");
        repo.save(&older, 0, now()).unwrap();
        repo.save(&newer, 0, now()).unwrap();
        repo.save(&broken, 0, now()).unwrap();
        let key = plan_key(broken.id);
        repo.store().set(&key, "{not json").unwrap();

        let listing = repo.list().unwrap();
        let names: Vec<_> = listing
            .plans
            .iter()
            .map(|s| s.person_name.as_str())
            .collect();
        assert_eq!(names, vec!["Newer", "Older"]);
        assert_eq!(listing.unreadable.len(), 1);
        let moved = &listing.unreadable[0];
        assert_eq!(moved.key, format!("{RECOVERY_PREFIX}{}", broken.id));
        assert!(moved.set_aside() && moved.plain().contains("moved aside"));
        let known = moved.last_known.as_ref().unwrap();
        assert_eq!(known.person_name, "Broken", "the index still names it");
        assert_eq!(repo.raw(&moved.key).unwrap().as_deref(), Some("{not json"));
        assert_eq!(repo.raw(&key).unwrap(), None, "its own key is free");
        assert_eq!(repo.open(broken.id), Err(LoadError::SetAside));
        let relisted = repo.list().unwrap();
        assert_eq!(
            relisted.plans, listing.plans,
            "listing again changes nothing"
        );
        assert_eq!(relisted.unreadable[0].key, moved.key);

        // The key is free, so the plan can come back from a backup; damaged again, it is set
        // aside beside the first copy, never over it.
        repo.save(&broken, 0, now()).unwrap();
        assert_eq!(repo.load(broken.id).unwrap().plan, broken);
        repo.store().set(&key, "also broken").unwrap();
        let again = repo.list().unwrap();
        assert_eq!(again.unreadable.len(), 2);
        assert_eq!(repo.raw(&moved.key).unwrap().as_deref(), Some("{not json"));
        let second = format!("{RECOVERY_PREFIX}{}:2", broken.id);
        assert_eq!(repo.raw(&second).unwrap().as_deref(), Some("also broken"));
        assert_eq!(again.unreadable[1].last_known.as_ref(), Some(known));

        repo.forget_recovered(&second).unwrap();
        repo.forget_recovered(&plan_key(older.id)).unwrap();
        assert_eq!(repo.list().unwrap().unreadable.len(), 1);
        assert!(
            repo.load(older.id).is_ok(),
            "only recovery keys are forgotten"
        );
    }

    /// A plan whose data has the wrong type anywhere (not only in the name the list shows)
    /// is set aside unchanged and named, as any damaged plan is; the others are listed.
    #[test]
    fn a_plan_with_a_wrong_typed_field_anywhere_is_set_aside_unchanged() {
        let repo = Repo::new(MemoryStore::new());
        let healthy = named("Ana");
        repo.save(&healthy, 0, now()).unwrap();
        let cases = [
            ("\"goals\":[]", "\"goals\":\"many\""),
            (
                "\"start_date\":\"2026-11-22\"",
                "\"start_date\":\"next Tuesday\"",
            ),
            ("\"name\":\"Broken\"", "\"name\":42"),
        ];
        for (right, wrong) in cases {
            let broken = named("Broken");
            repo.save(&broken, 0, now()).unwrap();
            let key = plan_key(broken.id);
            let raw = repo.raw(&key).unwrap().unwrap();
            assert!(raw.contains(right), "{raw}");
            let damaged = raw.replace(right, wrong);
            repo.store().set(&key, &damaged).unwrap();

            if wrong.contains("name") {
                // Even the quick listing reads the name, and sets it aside.
                assert_eq!(repo.list_summaries().unwrap().unreadable.len(), 1);
                repo.store().set(&key, &damaged).unwrap();
                repo.forget_recovered(&format!("{RECOVERY_PREFIX}{}", broken.id))
                    .unwrap();
            } else {
                let quick = repo.list_summaries().unwrap();
                assert_eq!(quick.plans.len(), 2, "only the whole reading sees it");
                assert_eq!(repo.raw(&key).unwrap().as_ref(), Some(&damaged));
            }
            let listing = repo.list().unwrap();
            assert_eq!(listing.plans, vec![healthy.summary()], "{wrong}");
            let moved = &listing.unreadable[0];
            assert_eq!(moved.key, format!("{RECOVERY_PREFIX}{}", broken.id));
            assert_eq!(moved.last_known.as_ref(), Some(&broken.summary()));
            assert_eq!(repo.raw(&moved.key).unwrap(), Some(damaged), "unchanged");
            assert_eq!(repo.raw(&key).unwrap(), None);
            assert_eq!(repo.open(broken.id), Err(LoadError::SetAside));
            assert_eq!(repo.last_known(broken.id), Some(broken.summary()));
            repo.forget_recovered(&moved.key).unwrap();
        }
    }

    #[test]
    fn only_an_untouched_new_plan_is_removed_on_leaving_it() {
        let repo = Repo::new(MemoryStore::new());
        let empty = CarePlan::new(now());
        repo.save(&empty, 0, now()).unwrap();
        repo.save(&empty, 1, now() + chrono::Duration::minutes(1))
            .unwrap();
        let typed = named("Rosa");
        repo.save(&typed, 0, now()).unwrap();
        assert_eq!(repo.forget_if_untouched(typed.id), Ok(false));
        assert_eq!(repo.load(typed.id).unwrap().plan, typed, "kept as it was");
        assert_eq!(repo.forget_if_untouched(empty.id), Ok(true));
        assert_eq!(repo.load(empty.id), Err(LoadError::NotFound));
        assert_eq!(repo.list().unwrap().plans, vec![typed.summary()]);
        assert_eq!(repo.last_known(empty.id), None, "gone from the index too");
        assert_eq!(
            repo.forget_if_untouched(empty.id),
            Ok(false),
            "nothing there"
        );

        // What is stored decides: another tab may have typed in it, or it may be damaged.
        let mut elsewhere = CarePlan::new(now());
        repo.save(&elsewhere, 0, now()).unwrap();
        elsewhere.title = "Typed in another tab".into();
        repo.save(&elsewhere, 1, now()).unwrap();
        assert_eq!(repo.forget_if_untouched(elsewhere.id), Ok(false));
        let damaged = CarePlan::new(now());
        repo.save(&damaged, 0, now()).unwrap();
        repo.store().set(&plan_key(damaged.id), "{oops").unwrap();
        assert_eq!(repo.forget_if_untouched(damaged.id), Ok(false));
        assert_eq!(
            repo.raw(&plan_key(damaged.id)).unwrap().as_deref(),
            Some("{oops")
        );
    }

    #[test]
    fn practice_copies_are_listed_apart_from_real_plans() {
        let repo = Repo::new(MemoryStore::new());
        let real = named("Ana");
        let case = crate::model::teaching::Case::find("sandra").unwrap();
        let practice = case.start_plan(now().date_naive());
        repo.save(&real, 0, now()).unwrap();
        repo.save(&practice, 0, now()).unwrap();
        let listing = repo.list().unwrap();
        assert_eq!(listing.plans, vec![real.summary()]);
        assert_eq!(listing.practice.len(), 1);
        assert_eq!(listing.practice[0].practice.as_deref(), Some("sandra"));
        assert_eq!(
            repo.load(practice.id).unwrap().plan,
            practice,
            "the mark is kept"
        );
    }

    #[test]
    fn damage_stays_in_place_when_there_is_no_room_to_move_it() {
        let repo = Repo::new(MemoryStore::with_limit(3_000));
        let plan = named("A");
        repo.save(&plan, 0, now()).unwrap();
        let key = plan_key(plan.id);
        let junk = "x".repeat(1_800);
        repo.store().set(&key, &junk).unwrap();
        let listing = repo.list().unwrap();
        assert_eq!(listing.unreadable[0].key, key);
        assert!(!listing.unreadable[0].set_aside());
        assert_eq!(repo.raw(&key).unwrap(), Some(junk));
    }

    #[test]
    fn the_listing_summary_is_the_summary_of_the_whole_plan() {
        let repo = Repo::new(MemoryStore::new());
        let mut plan = crate::fhir::sample::sample_plan();
        plan.title = "  Housing plan ".into();
        plan.person.name = " Maria ".into();
        repo.save(&plan, 0, now()).unwrap();
        assert_eq!(repo.list().unwrap().plans, vec![plan.summary()]);
        let raw = repo.raw(&plan_key(plan.id)).unwrap().unwrap();
        assert_eq!(envelope::decode_summary(&raw), Ok(plan.summary()));
        // A cut-off plan is unreadable even though its first fields are there.
        let cut = &raw[..raw.len() / 2];
        assert!(matches!(
            envelope::decode_summary(cut),
            Err(ReadError::Unreadable(_))
        ));
    }

    #[test]
    fn a_damaged_plan_is_never_overwritten() {
        let repo = Repo::new(MemoryStore::new());
        let plan = named("A");
        repo.save(&plan, 0, now()).unwrap();
        repo.store().set(&plan_key(plan.id), "garbage").unwrap();
        assert!(matches!(
            repo.save(&plan, 1, now()),
            Err(SaveError::StoredUnreadable(_))
        ));
        assert!(matches!(repo.delete(plan.id), Err(LoadError::Read(_))));
        assert_eq!(
            repo.raw(&plan_key(plan.id)).unwrap().as_deref(),
            Some("garbage")
        );
    }

    #[test]
    fn a_newer_stored_revision_refuses_the_save() {
        let repo = Repo::new(MemoryStore::new());
        let plan = named("A");
        repo.save(&plan, 0, now()).unwrap();
        repo.save(&plan, 1, now()).unwrap(); // another tab saved revision 2
        assert_eq!(
            repo.save(&plan, 1, now()),
            Err(SaveError::Conflict { stored: 2, base: 1 })
        );
    }

    #[test]
    fn a_newer_format_opens_read_only_and_is_never_written() {
        let repo = Repo::new(MemoryStore::new());
        let plan = named("A");
        repo.save(&plan, 0, now()).unwrap();
        let key = plan_key(plan.id);
        let raw = repo
            .raw(&key)
            .unwrap()
            .unwrap()
            .replace("\"schema_version\":1", "\"schema_version\":99");
        repo.store().set(&key, &raw).unwrap();
        assert_eq!(
            repo.load(plan.id),
            Err(LoadError::Read(ReadError::TooNew { version: 99 }))
        );
        let opened = repo.open(plan.id).unwrap();
        assert_eq!(opened.newer_format, Some(99));
        assert_eq!(opened.stored.plan, plan);
        let listing = repo.list().unwrap();
        assert!(listing.plans.is_empty() && listing.unreadable.is_empty());
        assert_eq!(listing.newer[0].summary, plan.summary());
        assert_eq!(listing.newer[0].version, 99);
        let refused = repo.save(&plan, 5, now()).unwrap_err();
        assert!(refused.plain().contains("newer version"), "{refused:?}");
        let replace = repo.import(&[incoming(plan.clone(), true)], now());
        assert!(replace.is_err(), "an import does not replace it either");
        assert_eq!(repo.raw(&key).unwrap(), Some(raw.clone()), "untouched");

        // Newer and not readable here: listed as unopenable, left where it is.
        let odd = raw.replace("\"title\"", "\"heading\"");
        repo.store().set(&key, &odd).unwrap();
        let listing = repo.list().unwrap();
        assert_eq!(listing.unreadable[0].key, key);
        assert_eq!(repo.raw(&key).unwrap(), Some(odd));
        assert!(matches!(
            repo.open(plan.id),
            Err(LoadError::Read(ReadError::TooNew { .. }))
        ));
    }

    #[test]
    fn delete_and_restore_give_back_the_same_plan() {
        let repo = Repo::new(MemoryStore::new());
        let plan = named("Maria");
        repo.save(&plan, 0, now()).unwrap();
        let deleted = repo.delete(plan.id).unwrap();
        assert!(repo.list().unwrap().plans.is_empty());
        assert_eq!(repo.load(plan.id), Err(LoadError::NotFound));
        repo.restore(&deleted).unwrap();
        assert_eq!(repo.load(plan.id).unwrap().plan, plan);
        assert_eq!(repo.list().unwrap().plans.len(), 1);
        assert!(
            repo.restore(&deleted).is_err(),
            "never restores over a live plan"
        );
    }

    #[test]
    fn a_damaged_index_is_left_alone_and_plans_are_still_listed() {
        let repo = Repo::new(MemoryStore::new());
        let plan = named("A");
        repo.store().set(INDEX_KEY, "[[[").unwrap();
        repo.save(&plan, 0, now()).unwrap();
        assert_eq!(repo.raw(INDEX_KEY).unwrap().as_deref(), Some("[[["));
        let listing = repo.list().unwrap();
        assert_eq!(listing.plans.len(), 1);
        assert!(listing.index_problem.is_some());
    }

    #[test]
    fn a_full_store_refuses_the_write_and_keeps_the_old_copy() {
        let repo = Repo::new(MemoryStore::with_limit(2_000));
        let mut plan = named("A");
        repo.save(&plan, 0, now()).unwrap();
        plan.person.what_matters = "x".repeat(5_000);
        assert_eq!(
            repo.save(&plan, 1, now()),
            Err(SaveError::Store(StoreError::Full))
        );
        assert_eq!(repo.load(plan.id).unwrap().plan.person.what_matters, "");
    }

    fn incoming(plan: CarePlan, replace: bool) -> Incoming {
        Incoming { plan, replace }
    }

    #[test]
    fn import_writes_new_plans_and_replaces_only_when_asked() {
        let repo = Repo::new(MemoryStore::new());
        let mut here = named("Ana");
        repo.save(&here, 0, now()).unwrap();
        here.title = "From the file".into();
        let fresh = named("Ben");
        // Without "replace", a plan whose id is here is refused and nothing is written.
        let refused = repo.import(
            &[
                incoming(fresh.clone(), false),
                incoming(here.clone(), false),
            ],
            now(),
        );
        assert!(matches!(refused, Err(SaveError::Conflict { .. })));
        assert_eq!(
            repo.list().unwrap().plans.len(),
            1,
            "the new plan was taken back"
        );
        assert_eq!(repo.load(here.id).unwrap().plan.title, "");

        repo.import(
            &[incoming(fresh.clone(), false), incoming(here.clone(), true)],
            now(),
        )
        .unwrap();
        let listing = repo.list().unwrap();
        assert_eq!(listing.plans.len(), 2);
        let replaced = repo.load(here.id).unwrap();
        assert_eq!(replaced.plan.title, "From the file");
        assert_eq!(
            replaced.revision, 2,
            "a replacement is a new revision of the plan"
        );
        assert_eq!(repo.load(fresh.id).unwrap().plan, fresh);
    }

    #[test]
    fn a_failed_import_puts_everything_back() {
        let repo = Repo::new(MemoryStore::with_limit(6_000));
        let mut here = named("Ana");
        repo.save(&here, 0, now()).unwrap();
        let before_index = repo.raw(INDEX_KEY).unwrap();
        here.title = "Replaced".into();
        let mut big = named("Ben");
        big.person.what_matters = "x".repeat(10_000);
        let result = repo.import(&[incoming(here.clone(), true), incoming(big, false)], now());
        assert_eq!(result, Err(SaveError::Store(StoreError::Full)));
        let listing = repo.list().unwrap();
        assert_eq!(listing.plans.len(), 1);
        let kept = repo.load(here.id).unwrap();
        assert_eq!(kept.plan.title, "", "the replaced plan is back as it was");
        assert_eq!(kept.revision, 1);
        assert_eq!(repo.raw(INDEX_KEY).unwrap(), before_index);
    }
}

#[cfg(test)]
mod spanish {
    use super::*;
    use crate::model::lang::assert_spanish;

    #[test]
    fn what_saving_loading_and_listing_say_is_in_spanish_too() {
        let damaged = ReadError::Unreadable("eof".into());
        let mut said: Vec<(String, String)> = Vec::new();
        for e in [
            SaveError::Store(StoreError::Full),
            SaveError::Conflict { stored: 3, base: 2 },
            SaveError::StoredUnreadable(ReadError::TooNew { version: 4 }),
            SaveError::StoredUnreadable(damaged.clone()),
            SaveError::Encode("nan".into()),
        ] {
            said.push((e.plain(), e.plain_in(Lang::Es)));
        }
        for e in [
            LoadError::NotFound,
            LoadError::SetAside,
            LoadError::Store(StoreError::Locked),
            LoadError::Read(damaged.clone()),
        ] {
            said.push((e.plain(), e.plain_in(Lang::Es)));
        }
        for e in [
            IndexProblem::Read(damaged.clone()),
            IndexProblem::Read(ReadError::TooNew { version: 4 }),
            IndexProblem::Store(StoreError::Full),
        ] {
            said.push((e.plain_in(Lang::En), e.plain_in(Lang::Es)));
        }
        for key in [format!("{RECOVERY_PREFIX}x"), format!("{PLAN_PREFIX}x")] {
            let item = UnreadablePlan {
                key,
                last_known: None,
                error: damaged.clone(),
            };
            said.push((item.plain(), item.plain_in(Lang::Es)));
        }
        for (en, es) in said {
            assert_spanish(&en, &es);
        }
        assert!(LoadError::SetAside
            .plain_in(Lang::Es)
            .contains("«Planes que no se pudieron abrir»"));
    }
}
