//! Follow-through on repeating steps: each step's times (the recent ones, the next, and every
//! one marked), each marked done, missed or skipped with a note, and how many of the last
//! times were done. The marks come from `model::occurrences`.

use crate::components::language::model_lang;
use crate::components::monitoring_text::weekday_label;
use crate::components::{isolated, Fold, SelectField, Shown, TextField};
use crate::i18n::{t, t_string, use_i18n, Locale};
use crate::model::actions::{ActionStep, StepRef};
use crate::model::dates;
use crate::model::ids::GoalId;
use crate::model::lang::Lang;
use crate::model::occurrences::{FollowThrough, Outcome, RECENT_TIMES};
use crate::model::text::isolate;
use crate::state::{today, PlanState};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_i18n::Locale as _;

/// "Done" / "Hecho".
pub fn outcome_label(i18n: I18nContext<Locale>, outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Done => t_string!(i18n, occurrences.done),
        Outcome::Missed => t_string!(i18n, occurrences.missed),
        Outcome::Skipped => t_string!(i18n, occurrences.skipped),
    }
}

/// "Done 2 of the last 3 times" / "Hecho 2 de las últimas 3 veces".
pub fn count_words(i18n: I18nContext<Locale>, count: FollowThrough) -> String {
    let FollowThrough { done, of } = count;
    match of {
        0 => t_string!(i18n, occurrences.count_none).to_string(),
        1 => t_string!(i18n, occurrences.count_one, done = done).to_string(),
        _ => t_string!(i18n, occurrences.count, done = done, of = of).to_string(),
    }
}

/// What a step is, isolated from the app's words around it (or the words for a step with no
/// description).
pub fn step_name(i18n: I18nContext<Locale>, step: &ActionStep) -> String {
    match step.what.trim() {
        "" => t_string!(i18n, occurrences.unnamed).to_string(),
        what => isolate(what),
    }
}

/// "Monday 16 November 2026" / "Lunes 16 de noviembre de 2026".
pub fn day_words(i18n: I18nContext<Locale>, date: NaiveDate) -> String {
    let lang = Lang::from_code(i18n.get_locale().as_str());
    let weekday = weekday_label(i18n, date.weekday());
    let long = dates::long_in(date, lang);
    t_string!(i18n, monitoring.due.on_day, weekday = weekday, date = long).to_string()
}

/// The steps that repeat, or did and still hold marks.
fn followed(step: &ActionStep) -> bool {
    step.repeat.is_some() || !step.occurrences.is_empty()
}

/// The card of the Monitoring step: one line per repeating step, opened to mark its times.
#[component]
pub fn FollowThroughList(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    let steps = Memo::new(move |_| {
        plan.with(|p| {
            p.goals
                .iter()
                .flat_map(|g| {
                    g.steps.iter().filter(|s| followed(s)).map(|s| StepRef {
                        goal: g.id,
                        step: s.id,
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="follow-through-heading">
            <h2 id="follow-through-heading">{t!(i18n, occurrences.heading)}</h2>
            <p class="hint">{t!(i18n, occurrences.hint)}</p>
            <Shown when=move || steps.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, occurrences.none)}</p>
            </Shown>
            <ol class="progress-goals follow-through">
                <For each=move || steps.get() key=|at| (at.goal, at.step) let:at>
                    <StepTimes state=state at=at />
                </For>
            </ol>
        </section>
    }
}

#[component]
fn StepTimes(state: PlanState, at: StepRef) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    let day = today();
    let step = Memo::new(move |_| {
        // Notes are written into the goal alone: follow its changes as well as the plan's.
        state.track_goal(at.goal);
        plan.with_untracked(|p| p.step(at).cloned().unwrap_or_default())
    });
    let summary = ViewFn::from(move || {
        view! {
            <span class="progress-sentence">{move || step.with(|s| isolated(step_name(i18n, s)))}</span>
            <span class="progress-standing follow-count">
                {move || step.with(|s| count_words(i18n, s.done_of_last(day, RECENT_TIMES)))}
            </span>
        }
    });
    view! {
        <li>
            <Fold id=format!("times-{}", at.step) class="progress-goal" summary=summary>
                <TimesBody state=state at=at step=step />
            </Fold>
        </li>
    }
}

#[component]
fn TimesBody(state: PlanState, at: StepRef, step: Memo<ActionStep>) -> impl IntoView {
    let lang = model_lang();
    let day = today();
    let dates = Memo::new(move |_| {
        step.with(|s| {
            s.times_to_show(day)
                .into_iter()
                .map(|t| t.date)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="progress-body">
            <p class="hint">{move || step.with(|s| s.when_in(lang()))}</p>
            <ul class="times-list">
                <For each=move || dates.get() key=|d| *d let:date>
                    <TimeRow state=state at=at step=step date=date />
                </For>
            </ul>
        </div>
    }
}

/// One time: its day, a choice of what happened, and a note once it is marked.
#[component]
fn TimeRow(
    state: PlanState,
    at: StepRef,
    step: Memo<ActionStep>,
    date: NaiveDate,
) -> impl IntoView {
    let i18n = use_i18n();
    let f = move |name: &str| format!("time-{}-{date}-{name}", at.step);
    let mark = move || step.with(|s| s.occurrences.get(&date).cloned());
    let on_rule = move || step.with(|s| s.falls_on(date));
    let options = std::iter::once((
        "",
        Signal::derive(move || t_string!(i18n, occurrences.not_marked)),
    ))
    .chain(
        Outcome::ALL
            .into_iter()
            .map(|o| (o.code(), Signal::derive(move || outcome_label(i18n, o)))),
    )
    .collect();
    let choose = move |code: String| {
        state.edit(|p| {
            if let Some(s) = p.step_mut(at) {
                match Outcome::from_code(&code) {
                    Some(o) => s.mark(date, o),
                    None => s.unmark(date),
                }
            }
        });
    };
    let write_note = move |note: String| {
        state.edit_goal(at.goal, |g| {
            if let Some(s) = g.steps.iter_mut().find(|s| s.id == at.step) {
                s.set_occurrence_note(date, note);
            }
        });
    };
    view! {
        <li class="time" class:off-rule=move || !on_rule()>
            <SelectField id=f("mark")
                label=Signal::derive(move || {
                    let day = day_words(i18n, date);
                    t_string!(i18n, occurrences.what_happened, date = day).to_string()
                })
                options=options
                value=Signal::derive(move || mark().map_or("", |o| o.outcome.code()))
                on_change=choose />
            <Shown when=move || !on_rule()>
                <p class="hint">{t!(i18n, occurrences.off_rule)}</p>
            </Shown>
            <Shown when=move || mark().is_some()>
                <TextField id=f("note") label=move || t_string!(i18n, occurrences.note).to_string()
                    value=Signal::derive(move || mark().map(|o| o.note).unwrap_or_default())
                    on_input=write_note />
            </Shown>
        </li>
    }
}

/// How often each repeating step of a goal was done lately, for the goal's progress.
#[component]
pub fn StepCounts(
    /// The open plan.
    state: PlanState,
    /// Which goal.
    goal: GoalId,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    let day = today();
    let lines = Memo::new(move |_| {
        plan.with(|p| {
            p.goal(goal)
                .map(|g| {
                    g.steps
                        .iter()
                        .filter(|s| followed(s))
                        .map(|s| (step_name(i18n, s), s.done_of_last(day, RECENT_TIMES)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <Shown when=move || lines.with(|l| !l.is_empty())>
            <ul class="step-counts" aria-label=move || t_string!(i18n, occurrences.counts_label)>
                {move || lines.get().into_iter().map(|(what, count)| {
                    let count = count_words(i18n, count);
                    let line = t_string!(i18n, occurrences.step_count, what = what, count = count).to_string();
                    view! { <li>{isolated(line)}</li> }
                }).collect_view()}
            </ul>
        </Shown>
    }
}
