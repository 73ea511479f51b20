//! Consent to share information, on the Intake step: what the person agreed to share, with
//! whom, what for, from and until when; withdrawn on a day with a note. Withdrawing keeps the
//! consent in the plan; removing one asks first.

use crate::components::consent_text::{problem_text, state_text_from};
use crate::components::language::model_lang;
use crate::components::{
    focus_later, ConfirmDialog, Confirmation, DateField, Shown, TextArea, TextField,
};
use crate::i18n::{t, t_string, tu_string, use_i18n};
use crate::model::consent::{Consent, DateProblem, Recipient};
use crate::model::ids::ConsentId;
use crate::model::{MemberId, ServiceId};
use crate::state::{today, PlanState};
use leptos::prelude::*;

#[component]
pub fn ConsentSection(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    let confirm = RwSignal::new(None::<Confirmation>);
    let pending = StoredValue::new(None::<ConsentId>);
    let ids =
        Memo::new(move |_| plan.with(|p| p.consents.iter().map(|c| c.id).collect::<Vec<_>>()));
    let add = move |_| {
        let mut new_id = None;
        state.edit(|p| new_id = Some(p.add_consent(today())));
        if let Some(id) = new_id {
            focus_later(format!("consent-{id}-with"));
        }
    };
    let ask_remove = Callback::new(move |id: ConsentId| {
        let who = plan.with_untracked(|p| {
            p.consent(id)
                .and_then(|c| p.recipient_name(&c.recipient))
                .unwrap_or_else(|| tu_string!(i18n, consent.nobody).to_string())
        });
        pending.set_value(Some(id));
        confirm.set(Some(Confirmation {
            title: tu_string!(i18n, consent.remove_title).into(),
            message: tu_string!(i18n, consent.remove_message, who = who).to_string(),
            confirm_label: tu_string!(i18n, consent.remove).into(),
        }));
    });
    let do_remove = move || {
        if let Some(id) = pending.get_value() {
            state.edit(|p| {
                p.remove_consent(id);
            });
            focus_later("add-consent".into());
        }
    };
    view! {
        <section class="card" aria-labelledby="about-consent">
            <h2 id="about-consent">{t!(i18n, consent.heading)}</h2>
            <p class="hint">{t!(i18n, consent.explain)}</p>
            <p class="hint">{t!(i18n, consent.explain_record)}</p>
            <Shown when=move || ids.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, consent.empty)}</p>
            </Shown>
            <ol class="consent-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <ConsentEditor state=state id=id on_remove=ask_remove />
                </For>
            </ol>
            <button id="add-consent" on:click=add>{t!(i18n, consent.add)}</button>
            <ConfirmDialog request=confirm on_confirm=do_remove />
        </section>
    }
}

/// The code of a recipient in the "Shared with" list.
fn recipient_code(r: &Recipient) -> String {
    match r {
        Recipient::Member { id } => format!("member:{id}"),
        Recipient::Service { id } => format!("service:{id}"),
        Recipient::Named { .. } => "other".into(),
    }
}

/// The recipient a code of the list stands for; "other" keeps a name already typed.
fn recipient_from(code: &str, current: &Recipient) -> Option<Recipient> {
    if let Some(id) = code.strip_prefix("member:") {
        return MemberId::parse(id).map(|id| Recipient::Member { id });
    }
    if let Some(id) = code.strip_prefix("service:") {
        return ServiceId::parse(id).map(|id| Recipient::Service { id });
    }
    match current {
        Recipient::Named { .. } => None,
        _ => Some(Recipient::default()),
    }
}

/// The fields of one consent.
#[component]
fn ConsentEditor(
    /// The open plan.
    state: PlanState,
    /// Which consent.
    id: ConsentId,
    /// Asks to remove it.
    on_remove: Callback<ConsentId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let consent = Memo::new(move |_| plan.with(|p| p.consent(id).cloned().unwrap_or_default()));
    let problem = RwSignal::new(None::<DateProblem>);
    // Read by the date fields, so a refused date is put back to the one kept.
    let refused = RwSignal::new(0u32);
    let f = move |name: &str| format!("consent-{id}-{name}");
    let edit = move |change: Box<dyn FnOnce(&mut Consent)>| {
        state.edit(|p| {
            if let Some(c) = p.consent_mut(id) {
                change(c)
            }
        })
    };
    // A date change the model may refuse: the plan stays as it was, and the person is told.
    let dated =
        move |change: fn(&mut Consent, Option<chrono::NaiveDate>) -> Result<(), DateProblem>| {
            move |d: Option<chrono::NaiveDate>| {
                let ok = plan.with_untracked(|p| {
                    p.consent(id)
                        .map(|c| change(&mut c.clone(), d))
                        .unwrap_or(Ok(()))
                });
                match ok {
                    Ok(()) => {
                        problem.set(None);
                        edit(Box::new(move |c| {
                            let _ = change(c, d);
                        }));
                    }
                    Err(e) => {
                        problem.set(Some(e));
                        refused.update(|n| *n += 1);
                    }
                }
            }
        };
    let date = move |get: fn(&Consent) -> Option<chrono::NaiveDate>| {
        Signal::derive(move || {
            refused.track();
            consent.with(get)
        })
    };
    let text = move |get: fn(&Consent) -> &String| {
        Signal::derive(move || consent.with(|c| get(c).clone()))
    };
    let position =
        Memo::new(move |_| plan.with(|p| p.consents.iter().position(|c| c.id == id).unwrap_or(0)));
    let heading = move || {
        let n = position.get() + 1;
        match plan.with(|p| p.recipient_name(&consent.get().recipient)) {
            Some(name) => t_string!(i18n, consent.item_named, n = n, name = name).to_string(),
            None => t_string!(i18n, consent.item, n = n).to_string(),
        }
    };
    let state_line = move || {
        let c = consent.get();
        state_text_from(i18n, c.state_on(today()), c.from, lang())
    };
    // Everyone the information can go to: the care team, the services, someone else.
    let options = move || {
        plan.with(|p| {
            let mut list: Vec<(String, String)> = p
                .care_team
                .iter()
                .map(|m| {
                    let name = m
                        .label()
                        .or_else(|| {
                            Some(m.organization.trim().to_string()).filter(|s| !s.is_empty())
                        })
                        .unwrap_or_else(|| t_string!(i18n, consent.member_unnamed).to_string());
                    (
                        format!("member:{}", m.id),
                        t_string!(i18n, consent.with_member, name = name).to_string(),
                    )
                })
                .collect();
            list.extend(p.services.iter().map(|s| {
                let name = match s.organization.trim() {
                    "" => t_string!(i18n, consent.service_unnamed).to_string(),
                    o => o.to_string(),
                };
                (
                    format!("service:{}", s.id),
                    t_string!(i18n, consent.with_service, name = name).to_string(),
                )
            }));
            list.push((
                "other".into(),
                t_string!(i18n, consent.with_other).to_string(),
            ));
            list
        })
    };
    let set_recipient = move |code: String| {
        let current = consent.with_untracked(|c| c.recipient.clone());
        if let Some(r) = recipient_from(&code, &current) {
            edit(Box::new(move |c| c.recipient = r));
        }
    };
    let is_named = move || consent.with(|c| matches!(c.recipient, Recipient::Named { .. }));
    let withdrawn = move || consent.with(|c| c.revoked.is_some());
    let withdraw = move |_| {
        let day = today();
        match consent.with_untracked(|c| c.clone().withdraw(day)) {
            Ok(()) => {
                problem.set(None);
                edit(Box::new(move |c| {
                    let _ = c.withdraw(day);
                }));
                focus_later(format!("consent-{id}-withdrawn-on"));
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    let undo_withdraw = move |_| {
        problem.set(None);
        edit(Box::new(|c| {
            c.undo_withdrawal();
        }));
        focus_later(format!("consent-{id}-withdraw"));
    };
    view! {
        <li class="consent">
            <fieldset>
                <legend>{heading}</legend>
                <p class="consent-state" id=f("state")>{state_line}</p>
                <div class="field">
                    <label for=f("with")>{t!(i18n, consent.with)}</label>
                    <p class="hint" id=f("with-hint")>{t!(i18n, consent.with_hint)}</p>
                    <select id=f("with") aria-describedby=f("with-hint")
                        on:change=move |ev| set_recipient(event_target_value(&ev))>
                        {move || {
                            let chosen = consent.with(|c| recipient_code(&c.recipient));
                            options().into_iter().map(|(code, label)| {
                                let selected = code == chosen;
                                view! { <option value=code selected=selected>{label}</option> }
                            }).collect_view()
                        }}
                    </select>
                </div>
                <Shown when=is_named>
                    <TextField id=f("other-name") label=move || t_string!(i18n, consent.other_name)
                        value=Signal::derive(move || consent.with(|c| match &c.recipient {
                            Recipient::Named { name } => name.clone(),
                            _ => String::new(),
                        }))
                        on_input=move |v| edit(Box::new(move |c| c.recipient = Recipient::Named { name: v })) />
                </Shown>
                <TextArea id=f("what") label=move || t_string!(i18n, consent.what)
                    hint=move || t_string!(i18n, consent.what_hint)
                    value=text(|c| &c.what) on_input=move |v| edit(Box::new(move |c| c.what = v)) />
                <TextField id=f("purpose") label=move || t_string!(i18n, consent.purpose)
                    hint=move || t_string!(i18n, consent.purpose_hint)
                    value=text(|c| &c.purpose) on_input=move |v| edit(Box::new(move |c| c.purpose = v)) />
                <div class="step-grid">
                    <DateField id=f("from") label=move || t_string!(i18n, consent.from)
                        value=date(|c| c.from) on_change=dated(Consent::set_from) />
                    <DateField id=f("until") label=move || t_string!(i18n, consent.until)
                        hint=move || t_string!(i18n, consent.until_hint)
                        value=date(|c| c.until) on_change=dated(Consent::set_until) />
                </div>
                <Shown when=withdrawn>
                    <div class="step-grid">
                        <DateField id=f("withdrawn-on") label=move || t_string!(i18n, consent.withdrawn_on)
                            value=date(|c| c.revoked.as_ref().map(|r| r.date))
                            on_change=dated(|c, d| match d {
                                Some(d) => c.withdraw(d),
                                // A withdrawal keeps a day: taking it back is "Undo withdrawal".
                                None => Ok(()),
                            }) />
                    </div>
                    <TextArea id=f("note") label=move || t_string!(i18n, consent.note)
                        hint=move || t_string!(i18n, consent.note_hint)
                        value=Signal::derive(move || consent.with(|c| c.revoked.as_ref().map(|r| r.note.clone()).unwrap_or_default()))
                        on_input=move |v| edit(Box::new(move |c| {
                            if let Some(r) = c.revoked.as_mut() {
                                r.note = v
                            }
                        })) />
                </Shown>
                {move || problem.get().map(|e| view! {
                    <p class="field-error" role="alert">{problem_text(i18n, e)}</p>
                })}
                <div class="actions">
                    <Shown when=move || !withdrawn()
                        fallback=move || view! {
                            <button id=f("undo-withdraw") on:click=undo_withdraw>{t!(i18n, consent.undo_withdraw)}</button>
                        }>
                        <button id=f("withdraw") on:click=withdraw>{t!(i18n, consent.withdraw)}</button>
                    </Shown>
                    <button class="danger" id=f("remove") on:click=move |_| on_remove.run(id)>{t!(i18n, consent.remove)}</button>
                </div>
            </fieldset>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_with_list_codes_round_trip() {
        let m = MemberId::new();
        let s = ServiceId::new();
        let named = Recipient::Named {
            name: "Clinic".into(),
        };
        for r in [Recipient::Member { id: m }, Recipient::Service { id: s }] {
            assert_eq!(recipient_from(&recipient_code(&r), &named), Some(r));
        }
        assert_eq!(
            recipient_from("other", &named),
            None,
            "a name already typed is kept"
        );
        assert_eq!(
            recipient_from("other", &Recipient::Member { id: m }),
            Some(Recipient::default())
        );
        assert_eq!(recipient_from("member:not-an-id", &named), None);
    }
}
