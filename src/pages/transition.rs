//! The Transition step: why the plan ends or moves on, who takes over, the follow-up, what to
//! do if things get worse, which needs stay open, and closing (or reopening) the plan.

use crate::components::{focus_later, Checkbox, DateField, RadioGroup, TextArea, TextField};
use crate::model::transition::{ClosureReason, Transition};
use crate::model::{dates, MemberId, NeedId};
use crate::state::{today, AgencyConfig, PlanState};
use leptos::prelude::*;

#[component]
pub fn TransitionStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let plan = state.plan;
    let transition = Memo::new(move |_| plan.with(|p| p.transition.clone()));
    let closed = Memo::new(move |_| plan.with(|p| p.transition.closed_on));
    let safety = Memo::new(move |_| plan.with(|p| p.safety_flag()));
    let agency = AgencyConfig::get();
    let edit =
        move |change: Box<dyn FnOnce(&mut Transition)>| state.edit(|p| change(&mut p.transition));
    let text = move |get: fn(&Transition) -> &String| {
        Signal::derive(move || transition.with(|t| get(t).clone()))
    };
    view! {
        <Show when=move || closed.get().is_some()>
            <section class="card closed-banner" role="status">
                <h2>{move || closed.get().map(|d| format!("This plan was closed on {}", dates::long(d)))}</h2>
                <p>"Everything in it stays readable and can be printed. Reopen it to make changes."</p>
                <button id="reopen-plan" class="primary" on:click=move |_| {
                    state.edit(|p| p.reopen());
                    focus_later("close-plan".into());
                }>"Reopen the plan"</button>
            </section>
        </Show>
        <fieldset class="plain" disabled=move || closed.get().is_some()>
            <section class="card" aria-labelledby="reason-heading">
                <h2 id="reason-heading">"Why the plan ends or moves on"</h2>
                <RadioGroup name="transition-reason" legend="Reason"
                    options=ClosureReason::ALL.iter().map(|r| (r.code().to_string(), r.label().to_string())).collect()
                    value=Signal::derive(move || transition.with(|t| t.reason.map(|r| r.code().to_string())))
                    on_change=Callback::new(move |v: String| {
                        let reason = ClosureReason::from_code(&v);
                        edit(Box::new(move |t| t.reason = reason))
                    }) />
                <TextField id="transition-reason-detail" label="More about the reason (optional)"
                    value=text(|t| &t.reason_detail)
                    on_input=move |v| edit(Box::new(move |t| t.reason_detail = v)) />
                <TextField id="transition-next" label="Where the person goes next"
                    hint="A service, a doctor or clinic, a program, or home with family support."
                    value=text(|t| &t.next_setting)
                    on_input=move |v| edit(Box::new(move |t| t.next_setting = v)) />
                <DateField id="transition-follow-up" label="Follow-up date"
                    hint="When someone checks in after the plan ends."
                    value=Signal::derive(move || transition.with(|t| t.follow_up))
                    on_change=move |d| edit(Box::new(move |t| t.follow_up = d)) />
            </section>
            <HandOff state=state />
            <section class="card" aria-labelledby="worse-heading">
                <h2 id="worse-heading">"If things get worse"</h2>
                <Show when=move || safety.get()>
                    <div class="crisis-lines">
                        {move || {
                            let line = agency.crisis_line();
                            view! {
                                {line.lines.into_iter().map(|l| view! { <p class="crisis-line">{l}</p> }).collect_view()}
                                <p class="crisis-line">{line.emergency}</p>
                            }
                        }}
                    </div>
                </Show>
                <TextArea id="transition-if-worse" label="What to do and whom to call"
                    hint="Warning signs to watch for, first things to try, and phone numbers."
                    value=text(|t| &t.if_worse)
                    on_input=move |v| edit(Box::new(move |t| t.if_worse = v)) />
            </section>
            <OpenNeeds state=state />
        </fieldset>
        <Show when=move || closed.get().is_none()>
            <section class="card" aria-labelledby="close-heading">
                <h2 id="close-heading">"Close the plan"</h2>
                <p>"Closing marks the plan as completed. Nothing is deleted: it stays readable, can be printed and saved, and can be reopened."</p>
                <button id="close-plan" on:click=move |_| {
                    state.edit(|p| p.close(today()));
                    focus_later("reopen-plan".into());
                }>"Close the plan"</button>
            </section>
        </Show>
    }
}

/// Who takes over: care-team members ticked, and new contacts added to the team here.
#[component]
fn HandOff(state: PlanState) -> impl IntoView {
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
    let message = RwSignal::new(String::new());
    let add = move |_| {
        if name.with_untracked(|n| n.trim().is_empty())
            && role.with_untracked(|r| r.trim().is_empty())
        {
            message.set("Type a name or a role first.".into());
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
        message.set("Added to the care team and to the hand-off.".into());
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
            <h2 id="handoff-heading">"Who takes over"</h2>
            <Show when=move || members.with(|m| !m.is_empty())
                fallback=|| view! { <p class="empty">"No one on the care team yet. Add a new contact below."</p> }>
                <fieldset class="radio-group">
                    <legend>"Hand-off contacts from the care team"</legend>
                    <div class="options">
                        {move || members.get().into_iter().map(|(id, label)| view! {
                            <Checkbox id=format!("handoff-{id}") label=label
                                checked=Signal::derive(move || chosen.with(|c| c.contains(&id)))
                                on_change=Callback::new(move |on| toggle(id, on)) />
                        }).collect_view()}
                    </div>
                </fieldset>
            </Show>
            <Show when=move || open.get()>
            <fieldset class="new-contact">
                <legend>"A new contact"</legend>
                <div class="step-grid">
                    <TextField id="handoff-new-name" label="Name" value=name on_input=move |v| name.set(v) />
                    <TextField id="handoff-new-role" label="Role or organization" value=role on_input=move |v| role.set(v) />
                    <TextField id="handoff-new-phone" label="Phone" kind="tel" value=phone on_input=move |v| phone.set(v) />
                </div>
                <button id="handoff-add" on:click=add>"Add this contact"</button>
                <p class="form-message" role="status">{move || message.get()}</p>
            </fieldset>
            </Show>
        </section>
    }
}

/// Which needs stay open when the plan ends.
#[component]
fn OpenNeeds(state: PlanState) -> impl IntoView {
    let plan = state.plan;
    let needs = Memo::new(move |_| {
        plan.with(|p| {
            p.needs
                .iter()
                .map(|n| (n.id, n.display_statement(), n.status.label()))
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
            <h2 id="open-needs-heading">"Needs that are still open"</h2>
            <Show when=move || needs.with(|n| !n.is_empty())
                fallback=|| view! { <p class="empty">"No needs in this plan."</p> }>
                <fieldset class="radio-group">
                    <legend>"Tick the needs the next service should know about"</legend>
                    <div class="options">
                        {move || needs.get().into_iter().map(|(id, statement, status)| view! {
                            <Checkbox id=format!("open-need-{id}") label=format!("{statement} (now: {})", status.to_lowercase())
                                checked=Signal::derive(move || open.with(|o| o.contains(&id)))
                                on_change=Callback::new(move |on| toggle(id, on)) />
                        }).collect_view()}
                    </div>
                </fieldset>
                <Show when=move || editable.get()>
                    <button id="tick-unresolved" on:click=tick_unresolved>"Tick every need not resolved"</button>
                </Show>
            </Show>
        </section>
    }
}
