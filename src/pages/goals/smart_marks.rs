//! The five SMART letters of a goal: pass or needs work, in words (never colour alone), with
//! the reason and a suggestion.

use crate::model::goals::smart::Mark;
use leptos::prelude::*;

#[component]
pub fn SmartMarks(
    /// The check of the goal, updated as the person types.
    marks: Memo<[Mark; 5]>,
    /// Prefix for element ids, unique per goal.
    id_prefix: String,
) -> impl IntoView {
    let passed = move || marks.with(|m| m.iter().filter(|m| m.pass).count());
    view! {
        <div class="smart-check" id=id_prefix>
            <p class="smart-summary">{move || format!("SMART check: {} of 5 letters pass.", passed())}</p>
            <ul class="smart-marks">
                {(0..5).map(|i| {
                    let mark = move || marks.with(|m| m[i].clone());
                    view! {
                        <li class=move || if mark().pass { "smart-mark pass" } else { "smart-mark work" }>
                            <span class="smart-letter" aria-hidden="true">{move || mark().letter.initial()}</span>
                            <span class="smart-text">
                                <strong>{move || format!("{}: {}", mark().letter.name(), if mark().pass { "looks good" } else { "needs work" })}</strong>
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
