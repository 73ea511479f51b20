//! The language of text the model composes itself (a goal as one sentence, a date in words),
//! where word order and grammar differ by language so a template in the interface text cannot
//! do it. The interface passes the chosen language; files keep the model's English.

/// A language the model can write in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// From a language code as the interface names it ("es", "es-MX"); English otherwise.
    pub fn from_code(code: &str) -> Self {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("es") {
            Lang::Es
        } else {
            Lang::En
        }
    }
}

/// For tests of text meant to be Spanish: the English words it still holds ("the", "is",
/// "plan" is both, so only words that are never Spanish count).
#[cfg(test)]
pub fn english_words(text: &str) -> Vec<String> {
    const ENGLISH: &[&str] = &[
        "the", "is", "are", "this", "that", "was", "were", "and", "not", "your", "you", "could",
        "cannot", "be", "been", "has", "have", "of", "to", "in", "it", "with", "file", "saved",
        "save", "plans", "browser", "tab", "version", "copy", "nothing",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

/// Asserts that `es` reads as Spanish and differs from the English `en`.
#[cfg(test)]
pub fn assert_spanish(en: &str, es: &str) {
    assert!(!es.trim().is_empty(), "empty Spanish for {en:?}");
    assert_ne!(en, es, "not translated");
    assert!(
        english_words(es).is_empty(),
        "English words {:?} in {es:?}",
        english_words(es)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_name_their_language_and_anything_else_is_english() {
        assert_eq!(Lang::from_code("es"), Lang::Es);
        assert_eq!(Lang::from_code("es-MX"), Lang::Es);
        assert_eq!(Lang::from_code("ES"), Lang::Es);
        assert_eq!(Lang::from_code("en"), Lang::En);
        assert_eq!(Lang::from_code(""), Lang::En);
        assert_eq!(Lang::from_code("fr"), Lang::En);
    }
}
