//! The CMS Accountable Health Communities (AHC) Health-Related Social Needs screening tool, core
//! questions 1 to 10 (2018 wording). Wording, codes, rules and worked examples from
//! `reference/instruments.md` §2.

use super::instrument::{unanswered, Answer, Missing, Question, ScreenResult};
use crate::model::choice::Choice;
use crate::model::lang::Lang;
use serde::{Deserialize, Serialize};

pub const NAME: &str = "Health-related social needs (AHC HRSN screening tool)";

pub const ATTRIBUTION: &str = "Core questions of the Accountable Health Communities Health-Related Social Needs (AHC HRSN) Screening Tool, Centers for Medicare & Medicaid Services (CMS), 2018 version. Listed as public domain in the LHC-Forms edition.";

pub const FOOD_INTRO: &str = "Some people have made the following statements about their food situation. Please answer whether the statements were OFTEN, SOMETIMES, or NEVER true for you and your household in the last 12 months.";

pub const SAFETY_INTRO: &str = "Because violence and abuse happens to a lot of people and affects their health we are asking the following questions.";

pub const Q1: Question = q(1, "What is your living situation today?", "71802-3");
pub const Q2: Question = q(
    2,
    "Think about the place you live. Do you have problems with any of the following?",
    "96778-6",
);
pub const Q3: Question = q(3, "Within the past 12 months, you worried that your food would run out before you got money to buy more.", "88122-7");
pub const Q4: Question = q(4, "Within the past 12 months, the food you bought just didn't last and you didn't have money to get more.", "88123-5");
pub const Q5: Question = q(5, "In the past 12 months, has lack of reliable transportation kept you from medical appointments, meetings, work or from getting things needed for daily living?", "93030-5");
pub const Q6: Question = q(6, "In the past 12 months has the electric, gas, oil, or water company threatened to shut off services in your home?", "96779-4");
pub const SAFETY_QUESTIONS: [Question; 4] = [
    q(
        7,
        "How often does anyone, including family and friends, physically hurt you?",
        "95618-5",
    ),
    q(
        8,
        "How often does anyone, including family and friends, insult or talk down to you?",
        "95617-7",
    ),
    q(
        9,
        "How often does anyone, including family and friends, threaten you with harm?",
        "95616-9",
    ),
    q(
        10,
        "How often does anyone, including family and friends, scream or curse at you?",
        "95615-1",
    ),
];
pub const SAFETY_CHOICES: [Answer; 5] = [
    Answer {
        value: 1,
        label: "Never",
        loinc: "LA6270-8",
    },
    Answer {
        value: 2,
        label: "Rarely",
        loinc: "LA10066-1",
    },
    Answer {
        value: 3,
        label: "Sometimes",
        loinc: "LA10082-8",
    },
    Answer {
        value: 4,
        label: "Fairly often",
        loinc: "LA16644-9",
    },
    Answer {
        value: 5,
        label: "Frequently",
        loinc: "LA6482-9",
    },
];
/// A safety total at or above this might mean the person is not safe.
pub const SAFETY_CUT_POINT: u8 = 11;

const fn q(number: u8, text: &'static str, loinc: &'static str) -> Question {
    Question {
        number,
        text,
        loinc,
    }
}

/// Question 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Living {
    Steady,
    WorriedAboutLosing,
    NotSteady,
}

impl Choice for Living {
    const ALL: &'static [Living] = &[
        Living::Steady,
        Living::WorriedAboutLosing,
        Living::NotSteady,
    ];

    fn code(self) -> &'static str {
        match self {
            Living::Steady => "steady",
            Living::WorriedAboutLosing => "worried-about-losing",
            Living::NotSteady => "not-steady",
        }
    }
}

impl Living {
    pub fn label(self) -> &'static str {
        match self {
            Living::Steady => "I have a steady place to live",
            Living::WorriedAboutLosing => "I have a place to live today, but I am worried about losing it in the future",
            Living::NotSteady => "I do not have a steady place to live (I am temporarily staying with others, in a hotel, in a shelter, living outside on the street, on a beach, in a car, abandoned building, bus or train station, or in a park)",
        }
    }

    pub fn loinc(self) -> &'static str {
        match self {
            Living::Steady => "LA31993-1",
            Living::WorriedAboutLosing => "LA31994-9",
            Living::NotSteady => "LA31995-6",
        }
    }

    pub fn is_positive(self) -> bool {
        self != Living::Steady
    }
}

/// Question 2, "choose all that apply".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HomeProblem {
    Pests,
    Mold,
    Lead,
    NoHeat,
    Stove,
    SmokeDetectors,
    WaterLeaks,
}

impl Choice for HomeProblem {
    const ALL: &'static [HomeProblem] = &[
        HomeProblem::Pests,
        HomeProblem::Mold,
        HomeProblem::Lead,
        HomeProblem::NoHeat,
        HomeProblem::Stove,
        HomeProblem::SmokeDetectors,
        HomeProblem::WaterLeaks,
    ];

    fn code(self) -> &'static str {
        match self {
            HomeProblem::Pests => "pests",
            HomeProblem::Mold => "mold",
            HomeProblem::Lead => "lead",
            HomeProblem::NoHeat => "no-heat",
            HomeProblem::Stove => "stove",
            HomeProblem::SmokeDetectors => "smoke-detectors",
            HomeProblem::WaterLeaks => "water-leaks",
        }
    }
}

impl HomeProblem {
    pub fn label(self) -> &'static str {
        match self {
            HomeProblem::Pests => "Pests such as bugs, ants, or mice",
            HomeProblem::Mold => "Mold",
            HomeProblem::Lead => "Lead paint or pipes",
            HomeProblem::NoHeat => "Lack of heat",
            HomeProblem::Stove => "Oven or stove not working",
            HomeProblem::SmokeDetectors => "Smoke detectors missing or not working",
            HomeProblem::WaterLeaks => "Water leaks",
        }
    }

    pub fn loinc(self) -> &'static str {
        match self {
            HomeProblem::Pests => "LA31996-4",
            HomeProblem::Mold => "LA28580-1",
            HomeProblem::Lead => "LA31997-2",
            HomeProblem::NoHeat => "LA31998-0",
            HomeProblem::Stove => "LA31999-8",
            HomeProblem::SmokeDetectors => "LA32000-4",
            HomeProblem::WaterLeaks => "LA32001-2",
        }
    }
}

pub const NONE_OF_THE_ABOVE: Answer = Answer {
    value: 0,
    label: "None of the above",
    loinc: "LA9-3",
};

/// The answers to the two food questions (AHC 3 and 4, and the Hunger Vital Sign). The AHC tool
/// offers the first three; the Hunger Vital Sign adds "Don't know/refused".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FoodAnswer {
    Often,
    Sometimes,
    Never,
    DontKnow,
}

impl Choice for FoodAnswer {
    const ALL: &'static [FoodAnswer] = &[
        FoodAnswer::Often,
        FoodAnswer::Sometimes,
        FoodAnswer::Never,
        FoodAnswer::DontKnow,
    ];

    fn code(self) -> &'static str {
        match self {
            FoodAnswer::Often => "often",
            FoodAnswer::Sometimes => "sometimes",
            FoodAnswer::Never => "never",
            FoodAnswer::DontKnow => "dont-know",
        }
    }
}

impl FoodAnswer {
    pub const AHC: [FoodAnswer; 3] = [FoodAnswer::Often, FoodAnswer::Sometimes, FoodAnswer::Never];

    pub fn label(self) -> &'static str {
        match self {
            FoodAnswer::Often => "Often true",
            FoodAnswer::Sometimes => "Sometimes true",
            FoodAnswer::Never => "Never true",
            FoodAnswer::DontKnow => "Don't know/refused",
        }
    }

    pub fn loinc(self) -> &'static str {
        match self {
            FoodAnswer::Often => "LA28397-0",
            FoodAnswer::Sometimes => "LA6729-3",
            FoodAnswer::Never => "LA28398-8",
            FoodAnswer::DontKnow => "LA15775-2",
        }
    }

    /// "Often true" or "sometimes true" point to food insecurity.
    pub fn is_positive(self) -> bool {
        matches!(self, FoodAnswer::Often | FoodAnswer::Sometimes)
    }
}

/// Question 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Utilities {
    Yes,
    No,
    AlreadyShutOff,
}

impl Choice for Utilities {
    const ALL: &'static [Utilities] = &[Utilities::Yes, Utilities::No, Utilities::AlreadyShutOff];

    fn code(self) -> &'static str {
        match self {
            Utilities::Yes => "yes",
            Utilities::No => "no",
            Utilities::AlreadyShutOff => "already-shut-off",
        }
    }
}

impl Utilities {
    pub fn label(self) -> &'static str {
        match self {
            Utilities::Yes => "Yes",
            Utilities::No => "No",
            Utilities::AlreadyShutOff => "Already shut off",
        }
    }

    pub fn loinc(self) -> &'static str {
        match self {
            Utilities::Yes => "LA33-6",
            Utilities::No => "LA32-8",
            Utilities::AlreadyShutOff => "LA32002-0",
        }
    }
}

/// The answers given; `None` (or an empty choice) until answered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ahc {
    pub living: Option<Living>,
    /// Problems ticked in question 2.
    pub home_problems: Vec<HomeProblem>,
    /// "None of the above" ticked in question 2.
    pub no_home_problems: bool,
    pub food_worried: Option<FoodAnswer>,
    pub food_ran_out: Option<FoodAnswer>,
    /// Question 5: `Some(true)` is "Yes".
    pub transportation: Option<bool>,
    pub utilities: Option<Utilities>,
    /// Questions 7 to 10, each 1 ("Never") to 5 ("Frequently").
    pub safety: [Option<u8>; 4],
}

/// The result of each of the five areas the tool screens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AhcResult {
    pub living: ScreenResult,
    pub food: ScreenResult,
    pub transportation: ScreenResult,
    pub utilities: ScreenResult,
    pub safety: ScreenResult,
    /// Questions 7 to 10 added up (4 to 20), when all four are answered.
    pub safety_total: Option<u8>,
}

impl AhcResult {
    /// The areas, named, in the order of the form.
    pub fn areas(&self) -> [(&'static str, &ScreenResult); 5] {
        self.areas_in(Lang::En)
    }

    /// The areas, named in `lang`, in the order of the form.
    pub fn areas_in(&self, lang: Lang) -> [(&'static str, &ScreenResult); 5] {
        let names = match lang {
            Lang::En => [
                "Living situation",
                "Food",
                "Transportation",
                "Utilities",
                "Safety",
            ],
            Lang::Es => [
                "Situaci\u{f3}n de vivienda",
                "Comida",
                "Transporte",
                "Luz, gas y agua",
                "Seguridad",
            ],
        };
        [
            (names[0], &self.living),
            (names[1], &self.food),
            (names[2], &self.transportation),
            (names[3], &self.utilities),
            (names[4], &self.safety),
        ]
    }

    /// The names of the areas that came out positive, in the order of the form.
    pub fn positive_areas(&self) -> Vec<&'static str> {
        self.positive_areas_in(Lang::En)
    }

    /// The same, named in `lang`.
    pub fn positive_areas_in(&self, lang: Lang) -> Vec<&'static str> {
        self.areas_in(lang)
            .into_iter()
            .filter(|(_, res)| res.is_positive())
            .map(|(name, _)| name)
            .collect()
    }
}

impl Ahc {
    /// Question 2 counts as answered once a problem or "None of the above" is ticked.
    fn home_answered(&self) -> Option<bool> {
        (self.no_home_problems || !self.home_problems.is_empty())
            .then_some(!self.home_problems.is_empty())
    }

    /// Ticks or unticks a problem in question 2; ticking one clears "None of the above".
    pub fn set_home_problem(&mut self, problem: HomeProblem, ticked: bool) {
        self.home_problems.retain(|p| *p != problem);
        if ticked {
            self.home_problems.push(problem);
            self.home_problems.sort();
            self.no_home_problems = false;
        }
    }

    /// Ticks or unticks "None of the above"; ticking it clears the problems.
    pub fn set_no_home_problems(&mut self, ticked: bool) {
        self.no_home_problems = ticked;
        if ticked {
            self.home_problems.clear();
        }
    }

    fn safety_answers(&self) -> [Option<u8>; 4] {
        self.safety.map(|v| v.filter(|v| (1..=5).contains(v)))
    }

    /// Scores each area whose questions are all answered.
    pub fn result(&self) -> AhcResult {
        let living = match (self.living, self.home_answered()) {
            (Some(l), Some(problems)) => positive_if(l.is_positive() || problems),
            (l, h) => incomplete([(1, l.is_some()), (2, h.is_some())]),
        };
        let food = match (self.food_worried, self.food_ran_out) {
            (Some(a), Some(b)) => positive_if(a.is_positive() || b.is_positive()),
            (a, b) => incomplete([(3, a.is_some()), (4, b.is_some())]),
        };
        let transportation = match self.transportation {
            Some(yes) => positive_if(yes),
            None => incomplete([(5, false)]),
        };
        let utilities = match self.utilities {
            Some(u) => positive_if(u != Utilities::No),
            None => incomplete([(6, false)]),
        };
        let answers = self.safety_answers();
        let missing = unanswered(&answers, 7);
        let safety_total = missing
            .is_empty()
            .then(|| answers.iter().flatten().sum::<u8>());
        let safety = match safety_total {
            Some(total) => positive_if(total >= SAFETY_CUT_POINT),
            None => ScreenResult::Incomplete(Missing(missing)),
        };
        AhcResult {
            living,
            food,
            transportation,
            utilities,
            safety,
            safety_total,
        }
    }

    /// All unanswered questions, by number.
    pub fn missing(&self) -> Vec<u8> {
        let r = self.result();
        r.areas()
            .iter()
            .flat_map(|(_, result)| match result {
                ScreenResult::Incomplete(Missing(numbers)) => numbers.clone(),
                _ => Vec::new(),
            })
            .collect()
    }

    pub fn is_started(&self) -> bool {
        self.missing().len() < 10
    }
}

fn positive_if(positive: bool) -> ScreenResult {
    if positive {
        ScreenResult::Positive
    } else {
        ScreenResult::Negative
    }
}

fn incomplete<const N: usize>(answered: [(u8, bool); N]) -> ScreenResult {
    ScreenResult::Incomplete(Missing(
        answered
            .iter()
            .filter(|(_, a)| !a)
            .map(|(n, _)| *n)
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::ScreenResult::{Negative, Positive};
    use super::*;

    fn answers(
        living: Living,
        problems: &[HomeProblem],
        food: (FoodAnswer, FoodAnswer),
        transport: bool,
        utilities: Utilities,
        safety: [u8; 4],
    ) -> Ahc {
        let mut a = Ahc {
            living: Some(living),
            food_worried: Some(food.0),
            food_ran_out: Some(food.1),
            transportation: Some(transport),
            utilities: Some(utilities),
            safety: safety.map(Some),
            ..Ahc::default()
        };
        a.set_no_home_problems(problems.is_empty());
        for p in problems {
            a.set_home_problem(*p, true);
        }
        a
    }

    #[test]
    fn worked_example_a1_nothing_positive() {
        let a = answers(
            Living::Steady,
            &[],
            (FoodAnswer::Never, FoodAnswer::Never),
            false,
            Utilities::No,
            [1, 1, 1, 1],
        );
        let r = a.result();
        assert_eq!(r.safety_total, Some(4));
        assert!(r.areas().iter().all(|(_, res)| **res == Negative));
        assert!(a.missing().is_empty());
    }

    #[test]
    fn worked_example_a2_safety_ten_is_not_positive() {
        let r = answers(
            Living::WorriedAboutLosing,
            &[],
            (FoodAnswer::Sometimes, FoodAnswer::Never),
            true,
            Utilities::AlreadyShutOff,
            [2, 3, 2, 3],
        )
        .result();
        assert_eq!(r.safety_total, Some(10));
        assert_eq!(
            r.positive_areas(),
            vec!["Living situation", "Food", "Transportation", "Utilities"]
        );
        assert_eq!(
            [
                &r.living,
                &r.food,
                &r.transportation,
                &r.utilities,
                &r.safety
            ],
            [&Positive, &Positive, &Positive, &Positive, &Negative]
        );
    }

    #[test]
    fn worked_example_a3_home_problems_and_safety_eleven() {
        let r = answers(
            Living::Steady,
            &[HomeProblem::Mold, HomeProblem::WaterLeaks],
            (FoodAnswer::Never, FoodAnswer::Never),
            false,
            Utilities::No,
            [3, 3, 3, 2],
        )
        .result();
        assert_eq!(r.safety_total, Some(11));
        assert_eq!(
            [
                &r.living,
                &r.food,
                &r.transportation,
                &r.utilities,
                &r.safety
            ],
            [&Positive, &Negative, &Negative, &Negative, &Positive]
        );
    }

    #[test]
    fn each_positive_answer_on_its_own() {
        let base = answers(
            Living::Steady,
            &[],
            (FoodAnswer::Never, FoodAnswer::Never),
            false,
            Utilities::No,
            [1, 1, 1, 1],
        );
        let mut a = base.clone();
        a.living = Some(Living::NotSteady);
        assert!(a.result().living.is_positive());
        let mut a = base.clone();
        a.food_ran_out = Some(FoodAnswer::Often);
        assert!(a.result().food.is_positive());
        let mut a = base.clone();
        a.utilities = Some(Utilities::Yes);
        assert!(a.result().utilities.is_positive());
        let mut a = base.clone();
        a.safety = [Some(5), Some(5), Some(1), Some(1)];
        assert!(a.result().safety.is_positive());
    }

    #[test]
    fn unanswered_areas_are_not_scored_and_say_what_is_missing() {
        let mut a = Ahc {
            living: Some(Living::NotSteady),
            food_worried: Some(FoodAnswer::Often),
            ..Ahc::default()
        };
        a.safety[0] = Some(5);
        a.safety[2] = Some(9); // not a choice on the form: counts as unanswered
        let r = a.result();
        assert_eq!(r.living, ScreenResult::Incomplete(Missing(vec![2])));
        assert_eq!(r.food, ScreenResult::Incomplete(Missing(vec![4])));
        assert_eq!(r.safety, ScreenResult::Incomplete(Missing(vec![8, 9, 10])));
        assert_eq!(r.safety_total, None);
        assert_eq!(a.missing(), vec![2, 4, 5, 6, 8, 9, 10]);
        assert!(a.is_started());
        assert!(!Ahc::default().is_started());
    }

    #[test]
    fn none_of_the_above_and_problems_exclude_each_other() {
        let mut a = Ahc::default();
        a.set_home_problem(HomeProblem::Mold, true);
        a.set_no_home_problems(true);
        assert!(a.home_problems.is_empty());
        a.set_home_problem(HomeProblem::Pests, true);
        assert!(!a.no_home_problems);
        a.set_home_problem(HomeProblem::Pests, false);
        assert_eq!(a.home_answered(), None, "nothing ticked: unanswered");
    }

    #[test]
    fn areas_are_named_in_both_languages() {
        let a = answers(
            Living::NotSteady,
            &[],
            (FoodAnswer::Never, FoodAnswer::Never),
            true,
            Utilities::No,
            [1, 1, 1, 1],
        );
        let r = a.result();
        assert_eq!(
            r.positive_areas(),
            vec!["Living situation", "Transportation"]
        );
        assert_eq!(r.positive_areas_in(Lang::En), r.positive_areas());
        assert_eq!(
            r.positive_areas_in(Lang::Es),
            vec!["Situaci\u{f3}n de vivienda", "Transporte"]
        );
    }
}
