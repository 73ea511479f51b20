//! What all screening instruments share: numbered questions, answer choices with codes, and the
//! rule that an instrument is scored only when every question it needs has an answer.

use crate::model::lang::Lang;

/// A question as printed on the published form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// The question's number on the form, from 1.
    pub number: u8,
    pub text: &'static str,
    /// LOINC code of the question, for exports (empty where none is published).
    pub loinc: &'static str,
}

/// An answer choice: its score value, its exact wording and its LOINC answer code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answer {
    pub value: u8,
    pub label: &'static str,
    pub loinc: &'static str,
}

/// The numbers of the questions that still need an answer before a score can be given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing(pub Vec<u8>);

impl Missing {
    /// "Not scored yet: questions 4 and 7 still need an answer."
    pub fn plain(&self) -> String {
        self.plain_in(Lang::En)
    }

    /// The same in `lang`: "Todavía sin puntuación: falta responder la pregunta 4."
    pub fn plain_in(&self, lang: Lang) -> String {
        let numbers: Vec<String> = self.0.iter().map(u8::to_string).collect();
        if lang == Lang::Es {
            return match numbers.as_slice() {
                [] => "Todav\u{ed}a sin puntuaci\u{f3}n.".into(),
                [one] => {
                    format!("Todav\u{ed}a sin puntuaci\u{f3}n: falta responder la pregunta {one}.")
                }
                [init @ .., last] => format!(
                    "Todav\u{ed}a sin puntuaci\u{f3}n: falta responder las preguntas {} y {last}.",
                    init.join(", ")
                ),
            };
        }
        match numbers.as_slice() {
            [] => "Not scored yet.".into(),
            [one] => format!("Not scored yet: question {one} still needs an answer."),
            [init @ .., last] => format!(
                "Not scored yet: questions {} and {last} still need an answer.",
                init.join(", ")
            ),
        }
    }
}

/// Whether a screen points to a possible need. A screen with unanswered questions is neither.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScreenResult {
    Positive,
    Negative,
    Incomplete(Missing),
}

impl ScreenResult {
    pub fn is_positive(&self) -> bool {
        *self == ScreenResult::Positive
    }
}

/// The 1-based numbers of unanswered items, numbering from `first`.
pub(crate) fn unanswered<T>(items: &[Option<T>], first: u8) -> Vec<u8> {
    items
        .iter()
        .zip(first..)
        .filter(|(answer, _)| answer.is_none())
        .map(|(_, number)| number)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_questions_are_named_in_plain_words() {
        assert_eq!(
            Missing(vec![4]).plain(),
            "Not scored yet: question 4 still needs an answer."
        );
        assert_eq!(
            Missing(vec![4, 7, 9]).plain(),
            "Not scored yet: questions 4, 7 and 9 still need an answer."
        );
        assert_eq!(
            Missing(vec![4]).plain_in(Lang::En),
            Missing(vec![4]).plain()
        );
        assert_eq!(
            Missing(vec![4]).plain_in(Lang::Es),
            "Todav\u{ed}a sin puntuaci\u{f3}n: falta responder la pregunta 4."
        );
        assert_eq!(
            Missing(vec![4, 7, 9]).plain_in(Lang::Es),
            "Todav\u{ed}a sin puntuaci\u{f3}n: falta responder las preguntas 4, 7 y 9."
        );
    }

    #[test]
    fn unanswered_counts_from_the_first_number() {
        assert_eq!(unanswered(&[Some(1), None, Some(0), None], 1), vec![2, 4]);
        assert_eq!(unanswered(&[None::<u8>, Some(1)], 7), vec![7]);
    }
}
