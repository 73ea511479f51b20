//! What's due across every plan, on My plans. Each plan is read after the list has been drawn,
//! so a browser full of large plans shows the list first.

use crate::components::language::untranslated;
use crate::components::step_href;
use crate::i18n::{t, use_i18n};
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
    let i18n = use_i18n();
    let untranslated = untranslated();
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
            <h2 id="due-all-heading">{t!(i18n, plans.due.title)}</h2>
            {move || match rows.get() {
                None => view! { <p class="empty">{t!(i18n, plans.due.looking)}</p> }.into_any(),
                // The list is shared with the Monitoring step, not translated yet.
                Some(r) => view! { <DueList rows=Signal::stored(r) today=day attr:lang=untranslated /> }.into_any(),
            }}
        </section>
    }
}
