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
