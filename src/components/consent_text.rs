//! Consent to share in the chosen language: where a consent stands, why a date was refused,
//! and the small "Consent withdrawn on …" mark shown beside whom it was for.

use crate::i18n::{t_string, use_i18n, Locale};
use crate::model::consent::{ConsentState, DateProblem, Ended};
use crate::model::dates;
use crate::model::lang::Lang;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// "In force", "Starts on 1 December 2026", "Consent withdrawn on 20 November 2026".
pub fn state_text(i18n: I18nContext<Locale>, state: ConsentState, lang: Lang) -> String {
    match state {
        ConsentState::NotYet => String::new(),
        ConsentState::InForce => t_string!(i18n, consent.state.in_force).to_string(),
        ConsentState::Expired(d) => ended_text(i18n, Ended::Expired(d), lang),
        ConsentState::Withdrawn(d) => ended_text(i18n, Ended::Withdrawn(d), lang),
    }
}

/// The same with the first day, for a consent still to come.
pub fn state_text_from(
    i18n: I18nContext<Locale>,
    state: ConsentState,
    from: Option<chrono::NaiveDate>,
    lang: Lang,
) -> String {
    match (state, from) {
        (ConsentState::NotYet, Some(d)) => {
            let date = dates::long_in(d, lang);
            t_string!(i18n, consent.state.not_yet, date = date).to_string()
        }
        (state, _) => state_text(i18n, state, lang),
    }
}

/// "Consent expired on 30 November 2026" / "Consent withdrawn on 20 November 2026".
pub fn ended_text(i18n: I18nContext<Locale>, ended: Ended, lang: Lang) -> String {
    let date = dates::long_in(ended.date(), lang);
    match ended {
        Ended::Expired(_) => t_string!(i18n, consent.state.expired, date = date).to_string(),
        Ended::Withdrawn(_) => t_string!(i18n, consent.state.withdrawn, date = date).to_string(),
    }
}

/// Why a date was not taken.
pub fn problem_text(i18n: I18nContext<Locale>, problem: DateProblem) -> &'static str {
    match problem {
        DateProblem::UntilBeforeFrom => t_string!(i18n, consent.problem.until_before_from),
        DateProblem::WithdrawnBeforeFrom => {
            t_string!(i18n, consent.problem.withdrawn_before_from)
        }
    }
}

/// "Consent withdrawn on …" under a care-team member's or a service's name, while no consent
/// for them is in force; nothing otherwise.
#[component]
pub fn ConsentMark(
    /// The mark, if any (see `CarePlan::consent_mark_for_member`).
    #[prop(into)]
    mark: Signal<Option<Ended>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = super::language::model_lang();
    move || {
        mark.get().map(|m| {
            view! { <p class="consent-mark">{ended_text(i18n, m, lang())}</p> }
        })
    }
}
