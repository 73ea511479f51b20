//! The five SMART letters of a goal: pass or needs work, in words (never colour alone), with
//! the reason and a suggestion.

use crate::components::language::model_lang;
use crate::i18n::{t_string, use_i18n};
use crate::model::goals::smart::Mark;
use leptos::prelude::*;

#[component]
pub fn SmartMarks(
    /// The check of the goal in the chosen language, updated as the person types.
    marks: Memo<[Mark; 5]>,
    /// Prefix for element ids, unique per goal.
    id_prefix: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let passed = move || marks.with(|m| m.iter().filter(|m| m.pass).count());
    // One closure draws all five marks from the check: a page of 200 goals builds 200 of
    // these, and a mark changes only when the check does (the memo compares).
    let list = move || {
        let lang = lang();
        marks.with(|marks| {
            marks
                .iter()
                .map(|m| {
                    let word = if m.pass {
                        t_string!(i18n, goals.check.looks_good)
                    } else {
                        t_string!(i18n, goals.check.needs_work)
                    };
                    let verdict = format!("{}: {word}", m.letter.name_in(lang));
                    let class = if m.pass {
                        "smart-mark pass"
                    } else {
                        "smart-mark work"
                    };
                    let suggestion = m
                        .suggestion
                        .clone()
                        .map(|s| view! { <span class="smart-suggestion">" "{s}</span> });
                    view! {
                        <li class=class>
                            <span class="smart-letter" aria-hidden="true">{m.letter.initial()}</span>
                            <span class="smart-text">
                                <strong>{verdict}</strong>
                                " "{m.reason.clone()}
                                {suggestion}
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="smart-check" id=id_prefix>
            <p class="smart-summary">{move || t_string!(i18n, goals.check.summary, count = passed()).to_string()}</p>
            <ul class="smart-marks">{list}</ul>
        </div>
    }
}
