//! The Goals step: SMART goals written through structured fields, the goal sentence composed as
//! the person types, a live SMART check, and a library of starting points.

mod editor;
mod library;
pub mod smart_marks;

use crate::components::language::model_lang;
use crate::components::{focus_later, ConfirmDialog, Confirmation, Shown};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::goals::smart::Letter;
use crate::model::GoalId;
use crate::state::PlanState;
use editor::GoalCard;
use leptos::prelude::*;
use library::GoalLibrary;

#[component]
pub fn GoalsStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let ids = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    let person = Memo::new(move |_| plan.with(|p| p.person_name().to_string()));
    // Goals added during this visit open ready to edit; others start folded.
    let fresh = RwSignal::new(Vec::<GoalId>::new());
    let confirm = RwSignal::new(None::<Confirmation>);
    let pending = StoredValue::new(None::<GoalId>);

    let added = Callback::new(move |id: GoalId| {
        fresh.update(|f| f.push(id));
        focus_later(format!("goal-{id}-action"));
    });
    let add_blank = move |_| {
        let mut id = None;
        state.edit(|p| id = Some(p.add_goal(crate::model::Goal::new(crate::state::today()))));
        if let Some(id) = id {
            added.run(id);
        }
    };
    let ask_remove = Callback::new(move |id: GoalId| {
        let lang = lang();
        let (sentence, steps, services) = plan.with_untracked(|p| {
            let services: Vec<String> = p
                .services_linked_to(id)
                .into_iter()
                .filter_map(|s| p.service(s).map(|s| s.display_name()))
                .collect();
            p.goal(id)
                .map(|g| {
                    (
                        g.shown_sentence_in(p.person_name(), lang),
                        g.steps.len(),
                        services,
                    )
                })
                .unwrap_or_default()
        });
        let mut message =
            vec![t_string!(i18n, goals.remove.message, sentence = sentence).to_string()];
        match steps {
            0 => {}
            1 => message.push(t_string!(i18n, goals.remove.one_step).to_string()),
            n => message.push(t_string!(i18n, goals.remove.steps, count = n).to_string()),
        }
        if !services.is_empty() {
            let services = services.join(", ");
            message.push(t_string!(i18n, goals.remove.services, services = services).to_string());
        }
        message.push(t_string!(i18n, goals.remove.needs_stay).to_string());
        pending.set_value(Some(id));
        confirm.set(Some(Confirmation {
            title: t_string!(i18n, goals.remove.title).into(),
            message: message.join(" "),
            confirm_label: t_string!(i18n, goals.remove.confirm).into(),
        }));
    });
    let do_remove = move || {
        if let Some(id) = pending.get_value() {
            state.edit(|p| {
                p.remove_goal(id);
            });
            focus_later("add-goal".into());
        }
    };

    let explained = move |letter: Letter, text: &'static str| {
        view! { <li><strong>{move || format!("{}: ", letter.name_in(lang()))}</strong>{text}</li> }
    };
    view! {
        // Open while the plan has no goal yet; folded to one line once it has, so on a phone
        // the person's own goals are not pushed below the screen by the explanation.
        <details class="smart-fold" open=ids.with_untracked(Vec::is_empty)>
            <summary>{t!(i18n, goals.explain.heading)}</summary>
            <ul class="smart-explained">
                {move || [
                    (Letter::Specific, t_string!(i18n, goals.explain.specific)),
                    (Letter::Measurable, t_string!(i18n, goals.explain.measurable)),
                    (Letter::Achievable, t_string!(i18n, goals.explain.achievable)),
                    (Letter::Relevant, t_string!(i18n, goals.explain.relevant)),
                    (Letter::TimeBound, t_string!(i18n, goals.explain.time_bound)),
                ].map(|(letter, text)| explained(letter, text)).collect_view()}
            </ul>
            <p class="hint">{t!(i18n, goals.explain.hint)}</p>
        </details>
        <section class="card" aria-labelledby="goals-heading">
            <h2 id="goals-heading">{t!(i18n, goals.list.heading)}</h2>
            <Shown when=move || ids.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, goals.list.empty)}</p>
            </Shown>
            <ol class="goal-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <GoalCard
                        state=state
                        id=id
                        open=fresh.with_untracked(|f| f.contains(&id))
                        ids=ids
                        person=person
                        on_remove=ask_remove
                    />
                </For>
            </ol>
            <button id="add-goal" on:click=add_blank>{t!(i18n, goals.list.add)}</button>
            <ConfirmDialog request=confirm on_confirm=do_remove />
        </section>
        // Suggestions after the person's own goals: on a phone their goals come first.
        <GoalLibrary state=state on_added=added />
    }
}
