//! Earlier assessments and how each instrument's score changed.

use super::summary::AssessmentSummary;
use crate::components::language::model_lang;
use crate::components::{Shown, TableScroll};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::history::score_history_in;
use crate::model::{dates, CarePlan};
use leptos::prelude::*;

#[component]
pub fn History(
    /// The plan whose assessments are compared.
    plan: RwSignal<CarePlan>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let dates_list = Memo::new(move |_| {
        let lang = lang();
        plan.with(|p| {
            p.assessments
                .iter()
                .map(|a| dates::long_in(a.date, lang))
                .collect::<Vec<_>>()
        })
    });
    let lines = Memo::new(move |_| {
        let lang = lang();
        plan.with(|p| score_history_in(&p.assessments, lang))
    });
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
            <h2 id="history-heading">{t!(i18n, assessment.history.heading)}</h2>
            <p class="hint">
                {move || {
                    let count = dates_list.with(Vec::len);
                    t_string!(i18n, assessment.history.hint, count = count).to_string()
                }}
            </p>
            <Shown
                when=move || lines.with(|l| !l.is_empty())
                fallback=move || view! { <p class="empty">{t!(i18n, assessment.history.empty)}</p> }
            >
                // Names the score table, and the box it scrolls in on a narrow screen; the box
                // is drawn again in the other language.
                {move || view! {
                <TableScroll label=t_string!(i18n, assessment.history.caption)>
                    <table class="history">
                        <caption class="visually-hidden">{t!(i18n, assessment.history.caption)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t!(i18n, assessment.history.questionnaire)}</th>
                                {move || dates_list.get().into_iter().map(|d| view! { <th scope="col">{d}</th> }).collect_view()}
                                <th scope="col">{t!(i18n, assessment.history.change)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || lines.get().into_iter().map(|line| view! {
                                <tr>
                                    <th scope="row">{line.instrument}</th>
                                    {line.values.into_iter().map(|v| view! {
                                        <td>{v.unwrap_or_else(|| t_string!(i18n, assessment.history.not_scored).to_string())}</td>
                                    }).collect_view()}
                                    <td>{line.change.unwrap_or_else(|| t_string!(i18n, assessment.history.not_compared).to_string())}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </TableScroll>
                }}
            </Shown>
            <h3>{t!(i18n, assessment.history.earlier)}</h3>
            <p class="hint">{t!(i18n, assessment.history.earlier_hint)}</p>
            {move || earlier().into_iter().map(|a| {
                let date = a.date;
                let title = move || {
                    let date = dates::long_in(date, lang());
                    t_string!(i18n, assessment.heading, date = date).to_string()
                };
                view! {
                    <details class="instrument earlier">
                        <summary><span>{title}</span></summary>
                        <div class="instrument-body"><AssessmentSummary assessment=a translated=true /></div>
                    </details>
                }
            }).collect_view()}
        </section>
    }
}
