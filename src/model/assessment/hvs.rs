//! The Hunger Vital Sign: two questions that screen for food insecurity. Wording, codes, rule and
//! worked examples from `reference/instruments.md` §3.

use super::ahc::FoodAnswer;
use super::instrument::{unanswered, Missing, Question};
use crate::model::lang::Lang;
use serde::{Deserialize, Serialize};

pub const NAME: &str = "Hunger Vital Sign\u{2122}";

pub const ATTRIBUTION: &str = "Content is from the Hunger Vital Sign Survey with permission: \u{a9} 2010 Dr. Erin Hager and Dr. Anna Quigg and the Children's HealthWatch research team (Hager ER et al., Pediatrics 2010;126(1):26-32).";

pub const QUESTIONS: [Question; 2] = [
    Question {
        number: 1,
        text: "Within the past 12 months we worried whether our food would run out before we got money to buy more.",
        loinc: "88122-7",
    },
    Question {
        number: 2,
        text: "Within the past 12 months the food we bought just didn't last and we didn't have money to get more.",
        loinc: "88123-5",
    },
];

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Hvs {
    pub worried: Option<FoodAnswer>,
    pub ran_out: Option<FoodAnswer>,
}

impl Hvs {
    /// `Ok(true)` is "At risk" of food insecurity: "often true" or "sometimes true" to either
    /// question. Scored once both are answered ("Don't know/refused" is an answer).
    pub fn at_risk(&self) -> Result<bool, Missing> {
        match (self.worried, self.ran_out) {
            (Some(a), Some(b)) => Ok(a.is_positive() || b.is_positive()),
            (a, b) => Err(Missing(unanswered(&[a, b], 1))),
        }
    }

    pub fn is_started(&self) -> bool {
        self.worried.is_some() || self.ran_out.is_some()
    }
}

/// The result as the form words it.
pub fn result_label(at_risk: bool) -> &'static str {
    if at_risk {
        "At risk"
    } else {
        "No risk"
    }
}

/// The result in `lang`.
pub fn result_label_in(at_risk: bool, lang: Lang) -> &'static str {
    match (lang, at_risk) {
        (Lang::En, _) => result_label(at_risk),
        (Lang::Es, true) => "En riesgo",
        (Lang::Es, false) => "Sin riesgo",
    }
}

#[cfg(test)]
mod tests {
    use super::FoodAnswer::*;
    use super::*;

    fn hvs(a: Option<FoodAnswer>, b: Option<FoodAnswer>) -> Hvs {
        Hvs {
            worried: a,
            ran_out: b,
        }
    }

    #[test]
    fn worked_examples_h1_to_h5() {
        assert_eq!(hvs(Some(Never), Some(Never)).at_risk(), Ok(false)); // H1
        assert_eq!(hvs(Some(Sometimes), Some(Never)).at_risk(), Ok(true)); // H2
        assert_eq!(hvs(Some(Never), Some(Often)).at_risk(), Ok(true)); // H3
        assert_eq!(hvs(Some(DontKnow), Some(Never)).at_risk(), Ok(false)); // H4
        assert_eq!(hvs(None, None).at_risk(), Err(Missing(vec![1, 2]))); // H5
    }

    #[test]
    fn one_answer_is_not_enough_to_score() {
        assert_eq!(hvs(Some(Often), None).at_risk(), Err(Missing(vec![2])));
        assert!(hvs(Some(Often), None).is_started());
        assert_eq!(result_label(true), "At risk");
        assert_eq!(result_label_in(true, Lang::En), "At risk");
        assert_eq!(result_label_in(false, Lang::Es), "Sin riesgo");
    }
}
