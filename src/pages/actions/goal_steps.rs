//! One goal's steps on the Actions & services step: the list, adding, moving and removing.

use super::{Shared, StepEditor};
use crate::components::language::model_lang;
use crate::components::{focus_later, Shown};
use crate::i18n::{t, use_i18n};
use crate::model::actions::{ActionStep, StepRef};
use crate::model::GoalId;
use crate::state::PlanState;
use leptos::prelude::*;

/// One goal and its steps.
#[component]
pub(super) fn GoalSteps(
    /// The open plan.
    state: PlanState,
    /// The goal whose steps are shown.
    goal: GoalId,
    /// Lists shared by all step editors.
    shared: Shared,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let heading = move || {
        shared.goal_labels.with(|labels| {
            labels
                .iter()
                .find(|(g, _)| *g == goal)
                .map(|(_, label)| label.clone())
                .unwrap_or_default()
        })
    };
    // This goal's steps: its editors read from here, not from the whole plan, and step edits
    // go through `edit_goal`, so typing in one goal's step does not wake the other goals.
    let goal_steps = Memo::new(move |_| {
        state.track_goal(goal);
        plan.with_untracked(|p| p.goal(goal).map(|g| g.steps.clone()).unwrap_or_default())
    });
    let steps = Memo::new(move |_| goal_steps.with(|s| s.iter().map(|s| s.id).collect::<Vec<_>>()));
    let suggestions = shared.suggestions;
    let add = move |step: ActionStep| {
        let mut id = None;
        state.edit(|p| id = p.add_step(goal, step));
        if let Some(id) = id {
            // Before the list renders the new step (effects run after this handler).
            shared.fresh.update_value(|f| f.push(id));
            focus_later(format!("step-{id}-what"));
        }
    };
    let chosen = RwSignal::new(String::new());
    let add_suggested = move |_| {
        let pick = chosen.get_untracked();
        let found = suggestions.with_untracked(|list| {
            list.iter()
                .enumerate()
                .find(|(i, _)| i.to_string() == pick)
                .map(|(_, (b, s))| (*b, *s))
        });
        if let Some((barrier, text)) = found {
            let mut step = ActionStep::new(text);
            step.barrier = Some(barrier);
            add(step);
            chosen.set(String::new());
        }
    };
    view! {
        <section class="card goal-steps" aria-labelledby=format!("goal-steps-{goal}")>
            <h2 id=format!("goal-steps-{goal}") tabindex="-1">{heading}</h2>
            <Shown when=move || steps.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, actions.no_steps)}</p>
            </Shown>
            <ol class="step-list">
                <For each=move || steps.get() key=|s| *s let:step>
                    <StepEditor state=state at=StepRef { goal, step } goal_steps=goal_steps shared=shared />
                </For>
            </ol>
            <div class="actions">
                <button id=format!("add-step-{goal}") on:click=move |_| add(ActionStep::new(""))>{t!(i18n, actions.add_step)}</button>
            </div>
            <Shown when=move || suggestions.with(|s| !s.is_empty())>
                <div class="suggest-step">
                    <div class="field">
                        <label for=format!("suggest-{goal}")>{t!(i18n, actions.suggest)}</label>
                        <select id=format!("suggest-{goal}") on:change=move |ev| chosen.set(event_target_value(&ev))>
                            <option value="" selected=move || chosen.get().is_empty()>{t!(i18n, actions.choose_suggestion)}</option>
                            {move || suggestions.get().into_iter().enumerate().map(|(i, (b, s))| view! {
                                <option value=i.to_string()>{format!("{}: {s}", b.label_in(lang()))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <button on:click=add_suggested>{t!(i18n, actions.add_suggested)}</button>
                </div>
            </Shown>
        </section>
    }
}
