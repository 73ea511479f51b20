//! The Needs step: needs suggested by the assessment (accept or dismiss), the person's own, in
//! the order that matters most to them.

use crate::components::{
    focus_later, focus_move_button, step_href, ConfirmDialog, Confirmation, SelectField, TextField,
};
use crate::model::assessment::domains::Domain;
use crate::model::assessment::findings::{Finding, FindingKey};
use crate::model::{dates, CarePlan, NeedId, NeedStatus, Step};
use crate::state::PlanState;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NeedsStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let plan = state.plan;
    let ids = Memo::new(move |_| plan.with(|p| p.needs.iter().map(|n| n.id).collect::<Vec<_>>()));
    let confirm = RwSignal::new(None::<Confirmation>);
    let pending = StoredValue::new(None::<NeedId>);

    let add = move |_| {
        let mut new_id = None;
        state.edit(|p| new_id = Some(p.add_need()));
        if let Some(id) = new_id {
            focus_later(format!("need-{id}-statement"));
        }
    };
    let ask_remove = Callback::new(move |id: NeedId| {
        let (what, from_screen, goals) = plan.with_untracked(|p| {
            let goals: Vec<String> = p
                .goals_linked_to(id)
                .into_iter()
                .filter_map(|g| p.goal(g).map(|g| g.sentence(p.person_name())))
                .collect();
            p.need(id)
                .map(|n| (n.display_statement(), !n.findings.is_empty(), goals))
                .unwrap_or_default()
        });
        pending.set_value(Some(id));
        let mut again = String::new();
        if from_screen {
            again.push_str(" It came from the assessment, so it will be suggested again.");
        }
        match goals.as_slice() {
            [] => {}
            [one] => again.push_str(&format!(
                " It will be unlinked from the goal \u{201c}{one}\u{201d}; the goal stays."
            )),
            many => again.push_str(&format!(
                " It will be unlinked from {} goals; the goals stay.",
                many.len()
            )),
        }
        confirm.set(Some(Confirmation {
            title: "Remove this need?".into(),
            message: format!(
                "\u{201c}{what}\u{201d} will be removed from the list. The assessment answers stay as they are.{again}"
            ),
            confirm_label: "Remove need".into(),
        }));
    });
    let do_remove = move || {
        if let Some(id) = pending.get_value() {
            state.edit(|p| {
                p.remove_need(id);
            });
            focus_later("add-need".into());
        }
    };

    view! {
        <Proposals state=state />
        <section class="card" aria-labelledby="needs-heading">
            <h2 id="needs-heading">"Needs, most important first"</h2>
            <p class="hint">
                "A need is a problem or worry to work on. Put first what matters most to the person; use Move up and Move down to change the order."
            </p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">"No needs yet."</p>
            </Show>
            <ol class="need-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <NeedEditor state=state id=id on_remove=ask_remove />
                </For>
            </ol>
            <button id="add-need" on:click=add>"Add a need"</button>
            <ConfirmDialog request=confirm on_confirm=do_remove />
        </section>
        <Dismissed state=state />
    }
}

/// Needs the current assessment suggests, each to accept or dismiss.
#[component]
fn Proposals(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let plan = state.plan;
    let proposals = Memo::new(move |_| plan.with(CarePlan::proposals));
    let assessed =
        Memo::new(move |_| plan.with(|p| p.current_assessment().map(|a| dates::long(a.date))));
    let id = plan.with_untracked(|p| p.id);
    let accept = move |finding: Finding| {
        let mut new_id = None;
        state.edit(|p| new_id = p.accept_proposal(finding));
        match new_id {
            Some(id) => focus_later(format!("need-{id}-statement")),
            None => focus_later("needs-heading".into()),
        }
    };
    let dismiss = move |finding: Finding| {
        state.edit(|p| p.dismiss_proposal(finding));
        focus_later("proposals-heading".into());
    };
    view! {
        <section class="card" aria-labelledby="proposals-heading">
            <h2 id="proposals-heading" tabindex="-1">"Suggested by the assessment"</h2>
            {move || match assessed.get() {
                None => view! {
                    <p>
                        "Needs are suggested here from the "
                        <A href=step_href(id, Step::Assessment)>"assessment"</A>
                        ". You can also add needs yourself below."
                    </p>
                }
                .into_any(),
                Some(date) => {
                    let list = proposals.get();
                    if list.is_empty() {
                        view! { <p class="empty">{format!("No new suggestions from the assessment of {date}.")}</p> }.into_any()
                    } else {
                        view! {
                            <p class="hint">
                                {format!("From the assessment of {date}. Add the ones that matter to the person; dismiss the rest (you can bring them back).")}
                            </p>
                            <ul class="proposal-list">
                                {list.into_iter().map(|p| {
                                    let finding = p.finding;
                                    let key = finding_id(finding.key);
                                    view! {
                                        <li class="proposal" id=format!("proposal-{key}")>
                                            <p class="proposal-statement">{p.statement}</p>
                                            <p class="meta">
                                                <span>{p.domain.label()}</span>
                                                <span>"From: "{p.evidence}</span>
                                            </p>
                                            <div class="actions">
                                                <button class="primary" on:click=move |_| accept(finding)>"Add as a need"</button>
                                                <button on:click=move |_| dismiss(finding)>"Dismiss"</button>
                                            </div>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }
                }
            }}
        </section>
    }
}

/// Suggestions the person dismissed, which can be brought back.
#[component]
fn Dismissed(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let plan = state.plan;
    let dismissed = Memo::new(move |_| {
        plan.with(|p| {
            p.dismissed
                .iter()
                .map(|f| (f.key, dismissed_label(p, *f)))
                .collect::<Vec<_>>()
        })
    });
    let restore = move |key: FindingKey| {
        state.edit(|p| p.restore_proposal(key));
        focus_later("proposals-heading".into());
    };
    view! {
        <Show when=move || dismissed.with(|d| !d.is_empty())>
            <section class="card" aria-labelledby="dismissed-heading">
                <h2 id="dismissed-heading">"Dismissed suggestions"</h2>
                <ul class="dismissed-list">
                    {move || dismissed.get().into_iter().map(|(key, label)| view! {
                        <li>
                            <span>{label}</span>
                            <button on:click=move |_| restore(key)>"Bring back"</button>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

fn dismissed_label(plan: &CarePlan, finding: Finding) -> String {
    match plan.assessments.iter().find(|a| a.id == finding.assessment) {
        Some(a) => format!(
            "{} (assessment of {})",
            finding.key.proposed_statement(a),
            dates::long(a.date)
        ),
        None => finding.key.short_label().to_string(),
    }
}

/// A stable element id for a finding kind.
fn finding_id(key: FindingKey) -> String {
    match key {
        FindingKey::HighNeed(d) => format!("high-need-{}", d.code()),
        other => serde_json::to_value(other)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
    }
}

/// One need: its words, part of life, status, where it came from, and its place in the list.
#[component]
fn NeedEditor(
    /// The open plan.
    state: PlanState,
    /// Which need.
    id: NeedId,
    /// Asks to remove this need.
    on_remove: Callback<NeedId>,
) -> impl IntoView {
    let plan = state.plan;
    let position =
        Memo::new(move |_| plan.with(|p| p.needs.iter().position(|n| n.id == id).unwrap_or(0)));
    let count = Memo::new(move |_| plan.with(|p| p.needs.len()));
    let heading = move || {
        plan.with(|p| {
            let n = position.get() + 1;
            match p.need(id) {
                Some(need) if !need.statement.trim().is_empty() => {
                    format!("Need {n}: {}", need.statement.trim())
                }
                _ => format!("Need {n}"),
            }
        })
    };
    let sources = Memo::new(move |_| {
        plan.with(|p| {
            p.need(id)
                .map(|n| {
                    n.findings
                        .iter()
                        .map(
                            |f| match p.assessments.iter().find(|a| a.id == f.assessment) {
                                Some(a) => format!(
                                    "{}, assessment of {}",
                                    f.key.evidence(a),
                                    dates::long(a.date)
                                ),
                                None => f.key.short_label().to_string(),
                            },
                        )
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let moved = move |delta: isize| {
        state.edit(|p| {
            p.move_need(id, delta);
        });
        focus_move_button(
            &format!("need-{id}"),
            position.get_untracked(),
            count.get_untracked(),
            delta,
        );
    };
    let f = |name: &str| format!("need-{id}-{name}");
    let domain_options = std::iter::once(("", "Not chosen"))
        .chain(Domain::ALL.iter().map(|d| (d.code(), d.label())))
        .collect();
    let status_options = NeedStatus::ALL
        .iter()
        .map(|s| (s.code(), s.label()))
        .collect();
    view! {
        <li class="need">
            <fieldset>
                <legend>{heading}</legend>
                <TextField
                    id=f("statement")
                    label="The need, in plain words"
                    hint="E.g. \u{201c}Not always enough food at the end of the month\u{201d}."
                    value=Signal::derive(move || plan.with(|p| p.need(id).map(|n| n.statement.clone()).unwrap_or_default()))
                    on_input=move |v| state.edit(|p| if let Some(n) = p.need_mut(id) { n.statement = v })
                />
                <div class="need-grid">
                    <SelectField
                        id=f("domain")
                        label="Part of life"
                        options=domain_options
                        value=Signal::derive(move || plan.with(|p| p.need(id).and_then(|n| n.domain).map(|d| d.code()).unwrap_or("")))
                        on_change=move |v| state.edit(|p| if let Some(n) = p.need_mut(id) { n.domain = Domain::from_code(&v) })
                    />
                    <SelectField
                        id=f("status")
                        label="Status"
                        options=status_options
                        value=Signal::derive(move || plan.with(|p| p.need(id).map(|n| n.status.code()).unwrap_or("active")))
                        on_change=move |v| {
                            if let Some(s) = NeedStatus::from_code(&v) {
                                state.edit(|p| if let Some(n) = p.need_mut(id) { n.status = s })
                            }
                        }
                    />
                </div>
                <Show when=move || sources.with(|s| !s.is_empty())>
                    <p class="sources">
                        <strong>"Comes from: "</strong>
                        {move || sources.get().join("; ")}
                    </p>
                </Show>
                <div class="actions">
                    <button id=f("up") on:click=move |_| moved(-1) disabled=move || position.get() == 0>
                        "Move up"
                    </button>
                    <button id=f("down") on:click=move |_| moved(1)
                        disabled=move || { position.get() + 1 >= count.get() }>
                        "Move down"
                    </button>
                    <button class="danger" id=f("remove") on:click=move |_| on_remove.run(id)>"Remove"</button>
                </div>
            </fieldset>
        </li>
    }
}
