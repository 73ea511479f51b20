//! The choices of the Needs step in the chosen language: a need's status and the parts of life.
//! (The model's English labels stay the ones written into files.) Each `match` names every
//! variant, so a new one does not build until it has its text.

use crate::i18n::{t_string, Locale};
use crate::model::assessment::domains::Domain;
use crate::model::{Need, NeedStatus};
use leptos_i18n::I18nContext;

/// "Working on it" / "En proceso".
pub fn need_status_label(i18n: I18nContext<Locale>, status: NeedStatus) -> &'static str {
    match status {
        NeedStatus::Active => t_string!(i18n, needs.status.active),
        NeedStatus::NotNow => t_string!(i18n, needs.status.not_now),
        NeedStatus::Resolved => t_string!(i18n, needs.status.resolved),
    }
}

/// "Legal matters" / "Asuntos legales".
pub fn domain_label(i18n: I18nContext<Locale>, domain: Domain) -> &'static str {
    match domain {
        Domain::PhysicalHealth => t_string!(i18n, needs.domain.physical_health),
        Domain::Medications => t_string!(i18n, needs.domain.medications),
        Domain::MentalHealth => t_string!(i18n, needs.domain.mental_health),
        Domain::SubstanceUse => t_string!(i18n, needs.domain.substance_use),
        Domain::DailyLiving => t_string!(i18n, needs.domain.daily_living),
        Domain::Housing => t_string!(i18n, needs.domain.housing),
        Domain::Food => t_string!(i18n, needs.domain.food),
        Domain::Transportation => t_string!(i18n, needs.domain.transportation),
        Domain::Money => t_string!(i18n, needs.domain.money),
        Domain::SocialSupport => t_string!(i18n, needs.domain.social_support),
        Domain::Safety => t_string!(i18n, needs.domain.safety),
        Domain::Legal => t_string!(i18n, needs.domain.legal),
        Domain::EducationWork => t_string!(i18n, needs.domain.education_work),
        Domain::Culture => t_string!(i18n, needs.domain.culture),
    }
}

/// The need's own words, or a stand-in while it has none (`Need::display_statement`).
pub fn need_statement(i18n: I18nContext<Locale>, need: &Need) -> String {
    match need.statement.trim() {
        "" => t_string!(i18n, needs.no_words).to_string(),
        s => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lang::Lang;
    use serde_json::Value;

    /// locales/{lang}/needs.json's `{section}.{code}`, the code's `-` written `_` as in the keys.
    fn text<'a>(all: &'a Value, section: &str, code: &str) -> &'a str {
        all["needs"][section][code.replace('-', "_")]
            .as_str()
            .unwrap_or_else(|| panic!("needs.{section}.{code} is missing"))
    }

    /// In English the interface shows the model's own labels, as before.
    #[test]
    fn english_texts_are_the_models_labels() {
        let en = crate::components::language::locale_files("en");
        for s in NeedStatus::ALL {
            assert_eq!(text(&en, "status", s.code()), s.label());
        }
        for d in Domain::ALL {
            assert_eq!(text(&en, "domain", d.code()), d.label());
        }
        assert_eq!(
            en["needs"]["no_words"].as_str(),
            Some(Need::new(String::new(), None).display_statement().as_str())
        );
    }

    /// A part of life reads the same in a form and in the needs the model proposes from it.
    #[test]
    fn spanish_parts_of_life_are_the_ones_the_model_writes() {
        let es = crate::components::language::locale_files("es");
        for d in Domain::ALL {
            assert_eq!(text(&es, "domain", d.code()), d.label_in(Lang::Es));
        }
    }
}
