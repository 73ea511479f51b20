//! The full plan, for the care team: everything in the plan, with lines to sign.

use super::follow_up::{evaluation_part, goal_rows, reviews_part, transition_part};
use super::parts::{or_empty, pairs, table};
use crate::config::Agency;
use crate::model::assessment::safety::CrisisLine;
use crate::model::dates;
use crate::model::goals::Goal;
use crate::model::{CarePlan, Need};
use crate::pages::assessment::summary::AssessmentSummary;
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn FullPlan(
    /// The plan to print.
    plan: CarePlan,
    /// The date printed in the header.
    printed_on: NaiveDate,
    /// The agency's name and contact details, printed under the title.
    agency: Agency,
    /// The crisis line printed with a safety flag.
    crisis_line: CrisisLine,
) -> impl IntoView {
    let name = plan.person_name().to_string();
    let agency_line = agency_line(&agency);
    let summary = plan.summary();
    let status = plan.status.label();
    let started = plan.start_date.map(dates::long);
    view! {
        <article class="printout full-plan" aria-label="The full plan, as it will be printed">
            <header class="printout-header">
                {practice_mark(&plan)}
                <h2 class="printout-title">"Care plan: " {summary.display_title()}</h2>
                <p>
                    "For " <strong>{summary.display_name()}</strong>
                    " \u{00b7} Status: " {status}
                    {started.map(|d| format!(" \u{00b7} Started {d}"))}
                    " \u{00b7} Printed " {dates::long(printed_on)}
                </p>
                {agency_line.map(|a| view! { <p class="printout-agency">{a}</p> })}
            </header>
            {person_and_team(&plan)}
            {assessment_part(&plan, crisis_line)}
            {needs_part(&plan.needs)}
            <section class="print-section">
                <h3>"Goals"</h3>
                {or_empty(plan.goals.is_empty(), "No goals yet.", || {
                    plan.goals
                        .iter()
                        .enumerate()
                        .map(|(i, g)| goal_part(&plan, g, i + 1, printed_on))
                        .collect_view()
                        .into_any()
                })}
            </section>
            {services_part(&plan)}
            {reviews_part(&plan)}
            {evaluation_part(&plan)}
            {transition_part(&plan)}
            <section class="print-section signatures">
                <h3>"Signatures"</h3>
                <p>"We agree to work on this plan together."</p>
                <div class="signature-lines">
                    <div class="signature">
                        <p><span class="line"></span>{if name.is_empty() { "The person".to_string() } else { name.clone() }}</p>
                        <p><span class="line"></span>"Date"</p>
                    </div>
                    <div class="signature">
                        <p><span class="line"></span>"Case manager"</p>
                        <p><span class="line"></span>"Date"</p>
                    </div>
                </div>
            </section>
        </article>
    }
}

fn person_and_team(plan: &CarePlan) -> impl IntoView {
    let p = plan.person.clone();
    let rows: Vec<(&str, String)> = [
        ("Name", p.name.trim().to_string()),
        (
            "Date of birth",
            p.birth_date.map(dates::long).unwrap_or_default(),
        ),
        (
            "Preferred language",
            p.preferred_language.trim().to_string(),
        ),
        (
            "Best way to get in touch",
            [
                p.contact_method
                    .map(|m| m.label().to_string())
                    .unwrap_or_default(),
                p.contact_details.trim().to_string(),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(": "),
        ),
        (
            "What matters most to them",
            p.what_matters.trim().to_string(),
        ),
        (
            "How the plan works",
            plan.case_model
                .map(|m| m.label().to_string())
                .unwrap_or_default(),
        ),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .collect();
    let team = plan.care_team.clone();
    view! {
        <section class="print-section">
            <h3>"The person"</h3>
            {pairs(rows)}
            <h3>"Care team"</h3>
            {table(
                None,
                &[("Role", ""), ("Name", ""), ("Organization", ""), ("Phone", ""), ("Email", "")],
                team.into_iter().map(|m| vec![m.role, m.name, m.organization, m.phone, m.email]).collect(),
                "No one added yet.",
            )}
        </section>
    }
}

/// "Eastside Community Services · 555-0100 · help@eastside.example", or nothing.
pub(super) fn agency_line(agency: &Agency) -> Option<String> {
    let parts: Vec<String> = [agency.name.trim().to_string(), agency.contact_line()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(" \u{b7} "))
}

fn assessment_part(plan: &CarePlan, line: CrisisLine) -> impl IntoView {
    let flagged = plan.safety_flag();
    let current = plan.current_assessment().cloned();
    view! {
        <section class="print-section">
            <h3>"Assessment"</h3>
            {match current {
                Some(a) => view! {
                    <p>"Assessed on " {dates::long(a.date)} "."</p>
                    <AssessmentSummary assessment=a />
                }.into_any(),
                None => view! { <p class="empty">"No assessment yet."</p> }.into_any(),
            }}
            {flagged.then(|| {
                view! {
                    <div class="print-safety">
                        <p><strong>"Safety note: "</strong>"the depression questionnaire (PHQ-9) answer to question 9, about thoughts of being better off dead or of hurting oneself, was above zero. Talk about it with the person soon."</p>
                        {line.lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                        <p>{line.emergency}</p>
                    </div>
                }
            })}
        </section>
    }
}

fn needs_part(needs: &[Need]) -> impl IntoView {
    view! {
        <section class="print-section">
            <h3>"Needs, most important first"</h3>
            {or_empty(needs.is_empty(), "No needs written down yet.", || {
                view! {
                    <ol class="print-needs">
                        {needs.iter().map(|n| {
                            let about = n.domain.map(|d| format!(" ({})", d.label()));
                            view! {
                                <li>
                                    {n.display_statement()} {about}
                                    " \u{2014} " <span class="print-status">{n.status.label()}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            })}
        </section>
    }
}

/// One goal; a plain function, so a long plan is not copied for every goal.
fn goal_part(plan: &CarePlan, goal: &Goal, number: usize, today: NaiveDate) -> impl IntoView {
    let sentence = goal.sentence(plan.person_name());
    let g = goal;
    let measured = if !g.measure.trim().is_empty() || !g.target.trim().is_empty() {
        let unit = g.unit.trim();
        let with_unit = |v: &str| {
            let v = v.trim();
            match (v, unit) {
                ("", _) => "not set".to_string(),
                (v, "") => v.to_string(),
                (v, u) => format!("{v} {u}"),
            }
        };
        format!(
            "{}: from {} to {} ({})",
            if g.measure.trim().is_empty() {
                "Measure"
            } else {
                g.measure.trim()
            },
            with_unit(&g.baseline),
            with_unit(&g.target),
            g.direction.label().to_lowercase()
        )
    } else {
        g.outcome.trim().to_string()
    };
    let needs: Vec<String> = g
        .needs
        .iter()
        .filter_map(|id| plan.need(*id).map(Need::display_statement))
        .collect();
    let dates_text = [
        g.start_date.map(|d| format!("Start {}", dates::long(d))),
        g.target_date.map(|d| format!("target {}", dates::long(d))),
        g.review_date.map(|d| format!("review {}", dates::long(d))),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let who = match g.who.trim() {
        "" => plan.owner_name(&crate::model::actions::Owner::Person),
        w => w.to_string(),
    };
    let specific = [
        Some(format!("Who: {who}")),
        non_empty("What", &format!("{} {}", g.action.trim(), g.detail.trim())),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(". ");
    let mut rows: Vec<(&str, String)> = vec![
        ("Specific", specific),
        ("Measurable", measured),
        (
            "Achievable",
            [
                g.confidence.map(|c| format!("Confidence {c} out of 10")),
                non_empty("Supports", &g.supports),
                non_empty("Known barriers", &g.known_barriers),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(". "),
        ),
        (
            "Relevant",
            [
                (!needs.is_empty()).then(|| format!("For: {}", needs.join("; "))),
                non_empty("Why it matters", &g.why),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(". "),
        ),
        ("Time-bound", dates_text),
    ];
    rows.extend(goal_rows(g, today));
    let services: Vec<String> = plan
        .services_linked_to(g.id)
        .into_iter()
        .filter_map(|id| plan.service(id).map(|s| s.display_name()))
        .collect();
    let steps: Vec<Vec<String>> = g
        .steps
        .iter()
        .map(|s| {
            let what = match s.how.trim() {
                "" => s.what.clone(),
                how => format!("{}\nHow: {how}", s.what),
            };
            vec![
                what,
                plan.owner_name(&s.owner),
                s.when(),
                s.status.label().to_string(),
            ]
        })
        .collect();
    view! {
        <section class="print-goal">
            <h4>"Goal " {number} ": " {sentence}</h4>
            <p class="print-goal-meta">
                "Status: " <span class="print-status">{g.status.label()}</span>
                " \u{00b7} Priority: " {g.priority.label()}
            </p>
            {pairs(rows)}
            {table(
                Some("Action steps"),
                &[("What", "col-what"), ("Who", "col-who"), ("When", "col-when"), ("Status", "")],
                steps,
                "No action steps yet.",
            )}
            {(!services.is_empty()).then(|| view! {
                <p>"Services that help: " {services.join(", ")}</p>
            })}
        </section>
    }
}

fn non_empty(label: &str, text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| format!("{label}: {text}"))
}

fn services_part(plan: &CarePlan) -> impl IntoView {
    let rows: Vec<_> = plan
        .services
        .iter()
        .map(|s| {
            let goals = s
                .goals
                .iter()
                .filter_map(|id| plan.goals.iter().position(|g| g.id == *id))
                .map(|i| format!("Goal {}", i + 1))
                .collect::<Vec<_>>()
                .join(", ");
            let dates_text = [
                s.referral_date
                    .map(|d| format!("Referred {}", dates::long(d))),
                s.next_appointment
                    .map(|d| format!("next appointment {}", dates::long(d))),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
            vec![
                s.display_name(),
                s.kind.label().to_string(),
                s.contact.clone(),
                s.status.label().to_string(),
                dates_text,
                goals,
            ]
        })
        .collect();
    view! {
        <section class="print-section">
            <h3>"Services and referrals"</h3>
            {table(
                None,
                &[("Service", ""), ("Kind", ""), ("Contact", ""), ("Status", ""), ("Dates", ""), ("Helps with", "")],
                rows,
                "No services or referrals yet.",
            )}
        </section>
    }
}

/// On a practice copy's printouts, above everything: it is not a real plan.
pub fn practice_mark(plan: &crate::model::CarePlan) -> Option<impl IntoView> {
    plan.practice.as_ref().map(|_| {
        view! { <p class="practice-mark">"Practice copy for training \u{2014} not a real plan"</p> }
    })
}
