//! The full plan, for the care team: everything in the plan, with lines to sign.

use super::consent::{consent_part, member_cell, owner_cell, service_cell};
use super::follow_up::{evaluation_part, goal_rows, reviews_part, transition_part};
use super::parts::{or_empty, pairs, table};
use crate::components::actions_text::{
    action_status_label, service_kind_label, service_status_label,
};
use crate::components::goal_text::{direction_label, goal_status_label, priority_label};
use crate::components::intake_text::{case_model_label, contact_method_label, plan_status_label};
use crate::components::needs_text::{need_statement, need_status_label};
use crate::components::{isolated, CrisisLineText};
use crate::config::Agency;
use crate::i18n::{t_string, use_i18n, Locale};
use crate::model::assessment::safety::CrisisLine;
use crate::model::dates;
use crate::model::goals::smart::Letter;
use crate::model::goals::Goal;
use crate::model::lang::Lang;
use crate::model::printout::{listed, sentences};
use crate::model::text::isolate;
use crate::model::{CarePlan, Need};
use crate::pages::assessment::summary::AssessmentSummary;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

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
    /// The language the model writes its sentences and dates in, the chosen one.
    lang: Lang,
) -> impl IntoView {
    let i18n = use_i18n();
    let long = move |d| dates::long_in(d, lang);
    let name = plan.person_name().to_string();
    let agency_line = agency_line(&agency);
    let summary = plan.summary();
    let title = match summary.title.as_str() {
        "" => t_string!(i18n, print.full.untitled).to_string(),
        t => isolate(t),
    };
    let person = match summary.person_name.as_str() {
        "" => t_string!(i18n, print.full.unnamed).to_string(),
        n => n.to_string(),
    };
    let status = plan_status_label(i18n, plan.status);
    let meta = [
        Some(t_string!(i18n, print.full.status, status = status).to_string()),
        plan.start_date
            .map(|d| t_string!(i18n, print.full.started, date = long(d)).to_string()),
        Some(t_string!(i18n, print.printed, date = long(printed_on)).to_string()),
    ]
    .into_iter()
    .flatten()
    .map(|part| format!(" \u{00b7} {part}"))
    .collect::<String>();
    view! {
        <article class="printout full-plan" aria-label=t_string!(i18n, print.full.label)>
            <header class="printout-header">
                {practice_mark(&plan)}
                <h2 class="printout-title">{isolated(t_string!(i18n, print.full.title, title = title).to_string())}</h2>
                <p>
                    {t_string!(i18n, print.full.for_person)} " " <strong><bdi>{person}</bdi></strong>
                    {meta}
                </p>
                {agency_line.map(|a| view! { <p class="printout-agency">{a}</p> })}
            </header>
            {super::safety_plan::safety_plan_part(i18n, &plan)}
            {person_and_team(i18n, &plan, printed_on, lang)}
            {assessment_part(i18n, &plan, crisis_line, lang)}
            {needs_part(i18n, &plan.needs, lang)}
            <section class="print-section">
                <h3>{t_string!(i18n, print.full.goals)}</h3>
                {or_empty(plan.goals.is_empty(), t_string!(i18n, print.full.goals_empty), || {
                    plan.goals
                        .iter()
                        .enumerate()
                        .map(|(i, g)| goal_part(i18n, &plan, g, i + 1, printed_on, lang))
                        .collect_view()
                        .into_any()
                })}
            </section>
            {services_part(i18n, &plan, printed_on, lang)}
            {reviews_part(i18n, &plan, lang)}
            {super::contact_notes::full_plan_part(i18n, &plan, lang)}
            {evaluation_part(i18n, &plan, lang)}
            {transition_part(i18n, &plan, lang)}
            {consent_part(&plan, printed_on, lang)}
            <section class="print-section signatures">
                <h3>{t_string!(i18n, print.full.signatures)}</h3>
                <p>{t_string!(i18n, print.full.agree)}</p>
                <div class="signature-lines">
                    <div class="signature">
                        <p><span class="line"></span>{if name.is_empty() { t_string!(i18n, print.full.the_person).to_string() } else { name.clone() }}</p>
                        <p><span class="line"></span>{t_string!(i18n, print.full.date)}</p>
                    </div>
                    <div class="signature">
                        <p><span class="line"></span>{t_string!(i18n, print.full.case_manager)}</p>
                        <p><span class="line"></span>{t_string!(i18n, print.full.date)}</p>
                    </div>
                </div>
            </section>
        </article>
    }
}

fn person_and_team(
    i18n: I18nContext<Locale>,
    plan: &CarePlan,
    printed_on: NaiveDate,
    lang: Lang,
) -> impl IntoView {
    let p = plan.person.clone();
    let rows: Vec<(&str, String)> = [
        (
            t_string!(i18n, print.person.name),
            p.name.trim().to_string(),
        ),
        (
            t_string!(i18n, print.person.birth),
            p.birth_date
                .map(|d| dates::long_in(d, lang))
                .unwrap_or_default(),
        ),
        (
            t_string!(i18n, print.person.language),
            p.preferred_language.trim().to_string(),
        ),
        (
            t_string!(i18n, print.person.contact),
            [
                p.contact_method
                    .map(|m| contact_method_label(i18n, m).to_string())
                    .unwrap_or_default(),
                isolate(p.contact_details.trim()),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(": "),
        ),
        (
            t_string!(i18n, print.person.matters),
            p.what_matters.trim().to_string(),
        ),
        (
            t_string!(i18n, print.person.how_works),
            plan.case_model
                .map(|m| case_model_label(i18n, m).to_string())
                .unwrap_or_default(),
        ),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .collect();
    let team = plan.care_team.clone();
    view! {
        <section class="print-section">
            <h3>{t_string!(i18n, print.person.heading)}</h3>
            {pairs(rows)}
            <h3>{t_string!(i18n, print.team.heading)}</h3>
            {table(
                None,
                &[
                    (t_string!(i18n, print.team.role), "col-role"),
                    (t_string!(i18n, print.team.name), "col-name"),
                    (t_string!(i18n, print.team.organization), "col-organization"),
                    (t_string!(i18n, print.team.phone), "col-phone"),
                    (t_string!(i18n, print.team.email), "col-email"),
                ],
                team.into_iter().map(|m| {
                    let name = member_cell(plan, m.id, &m.name, printed_on, lang);
                    vec![m.role, name, m.organization, m.phone, m.email]
                }).collect(),
                t_string!(i18n, print.team.empty),
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

fn assessment_part(
    i18n: I18nContext<Locale>,
    plan: &CarePlan,
    line: CrisisLine,
    lang: Lang,
) -> impl IntoView {
    let flagged = plan.safety_flag();
    let current = plan.current_assessment().cloned();
    view! {
        <section class="print-section">
            <h3>{t_string!(i18n, print.assessment.heading)}</h3>
            {match current {
                Some(a) => view! {
                    <p>{t_string!(i18n, print.assessment.on, date = dates::long_in(a.date, lang)).to_string()}</p>
                    // In the printout's language (the i18n context around it says which).
                    <AssessmentSummary assessment=a translated=true />
                }.into_any(),
                None => view! { <p class="empty">{t_string!(i18n, print.assessment.none)}</p> }.into_any(),
            }}
            {flagged.then(|| {
                view! {
                    <div class="print-safety">
                        <p><strong>{t_string!(i18n, print.assessment.safety_label)}" "</strong>{t_string!(i18n, print.assessment.safety)}</p>
                        {
                            let (line, in_lang) = line.shown_in(lang);
                            view! { <CrisisLineText line=line in_lang=in_lang /> }
                        }
                    </div>
                }
            })}
        </section>
    }
}

fn needs_part(i18n: I18nContext<Locale>, needs: &[Need], lang: Lang) -> impl IntoView {
    view! {
        <section class="print-section">
            <h3>{t_string!(i18n, print.needs.heading)}</h3>
            {or_empty(needs.is_empty(), t_string!(i18n, print.needs.empty), || {
                view! {
                    <ol class="print-needs">
                        {needs.iter().map(|n| {
                            let about = n.domain.map(|d| format!(" ({})", d.label_in(lang)));
                            view! {
                                <li>
                                    <bdi>{need_statement(i18n, n)}</bdi> {about}
                                    " \u{2014} " <span class="print-status">{need_status_label(i18n, n.status)}</span>
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
fn goal_part(
    i18n: I18nContext<Locale>,
    plan: &CarePlan,
    goal: &Goal,
    number: usize,
    today: NaiveDate,
    lang: Lang,
) -> impl IntoView {
    let long = move |d| dates::long_in(d, lang);
    let sentence = goal.shown_sentence_in(plan.person_name(), lang);
    let g = goal;
    let measured = if !g.measure.trim().is_empty() || !g.target.trim().is_empty() {
        let unit = g.unit.trim();
        let with_unit = |v: &str| {
            let v = v.trim();
            match (v, unit) {
                ("", _) => t_string!(i18n, print.goal.not_set).to_string(),
                (v, "") => isolate(v),
                (v, u) => isolate(&format!("{v} {u}")),
            }
        };
        let measure = match g.measure.trim() {
            "" => t_string!(i18n, print.goal.measure).to_string(),
            m => isolate(m),
        };
        t_string!(
            i18n,
            print.goal.measured,
            measure = measure,
            from = with_unit(&g.baseline),
            to = with_unit(&g.target),
            direction = direction_label(i18n, g.direction).to_lowercase()
        )
        .to_string()
    } else {
        g.outcome.trim().to_string()
    };
    let needs: Vec<String> = g
        .needs
        .iter()
        .filter_map(|id| plan.need(*id).map(|n| isolate(&need_statement(i18n, n))))
        .collect();
    let dates_text = [
        g.start_date
            .map(|d| t_string!(i18n, print.goal.start, date = long(d)).to_string()),
        g.target_date
            .map(|d| t_string!(i18n, print.goal.target, date = long(d)).to_string()),
        g.review_date
            .map(|d| t_string!(i18n, print.goal.review, date = long(d)).to_string()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    // What the person typed is isolated from the sentences around it.
    let who = match g.who.trim() {
        "" => plan.owner_name_in(&crate::model::actions::Owner::Person, lang),
        w => w.to_string(),
    };
    let who = isolate(&who);
    let what = format!("{} {}", g.action.trim(), g.detail.trim());
    let what = isolate(what.trim());
    let specific = sentences(
        [
            Some(t_string!(i18n, print.goal.who, who = who).to_string()),
            (!what.is_empty()).then(|| t_string!(i18n, print.goal.what, what = what).to_string()),
        ]
        .into_iter()
        .flatten(),
    );
    let labelled = |text: &str, f: &dyn Fn(&str) -> String| {
        let text = text.trim();
        (!text.is_empty()).then(|| f(&isolate(text)))
    };
    let mut rows: Vec<(&str, String)> = vec![
        (Letter::Specific.name_in(lang), specific),
        (Letter::Measurable.name_in(lang), measured),
        (
            Letter::Achievable.name_in(lang),
            sentences(
                [
                    g.confidence
                        .map(|c| t_string!(i18n, print.goal.confidence, n = c).to_string()),
                    labelled(&g.supports, &|t| {
                        t_string!(i18n, print.goal.supports, text = t).to_string()
                    }),
                    labelled(&g.known_barriers, &|t| {
                        t_string!(i18n, print.goal.barriers, text = t).to_string()
                    }),
                ]
                .into_iter()
                .flatten(),
            ),
        ),
        (
            Letter::Relevant.name_in(lang),
            // A need typed with its own full stop gets no second one ("last month.. Why").
            sentences(
                [
                    (!needs.is_empty()).then(|| {
                        let needs = listed(&needs);
                        t_string!(i18n, print.goal.for_needs, needs = needs).to_string()
                    }),
                    labelled(&g.why, &|t| {
                        t_string!(i18n, print.goal.why, text = t).to_string()
                    }),
                ]
                .into_iter()
                .flatten(),
            ),
        ),
        (Letter::TimeBound.name_in(lang), dates_text),
    ];
    rows.extend(goal_rows(i18n, g, today, lang));
    let services: Vec<String> = plan
        .services_linked_to(g.id)
        .into_iter()
        .filter_map(|id| plan.service(id).map(|s| isolate(&s.display_name_in(lang))))
        .collect();
    let steps: Vec<Vec<String>> = g
        .steps
        .iter()
        .map(|s| {
            let what = match s.how.trim() {
                "" => isolate(&s.what),
                how => format!(
                    "{}\n{}",
                    isolate(&s.what),
                    t_string!(i18n, print.goal.how, how = isolate(how))
                ),
            };
            vec![
                what,
                owner_cell(plan, &s.owner, today, lang),
                // A step whose day has passed by the day printed says so.
                s.when_on_in(today, lang),
                action_status_label(i18n, s.status).to_string(),
            ]
        })
        .collect();
    let priority = priority_label(i18n, g.priority);
    view! {
        <section class="print-goal">
            <h4>{isolated(t_string!(i18n, print.goal.title, number = number, sentence = sentence).to_string())}</h4>
            <p class="print-goal-meta">
                {t_string!(i18n, print.goal.status)} " " <span class="print-status">{goal_status_label(i18n, g.status)}</span>
                " \u{00b7} " {t_string!(i18n, print.goal.priority, priority = priority).to_string()}
            </p>
            {pairs(rows)}
            {table(
                Some(t_string!(i18n, print.goal.steps)),
                &[
                    (t_string!(i18n, print.goal.step_what), "col-what"),
                    (t_string!(i18n, print.goal.step_who), "col-who"),
                    (t_string!(i18n, print.goal.step_when), "col-when"),
                    (t_string!(i18n, print.goal.step_status), ""),
                ],
                steps,
                t_string!(i18n, print.goal.steps_empty),
            )}
            {(!services.is_empty()).then(|| {
                let services = services.join(", ");
                view! { <p>{isolated(t_string!(i18n, print.goal.services, services = services).to_string())}</p> }
            })}
        </section>
    }
}

fn services_part(
    i18n: I18nContext<Locale>,
    plan: &CarePlan,
    printed_on: NaiveDate,
    lang: Lang,
) -> impl IntoView {
    let long = move |d| dates::long_in(d, lang);
    let rows: Vec<_> = plan
        .services
        .iter()
        .map(|s| {
            let goals = s
                .goals
                .iter()
                .filter_map(|id| plan.goals.iter().position(|g| g.id == *id))
                .map(|i| t_string!(i18n, print.services.goal, n = i + 1).to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let dates_text = [
                s.referral_date
                    .map(|d| t_string!(i18n, print.services.referred, date = long(d)).to_string()),
                s.next_appointment.map(|d| {
                    t_string!(i18n, print.services.next_appointment, date = long(d)).to_string()
                }),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
            vec![
                service_cell(plan, s.id, s.display_name_in(lang), printed_on, lang),
                service_kind_label(i18n, s.kind).to_string(),
                s.contact.clone(),
                service_status_label(i18n, s.status).to_string(),
                dates_text,
                goals,
            ]
        })
        .collect();
    view! {
        <section class="print-section">
            <h3>{t_string!(i18n, print.services.heading)}</h3>
            {table(
                None,
                &[
                    (t_string!(i18n, print.services.service), "col-service"),
                    (t_string!(i18n, print.services.kind), "col-kind"),
                    (t_string!(i18n, print.services.contact), "col-contact"),
                    (t_string!(i18n, print.services.status), "col-status"),
                    (t_string!(i18n, print.services.dates), "col-dates"),
                    (t_string!(i18n, print.services.helps_with), "col-goals"),
                ],
                rows,
                t_string!(i18n, print.services.empty),
            )}
        </section>
    }
}

/// On a practice copy's printouts, above everything: it is not a real plan.
pub fn practice_mark(plan: &crate::model::CarePlan) -> Option<impl IntoView> {
    let i18n = use_i18n();
    plan.practice.as_ref().map(|_| {
        view! { <p class="practice-mark">{t_string!(i18n, print.practice)}</p> }
    })
}
