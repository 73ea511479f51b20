//! PHQ-9 and its first two questions, the PHQ-2: a depression screen. Wording, codes, bands and
//! worked examples from `reference/instruments.md` §1.

use super::instrument::{unanswered, Answer, Missing, Question};
use crate::model::choice::Choice;
use crate::model::lang::Lang;
use serde::{Deserialize, Serialize};

pub const NAME: &str = "PHQ-9 (Patient Health Questionnaire)";

pub const STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

/// The form footer, shown with the questions.
pub const ATTRIBUTION: &str = "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.";

pub const QUESTIONS: [Question; 9] = [
    q(1, "Little interest or pleasure in doing things", "44250-9"),
    q(2, "Feeling down, depressed, or hopeless", "44255-8"),
    q(3, "Trouble falling or staying asleep, or sleeping too much", "44259-0"),
    q(4, "Feeling tired or having little energy", "44254-1"),
    q(5, "Poor appetite or overeating", "44251-7"),
    q(6, "Feeling bad about yourself \u{2014} or that you are a failure or have let yourself or your family down", "44258-2"),
    q(7, "Trouble concentrating on things, such as reading the newspaper or watching television", "44252-5"),
    q(8, "Moving or speaking so slowly that other people could have noticed? Or the opposite \u{2014} being so fidgety or restless that you have been moving around a lot more than usual", "44253-3"),
    q(9, "Thoughts that you would be better off dead or of hurting yourself in some way", "44260-8"),
];

pub const CHOICES: [Answer; 4] = [
    Answer {
        value: 0,
        label: "Not at all",
        loinc: "LA6568-5",
    },
    Answer {
        value: 1,
        label: "Several days",
        loinc: "LA6569-3",
    },
    Answer {
        value: 2,
        label: "More than half the days",
        loinc: "LA6570-1",
    },
    Answer {
        value: 3,
        label: "Nearly every day",
        loinc: "LA6571-9",
    },
];

/// Question 10: how hard the problems make daily life. Recorded, never added to the total.
pub const DIFFICULTY_QUESTION: Question = q(
    10,
    "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
    "69722-7",
);

const fn q(number: u8, text: &'static str, loinc: &'static str) -> Question {
    Question {
        number,
        text,
        loinc,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Difficulty {
    NotDifficult,
    Somewhat,
    Very,
    Extremely,
}

impl Choice for Difficulty {
    const ALL: &'static [Difficulty] = &[
        Difficulty::NotDifficult,
        Difficulty::Somewhat,
        Difficulty::Very,
        Difficulty::Extremely,
    ];

    fn code(self) -> &'static str {
        match self {
            Difficulty::NotDifficult => "not-difficult",
            Difficulty::Somewhat => "somewhat",
            Difficulty::Very => "very",
            Difficulty::Extremely => "extremely",
        }
    }
}

impl Difficulty {
    pub fn label(self) -> &'static str {
        match self {
            Difficulty::NotDifficult => "Not difficult at all",
            Difficulty::Somewhat => "Somewhat difficult",
            Difficulty::Very => "Very difficult",
            Difficulty::Extremely => "Extremely difficult",
        }
    }

    pub fn loinc(self) -> &'static str {
        match self {
            Difficulty::NotDifficult => "LA6572-7",
            Difficulty::Somewhat => "LA6573-5",
            Difficulty::Very => "LA6575-0",
            Difficulty::Extremely => "LA6574-3",
        }
    }
}

/// The answers given, one per question; `None` until answered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Phq9 {
    pub items: [Option<u8>; 9],
    pub difficulty: Option<Difficulty>,
}

/// The severity bands of the PHQ-9 total (Kroenke 2001).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    Minimal,
    Mild,
    Moderate,
    ModeratelySevere,
    Severe,
}

impl Band {
    pub fn of(total: u8) -> Self {
        match total {
            0..=4 => Band::Minimal,
            5..=9 => Band::Mild,
            10..=14 => Band::Moderate,
            15..=19 => Band::ModeratelySevere,
            _ => Band::Severe,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Band::Minimal => "minimal",
            Band::Mild => "mild",
            Band::Moderate => "moderate",
            Band::ModeratelySevere => "moderately severe",
            Band::Severe => "severe",
        }
    }

    /// The band in `lang`; in Spanish it agrees with "depresión" and "intensidad" (feminine).
    pub fn label_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.label(),
            Lang::Es => match self {
                Band::Minimal => "m\u{ed}nima",
                Band::Mild => "leve",
                Band::Moderate => "moderada",
                Band::ModeratelySevere => "moderadamente grave",
                Band::Severe => "grave",
            },
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// Sum of questions 1 to 9, 0 to 27.
    pub total: u8,
    pub band: Band,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phq2Score {
    /// Questions 1 and 2, 0 to 6.
    pub total: u8,
    /// 3 or more is a positive screen.
    pub positive: bool,
}

impl Phq9 {
    /// The answer to question `number` (1 to 9), ignoring values no choice has.
    pub fn answer(&self, number: usize) -> Option<u8> {
        self.items
            .get(number.checked_sub(1)?)
            .copied()
            .flatten()
            .filter(|v| *v <= 3)
    }

    fn answers(&self) -> [Option<u8>; 9] {
        std::array::from_fn(|i| self.answer(i + 1))
    }

    /// The PHQ-2 score, once questions 1 and 2 are answered.
    pub fn phq2(&self) -> Result<Phq2Score, Missing> {
        let first_two = &self.answers()[..2];
        let missing = unanswered(first_two, 1);
        if !missing.is_empty() {
            return Err(Missing(missing));
        }
        let total = first_two.iter().flatten().sum::<u8>();
        Ok(Phq2Score {
            total,
            positive: total >= 3,
        })
    }

    /// The PHQ-9 score, only when all nine questions are answered (app rule: the reference
    /// has no published rule for missing items).
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

    /// Question 9 answered above "Not at all": show the safety message and flag for follow-up,
    /// whatever the total and even before the rest is answered.
    pub fn self_harm_flag(&self) -> bool {
        self.answer(9).is_some_and(|v| v >= 1)
    }

    /// Whether any question has an answer.
    pub fn is_started(&self) -> bool {
        self.answers().iter().any(Option::is_some) || self.difficulty.is_some()
    }

    /// Depression screen result used to propose a need: the full PHQ-9 when complete (moderate
    /// or above, 10+), otherwise the PHQ-2 (3+). App policy, documented in docs/clinical.md.
    pub fn points_to_depression(&self) -> bool {
        match (self.score(), self.phq2()) {
            (Ok(score), _) => score.total >= 10,
            (Err(_), Ok(phq2)) => phq2.positive,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(items: [u8; 9]) -> Phq9 {
        Phq9 {
            items: items.map(Some),
            difficulty: None,
        }
    }

    #[test]
    fn worked_examples_p1_to_p4() {
        // (items, total, band, PHQ-2 total, PHQ-2 positive, item-9 flag)
        let cases = [
            (
                [0, 0, 0, 0, 0, 0, 0, 0, 0],
                0,
                Band::Minimal,
                0,
                false,
                false,
            ),
            ([2, 1, 1, 1, 0, 1, 1, 0, 0], 7, Band::Mild, 3, true, false),
            (
                [3, 3, 2, 2, 2, 2, 2, 1, 1],
                18,
                Band::ModeratelySevere,
                6,
                true,
                true,
            ),
            ([1, 1, 1, 1, 1, 1, 1, 1, 1], 9, Band::Mild, 2, false, true),
        ];
        for (items, total, band, p2, p2_positive, flag) in cases {
            let phq = with(items);
            assert_eq!(phq.score(), Ok(Score { total, band }), "{items:?}");
            assert_eq!(
                phq.phq2(),
                Ok(Phq2Score {
                    total: p2,
                    positive: p2_positive
                })
            );
            assert_eq!(phq.self_harm_flag(), flag, "{items:?}");
        }
    }

    #[test]
    fn band_boundaries() {
        let expected = [
            (4, Band::Minimal),
            (5, Band::Mild),
            (9, Band::Mild),
            (10, Band::Moderate),
            (14, Band::Moderate),
            (15, Band::ModeratelySevere),
            (19, Band::ModeratelySevere),
            (20, Band::Severe),
            (27, Band::Severe),
        ];
        for (total, band) in expected {
            assert_eq!(Band::of(total), band, "{total}");
        }
        assert_eq!(with([3; 9]).score().map(|s| s.total), Ok(27));
    }

    #[test]
    fn phq2_cut_point_is_three() {
        let mut phq = Phq9::default();
        phq.items[0] = Some(1);
        phq.items[1] = Some(1);
        assert!(!phq.phq2().unwrap().positive);
        phq.items[1] = Some(2);
        assert!(phq.phq2().unwrap().positive);
    }

    #[test]
    fn incomplete_is_not_scored_and_names_the_missing_questions() {
        let mut phq = with([1; 9]);
        phq.items[3] = None;
        phq.items[6] = None;
        assert_eq!(phq.score(), Err(Missing(vec![4, 7])));
        assert!(phq.phq2().is_ok(), "PHQ-2 needs only questions 1 and 2");
        let empty = Phq9::default();
        assert_eq!(empty.phq2(), Err(Missing(vec![1, 2])));
        assert!(!empty.is_started());
    }

    #[test]
    fn out_of_range_values_count_as_unanswered() {
        let mut phq = with([0; 9]);
        phq.items[8] = Some(7);
        assert_eq!(phq.score(), Err(Missing(vec![9])));
        assert!(!phq.self_harm_flag());
    }

    #[test]
    fn item_nine_flags_even_when_the_rest_is_unanswered() {
        let mut phq = Phq9::default();
        phq.items[8] = Some(1);
        assert!(phq.self_harm_flag());
        phq.items[8] = Some(0);
        assert!(!phq.self_harm_flag());
    }

    #[test]
    fn difficulty_is_never_added_to_the_total() {
        let mut phq = with([1; 9]);
        phq.difficulty = Some(Difficulty::Extremely);
        assert_eq!(phq.score().unwrap().total, 9);
    }

    #[test]
    fn depression_need_uses_the_full_score_when_there_is_one() {
        // P2: PHQ-2 positive but the full PHQ-9 is only mild.
        assert!(!with([2, 1, 1, 1, 0, 1, 1, 0, 0]).points_to_depression());
        assert!(with([3, 3, 2, 2, 2, 2, 2, 1, 1]).points_to_depression());
        let mut only_two = Phq9::default();
        only_two.items[0] = Some(2);
        only_two.items[1] = Some(1);
        assert!(only_two.points_to_depression());
        assert!(!Phq9::default().points_to_depression());
    }

    #[test]
    fn bands_in_both_languages() {
        assert_eq!(Band::of(12).label_in(Lang::En), "moderate");
        assert_eq!(Band::of(12).label_in(Lang::Es), "moderada");
        assert_eq!(Band::of(17).label_in(Lang::Es), "moderadamente grave");
        assert_eq!(Band::of(2).label_in(Lang::Es), "m\u{ed}nima");
    }
}
