//! The calm, clear message shown when a screen raises a safety flag, with the crisis line (988, or the agency's own).

use crate::state::AgencyConfig;
use leptos::prelude::*;

#[component]
pub fn CrisisNotice(
    /// Id of the notice's heading (unique on the page).
    #[prop(into)]
    id: String,
    /// Inside a questionnaire, beside the answer that raised the flag. The notice at the top of
    /// the page is a landmark of its own; this one is a group, so the page does not hold two
    /// landmarks with the same name.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let agency = AgencyConfig::get();
    let labelled_by = id.clone();
    let content = move || {
        view! {
            <h3 id=id.clone()>"Help is available now"</h3>
            <p>
                "Thank you for answering honestly. Thoughts like these are more common than people think, and help is available."
            </p>
            {move || {
                let line = agency.crisis_line();
                view! {
                    {line.lines.into_iter().map(|l| view! { <p class="crisis-line">{l}</p> }).collect_view()}
                    <p class="crisis-line">{line.emergency}</p>
                }
            }}
            <p>"This answer is flagged so the care team can talk about it with you soon."</p>
        }
    };
    if inline {
        view! { <div class="crisis-notice" role="group" aria-labelledby=labelled_by>{content()}</div> }
            .into_any()
    } else {
        view! { <section class="crisis-notice" aria-labelledby=labelled_by>{content()}</section> }
            .into_any()
    }
}
