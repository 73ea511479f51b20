//! The choices and words of the Evaluation step in the chosen language: the Goal Attainment
//! Scaling levels and their hints, and whether a goal was met (goal statuses: `goal_text`). (The model's English labels stay the ones written into files.) Each `match` names
//! every variant, so a new one does not build until it has its text.

use crate::i18n::{t_string, Locale};
use crate::model::evaluation::OutcomeResult;
use leptos_i18n::I18nContext;

/// The name of a GAS level, -2 to +2: "Expected outcome" / "Resultado esperado".
pub fn gas_level_label(i18n: I18nContext<Locale>, level: i8) -> &'static str {
    match level {
        ..=-2 => t_string!(i18n, evaluation.level.much_less),
        -1 => t_string!(i18n, evaluation.level.less),
        0 => t_string!(i18n, evaluation.level.expected),
        1 => t_string!(i18n, evaluation.level.more),
        2.. => t_string!(i18n, evaluation.level.much_more),
    }
}

/// What a level might look like: "+1: a bit better than the goal."
pub fn gas_level_hint(i18n: I18nContext<Locale>, level: i8) -> &'static str {
    match level {
        ..=-2 => t_string!(i18n, evaluation.level_hint.much_less),
        -1 => t_string!(i18n, evaluation.level_hint.less),
        0 => t_string!(i18n, evaluation.level_hint.expected),
        1 => t_string!(i18n, evaluation.level_hint.more),
        2.. => t_string!(i18n, evaluation.level_hint.much_more),
    }
}

/// "Partly met" / "Se cumplió en parte".
pub fn outcome_label(i18n: I18nContext<Locale>, result: OutcomeResult) -> &'static str {
    match result {
        OutcomeResult::Met => t_string!(i18n, evaluation.result.met),
        OutcomeResult::PartlyMet => t_string!(i18n, evaluation.result.partly_met),
        OutcomeResult::NotMet => t_string!(i18n, evaluation.result.not_met),
    }
}

#[cfg(test)]
mod tests {
    use crate::model::evaluation::{OutcomeResult, GAS_LEVELS};
    use crate::model::services::Service;
    use serde_json::Value;

    fn english() -> Value {
        crate::components::language::locale_files("en")
    }

    /// locales/en/evaluation.json's `{section}.{key}`, the code's `-` written `_` as in the keys.
    fn text<'a>(en: &'a Value, section: &str, key: &str) -> &'a str {
        en["evaluation"][section][key.replace('-', "_")]
            .as_str()
            .unwrap_or_else(|| panic!("evaluation.{section}.{key} is missing"))
    }

    /// In English the interface shows the model's own labels, as before.
    #[test]
    fn english_texts_are_the_models_labels() {
        let en = english();
        let keys = ["much_less", "less", "expected", "more", "much_more"];
        for ((_, name), key) in GAS_LEVELS.iter().zip(keys) {
            assert_eq!(text(&en, "level", key), *name);
        }
        for r in OutcomeResult::ALL {
            assert_eq!(text(&en, "result", r.code()), r.label());
        }
        assert_eq!(
            text(&en, "summary", "unnamed_service"),
            Service::new().display_name()
        );
    }
}
