//! The full plan, for the care team: everything in the plan, with lines to sign.

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
) -> impl IntoView {
    let name = plan.person_name().to_string();
    let summary = plan.summary();
    let status = plan.status.label();
    let started = plan.start_date.map(dates::long);
    view! {
        <article class="printout full-plan" aria-label="The full plan, as it will be printed">
            <header class="printout-header">
                <h2 class="printout-title">"Care plan: " {summary.display_title()}</h2>
                <p>
                    "For " <strong>{summary.display_name()}</strong>
                    " \u{00b7} Status: " {status}
                    {started.map(|d| format!(" \u{00b7} Started {d}"))}
                    " \u{00b7} Printed " {dates::long(printed_on)}
                </p>
            </header>
            <PersonAndTeam plan=plan.clone() />
            <AssessmentPart plan=plan.clone() />
            <NeedsPart needs=plan.needs.clone() />
            <section class="print-section">
                <h3>"Goals"</h3>
                {if plan.goals.is_empty() {
                    view! { <p class="empty">"No goals yet."</p> }.into_any()
                } else {
                    plan.goals
                        .iter()
                        .enumerate()
                        .map(|(i, g)| view! { <GoalPart plan=plan.clone() goal=g.clone() number=i + 1 /> })
                        .collect_view()
                        .into_any()
                }}
            </section>
            <ServicesPart plan=plan.clone() />
            <ReviewsPart plan=plan.clone() />
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

#[component]
fn PersonAndTeam(plan: CarePlan) -> impl IntoView {
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
            <dl class="print-pairs">
                {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
            <h3>"Care team"</h3>
            {if team.is_empty() {
                view! { <p class="empty">"No one added yet."</p> }.into_any()
            } else {
                view! {
                    <table class="print-table">
                        <thead><tr><th scope="col">"Role"</th><th scope="col">"Name"</th><th scope="col">"Organization"</th><th scope="col">"Phone"</th><th scope="col">"Email"</th></tr></thead>
                        <tbody>
                            {team.into_iter().map(|m| view! {
                                <tr><td>{m.role}</td><td>{m.name}</td><td>{m.organization}</td><td>{m.phone}</td><td>{m.email}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn AssessmentPart(plan: CarePlan) -> impl IntoView {
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
                let line = CrisisLine::default();
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

#[component]
fn NeedsPart(needs: Vec<Need>) -> impl IntoView {
    view! {
        <section class="print-section">
            <h3>"Needs, most important first"</h3>
            {if needs.is_empty() {
                view! { <p class="empty">"No needs written down yet."</p> }.into_any()
            } else {
                view! {
                    <ol class="print-needs">
                        {needs.into_iter().map(|n| {
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
            }}
        </section>
    }
}

#[component]
fn GoalPart(plan: CarePlan, goal: Goal, number: usize) -> impl IntoView {
    let sentence = goal.sentence(plan.person_name());
    let g = &goal;
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
    let rows: Vec<(&str, String)> = vec![
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
    let services: Vec<String> = plan
        .services_linked_to(g.id)
        .into_iter()
        .filter_map(|id| plan.service(id).map(|s| s.display_name()))
        .collect();
    let steps: Vec<(String, String, String, String, &'static str)> = g
        .steps
        .iter()
        .map(|s| {
            (
                s.what.clone(),
                s.how.trim().to_string(),
                plan.owner_name(&s.owner),
                s.when(),
                s.status.label(),
            )
        })
        .collect();
    view! {
        <section class="print-goal">
            <h4>"Goal " {number} ": " {sentence}</h4>
            <p class="print-goal-meta">
                "Status: " <span class="print-status">{g.status.label()}</span>
                " \u{00b7} Priority: " {g.priority.label()}
            </p>
            <dl class="print-pairs">
                {rows.into_iter().map(|(k, v)| {
                    let v = if v.is_empty() { "Not filled in yet".to_string() } else { v };
                    view! { <dt>{k}</dt><dd>{v}</dd> }
                }).collect_view()}
            </dl>
            {if steps.is_empty() {
                view! { <p class="empty">"No action steps yet."</p> }.into_any()
            } else {
                view! {
                    <table class="print-table">
                        <caption>"Action steps"</caption>
                        <thead><tr><th scope="col" class="col-what">"What"</th><th scope="col" class="col-who">"Who"</th><th scope="col" class="col-when">"When"</th><th scope="col">"Status"</th></tr></thead>
                        <tbody>
                            {steps.into_iter().map(|(what, how, who, when, status)| view! {
                                <tr>
                                    <td>{what}{(!how.is_empty()).then(|| view! { <br /><span class="how">"How: " {how}</span> })}</td>
                                    <td>{who}</td><td>{when}</td><td>{status}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
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

#[component]
fn ServicesPart(plan: CarePlan) -> impl IntoView {
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
            (
                s.display_name(),
                s.kind.label(),
                s.contact.clone(),
                s.status.label(),
                dates_text,
                goals,
            )
        })
        .collect();
    view! {
        <section class="print-section">
            <h3>"Services and referrals"</h3>
            {if rows.is_empty() {
                view! { <p class="empty">"No services or referrals yet."</p> }.into_any()
            } else {
                view! {
                    <table class="print-table">
                        <thead><tr><th scope="col">"Service"</th><th scope="col">"Kind"</th><th scope="col">"Contact"</th><th scope="col">"Status"</th><th scope="col">"Dates"</th><th scope="col">"Helps with"</th></tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(n, k, c, st, d, g)| view! {
                                <tr><td>{n}</td><td>{k}</td><td>{c}</td><td>{st}</td><td>{d}</td><td>{g}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn ReviewsPart(plan: CarePlan) -> impl IntoView {
    let reviews = plan.review_dates();
    view! {
        <section class="print-section">
            <h3>"Reviews"</h3>
            {if reviews.is_empty() {
                view! { <p class="empty">"No review dates set yet."</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {reviews.into_iter().map(|(date, goals)| view! {
                            <li><strong>{dates::long(date)}": "</strong>{goal_numbers(&goals)}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
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
