//! The calm, clear message shown when a screen raises a safety flag, with the crisis line (988, or the agency's own),
//! and the offer of a safety plan.

use crate::components::language::model_lang;
use crate::components::SafetyPlanOffer;
use crate::i18n::{t, use_i18n};
use crate::model::assessment::safety::CrisisLine;
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
            <SafetyPlanOffer />
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

/// The crisis lines: the 988 lines in the language chosen, or the agency's own words
/// (config.json), said to be English while another language is chosen.
#[component]
pub fn CrisisLines() -> impl IntoView {
    let lang = model_lang();
    let agency = AgencyConfig::get();
    move || {
        let (line, in_lang) = agency.crisis_line().shown_in(lang());
        view! { <CrisisLineText line=line in_lang=in_lang class="crisis-line" /> }
    }
}

/// The words of a crisis line, one paragraph each, marked English when they are not in the
/// language of the page around them.
#[component]
pub fn CrisisLineText(
    /// The lines and whom to call in danger.
    line: CrisisLine,
    /// Whether the words are in the language of the page (`CrisisLine::shown_in`).
    in_lang: bool,
    /// Class of each paragraph.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let paragraphs = line
        .lines
        .into_iter()
        .chain([line.emergency])
        .map(|l| view! { <p class=class>{l}</p> })
        .collect_view();
    view! { <div class="crisis-lines" lang=(!in_lang).then_some("en")>{paragraphs}</div> }
}
