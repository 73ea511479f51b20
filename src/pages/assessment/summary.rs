//! A read-only summary of one assessment: scores, each part of life looked at, and barriers.
//! Used for earlier assessments, which are kept unchanged.

use crate::model::assessment::barriers::Barrier;
use crate::model::assessment::domains::{Domain, NeedLevel};
use crate::model::assessment::history::score_history;
use crate::model::Assessment;
use leptos::prelude::*;

#[component]
pub fn AssessmentSummary(
    /// The assessment to show.
    assessment: Assessment,
) -> impl IntoView {
    let scores = score_history(std::slice::from_ref(&assessment));
    let domains: Vec<Domain> = Domain::ALL
        .into_iter()
        .filter(|d| !assessment.domain(*d).is_blank())
        .collect();
    let barriers = assessment.barriers.clone();
    let other = assessment.other_barriers.trim().to_string();
    view! {
        <div class="assessment-summary">
            {if scores.is_empty() {
                view! { <p class="empty">"No questionnaire was completed."</p> }.into_any()
            } else {
                view! {
                    <dl class="pairs">
                        {scores.into_iter().map(|line| view! {
                            <dt>{line.instrument}</dt>
                            <dd>{line.values.into_iter().flatten().next().unwrap_or_default()}</dd>
                        }).collect_view()}
                    </dl>
                }
                .into_any()
            }}
            {if domains.is_empty() {
                view! { <p class="empty">"No part of life was filled in."</p> }.into_any()
            } else {
                view! {
                    <ul class="domain-summaries">
                        {domains.into_iter().map(|d| {
                            let da = assessment.domain(d).clone();
                            view! {
                                <li>
                                    <strong>{d.label()}": "</strong>
                                    {level_text(da.level)}
                                    {note("What is going well", &da.strengths)}
                                    {note("Concerns", &da.concerns)}
                                    {note("Staff notes", &da.staff_notes)}
                                    {barrier_note(&da.barriers, &da.other_barriers)}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {barrier_note(&barriers, &other).map(|b| view! { <p>"Barriers that affect everything: "{b}</p> })}
        </div>
    }
}

fn level_text(level: NeedLevel) -> String {
    format!("{}.", level.label())
}

fn note(label: &'static str, text: &str) -> Option<impl IntoView> {
    let text = text.trim().to_string();
    (!text.is_empty()).then(|| view! { <span class="summary-note">" "{label}": "{text}</span> })
}

fn barrier_note(barriers: &[Barrier], other: &str) -> Option<String> {
    let mut names: Vec<String> = barriers.iter().map(|b| b.label().to_string()).collect();
    if !other.trim().is_empty() {
        names.push(other.trim().to_string());
    }
    (!names.is_empty()).then(|| format!(" Barriers: {}.", names.join("; ")))
}
