//! The review schedule: every N days / weeks / months, and chosen dates.

use crate::components::{DateField, SelectField};
use crate::model::dates;
use crate::model::monitoring::Period;
use crate::state::{today, PlanState};
use chrono::NaiveDate;
use leptos::prelude::*;

const EVERY: [(&str, &str); 7] = [
    ("", "No regular reviews"),
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
    view! {
        <section class="card" aria-labelledby="schedule-heading">
            <h2 id="schedule-heading">"When the plan is reviewed"</h2>
            <p class="hint">"A review is a check-in with the person (and whoever helps) to see how things are going and change the plan if needed."</p>
            <div class="step-grid">
                <SelectField id="review-every" label="Review every"
                    options=EVERY.to_vec()
                    value=every_value
                    on_change=move |v| state.edit(|p| p.review_schedule.every = v.parse().ok()) />
                <SelectField id="review-period" label="Days, weeks or months"
                    options=Period::ALL.iter().map(|p| (p.code(), p.label())).collect()
                    value=Signal::derive(move || schedule.with(|s| s.period.code()))
                    on_change=move |v| {
                        if let Some(period) = Period::from_code(&v) {
                            state.edit(|p| p.review_schedule.period = period)
                        }
                    } />
            </div>
            <div class="inline-form">
                <DateField id="review-date-new" label="Add a review on a chosen date"
                    value=new_date
                    on_change=move |d| new_date.set(d) />
                <button id="review-date-add" on:click=add_date>"Add this date"</button>
            </div>
            <Show when=move || schedule.with(|s| !s.dates.is_empty())>
                <ul class="chosen-dates" aria-label="Chosen review dates">
                    {move || schedule.with(|s| s.dates.clone()).into_iter().map(|d| view! {
                        <li>
                            {dates::long(d)}" "
                            <button class="link" on:click=move |_| state.edit(|p| p.review_schedule.dates.retain(|x| *x != d))>
                                "Remove"<span class="visually-hidden">{format!(" {}", dates::long(d))}</span>
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <p class="next-review" aria-live="polite">
                {move || match next.get() {
                    Some(d) if d < today() => format!("Next review: {} (overdue: record a review below).", dates::long(d)),
                    Some(d) => format!("Next review: {}.", dates::long(d)),
                    None => "No review planned yet.".into(),
                }}
            </p>
        </section>
    }
}
