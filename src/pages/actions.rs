//! The Actions & services step: for each goal, the steps that get it done: what, who, when,
//! how, status and the barrier each one addresses.

use crate::components::{
    focus_later, focus_move_button, step_href, Checkbox, ConfirmDialog, Confirmation, DateField,
    Fold, SelectField, TextField,
};
use crate::model::actions::{unassigned_note, ActionStatus, ActionStep, Owner, Repeat, StepRef};
use crate::model::assessment::barriers::Barrier;
use crate::model::services::{ServiceKind, ServiceStatus};
use crate::model::ServiceId;
use crate::model::{ActionId, GoalId, Step};
use crate::pages::resource_directory::ResourceDirectory;
use crate::state::PlanState;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;

/// Up to this many steps in the plan, every step's fields show at once; beyond, each step is
/// one line until opened (a big plan's thousand steps would be a hundred thousand fields).
const STEPS_OPEN_AT_ONCE: usize = 30;

/// Lists every step editor needs, computed once per change for the whole page rather than once
/// per step (a plan can hold a thousand steps).
#[derive(Clone, Copy)]
struct Shared {
    /// Who can do a step, as (code, name).
    owners: Memo<Vec<(String, String)>>,
    /// Every goal, as (id, "Goal N: sentence").
    goal_labels: Memo<Vec<(GoalId, String)>>,
    /// Steps suggested by the barriers in the assessment (the same for every goal).
    suggestions: Memo<Vec<(Barrier, &'static str)>>,
    /// Steps added during this visit: they open ready to fill in.
    fresh: StoredValue<Vec<ActionId>>,
    /// Whether steps start open (a plan with few steps).
    open_at_start: bool,
}

#[component]
pub fn ActionsStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let plan = state.plan;
    let goals = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    let id = plan.with_untracked(|p| p.id);
    let shared = Shared {
        owners: Memo::new(move |_| {
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
                options.extend(
                    p.services
                        .iter()
                        .map(|sv| (format!("service:{}", sv.id), sv.display_name())),
                );
                options
            })
        }),
        goal_labels: Memo::new(move |_| {
            plan.with(|p| {
                p.goals
                    .iter()
                    .enumerate()
                    .map(|(i, g)| {
                        (
                            g.id,
                            format!("Goal {}: {}", i + 1, g.sentence(p.person_name())),
                        )
                    })
                    .collect()
            })
        }),
        suggestions: Memo::new(move |_| plan.with(|p| p.suggested_steps())),
        fresh: StoredValue::new(Vec::new()),
        open_at_start: plan.with_untracked(|p| {
            p.goals.iter().map(|g| g.steps.len()).sum::<usize>() <= STEPS_OPEN_AT_ONCE
        }),
    };
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
                <GoalSteps state=state goal=goal shared=shared />
            </For>
        </Show>
        <Services state=state shared=shared />
    }
}

/// One goal and its steps.
#[component]
fn GoalSteps(
    /// The open plan.
    state: PlanState,
    /// The goal whose steps are shown.
    goal: GoalId,
    /// Lists shared by all step editors.
    shared: Shared,
) -> impl IntoView {
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
            <Show when=move || steps.with(Vec::is_empty)>
                <p class="empty">"No steps yet."</p>
            </Show>
            <ol class="step-list">
                <For each=move || steps.get() key=|s| *s let:step>
                    <StepEditor state=state at=StepRef { goal, step } goal_steps=goal_steps shared=shared />
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
    /// All steps of the goal, in order.
    goal_steps: Memo<Vec<ActionStep>>,
    /// Lists shared by all step editors.
    shared: Shared,
) -> impl IntoView {
    let id = at.step;
    let step = Memo::new(move |_| {
        goal_steps.with(|steps| {
            steps
                .iter()
                .find(|s| s.id == id)
                .cloned()
                .unwrap_or_default()
        })
    });
    let position = Memo::new(move |_| {
        goal_steps.with(|steps| steps.iter().position(|s| s.id == id).unwrap_or(0))
    });
    let count = Memo::new(move |_| goal_steps.with(Vec::len));
    let f = move |name: &str| format!("step-{id}-{name}");
    let edit = move |change: Box<dyn FnOnce(&mut ActionStep)>| {
        state.edit_goal(at.goal, |g| {
            if let Some(s) = g.steps.iter_mut().find(|s| s.id == at.step) {
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
    let owner_code = move || {
        step.with(|s| match &s.owner {
            Owner::Unassigned => String::new(),
            Owner::Person => "person".into(),
            Owner::Member(m) => format!("member:{m}"),
            Owner::Service(sv) => format!("service:{sv}"),
        })
    };
    let set_owner = move |code: String| {
        let owner = match code.as_str() {
            "person" => Owner::Person,
            other => other
                .strip_prefix("member:")
                .and_then(crate::model::MemberId::parse)
                .map(Owner::Member)
                .or_else(|| {
                    other
                        .strip_prefix("service:")
                        .and_then(crate::model::ServiceId::parse)
                        .map(Owner::Service)
                })
                .unwrap_or_default(),
        };
        edit(Box::new(move |s| s.owner = owner));
    };
    // The goal list is shown only when asked for: a select per step listing every goal would
    // add hundreds of thousands of options to a big plan.
    let choosing = RwSignal::new(false);
    let move_to = move |code: String| {
        let to = shared.goal_labels.with_untracked(|g| {
            g.iter()
                .find(|(g, _)| *g != at.goal && g.to_string() == code)
                .map(|(g, _)| *g)
        });
        if let Some(to) = to {
            state.edit(|p| {
                p.move_step_to_goal(at, to);
            });
            focus_later(format!("goal-steps-{to}"));
        }
    };
    let more_than_one_goal = move || shared.goal_labels.with(|g| g.len() > 1);
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
    // Functions, as the fields are built again each time the step is opened.
    let repeat_options = || {
        std::iter::once(("", "Once"))
            .chain(Repeat::ALL.iter().map(|r| (r.code(), r.label())))
            .collect()
    };
    let status_options = || {
        ActionStatus::ALL
            .iter()
            .map(|s| (s.code(), s.label()))
            .collect()
    };
    let barrier_options = || {
        std::iter::once(("", "None"))
            .chain(Barrier::ALL.iter().map(|b| (b.code(), b.label())))
            .collect()
    };
    // The closed step's line: its name, then who, when and how far it got.
    let facts = move || {
        let who = shared.owners.with(|owners| {
            let code = owner_code();
            owners
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, name)| name.clone())
                .unwrap_or_default()
        });
        step.with(|s| format!("{who} \u{b7} {} \u{b7} {}", s.when(), s.status.label()))
    };
    let summary = ViewFn::from(move || {
        view! {
            <span class="step-name">{legend}</span>
            <span class="step-facts">{facts}</span>
        }
    });
    let open = shared.open_at_start || shared.fresh.with_value(|f| f.contains(&id));
    view! {
        <li class="action-step">
            <Fold id=f("fold") class="step-fold" summary=summary open=open>
            <fieldset class="plain">
                <legend class="visually-hidden">{legend}</legend>
                <TextField id=f("what") label="What will be done"
                    value=text(|s| &s.what) on_input=move |v| edit(Box::new(move |s| s.what = v)) />
                <div class="step-grid">
                    <div class="field">
                        <label for=f("who")>"Who does it"</label>
                        <select id=f("who") on:change=move |ev| set_owner(event_target_value(&ev))>
                            {move || shared.owners.get().into_iter().map(|(code, label)| {
                                let selected = code == owner_code();
                                view! { <option value=code selected=selected>{label}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <SelectField id=f("repeat") label="How often"
                        options=repeat_options()
                        value=Signal::derive(move || step.with(|s| s.repeat.map(|r| r.code()).unwrap_or("")))
                        on_change=move |v| edit(Box::new(move |s| s.repeat = Repeat::from_code(&v))) />
                    <DateField id=f("due") label="Due date, or first time"
                        value=date(|s| s.due) on_change=move |d| edit(Box::new(move |s| s.due = d)) />
                    <Show when=move || step.with(|s| s.repeat.is_some())>
                        <DateField id=f("until") label="Repeats until"
                            value=date(|s| s.until) on_change=move |d| edit(Box::new(move |s| s.until = d)) />
                    </Show>
                    <SelectField id=f("status") label="Status"
                        options=status_options()
                        value=Signal::derive(move || step.with(|s| s.status.code()))
                        on_change=move |v| {
                            if let Some(st) = ActionStatus::from_code(&v) {
                                edit(Box::new(move |s| s.status = st))
                            }
                        } />
                    <SelectField id=f("barrier") label="Barrier it deals with"
                        options=barrier_options()
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
                    <Show when=move || more_than_one_goal() && !choosing.get()>
                        <button id=f("move") on:click=move |_| {
                            choosing.set(true);
                            focus_later(format!("step-{id}-move-to"));
                        }>"Move to another goal"</button>
                    </Show>
                    <Show when=move || choosing.get()>
                        <label class="visually-hidden" for=f("move-to")>"Move this step to another goal"</label>
                        <select id=f("move-to") class="move-to" on:change=move |ev| move_to(event_target_value(&ev))>
                            <option value="" selected=true>"Choose a goal\u{2026}"</option>
                            {move || shared.goal_labels.get().into_iter().filter(|(g, _)| *g != at.goal).map(|(g, label)| view! {
                                <option value=g.to_string()>{label}</option>
                            }).collect_view()}
                        </select>
                        <button on:click=move |_| {
                            choosing.set(false);
                            focus_later(format!("step-{id}-move"));
                        }>"Cancel"</button>
                    </Show>
                    <button class="danger" on:click=remove>"Remove step"</button>
                </div>
            </fieldset>
            </Fold>
        </li>
    }
}

/// How many goals a service's "which goals" checklist shows without being asked.
const CHECKLIST_AT_ONCE: usize = 12;

/// Services and referrals of the plan.
#[component]
fn Services(
    /// The open plan.
    state: PlanState,
    /// Lists shared by the editors on this page.
    shared: Shared,
) -> impl IntoView {
    let plan = state.plan;
    let ids =
        Memo::new(move |_| plan.with(|p| p.services.iter().map(|s| s.id).collect::<Vec<_>>()));
    let confirm = RwSignal::new(None::<Confirmation>);
    let pending = StoredValue::new(None::<ServiceId>);
    let add = move |_| {
        let mut id = None;
        state.edit(|p| id = Some(p.add_service()));
        if let Some(id) = id {
            focus_later(format!("service-{id}-organization"));
        }
    };
    let ask_remove = Callback::new(move |id: ServiceId| {
        let (name, steps) = plan.with_untracked(|p| {
            (
                p.service(id).map(|s| s.display_name()).unwrap_or_default(),
                p.step_names_done_by(&Owner::Service(id)),
            )
        });
        let unlinked = unassigned_note("It does", &steps);
        pending.set_value(Some(id));
        confirm.set(Some(Confirmation {
            title: "Remove this service?".into(),
            message: format!("{name} will be removed from the plan.{unlinked}"),
            confirm_label: "Remove service".into(),
        }));
    });
    let do_remove = move || {
        if let Some(id) = pending.get_value() {
            state.edit(|p| {
                p.remove_service(id);
            });
            focus_later("add-service".into());
        }
    };
    view! {
        <section class="card" aria-labelledby="services-heading">
            <h2 id="services-heading">"Services and referrals"</h2>
            <p class="hint">
                "Organizations and programs that help: a clinic, a food bank, a ride service, a support group. A referral means asking a service to take the person on."
            </p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">"No services yet."</p>
            </Show>
            <ol class="step-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <ServiceEditor state=state id=id on_remove=ask_remove shared=shared />
                </For>
            </ol>
            <button id="add-service" on:click=add>"Add a service or referral"</button>
            <ResourceDirectory state=state />
            <ConfirmDialog request=confirm on_confirm=do_remove />
        </section>
    }
}

/// The fields of one service.
#[component]
fn ServiceEditor(
    /// The open plan.
    state: PlanState,
    /// Which service.
    id: ServiceId,
    /// Asks to remove this service.
    on_remove: Callback<ServiceId>,
    /// Lists shared by the editors on this page.
    shared: Shared,
) -> impl IntoView {
    use crate::model::services::Service;
    let plan = state.plan;
    let service = Memo::new(move |_| plan.with(|p| p.service(id).cloned().unwrap_or_default()));
    let f = move |name: &str| format!("service-{id}-{name}");
    let edit = move |change: Box<dyn FnOnce(&mut Service)>| {
        state.edit(|p| {
            if let Some(s) = p.service_mut(id) {
                change(s)
            }
        })
    };
    let goals = shared.goal_labels;
    // A checklist of every goal in every service is 10,000 boxes for 50 services and 200 goals:
    // beyond a few goals, it is built when asked for.
    let checklist = RwSignal::new(false);
    let linked = move || {
        let n = service.with(|s| s.goals.len());
        let all = goals.with(Vec::len);
        match n {
            0 => format!("It is not linked to any of the {all} goals yet."),
            1 => format!("It helps with 1 of the {all} goals."),
            n => format!("It helps with {n} of the {all} goals."),
        }
    };
    let first_goal = move || {
        goals
            .with_untracked(|g| g.first().map(|(g, _)| g.to_string()))
            .unwrap_or_default()
    };
    view! {
        <li class="service">
            <fieldset>
                <legend>{move || service.with(|s| s.display_name())}</legend>
                <TextField id=f("organization") label="Organization or resource"
                    value=Signal::derive(move || service.with(|s| s.organization.clone()))
                    on_input=move |v| edit(Box::new(move |s| s.organization = v)) />
                <div class="step-grid">
                    <SelectField id=f("kind") label="Type"
                        options=ServiceKind::ALL.iter().map(|k| (k.code(), k.label())).collect()
                        value=Signal::derive(move || service.with(|s| s.kind.code()))
                        on_change=move |v| {
                            if let Some(k) = ServiceKind::from_code(&v) {
                                edit(Box::new(move |s| s.kind = k))
                            }
                        } />
                    <SelectField id=f("status") label="Status"
                        options=ServiceStatus::ALL.iter().map(|k| (k.code(), k.label())).collect()
                        value=Signal::derive(move || service.with(|s| s.status.code()))
                        on_change=move |v| {
                            if let Some(st) = ServiceStatus::from_code(&v) {
                                edit(Box::new(move |s| s.status = st))
                            }
                        } />
                    <DateField id=f("referral-date") label="Referral date"
                        value=Signal::derive(move || service.with(|s| s.referral_date))
                        on_change=move |d| edit(Box::new(move |s| s.referral_date = d)) />
                    <DateField id=f("next-appointment") label="Next appointment"
                        value=Signal::derive(move || service.with(|s| s.next_appointment))
                        on_change=move |d| edit(Box::new(move |s| s.next_appointment = d)) />
                </div>
                <TextField id=f("contact") label="Contact details" hint="Phone, address, email or a contact person."
                    value=Signal::derive(move || service.with(|s| s.contact.clone()))
                    on_input=move |v| edit(Box::new(move |s| s.contact = v)) />
                <Show when=move || goals.with(|g| !g.is_empty())>
                    <Show
                        when=move || checklist.get() || goals.with(|g| g.len() <= CHECKLIST_AT_ONCE)
                        fallback=move || view! {
                            <div class="field">
                                <p>{linked}</p>
                                <button id=f("choose-goals") on:click=move |_| {
                                    checklist.set(true);
                                    focus_later(format!("service-{id}-goal-{}", first_goal()));
                                }>"Choose the goals it helps with"</button>
                            </div>
                        }
                    >
                        <fieldset class="radio-group">
                            <legend>"Which goals does it help with?"</legend>
                            <div class="options">
                                {move || goals.get().into_iter().map(|(goal, label)| view! {
                                    <Checkbox
                                        id=format!("service-{id}-goal-{goal}")
                                        label=label
                                        checked=Signal::derive(move || service.with(|s| s.goals.contains(&goal)))
                                        on_change=Callback::new(move |on: bool| edit(Box::new(move |s| {
                                            s.goals.retain(|g| *g != goal);
                                            if on {
                                                s.goals.push(goal);
                                            }
                                        })))
                                    />
                                }).collect_view()}
                            </div>
                        </fieldset>
                    </Show>
                </Show>
                <div class="actions">
                    <button class="danger" on:click=move |_| on_remove.run(id)>"Remove service"</button>
                </div>
            </fieldset>
        </li>
    }
}
