//! Progress toward each goal: entries, how far along it is, a chart, and how it is going (the
//! achievement status: suggested from the entries, confirmed or changed by the person), beside
//! where it stands in the plan (its status on the Goals step, which an entry or a chosen status
//! moves to "working on it" when work had not begun).

use super::chart::{ProgressChart, ProgressTable};
use crate::components::goal_text::goal_status_label;
use crate::components::language::model_lang;
use crate::components::monitoring_text::{achievement_label, how_going_label};
use crate::components::{DateField, Fold, SelectField, Shown, TextField};
use crate::i18n::{t, t_string, use_i18n, Locale};
use crate::model::monitoring::progress::{Achievement, ProgressEntry};
use crate::model::{Goal, GoalId, ProgressId};
use crate::state::{today, PlanState};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// One line about how a goal is going, in English (the printout): "How it is going: Getting
/// better · 50% of the way".
pub fn standing(goal: &Goal, today: NaiveDate) -> String {
    let status = goal.how_going(today).label();
    match goal
        .latest_value()
        .and_then(|(_, v)| goal.percent_toward_target(v))
    {
        Some(p) => format!("How it is going: {status} \u{b7} {p:.0}% of the way"),
        None if goal.progress.is_empty() => {
            format!("How it is going: {status} \u{b7} no entries yet")
        }
        None => format!("How it is going: {status}"),
    }
}

/// The same line in the chosen language: "Cómo va: Va mejorando · 50% del camino".
pub fn standing_in(i18n: I18nContext<Locale>, goal: &Goal, today: NaiveDate) -> String {
    let status = how_going_label(i18n, goal.how_going(today));
    match goal
        .latest_value()
        .and_then(|(_, v)| goal.percent_toward_target(v))
    {
        Some(p) => {
            let percent = format!("{p:.0}");
            t_string!(
                i18n,
                monitoring.progress.standing_percent,
                status = status,
                percent = percent
            )
            .to_string()
        }
        None if goal.progress.is_empty() => {
            t_string!(i18n, monitoring.progress.standing_empty, status = status).to_string()
        }
        None => t_string!(i18n, monitoring.progress.standing, status = status).to_string(),
    }
}

#[component]
pub fn GoalProgressList(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    let ids = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    view! {
        <section class="card" aria-labelledby="progress-heading">
            <h2 id="progress-heading">{t!(i18n, monitoring.progress.heading)}</h2>
            <p class="hint">{t!(i18n, monitoring.progress.hint)}</p>
            <Shown when=move || ids.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, monitoring.progress.no_goals)}</p>
            </Shown>
            <ol class="progress-goals">
                <For each=move || ids.get() key=|id| *id let:id>
                    <GoalProgress state=state id=id />
                </For>
            </ol>
        </section>
    }
}

#[component]
fn GoalProgress(
    /// The open plan.
    state: PlanState,
    /// Which goal.
    id: GoalId,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let goal = Memo::new(move |_| plan.with(|p| p.goal(id).cloned().unwrap_or_default()));
    let sentence = move || plan.with(|p| goal.with(|g| g.sentence_in(p.person_name(), lang())));
    let summary = ViewFn::from(move || {
        view! {
            <span class="progress-sentence">{sentence}</span>
            <span class="progress-standing">{move || goal.with(|g| standing_in(i18n, g, today()))}</span>
        }
    });
    view! {
        <li>
            <Fold id=format!("progress-{id}") class="progress-goal" summary=summary>
                <ProgressBody state=state id=id goal=goal />
            </Fold>
        </li>
    }
}

#[component]
fn ProgressBody(state: PlanState, id: GoalId, goal: Memo<Goal>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let f = move |name: &str| format!("progress-{id}-{name}");
    let date = RwSignal::new(Some(today()));
    let value = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    // What the last action said, said again in the language chosen after it.
    let message = RwSignal::new(None::<Said>);
    let value_label = move || match goal.with(|g| g.unit.trim().to_string()) {
        u if u.is_empty() => t_string!(i18n, monitoring.progress.value_or_noticed).to_string(),
        u => t_string!(i18n, monitoring.progress.value_in, unit = u).to_string(),
    };
    let add = move |_| {
        let Some(d) = date.get_untracked() else {
            message.set(Some(Said::NeedDate));
            return;
        };
        if value.with_untracked(|v| v.trim().is_empty())
            && note.with_untracked(|n| n.trim().is_empty())
        {
            message.set(Some(Said::NeedValue));
            return;
        }
        let mut entry = ProgressEntry::new(d);
        entry.value = value.get_untracked();
        entry.note = note.get_untracked();
        // An entry means work has begun: a goal not begun becomes "working on it".
        let mut moved = false;
        state.edit(|p| {
            if let Some(g) = p.goal_mut(id) {
                moved = g.add_progress(entry);
            }
        });
        value.set(String::new());
        note.set(String::new());
        message.set(Some(Said::Added { begun: moved }));
    };
    let remove = Callback::new(move |entry: ProgressId| {
        state.edit(|p| {
            if let Some(g) = p.goal_mut(id) {
                g.progress.retain(|e| e.id != entry);
            }
        });
        message.set(Some(Said::Removed));
    });
    let suggestion = Memo::new(move |_| goal.with(|g| g.suggested_achievement_in(today(), lang())));
    // The texts of the options, following the language chosen.
    let options = std::iter::once((
        "",
        Signal::derive(move || t_string!(i18n, monitoring.progress.as_suggested)),
    ))
    .chain(
        Achievement::ALL
            .into_iter()
            .map(|a| (a.code(), Signal::derive(move || achievement_label(i18n, a)))),
    )
    .collect();
    // Where the goal stands in the plan, in the words of the Goals step.
    let in_plan = move || goal.with(|g| goal_status_label(i18n, g.status));
    let begun = move || t_string!(i18n, monitoring.progress.begun, status = in_plan()).to_string();
    let said = move || {
        message.get().map(|m| match m {
            Said::NeedDate => t_string!(i18n, monitoring.progress.need_date).to_string(),
            Said::NeedValue => t_string!(i18n, monitoring.progress.need_value).to_string(),
            Said::Added { begun: false } => t_string!(i18n, monitoring.progress.added).to_string(),
            Said::Added { begun: true } => {
                format!("{} {}", t_string!(i18n, monitoring.progress.added), begun())
            }
            Said::Begun => begun(),
            Said::Removed => t_string!(i18n, monitoring.progress.removed).to_string(),
        })
    };
    view! {
        <div class="progress-body">
            <div class="inline-form">
                <DateField id=f("date") label=move || t_string!(i18n, monitoring.progress.date) value=date on_change=move |d| date.set(d) />
                <div class="field">
                    <label for=f("value")>{value_label}</label>
                    <input id=f("value") type="text" inputmode="decimal" prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev)) />
                </div>
                <TextField id=f("note") label=move || t_string!(i18n, monitoring.progress.note) value=note on_input=move |v| note.set(v) />
                <button id=f("add") on:click=add>{t!(i18n, monitoring.progress.add)}</button>
            </div>
            <p class="form-message" role="status">{said}</p>
            <super::occurrences::StepCounts state=state goal=id />
            {move || goal.with(|g| (!g.progress.is_empty()).then(|| view! {
                <ProgressChart goal=g.clone() id=f("chart") />
                <ProgressTable goal=g.clone() on_remove=remove />
            }))}
            <div class="achievement">
                <SelectField id=f("achievement") label=move || t_string!(i18n, monitoring.progress.how_going)
                    options=options
                    value=Signal::derive(move || goal.with(|g| g.achievement.map_or("", Achievement::code)))
                    on_change=move |v| {
                        let chosen = Achievement::from_code(&v);
                        // A status chosen means work has begun (as an entry does).
                        let mut moved = false;
                        state.edit(|p| {
                            if let Some(g) = p.goal_mut(id) {
                                moved = g.choose_achievement(chosen);
                            }
                        });
                        if moved {
                            message.set(Some(Said::Begun));
                        }
                    } />
                <p class="hint">
                    {move || match suggestion.get() {
                        Some((a, why)) => {
                            let status = achievement_label(i18n, a);
                            t_string!(i18n, monitoring.progress.suggested, status = status, why = why).to_string()
                        }
                        None => t_string!(i18n, monitoring.progress.no_suggestion).to_string(),
                    }}
                </p>
            </div>
            <p class="hint in-plan" id=f("in-plan")>
                {move || t_string!(i18n, monitoring.progress.in_plan, status = in_plan()).to_string()}
            </p>
        </div>
    }
}

/// What adding or removing an entry last said.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Said {
    NeedDate,
    NeedValue,
    /// Added; `begun`: the goal moved to "working on it" with it.
    Added {
        begun: bool,
    },
    /// How it is going was chosen, and the goal moved to "working on it" with it.
    Begun,
    Removed,
}
