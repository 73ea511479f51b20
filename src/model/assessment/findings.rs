//! Findings: what an assessment points to (a positive screen or a domain rated high need), and
//! the need each one proposes. The person decides whether a proposal becomes a need.

use super::ahc::Living;
use super::domains::{Domain, NeedLevel};
use super::{hvs, katz, Assessment};
use crate::model::ids::AssessmentId;
use serde::{Deserialize, Serialize};

/// A kind of finding. The same kind from two instruments (the AHC food questions and the Hunger
/// Vital Sign) is one finding, so it proposes one need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKey {
    Depression,
    SelfHarmThoughts,
    HousingUnstable,
    HomeProblems,
    FoodInsecurity,
    Transportation,
    Utilities,
    InterpersonalSafety,
    DailyActivities,
    HighNeed(Domain),
}

/// A finding of one particular assessment: what a need links back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Finding {
    pub assessment: AssessmentId,
    pub key: FindingKey,
}

impl FindingKey {
    /// The part of life the finding belongs to; it marks that domain in the overview.
    pub fn domain(self) -> Domain {
        match self {
            FindingKey::Depression | FindingKey::SelfHarmThoughts => Domain::MentalHealth,
            FindingKey::HousingUnstable | FindingKey::HomeProblems | FindingKey::Utilities => {
                Domain::Housing
            }
            FindingKey::FoodInsecurity => Domain::Food,
            FindingKey::Transportation => Domain::Transportation,
            FindingKey::InterpersonalSafety => Domain::Safety,
            FindingKey::DailyActivities => Domain::DailyLiving,
            FindingKey::HighNeed(d) => d,
        }
    }

    /// A few words naming the finding, for the overview.
    pub fn short_label(self) -> &'static str {
        match self {
            FindingKey::Depression => "Depression screen positive",
            FindingKey::SelfHarmThoughts => "Thoughts of self-harm",
            FindingKey::HousingUnstable => "Housing not steady",
            FindingKey::HomeProblems => "Problems in the home",
            FindingKey::FoodInsecurity => "Food insecurity",
            FindingKey::Transportation => "Transportation screen positive",
            FindingKey::Utilities => "Utilities shut-off risk",
            FindingKey::InterpersonalSafety => "Safety screen positive",
            FindingKey::DailyActivities => "Needs help with everyday activities",
            FindingKey::HighNeed(_) => "Rated high need",
        }
    }

    /// The need this finding proposes, in plain words, from the answers that led to it.
    pub fn proposed_statement(self, a: &Assessment) -> String {
        match self {
            FindingKey::Depression => "Feeling down or depressed much of the time".into(),
            FindingKey::SelfHarmThoughts => {
                "Has had thoughts of self-harm: needs a safety plan and follow-up with a clinician"
                    .into()
            }
            FindingKey::HousingUnstable => match a.ahc.living {
                Some(Living::NotSteady) => "No steady place to live".into(),
                _ => "Worried about losing their home".into(),
            },
            FindingKey::HomeProblems => {
                let problems: Vec<String> = a
                    .ahc
                    .home_problems
                    .iter()
                    .map(|p| p.label().to_lowercase())
                    .collect();
                format!("Problems in the home: {}", problems.join(", "))
            }
            FindingKey::FoodInsecurity => "Not always enough food (food insecurity)".into(),
            FindingKey::Transportation => {
                "No reliable way to get to appointments, work or shops".into()
            }
            FindingKey::Utilities => {
                "Electric, gas, oil or water shut off or at risk of being shut off".into()
            }
            FindingKey::InterpersonalSafety => {
                "Does not always feel safe with people around them".into()
            }
            FindingKey::DailyActivities => format!(
                "Needs help with everyday activities: {}",
                a.katz.needs_help_with().join(", ").to_lowercase()
            ),
            FindingKey::HighNeed(d) => {
                let concern = a
                    .domain(d)
                    .concerns
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .map(|l| truncate(l, 140));
                match concern {
                    Some(text) => format!("{}: {text}", d.label()),
                    None => format!("{}: high need", d.label()),
                }
            }
        }
    }

    /// Where the finding came from, e.g. "PHQ-9 total 18 (moderately severe)".
    pub fn evidence(self, a: &Assessment) -> String {
        match self {
            FindingKey::Depression => match (a.phq9.score(), a.phq9.phq2()) {
                (Ok(s), _) => format!("PHQ-9 total {} ({})", s.total, s.band.label()),
                (_, Ok(p)) => format!("PHQ-2 total {} (3 or more is positive)", p.total),
                _ => "PHQ-9".into(),
            },
            FindingKey::SelfHarmThoughts => {
                "PHQ-9 question 9 answered above \u{201c}Not at all\u{201d}".into()
            }
            FindingKey::HousingUnstable => "AHC question 1, living situation".into(),
            FindingKey::HomeProblems => "AHC question 2, problems in the home".into(),
            FindingKey::FoodInsecurity => {
                let ahc = a.ahc.result().food.is_positive();
                let hvs = a.hvs.at_risk() == Ok(true);
                match (ahc, hvs) {
                    (true, true) => format!("AHC food questions and {}", hvs::NAME),
                    (false, true) => hvs::NAME.into(),
                    _ => "AHC food questions 3 and 4".into(),
                }
            }
            FindingKey::Transportation => "AHC question 5, transportation".into(),
            FindingKey::Utilities => "AHC question 6, utilities".into(),
            FindingKey::InterpersonalSafety => match a.ahc.result().safety_total {
                Some(total) => {
                    format!("AHC safety questions 7 to 10: total {total} (11 or more is positive)")
                }
                None => "AHC safety questions 7 to 10".into(),
            },
            FindingKey::DailyActivities => match a.katz.score() {
                Ok(s) => format!("Katz index {} of 6 ({})", s.total, s.label()),
                Err(_) => katz::NAME.into(),
            },
            FindingKey::HighNeed(d) => format!("{} rated high need", d.label()),
        }
    }
}

/// Everything the assessment points to, in domain order then kind, without repeats.
pub fn findings(a: &Assessment) -> Vec<FindingKey> {
    let ahc = a.ahc.result();
    let mut keys = Vec::new();
    if a.phq9.points_to_depression() {
        keys.push(FindingKey::Depression);
    }
    if a.phq9.self_harm_flag() {
        keys.push(FindingKey::SelfHarmThoughts);
    }
    if ahc.living.is_positive() {
        if a.ahc.living.is_some_and(Living::is_positive) {
            keys.push(FindingKey::HousingUnstable);
        }
        if !a.ahc.home_problems.is_empty() {
            keys.push(FindingKey::HomeProblems);
        }
    }
    if ahc.food.is_positive() || a.hvs.at_risk() == Ok(true) {
        keys.push(FindingKey::FoodInsecurity);
    }
    if ahc.transportation.is_positive() {
        keys.push(FindingKey::Transportation);
    }
    if ahc.utilities.is_positive() {
        keys.push(FindingKey::Utilities);
    }
    if ahc.safety.is_positive() {
        keys.push(FindingKey::InterpersonalSafety);
    }
    if a.katz.score().is_ok_and(|s| s.total < 6) {
        keys.push(FindingKey::DailyActivities);
    }
    for d in Domain::ALL {
        if a.domain(d).level == NeedLevel::High {
            keys.push(FindingKey::HighNeed(d));
        }
    }
    keys.sort_by_key(|k| (Domain::ALL.iter().position(|d| *d == k.domain()), *k));
    keys.dedup();
    keys
}

fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}\u{2026}", text[..cut].trim_end()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::ahc::{FoodAnswer, HomeProblem, Utilities};
    use chrono::NaiveDate;

    fn assessment() -> Assessment {
        Assessment::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default())
    }

    #[test]
    fn an_empty_assessment_finds_nothing() {
        assert!(findings(&assessment()).is_empty());
    }

    #[test]
    fn positive_food_and_housing_screens_propose_needs() {
        let mut a = assessment();
        a.ahc.living = Some(Living::WorriedAboutLosing);
        a.ahc.set_home_problem(HomeProblem::Mold, true);
        a.ahc.set_home_problem(HomeProblem::WaterLeaks, true);
        a.ahc.food_worried = Some(FoodAnswer::Sometimes);
        a.ahc.food_ran_out = Some(FoodAnswer::Never);
        a.ahc.transportation = Some(false);
        a.ahc.utilities = Some(Utilities::No);
        let keys = findings(&a);
        assert_eq!(
            keys,
            vec![
                FindingKey::HousingUnstable,
                FindingKey::HomeProblems,
                FindingKey::FoodInsecurity
            ]
        );
        assert_eq!(
            FindingKey::HousingUnstable.proposed_statement(&a),
            "Worried about losing their home"
        );
        assert_eq!(
            FindingKey::HomeProblems.proposed_statement(&a),
            "Problems in the home: mold, water leaks"
        );
        assert_eq!(FindingKey::FoodInsecurity.domain(), Domain::Food);
        assert_eq!(
            FindingKey::FoodInsecurity.evidence(&a),
            "AHC food questions 3 and 4"
        );
    }

    #[test]
    fn food_from_both_screens_is_one_finding() {
        let mut a = assessment();
        a.ahc.food_worried = Some(FoodAnswer::Often);
        a.ahc.food_ran_out = Some(FoodAnswer::Often);
        a.hvs.worried = Some(FoodAnswer::Often);
        a.hvs.ran_out = Some(FoodAnswer::Never);
        assert_eq!(findings(&a), vec![FindingKey::FoodInsecurity]);
        assert!(FindingKey::FoodInsecurity
            .evidence(&a)
            .contains("Hunger Vital Sign"));
    }

    #[test]
    fn depression_self_harm_daily_living_and_safety() {
        let mut a = assessment();
        a.phq9.items = [3, 3, 2, 2, 2, 2, 2, 1, 1].map(Some);
        a.ahc.safety = [3, 3, 3, 2].map(Some);
        a.katz.items = [0, 0, 1, 1, 1, 1].map(|i| Some(i == 1));
        assert_eq!(
            findings(&a),
            vec![
                FindingKey::Depression,
                FindingKey::SelfHarmThoughts,
                FindingKey::DailyActivities,
                FindingKey::InterpersonalSafety,
            ]
        );
        assert_eq!(
            FindingKey::Depression.evidence(&a),
            "PHQ-9 total 18 (moderately severe)"
        );
        assert_eq!(
            FindingKey::DailyActivities.proposed_statement(&a),
            "Needs help with everyday activities: bathing, dressing"
        );
        assert!(FindingKey::InterpersonalSafety
            .evidence(&a)
            .contains("total 11"));
    }

    #[test]
    fn negative_and_incomplete_screens_propose_nothing() {
        let mut a = assessment();
        a.phq9.items = [1, 1, 1, 1, 1, 1, 1, 1, 0].map(Some); // mild, no item-9 flag
        a.ahc.safety = [Some(5), Some(5), Some(5), None]; // incomplete
        a.katz.items = [Some(false), None, None, None, None, None];
        a.hvs.worried = Some(FoodAnswer::Often); // one of two answered
        assert!(findings(&a).is_empty());
    }

    #[test]
    fn a_domain_rated_high_proposes_a_need_in_the_persons_words() {
        let mut a = assessment();
        a.domain_mut(Domain::Legal).level = NeedLevel::High;
        assert_eq!(
            FindingKey::HighNeed(Domain::Legal).proposed_statement(&a),
            "Legal matters: high need"
        );
        a.domain_mut(Domain::Legal).concerns = "\n  Court date on 3 Dec for the DUI  \nmore".into();
        assert_eq!(findings(&a), vec![FindingKey::HighNeed(Domain::Legal)]);
        assert_eq!(
            FindingKey::HighNeed(Domain::Legal).proposed_statement(&a),
            "Legal matters: Court date on 3 Dec for the DUI"
        );
        a.domain_mut(Domain::Legal).level = NeedLevel::Moderate;
        assert!(findings(&a).is_empty());
    }

    #[test]
    fn long_concerns_are_shortened_on_a_character_boundary() {
        let long = "é".repeat(200);
        let short = truncate(&long, 140);
        assert_eq!(short.chars().count(), 141);
        assert!(short.ends_with('\u{2026}'));
    }

    #[test]
    fn finding_keys_survive_json() {
        let keys = vec![
            FindingKey::FoodInsecurity,
            FindingKey::HighNeed(Domain::Legal),
        ];
        let json = serde_json::to_string(&keys).unwrap();
        assert_eq!(json, r#"["food-insecurity",{"high-need":"legal"}]"#);
        let back: Vec<FindingKey> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, keys);
    }
}
