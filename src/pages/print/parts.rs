//! Pieces both printouts are made of: a table of text, label-value pairs, and the line shown
//! where a part of the plan is still empty.

use crate::components::{isolated, TableScroll};
use crate::i18n::{t_string, use_i18n};
use leptos::prelude::*;

/// `view()` when there is something to show, else `empty` as a quiet line.
pub fn or_empty(is_empty: bool, empty: &'static str, view: impl FnOnce() -> AnyView) -> AnyView {
    if is_empty {
        view! { <p class="empty">{empty}</p> }.into_any()
    } else {
        view()
    }
}

/// A table with a header row; `columns` are (heading, class). Cells are text; a line break
/// in a cell starts a new line on paper, and each part isolated with `model::text::isolate`
/// (typed text set into the app's words) is drawn in a `<bdi>`. Says `empty` when there are
/// no rows.
pub fn table(
    caption: Option<&'static str>,
    columns: &[(&'static str, &'static str)],
    rows: Vec<Vec<String>>,
    empty: &'static str,
) -> AnyView {
    let headings: Vec<_> = columns.to_vec();
    // The scrolling box is named by the caption, or else by the columns.
    let i18n = use_i18n();
    let label = caption.map(str::to_string).unwrap_or_else(|| {
        let names: Vec<&str> = columns.iter().map(|(h, _)| *h).collect();
        let columns = names.join(", ");
        t_string!(i18n, print.table_label, columns = columns).to_string()
    });
    or_empty(rows.is_empty(), empty, move || {
        view! {
            // The title is a line of its own before the table, not its <caption>: a caption
            // can be left alone at the foot of a page with its table on the next, and this
            // line keeps with what follows (`break-after: avoid`). It names the table still.
            {caption.map(|c| view! { <p class="print-table-title">{c}</p> })}
            // On a narrow screen the table scrolls by itself, not the page (never on paper).
            <TableScroll label=label>
            <table class="print-table" aria-label=caption>
                <thead>
                    <tr>
                        {headings.into_iter().map(|(h, class)| view! { <th scope="col" class=class>{h}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>{row.into_iter().map(|cell| view! { <td>{isolated(cell)}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
            </TableScroll>
        }
        .into_any()
    })
}

/// Labels and values as a description list; an empty value says so. A value's isolated parts
/// are drawn in `<bdi>`, as in [`table`].
pub fn pairs(rows: Vec<(&'static str, String)>) -> impl IntoView {
    let not_filled = t_string!(use_i18n(), print.not_filled);
    view! {
        <dl class="print-pairs">
            {rows.into_iter().map(|(k, v)| {
                let v = if v.is_empty() { not_filled.to_string() } else { v };
                view! { <dt>{k}</dt><dd>{isolated(v)}</dd> }
            }).collect_view()}
        </dl>
    }
}
