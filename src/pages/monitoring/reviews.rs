//! Reviews held: when, who took part, what changed, what was decided, and a note per goal.

use crate::components::language::model_lang;
use crate::components::{
    focus_later, ConfirmDialog, Confirmation, DateField, Fold, Shown, TextArea, TextField,
};
use crate::i18n::{t, t_string, tu_string, use_i18n};
use crate::model::monitoring::Review;
use crate::model::{dates, ReviewId};
use crate::state::{today, PlanState};
use leptos::prelude::*;

#[component]
pub fn Reviews(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
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
        let date =
            plan.with_untracked(|p| p.reviews.iter().find(|r| r.id == id).and_then(|r| r.date));
        let message = match date {
            Some(d) => {
                let date = dates::long_in(d, lang());
                tu_string!(i18n, monitoring.reviews.remove_message_dated, date = date).to_string()
            }
            None => tu_string!(i18n, monitoring.reviews.remove_message_undated).to_string(),
        };
        pending.set_value(Some(id));
        confirm.set(Some(Confirmation {
            title: tu_string!(i18n, monitoring.reviews.remove_title).into(),
            message,
            confirm_label: tu_string!(i18n, monitoring.reviews.remove).into(),
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
            <h2 id="reviews-heading">{t!(i18n, monitoring.reviews.heading)}</h2>
            <button id="add-review" class="primary" on:click=add>{t!(i18n, monitoring.reviews.add)}</button>
            <Shown when=move || ids.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, monitoring.reviews.empty)}</p>
            </Shown>
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
    let i18n = use_i18n();
    let lang = model_lang();
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
        move || match review.with(|r| r.date) {
            Some(d) => {
                let date = dates::long_in(d, lang());
                t_string!(i18n, monitoring.reviews.of_date, date = date).to_string()
            }
            None => t_string!(i18n, monitoring.reviews.no_date).to_string(),
        }
    });
    let goals = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    view! {
        <li>
            <Fold id=f("fold") class="review" summary=summary open=open>
                <DateField id=f("date") label=move || t_string!(i18n, monitoring.reviews.date)
                    value=Signal::derive(move || review.with(|r| r.date))
                    on_change=move |d| edit(Box::new(move |r| r.date = d)) />
                <TextField id=f("participants") label=move || t_string!(i18n, monitoring.reviews.participants)
                    value=text(|r| &r.participants)
                    on_input=move |v| edit(Box::new(move |r| r.participants = v)) />
                <TextArea id=f("changes") label=move || t_string!(i18n, monitoring.reviews.changes)
                    value=text(|r| &r.changes)
                    on_input=move |v| edit(Box::new(move |r| r.changes = v)) />
                <TextArea id=f("decisions") label=move || t_string!(i18n, monitoring.reviews.decisions)
                    hint=move || t_string!(i18n, monitoring.reviews.decisions_hint)
                    value=text(|r| &r.decisions)
                    on_input=move |v| edit(Box::new(move |r| r.decisions = v)) />
                <Shown when=move || goals.with(|g| !g.is_empty())>
                    <fieldset class="goal-notes">
                        <legend>{t!(i18n, monitoring.reviews.goal_notes)}</legend>
                        {move || goals.get().into_iter().enumerate().map(|(i, goal)| {
                            let id = f(&format!("goal-{goal}"));
                            // Only the words change with the language, so what is typed and the
                            // focus stay.
                            let label = move || {
                                let sentence = plan.with(|p| {
                                    p.goal(goal)
                                        .map(|g| g.sentence_in(p.person_name(), lang()))
                                        .unwrap_or_default()
                                });
                                let n = i + 1;
                                t_string!(i18n, monitoring.reviews.goal_label, n = n, sentence = sentence).to_string()
                            };
                            view! {
                                <div class="field">
                                    <label for=id.clone()>{label}</label>
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
                </Shown>
                <div class="actions">
                    <button class="danger" on:click=move |_| on_remove.run(id)>{t!(i18n, monitoring.reviews.remove)}</button>
                </div>
            </Fold>
        </li>
    }
}
