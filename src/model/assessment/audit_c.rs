//! AUDIT-C: the first three questions of the WHO AUDIT, a screen for hazardous drinking.
//! Wording (WHO/US), points, LOINC codes, cut-offs and worked examples from
//! `reference/instruments.md` §9.
//!
//! The total is 0 to 12; it is positive at 4 or more with the cut-off for men and at 3 or more
//! with the cut-off for women. The plan does not record the person's sex, so the form asks which
//! cut-off to score with, and every result says which one it used.

use super::instrument::{unanswered, Answer, Missing, Question};
use crate::model::choice::Choice;
use crate::model::lang::Lang;
use serde::{Deserialize, Serialize};

pub const NAME: &str = "AUDIT-C (alcohol)";

/// The LOINC panel, the questionnaire the answers are exported against.
pub const PANEL_LOINC: &str = "72109-2";
pub const PANEL_TEXT: &str = "Alcohol Use Disorder Identification Test - Consumption [AUDIT-C]";
/// The LOINC code of the total and its long common name.
pub const TOTAL_LOINC: &str = "75626-2";
pub const TOTAL_TEXT: &str = "Total score [AUDIT-C]";

pub const ATTRIBUTION: &str = "Questions 1 to 3 of the AUDIT (Alcohol Use Disorders Identification Test; Babor, Higgins-Biddle, Saunders and Monteiro, World Health Organization, 2001), US wording. As a WHO-approved instrument, the AUDIT is in the public domain. AUDIT-C scoring: Bush K et al., Arch Intern Med 1998;158:1789-95; cut-offs as in Bradley KA et al. 2003.";

pub const QUESTIONS: [Question; 3] = [
    Question {
        number: 1,
        text: "How often do you have a drink containing alcohol?",
        loinc: "68518-0",
    },
    Question {
        number: 2,
        text:
            "How many drinks containing alcohol do you have on a typical day when you are drinking?",
        loinc: "68519-8",
    },
    Question {
        number: 3,
        text: "How often do you have six or more drinks on one occasion?",
        loinc: "68520-6",
    },
];

const fn a(value: u8, label: &'static str, loinc: &'static str) -> Answer {
    Answer {
        value,
        label,
        loinc,
    }
}

/// The answers to each question, in order of points (0 to 4), as the WHO/US form words them.
pub const CHOICES: [[Answer; 5]; 3] = [
    [
        a(0, "Never", "LA6270-8"),
        a(1, "Monthly or less", "LA18926-8"),
        a(2, "2 to 4 times a month", "LA18927-6"),
        a(3, "2 to 3 times a week", "LA18928-4"),
        a(4, "4 or more times a week", "LA18929-2"),
    ],
    [
        a(0, "1 or 2", "LA15694-5"),
        a(1, "3 or 4", "LA15695-2"),
        a(2, "5 or 6", "LA18930-0"),
        a(3, "7, 8, or 9", "LA18931-8"),
        a(4, "10 or more", "LA18932-6"),
    ],
    [
        a(0, "Never", "LA6270-8"),
        a(1, "Less than monthly", "LA18933-4"),
        a(2, "Monthly", "LA18876-5"),
        a(3, "Weekly", "LA18891-4"),
        a(4, "Daily or almost daily", "LA18934-2"),
    ],
];

/// LOINC's own text for an answer code, where it differs from the form's wording ("2-4 times a
/// month" for "2 to 4 times a month"); the form's words otherwise. For FHIR displays.
pub fn loinc_answer_text(answer: &Answer) -> &'static str {
    match answer.loinc {
        "LA18927-6" => "2-4 times a month",
        "LA18928-4" => "2-3 times a week",
        "LA18931-8" => "7 to 9",
        _ => answer.label,
    }
}

/// Which published cut-off the total is read with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CutOff {
    /// 4 or more is positive.
    Men,
    /// 3 or more is positive.
    Women,
}

impl Choice for CutOff {
    const ALL: &'static [CutOff] = &[CutOff::Men, CutOff::Women];

    fn code(self) -> &'static str {
        match self {
            CutOff::Men => "men",
            CutOff::Women => "women",
        }
    }
}

impl CutOff {
    /// The lowest positive total.
    pub fn threshold(self) -> u8 {
        match self {
            CutOff::Men => 4,
            CutOff::Women => 3,
        }
    }

    /// "the cut-off for men (4 or more is positive)", in `lang`.
    pub fn described_in(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, CutOff::Men) => "the cut-off for men (4 or more is positive)",
            (Lang::En, CutOff::Women) => "the cut-off for women (3 or more is positive)",
            (Lang::Es, CutOff::Men) => "el punto de corte para hombres (4 o m\u{e1}s es positivo)",
            (Lang::Es, CutOff::Women) => {
                "el punto de corte para mujeres (3 o m\u{e1}s es positivo)"
            }
        }
    }
}

/// The answers given (points 0 to 4, `None` until answered) and the cut-off chosen.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditC {
    pub items: [Option<u8>; 3],
    pub cut_off: Option<CutOff>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// 0 to 12.
    pub total: u8,
    /// Some points, all from question 1 (questions 2 and 3 score 0): the person is likely
    /// drinking below recommended limits (Bradley 2003, as quoted by LOINC 75626-2).
    pub from_first_only: bool,
}

/// The total read with a cut-off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub score: Score,
    pub cut_off: CutOff,
    pub positive: bool,
}

/// Why there is no positive or negative result yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Questions still to answer.
    Questions(Missing),
    /// Every question is answered, but no cut-off is chosen.
    CutOff,
}

impl AuditC {
    /// The points for question `number` (1 to 3), ignoring values no answer has.
    pub fn answer(&self, number: usize) -> Option<u8> {
        self.items
            .get(number.checked_sub(1)?)
            .copied()
            .flatten()
            .filter(|v| *v <= 4)
    }

    /// Question 1 answered "Never": questions 2 and 3 are not asked and score 0.
    pub fn never_drinks(&self) -> bool {
        self.answer(1) == Some(0)
    }

    /// The total, once every question it needs is answered.
    pub fn score(&self) -> Result<Score, Missing> {
        if self.never_drinks() {
            return Ok(Score {
                total: 0,
                from_first_only: false,
            });
        }
        let answers = [self.answer(1), self.answer(2), self.answer(3)];
        let missing = unanswered(&answers, 1);
        if !missing.is_empty() {
            return Err(Missing(missing));
        }
        let [q1, q2, q3] = answers.map(Option::unwrap_or_default);
        Ok(Score {
            total: q1 + q2 + q3,
            from_first_only: q1 > 0 && q2 == 0 && q3 == 0,
        })
    }

    /// Positive or negative with the chosen cut-off, once everything is answered.
    pub fn outcome(&self) -> Result<Outcome, Pending> {
        let score = self.score().map_err(Pending::Questions)?;
        let cut_off = self.cut_off.ok_or(Pending::CutOff)?;
        Ok(Outcome {
            score,
            cut_off,
            positive: score.total >= cut_off.threshold(),
        })
    }

    pub fn is_started(&self) -> bool {
        self.items.iter().any(Option::is_some) || self.cut_off.is_some()
    }
}

impl Outcome {
    /// "4 of 12, positive with the cut-off for men (4 or more is positive)", in `lang`.
    pub fn described_in(&self, lang: Lang) -> String {
        let total = self.score.total;
        let cut = self.cut_off.described_in(lang);
        match (lang, self.positive) {
            (Lang::En, true) => format!("{total} of 12, positive with {cut}"),
            (Lang::En, false) => format!("{total} of 12, negative with {cut}"),
            (Lang::Es, true) => format!("{total} de 12, positiva con {cut}"),
            (Lang::Es, false) => format!("{total} de 12, negativa con {cut}"),
        }
    }

    /// The note for points all from question 1, in `lang`, when it applies.
    pub fn first_only_note_in(&self, lang: Lang) -> Option<&'static str> {
        self.score.from_first_only.then_some(match lang {
            Lang::En => "all points are from question 1, so the person is likely drinking below recommended limits",
            Lang::Es => "todos los puntos vienen de la pregunta 1, as\u{ed} que probablemente bebe por debajo de los l\u{ed}mites recomendados",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::choice::assert_stored_codes;

    fn audit(items: [u8; 3], cut_off: Option<CutOff>) -> AuditC {
        AuditC {
            items: items.map(Some),
            cut_off,
        }
    }

    fn positive(items: [u8; 3], cut_off: CutOff) -> bool {
        audit(items, Some(cut_off)).outcome().unwrap().positive
    }

    #[test]
    fn worked_examples_c1_to_c5() {
        // (Q1..Q3, total, men positive, women positive, points from Q1 alone)
        let cases = [
            ([0, 0, 0], 0, false, false, false),
            ([2, 1, 0], 3, false, true, false),
            ([2, 1, 1], 4, true, true, false),
            ([4, 0, 0], 4, true, true, true),
            ([4, 4, 4], 12, true, true, false),
        ];
        for (items, total, men, women, first_only) in cases {
            let a = audit(items, None);
            assert_eq!(
                a.score(),
                Ok(Score {
                    total,
                    from_first_only: first_only
                }),
                "{items:?}"
            );
            assert_eq!(positive(items, CutOff::Men), men, "{items:?} men");
            assert_eq!(positive(items, CutOff::Women), women, "{items:?} women");
        }
    }

    #[test]
    fn cut_off_edges_3_against_4_for_men_and_2_against_3_for_women() {
        assert!(!positive([1, 1, 1], CutOff::Men), "3 is negative for men");
        assert!(positive([2, 1, 1], CutOff::Men), "4 is positive for men");
        assert!(
            !positive([1, 1, 0], CutOff::Women),
            "2 is negative for women"
        );
        assert!(
            positive([1, 1, 1], CutOff::Women),
            "3 is positive for women"
        );
        assert!(positive([4, 4, 4], CutOff::Women));
        assert_eq!(CutOff::Men.threshold(), 4);
        assert_eq!(CutOff::Women.threshold(), 3);
    }

    #[test]
    fn the_result_waits_for_a_cut_off_and_says_which_one_it_used() {
        let mut a = audit([1, 1, 1], None);
        assert_eq!(a.score().map(|s| s.total), Ok(3));
        assert_eq!(a.outcome(), Err(Pending::CutOff));
        a.cut_off = Some(CutOff::Women);
        let women = a.outcome().unwrap();
        assert_eq!(women.cut_off, CutOff::Women);
        assert_eq!(
            women.described_in(Lang::En),
            "3 of 12, positive with the cut-off for women (3 or more is positive)"
        );
        a.cut_off = Some(CutOff::Men);
        assert_eq!(
            a.outcome().unwrap().described_in(Lang::En),
            "3 of 12, negative with the cut-off for men (4 or more is positive)"
        );
        assert_eq!(
            a.outcome().unwrap().described_in(Lang::Es),
            "3 de 12, negativa con el punto de corte para hombres (4 o m\u{e1}s es positivo)"
        );
    }

    #[test]
    fn not_scored_while_questions_are_unanswered() {
        let empty = AuditC::default();
        assert_eq!(empty.score(), Err(Missing(vec![1, 2, 3])));
        assert!(!empty.is_started());
        let mut a = AuditC {
            items: [Some(2), None, Some(1)],
            cut_off: Some(CutOff::Men),
        };
        assert!(a.is_started());
        assert_eq!(a.score(), Err(Missing(vec![2])));
        assert_eq!(a.outcome(), Err(Pending::Questions(Missing(vec![2]))));
        // A value no answer has counts as unanswered.
        a.items[1] = Some(9);
        assert_eq!(a.score(), Err(Missing(vec![2])));
        // Choosing the cut-off alone starts the form but scores nothing.
        let only_cut = AuditC {
            items: [None; 3],
            cut_off: Some(CutOff::Women),
        };
        assert!(only_cut.is_started());
        assert!(only_cut.outcome().is_err());
    }

    #[test]
    fn never_drinking_scores_zero_without_questions_2_and_3() {
        let a = AuditC {
            items: [Some(0), None, None],
            cut_off: Some(CutOff::Women),
        };
        assert!(a.never_drinks());
        let o = a.outcome().unwrap();
        assert_eq!((o.score.total, o.positive), (0, false));
        // Answers left from before "Never" was chosen do not count.
        let stale = AuditC {
            items: [Some(0), Some(4), Some(4)],
            cut_off: Some(CutOff::Women),
        };
        assert_eq!(stale.score().map(|s| s.total), Ok(0));
    }

    #[test]
    fn points_from_question_1_alone_are_noted() {
        let c4 = audit([4, 0, 0], Some(CutOff::Men)).outcome().unwrap();
        assert!(c4.positive);
        assert!(c4
            .first_only_note_in(Lang::En)
            .is_some_and(|n| n.contains("below recommended limits")));
        let c3 = audit([2, 1, 1], Some(CutOff::Men)).outcome().unwrap();
        assert_eq!(c3.first_only_note_in(Lang::En), None);
    }

    #[test]
    fn answers_have_their_points_and_loinc_texts() {
        for (question, choices) in CHOICES.iter().enumerate() {
            for (points, choice) in choices.iter().enumerate() {
                assert_eq!(
                    usize::from(choice.value),
                    points,
                    "question {}",
                    question + 1
                );
            }
        }
        assert_eq!(loinc_answer_text(&CHOICES[0][2]), "2-4 times a month");
        assert_eq!(loinc_answer_text(&CHOICES[1][3]), "7 to 9");
        assert_eq!(loinc_answer_text(&CHOICES[2][4]), "Daily or almost daily");
    }

    #[test]
    fn the_cut_off_is_stored_by_its_code_and_old_plans_load() {
        assert_stored_codes::<CutOff>();
        let a = audit([2, 1, 0], Some(CutOff::Women));
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json, r#"{"items":[2,1,0],"cut_off":"women"}"#);
        assert_eq!(serde_json::from_str::<AuditC>(&json).unwrap(), a);
        assert_eq!(
            serde_json::from_str::<AuditC>("{}").unwrap(),
            AuditC::default()
        );
    }
}
