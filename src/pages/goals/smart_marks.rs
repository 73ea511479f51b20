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
    view! {
        <div class="smart-check" id=id_prefix>
            <p class="smart-summary">{move || t_string!(i18n, goals.check.summary, count = passed()).to_string()}</p>
            <ul class="smart-marks">
                {(0..5).map(|i| {
                    let mark = move || marks.with(|m| m[i].clone());
                    let verdict = move || {
                        let m = mark();
                        let word = if m.pass {
                            t_string!(i18n, goals.check.looks_good)
                        } else {
                            t_string!(i18n, goals.check.needs_work)
                        };
                        format!("{}: {word}", m.letter.name_in(lang()))
                    };
                    view! {
                        <li class=move || if mark().pass { "smart-mark pass" } else { "smart-mark work" }>
                            <span class="smart-letter" aria-hidden="true">{move || mark().letter.initial()}</span>
                            <span class="smart-text">
                                <strong>{verdict}</strong>
                                " "{move || mark().reason}
                                {move || mark().suggestion.map(|s| view! { <span class="smart-suggestion">" "{s}</span> })}
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
