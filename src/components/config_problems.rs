//! What was wrong with the agency's `config.json`, named field by field so the agency can fix
//! it. The app keeps working with its standard settings for those fields.

use crate::components::language::untranslated;
use crate::i18n::{t, use_i18n, Locale};
use crate::state::AgencyConfig;
use leptos::prelude::*;

#[component]
pub fn ConfigProblems() -> impl IntoView {
    let agency = AgencyConfig::get();
    let i18n = use_i18n();
    let english = untranslated();
    move || {
        let problems = agency.problems();
        (!problems.is_empty()).then(|| {
            view! {
                <section class="notice config-problems" aria-labelledby="config-problems-heading">
                    <h2 id="config-problems-heading">{t!(i18n, notices.config.title)}</h2>
                    <p>{t!(i18n, notices.config.text)}</p>
                    // The mistakes name the file's own (English) fields, for whoever runs the
                    // site; in another language a line says so.
                    {move || (i18n.get_locale() != Locale::en).then(|| view! {
                        <p>{t!(i18n, notices.config.details)}</p>
                    })}
                    <ul lang=english>
                        {problems.into_iter().map(|p| view! { <li>{p.plain()}</li> }).collect_view()}
                    </ul>
                    <p class="hint">{t!(i18n, notices.config.hint)}</p>
                </section>
            }
        })
    }
}
