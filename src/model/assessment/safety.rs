//! The crisis line shown beside a safety flag. 988 in the US by default; an agency will be able
//! to set its own (see the agency configuration issue).

use crate::model::lang::Lang;

/// How to reach urgent help, shown when a screen raises a safety flag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrisisLine {
    /// What to do, in one or two plain sentences.
    pub lines: Vec<String>,
    /// Whom to call in immediate danger.
    pub emergency: String,
}

impl Default for CrisisLine {
    /// The 988 Suicide & Crisis Lifeline (US), as worded in `reference/instruments.md` §7.
    fn default() -> Self {
        Self::default_in(Lang::En)
    }
}

impl CrisisLine {
    /// The 988 lines in `lang`. The Spanish is composed from the same verified facts
    /// (`reference/instruments.md` §7: call, text or chat; 1 for veterans; 2 for Spanish); it
    /// claims nothing more, such as texting in Spanish.
    pub fn default_in(lang: Lang) -> Self {
        match lang {
            Lang::En => Self {
                lines: vec![
                    "If you are having thoughts of hurting yourself, call or text 988 or chat at 988lifeline.org (988 Suicide & Crisis Lifeline: free, confidential, 24/7).".into(),
                    "Veterans: dial 988 and press 1.".into(),
                ],
                emergency: "If you are in immediate danger, call 911.".into(),
            },
            Lang::Es => Self {
                lines: vec![
                    "Si tiene pensamientos de hacerse daño, llame o envíe un mensaje de texto al 988, o chatee en 988lifeline.org (la línea 988 de prevención del suicidio y crisis: gratis, confidencial, las 24 horas, todos los días).".into(),
                    "Para hablar en español, llame al 988 y marque el 2.".into(),
                    "Veteranos: marquen el 988 y luego el 1.".into(),
                ],
                emergency: "Si está en peligro inmediato, llame al 911.".into(),
            },
        }
    }

    /// The lines to show in `lang`, and whether they are in `lang`: the app's own 988 lines
    /// are; an agency's own words (config.json) are shown as written, taken to be English.
    pub fn shown_in(&self, lang: Lang) -> (CrisisLine, bool) {
        if *self == Self::default() {
            (Self::default_in(lang), true)
        } else {
            (self.clone(), lang == Lang::En)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_988_lines_are_in_the_language_shown_and_an_agencys_own_stay_as_written() {
        let (es, translated) = CrisisLine::default().shown_in(Lang::Es);
        assert!(translated);
        assert_eq!(es, CrisisLine::default_in(Lang::Es));
        assert!(es.lines[0].contains("llame o envíe un mensaje de texto al 988"));
        assert!(es.lines.iter().any(|l| l.contains("marque el 2")));
        assert_eq!(es.emergency, "Si está en peligro inmediato, llame al 911.");
        for line in es.lines.iter().chain([&es.emergency]) {
            crate::model::lang::assert_spanish("", line);
        }
        assert_eq!(
            CrisisLine::default().shown_in(Lang::En),
            (CrisisLine::default(), true)
        );

        let agency = CrisisLine {
            lines: vec!["Call the Eastside crisis line: 555-0199.".into()],
            emergency: "In danger now? Call 911.".into(),
        };
        assert_eq!(agency.shown_in(Lang::Es), (agency.clone(), false));
        assert_eq!(agency.shown_in(Lang::En), (agency.clone(), true));
    }
}
