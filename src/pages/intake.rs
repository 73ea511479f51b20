//! The Intake step: the plan itself, the person, the care team and the way of working.

use crate::components::{
    focus_later, focus_move_button, ConfirmDialog, Confirmation, DateField, SelectField, TextArea,
    TextField,
};
use crate::model::actions::{unassigned_note, Owner};
use crate::model::{CaseModel, ContactMethod, MemberId, PlanStatus, SUGGESTED_ROLES};
use crate::state::PlanState;
use leptos::prelude::*;

#[component]
pub fn IntakeStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let plan = state.plan;
    view! {
        <section class="card" aria-labelledby="about-plan">
            <h2 id="about-plan">"About this plan"</h2>
            <TextField
                id="plan-title"
                label="Plan title"
                hint="A short name for this plan, e.g. \u{201c}Back on my feet\u{201d}."
                value=Signal::derive(move || plan.with(|p| p.title.clone()))
                on_input=move |v| state.edit(|p| p.title = v)
            />
            <SelectField
                id="plan-status"
                label="Plan status"
                options=PlanStatus::ALL.iter().map(|s| (s.code(), s.label())).collect()
                value=Signal::derive(move || plan.with(|p| p.status.code()))
                on_change=move |v| {
                    if let Some(s) = PlanStatus::from_code(&v) {
                        state.edit(|p| p.status = s)
                    }
                }
            />
            <DateField
                id="plan-start"
                label="Start date"
                value=Signal::derive(move || plan.with(|p| p.start_date))
                on_change=move |d| state.edit(|p| p.start_date = d)
            />
        </section>

        <section class="card" aria-labelledby="about-person">
            <h2 id="about-person">"The person"</h2>
            <TextField
                id="person-name"
                label="Name or nickname"
                hint="What the person likes to be called."
                autocomplete="name"
                value=Signal::derive(move || plan.with(|p| p.person.name.clone()))
                on_input=move |v| state.edit(|p| p.person.name = v)
            />
            <DateField
                id="person-birth"
                label="Date of birth (optional)"
                value=Signal::derive(move || plan.with(|p| p.person.birth_date))
                on_change=move |d| state.edit(|p| p.person.birth_date = d)
            />
            <TextField
                id="person-language"
                label="Preferred language"
                hint="The language the person is most comfortable using."
                autocomplete="language"
                value=Signal::derive(move || plan.with(|p| p.person.preferred_language.clone()))
                on_input=move |v| state.edit(|p| p.person.preferred_language = v)
            />
            <SelectField
                id="person-contact-method"
                label="Best way to get in touch"
                options=std::iter::once(("", "Not chosen yet"))
                    .chain(ContactMethod::ALL.iter().map(|m| (m.code(), m.label())))
                    .collect()
                value=Signal::derive(move || plan.with(|p| p.person.contact_method.map(|m| m.code()).unwrap_or("")))
                on_change=move |v| state.edit(|p| p.person.contact_method = ContactMethod::from_code(&v))
            />
            <TextField
                id="person-contact-details"
                label="Contact details and times"
                hint="For example: \u{201c}text 555-0100 after 5 pm\u{201d}."
                value=Signal::derive(move || plan.with(|p| p.person.contact_details.clone()))
                on_input=move |v| state.edit(|p| p.person.contact_details = v)
            />
            <TextArea
                id="person-what-matters"
                label="What matters most to you?"
                hint="In the person's own words. This guides the whole plan."
                value=Signal::derive(move || plan.with(|p| p.person.what_matters.clone()))
                on_input=move |v| state.edit(|p| p.person.what_matters = v)
            />
        </section>

        <CareTeamEditor state=state />

        <section class="card" aria-labelledby="about-model">
            <h2 id="about-model">"Way of working"</h2>
            <fieldset class="choices" aria-describedby="model-hint">
                <legend>"Which case-management approach fits best?"</legend>
                <p class="hint" id="model-hint">
                    "Case management means one person helping to coordinate all your care and services."
                </p>
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
    let code = model.map(|m| m.code()).unwrap_or("undecided");
    let id = format!("model-{code}");
    let desc_id = format!("{id}-desc");
    let label = model.map(|m| m.label()).unwrap_or("Not decided yet");
    let explanation = model
        .map(|m| m.explanation())
        .unwrap_or("You can choose this later with your case manager.");
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
            let who = p.member(id).map(member_name).unwrap_or_default();
            (who, steps)
        });
        let unlinked = unassigned_note("They do", &steps);
        pending.set_value(Some(id));
        confirm.set(Some(Confirmation {
            title: "Remove from the care team?".into(),
            message: format!("{who} will be removed from this plan's care team.{unlinked}"),
            confirm_label: "Remove".into(),
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
            <h2 id="about-team">"Care team"</h2>
            <p class="hint">"Everyone who helps: family, friends, doctors, pharmacist, counselor, case manager."</p>
            <datalist id="role-suggestions">
                {SUGGESTED_ROLES.iter().map(|r| view! { <option value=*r></option> }).collect_view()}
            </datalist>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">"No one added yet."</p>
            </Show>
            <ol class="team-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <MemberEditor state=state id=id on_remove=ask_remove />
                </For>
            </ol>
            <button id="add-member" on:click=add>"Add a team member"</button>
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
        plan.with(|p| {
            let n = position.get() + 1;
            match p.member(id) {
                Some(m) if !m.is_blank() => {
                    format!("Team member {n}: {}", member_name(m))
                }
                _ => format!("Team member {n}"),
            }
        })
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
                <div class="member-grid">
                    <TextField id=f("role") label="Role" hint="E.g. family, doctor, pharmacist." list="role-suggestions"
                        value=field(|m| &m.role) on_input=edit(|m, v| m.role = v) />
                    <TextField id=f("name") label="Name" value=field(|m| &m.name) on_input=edit(|m, v| m.name = v) />
                    <TextField id=f("organization") label="Organization" value=field(|m| &m.organization)
                        on_input=edit(|m, v| m.organization = v) />
                    <TextField id=f("phone") label="Phone" kind="tel" value=field(|m| &m.phone)
                        on_input=edit(|m, v| m.phone = v) />
                    <TextField id=f("email") label="Email" kind="email" value=field(|m| &m.email)
                        on_input=edit(|m, v| m.email = v) />
                </div>
                <div class="actions">
                    <button id=f("up") on:click=move |_| moved(-1) disabled=move || position.get() == 0>
                        "Move up"
                    </button>
                    <button id=f("down") on:click=move |_| moved(1)
                        disabled=move || { position.get() + 1 >= count.get() }>
                        "Move down"
                    </button>
                    <button class="danger" on:click=move |_| on_remove.run(id)>"Remove"</button>
                </div>
            </fieldset>
        </li>
    }
}

fn member_name(member: &crate::model::CareTeamMember) -> String {
    member.label().unwrap_or_else(|| "This person".into())
}
