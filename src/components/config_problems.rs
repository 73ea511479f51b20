//! What was wrong with the agency's `config.json`, named field by field so the agency can fix
//! it. The app keeps working with its standard settings for those fields.

use crate::components::config_text::problem_text;
use crate::i18n::{t, use_i18n};
use crate::state::AgencyConfig;
use leptos::prelude::*;

#[component]
pub fn ConfigProblems() -> impl IntoView {
    let agency = AgencyConfig::get();
    let i18n = use_i18n();
    move || {
        let problems = agency.problems();
        (!problems.is_empty()).then(|| {
            view! {
                <section class="notice config-problems" aria-labelledby="config-problems-heading">
                    <h2 id="config-problems-heading">{t!(i18n, notices.config.title)}</h2>
                    <p>{t!(i18n, notices.config.text)}</p>
                    <ul>
                        {problems.into_iter().map(|p| view! { <li>{move || problem_text(i18n.get_locale(), &p)}</li> }).collect_view()}
                    </ul>
                    <p class="hint">{t!(i18n, notices.config.hint)}</p>
                </section>
            }
        })
    }
}
