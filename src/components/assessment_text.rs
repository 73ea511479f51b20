//! The choices of the Assessment step in the chosen language: need levels and barriers. (The
//! model's English labels stay the ones written into files; the parts of life are named by the
//! model itself, `Domain::label_in`.) Each `match` names every variant, so a new one does not
//! build until it has its text.

use crate::i18n::{td_string, Locale};
use crate::model::assessment::barriers::Barrier;
use crate::model::assessment::domains::NeedLevel;
use leptos_i18n::I18nContext;

/// "Moderate need" / "Necesidad moderada".
pub fn need_level_label(i18n: I18nContext<Locale>, level: NeedLevel) -> &'static str {
    need_level_label_in(i18n.get_locale(), level)
}

/// The same in `locale`, whatever the one chosen (the printouts stay English).
pub fn need_level_label_in(locale: Locale, level: NeedLevel) -> &'static str {
    match level {
        NeedLevel::NotAssessed => td_string!(locale, assessment.level.not_assessed),
        NeedLevel::None => td_string!(locale, assessment.level.no_need),
        NeedLevel::Low => td_string!(locale, assessment.level.low),
        NeedLevel::Moderate => td_string!(locale, assessment.level.moderate),
        NeedLevel::High => td_string!(locale, assessment.level.high),
    }
}

/// "Work schedule" / "El horario de trabajo". (The lead may fold these into the model's
/// `Barrier::label_in`.)
pub fn barrier_label(i18n: I18nContext<Locale>, barrier: Barrier) -> &'static str {
    barrier_label_in(i18n.get_locale(), barrier)
}

/// The same in `locale`, whatever the one chosen (the printouts stay English).
pub fn barrier_label_in(locale: Locale, barrier: Barrier) -> &'static str {
    match barrier {
        Barrier::Transportation => td_string!(locale, assessment.barriers.names.transportation),
        Barrier::Cost => td_string!(locale, assessment.barriers.names.cost),
        Barrier::HousingInstability => {
            td_string!(locale, assessment.barriers.names.housing_instability)
        }
        Barrier::LittleSupport => td_string!(locale, assessment.barriers.names.little_support),
        Barrier::HealthLiteracy => td_string!(locale, assessment.barriers.names.health_literacy),
        Barrier::Language => td_string!(locale, assessment.barriers.names.language),
        Barrier::CaregiverStrain => td_string!(locale, assessment.barriers.names.caregiver_strain),
        Barrier::Technology => td_string!(locale, assessment.barriers.names.technology),
        Barrier::Childcare => td_string!(locale, assessment.barriers.names.childcare),
        Barrier::WorkSchedule => td_string!(locale, assessment.barriers.names.work_schedule),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// locales/{lang}/assessment.json's `{section}.{code}`, the code's `-` written `_`.
    fn text<'a>(all: &'a Value, section: &[&str], code: &str) -> &'a str {
        let mut v = &all["assessment"];
        for s in section {
            v = &v[*s];
        }
        v[code.replace('-', "_")]
            .as_str()
            .unwrap_or_else(|| panic!("assessment.{section:?}.{code} is missing"))
    }

    /// In English the interface shows the model's own labels, as before.
    #[test]
    fn english_texts_are_the_models_labels() {
        let en = crate::components::language::locale_files("en");
        for l in NeedLevel::ALL {
            let code = match l {
                NeedLevel::None => "no-need",
                other => other.code(),
            };
            assert_eq!(text(&en, &["level"], code), l.label());
        }
        for b in Barrier::ALL {
            assert_eq!(text(&en, &["barriers", "names"], b.code()), b.label());
        }
    }

    /// Every choice has Spanish of its own.
    #[test]
    fn spanish_texts_differ_from_english() {
        let en = crate::components::language::locale_files("en");
        let es = crate::components::language::locale_files("es");
        for b in Barrier::ALL {
            let path = ["barriers", "names"];
            assert_ne!(text(&es, &path, b.code()), text(&en, &path, b.code()));
        }
    }
}
