//! A goal's progress chart, drawn as inline SVG from `model::monitoring::chart`, with the same
//! facts as a table for screen readers and for paper.

use crate::components::language::model_lang;
use crate::components::TableScroll;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::dates;
use crate::model::monitoring::chart::{self, Chart};
use crate::model::monitoring::progress::format_number;
use crate::model::Goal;
use leptos::prelude::*;

#[component]
pub fn ProgressChart(
    /// The goal drawn.
    goal: Goal,
    /// The id of the heading or text the chart is described by.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    // Drawn again when the language changes: its labels are the model's, in that language.
    move || {
        let Some(c) = Chart::of_in(&goal, lang()) else {
            return view! {
                <p class="hint">{t!(i18n, monitoring.chart.no_chart)}</p>
            }
            .into_any();
        };
        let title_id = format!("{id}-title");
        let labelled_by = title_id.clone();
        let bottom = chart::HEIGHT - chart::BOTTOM;
        let right = chart::WIDTH - chart::RIGHT;
        let line = c.polyline();
        view! {
            <svg class="progress-chart" role="img" aria-labelledby=labelled_by
                viewBox=format!("0 0 {} {}", chart::WIDTH, chart::HEIGHT)>
                <title id=title_id>{t!(i18n, monitoring.chart.title)}</title>
                <line class="axis" x1=chart::LEFT y1=chart::TOP x2=chart::LEFT y2=bottom />
                <line class="axis" x1=chart::LEFT y1=bottom x2=right y2=bottom />
                {c.y_ticks.iter().map(|(y, text)| view! {
                    <text class="tick" x=chart::LEFT - 8.0 y=*y + 5.0 text-anchor="end">{text.clone()}</text>
                }).collect_view()}
                {c.x_ticks.iter().enumerate().map(|(i, (x, text))| view! {
                    <text class="tick" x=*x y=chart::HEIGHT - 12.0 text-anchor=if i == 0 { "start" } else { "end" }>{text.clone()}</text>
                }).collect_view()}
                {c.target.clone().map(|(y, text)| view! {
                    <line class="target" x1=chart::LEFT y1=y x2=right y2=y />
                    <text class="label" x=chart::LEFT + 6.0 y=y - 6.0>{text}</text>
                })}
                {c.target_date.clone().map(|(x, text)| view! {
                    <line class="target-date" x1=x y1=chart::TOP x2=x y2=bottom>
                        <title>{text}</title>
                    </line>
                })}
                {c.baseline.clone().map(|p| view! {
                    <rect class="baseline" x=p.x - 5.0 y=p.y - 5.0 width="10" height="10">
                        <title>{t_string!(i18n, monitoring.chart.starting_point, point = p.label).to_string()}</title>
                    </rect>
                })}
                <polyline class="entries" points=line />
                {c.points.iter().map(|p| view! {
                    <circle class="entry" cx=p.x cy=p.y r="5"><title>{p.label.clone()}</title></circle>
                }).collect_view()}
            </svg>
            <p class="chart-key">{t!(i18n, monitoring.chart.key)}</p>
        }
        .into_any()
    }
}

/// The entries as a table: date, value, how far along, note.
#[component]
pub fn ProgressTable(
    /// The goal whose entries are listed.
    goal: Goal,
    /// Called with an entry's id to remove it; `None` for a read-only table (print).
    #[prop(optional)]
    on_remove: Option<Callback<crate::model::ProgressId>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let unit = goal.unit.trim().to_string();
    let rows: Vec<_> = goal
        .dated_progress()
        .into_iter()
        .map(|e| {
            let along = e
                .number()
                .and_then(|v| goal.percent_toward_target(v))
                .map(|p| format!("{p:.0}%"))
                .unwrap_or_else(|| "\u{2014}".into());
            let value = match e.number() {
                Some(v) => format_number(v, &unit),
                None => e.value.trim().to_string(),
            };
            (e.id, e.date, value, along, e.note.clone())
        })
        .collect();
    // The caption also names the box the table scrolls in on a narrow screen.
    let caption = move || t_string!(i18n, monitoring.chart.caption);
    // Drawn again when the language changes (the dates are in words).
    move || {
        let lang = lang();
        let rows = rows.clone();
        view! {
            <TableScroll label=caption()>
            <table class="progress-table">
                <caption>{caption()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, monitoring.chart.date)}</th>
                        <th scope="col">{t!(i18n, monitoring.chart.value)}</th>
                        <th scope="col">{t!(i18n, monitoring.chart.along)}</th>
                        <th scope="col">{t!(i18n, monitoring.chart.note)}</th>
                        {on_remove.map(|_| view! { <th scope="col"><span class="visually-hidden">{t!(i18n, monitoring.chart.remove)}</span></th> })}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|(id, date, value, along, note)| {
                        let date = date.map(|d| dates::long_in(d, lang)).unwrap_or_default();
                        let label = t_string!(i18n, monitoring.chart.remove_entry, date = date.clone()).to_string();
                        view! {
                            <tr>
                                <td>{date}</td>
                                <td>{value}</td>
                                <td>{along}</td>
                                <td>{note}</td>
                                {on_remove.map(|remove| view! {
                                    <td><button class="link" aria-label=label on:click=move |_| remove.run(id)>{t!(i18n, monitoring.chart.remove)}</button></td>
                                })}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </TableScroll>
        }
    }
}
