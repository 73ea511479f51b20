//! One action step's fields: what, who, when (once or repeating), how, status, the barrier it
//! meets, and moving it to another goal.

use super::Shared;
use crate::components::actions_text::action_status_label;
use crate::components::language::model_lang;
use crate::components::{
    focus_later, focus_move_button, isolated, DateField, Fold, SelectField, Shown, TextField,
};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::actions::{ActionStatus, ActionStep, Owner, Repeat, StepRef};
use crate::model::assessment::barriers::Barrier;
use crate::model::text::isolate;
use crate::model::Choice;
use crate::state::PlanState;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The fields of one step, and moving it.
#[component]
pub(super) fn StepEditor(
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
            what => {
                t_string!(i18n, actions.step.legend_named, n = n, what = isolate(what)).to_string()
            }
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
                "{} \u{b7} {} \u{b7} {}",
                isolate(&who),
                // "Overdue since 20 November 2026" once its day has passed.
                s.when_on_in(crate::state::today(), lang),
                action_status_label(i18n, s.status)
            )
        })
    };
    let summary = ViewFn::from(move || {
        view! {
            <span class="step-name">{move || isolated(legend())}</span>
            <span class="step-facts">{move || isolated(facts())}</span>
        }
    });
    let open = shared.open_at_start || shared.fresh.with_value(|f| f.contains(&id));
    view! {
        <li class="action-step">
            <Fold id=f("fold") class="step-fold" summary=summary open=open>
            <fieldset class="plain">
                <legend class="visually-hidden">{move || isolated(legend())}</legend>
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
