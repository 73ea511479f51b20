//! "What's due": a list of dated things, overdue first, said in words ("Today", "Overdue").

use crate::components::monitoring_text::{due_kind_label, weekday_label};
use crate::components::{isolated, Shown};
use crate::i18n::{t_string, use_i18n, Locale};
use crate::model::dates;
use crate::model::monitoring::due::{DueItem, DUE_WINDOW_DAYS};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_i18n::Locale as _;
use leptos_router::components::A;

/// One line of the list; `plan` names the plan and links to it when several plans are listed.
#[derive(Clone, Debug, PartialEq)]
pub struct DueRow {
    pub item: DueItem,
    pub plan: Option<(String, String)>,
}

/// "Today", "Tomorrow", "Friday 27 November 2026", or "Overdue since 20 November 2026", in the
/// chosen language.
pub fn when_words(i18n: I18nContext<Locale>, date: NaiveDate, today: NaiveDate) -> String {
    let lang = crate::model::lang::Lang::from_code(i18n.get_locale().as_str());
    let long = dates::long_in(date, lang);
    match (date - today).num_days() {
        d if d < 0 => t_string!(i18n, monitoring.due.overdue_since, date = long).to_string(),
        0 => t_string!(i18n, monitoring.due.today).into(),
        1 => t_string!(i18n, monitoring.due.tomorrow).into(),
        _ => {
            let weekday = weekday_label(i18n, date.weekday());
            t_string!(i18n, monitoring.due.on_day, weekday = weekday, date = long).to_string()
        }
    }
}

#[component]
pub fn DueList(
    /// What is due, in date order, with what each item is in the chosen language
    /// (`CarePlan::due_items_in`).
    #[prop(into)]
    rows: Signal<Vec<DueRow>>,
    /// Today, from the browser's clock.
    today: NaiveDate,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Shown
            when=move || rows.with(|r| !r.is_empty())
            fallback=move || view! {
                <p class="empty">{move || t_string!(i18n, monitoring.due.nothing, days = DUE_WINDOW_DAYS).to_string()}</p>
            }
        >
            <ul class="due-list">
                {move || rows.get().into_iter().map(|row| {
                    let overdue = row.item.overdue;
                    view! {
                        <li class:overdue=overdue>
                            <span class="due-when">{when_words(i18n, row.item.date, today)}</span>" "
                            <span class="due-kind">{due_kind_label(i18n, row.item.kind)}": "</span>
                            <span class="due-what">{isolated(row.item.what.clone())}</span>
                            {row.plan.map(|(name, href)| view! {
                                " "<A href=href attr:class="due-plan">"("{isolated(name)}")"</A>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Shown>
    }
}
