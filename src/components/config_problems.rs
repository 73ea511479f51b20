//! What was wrong with the agency's `config.json`, named field by field so the agency can fix
//! it. The app keeps working with its standard settings for those fields.

use crate::state::AgencyConfig;
use leptos::prelude::*;

#[component]
pub fn ConfigProblems() -> impl IntoView {
    let agency = AgencyConfig::get();
    move || {
        let problems = agency.problems();
        (!problems.is_empty()).then(|| {
            view! {
                <section class="notice config-problems" aria-labelledby="config-problems-heading">
                    <h2 id="config-problems-heading">"The agency\u{2019}s settings file has mistakes"</h2>
                    <p>
                        "The file config.json next to this app could not be used in full. Where it has mistakes, the app uses its standard settings:"
                    </p>
                    <ul>
                        {problems.into_iter().map(|p| view! { <li>{p.plain()}</li> }).collect_view()}
                    </ul>
                    <p class="hint">
                        "Your plans are not affected. If you do not run this site, please tell the agency that does."
                    </p>
                </section>
            }
        })
    }
}
