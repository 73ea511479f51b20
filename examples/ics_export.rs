//! Writes calendar files (.ics) for the sample plan, the test fixtures' plans and a plan full
//! of awkward text and dates, each with a JSON file of what a calendar should read from it, for
//! the independent checker (`make test-ics`, scripts/validate_ics.py).
//!
//! Usage: cargo run --example ics_export -- <folder>

use careplan::model::actions::{ActionStep, Owner, Repeat};
use careplan::model::calendar::{reminders, to_ics};
use careplan::model::monitoring::Period;
use careplan::model::{CarePlan, Goal};
use careplan::storage::backup::read_file;
use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

/// How many times of a repeating reminder are compared.
const OCCURRENCES: usize = 40;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Text that needs escaping and folding, and series from the ends of months.
fn awkward_plan() -> CarePlan {
    let mut plan = CarePlan::new(Utc::now());
    plan.title = "Home, food; and \\ rest".into();
    plan.person.name = "Zoë O'Brien-Ñúñez 🌻".into();
    plan.start_date = Some(day(2026, 10, 31));
    plan.review_schedule.every = Some(1);
    plan.review_schedule.period = Period::Months;
    plan.review_schedule.dates = vec![day(2027, 3, 3)];
    let mut goal = Goal::new(day(2026, 11, 1));
    goal.action = "cook a hot meal, with help; then eat it".into();
    goal.target = "3".into();
    goal.unit = "times a week".into();
    goal.review_date = Some(day(2026, 12, 31));
    let mut pills = ActionStep::new("Refill pills at the pharmacy on 5th Ave., ask for the blister pack; bring the card\nand the list");
    pills.owner = Owner::Person;
    pills.due = Some(day(2026, 1, 31));
    pills.repeat = Some(Repeat::Monthly);
    pills.how = "Bus 12 → Main St. ".repeat(6);
    let mut rent = ActionStep::new("Pay rent");
    rent.due = Some(day(2026, 3, 30));
    rent.repeat = Some(Repeat::Monthly);
    rent.until = Some(day(2027, 6, 30));
    let mut walk = ActionStep::new("Walk");
    walk.due = Some(day(2026, 12, 28));
    walk.repeat = Some(Repeat::Daily);
    walk.until = Some(day(2027, 1, 4));
    goal.steps = vec![pills, rent, walk];
    plan.goals.push(goal);
    plan
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: ics_export <folder>");
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let today = day(2026, 11, 22);
    let now = Utc
        .with_ymd_and_hms(2026, 11, 22, 9, 30, 0)
        .single()
        .unwrap_or_default();
    let mut plans = vec![
        ("sample".to_string(), careplan::fhir::sample::sample_plan()),
        ("awkward".to_string(), awkward_plan()),
    ];
    match read_file(include_str!("../tests/fixtures/plan-maria.json")) {
        Ok(stored) => plans.extend(stored.into_iter().map(|s| ("plan-maria".into(), s.plan))),
        Err(e) => {
            eprintln!("plan-maria: {}", e.plain());
            return ExitCode::FAILURE;
        }
    }
    for (name, plan) in plans {
        let events: Vec<_> = reminders(&plan, today)
            .into_iter()
            .map(|r| {
                let dates = match r.rule {
                    Some(rule) => rule.occurrences(r.start, OCCURRENCES),
                    None => vec![r.start],
                };
                json!({
                    "uid": r.uid,
                    "summary": r.summary,
                    "description": r.description,
                    "occurrences": dates.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
                    "repeats": r.rule.is_some(),
                })
            })
            .collect();
        let expected = json!({ "stamp": "20261122T093000Z", "events": events });
        let ics = dir.join(format!("{name}.ics"));
        let want = dir.join(format!("{name}.expected.json"));
        let written = std::fs::write(&ics, to_ics(&plan, today, now))
            .and_then(|_| std::fs::write(&want, expected.to_string()));
        if let Err(e) = written {
            eprintln!("cannot write {name}: {e}");
            return ExitCode::FAILURE;
        }
        println!("wrote {}", ics.display());
    }
    ExitCode::SUCCESS
}
