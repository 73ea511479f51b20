//! Hostile input, natively: tens of thousands of generated and mutated files and stored values
//! go through every parser (backup files, FHIR Bundles, stored envelopes and the index, plans
//! from a newer format, the passphrase lock record and sealed values, the agency's config) and
//! every plan that comes out goes through what the app then does with it (FHIR export,
//! calendar, what's due, printout lists, SMART checks, GAS). Zero panics allowed.
//!
//! Mutations: truncation at any byte, values swapped for wrong types, huge strings, deep
//! nesting, unknown fields, invalid dates, duplicate ids, dangling links, random bytes. The
//! generator is seeded, so a failure names the case that reproduces it.

use careplan::components::config_text::problem_text;
use careplan::config;
use careplan::fhir::{from_bundle, to_bundle};
use careplan::i18n::Locale;
use careplan::model::calendar;
use careplan::model::goals::smart;
use careplan::model::CarePlan;
use careplan::storage::backup::read_file;
use careplan::storage::envelope::{decode, decode_index, decode_newer, decode_summary};
use careplan::storage::sealed::{open_text, seal_text, LockRecord, Sealed};
use careplan::storage::{KeyValueStore, MemoryStore, Repo};
use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::{json, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Cases per seed file and parser.
const CASES: usize = 2_500;

/// xorshift64*: small, fast, and the same sequence everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

const MARIA: &str = include_str!("fixtures/plan-maria.json");
const BACKUP_V1: &str = include_str!("fixtures/backup-v1.json");
const CONFIG: &str = include_str!("../public/config.example.json");

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default()
}

/// A value of a type chosen at random, often the wrong one for where it lands.
fn odd_value(rng: &mut Rng) -> Value {
    match rng.below(14) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(-1),
        3 => json!(1e308),
        4 => json!(u64::MAX),
        5 => json!(""),
        6 => json!("x".repeat(200_000)),
        7 => json!("2026-13-45"),
        8 => json!("not-a-uuid"),
        9 => json!([]),
        10 => json!({}),
        11 => json!("<img src=x onerror=alert(1)>"),
        12 => json!("00000000-0000-0000-0000-000000000000"),
        _ => {
            // Deep nesting, past what any parser should recurse into.
            let mut v = json!(1);
            for _ in 0..(50 + rng.below(400)) {
                v = json!([v]);
            }
            v
        }
    }
}

/// Every path to a value inside `v`, as keys and indexes.
fn paths(v: &Value, here: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(here.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                here.push(PathStep::Key(k.clone()));
                paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                here.push(PathStep::Index(i));
                paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn at_mut<'a>(v: &'a mut Value, path: &[PathStep]) -> Option<&'a mut Value> {
    let mut cur = v;
    for step in path {
        cur = match (step, cur) {
            (PathStep::Key(k), Value::Object(map)) => map.get_mut(k)?,
            (PathStep::Index(i), Value::Array(items)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// The ids found in a document, to copy into other places (duplicates, links).
fn uuids(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) if s.len() == 36 && s.matches('-').count() == 4 => out.push(s.clone()),
        Value::Object(map) => map.values().for_each(|c| uuids(c, out)),
        Value::Array(items) => items.iter().for_each(|c| uuids(c, out)),
        _ => {}
    }
}

/// One structural mutation of `doc`.
fn mutate(doc: &mut Value, rng: &mut Rng) {
    let mut all = Vec::new();
    paths(doc, &mut Vec::new(), &mut all);
    let mut ids = Vec::new();
    uuids(doc, &mut ids);
    let path = all[rng.below(all.len())].clone();
    let Some(target) = at_mut(doc, &path) else {
        return;
    };
    match rng.below(8) {
        // Wrong type, huge string, deep nesting ...
        0..=2 => *target = odd_value(rng),
        // An unknown field.
        3 => {
            if let Value::Object(map) = target {
                map.insert("surprise".into(), odd_value(rng));
            }
        }
        // A field removed.
        4 => {
            if let Value::Object(map) = target {
                if let Some(k) = map.keys().nth(rng.below(map.len())).cloned() {
                    map.remove(&k);
                }
            }
        }
        // A duplicate id, or a link to another item (or nothing).
        5 => {
            if target.is_string() && !ids.is_empty() {
                *target = json!(ids[rng.below(ids.len())]);
            }
        }
        // An array element duplicated (duplicate ids) or dropped (dangling links).
        6 => {
            if let Value::Array(items) = target {
                if !items.is_empty() {
                    let i = rng.below(items.len());
                    if rng.chance(2) {
                        let copy = items[i].clone();
                        items.push(copy);
                    } else {
                        items.remove(i);
                    }
                }
            }
        }
        // An invalid or far-away date.
        _ => {
            if target.is_string() {
                let dates = [
                    "2026-02-30",
                    "0000-01-01",
                    "+262143-12-31",
                    "9999-99-99",
                    "2026-11",
                ];
                *target = json!(dates[rng.below(dates.len())]);
            }
        }
    }
}

/// A mutated copy of `seed` as text: structural changes, then sometimes byte damage.
fn variant(seed: &Value, rng: &mut Rng) -> String {
    let mut doc = seed.clone();
    for _ in 0..(1 + rng.below(4)) {
        mutate(&mut doc, rng);
    }
    let mut text = doc.to_string();
    match rng.below(6) {
        // Cut off at any byte (then repaired to valid UTF-8, as a browser's text() would).
        0 => {
            let cut = rng.below(text.len() + 1);
            text = String::from_utf8_lossy(&text.as_bytes()[..cut]).into_owned();
        }
        // A few random bytes overwritten.
        1 => {
            let mut bytes = text.into_bytes();
            for _ in 0..(1 + rng.below(8)) {
                let i = rng.below(bytes.len());
                if let Some(b) = bytes.get_mut(i) {
                    *b = (rng.next() & 0x7f) as u8;
                }
            }
            text = String::from_utf8_lossy(&bytes).into_owned();
        }
        _ => {}
    }
    text
}

/// Everything the app does with a plan it has read, none of which may panic.
fn use_plan(plan: &CarePlan) {
    let bundle = to_bundle(plan);
    let _ = from_bundle(&bundle);
    let _ = calendar::to_ics(plan, today(), Utc::now());
    let _ = plan.due_items(today());
    let _ = plan.next_steps();
    let _ = plan.contacts();
    let _ = plan.summary();
    let _ = plan.gas_summary();
    let _ = plan.summary_counts();
    let _ = plan.next_review();
    let _ = plan.unresolved_needs();
    for goal in &plan.goals {
        let _ = smart::check(goal, today());
        let _ = goal.sentence(plan.person_name());
        let _ = goal.suggested_achievement(today());
        for step in &goal.steps {
            let _ = plan.owner_name(&step.owner);
            let _ = step.when();
        }
    }
}

thread_local! {
    /// Set while an input is being tried: its panic is reported by the test, not printed.
    static TRYING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` on `input`, turning a panic into a reported failure with the case that caused it.
fn no_panic(what: &str, case: usize, input: &str, f: impl FnOnce(&str)) -> Result<(), String> {
    TRYING.with(|t| t.set(true));
    let result = catch_unwind(AssertUnwindSafe(|| f(input)));
    TRYING.with(|t| t.set(false));
    result.map_err(|_| {
        let start: String = input.chars().take(300).collect();
        format!("{what}, case {case}: panicked on input starting {start:?}")
    })
}

/// Feeds `CASES` variants of `seed_text` to `parse`, which says whether the input was
/// accepted. Both outcomes must be common, or the mutations test only one path.
fn run(what: &str, seed_text: &str, seed: u64, parse: impl Fn(&str) -> bool) -> usize {
    let seed_value: Value = serde_json::from_str(seed_text).unwrap_or(Value::Null);
    assert!(!seed_value.is_null(), "{what}: the seed must be valid JSON");
    let mut rng = Rng(seed);
    let mut failures = Vec::new();
    let accepted = std::cell::Cell::new(0);
    for case in 0..CASES {
        let input = variant(&seed_value, &mut rng);
        let counted = |i: &str| {
            if parse(i) {
                accepted.set(accepted.get() + 1);
            }
        };
        if let Err(e) = no_panic(what, case, &input, counted) {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} panics:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let ok = accepted.get();
    assert!(
        (CASES / 20..=CASES - CASES / 20).contains(&ok),
        "{what}: {ok} of {CASES} inputs were accepted; the mutations should give both outcomes"
    );
    CASES
}

/// Keeps the panics of tried inputs quiet (the test reports them itself); any other panic,
/// such as a failed assertion, prints as usual.
fn quiet() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !TRYING.with(|t| t.get()) {
                default(info);
            }
        }));
    });
}

#[test]
fn backup_files_never_panic() {
    quiet();
    let mut n = 0;
    for (name, text, seed) in [("plan-maria", MARIA, 1), ("backup-v1", BACKUP_V1, 2)] {
        n += run(name, text, seed, |input| match read_file(input) {
            Ok(plans) => {
                plans.iter().for_each(|p| use_plan(&p.plan));
                true
            }
            Err(_) => false,
        });
    }
    assert!(n >= 5_000);
}

#[test]
fn fhir_bundles_never_panic() {
    quiet();
    let plan = read_file(MARIA)
        .map(|mut p| p.remove(0).plan)
        .unwrap_or_else(|_| CarePlan::new(Utc::now()));
    let bundle = to_bundle(&plan).to_string();
    run("fhir", &bundle, 3, |input| {
        let direct = serde_json::from_str::<Value>(input)
            .ok()
            .and_then(|value| from_bundle(&value).ok());
        if let Some(plan) = &direct {
            use_plan(plan);
        }
        // The file path too: read_file recognises a Bundle.
        if let Ok(plans) = read_file(input) {
            plans.iter().for_each(|p| use_plan(&p.plan));
        }
        direct.is_some()
    });
}

#[test]
fn stored_values_never_panic_and_one_bad_plan_leaves_the_others() {
    quiet();
    let file: Value = serde_json::from_str(MARIA).unwrap_or(Value::Null);
    let envelope = file["plans"][0].to_string();
    // The index as the app writes it, after saving a plan.
    let written = Repo::new(MemoryStore::new());
    if let Ok(mut plans) = read_file(MARIA) {
        let stored = plans.remove(0);
        assert!(written.save(&stored.plan, 0, stored.saved_at).is_ok());
    }
    let index = written
        .raw("careplan:index")
        .ok()
        .flatten()
        .unwrap_or_default();
    run("envelope", &envelope, 4, |input| {
        let _ = decode_summary(input);
        if let Some((stored, _)) = decode_newer(input) {
            use_plan(&stored.plan);
        }
        match decode(input) {
            Ok(stored) => {
                use_plan(&stored.plan);
                true
            }
            Err(_) => false,
        }
    });
    run("index", &index, 5, |input| decode_index(input).is_ok());
    // Through the repository, as the app reads local storage: a damaged plan is listed as
    // unreadable and the good one still loads.
    let good = read_file(BACKUP_V1).map(|mut p| p.remove(0).plan);
    let mut rng = Rng(6);
    let seed: Value = serde_json::from_str(&envelope).unwrap_or(Value::Null);
    for case in 0..500 {
        let repo = Repo::new(MemoryStore::new());
        let now = Utc
            .with_ymd_and_hms(2026, 11, 30, 9, 0, 0)
            .single()
            .unwrap_or_default();
        if let Ok(plan) = &good {
            assert!(repo.save(plan, 0, now).is_ok());
        }
        let damaged = variant(&seed, &mut rng);
        let key = format!(
            "careplan:plan:{}",
            file["plans"][0]["plan"]["id"].as_str().unwrap_or("x")
        );
        assert!(repo.store().set(&key, &damaged).is_ok());
        let result = no_panic("repo", case, &damaged, |_| {
            let listing = repo.list();
            if let Ok(plan) = &good {
                assert!(repo.load(plan.id).is_ok(), "the good plan still loads");
            }
            if let Some(id) =
                careplan::model::PlanId::parse(key.trim_start_matches("careplan:plan:"))
            {
                if let Ok(opened) = repo.open(id) {
                    use_plan(&opened.stored.plan);
                }
            }
            if let Ok(listing) = listing {
                // A plan the list shows as a plan opens: anything else was set aside.
                for summary in &listing.plans {
                    match repo.load(summary.id) {
                        Ok(stored) => use_plan(&stored.plan),
                        Err(e) => panic!("listed as a plan, yet it does not open: {e:?}"),
                    }
                }
            }
        });
        assert!(result.is_ok(), "{result:?}");
    }
}

#[test]
fn protection_records_never_panic() {
    quiet();
    let lock = LockRecord::new(&[3; 16], Sealed::new(&[4; 12], &[5; 48])).to_text();
    run("lock record", &lock, 9, |input| {
        LockRecord::parse(input)
            .map(|r| r.salt_bytes().is_some())
            .unwrap_or(false)
    });
    let sealed = seal_text(Sealed::new(&[6; 12], &[7; 80]));
    run("sealed value", &sealed, 10, |input| {
        open_text(input).and_then(|s| s.bytes()).is_some()
    });
}

#[test]
fn agency_configs_never_panic() {
    quiet();
    // A config is never refused; "accepted" here means read without a problem.
    run("config", CONFIG, 7, |input| {
        let loaded = config::parse(input);
        loaded.problems.iter().for_each(|p| {
            for locale in [Locale::en, Locale::es] {
                let _ = problem_text(locale, p);
            }
        });
        for r in &loaded.config.resources {
            let _ = r.to_service();
        }
        loaded.problems.is_empty()
    });
}

#[test]
fn random_bytes_never_panic() {
    quiet();
    let mut rng = Rng(8);
    for case in 0..2_000 {
        let len = rng.below(400);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xff) as u8).collect();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let result = no_panic("bytes", case, &text, |t| {
            let _ = read_file(t);
            let _ = decode(t);
            let _ = decode_index(t);
            let _ = config::parse(t);
            let _ = decode_newer(t);
            let _ = LockRecord::parse(t);
            let _ = open_text(t);
        });
        assert!(result.is_ok(), "{result:?}");
    }
}
