//! Reviews held: when, who took part, what changed, what was decided, and a note per goal.

use crate::components::{
    focus_later, ConfirmDialog, Confirmation, DateField, Fold, TextArea, TextField,
};
use crate::model::monitoring::Review;
use crate::model::{dates, ReviewId};
use crate::state::{today, PlanState};
use leptos::prelude::*;

#[component]
pub fn Reviews(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let plan = state.plan;
    let ids = Memo::new(move |_| plan.with(|p| p.reviews.iter().map(|r| r.id).collect::<Vec<_>>()));
    let fresh = RwSignal::new(Vec::<ReviewId>::new());
    let confirm = RwSignal::new(None::<Confirmation>);
    let pending = StoredValue::new(None::<ReviewId>);
    let add = move |_| {
        let mut id = None;
        state.edit(|p| id = Some(p.add_review(today())));
        if let Some(id) = id {
            fresh.update(|f| f.push(id));
            focus_later(format!("review-{id}-participants"));
        }
    };
    let ask_remove = Callback::new(move |id: ReviewId| {
        let when = plan.with_untracked(|p| {
            p.reviews
                .iter()
                .find(|r| r.id == id)
                .and_then(|r| r.date)
                .map_or("with no date".to_string(), |d| {
                    format!("of {}", dates::long(d))
                })
        });
        pending.set_value(Some(id));
        confirm.set(Some(Confirmation {
            title: "Remove this review?".into(),
            message: format!("The review {when} and its notes will be removed from the plan."),
            confirm_label: "Remove review".into(),
        }));
    });
    let do_remove = move || {
        if let Some(id) = pending.get_value() {
            state.edit(|p| {
                p.remove_review(id);
            });
            focus_later("add-review".into());
        }
    };
    view! {
        <section class="card" aria-labelledby="reviews-heading">
            <h2 id="reviews-heading">"Reviews"</h2>
            <button id="add-review" class="primary" on:click=add>"Record a review"</button>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">"No reviews recorded yet."</p>
            </Show>
            <ol class="review-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <ReviewEditor state=state id=id open=fresh.with_untracked(|f| f.contains(&id)) on_remove=ask_remove />
                </For>
            </ol>
            <ConfirmDialog request=confirm on_confirm=do_remove />
        </section>
    }
}

#[component]
fn ReviewEditor(
    /// The open plan.
    state: PlanState,
    /// Which review.
    id: ReviewId,
    /// Whether it starts open (just added).
    open: bool,
    /// Asks to remove it.
    on_remove: Callback<ReviewId>,
) -> impl IntoView {
    let plan = state.plan;
    let review = Memo::new(move |_| {
        plan.with(|p| {
            p.reviews
                .iter()
                .find(|r| r.id == id)
                .cloned()
                .unwrap_or_default()
        })
    });
    let f = move |name: &str| format!("review-{id}-{name}");
    let edit = move |change: Box<dyn FnOnce(&mut Review)>| {
        state.edit(|p| {
            if let Some(r) = p.review_mut(id) {
                change(r)
            }
        })
    };
    let text =
        move |get: fn(&Review) -> &String| Signal::derive(move || review.with(|r| get(r).clone()));
    let summary = ViewFn::from(move || {
        move || {
            review.with(|r| match r.date {
                Some(d) => format!("Review of {}", dates::long(d)),
                None => "Review with no date".into(),
            })
        }
    });
    let goals = Memo::new(move |_| {
        plan.with(|p| {
            p.goals
                .iter()
                .map(|g| (g.id, g.sentence(p.person_name())))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <li>
            <Fold id=f("fold") class="review" summary=summary open=open>
                <DateField id=f("date") label="Date of the review"
                    value=Signal::derive(move || review.with(|r| r.date))
                    on_change=move |d| edit(Box::new(move |r| r.date = d)) />
                <TextField id=f("participants") label="Who took part"
                    value=text(|r| &r.participants)
                    on_input=move |v| edit(Box::new(move |r| r.participants = v)) />
                <TextArea id=f("changes") label="What has changed since the last review"
                    value=text(|r| &r.changes)
                    on_input=move |v| edit(Box::new(move |r| r.changes = v)) />
                <TextArea id=f("decisions") label="What was decided"
                    hint="Changes to goals, steps or services, and who will do what."
                    value=text(|r| &r.decisions)
                    on_input=move |v| edit(Box::new(move |r| r.decisions = v)) />
                <Show when=move || goals.with(|g| !g.is_empty())>
                    <fieldset class="goal-notes">
                        <legend>"Notes on each goal"</legend>
                        {move || goals.get().into_iter().enumerate().map(|(i, (goal, sentence))| {
                            let id = f(&format!("goal-{goal}"));
                            view! {
                                <div class="field">
                                    <label for=id.clone()>{format!("Goal {}: {sentence}", i + 1)}</label>
                                    <textarea id=id rows="2"
                                        prop:value=move || review.with(|r| r.goal_note(goal).to_string())
                                        on:input=move |ev| {
                                            let v = event_target_value(&ev);
                                            edit(Box::new(move |r| r.set_goal_note(goal, v)))
                                        }></textarea>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                </Show>
                <div class="actions">
                    <button class="danger" on:click=move |_| on_remove.run(id)>"Remove review"</button>
                </div>
            </Fold>
        </li>
    }
}
