//! Services and referrals on the Actions & services step: the list and one service's fields.

use super::Shared;
use crate::components::actions_text::{service_kind_label, service_status_label};
use crate::components::language::model_lang;
use crate::components::{
    focus_later, Checkbox, ConfirmDialog, Confirmation, DateField, SelectField, Shown, TextField,
};
use crate::i18n::{t, t_string, tu_string, use_i18n};
use crate::model::actions::{unassigned_note_in, Owner};
use crate::model::services::{ServiceKind, ServiceStatus};
use crate::model::ServiceId;
use crate::pages::resource_directory::ResourceDirectory;
use crate::state::PlanState;
use leptos::prelude::*;

/// How many goals a service's "which goals" checklist shows without being asked.
const CHECKLIST_AT_ONCE: usize = 12;

/// Services and referrals of the plan.
#[component]
pub(super) fn Services(
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
pub(super) fn ServiceEditor(
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
                <crate::components::consent_text::ConsentMark mark=Signal::derive(move || plan.with(|p| p.consent_mark_for_service(id, crate::state::today()))) />
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
