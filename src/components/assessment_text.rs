//! The choices of the Assessment step in the chosen language: need levels. (The model's English
//! labels stay the ones written into files; parts of life and barriers are named by the model
//! itself, `Domain::label_in` and `Barrier::label_in`.) Each `match` names every variant, so a
//! new one does not build until it has its text.

use crate::i18n::{td_string, Locale};
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Choice;
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
        for &l in NeedLevel::ALL {
            let code = match l {
                NeedLevel::None => "no-need",
                other => other.code(),
            };
            assert_eq!(text(&en, &["level"], code), l.label());
        }
    }
}
