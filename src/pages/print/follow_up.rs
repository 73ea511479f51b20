//! The parts of the full printout that come after the plan is made: how each goal is going and
//! how it was evaluated, the reviews, the plan's evaluation, and the transition.

use super::parts::{pairs, table};
use crate::model::evaluation::{counts_text, signed, GAS_LEVELS};
use crate::model::goals::Goal;
use crate::model::{dates, CarePlan};
use crate::pages::monitoring::standing;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Rows for one goal: its progress, its attainment scale and its outcome, where filled in.
pub fn goal_rows(goal: &Goal, today: NaiveDate) -> Vec<(&'static str, String)> {
    let mut rows = Vec::new();
    if !goal.progress.is_empty() || goal.achievement.is_some() {
        let latest = goal.dated_progress().last().map(|e| {
            let value = match (e.value.trim(), goal.unit.trim()) {
                ("", _) => e.note.trim().to_string(),
                (v, "") => v.to_string(),
                (v, u) => format!("{v} {u}"),
            };
            let date = e.date.map(dates::long).unwrap_or_default();
            format!(". Latest entry: {value} on {date}")
        });
        rows.push((
            "Progress",
            format!("{}{}", standing(goal, today), latest.unwrap_or_default()),
        ));
    }
    let scale: Vec<String> = GAS_LEVELS
        .iter()
        .filter(|(level, _)| !goal.gas.level_text(*level).trim().is_empty())
        .map(|(level, _)| format!("{}: {}", signed(*level), goal.gas.level_text(*level).trim()))
        .collect();
    if !scale.is_empty() {
        rows.push(("Attainment scale", scale.join("\n")));
    }
    let e = &goal.evaluation;
    let evaluation: Vec<String> = [
        goal.gas.valid_score().map(|s| {
            let name = GAS_LEVELS
                .iter()
                .find(|(l, _)| *l == s)
                .map_or("", |(_, n)| n);
            format!(
                "GAS level {} ({name}), weight {}",
                signed(s),
                goal.gas.weight.max(1)
            )
        }),
        e.result
            .map(|r| format!("Goal {}", r.label().to_lowercase())),
        non_empty("What helped", &e.helped),
        non_empty("What got in the way", &e.hindered),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !evaluation.is_empty() {
        rows.push(("Evaluation", evaluation.join(". ")));
    }
    rows
}

fn non_empty(label: &str, text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| format!("{label}: {text}"))
}

/// When the plan is reviewed, the goals' own review dates, and the reviews held.
pub fn reviews_part(plan: &CarePlan) -> impl IntoView {
    let schedule = [
        plan.review_schedule.describe(),
        (!plan.review_schedule.dates.is_empty()).then(|| {
            let chosen: Vec<String> = plan
                .review_schedule
                .dates
                .iter()
                .map(|d| dates::long(*d))
                .collect();
            format!("On {}", chosen.join(", "))
        }),
        plan.next_review()
            .map(|d| format!("Next review: {}", dates::long(d))),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(". ");
    let goal_reviews = plan.review_dates();
    let held: Vec<Vec<String>> =
        plan.reviews
            .iter()
            .map(|r| {
                let notes = plan.goals.iter().enumerate().filter_map(|(i, g)| {
                    match r.goal_note(g.id).trim() {
                        "" => None,
                        note => Some(format!("Goal {}: {note}", i + 1)),
                    }
                });
                let decided = std::iter::once(r.decisions.trim().to_string())
                    .filter(|d| !d.is_empty())
                    .chain(notes)
                    .collect::<Vec<_>>()
                    .join("\n");
                vec![
                    r.date.map(dates::long).unwrap_or_default(),
                    r.participants.trim().to_string(),
                    r.changes.trim().to_string(),
                    decided,
                ]
            })
            .collect();
    view! {
        <section class="print-section">
            <h3>"Reviews"</h3>
            <p>{if schedule.is_empty() { "No review schedule set yet.".to_string() } else { format!("{schedule}.") }}</p>
            {(!goal_reviews.is_empty()).then(|| view! {
                <p>"Goals to check on:"</p>
                <ul>
                    {goal_reviews.into_iter().map(|(date, goals)| view! {
                        <li><strong>{dates::long(date)}": "</strong>{goal_numbers(&goals)}</li>
                    }).collect_view()}
                </ul>
            })}
            {table(
                Some("Reviews held"),
                &[("Date", "col-when"), ("Who took part", "col-who"), ("What changed", ""), ("Decisions and notes on goals", "")],
                held,
                "No reviews recorded yet.",
            )}
        </section>
    }
}

/// "Goal 2", "Goals 1 and 3", "Goals 1, 2 and 4".
fn goal_numbers(numbers: &[usize]) -> String {
    match numbers {
        [] => String::new(),
        [one] => format!("Goal {one}"),
        [rest @ .., last] => format!(
            "Goals {} and {last}",
            rest.iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The plan's evaluation, once any goal has been scored or judged met or not.
pub fn evaluation_part(plan: &CarePlan) -> Option<impl IntoView> {
    let gas = plan.gas_summary();
    let counts = plan.summary_counts();
    if gas.scored == 0 && counts.goals_by_result.is_empty() {
        return None;
    }
    let rows = vec![
        (
            "Goals",
            counts_text(counts.goals_by_status.iter().map(|(s, n)| (s.label(), *n))),
        ),
        (
            "Met or not",
            counts_text(counts.goals_by_result.iter().map(|(r, n)| (r.label(), *n))),
        ),
        (
            "Needs resolved",
            format!("{} of {}", counts.needs_resolved, counts.needs_total),
        ),
        (
            "Services used",
            if counts.services_used.is_empty() {
                "None".to_string()
            } else {
                counts.services_used.join(", ")
            },
        ),
    ];
    Some(view! {
        <section class="print-section">
            <h3>"Evaluation"</h3>
            <p>{gas.sentence()}</p>
            {pairs(rows)}
        </section>
    })
}

/// Why the plan ends, who takes over, the follow-up, what to do if things get worse, and the
/// needs still open; left out until something is filled in.
pub fn transition_part(plan: &CarePlan) -> Option<impl IntoView> {
    let t = &plan.transition;
    if !t.is_started() {
        return None;
    }
    let handoff: Vec<String> = t
        .handoff
        .iter()
        .filter_map(|id| plan.member(*id))
        .filter_map(|m| {
            let label = m.label()?;
            Some(match m.phone.trim() {
                "" => label,
                phone => format!("{label}, {phone}"),
            })
        })
        .collect();
    let open_needs: Vec<String> = t
        .open_needs
        .iter()
        .filter_map(|id| plan.need(*id).map(|n| n.display_statement()))
        .collect();
    let mut rows = vec![
        ("Reason", t.reason_text().unwrap_or_default()),
        ("Where next", t.next_setting.trim().to_string()),
        ("Who takes over", handoff.join("\n")),
        (
            "Follow-up",
            t.follow_up.map(dates::long).unwrap_or_default(),
        ),
        ("If things get worse", t.if_worse.trim().to_string()),
        ("Needs still open", open_needs.join("\n")),
    ];
    if let Some(d) = t.closed_on {
        rows.push(("Plan closed", dates::long(d)));
    }
    rows.retain(|(_, v)| !v.is_empty());
    Some(view! {
        <section class="print-section">
            <h3>"Transition"</h3>
            {pairs(rows)}
        </section>
    })
}
