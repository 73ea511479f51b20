//! The Needs step: needs suggested by the assessment (accept or dismiss), the person's own, in
//! the order that matters most to them.

use crate::components::language::model_lang;
use crate::components::needs_text::{need_statement, need_status_label};
use crate::components::{
    focus_later, focus_move_button, step_href, ConfirmDialog, Confirmation, SelectField, Shown,
    TextField,
};
use crate::i18n::{t, t_string, tu_string, use_i18n, Locale};
use crate::model::assessment::domains::Domain;
use crate::model::assessment::findings::{Finding, NeedTopic, ProposalPriority};
use crate::model::lang::Lang;
use crate::model::Choice;
use crate::model::{dates, CarePlan, NeedId, NeedStatus, Step};
use crate::state::PlanState;
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_i18n::Locale as _;
use leptos_router::components::A;

/// The language the model writes in, read in an event handler (not tracked).
fn lang_now(i18n: I18nContext<Locale>) -> Lang {
    Lang::from_code(i18n.get_locale_untracked().as_str())
}

#[component]
pub fn NeedsStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
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
        let lang = lang_now(i18n);
        let (what, from_screen, goals) = plan.with_untracked(|p| {
            let goals: Vec<String> = p
                .goals_linked_to(id)
                .into_iter()
                .filter_map(|g| p.goal(g).map(|g| g.sentence_in(p.person_name(), lang)))
                .collect();
            p.need(id)
                .map(|n| {
                    (
                        untrack(|| need_statement(i18n, n)),
                        !n.findings.is_empty(),
                        goals,
                    )
                })
                .unwrap_or_default()
        });
        pending.set_value(Some(id));
        let mut message = vec![tu_string!(i18n, needs.remove.message, what = what).to_string()];
        if from_screen {
            message.push(tu_string!(i18n, needs.remove.suggested_again).to_string());
        }
        match goals.as_slice() {
            [] => {}
            [one] => {
                message.push(tu_string!(i18n, needs.remove.unlinked_one, goal = one).to_string())
            }
            many => {
                let count = many.len();
                message
                    .push(tu_string!(i18n, needs.remove.unlinked_many, count = count).to_string())
            }
        }
        confirm.set(Some(Confirmation {
            title: tu_string!(i18n, needs.remove.title).into(),
            message: message.join(" "),
            confirm_label: tu_string!(i18n, needs.remove.confirm).into(),
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
            <h2 id="needs-heading">{t!(i18n, needs.heading)}</h2>
            <p class="hint">{t!(i18n, needs.hint)}</p>
            <Shown when=move || ids.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, needs.empty)}</p>
            </Shown>
            <ol class="need-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <NeedEditor state=state id=id on_remove=ask_remove />
                </For>
            </ol>
            <button id="add-need" on:click=add>{t!(i18n, needs.add)}</button>
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
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let proposals = Memo::new(move |_| {
        let lang = lang();
        plan.with(|p| p.proposals_in(lang))
    });
    let assessed = Memo::new(move |_| {
        let lang = lang();
        plan.with(|p| p.current_assessment().map(|a| dates::long_in(a.date, lang)))
    });
    let id = plan.with_untracked(|p| p.id);
    let accept = move |topic: NeedTopic| {
        let mut new_id = None;
        // The need keeps the words the person read.
        state.edit(|p| new_id = p.accept_proposal_in(topic, lang_now(i18n)));
        match new_id {
            Some(id) => focus_later(format!("need-{id}-statement")),
            None => focus_later("needs-heading".into()),
        }
    };
    let dismiss = move |topic: NeedTopic| {
        state.edit(|p| p.dismiss_proposal(topic));
        focus_later("proposals-heading".into());
    };
    view! {
        <section class="card" aria-labelledby="proposals-heading">
            <h2 id="proposals-heading" tabindex="-1">{t!(i18n, needs.proposals.heading)}</h2>
            {move || match assessed.get() {
                None => view! {
                    <p>
                        {t!(i18n, needs.proposals.no_assessment_before)}
                        " "
                        <A href=step_href(id, Step::Assessment)>{t!(i18n, needs.proposals.no_assessment_link)}</A>
                        {t!(i18n, needs.proposals.no_assessment_after)}
                    </p>
                }
                .into_any(),
                Some(date) => {
                    let list = proposals.get();
                    if list.is_empty() {
                        view! { <p class="empty">{t_string!(i18n, needs.proposals.none, date = date).to_string()}</p> }.into_any()
                    } else {
                        view! {
                            <p class="hint">
                                {t_string!(i18n, needs.proposals.intro, date = date).to_string()}
                            </p>
                            <ul class="proposal-list">
                                {list.into_iter().map(|p| {
                                    let topic = p.topic;
                                    let lower = p.priority == ProposalPriority::Lower;
                                    // Every source that points to this need, one after another.
                                    let count = p.sources.len();
                                    let sources = p.sources.into_iter().enumerate().map(|(i, source)| view! {
                                        <span class="proposal-source">{source}</span>
                                        {(i + 1 < count).then_some("; ")}
                                    }).collect_view();
                                    view! {
                                        <li class="proposal" id=format!("proposal-{}", topic.code())>
                                            <p class="proposal-statement">{p.statement}</p>
                                            <p class="meta">
                                                <span>{p.domain.label_in(lang())}</span>
                                                <span>{t!(i18n, needs.proposals.from_label)}" "{sources}</span>
                                                <Shown when=move || lower>
                                                    <span class="proposal-priority">{t!(i18n, needs.proposals.lower_priority)}</span>
                                                </Shown>
                                            </p>
                                            <div class="actions">
                                                <button class="primary" on:click=move |_| accept(topic)>{t!(i18n, needs.proposals.accept)}</button>
                                                <button on:click=move |_| dismiss(topic)>{t!(i18n, needs.proposals.dismiss)}</button>
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
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let dismissed = Memo::new(move |_| {
        let lang = lang();
        plan.with(|p| {
            // One row per need, however many of its findings were set aside.
            p.dismissed_topics()
                .into_iter()
                .map(|(topic, f)| (topic, dismissed_label(i18n, p, f, lang)))
                .collect::<Vec<_>>()
        })
    });
    let restore = move |topic: NeedTopic| {
        state.edit(|p| p.restore_proposal(topic));
        focus_later("proposals-heading".into());
    };
    view! {
        <Shown when=move || dismissed.with(|d| !d.is_empty())>
            <section class="card" aria-labelledby="dismissed-heading">
                <h2 id="dismissed-heading">{t!(i18n, needs.dismissed.heading)}</h2>
                <ul class="dismissed-list">
                    {move || dismissed.get().into_iter().map(|(topic, label)| view! {
                        <li>
                            <span>{label}</span>
                            <button on:click=move |_| restore(topic)>{t!(i18n, needs.dismissed.restore)}</button>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        </Shown>
    }
}

fn dismissed_label(
    i18n: I18nContext<Locale>,
    plan: &CarePlan,
    finding: Finding,
    lang: Lang,
) -> String {
    match plan.assessments.iter().find(|a| a.id == finding.assessment) {
        Some(a) => {
            let statement = finding.key.proposed_statement_in(a, lang);
            let date = dates::long_in(a.date, lang);
            t_string!(
                i18n,
                needs.dismissed.label,
                statement = statement,
                date = date
            )
            .to_string()
        }
        None => finding.key.short_label_in(lang).to_string(),
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
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let position =
        Memo::new(move |_| plan.with(|p| p.needs.iter().position(|n| n.id == id).unwrap_or(0)));
    let count = Memo::new(move |_| plan.with(|p| p.needs.len()));
    let heading = move || {
        plan.with(|p| {
            let n = position.get() + 1;
            match p.need(id) {
                Some(need) if !need.statement.trim().is_empty() => {
                    let statement = need.statement.trim();
                    t_string!(i18n, needs.need.legend_named, n = n, statement = statement)
                        .to_string()
                }
                _ => t_string!(i18n, needs.need.legend, n = n).to_string(),
            }
        })
    };
    let sources = Memo::new(move |_| {
        let lang = lang();
        plan.with(|p| {
            p.need(id)
                .map(|n| {
                    n.findings
                        .iter()
                        .map(
                            |f| match p.assessments.iter().find(|a| a.id == f.assessment) {
                                Some(a) => {
                                    let evidence = f.key.evidence_in(a, lang);
                                    let date = dates::long_in(a.date, lang);
                                    t_string!(
                                        i18n,
                                        needs.need.source,
                                        evidence = evidence,
                                        date = date
                                    )
                                    .to_string()
                                }
                                None => f.key.short_label_in(lang).to_string(),
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
    // The texts of a drop-down's options, following the language chosen.
    let domain_options = std::iter::once((
        "",
        Signal::derive(move || t_string!(i18n, needs.need.not_chosen)),
    ))
    .chain(
        Domain::ALL
            .iter()
            .copied()
            .map(|d| (d.code(), Signal::derive(move || d.label_in(lang())))),
    )
    .collect();
    let status_options = NeedStatus::ALL
        .into_iter()
        .map(|s| (s.code(), Signal::derive(move || need_status_label(i18n, s))))
        .collect();
    view! {
        <li class="need">
            <fieldset>
                <legend>{heading}</legend>
                <TextField
                    id=f("statement")
                    label=move || t_string!(i18n, needs.need.statement)
                    hint=move || t_string!(i18n, needs.need.statement_hint)
                    value=Signal::derive(move || plan.with(|p| p.need(id).map(|n| n.statement.clone()).unwrap_or_default()))
                    on_input=move |v| state.edit(|p| if let Some(n) = p.need_mut(id) { n.statement = v })
                />
                <div class="need-grid">
                    <SelectField
                        id=f("domain")
                        label=move || t_string!(i18n, needs.need.domain)
                        options=domain_options
                        value=Signal::derive(move || plan.with(|p| p.need(id).and_then(|n| n.domain).map(|d| d.code()).unwrap_or("")))
                        on_change=move |v| state.edit(|p| if let Some(n) = p.need_mut(id) { n.domain = Domain::from_code(&v) })
                    />
                    <SelectField
                        id=f("status")
                        label=move || t_string!(i18n, needs.need.status)
                        options=status_options
                        value=Signal::derive(move || plan.with(|p| p.need(id).map(|n| n.status.code()).unwrap_or("active")))
                        on_change=move |v| {
                            if let Some(s) = NeedStatus::from_code(&v) {
                                state.edit(|p| if let Some(n) = p.need_mut(id) { n.status = s })
                            }
                        }
                    />
                </div>
                <Shown when=move || sources.with(|s| !s.is_empty())>
                    <p class="sources">
                        <strong>{t!(i18n, needs.need.comes_from)}</strong>
                        " "
                        {move || sources.get().join("; ")}
                    </p>
                </Shown>
                <div class="actions">
                    <button id=f("up") on:click=move |_| moved(-1) disabled=move || position.get() == 0>
                        {t!(i18n, needs.need.move_up)}
                    </button>
                    <button id=f("down") on:click=move |_| moved(1)
                        disabled=move || { position.get() + 1 >= count.get() }>
                        {t!(i18n, needs.need.move_down)}
                    </button>
                    <button class="danger" id=f("remove") on:click=move |_| on_remove.run(id)>{t!(i18n, needs.need.remove)}</button>
                </div>
            </fieldset>
        </li>
    }
}
