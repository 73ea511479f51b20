//! A read-only summary of one assessment: scores, each part of life looked at, and barriers.
//! Used for earlier assessments, which are kept unchanged, and on the printouts (in English).

use crate::components::assessment_text::need_level_label_in;
use crate::i18n::{td_string, use_i18n, Locale};
use crate::model::assessment::barriers::Barrier;
use crate::model::assessment::domains::Domain;
use crate::model::assessment::history::score_history_in;
use crate::model::lang::Lang;
use crate::model::Assessment;
use crate::model::Choice;
use leptos::prelude::*;
use leptos_i18n::Locale as _;

#[component]
pub fn AssessmentSummary(
    /// The assessment to show.
    assessment: Assessment,
    /// In the chosen language (the Assessment step); in English otherwise (the printouts).
    #[prop(optional)]
    translated: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    // Read-only, so drawn again whole when the language changes.
    move || {
        let locale = if translated {
            i18n.get_locale()
        } else {
            Locale::en
        };
        summary(locale, &assessment)
    }
}

fn summary(locale: Locale, assessment: &Assessment) -> impl IntoView {
    let lang = Lang::from_code(locale.as_str());
    let scores = score_history_in(std::slice::from_ref(assessment), lang);
    let domains: Vec<Domain> = Domain::ALL
        .iter()
        .copied()
        .filter(|d| !assessment.domain(*d).is_blank())
        .collect();
    let barriers = assessment.barriers.clone();
    let other = assessment.other_barriers.trim().to_string();
    view! {
        <div class="assessment-summary">
            {if scores.is_empty() {
                view! { <p class="empty">{td_string!(locale, assessment.summary.no_scores)}</p> }.into_any()
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
                view! { <p class="empty">{td_string!(locale, assessment.summary.no_domains)}</p> }.into_any()
            } else {
                view! {
                    <ul class="domain-summaries">
                        {domains.into_iter().map(|d| {
                            let da = assessment.domain(d).clone();
                            view! {
                                <li>
                                    <strong>{d.label_in(lang)}": "</strong>
                                    {format!("{}.", need_level_label_in(locale, da.level))}
                                    {note(td_string!(locale, assessment.summary.going_well), &da.strengths)}
                                    {note(td_string!(locale, assessment.summary.concerns), &da.concerns)}
                                    {note(td_string!(locale, assessment.summary.staff_notes), &da.staff_notes)}
                                    {barrier_note(locale, &da.barriers, &da.other_barriers)}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {barrier_note(locale, &barriers, &other).map(|b| {
                view! { <p>{td_string!(locale, assessment.summary.overall)}" "{b}</p> }
            })}
        </div>
    }
}

fn note(label: &'static str, text: &str) -> Option<impl IntoView> {
    let text = text.trim().to_string();
    (!text.is_empty()).then(|| view! { <span class="summary-note">" "{label}": "{text}</span> })
}

fn barrier_note(locale: Locale, barriers: &[Barrier], other: &str) -> Option<String> {
    let mut names: Vec<String> = barriers
        .iter()
        .map(|b| b.label_in(Lang::from_code(locale.as_str())).to_string())
        .collect();
    if !other.trim().is_empty() {
        names.push(other.trim().to_string());
    }
    (!names.is_empty()).then(|| {
        format!(
            " {} {}.",
            td_string!(locale, assessment.summary.barriers),
            names.join("; ")
        )
    })
}
