//! The Transition step: why the plan ends or moves on, who takes over, the follow-up, what to
//! do if things get worse, which needs stay open, and closing (or reopening) the plan.

use crate::components::language::model_lang;
use crate::components::needs_text::{need_statement, need_status_label};
use crate::components::transition_text::closure_reason_label;
use crate::components::{
    focus_later, Checkbox, CrisisLines, DateField, RadioGroup, Shown, TextArea, TextField,
};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::transition::{ClosureReason, Transition};
use crate::model::{dates, MemberId, NeedId};
use crate::state::{today, PlanState};
use leptos::prelude::*;

#[component]
pub fn TransitionStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let transition = Memo::new(move |_| plan.with(|p| p.transition.clone()));
    let closed = Memo::new(move |_| plan.with(|p| p.transition.closed_on));
    let safety = Memo::new(move |_| plan.with(|p| p.safety_flag()));
    let edit =
        move |change: Box<dyn FnOnce(&mut Transition)>| state.edit(|p| change(&mut p.transition));
    let text = move |get: fn(&Transition) -> &String| {
        Signal::derive(move || transition.with(|t| get(t).clone()))
    };
    view! {
        <Shown when=move || closed.get().is_some()>
            <section class="card closed-banner" role="status">
                <h2>
                    {move || closed.get().map(|d| {
                        let date = dates::long_in(d, lang());
                        t_string!(i18n, transition.closed.heading, date = date).to_string()
                    })}
                </h2>
                <p>{t!(i18n, transition.closed.text)}</p>
                <button id="reopen-plan" class="primary" on:click=move |_| {
                    state.edit(|p| p.reopen());
                    focus_later("close-plan".into());
                }>{t!(i18n, transition.closed.reopen)}</button>
            </section>
        </Shown>
        <fieldset class="plain" disabled=move || closed.get().is_some()>
            <section class="card" aria-labelledby="reason-heading">
                <h2 id="reason-heading">{t!(i18n, transition.reason.heading)}</h2>
                // Drawn again when the language changes (its legend and options are plain
                // text); the choice is the plan's, so it stays.
                {move || view! {
                    <RadioGroup name="transition-reason" legend=t_string!(i18n, transition.reason.legend)
                        options=ClosureReason::ALL.iter().map(|r| (r.code().to_string(), closure_reason_label(i18n, *r).to_string())).collect()
                        value=Signal::derive(move || transition.with(|t| t.reason.map(|r| r.code().to_string())))
                        on_change=Callback::new(move |v: String| {
                            let reason = ClosureReason::from_code(&v);
                            edit(Box::new(move |t| t.reason = reason))
                        }) />
                }}
                <TextField id="transition-reason-detail" label=move || t_string!(i18n, transition.reason.detail)
                    value=text(|t| &t.reason_detail)
                    on_input=move |v| edit(Box::new(move |t| t.reason_detail = v)) />
                <TextField id="transition-next" label=move || t_string!(i18n, transition.reason.next)
                    hint=move || t_string!(i18n, transition.reason.next_hint)
                    value=text(|t| &t.next_setting)
                    on_input=move |v| edit(Box::new(move |t| t.next_setting = v)) />
                <DateField id="transition-follow-up" label=move || t_string!(i18n, transition.reason.follow_up)
                    hint=move || t_string!(i18n, transition.reason.follow_up_hint)
                    value=Signal::derive(move || transition.with(|t| t.follow_up))
                    on_change=move |d| edit(Box::new(move |t| t.follow_up = d)) />
            </section>
            <HandOff state=state />
            <section class="card" aria-labelledby="worse-heading">
                <h2 id="worse-heading">{t!(i18n, transition.worse.heading)}</h2>
                <Shown when=move || safety.get()>
                    <CrisisLines />
                </Shown>
                <TextArea id="transition-if-worse" label=move || t_string!(i18n, transition.worse.label)
                    hint=move || t_string!(i18n, transition.worse.hint)
                    value=text(|t| &t.if_worse)
                    on_input=move |v| edit(Box::new(move |t| t.if_worse = v)) />
            </section>
            <OpenNeeds state=state />
        </fieldset>
        <Shown when=move || closed.get().is_none()>
            <section class="card" aria-labelledby="close-heading">
                <h2 id="close-heading">{t!(i18n, transition.close.heading)}</h2>
                <p>{t!(i18n, transition.close.text)}</p>
                <button id="close-plan" on:click=move |_| {
                    state.edit(|p| p.close(today()));
                    focus_later("reopen-plan".into());
                }>{t!(i18n, transition.close.button)}</button>
            </section>
        </Shown>
    }
}

/// Who takes over: care-team members ticked, and new contacts added to the team here.
#[component]
fn HandOff(state: PlanState) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    let members = Memo::new(move |_| {
        plan.with(|p| {
            p.care_team
                .iter()
                .filter_map(|m| Some((m.id, m.label()?)))
                .collect::<Vec<_>>()
        })
    });
    let chosen = Memo::new(move |_| plan.with(|p| p.transition.handoff.clone()));
    let open = Memo::new(move |_| plan.with(|p| !p.is_closed()));
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    // What the last press of "Add this contact" did, worded in the language on screen.
    let message = RwSignal::new(None::<HandOffMessage>);
    let add = move |_| {
        if name.with_untracked(|n| n.trim().is_empty())
            && role.with_untracked(|r| r.trim().is_empty())
        {
            message.set(Some(HandOffMessage::NameFirst));
            return;
        }
        state.edit(|p| {
            let id = p.add_member();
            if let Some(m) = p.member_mut(id) {
                m.name = name.get_untracked();
                m.role = role.get_untracked();
                m.phone = phone.get_untracked();
            }
            p.transition.handoff.push(id);
        });
        for field in [name, role, phone] {
            field.set(String::new());
        }
        message.set(Some(HandOffMessage::Added));
    };
    let toggle = move |member: MemberId, on: bool| {
        state.edit(|p| {
            p.transition.handoff.retain(|m| *m != member);
            if on {
                p.transition.handoff.push(member);
            }
        })
    };
    view! {
        <section class="card" aria-labelledby="handoff-heading">
            <h2 id="handoff-heading">{t!(i18n, transition.handoff.heading)}</h2>
            <Shown when=move || members.with(|m| !m.is_empty())
                fallback=move || view! { <p class="empty">{t!(i18n, transition.handoff.empty)}</p> }>
                <fieldset class="radio-group">
                    <legend>{t!(i18n, transition.handoff.legend)}</legend>
                    <div class="options">
                        {move || members.get().into_iter().map(|(id, label)| view! {
                            <Checkbox id=format!("handoff-{id}") label=label
                                checked=Signal::derive(move || chosen.with(|c| c.contains(&id)))
                                on_change=Callback::new(move |on| toggle(id, on)) />
                        }).collect_view()}
                    </div>
                </fieldset>
            </Shown>
            <Shown when=move || open.get()>
            <fieldset class="new-contact">
                <legend>{t!(i18n, transition.handoff.new_contact)}</legend>
                <div class="step-grid">
                    <TextField id="handoff-new-name" label=move || t_string!(i18n, transition.handoff.name) value=name on_input=move |v| name.set(v) />
                    <TextField id="handoff-new-role" label=move || t_string!(i18n, transition.handoff.role) value=role on_input=move |v| role.set(v) />
                    <TextField id="handoff-new-phone" label=move || t_string!(i18n, transition.handoff.phone) kind="tel" value=phone on_input=move |v| phone.set(v) />
                </div>
                <button id="handoff-add" on:click=add>{t!(i18n, transition.handoff.add)}</button>
                <p class="form-message" role="status">
                    {move || message.get().map(|m| match m {
                        HandOffMessage::NameFirst => t_string!(i18n, transition.handoff.name_first),
                        HandOffMessage::Added => t_string!(i18n, transition.handoff.added),
                    })}
                </p>
            </fieldset>
            </Shown>
        </section>
    }
}

/// What adding a new contact to the hand-off said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HandOffMessage {
    NameFirst,
    Added,
}

/// Which needs stay open when the plan ends.
#[component]
fn OpenNeeds(state: PlanState) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    let needs = Memo::new(move |_| {
        plan.with(|p| {
            p.needs
                .iter()
                .map(|n| (n.id, need_statement(i18n, n), n.status))
                .collect::<Vec<_>>()
        })
    });
    let open = Memo::new(move |_| plan.with(|p| p.transition.open_needs.clone()));
    let editable = Memo::new(move |_| plan.with(|p| !p.is_closed()));
    let toggle = move |need: NeedId, on: bool| {
        state.edit(|p| {
            p.transition.open_needs.retain(|n| *n != need);
            if on {
                p.transition.open_needs.push(need);
            }
        })
    };
    let tick_unresolved = move |_| {
        state.edit(|p| p.transition.open_needs = p.unresolved_needs());
    };
    view! {
        <section class="card" aria-labelledby="open-needs-heading">
            <h2 id="open-needs-heading">{t!(i18n, transition.open_needs.heading)}</h2>
            <Shown when=move || needs.with(|n| !n.is_empty())
                fallback=move || view! { <p class="empty">{t!(i18n, transition.open_needs.empty)}</p> }>
                <fieldset class="radio-group">
                    <legend>{t!(i18n, transition.open_needs.legend)}</legend>
                    <div class="options">
                        {move || needs.get().into_iter().map(|(id, statement, status)| view! {
                            <Checkbox id=format!("open-need-{id}")
                                label=move || {
                                    let status = need_status_label(i18n, status).to_lowercase();
                                    t_string!(i18n, transition.open_needs.need, statement = statement.clone(), status = status).to_string()
                                }
                                checked=Signal::derive(move || open.with(|o| o.contains(&id)))
                                on_change=Callback::new(move |on| toggle(id, on)) />
                        }).collect_view()}
                    </div>
                </fieldset>
                <Shown when=move || editable.get()>
                    <button id="tick-unresolved" on:click=tick_unresolved>{t!(i18n, transition.open_needs.tick_unresolved)}</button>
                </Shown>
            </Shown>
        </section>
    }
}
