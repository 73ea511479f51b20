//! GAD-7 and its first two questions, the GAD-2: an anxiety screen. Wording, bands and worked
//! examples from `reference/instruments.md` §8 (Spitzer, Kroenke, Williams, Löwe 2006); the
//! LOINC codes of the questions from LOINC's own panel 69737-5 (see docs/clinical.md).

use super::instrument::{unanswered, Answer, Missing, Question};
use super::phq9;
use crate::model::lang::Lang;
use serde::{Deserialize, Serialize};

pub use super::phq9::Difficulty;

pub const NAME: &str = "GAD-7 (Generalized Anxiety Disorder)";

pub const STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by the following problems?";

/// The form footer, shown with the questions (the same as the PHQ-9's).
pub const ATTRIBUTION: &str = "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.";

/// LOINC panel code of the GAD-7.
pub const PANEL_LOINC: &str = "69737-5";

pub const QUESTIONS: [Question; 7] = [
    q(1, "Feeling nervous, anxious, or on edge", "69725-0"),
    q(2, "Not being able to stop or control worrying", "68509-9"),
    q(3, "Worrying too much about different things", "69733-4"),
    q(4, "Trouble relaxing", "69734-2"),
    q(
        5,
        "Being so restless that it is hard to sit still",
        "69735-9",
    ),
    q(6, "Becoming easily annoyed or irritable", "69689-8"),
    q(
        7,
        "Feeling afraid, as if something awful might happen",
        "69736-7",
    ),
];

/// The same four answers as the PHQ-9, with the same scores.
pub const CHOICES: [Answer; 4] = phq9::CHOICES;

/// The unscored question after the seven (unnumbered on the form). LOINC's GAD-7 panel has no
/// code for it, so it has none here.
pub const DIFFICULTY_QUESTION: Question = q(
    8,
    "If you checked any problems, how difficult have they made it for you to do your work, take care of things at home, or get along with other people?",
    "",
);

const fn q(number: u8, text: &'static str, loinc: &'static str) -> Question {
    Question {
        number,
        text,
        loinc,
    }
}

/// The LOINC answer for question `number` scored `value`, as LOINC's GAD-7 panel codes it.
/// The panel reuses question 2 (68509-9) from another form, whose answer worth 2 is "More days
/// than not" (LA18938-3); every other answer is the form's own.
pub fn loinc_answer(number: u8, value: u8) -> Option<Answer> {
    if number == 2 && value == 2 {
        return Some(Answer {
            value: 2,
            label: "More days than not",
            loinc: "LA18938-3",
        });
    }
    CHOICES.iter().copied().find(|c| c.value == value)
}

/// The answers given, one per question; `None` until answered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Gad7 {
    pub items: [Option<u8>; 7],
    pub difficulty: Option<Difficulty>,
}

/// The severity bands of the GAD-7 total (Spitzer 2006).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    Minimal,
    Mild,
    Moderate,
    Severe,
}

impl Band {
    pub fn of(total: u8) -> Self {
        match total {
            0..=4 => Band::Minimal,
            5..=9 => Band::Mild,
            10..=14 => Band::Moderate,
            _ => Band::Severe,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Band::Minimal => "minimal",
            Band::Mild => "mild",
            Band::Moderate => "moderate",
            Band::Severe => "severe",
        }
    }

    /// The band in `lang`; in Spanish it agrees with "ansiedad" and "intensidad" (feminine).
    pub fn label_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.label(),
            Lang::Es => match self {
                Band::Minimal => "m\u{ed}nima",
                Band::Mild => "leve",
                Band::Moderate => "moderada",
                Band::Severe => "grave",
            },
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// Sum of questions 1 to 7, 0 to 21.
    pub total: u8,
    pub band: Band,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gad2Score {
    /// Questions 1 and 2, 0 to 6.
    pub total: u8,
    /// 3 or more is a positive screen.
    pub positive: bool,
}

impl Gad7 {
    /// The answer to question `number` (1 to 7), ignoring values no choice has.
    pub fn answer(&self, number: usize) -> Option<u8> {
        self.items
            .get(number.checked_sub(1)?)
            .copied()
            .flatten()
            .filter(|v| *v <= 3)
    }

    fn answers(&self) -> [Option<u8>; 7] {
        std::array::from_fn(|i| self.answer(i + 1))
    }

    /// The GAD-2 score, once questions 1 and 2 are answered.
    pub fn gad2(&self) -> Result<Gad2Score, Missing> {
        let first_two = &self.answers()[..2];
        let missing = unanswered(first_two, 1);
        if !missing.is_empty() {
            return Err(Missing(missing));
        }
        let total = first_two.iter().flatten().sum::<u8>();
        Ok(Gad2Score {
            total,
            positive: total >= 3,
        })
    }

    /// The GAD-7 score, only when all seven questions are answered (app rule, as for the
    /// PHQ-9: the reference has no published rule for missing items).
    pub fn score(&self) -> Result<Score, Missing> {
        let answers = self.answers();
        let missing = unanswered(&answers, 1);
        if !missing.is_empty() {
            return Err(Missing(missing));
        }
        let total = answers.iter().flatten().sum::<u8>();
        Ok(Score {
            total,
            band: Band::of(total),
        })
    }

    /// Whether any question has an answer.
    pub fn is_started(&self) -> bool {
        self.answers().iter().any(Option::is_some) || self.difficulty.is_some()
    }

    /// Anxiety screen result used to propose a need: the full GAD-7 when complete (10 or more,
    /// where the authors recommend further evaluation), otherwise the GAD-2 (3 or more). App
    /// policy, documented in docs/clinical.md.
    pub fn points_to_anxiety(&self) -> bool {
        match (self.score(), self.gad2()) {
            (Ok(score), _) => score.total >= 10,
            (Err(_), Ok(gad2)) => gad2.positive,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(items: [u8; 7]) -> Gad7 {
        Gad7 {
            items: items.map(Some),
            difficulty: None,
        }
    }

    #[test]
    fn worked_examples_a1_to_a6() {
        // (items, total, band, GAD-2 total, GAD-2 positive)
        let cases = [
            ([0, 0, 0, 0, 0, 0, 0], 0, Band::Minimal, 0, false),
            ([1, 1, 1, 1, 0, 0, 0], 4, Band::Minimal, 2, false),
            ([2, 1, 1, 1, 0, 0, 0], 5, Band::Mild, 3, true),
            ([2, 2, 2, 1, 1, 1, 1], 10, Band::Moderate, 4, true),
            ([3, 3, 2, 2, 2, 1, 2], 15, Band::Severe, 6, true),
            ([3, 3, 3, 3, 3, 3, 3], 21, Band::Severe, 6, true),
        ];
        for (items, total, band, g2, g2_positive) in cases {
            let gad = with(items);
            assert_eq!(gad.score(), Ok(Score { total, band }), "{items:?}");
            assert_eq!(
                gad.gad2(),
                Ok(Gad2Score {
                    total: g2,
                    positive: g2_positive
                }),
                "{items:?}"
            );
        }
    }

    #[test]
    fn band_boundaries() {
        let expected = [
            (0, Band::Minimal),
            (4, Band::Minimal),
            (5, Band::Mild),
            (9, Band::Mild),
            (10, Band::Moderate),
            (14, Band::Moderate),
            (15, Band::Severe),
            (21, Band::Severe),
        ];
        for (total, band) in expected {
            assert_eq!(Band::of(total), band, "{total}");
        }
        // The same edges from answers: 9 and 14 one below, 10 and 15 at the edge.
        assert_eq!(
            with([2, 2, 2, 1, 1, 1, 0]).score().map(|s| s.band),
            Ok(Band::Mild)
        );
        assert_eq!(
            with([2, 2, 2, 2, 2, 2, 2])
                .score()
                .map(|s| (s.total, s.band)),
            Ok((14, Band::Moderate))
        );
        assert_eq!(
            with([3, 2, 2, 2, 2, 2, 2])
                .score()
                .map(|s| (s.total, s.band)),
            Ok((15, Band::Severe))
        );
    }

    #[test]
    fn gad2_cut_point_is_three() {
        let mut gad = Gad7::default();
        gad.items[0] = Some(1);
        gad.items[1] = Some(1);
        assert_eq!(
            gad.gad2(),
            Ok(Gad2Score {
                total: 2,
                positive: false
            })
        );
        gad.items[1] = Some(2);
        assert_eq!(
            gad.gad2(),
            Ok(Gad2Score {
                total: 3,
                positive: true
            })
        );
    }

    #[test]
    fn incomplete_is_not_scored_and_names_the_missing_questions() {
        let mut gad = with([1; 7]);
        gad.items[3] = None;
        gad.items[6] = None;
        assert_eq!(gad.score(), Err(Missing(vec![4, 7])));
        assert!(gad.gad2().is_ok(), "GAD-2 needs only questions 1 and 2");
        let empty = Gad7::default();
        assert_eq!(empty.gad2(), Err(Missing(vec![1, 2])));
        assert_eq!(empty.score(), Err(Missing(vec![1, 2, 3, 4, 5, 6, 7])));
        assert!(!empty.is_started());
        assert!(!empty.points_to_anxiety());
        let mut one = Gad7::default();
        one.items[0] = Some(3);
        assert!(one.is_started());
        assert_eq!(one.gad2(), Err(Missing(vec![2])));
        assert!(!one.points_to_anxiety(), "not scored, not proposed");
    }

    #[test]
    fn out_of_range_values_count_as_unanswered() {
        let mut gad = with([0; 7]);
        gad.items[6] = Some(4);
        assert_eq!(gad.score(), Err(Missing(vec![7])));
        assert_eq!(gad.answer(0), None);
        assert_eq!(gad.answer(8), None);
    }

    #[test]
    fn difficulty_is_never_added_to_the_total() {
        let mut gad = with([1; 7]);
        gad.difficulty = Some(Difficulty::Extremely);
        assert_eq!(gad.score().map(|s| s.total), Ok(7));
    }

    #[test]
    fn anxiety_need_uses_the_full_score_when_there_is_one() {
        // A3: GAD-2 positive but the full GAD-7 only mild.
        assert!(!with([2, 1, 1, 1, 0, 0, 0]).points_to_anxiety());
        assert!(with([2, 2, 2, 1, 1, 1, 1]).points_to_anxiety());
        assert!(
            !with([2, 2, 2, 1, 1, 1, 0]).points_to_anxiety(),
            "9 is below 10"
        );
        let mut only_two = Gad7::default();
        only_two.items[0] = Some(2);
        only_two.items[1] = Some(1);
        assert!(only_two.points_to_anxiety());
        only_two.items[1] = Some(0);
        assert!(!only_two.points_to_anxiety());
    }

    #[test]
    fn stored_answers_round_trip_and_old_assessments_have_none() {
        let mut gad = with([3, 2, 1, 0, 1, 2, 3]);
        gad.difficulty = Some(Difficulty::Somewhat);
        let json = serde_json::to_value(&gad).unwrap_or_default();
        assert_eq!(
            json,
            serde_json::json!({ "items": [3, 2, 1, 0, 1, 2, 3], "difficulty": "somewhat" })
        );
        let back: Gad7 = serde_json::from_value(json).unwrap_or_default();
        assert_eq!(back, gad);
        let empty: Gad7 = serde_json::from_str("{}").unwrap_or_else(|_| with([3; 7]));
        assert_eq!(empty, Gad7::default());
    }

    #[test]
    fn loinc_codes_of_the_answers() {
        assert_eq!(loinc_answer(1, 2).map(|a| a.loinc), Some("LA6570-1"));
        assert_eq!(loinc_answer(2, 2).map(|a| a.loinc), Some("LA18938-3"));
        assert_eq!(loinc_answer(2, 3).map(|a| a.loinc), Some("LA6571-9"));
        assert_eq!(loinc_answer(7, 0).map(|a| a.loinc), Some("LA6568-5"));
        assert_eq!(loinc_answer(3, 4), None);
        let mut codes: Vec<_> = QUESTIONS.iter().map(|q| q.loinc).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 7);
    }

    #[test]
    fn bands_in_both_languages() {
        assert_eq!(Band::of(12).label_in(Lang::En), "moderate");
        assert_eq!(Band::of(12).label_in(Lang::Es), "moderada");
        assert_eq!(Band::of(17).label_in(Lang::Es), "grave");
        assert_eq!(Band::of(2).label_in(Lang::Es), "m\u{ed}nima");
        assert_eq!(Band::of(7).label_in(Lang::Es), "leve");
    }
}
