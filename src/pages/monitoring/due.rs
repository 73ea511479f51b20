//! "What's due": a list of dated things, overdue first, said in words ("Today", "Overdue").

use crate::components::monitoring_text::{due_kind_label, weekday_label};
use crate::components::{isolated, Shown};
use crate::i18n::{t_string, use_i18n, Locale};
use crate::model::actions::StepRef;
use crate::model::dates;
use crate::model::monitoring::due::{DueItem, DueKind, DueTime, DUE_WINDOW_DAYS};
use crate::model::occurrences::Outcome;
use crate::model::text::without_isolates;
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
    /// Marks a time of a repeating step; without it the list offers no marking (My plans).
    #[prop(optional)]
    on_mark: Option<Callback<(StepRef, NaiveDate, Outcome)>>,
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
                    let when = match row.item.occurrence {
                        Some(time) => time_words(i18n, time, row.item.date, today),
                        None => when_words(i18n, row.item.date, today),
                    };
                    let marks = match (on_mark, row.item.kind, row.item.occurrence) {
                        (Some(on_mark), DueKind::Step(at), Some(time)) => Some(view! {
                            <MarkButtons on_mark=on_mark at=at date=row.item.date time=time
                                what=without_isolates(&row.item.what) />
                        }),
                        _ => None,
                    };
                    view! {
                        <li class:overdue=overdue>
                            <span class="due-when">{when}</span>" "
                            <span class="due-kind">{due_kind_label(i18n, row.item.kind)}": "</span>
                            <span class="due-what">{isolated(row.item.what.clone())}</span>
                            {row.plan.map(|(name, href)| view! {
                                " "<A href=href attr:class="due-plan">"("{isolated(name)}")"</A>
                            })}
                            {marks}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Shown>
    }
}

/// The words before a time of a repeating step: "Tomorrow" for the next time, "Missed on 16
/// November 2026" for one marked missed, "Not marked yet: Monday 16 November 2026" otherwise.
fn time_words(
    i18n: I18nContext<Locale>,
    time: DueTime,
    date: NaiveDate,
    today: NaiveDate,
) -> String {
    let lang = crate::model::lang::Lang::from_code(i18n.get_locale().as_str());
    match time {
        DueTime::Next => when_words(i18n, date, today),
        DueTime::Missed { marked: true } => {
            let long = dates::long_in(date, lang);
            t_string!(i18n, occurrences.missed_on, date = long).to_string()
        }
        DueTime::Missed { marked: false } => {
            let weekday = weekday_label(i18n, date.weekday());
            let long = dates::long_in(date, lang);
            let day = t_string!(i18n, monitoring.due.on_day, weekday = weekday, date = long);
            t_string!(i18n, occurrences.unmarked_on, date = day).to_string()
        }
    }
}

/// "Done", "Missed", "Skipped" for one time of a repeating step, each named with the step and
/// the day (several rows hold the same buttons). "Missed" only where it is not marked so yet.
#[component]
fn MarkButtons(
    on_mark: Callback<(StepRef, NaiveDate, Outcome)>,
    at: StepRef,
    date: NaiveDate,
    time: DueTime,
    /// What the step is, without direction marks (an attribute is not drawn).
    what: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = crate::model::lang::Lang::from_code(i18n.get_locale().as_str());
    let long = dates::long_in(date, lang);
    let offered: Vec<Outcome> = match time {
        DueTime::Missed { marked: false } => Outcome::ALL.to_vec(),
        _ => vec![Outcome::Done, Outcome::Skipped],
    };
    let group = t_string!(
        i18n,
        occurrences.mark_group,
        what = what.clone(),
        date = long.clone()
    )
    .to_string();
    view! {
        <span class="due-marks" role="group" aria-label=group>
            {offered.into_iter().map(|outcome| {
                let (what, long) = (what.clone(), long.clone());
                let name = match outcome {
                    Outcome::Done => t_string!(i18n, occurrences.mark_done, what = what, date = long),
                    Outcome::Missed => t_string!(i18n, occurrences.mark_missed, what = what, date = long),
                    Outcome::Skipped => t_string!(i18n, occurrences.mark_skipped, what = what, date = long),
                }
                .to_string();
                view! {
                    <button class="due-mark" aria-label=name
                        on:click=move |_| on_mark.run((at, date, outcome))>
                        {super::occurrences::outcome_label(i18n, outcome)}
                    </button>
                }
            }).collect_view()}
        </span>
    }
}
