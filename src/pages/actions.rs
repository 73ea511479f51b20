//! The Actions & services step: for each goal, the steps that get it done: what, who, when,
//! how, status and the barrier each one addresses.

use crate::components::{
    focus_later, focus_move_button, step_href, DateField, SelectField, TextField,
};
use crate::model::actions::{ActionStatus, ActionStep, Owner, Repeat, StepRef};
use crate::model::assessment::barriers::Barrier;
use crate::model::{GoalId, Step};
use crate::state::PlanState;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ActionsStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let plan = state.plan;
    let goals = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    let id = plan.with_untracked(|p| p.id);
    view! {
        <Show
            when=move || goals.with(|g| !g.is_empty())
            fallback=move || view! {
                <section class="card">
                    <p>
                        "Action steps belong to goals. Write a goal on the "
                        <A href=step_href(id, Step::Goals)>"Goals step"</A>
                        " first."
                    </p>
                </section>
            }
        >
            <For each=move || goals.get() key=|g| *g let:goal>
                <GoalSteps state=state goal=goal />
            </For>
        </Show>
    }
}

/// One goal and its steps.
#[component]
fn GoalSteps(
    /// The open plan.
    state: PlanState,
    /// The goal whose steps are shown.
    goal: GoalId,
) -> impl IntoView {
    let plan = state.plan;
    let heading = move || {
        plan.with(|p| {
            let n = p.goals.iter().position(|g| g.id == goal).unwrap_or(0) + 1;
            let sentence = p
                .goal(goal)
                .map(|g| g.sentence(p.person_name()))
                .unwrap_or_default();
            format!("Goal {n}: {sentence}")
        })
    };
    let steps = Memo::new(move |_| {
        plan.with(|p| {
            p.goal(goal)
                .map(|g| g.steps.iter().map(|s| s.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let suggestions = Memo::new(move |_| plan.with(|p| p.suggested_steps()));
    let add = move |step: ActionStep| {
        let mut id = None;
        state.edit(|p| id = p.add_step(goal, step));
        if let Some(id) = id {
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
            <Show when=move || steps.with(Vec::is_empty)>
                <p class="empty">"No steps yet."</p>
            </Show>
            <ol class="step-list">
                <For each=move || steps.get() key=|s| *s let:step>
                    <StepEditor state=state at=StepRef { goal, step } />
                </For>
            </ol>
            <div class="actions">
                <button id=format!("add-step-{goal}") on:click=move |_| add(ActionStep::new(""))>"Add a step"</button>
            </div>
            <Show when=move || suggestions.with(|s| !s.is_empty())>
                <div class="suggest-step">
                    <div class="field">
                        <label for=format!("suggest-{goal}")>"Or add a step that deals with a barrier from the assessment"</label>
                        <select id=format!("suggest-{goal}") on:change=move |ev| chosen.set(event_target_value(&ev))>
                            <option value="" selected=move || chosen.get().is_empty()>"Choose a suggestion"</option>
                            {move || suggestions.get().into_iter().enumerate().map(|(i, (b, s))| view! {
                                <option value=i.to_string()>{format!("{}: {s}", b.label())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <button on:click=add_suggested>"Add this step"</button>
                </div>
            </Show>
        </section>
    }
}

/// The fields of one step, and moving it.
#[component]
fn StepEditor(
    /// The open plan.
    state: PlanState,
    /// Which step, in which goal.
    at: StepRef,
) -> impl IntoView {
    let plan = state.plan;
    let id = at.step;
    let step = Memo::new(move |_| plan.with(|p| p.step(at).cloned().unwrap_or_default()));
    let position = Memo::new(move |_| {
        plan.with(|p| {
            p.goal(at.goal)
                .and_then(|g| g.steps.iter().position(|s| s.id == id))
                .unwrap_or(0)
        })
    });
    let count = Memo::new(move |_| plan.with(|p| p.goal(at.goal).map_or(0, |g| g.steps.len())));
    let f = move |name: &str| format!("step-{id}-{name}");
    let edit = move |change: Box<dyn FnOnce(&mut ActionStep)>| {
        state.edit(|p| {
            if let Some(s) = p.step_mut(at) {
                change(s)
            }
        })
    };
    let text = move |get: fn(&ActionStep) -> &String| {
        Signal::derive(move || step.with(|s| get(s).clone()))
    };
    let date =
        move |get: fn(&ActionStep) -> Option<NaiveDate>| Signal::derive(move || step.with(get));
    let legend = move || {
        step.with(|s| match s.what.trim() {
            "" => format!("Step {}", position.get() + 1),
            what => format!("Step {}: {what}", position.get() + 1),
        })
    };
    let owner_options = Memo::new(move |_| {
        plan.with(|p| {
            let mut options = vec![
                ("".to_string(), "Not decided yet".to_string()),
                ("person".to_string(), p.owner_name(&Owner::Person)),
            ];
            options.extend(p.care_team.iter().map(|m| {
                (
                    format!("member:{}", m.id),
                    p.owner_name(&Owner::Member(m.id)),
                )
            }));
            options
        })
    });
    let owner_code = move || {
        step.with(|s| match &s.owner {
            Owner::Unassigned => String::new(),
            Owner::Person => "person".into(),
            Owner::Member(m) => format!("member:{m}"),
        })
    };
    let set_owner = move |code: String| {
        let owner = match code.as_str() {
            "person" => Owner::Person,
            other => other
                .strip_prefix("member:")
                .and_then(crate::model::MemberId::parse)
                .map(Owner::Member)
                .unwrap_or_default(),
        };
        edit(Box::new(move |s| s.owner = owner));
    };
    let other_goals = Memo::new(move |_| {
        plan.with(|p| {
            p.goals
                .iter()
                .enumerate()
                .filter(|(_, g)| g.id != at.goal)
                .map(|(i, g)| {
                    (
                        g.id,
                        format!("Goal {}: {}", i + 1, g.sentence(p.person_name())),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let move_to = move |code: String| {
        if let Some(to) = other_goals.with_untracked(|g| {
            g.iter()
                .find(|(g, _)| g.to_string() == code)
                .map(|(g, _)| *g)
        }) {
            state.edit(|p| {
                p.move_step_to_goal(at, to);
            });
            focus_later(format!("goal-steps-{to}"));
        }
    };
    let moved = move |delta: isize| {
        state.edit(|p| {
            p.move_step(at, delta);
        });
        focus_move_button(
            &f("step"),
            position.get_untracked(),
            count.get_untracked(),
            delta,
        );
    };
    let remove = move |_| {
        state.edit(|p| {
            p.remove_step(at);
        });
        focus_later(format!("add-step-{}", at.goal));
    };
    let repeat_options = std::iter::once(("", "Once"))
        .chain(Repeat::ALL.iter().map(|r| (r.code(), r.label())))
        .collect();
    let status_options = ActionStatus::ALL
        .iter()
        .map(|s| (s.code(), s.label()))
        .collect();
    let barrier_options = std::iter::once(("", "None"))
        .chain(Barrier::ALL.iter().map(|b| (b.code(), b.label())))
        .collect();
    view! {
        <li class="action-step">
            <fieldset>
                <legend>{legend}</legend>
                <TextField id=f("what") label="What will be done"
                    value=text(|s| &s.what) on_input=move |v| edit(Box::new(move |s| s.what = v)) />
                <div class="step-grid">
                    <div class="field">
                        <label for=f("who")>"Who does it"</label>
                        <select id=f("who") on:change=move |ev| set_owner(event_target_value(&ev))>
                            {move || owner_options.get().into_iter().map(|(code, label)| {
                                let selected = code == owner_code();
                                view! { <option value=code selected=selected>{label}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <SelectField id=f("repeat") label="How often"
                        options=repeat_options
                        value=Signal::derive(move || step.with(|s| s.repeat.map(|r| r.code()).unwrap_or("")))
                        on_change=move |v| edit(Box::new(move |s| s.repeat = Repeat::from_code(&v))) />
                    <DateField id=f("due") label="Due date, or first time"
                        value=date(|s| s.due) on_change=move |d| edit(Box::new(move |s| s.due = d)) />
                    <Show when=move || step.with(|s| s.repeat.is_some())>
                        <DateField id=f("until") label="Repeats until"
                            value=date(|s| s.until) on_change=move |d| edit(Box::new(move |s| s.until = d)) />
                    </Show>
                    <SelectField id=f("status") label="Status"
                        options=status_options
                        value=Signal::derive(move || step.with(|s| s.status.code()))
                        on_change=move |v| {
                            if let Some(st) = ActionStatus::from_code(&v) {
                                edit(Box::new(move |s| s.status = st))
                            }
                        } />
                    <SelectField id=f("barrier") label="Barrier it deals with"
                        options=barrier_options
                        value=Signal::derive(move || step.with(|s| s.barrier.map(|b| b.code()).unwrap_or("")))
                        on_change=move |v| edit(Box::new(move |s| s.barrier = Barrier::from_code(&v))) />
                </div>
                <TextField id=f("how") label="How or where (optional)" hint="E.g. by bus, at the county clinic, by phone."
                    value=text(|s| &s.how) on_input=move |v| edit(Box::new(move |s| s.how = v)) />
                <p class="step-when">{move || step.with(|s| s.when())}</p>
                <div class="actions">
                    <button id=f("step-up") on:click=move |_| moved(-1) disabled=move || position.get() == 0>"Move up"</button>
                    <button id=f("step-down") on:click=move |_| moved(1)
                        disabled=move || { position.get() + 1 >= count.get() }>"Move down"</button>
                    <Show when=move || other_goals.with(|g| !g.is_empty())>
                        <label class="visually-hidden" for=f("move-to")>"Move this step to another goal"</label>
                        <select id=f("move-to") class="move-to" on:change=move |ev| move_to(event_target_value(&ev))>
                            <option value="" selected=true>"Move to another goal\u{2026}"</option>
                            {move || other_goals.get().into_iter().map(|(g, label)| view! {
                                <option value=g.to_string()>{label}</option>
                            }).collect_view()}
                        </select>
                    </Show>
                    <button class="danger" on:click=remove>"Remove step"</button>
                </div>
            </fieldset>
        </li>
    }
}
