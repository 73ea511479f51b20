//! Earlier assessments and how each instrument's score changed.

use super::summary::AssessmentSummary;
use crate::components::TableScroll;
use crate::model::assessment::history::score_history;
use crate::model::{dates, CarePlan};
use leptos::prelude::*;

/// Names the score table, and the box it scrolls in on a narrow screen.
const CAPTION: &str = "Questionnaire scores in each assessment";

#[component]
pub fn History(
    /// The plan whose assessments are compared.
    plan: RwSignal<CarePlan>,
) -> impl IntoView {
    let dates_list = Memo::new(move |_| {
        plan.with(|p| {
            p.assessments
                .iter()
                .map(|a| dates::long(a.date))
                .collect::<Vec<_>>()
        })
    });
    let lines = Memo::new(move |_| plan.with(|p| score_history(&p.assessments)));
    let count = Memo::new(move |_| plan.with(|p| p.assessments.len()));
    // Earlier assessments never change, so they are read again only when one is added.
    let earlier = move || {
        count.track();
        plan.with_untracked(|p| {
            let n = p.assessments.len().saturating_sub(1);
            p.assessments[..n].iter().rev().cloned().collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="history-heading">
            <h2 id="history-heading">"Scores over time"</h2>
            <p class="hint">
                {move || format!(
                    "{} assessments, oldest first. The last column compares the latest with the one before.",
                    dates_list.with(Vec::len)
                )}
            </p>
            <Show
                when=move || lines.with(|l| !l.is_empty())
                fallback=|| view! { <p class="empty">"No questionnaire has been completed yet."</p> }
            >
                <TableScroll label=CAPTION>
                    <table class="history">
                        <caption class="visually-hidden">{CAPTION}</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Questionnaire"</th>
                                {move || dates_list.get().into_iter().map(|d| view! { <th scope="col">{d}</th> }).collect_view()}
                                <th scope="col">"Change"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || lines.get().into_iter().map(|line| view! {
                                <tr>
                                    <th scope="row">{line.instrument}</th>
                                    {line.values.into_iter().map(|v| view! {
                                        <td>{v.unwrap_or_else(|| "Not scored".into())}</td>
                                    }).collect_view()}
                                    <td>{line.change.unwrap_or_else(|| "Not compared".into())}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </TableScroll>
            </Show>
            <h3>"Earlier assessments"</h3>
            <p class="hint">"Kept as they were. Newest first."</p>
            {move || earlier().into_iter().map(|a| {
                let title = format!("Assessment of {}", dates::long(a.date));
                view! {
                    <details class="instrument earlier">
                        <summary><span>{title}</span></summary>
                        <div class="instrument-body"><AssessmentSummary assessment=a /></div>
                    </details>
                }
            }).collect_view()}
        </section>
    }
}
