//! Progress toward each goal: entries, how far along it is, a chart, and the achievement
//! status (suggested from the entries, confirmed or changed by the person).

use super::chart::{ProgressChart, ProgressTable};
use crate::components::{DateField, Fold, SelectField, TextField};
use crate::model::monitoring::progress::{Achievement, ProgressEntry};
use crate::model::{Goal, GoalId, ProgressId};
use crate::state::{today, PlanState};
use chrono::NaiveDate;
use leptos::prelude::*;

/// One line about where a goal stands: "Getting better · 50% of the way".
pub fn standing(goal: &Goal, today: NaiveDate) -> String {
    let status = goal.achievement_shown(today).label();
    match goal
        .latest_value()
        .and_then(|(_, v)| goal.percent_toward_target(v))
    {
        Some(p) => format!("{status} \u{b7} {p:.0}% of the way"),
        None if goal.progress.is_empty() => format!("{status} \u{b7} no entries yet"),
        None => status.to_string(),
    }
}

#[component]
pub fn GoalProgressList(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let plan = state.plan;
    let ids = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    view! {
        <section class="card" aria-labelledby="progress-heading">
            <h2 id="progress-heading">"Progress toward each goal"</h2>
            <p class="hint">"Add an entry whenever there is something to measure or notice. Open a goal to add entries and see its chart."</p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">"No goals yet: write them in the Goals step."</p>
            </Show>
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
    let plan = state.plan;
    let goal = Memo::new(move |_| plan.with(|p| p.goal(id).cloned().unwrap_or_default()));
    let sentence = move || plan.with(|p| goal.with(|g| g.sentence(p.person_name())));
    let summary = ViewFn::from(move || {
        view! {
            <span class="progress-sentence">{sentence}</span>
            <span class="progress-standing">{move || goal.with(|g| standing(g, today()))}</span>
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
    let f = move |name: &str| format!("progress-{id}-{name}");
    let date = RwSignal::new(Some(today()));
    let value = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let value_label = move || match goal.with(|g| g.unit.trim().to_string()) {
        u if u.is_empty() => "Value or what you noticed".to_string(),
        u => format!("Value (in {u})"),
    };
    let add = move |_| {
        let Some(d) = date.get_untracked() else {
            message.set("Choose the date of the entry first.".into());
            return;
        };
        if value.with_untracked(|v| v.trim().is_empty())
            && note.with_untracked(|n| n.trim().is_empty())
        {
            message.set("Type a value or a note first.".into());
            return;
        }
        let mut entry = ProgressEntry::new(d);
        entry.value = value.get_untracked();
        entry.note = note.get_untracked();
        state.edit(|p| {
            if let Some(g) = p.goal_mut(id) {
                g.progress.push(entry);
            }
        });
        value.set(String::new());
        note.set(String::new());
        message.set("Entry added.".into());
    };
    let remove = Callback::new(move |entry: ProgressId| {
        state.edit(|p| {
            if let Some(g) = p.goal_mut(id) {
                g.progress.retain(|e| e.id != entry);
            }
        });
        message.set("Entry removed.".into());
    });
    let suggestion = Memo::new(move |_| goal.with(|g| g.suggested_achievement(today())));
    let mut options = vec![("", "As suggested from the entries")];
    options.extend(Achievement::ALL.iter().map(|a| (a.code(), a.label())));
    view! {
        <div class="progress-body">
            <div class="inline-form">
                <DateField id=f("date") label="Date" value=date on_change=move |d| date.set(d) />
                <div class="field">
                    <label for=f("value")>{value_label}</label>
                    <input id=f("value") type="text" inputmode="decimal" prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev)) />
                </div>
                <TextField id=f("note") label="Note (optional)" value=note on_input=move |v| note.set(v) />
                <button id=f("add") on:click=add>"Add entry"</button>
            </div>
            <p class="form-message" role="status">{move || message.get()}</p>
            {move || goal.with(|g| (!g.progress.is_empty()).then(|| view! {
                <ProgressChart goal=g.clone() id=f("chart") />
                <ProgressTable goal=g.clone() on_remove=remove />
            }))}
            <div class="achievement">
                <SelectField id=f("achievement") label="How is it going?"
                    options=options
                    value=Signal::derive(move || goal.with(|g| g.achievement.map_or("", Achievement::code)))
                    on_change=move |v| {
                        let chosen = Achievement::from_code(&v);
                        state.edit(|p| {
                            if let Some(g) = p.goal_mut(id) {
                                g.achievement = chosen;
                            }
                        })
                    } />
                <p class="hint">
                    {move || match suggestion.get() {
                        Some((a, why)) => format!("Suggested: {}. {why}", a.label()),
                        None => "No suggestion yet: it comes from entries with a number, a target and a starting point.".into(),
                    }}
                </p>
            </div>
        </div>
    }
}
