//! What's due across every plan, on My plans. Each plan is read after the list has been drawn,
//! so a browser full of large plans shows the list first.

use crate::components::step_href;
use crate::model::{PlanSummary, Step};
use crate::pages::monitoring::due::{DueList, DueRow};
use crate::state::{repo, today};
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn DueAcrossPlans(
    /// The plans listed on the page.
    #[prop(into)]
    plans: Signal<Vec<PlanSummary>>,
) -> impl IntoView {
    let day = today();
    let rows = RwSignal::new(None::<Vec<DueRow>>);
    Effect::new(move |_| {
        let summaries = plans.get();
        set_timeout(
            move || {
                let mut all: Vec<DueRow> = summaries
                    .iter()
                    .filter_map(|s| repo().load(s.id).ok())
                    .flat_map(|stored| {
                        let plan = stored.plan;
                        let name = plan.summary().full_name();
                        let href = step_href(plan.id, Step::Monitoring);
                        plan.due_items(day).into_iter().map(move |item| DueRow {
                            item,
                            plan: Some((name.clone(), href.clone())),
                        })
                    })
                    .collect();
                all.sort_by_key(|r| r.item.date);
                rows.try_set(Some(all));
            },
            Duration::ZERO,
        );
    });
    view! {
        <section class="card due-all" aria-labelledby="due-all-heading">
            <h2 id="due-all-heading">"What's due"</h2>
            {move || match rows.get() {
                None => view! { <p class="empty">"Looking through your plans\u{2026}"</p> }.into_any(),
                Some(r) => view! { <DueList rows=Signal::stored(r) today=day /> }.into_any(),
            }}
        </section>
    }
}
