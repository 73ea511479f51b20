//! The parts of the full printout that come after the plan is made: how each goal is going and
//! how it was evaluated, the reviews, the plan's evaluation, and the transition.

use super::parts::{pairs, table};
use crate::components::evaluation_text::{gas_level_label, outcome_label};
use crate::components::goal_text::goal_status_label;
use crate::components::monitoring_text::period_label;
use crate::components::needs_text::need_statement;
use crate::components::transition_text::closure_reason_label;
use crate::i18n::{t_string, Locale};
use crate::model::evaluation::{signed, GAS_LEVELS};
use crate::model::goals::Goal;
use crate::model::lang::Lang;
use crate::model::monitoring::{Period, ReviewSchedule};
use crate::model::printout::sentences;
use crate::model::text::isolate;
use crate::model::{dates, CarePlan};
use crate::pages::evaluation::counts_in;
use crate::pages::monitoring::standing_in;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// Rows for one goal: its progress, its attainment scale and its outcome, where filled in.
pub fn goal_rows(
    i18n: I18nContext<Locale>,
    goal: &Goal,
    today: NaiveDate,
    lang: Lang,
) -> Vec<(&'static str, String)> {
    let mut rows = Vec::new();
    if !goal.progress.is_empty() || goal.achievement.is_some() {
        let latest = goal.dated_progress().last().map(|e| {
            let value = match (e.value.trim(), goal.unit.trim()) {
                ("", _) => isolate(e.note.trim()),
                (v, "") => isolate(v),
                (v, u) => isolate(&format!("{v} {u}")),
            };
            let date = e.date.map(|d| dates::long_in(d, lang)).unwrap_or_default();
            format!(
                ". {}",
                t_string!(i18n, print.goal.latest, value = value, date = date)
            )
        });
        rows.push((
            t_string!(i18n, print.goal.progress),
            format!(
                "{}{}",
                standing_in(i18n, goal, today),
                latest.unwrap_or_default()
            ),
        ));
    }
    let scale: Vec<String> = GAS_LEVELS
        .iter()
        .filter(|(level, _)| !goal.gas.level_text(*level).trim().is_empty())
        .map(|(level, _)| {
            let text = isolate(goal.gas.level_text(*level).trim());
            format!("{}: {text}", signed(*level))
        })
        .collect();
    if !scale.is_empty() {
        rows.push((t_string!(i18n, print.goal.scale), scale.join("\n")));
    }
    let e = &goal.evaluation;
    let labelled = |text: &str, f: &dyn Fn(&str) -> String| {
        let text = text.trim();
        (!text.is_empty()).then(|| f(&isolate(text)))
    };
    let evaluation: Vec<String> = [
        goal.gas.valid_score().map(|s| {
            let name = gas_level_label(i18n, s);
            t_string!(
                i18n,
                print.goal.gas,
                level = signed(s),
                name = name,
                weight = goal.gas.counted_weight()
            )
            .to_string()
        }),
        e.result.map(|r| {
            let result = outcome_label(i18n, r).to_lowercase();
            t_string!(i18n, print.goal.result, result = result).to_string()
        }),
        labelled(&e.helped, &|t| {
            t_string!(i18n, print.goal.helped, text = t).to_string()
        }),
        labelled(&e.hindered, &|t| {
            t_string!(i18n, print.goal.hindered, text = t).to_string()
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !evaluation.is_empty() {
        rows.push((
            t_string!(i18n, print.goal.evaluation),
            sentences(&evaluation),
        ));
    }
    rows
}

/// "Every 4 weeks", "Every month" (`ReviewSchedule::describe`), in the chosen language.
fn describe(i18n: I18nContext<Locale>, schedule: &ReviewSchedule) -> Option<String> {
    let n = schedule.every.filter(|n| *n > 0)?;
    Some(match (n, schedule.period) {
        (1, Period::Days) => t_string!(i18n, print.reviews.every_day).to_string(),
        (1, Period::Weeks) => t_string!(i18n, print.reviews.every_week).to_string(),
        (1, Period::Months) => t_string!(i18n, print.reviews.every_month).to_string(),
        (n, period) => {
            let period = period_label(i18n, period);
            t_string!(i18n, print.reviews.every_n, n = n, period = period).to_string()
        }
    })
}

/// When the plan is reviewed, the goals' own review dates, and the reviews held.
pub fn reviews_part(i18n: I18nContext<Locale>, plan: &CarePlan, lang: Lang) -> impl IntoView {
    let long = move |d| dates::long_in(d, lang);
    let schedule = [
        describe(i18n, &plan.review_schedule),
        (!plan.review_schedule.dates.is_empty()).then(|| {
            let chosen: Vec<String> = plan
                .review_schedule
                .dates
                .iter()
                .map(|d| long(*d))
                .collect();
            let dates = chosen.join(", ");
            t_string!(i18n, print.reviews.on_dates, dates = dates).to_string()
        }),
        plan.next_review()
            .map(|d| t_string!(i18n, print.reviews.next, date = long(d)).to_string()),
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
                        note => Some(
                            t_string!(
                                i18n,
                                print.reviews.goal_note,
                                n = i + 1,
                                note = isolate(note)
                            )
                            .to_string(),
                        ),
                    }
                });
                let decided = std::iter::once(isolate(r.decisions.trim()))
                    .filter(|d| !d.is_empty())
                    .chain(notes)
                    .collect::<Vec<_>>()
                    .join("\n");
                vec![
                    r.date.map(long).unwrap_or_default(),
                    r.participants.trim().to_string(),
                    r.changes.trim().to_string(),
                    decided,
                ]
            })
            .collect();
    view! {
        <section class="print-section">
            <h3>{t_string!(i18n, print.reviews.heading)}</h3>
            <p>{if schedule.is_empty() { t_string!(i18n, print.reviews.none).to_string() } else { format!("{schedule}.") }}</p>
            {(!goal_reviews.is_empty()).then(|| view! {
                <p class="print-lead">{t_string!(i18n, print.reviews.goals_to_check)}</p>
                <ul>
                    {goal_reviews.into_iter().map(|(date, goals)| view! {
                        <li><strong>{long(date)}": "</strong>{goal_numbers(i18n, &goals)}</li>
                    }).collect_view()}
                </ul>
            })}
            {table(
                Some(t_string!(i18n, print.reviews.held)),
                &[
                    (t_string!(i18n, print.reviews.date), "col-date"),
                    (t_string!(i18n, print.reviews.who), "col-who"),
                    (t_string!(i18n, print.reviews.changes), ""),
                    (t_string!(i18n, print.reviews.decisions), ""),
                ],
                held,
                t_string!(i18n, print.reviews.empty),
            )}
        </section>
    }
}

/// "Goal 2", "Goals 1 and 3", "Goals 1, 2 and 4".
fn goal_numbers(i18n: I18nContext<Locale>, numbers: &[usize]) -> String {
    match numbers {
        [] => String::new(),
        [one] => t_string!(i18n, print.reviews.one_goal, n = *one).to_string(),
        [rest @ .., last] => {
            let list = rest
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            t_string!(i18n, print.reviews.many_goals, list = list, last = *last).to_string()
        }
    }
}

/// The plan's evaluation, once any goal has been scored or judged met or not.
pub fn evaluation_part(
    i18n: I18nContext<Locale>,
    plan: &CarePlan,
    lang: Lang,
) -> Option<impl IntoView> {
    let gas = plan.gas_summary();
    let counts = plan.summary_counts_in(lang);
    if gas.scored == 0 && counts.goals_by_result.is_empty() {
        return None;
    }
    let (resolved, total) = (counts.needs_resolved, counts.needs_total);
    let rows = vec![
        (
            t_string!(i18n, evaluation.summary.goals),
            counts_in(
                i18n,
                counts
                    .goals_by_status
                    .iter()
                    .map(|(s, n)| (goal_status_label(i18n, *s), *n)),
            ),
        ),
        (
            t_string!(i18n, evaluation.summary.met_or_not),
            counts_in(
                i18n,
                counts
                    .goals_by_result
                    .iter()
                    .map(|(r, n)| (outcome_label(i18n, *r), *n)),
            ),
        ),
        (
            t_string!(i18n, evaluation.summary.needs_resolved),
            t_string!(
                i18n,
                evaluation.summary.needs_count,
                resolved = resolved,
                total = total
            )
            .to_string(),
        ),
        (
            t_string!(i18n, evaluation.summary.services_used),
            if counts.services_used.is_empty() {
                t_string!(i18n, print.evaluation.services_none).to_string()
            } else {
                counts
                    .services_used
                    .iter()
                    .map(|s| isolate(s))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        ),
    ];
    Some(view! {
        <section class="print-section">
            <h3>{t_string!(i18n, print.evaluation.heading)}</h3>
            <p>{gas.sentence_in(lang)}</p>
            {pairs(rows)}
        </section>
    })
}

/// Why the plan ends, who takes over, the follow-up, what to do if things get worse, and the
/// needs still open; left out until something is filled in.
pub fn transition_part(
    i18n: I18nContext<Locale>,
    plan: &CarePlan,
    lang: Lang,
) -> Option<impl IntoView> {
    let t = &plan.transition;
    if !t.is_started() {
        return None;
    }
    let handoff: Vec<String> = t
        .handoff
        .iter()
        .filter_map(|id| plan.member(*id))
        .filter_map(|m| {
            let label = m.shown_label()?;
            Some(match m.phone.trim() {
                "" => label,
                phone => format!("{label}, {}", isolate(phone)),
            })
        })
        .collect();
    let open_needs: Vec<String> = t
        .open_needs
        .iter()
        .filter_map(|id| plan.need(*id).map(|n| isolate(&need_statement(i18n, n))))
        .collect();
    // `Transition::reason_text`, the reason named in the chosen language.
    let detail = t.reason_detail.trim();
    let reason = match (t.reason, detail) {
        (Some(r), "") => closure_reason_label(i18n, r).to_string(),
        (Some(r), detail) => {
            let reason = closure_reason_label(i18n, r);
            t_string!(
                i18n,
                print.transition.reason_detail,
                reason = reason,
                detail = isolate(detail)
            )
            .to_string()
        }
        (None, detail) => detail.to_string(),
    };
    let mut rows = vec![
        (t_string!(i18n, print.transition.reason), reason),
        (
            t_string!(i18n, print.transition.where_next),
            t.next_setting.trim().to_string(),
        ),
        (
            t_string!(i18n, print.transition.who_takes_over),
            handoff.join("\n"),
        ),
        (
            t_string!(i18n, print.transition.follow_up),
            t.follow_up
                .map(|d| dates::long_in(d, lang))
                .unwrap_or_default(),
        ),
        (
            t_string!(i18n, print.transition.if_worse),
            t.if_worse.trim().to_string(),
        ),
        (
            t_string!(i18n, print.transition.needs_open),
            open_needs.join("\n"),
        ),
    ];
    if let Some(d) = t.closed_on {
        rows.push((
            t_string!(i18n, print.transition.closed),
            dates::long_in(d, lang),
        ));
    }
    rows.retain(|(_, v)| !v.is_empty());
    Some(view! {
        <section class="print-section">
            <h3>{t_string!(i18n, print.transition.heading)}</h3>
            {pairs(rows)}
        </section>
    })
}
