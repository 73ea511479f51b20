//! Generates the stored plans the benchmark (`make bench`, bench/bench.mjs) puts in local
//! storage: for each size, the exact keys and values the app itself writes, made by the crate's
//! own storage code (`Repo::save` into an in-memory store), so the benchmark reads real data.
//!
//! Sizes: 20 goals; 200 goals with 1,000 steps, 50 services and a full assessment; 1,000 goals.
//! Each plan starts from the sample plan (person, care team, assessment with every instrument,
//! needs), and gets generated goals (5 steps each) and services (one per 4 goals).
//!
//! Usage: cargo run --example bench_plans -- <file.json>

use careplan::fhir::sample::sample_plan;
use careplan::model::actions::{ActionStatus, ActionStep, Owner, Repeat};
use careplan::model::goals::{Direction, Goal, GoalStatus, Priority};
use careplan::model::services::{Service, ServiceKind, ServiceStatus};
use careplan::model::CarePlan;
use careplan::storage::{KeyValueStore, MemoryStore, Repo};
use chrono::{Duration, NaiveDate, Utc};
use serde_json::{json, Map, Value};
use std::process::ExitCode;

/// (name, goals, plans stored). Several plans per size make "My plans" list more than one;
/// the 1,000-goal plan is stored alone to stay within local storage's quota.
const SIZES: [(&str, usize, usize); 3] = [("20", 20, 3), ("200", 200, 3), ("1000", 1000, 1)];
const STEPS_PER_GOAL: usize = 5;
const GOALS_PER_SERVICE: usize = 4;

const ACTIONS: [(&str, &str, &str); 5] = [
    ("walk", "distance walked", "feet"),
    (
        "take my evening pills",
        "days with pills taken",
        "days a week",
    ),
    ("cook a hot meal", "hot meals cooked", "meals a week"),
    ("call a friend", "calls made", "calls a week"),
    ("sleep", "hours slept", "hours a night"),
];

fn goal(i: usize, start: NaiveDate, needs: &[careplan::model::NeedId]) -> Goal {
    let (action, measure, unit) = ACTIONS[i % ACTIONS.len()];
    let mut g = Goal::new(start);
    g.action = action.into();
    g.detail = format!("on my own, goal number {}", i + 1);
    g.measure = measure.into();
    g.unit = unit.into();
    g.baseline = (i % 7 + 1).to_string();
    g.target = (i % 7 + 5).to_string();
    g.direction = Direction::Increase;
    g.confidence = Some((i % 4 + 6) as u8);
    g.supports = "My daughter Ana".into();
    g.known_barriers = "Bad weather, tired after work".into();
    g.why = "So I can keep living in my own home".into();
    g.target_date = Some(start + Duration::days(60 + (i % 90) as i64));
    g.review_date = Some(start + Duration::days(30));
    g.priority = Priority::ALL[i % 3];
    g.status = GoalStatus::ALL[i % 4];
    if let Some(need) = needs.get(i % needs.len().max(1)) {
        g.needs.push(*need);
    }
    for s in 0..STEPS_PER_GOAL {
        let mut step = ActionStep::new(format!("Step {} of goal {}", s + 1, i + 1));
        step.owner = if s % 2 == 0 {
            Owner::Person
        } else {
            Owner::Unassigned
        };
        step.due = Some(start + Duration::days((7 * (s + 1)) as i64));
        if s == 0 {
            step.repeat = Some(Repeat::Weekly);
            step.until = Some(start + Duration::days(90));
        }
        step.how = "At home".into();
        step.status = ActionStatus::ALL[s % 3];
        g.steps.push(step);
    }
    g
}

fn plan(goals: usize, copy: usize) -> CarePlan {
    let mut plan = sample_plan().duplicate(Utc::now(), careplan::model::lang::Lang::En);
    plan.title = format!("Benchmark plan, {goals} goals ({})", copy + 1);
    plan.person.name = format!("Bench Person {goals}-{}", copy + 1);
    plan.goals.clear();
    plan.services.clear();
    let start = plan.start_date.unwrap_or_else(|| Utc::now().date_naive());
    let needs: Vec<_> = plan.needs.iter().map(|n| n.id).collect();
    for i in 0..goals {
        plan.add_goal(goal(i, start, &needs));
    }
    let ids: Vec<_> = plan.goals.iter().map(|g| g.id).collect();
    for (n, chunk) in ids.chunks(GOALS_PER_SERVICE).enumerate() {
        let mut s = Service::new();
        s.organization = format!("Service {}", n + 1);
        s.kind = ServiceKind::ALL[n % ServiceKind::ALL.len()];
        s.status = ServiceStatus::ALL[n % ServiceStatus::ALL.len()];
        s.contact = "555-0100".into();
        s.referral_date = Some(start);
        s.goals = chunk.to_vec();
        plan.services.push(s);
    }
    plan
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench_plans <file.json>");
        return ExitCode::FAILURE;
    };
    let mut out = Map::new();
    for (name, goals, copies) in SIZES {
        let repo = Repo::new(MemoryStore::new());
        let mut first = None;
        for copy in 0..copies {
            let p = plan(goals, copy);
            if let Err(e) = repo.save(&p, 0, Utc::now()) {
                eprintln!("cannot store the {name}-goal plan: {}", e.plain());
                return ExitCode::FAILURE;
            }
            let first_goal = p.goals.first();
            first.get_or_insert((
                p.id,
                first_goal.map(|g| g.id),
                first_goal.and_then(|g| g.steps.first()).map(|s| s.id),
            ));
        }
        let mut storage = Map::new();
        let keys = repo.store().keys().unwrap_or_default();
        for key in keys {
            if let Ok(Some(value)) = repo.store().get(&key) {
                storage.insert(key, Value::String(value));
            }
        }
        let Some((plan_id, goal_id, step_id)) = first else {
            continue;
        };
        out.insert(
            name.into(),
            json!({
                "goals": goals,
                "plan_id": plan_id.to_string(),
                "first_goal_id": goal_id.map(|g| g.to_string()),
                "first_step_id": step_id.map(|s| s.to_string()),
                "storage": storage,
            }),
        );
    }
    let text = Value::Object(out).to_string();
    if let Err(e) = std::fs::write(&path, text) {
        eprintln!("cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
