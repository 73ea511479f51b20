//! What's due across every plan, on My plans. The plans are read after the list has been
//! drawn, one per task, so a browser full of large plans shows the list first and answers
//! clicks and keys while the rest is read.

use crate::components::language::model_lang;
use crate::components::step_href;
use crate::i18n::{t, use_i18n};
use crate::model::lang::Lang;
use crate::model::{PlanId, PlanSummary, Step};
use crate::pages::monitoring::due::{DueList, DueRow};
use crate::state::{repo, today};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn DueAcrossPlans(
    /// The plans listed on the page.
    #[prop(into)]
    plans: Signal<Vec<PlanSummary>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let day = today();
    let rows = RwSignal::new(None::<Vec<DueRow>>);
    // Each change of the list, or of the language (what each item is, is said in it), starts
    // a new reading; an older one still under way stops.
    let reading = StoredValue::new(0_u32);
    Effect::new(move |_| {
        let lang = lang();
        let ids: Vec<PlanId> = plans.with(|p| p.iter().rev().map(|s| s.id).collect());
        reading.update_value(|n| *n = n.wrapping_add(1));
        let run = reading.get_value();
        // After the list is painted: a zero timeout alone can run before the browser paints,
        // and an animation frame runs just before it (reading a large plan there held the
        // list back by a plan's parse). A timeout set from the frame runs after its paint.
        let r = Reading {
            run,
            reading,
            rows,
            day,
            lang,
        };
        request_animation_frame(move || {
            set_timeout(move || read_next(ids, Vec::new(), r), Duration::ZERO)
        });
    });
    view! {
        <section class="card due-all" aria-labelledby="due-all-heading">
            <h2 id="due-all-heading">{t!(i18n, plans.due.title)}</h2>
            {move || match rows.get() {
                None => view! { <p class="empty">{t!(i18n, plans.due.looking)}</p> }.into_any(),
                // The list is shared with the Monitoring step.
                Some(r) => view! { <DueList rows=Signal::stored(r) today=day /> }.into_any(),
            }}
        </section>
    }
}

/// One reading of every plan's due items.
#[derive(Clone, Copy)]
struct Reading {
    run: u32,
    reading: StoredValue<u32>,
    rows: RwSignal<Option<Vec<DueRow>>>,
    day: NaiveDate,
    lang: Lang,
}

/// Reads the next plan of `left` (taken from its end), then gives the browser a turn.
fn read_next(mut left: Vec<PlanId>, mut found: Vec<DueRow>, r: Reading) {
    if r.reading.try_get_value() != Some(r.run) {
        return;
    }
    let Some(id) = left.pop() else {
        found.sort_by_key(|row| row.item.date);
        r.rows.try_set(Some(found));
        return;
    };
    if let Ok(stored) = repo().load(id) {
        let plan = stored.plan;
        let name = plan.summary().full_name_in(r.lang);
        let href = step_href(plan.id, Step::Monitoring);
        found.extend(
            plan.due_items_in(r.day, r.lang)
                .into_iter()
                .map(|item| DueRow {
                    item,
                    plan: Some((name.clone(), href.clone())),
                }),
        );
    }
    set_timeout(move || read_next(left, found, r), Duration::ZERO);
}
