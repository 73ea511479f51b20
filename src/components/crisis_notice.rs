//! The calm, clear message shown when a screen raises a safety flag, with the crisis line (988, or the agency's own).

use crate::state::AgencyConfig;
use leptos::prelude::*;

#[component]
pub fn CrisisNotice(
    /// Id of the notice's heading (unique on the page).
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let agency = AgencyConfig::get();
    let labelled_by = id.clone();
    view! {
        <section class="crisis-notice" aria-labelledby=labelled_by>
            <h3 id=id>"Help is available now"</h3>
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
        </section>
    }
}
