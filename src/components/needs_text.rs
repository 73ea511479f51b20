//! The choices of the Needs step in the chosen language: a need's status, and a need without
//! words yet. (The model's English labels stay the ones written into files; the parts of life
//! are named by the model itself, `Domain::label_in`, as its proposed needs start with them.)
//! Each `match` names every variant, so a new one does not build until it has its text.

use crate::i18n::{t_string, Locale};
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
        assert_eq!(
            en["needs"]["no_words"].as_str(),
            Some(Need::new(String::new(), None).display_statement().as_str())
        );
    }
}
