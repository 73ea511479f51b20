//! The calm, clear message shown when a screen raises a safety flag, with the crisis line (988, or the agency's own).

use crate::components::language::untranslated;
use crate::i18n::{t, use_i18n};
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
    let i18n = use_i18n();
    let labelled_by = id.clone();
    let content = move || {
        view! {
            <h3 id=id.clone()>{t!(i18n, assessment.crisis.heading)}</h3>
            <p>{t!(i18n, assessment.crisis.thanks)}</p>
            <CrisisLines />
            <p>{t!(i18n, assessment.crisis.flagged)}</p>
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

/// The crisis lines: the agency's own words (config.json), or the 988 lines in English, said
/// to be English while another language is chosen.
#[component]
pub fn CrisisLines() -> impl IntoView {
    let english = untranslated();
    let agency = AgencyConfig::get();
    view! {
        <div class="crisis-lines" lang=english>
            {move || {
                let line = agency.crisis_line();
                view! {
                    {line.lines.into_iter().map(|l| view! { <p class="crisis-line">{l}</p> }).collect_view()}
                    <p class="crisis-line">{line.emergency}</p>
                }
            }}
        </div>
    }
}
