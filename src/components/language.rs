//! The language of the interface (English or Spanish), in the page header: switchable at any
//! time and remembered in this browser. With nothing remembered, the agency's default
//! (`default_language` in config.json) applies, and without one the browser's own languages.

use crate::components::header_select::{Choice, HeaderSelect};
use crate::config::LANGUAGES;
use crate::i18n::{t_string, use_i18n, Locale};
use crate::model::lang::Lang;
use crate::state::{AgencyConfig, LocalStore};
use crate::storage::KeyValueStore;
use leptos::prelude::*;
use leptos_i18n::Locale as _;
use std::str::FromStr;

/// Where the choice is kept (not personal, never encrypted).
const KEY: &str = "careplan:language";

/// The language chosen in this browser, if any.
fn remembered() -> Option<Locale> {
    let code = LocalStore.get(KEY).ok().flatten()?;
    Locale::from_str(&code).ok()
}

/// Puts the remembered language, or else the agency's default, on screen: at start and again
/// when the agency's config arrives. Call it once, inside the i18n provider.
pub fn apply_start_language() {
    let i18n = use_i18n();
    let agency = AgencyConfig::get();
    // An effect, so it runs after the provider's own first pick from the browser's languages.
    Effect::new(move |_| {
        let default = agency.with(|c| c.default_language.clone());
        let chosen = remembered().or_else(|| default.and_then(|d| Locale::from_str(&d).ok()));
        if let Some(locale) = chosen {
            if i18n.get_locale_untracked() != locale {
                i18n.set_locale(locale);
            }
        }
    });
    // The window's title (read first by screen readers, shown on tabs) in the language chosen.
    Effect::new(move |_| {
        let title = t_string!(i18n, app.brand).to_string();
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });
}

/// For `lang=` on a part of the page whose text is not translated yet: `"en"` while another
/// language is chosen, so screen readers read it with an English voice (WCAG 3.1.2).
pub fn untranslated() -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || (i18n.get_locale() != Locale::en).then_some("en")
}

/// The language the model writes its own sentences in (a goal as one sentence, a date in
/// words), following the choice: `goal.sentence_in(name, lang())`.
pub fn model_lang() -> impl Fn() -> Lang + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || Lang::from_code(i18n.get_locale().as_str())
}

/// The language chosen, read once (in an event handler, a message being written): for the
/// model's `*_in(lang)` text that is not redrawn later.
pub fn lang_now(i18n: leptos_i18n::I18nContext<Locale>) -> Lang {
    Lang::from_code(i18n.get_locale_untracked().as_str())
}

/// For `lang=` on a translated part inside an untranslated one: the chosen language.
pub fn translated() -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.get_locale().as_str()
}

/// For `lang=` on translated text of a component shown on translated and untranslated parts
/// alike (a dialog's Cancel, a date field's message): the chosen language while it is not
/// English, so it holds inside a part that says lang="en"; nothing in English.
pub fn translated_unless_english(
) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || {
        let locale = i18n.get_locale();
        (locale != Locale::en).then(|| locale.as_str())
    }
}

#[component]
pub fn LanguageControl() -> impl IntoView {
    let i18n = use_i18n();
    // Each language is named in its own words, so a person can find theirs.
    let choices = LANGUAGES
        .iter()
        .map(|(code, name)| Choice {
            code,
            name: Signal::from(*name),
            lang: Some(code),
        })
        .collect();
    view! {
        <HeaderSelect
            id="language"
            // In both languages, so a person who cannot read the one on screen finds it.
            label="Language / Idioma"
            choices=choices
            chosen=Signal::derive(move || i18n.get_locale().as_str())
            on_change=move |code: String| {
                if let Ok(locale) = Locale::from_str(&code) {
                    i18n.set_locale(locale);
                    let _ = LocalStore.set(KEY, locale.as_str());
                }
            }
        />
    }
}

/// The interface text of one language as the files hold it (`locales/{lang}/*.json`), one
/// object per namespace under the file's name: what `t!(i18n, plans.title)` reads.
#[cfg(test)]
pub(crate) fn locale_files(lang: &str) -> serde_json::Value {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut all = serde_json::Map::new();
    for entry in std::fs::read_dir(&dir).expect("the locales folder") {
        let path = entry.expect("a locale file").path();
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path).expect("a readable locale file");
        let value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        all.insert(name.to_string(), value);
    }
    serde_json::Value::Object(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The list in the header and config's check are the languages the interface is in.
    #[test]
    fn every_language_offered_has_its_text_and_back() {
        for (code, _) in LANGUAGES {
            assert_eq!(Locale::from_str(code).map(|l| l.as_str()), Ok(code));
        }
        assert_eq!(Locale::get_all().len(), LANGUAGES.len());
    }

    /// Every key with its text, "app.brand" → "Care plan builder".
    fn texts(lang: &str) -> std::collections::BTreeMap<String, String> {
        fn walk(
            prefix: &str,
            v: &serde_json::Value,
            out: &mut std::collections::BTreeMap<String, String>,
        ) {
            match v {
                serde_json::Value::Object(map) => {
                    for (k, v) in map {
                        let key = if prefix.is_empty() {
                            k.clone()
                        } else {
                            format!("{prefix}.{k}")
                        };
                        walk(&key, v, out);
                    }
                }
                other => {
                    out.insert(
                        prefix.to_string(),
                        other.as_str().unwrap_or_default().to_string(),
                    );
                }
            }
        }
        let mut out = std::collections::BTreeMap::new();
        walk("", &super::locale_files(lang), &mut out);
        out
    }

    /// The `{{ name }}` placeholders in a text, in order.
    fn placeholders(text: &str) -> Vec<String> {
        text.split("{{")
            .skip(1)
            .filter_map(|part| part.split("}}").next())
            .map(|name| name.trim().to_string())
            .collect()
    }

    /// The build only warns when a language lacks a key (and then shows English); this fails.
    #[test]
    fn every_text_is_in_both_languages_with_the_same_placeholders() {
        let en = texts("en");
        let es = texts("es");
        assert!(en.len() > 40, "locales/en read");
        let missing: Vec<_> = en.keys().filter(|k| !es.contains_key(*k)).collect();
        let extra: Vec<_> = es.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "missing in locales/es: {missing:?}");
        assert!(extra.is_empty(), "in locales/es only: {extra:?}");
        for (key, text) in &en {
            assert!(!text.trim().is_empty(), "{key} is empty in locales/en");
            assert!(!es[key].trim().is_empty(), "{key} is empty in locales/es");
            // The same values, in whatever order the sentence of each language needs.
            let (mut a, mut b) = (placeholders(text), placeholders(&es[key]));
            a.sort();
            b.sort();
            assert_eq!(a, b, "{key}");
        }
    }

    #[test]
    fn placeholders_are_found() {
        assert_eq!(
            placeholders("Step {{ n }} of {{total}}"),
            vec!["n", "total"]
        );
        assert!(placeholders("none").is_empty());
    }
}
