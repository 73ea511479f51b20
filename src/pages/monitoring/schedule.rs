//! The review schedule: every N days / weeks / months, and chosen dates.

use crate::components::language::model_lang;
use crate::components::monitoring_text::period_label;
use crate::components::{DateField, SelectField, Shown};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::dates;
use crate::model::monitoring::Period;
use crate::state::{today, PlanState};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The codes of "Review every"; `""` is no regular reviews.
const EVERY: [(&str, &str); 7] = [
    ("", ""),
    ("1", "1"),
    ("2", "2"),
    ("3", "3"),
    ("4", "4"),
    ("6", "6"),
    ("8", "8"),
];

#[component]
pub fn ReviewSchedule(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let schedule = Memo::new(move |_| plan.with(|p| p.review_schedule.clone()));
    let next = Memo::new(move |_| plan.with(|p| p.next_review()));
    let new_date = RwSignal::new(None::<NaiveDate>);
    let every_value = Signal::derive(move || {
        let n = schedule.with(|s| s.every);
        EVERY
            .iter()
            .find(|(code, _)| n.map(|n| n.to_string()).as_deref().unwrap_or("") == *code)
            .map_or("", |(code, _)| code)
    });
    let add_date = move |_| {
        if let Some(d) = new_date.get_untracked() {
            state.edit(|p| {
                let dates = &mut p.review_schedule.dates;
                if !dates.contains(&d) {
                    dates.push(d);
                    dates.sort();
                }
            });
            new_date.set(None);
        }
    };
    // The texts of the options, following the language chosen.
    let every_options = EVERY
        .iter()
        .map(|&(code, text)| {
            let text = Signal::derive(move || match code {
                "" => t_string!(i18n, monitoring.schedule.no_regular),
                _ => text,
            });
            (code, text)
        })
        .collect();
    let period_options = Period::ALL
        .into_iter()
        .map(|p| (p.code(), Signal::derive(move || period_label(i18n, p))))
        .collect();
    view! {
        <section class="card" aria-labelledby="schedule-heading">
            <h2 id="schedule-heading">{t!(i18n, monitoring.schedule.heading)}</h2>
            <p class="hint">{t!(i18n, monitoring.schedule.hint)}</p>
            <div class="step-grid">
                <SelectField id="review-every" label=move || t_string!(i18n, monitoring.schedule.every)
                    options=every_options
                    value=every_value
                    on_change=move |v| state.edit(|p| p.review_schedule.every = v.parse().ok()) />
                <SelectField id="review-period" label=move || t_string!(i18n, monitoring.schedule.period)
                    options=period_options
                    value=Signal::derive(move || schedule.with(|s| s.period.code()))
                    on_change=move |v| {
                        if let Some(period) = Period::from_code(&v) {
                            state.edit(|p| p.review_schedule.period = period)
                        }
                    } />
            </div>
            <div class="inline-form">
                <DateField id="review-date-new" label=move || t_string!(i18n, monitoring.schedule.add_date)
                    value=new_date
                    on_change=move |d| new_date.set(d) />
                <button id="review-date-add" on:click=add_date>{t!(i18n, monitoring.schedule.add)}</button>
            </div>
            <Shown when=move || schedule.with(|s| !s.dates.is_empty())>
                <ul class="chosen-dates" aria-label=move || t_string!(i18n, monitoring.schedule.chosen)>
                    {move || schedule.with(|s| s.dates.clone()).into_iter().map(|d| {
                        let long = move || dates::long_in(d, lang());
                        view! {
                            <li>
                                {long}" "
                                <button class="link" on:click=move |_| state.edit(|p| p.review_schedule.dates.retain(|x| *x != d))>
                                    {t!(i18n, monitoring.schedule.remove)}<span class="visually-hidden">" "{long}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Shown>
            <p class="next-review" aria-live="polite">
                {move || match next.get() {
                    Some(d) if d < today() => t_string!(i18n, monitoring.schedule.next_overdue, date = dates::long_in(d, lang())).to_string(),
                    Some(d) => t_string!(i18n, monitoring.schedule.next, date = dates::long_in(d, lang())).to_string(),
                    None => t_string!(i18n, monitoring.schedule.none).to_string(),
                }}
            </p>
        </section>
    }
}
