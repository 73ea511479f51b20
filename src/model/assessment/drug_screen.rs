//! The single-question drug screen (Smith PC, Schmidt SM, Allensworth-Davies D, Saitz R, Arch
//! Intern Med 2010;170(13):1155-60): how many times in the past year. Positive at 1 or more.
//! Wording, rule and worked examples from `reference/instruments.md` §10. No LOINC code is given
//! there for this question, so exports name it by its text.

use serde::{Deserialize, Serialize};

pub const NAME: &str = "Single-question drug screen";

pub const QUESTION: &str = "How many times in the past year have you used an illegal drug or used a prescription medication for nonmedical reasons?";

pub const ATTRIBUTION: &str = "Smith PC, Schmidt SM, Allensworth-Davies D, Saitz R. A single-question screening test for drug use in primary care. Arch Intern Med 2010;170(13):1155-60 (PMID 20625025). A published research question; no licence terms were found.";

/// The largest number the form takes (more is almost certainly a typing mistake).
pub const MAX_TIMES: u32 = 10_000;

/// The answer: a number of times, or that the person chose not to answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DrugScreen {
    pub times: Option<u32>,
    /// The person did not want to answer: no result (not a negative one).
    pub declined: bool,
}

/// Why a typed number was refused. The words are the interface's (`locales/*/drug_screen.json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimesError {
    /// Below zero ("-1").
    Negative,
    /// Not a whole number ("2.5").
    NotWhole,
    /// Not a number at all ("twice").
    NotNumber,
    /// More than [`MAX_TIMES`].
    TooLarge,
}

/// Reads a typed number of times: `Ok(None)` when the box is empty, the number when it is a
/// whole number from 0 to [`MAX_TIMES`] (spaces around it are fine), and why not otherwise.
pub fn parse_times(text: &str) -> Result<Option<u32>, TimesError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().all(|c| c.is_ascii_digit()) {
        return match text.parse::<u32>() {
            Ok(n) if n <= MAX_TIMES => Ok(Some(n)),
            _ => Err(TimesError::TooLarge),
        };
    }
    match text.replace(',', ".").parse::<f64>() {
        Ok(n) if n.is_finite() && n < 0.0 => Err(TimesError::Negative),
        Ok(n) if n.is_finite() => Err(TimesError::NotWhole),
        _ => Err(TimesError::NotNumber),
    }
}

impl DrugScreen {
    /// `Some(true)` at 1 or more times, `Some(false)` at 0; `None` while unanswered or when
    /// the person chose not to answer.
    pub fn positive(&self) -> Option<bool> {
        if self.declined {
            return None;
        }
        self.times.map(|n| n >= 1)
    }

    /// Records a number of times (or clears it): an answer replaces "did not want to answer".
    pub fn set_times(&mut self, times: Option<u32>) {
        self.times = times;
        if times.is_some() {
            self.declined = false;
        }
    }

    /// Records that the person did not want to answer (and forgets a number), or undoes it.
    pub fn set_declined(&mut self, declined: bool) {
        self.declined = declined;
        if declined {
            self.times = None;
        }
    }

    pub fn is_started(&self) -> bool {
        self.times.is_some() || self.declined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(times: u32) -> DrugScreen {
        DrugScreen {
            times: Some(times),
            declined: false,
        }
    }

    #[test]
    fn worked_examples_d1_to_d3() {
        assert_eq!(answered(0).positive(), Some(false)); // D1
        assert_eq!(answered(1).positive(), Some(true)); // D2
        let mut d3 = DrugScreen::default();
        d3.set_declined(true);
        assert_eq!(d3.positive(), None, "not wanting to answer is not negative"); // D3
        assert!(d3.is_started());
    }

    #[test]
    fn a_large_number_is_positive_and_unanswered_is_no_result() {
        assert_eq!(answered(365).positive(), Some(true));
        assert_eq!(answered(MAX_TIMES).positive(), Some(true));
        assert_eq!(DrugScreen::default().positive(), None);
        assert!(!DrugScreen::default().is_started());
    }

    #[test]
    fn typed_numbers_are_read_and_bad_ones_refused_with_a_reason() {
        assert_eq!(parse_times("0"), Ok(Some(0)));
        assert_eq!(parse_times(" 1 "), Ok(Some(1)));
        assert_eq!(parse_times("250"), Ok(Some(250)));
        assert_eq!(parse_times(""), Ok(None));
        assert_eq!(parse_times("   "), Ok(None));
        assert_eq!(parse_times("-1"), Err(TimesError::Negative));
        assert_eq!(parse_times("-0.5"), Err(TimesError::Negative));
        assert_eq!(parse_times("2.5"), Err(TimesError::NotWhole));
        assert_eq!(parse_times("2,5"), Err(TimesError::NotWhole));
        assert_eq!(parse_times("twice"), Err(TimesError::NotNumber));
        assert_eq!(parse_times("3 times"), Err(TimesError::NotNumber));
        assert_eq!(parse_times("NaN"), Err(TimesError::NotNumber));
        assert_eq!(parse_times("inf"), Err(TimesError::NotNumber));
        assert_eq!(parse_times("10001"), Err(TimesError::TooLarge));
        assert_eq!(
            parse_times("99999999999999999999"),
            Err(TimesError::TooLarge)
        );
    }

    #[test]
    fn a_number_and_not_wanting_to_answer_replace_each_other() {
        let mut d = DrugScreen::default();
        d.set_times(Some(3));
        d.set_declined(true);
        assert_eq!((d.times, d.declined), (None, true));
        d.set_times(Some(0));
        assert_eq!((d.times, d.declined), (Some(0), false));
        d.set_times(None);
        assert!(!d.is_started());
    }

    #[test]
    fn stored_answers_round_trip_and_old_plans_load() {
        let d = answered(4);
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json, r#"{"times":4,"declined":false}"#);
        assert_eq!(serde_json::from_str::<DrugScreen>(&json).unwrap(), d);
        assert_eq!(
            serde_json::from_str::<DrugScreen>("{}").unwrap(),
            DrugScreen::default()
        );
    }
}
