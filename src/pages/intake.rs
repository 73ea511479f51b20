//! The Intake step: the plan itself, the person, the care team and the way of working.

use crate::components::consent_text::ConsentMark;
use crate::components::intake_text::{
    case_model_explanation, case_model_label, contact_method_label, plan_status_label,
    suggested_roles,
};
use crate::components::{
    focus_later, focus_move_button, ConfirmDialog, Confirmation, DateField, SelectField, Shown,
    TextArea, TextField,
};
use crate::i18n::{t, t_string, tu_string, use_i18n};
use crate::model::actions::Owner;
use crate::model::{CaseModel, ContactMethod, MemberId, PlanStatus};
use crate::state::PlanState;
use leptos::prelude::*;

#[component]
pub fn IntakeStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    // The texts of a drop-down's options, following the language chosen.
    let statuses = PlanStatus::ALL
        .into_iter()
        .map(|s| (s.code(), Signal::derive(move || plan_status_label(i18n, s))))
        .collect();
    let contact_methods = std::iter::once((
        "",
        Signal::derive(move || t_string!(i18n, intake.person.not_chosen)),
    ))
    .chain(ContactMethod::ALL.into_iter().map(|m| {
        (
            m.code(),
            Signal::derive(move || contact_method_label(i18n, m)),
        )
    }))
    .collect();
    view! {
        <section class="card" aria-labelledby="about-plan">
            <h2 id="about-plan">{t!(i18n, intake.plan.heading)}</h2>
            <TextField
                id="plan-title"
                label=move || t_string!(i18n, intake.plan.title)
                hint=move || t_string!(i18n, intake.plan.title_hint)
                value=Signal::derive(move || plan.with(|p| p.title.clone()))
                on_input=move |v| state.edit(|p| p.title = v)
            />
            <SelectField
                id="plan-status"
                label=move || t_string!(i18n, intake.plan.status)
                options=statuses
                value=Signal::derive(move || plan.with(|p| p.status.code()))
                on_change=move |v| {
                    if let Some(s) = PlanStatus::from_code(&v) {
                        state.edit(|p| p.status = s)
                    }
                }
            />
            <DateField
                id="plan-start"
                label=move || t_string!(i18n, intake.plan.start)
                value=Signal::derive(move || plan.with(|p| p.start_date))
                on_change=move |d| state.edit(|p| p.start_date = d)
            />
        </section>

        <section class="card" aria-labelledby="about-person">
            <h2 id="about-person">{t!(i18n, intake.person.heading)}</h2>
            <TextField
                id="person-name"
                label=move || t_string!(i18n, intake.person.name)
                hint=move || t_string!(i18n, intake.person.name_hint)
                autocomplete="name"
                value=Signal::derive(move || plan.with(|p| p.person.name.clone()))
                on_input=move |v| state.edit(|p| p.person.name = v)
            />
            <DateField
                id="person-birth"
                label=move || t_string!(i18n, intake.person.birth)
                value=Signal::derive(move || plan.with(|p| p.person.birth_date))
                on_change=move |d| state.edit(|p| p.person.birth_date = d)
            />
            <TextField
                id="person-language"
                label=move || t_string!(i18n, intake.person.language)
                hint=move || t_string!(i18n, intake.person.language_hint)
                autocomplete="language"
                value=Signal::derive(move || plan.with(|p| p.person.preferred_language.clone()))
                on_input=move |v| state.edit(|p| p.person.preferred_language = v)
            />
            <SelectField
                id="person-contact-method"
                label=move || t_string!(i18n, intake.person.contact_method)
                options=contact_methods
                value=Signal::derive(move || plan.with(|p| p.person.contact_method.map(|m| m.code()).unwrap_or("")))
                on_change=move |v| state.edit(|p| p.person.contact_method = ContactMethod::from_code(&v))
            />
            <TextField
                id="person-contact-details"
                label=move || t_string!(i18n, intake.person.contact_details)
                hint=move || t_string!(i18n, intake.person.contact_details_hint)
                value=Signal::derive(move || plan.with(|p| p.person.contact_details.clone()))
                on_input=move |v| state.edit(|p| p.person.contact_details = v)
            />
            <TextArea
                id="person-what-matters"
                label=move || t_string!(i18n, intake.person.what_matters)
                hint=move || t_string!(i18n, intake.person.what_matters_hint)
                value=Signal::derive(move || plan.with(|p| p.person.what_matters.clone()))
                on_input=move |v| state.edit(|p| p.person.what_matters = v)
            />
        </section>

        <CareTeamEditor state=state />

        <crate::pages::consent::ConsentSection state=state />

        <section class="card" aria-labelledby="about-model">
            <h2 id="about-model">{t!(i18n, intake.model.heading)}</h2>
            <fieldset class="choices" aria-describedby="model-hint">
                <legend>{t!(i18n, intake.model.legend)}</legend>
                <p class="hint" id="model-hint">{t!(i18n, intake.model.hint)}</p>
                <ModelChoice state=state model=None />
                {CaseModel::ALL.into_iter().map(|m| view! { <ModelChoice state=state model=Some(m) /> }).collect_view()}
            </fieldset>
        </section>
    }
}

/// One radio button of the case-management approach, with its plain explanation.
#[component]
fn ModelChoice(
    /// The open plan.
    state: PlanState,
    /// The approach this option stands for; `None` is "not decided yet".
    model: Option<CaseModel>,
) -> impl IntoView {
    let i18n = use_i18n();
    let code = model.map(|m| m.code()).unwrap_or("undecided");
    let id = format!("model-{code}");
    let desc_id = format!("{id}-desc");
    let label = move || match model {
        Some(m) => case_model_label(i18n, m),
        None => t_string!(i18n, intake.model.undecided),
    };
    let explanation = move || match model {
        Some(m) => case_model_explanation(i18n, m),
        None => t_string!(i18n, intake.model.undecided_text),
    };
    view! {
        <div class="choice">
            <input
                type="radio"
                name="case-model"
                id=id.clone()
                value=code
                aria-describedby=desc_id.clone()
                prop:checked=move || state.plan.with(|p| p.case_model == model)
                on:change=move |_| state.edit(|p| p.case_model = model)
            />
            <label for=id>
                <strong>{label}</strong>
                <span class="choice-desc" id=desc_id>{explanation}</span>
            </label>
        </div>
    }
}

/// The care team: add, edit, reorder and remove members.
#[component]
fn CareTeamEditor(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    let confirm = RwSignal::new(None::<Confirmation>);
    let pending = StoredValue::new(None::<MemberId>);
    let ids =
        Memo::new(move |_| plan.with(|p| p.care_team.iter().map(|m| m.id).collect::<Vec<_>>()));

    let add = move |_| {
        let mut new_id = None;
        state.edit(|p| new_id = Some(p.add_member()));
        if let Some(id) = new_id {
            focus_later(format!("member-{id}-role"));
        }
    };
    let ask_remove = Callback::new(move |id: MemberId| {
        let (who, steps) = plan.with_untracked(|p| {
            let steps = p.step_names_done_by(&Owner::Member(id));
            let this_person = tu_string!(i18n, intake.team.this_person);
            let who = p.member(id).map(|m| member_name(m, this_person));
            (who.unwrap_or_default(), steps)
        });
        let mut message = tu_string!(i18n, intake.team.remove_message, who = who).to_string();
        // The action steps they do stay, with no one assigned.
        if !steps.is_empty() {
            let list = steps
                .iter()
                .map(|s| tu_string!(i18n, intake.team.quoted, text = s).to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let note = match steps.len() {
                1 => tu_string!(i18n, intake.team.remove_steps_one, steps = list).to_string(),
                n => tu_string!(i18n, intake.team.remove_steps_many, count = n, steps = list)
                    .to_string(),
            };
            message.push(' ');
            message.push_str(&note);
        }
        pending.set_value(Some(id));
        confirm.set(Some(Confirmation {
            title: tu_string!(i18n, intake.team.remove_title).into(),
            message,
            confirm_label: tu_string!(i18n, intake.team.remove).into(),
        }));
    });
    let do_remove = move || {
        if let Some(id) = pending.get_value() {
            state.edit(|p| {
                p.remove_member_and_unassign(id);
            });
            focus_later("add-member".into());
        }
    };

    view! {
        <section class="card" aria-labelledby="about-team">
            <h2 id="about-team">{t!(i18n, intake.team.heading)}</h2>
            <p class="hint">{t!(i18n, intake.team.hint)}</p>
            // Suggestions while typing a role; what is picked is kept as typed.
            <datalist id="role-suggestions">
                {move || suggested_roles(i18n).map(|r| view! { <option value=r></option> }).collect_view()}
            </datalist>
            <Shown when=move || ids.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, intake.team.empty)}</p>
            </Shown>
            <ol class="team-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <MemberEditor state=state id=id on_remove=ask_remove />
                </For>
            </ol>
            <button id="add-member" on:click=add>{t!(i18n, intake.team.add)}</button>
            <ConfirmDialog request=confirm on_confirm=do_remove />
        </section>
    }
}

/// The fields of one care-team member.
#[component]
fn MemberEditor(
    /// The open plan.
    state: PlanState,
    /// Which member.
    id: MemberId,
    /// Asks to remove this member.
    on_remove: Callback<MemberId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    let position =
        Memo::new(move |_| plan.with(|p| p.care_team.iter().position(|m| m.id == id).unwrap_or(0)));
    let count = Memo::new(move |_| plan.with(|p| p.care_team.len()));
    let field = move |get: fn(&crate::model::CareTeamMember) -> &String| {
        Signal::derive(move || {
            plan.with(|p| p.member(id).map(|m| get(m).clone()).unwrap_or_default())
        })
    };
    let edit = move |set: fn(&mut crate::model::CareTeamMember, String)| {
        move |v: String| {
            state.edit(|p| {
                if let Some(m) = p.member_mut(id) {
                    set(m, v)
                }
            })
        }
    };
    let heading = move || {
        let n = position.get() + 1;
        let this_person = t_string!(i18n, intake.team.this_person);
        let name = plan.with(|p| {
            p.member(id)
                .filter(|m| !m.is_blank())
                .map(|m| member_name(m, this_person))
        });
        match name {
            Some(name) => t_string!(i18n, intake.team.member_named, n = n, name = name).to_string(),
            None => t_string!(i18n, intake.team.member, n = n).to_string(),
        }
    };
    let moved = move |delta: isize| {
        state.edit(|p| {
            p.move_member(id, delta);
        });
        focus_move_button(
            &format!("member-{id}"),
            position.get_untracked(),
            count.get_untracked(),
            delta,
        );
    };
    let f = |name: &str| format!("member-{id}-{name}");
    view! {
        <li class="member">
            <fieldset>
                <legend>{heading}</legend>
                <ConsentMark mark=Signal::derive(move || plan.with(|p| p.consent_mark_for_member(id, crate::state::today()))) />
                <div class="member-grid">
                    <TextField id=f("role") label=move || t_string!(i18n, intake.team.role)
                        hint=move || t_string!(i18n, intake.team.role_hint) list="role-suggestions"
                        value=field(|m| &m.role) on_input=edit(|m, v| m.role = v) />
                    <TextField id=f("name") label=move || t_string!(i18n, intake.team.name)
                        value=field(|m| &m.name) on_input=edit(|m, v| m.name = v) />
                    <TextField id=f("organization") label=move || t_string!(i18n, intake.team.organization)
                        value=field(|m| &m.organization) on_input=edit(|m, v| m.organization = v) />
                    <TextField id=f("phone") label=move || t_string!(i18n, intake.team.phone) kind="tel"
                        value=field(|m| &m.phone) on_input=edit(|m, v| m.phone = v) />
                    <TextField id=f("email") label=move || t_string!(i18n, intake.team.email) kind="email"
                        value=field(|m| &m.email) on_input=edit(|m, v| m.email = v) />
                </div>
                <div class="actions">
                    <button id=f("up") on:click=move |_| moved(-1) disabled=move || position.get() == 0>
                        {t!(i18n, intake.team.move_up)}
                    </button>
                    <button id=f("down") on:click=move |_| moved(1)
                        disabled=move || { position.get() + 1 >= count.get() }>
                        {t!(i18n, intake.team.move_down)}
                    </button>
                    <button class="danger" on:click=move |_| on_remove.run(id)>{t!(i18n, intake.team.remove)}</button>
                </div>
            </fieldset>
        </li>
    }
}

/// "Ana Ruiz (Case manager)", or `this_person` when neither name nor role is filled in.
fn member_name(member: &crate::model::CareTeamMember, this_person: &str) -> String {
    member.label().unwrap_or_else(|| this_person.into())
}
