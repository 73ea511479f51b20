//! The Actions & services step: for each goal, the steps that get it done: what, who, when,
//! how, status and the barrier each one addresses.

use crate::components::actions_text::{
    action_status_label, service_kind_label, service_status_label,
};
use crate::components::language::model_lang;
use crate::components::{
    focus_later, focus_move_button, step_href, Checkbox, ConfirmDialog, Confirmation, DateField,
    Fold, SelectField, Shown, TextField,
};
use crate::i18n::{t, t_string, tu_string, use_i18n};
use crate::model::actions::{unassigned_note_in, ActionStatus, ActionStep, Owner, Repeat, StepRef};
use crate::model::assessment::barriers::Barrier;
use crate::model::services::{ServiceKind, ServiceStatus};
use crate::model::Choice;
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
    /// Every goal, as (id, "Goal N: sentence"), in the chosen language.
    goal_labels: Memo<Vec<(GoalId, String)>>,
    /// Steps suggested by the barriers in the assessment (the same for every goal), written in
    /// the chosen language.
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
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let goals = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    let id = plan.with_untracked(|p| p.id);
    let shared = Shared {
        owners: Memo::new(move |_| {
            let lang = lang();
            plan.with(|p| {
                let mut options = vec![
                    ("".to_string(), p.owner_name_in(&Owner::Unassigned, lang)),
                    ("person".to_string(), p.owner_name_in(&Owner::Person, lang)),
                ];
                options.extend(p.care_team.iter().map(|m| {
                    (
                        format!("member:{}", m.id),
                        p.owner_name_in(&Owner::Member(m.id), lang),
                    )
                }));
                options.extend(
                    p.services
                        .iter()
                        .map(|sv| (format!("service:{}", sv.id), sv.display_name_in(lang))),
                );
                options
            })
        }),
        goal_labels: Memo::new(move |_| {
            let lang = lang();
            plan.with(|p| {
                p.goals
                    .iter()
                    .enumerate()
                    .map(|(i, g)| {
                        let sentence = g.sentence_in(p.person_name(), lang);
                        let label =
                            t_string!(i18n, actions.goal_heading, n = i + 1, sentence = sentence);
                        (g.id, label.to_string())
                    })
                    .collect()
            })
        }),
        suggestions: Memo::new(move |_| {
            let lang = lang();
            plan.with(|p| p.suggested_steps_in(lang))
        }),
        fresh: StoredValue::new(Vec::new()),
        open_at_start: plan.with_untracked(|p| {
            p.goals.iter().map(|g| g.steps.len()).sum::<usize>() <= STEPS_OPEN_AT_ONCE
        }),
    };
    view! {
        <Shown
            when=move || goals.with(|g| !g.is_empty())
            fallback=move || view! {
                <section class="card">
                    <p>
                        {t!(i18n, actions.no_goals.before)}
                        <A href=step_href(id, Step::Goals)>{t!(i18n, actions.no_goals.link)}</A>
                        {t!(i18n, actions.no_goals.after)}
                    </p>
                </section>
            }
        >
            <For each=move || goals.get() key=|g| *g let:goal>
                <GoalSteps state=state goal=goal shared=shared />
            </For>
        </Shown>
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
    let i18n = use_i18n();
    let lang = model_lang();
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
        let n = position.get() + 1;
        step.with(|s| match s.what.trim() {
            "" => t_string!(i18n, actions.step.legend, n = n).to_string(),
            what => t_string!(i18n, actions.step.legend_named, n = n, what = what).to_string(),
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
    // Functions, as the fields are built again each time the step is opened. The texts of
    // the options follow the language chosen.
    let repeat_options = move || {
        std::iter::once((
            "",
            Signal::derive(move || t_string!(i18n, actions.step.once)),
        ))
        .chain(
            Repeat::ALL
                .into_iter()
                .map(|r| (r.code(), Signal::derive(move || r.label_in(lang())))),
        )
        .collect()
    };
    let status_options = move || {
        ActionStatus::ALL
            .into_iter()
            .map(|s| {
                (
                    s.code(),
                    Signal::derive(move || action_status_label(i18n, s)),
                )
            })
            .collect()
    };
    let barrier_options = move || {
        std::iter::once((
            "",
            Signal::derive(move || t_string!(i18n, actions.step.no_barrier)),
        ))
        .chain(
            Barrier::ALL
                .iter()
                .copied()
                .map(|b| (b.code(), Signal::derive(move || b.label_in(lang())))),
        )
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
        let lang = lang();
        step.with(|s| {
            format!(
                "{who} \u{b7} {} \u{b7} {}",
                // "Overdue since 20 November 2026" once its day has passed.
                s.when_on_in(crate::state::today(), lang),
                action_status_label(i18n, s.status)
            )
        })
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
                <TextField id=f("what") label=move || t_string!(i18n, actions.step.what)
                    value=text(|s| &s.what) on_input=move |v| edit(Box::new(move |s| s.what = v)) />
                <div class="step-grid">
                    <div class="field">
                        <label for=f("who")>{t!(i18n, actions.step.who)}</label>
                        <select id=f("who") on:change=move |ev| set_owner(event_target_value(&ev))>
                            {move || shared.owners.get().into_iter().map(|(code, label)| {
                                let selected = code == owner_code();
                                view! { <option value=code selected=selected>{label}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <SelectField id=f("repeat") label=move || t_string!(i18n, actions.step.repeat)
                        options=repeat_options()
                        value=Signal::derive(move || step.with(|s| s.repeat.map(|r| r.code()).unwrap_or("")))
                        on_change=move |v| edit(Box::new(move |s| s.repeat = Repeat::from_code(&v))) />
                    <DateField id=f("due") label=move || t_string!(i18n, actions.step.due)
                        value=date(|s| s.due) on_change=move |d| edit(Box::new(move |s| s.due = d)) />
                    <Shown when=move || step.with(|s| s.repeat.is_some())>
                        <DateField id=f("until") label=move || t_string!(i18n, actions.step.until)
                            value=date(|s| s.until) on_change=move |d| edit(Box::new(move |s| s.until = d)) />
                    </Shown>
                    <SelectField id=f("status") label=move || t_string!(i18n, actions.step.status)
                        options=status_options()
                        value=Signal::derive(move || step.with(|s| s.status.code()))
                        on_change=move |v| {
                            if let Some(st) = ActionStatus::from_code(&v) {
                                edit(Box::new(move |s| s.status = st))
                            }
                        } />
                    <SelectField id=f("barrier") label=move || t_string!(i18n, actions.step.barrier)
                        options=barrier_options()
                        value=Signal::derive(move || step.with(|s| s.barrier.map(|b| b.code()).unwrap_or("")))
                        on_change=move |v| edit(Box::new(move |s| s.barrier = Barrier::from_code(&v))) />
                </div>
                <TextField id=f("how") label=move || t_string!(i18n, actions.step.how)
                    hint=move || t_string!(i18n, actions.step.how_hint)
                    value=text(|s| &s.how) on_input=move |v| edit(Box::new(move |s| s.how = v)) />
                <p class="step-when">{move || { let lang = lang(); step.with(|s| s.when_in(lang)) }}</p>
                <div class="actions">
                    <button id=f("step-up") on:click=move |_| moved(-1) disabled=move || position.get() == 0>{t!(i18n, actions.step.move_up)}</button>
                    <button id=f("step-down") on:click=move |_| moved(1)
                        disabled=move || { position.get() + 1 >= count.get() }>{t!(i18n, actions.step.move_down)}</button>
                    <Shown when=move || more_than_one_goal() && !choosing.get()>
                        <button id=f("move") on:click=move |_| {
                            choosing.set(true);
                            focus_later(format!("step-{id}-move-to"));
                        }>{t!(i18n, actions.step.move_to_goal)}</button>
                    </Shown>
                    <Shown when=move || choosing.get()>
                        <label class="visually-hidden" for=f("move-to")>{t!(i18n, actions.step.move_to_label)}</label>
                        <select id=f("move-to") class="move-to" on:change=move |ev| move_to(event_target_value(&ev))>
                            <option value="" selected=true>{t!(i18n, actions.step.choose_goal)}</option>
                            {move || shared.goal_labels.get().into_iter().filter(|(g, _)| *g != at.goal).map(|(g, label)| view! {
                                <option value=g.to_string()>{label}</option>
                            }).collect_view()}
                        </select>
                        <button on:click=move |_| {
                            choosing.set(false);
                            focus_later(format!("step-{id}-move"));
                        }>{t!(i18n, common.cancel)}</button>
                    </Shown>
                    <button class="danger" on:click=remove>{t!(i18n, actions.step.remove)}</button>
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
    let i18n = use_i18n();
    let lang = model_lang();
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
        let lang = untrack(lang);
        let (name, steps) = plan.with_untracked(|p| {
            (
                p.service(id)
                    .map(|s| s.display_name_in(lang))
                    .unwrap_or_default(),
                p.step_names_done_by(&Owner::Service(id)),
            )
        });
        let unlinked = unassigned_note_in(tu_string!(i18n, actions.services.it_does), &steps, lang);
        let removed = tu_string!(i18n, actions.services.remove_message, name = name);
        pending.set_value(Some(id));
        confirm.set(Some(Confirmation {
            title: tu_string!(i18n, actions.services.remove_title).into(),
            message: format!("{removed}{unlinked}"),
            confirm_label: tu_string!(i18n, actions.services.remove).into(),
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
            <h2 id="services-heading">{t!(i18n, actions.services.heading)}</h2>
            <p class="hint">{t!(i18n, actions.services.hint)}</p>
            <Shown when=move || ids.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, actions.services.empty)}</p>
            </Shown>
            <ol class="step-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <ServiceEditor state=state id=id on_remove=ask_remove shared=shared />
                </For>
            </ol>
            <button id="add-service" on:click=add>{t!(i18n, actions.services.add)}</button>
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
    let i18n = use_i18n();
    let lang = model_lang();
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
            0 => t_string!(i18n, actions.services.linked_none, all = all).to_string(),
            1 => t_string!(i18n, actions.services.linked_one, all = all).to_string(),
            n => t_string!(i18n, actions.services.linked_many, n = n, all = all).to_string(),
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
                <legend>{move || { let lang = lang(); service.with(|s| s.display_name_in(lang)) }}</legend>
                <TextField id=f("organization") label=move || t_string!(i18n, actions.services.organization)
                    value=Signal::derive(move || service.with(|s| s.organization.clone()))
                    on_input=move |v| edit(Box::new(move |s| s.organization = v)) />
                <div class="step-grid">
                    <SelectField id=f("kind") label=move || t_string!(i18n, actions.services.kind)
                        options=ServiceKind::ALL.into_iter().map(|k| (k.code(), Signal::derive(move || service_kind_label(i18n, k)))).collect()
                        value=Signal::derive(move || service.with(|s| s.kind.code()))
                        on_change=move |v| {
                            if let Some(k) = ServiceKind::from_code(&v) {
                                edit(Box::new(move |s| s.kind = k))
                            }
                        } />
                    <SelectField id=f("status") label=move || t_string!(i18n, actions.services.status)
                        options=ServiceStatus::ALL.into_iter().map(|k| (k.code(), Signal::derive(move || service_status_label(i18n, k)))).collect()
                        value=Signal::derive(move || service.with(|s| s.status.code()))
                        on_change=move |v| {
                            if let Some(st) = ServiceStatus::from_code(&v) {
                                edit(Box::new(move |s| s.status = st))
                            }
                        } />
                    <DateField id=f("referral-date") label=move || t_string!(i18n, actions.services.referral_date)
                        value=Signal::derive(move || service.with(|s| s.referral_date))
                        on_change=move |d| edit(Box::new(move |s| s.referral_date = d)) />
                    <DateField id=f("next-appointment") label=move || t_string!(i18n, actions.services.next_appointment)
                        value=Signal::derive(move || service.with(|s| s.next_appointment))
                        on_change=move |d| edit(Box::new(move |s| s.next_appointment = d)) />
                </div>
                <TextField id=f("contact") label=move || t_string!(i18n, actions.services.contact)
                    hint=move || t_string!(i18n, actions.services.contact_hint)
                    value=Signal::derive(move || service.with(|s| s.contact.clone()))
                    on_input=move |v| edit(Box::new(move |s| s.contact = v)) />
                <Shown when=move || goals.with(|g| !g.is_empty())>
                    <Shown
                        when=move || checklist.get() || goals.with(|g| g.len() <= CHECKLIST_AT_ONCE)
                        fallback=move || view! {
                            <div class="field">
                                <p>{linked}</p>
                                <button id=f("choose-goals") on:click=move |_| {
                                    checklist.set(true);
                                    focus_later(format!("service-{id}-goal-{}", first_goal()));
                                }>{t!(i18n, actions.services.choose_goals)}</button>
                            </div>
                        }
                    >
                        <fieldset class="radio-group">
                            <legend>{t!(i18n, actions.services.which_goals)}</legend>
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
                    </Shown>
                </Shown>
                <div class="actions">
                    <button class="danger" on:click=move |_| on_remove.run(id)>{t!(i18n, actions.services.remove)}</button>
                </div>
            </fieldset>
        </li>
    }
}
