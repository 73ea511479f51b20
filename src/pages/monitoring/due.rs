//! "What's due": a list of dated things, overdue first, said in words ("Today", "Overdue").

use crate::model::dates;
use crate::model::monitoring::due::{DueItem, DUE_WINDOW_DAYS};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;

/// One line of the list; `plan` names the plan and links to it when several plans are listed.
#[derive(Clone, Debug, PartialEq)]
pub struct DueRow {
    pub item: DueItem,
    pub plan: Option<(String, String)>,
}

/// "Today", "Tomorrow", "Friday 27 November 2026", or "Overdue since 20 November 2026".
pub fn when_words(date: NaiveDate, today: NaiveDate) -> String {
    match (date - today).num_days() {
        d if d < 0 => format!("Overdue since {}", dates::long(date)),
        0 => "Today".into(),
        1 => "Tomorrow".into(),
        _ => format!("{} {}", date.format("%A"), dates::long(date)),
    }
}

#[component]
pub fn DueList(
    /// What is due, in date order.
    #[prop(into)]
    rows: Signal<Vec<DueRow>>,
    /// Today, from the browser's clock.
    today: NaiveDate,
) -> impl IntoView {
    view! {
        <Show
            when=move || rows.with(|r| !r.is_empty())
            fallback=|| view! {
                <p class="empty">{format!("Nothing is due in the next {DUE_WINDOW_DAYS} days, and nothing is overdue.")}</p>
            }
        >
            <ul class="due-list">
                {move || rows.get().into_iter().map(|row| {
                    let overdue = row.item.overdue;
                    view! {
                        <li class:overdue=overdue>
                            <span class="due-when">{when_words(row.item.date, today)}</span>" "
                            <span class="due-kind">{row.item.kind_label()}": "</span>
                            <span class="due-what">{row.item.what.clone()}</span>
                            {row.plan.map(|(name, href)| view! {
                                " "<A href=href attr:class="due-plan">"("{name}")"</A>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Show>
    }
}
