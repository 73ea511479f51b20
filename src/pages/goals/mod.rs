//! The Goals step: SMART goals written through structured fields, the goal sentence composed as
//! the person types, a live SMART check, and a library of starting points.

mod editor;
mod library;
pub mod smart_marks;

use crate::components::{focus_later, ConfirmDialog, Confirmation};
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
    let plan = state.plan;
    let ids = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
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
        let (sentence, steps, services) = plan.with_untracked(|p| {
            let services: Vec<String> = p
                .services_linked_to(id)
                .into_iter()
                .filter_map(|s| p.service(s).map(|s| s.display_name()))
                .collect();
            p.goal(id)
                .map(|g| (g.sentence(p.person_name()), g.steps.len(), services))
                .unwrap_or_default()
        });
        let mut more = String::new();
        if steps > 0 {
            more.push_str(&format!(
                " Its {steps} action step{} will be removed with it.",
                if steps == 1 { "" } else { "s" }
            ));
        }
        if !services.is_empty() {
            more.push_str(&format!(
                " It will be unlinked from: {} (the services stay).",
                services.join(", ")
            ));
        }
        pending.set_value(Some(id));
        confirm.set(Some(Confirmation {
            title: "Remove this goal?".into(),
            message: format!("\u{201c}{sentence}\u{201d} will be removed from the plan.{more} The needs it was linked to stay."),
            confirm_label: "Remove goal".into(),
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

    view! {
        <section class="card" aria-labelledby="smart-heading">
            <h2 id="smart-heading">"What makes a goal SMART"</h2>
            <ul class="smart-explained">
                <li><strong>"Specific: "</strong>"says exactly what will be done, and by whom."</li>
                <li><strong>"Measurable: "</strong>"has a number to reach (from a starting point, the \u{201c}baseline\u{201d}), or an outcome anyone could see."</li>
                <li><strong>"Achievable: "</strong>"the person feels sure they can do it (7 or more out of 10)."</li>
                <li><strong>"Relevant: "</strong>"helps with a need that matters to the person."</li>
                <li><strong>"Time-bound: "</strong>"has a date to reach it by."</li>
            </ul>
            <p class="hint">"The check below each goal guides you; a goal is saved whatever it says."</p>
        </section>
        <GoalLibrary state=state on_added=added />
        <section class="card" aria-labelledby="goals-heading">
            <h2 id="goals-heading">"Goals"</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">"No goals yet. Start from a common goal above, or write one from scratch."</p>
            </Show>
            <ol class="goal-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <GoalCard
                        state=state
                        id=id
                        open=fresh.with_untracked(|f| f.contains(&id))
                        on_remove=ask_remove
                    />
                </For>
            </ol>
            <button id="add-goal" on:click=add_blank>"Write a new goal"</button>
            <ConfirmDialog request=confirm on_confirm=do_remove />
        </section>
    }
}
