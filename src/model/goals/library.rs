//! Starting points for common goals, by part of life. Choosing one fills the goal's fields; the
//! person then adapts it (baseline, dates, why it matters are theirs to fill).

use super::{Direction, Goal};
use crate::model::assessment::domains::Domain;
use chrono::NaiveDate;

/// A pre-filled goal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Template {
    pub domain: Domain,
    /// Short name in the library list.
    pub title: &'static str,
    pub action: &'static str,
    pub detail: &'static str,
    pub measure: &'static str,
    pub unit: &'static str,
    pub target: &'static str,
    pub direction: Direction,
    /// For goals with no number.
    pub outcome: &'static str,
}

// One row of the table below; positional so the table reads as a table.
#[allow(clippy::too_many_arguments)]
const fn t(
    domain: Domain,
    title: &'static str,
    action: &'static str,
    detail: &'static str,
    measure: &'static str,
    unit: &'static str,
    target: &'static str,
    direction: Direction,
    outcome: &'static str,
) -> Template {
    Template {
        domain,
        title,
        action,
        detail,
        measure,
        unit,
        target,
        direction,
        outcome,
    }
}

use Direction::{Decrease, Increase};
use Domain::*;

#[rustfmt::skip]
pub const TEMPLATES: &[Template] = &[
    // Health
    t(PhysicalHealth, "Walk further", "walk", "without help", "distance walked", "feet", "50", Increase, ""),
    t(PhysicalHealth, "Keep blood sugar in range", "have morning blood sugar under 130 on", "", "mornings in range", "mornings a week", "5", Increase, ""),
    t(PhysicalHealth, "See a regular doctor", "go to a check-up with a primary care doctor", "", "", "", "", Increase, "the visit has happened and the next one is booked"),
    t(PhysicalHealth, "Fewer emergency visits", "have", "", "emergency room visits", "emergency room visits a month", "0", Decrease, ""),
    // Medications
    t(Medications, "Take medicines as prescribed", "take all medicines as prescribed", "using a pill box", "days with every dose taken", "days a week", "7", Increase, ""),
    t(Medications, "A medicine list I understand", "go over the medicine list with the pharmacist", "", "", "", "", Increase, "it is clear what each medicine is for and when to take it"),
    t(Medications, "Afford my medicines", "apply for a patient assistance program", "for the costliest medicine", "", "", "", Increase, "the program has approved the application"),
    // Mental health
    t(MentalHealth, "Go to counseling", "go to", "", "sessions attended", "counseling sessions a month", "4", Increase, ""),
    t(MentalHealth, "Lower depression score", "have a PHQ-9 depression score of", "", "PHQ-9 score", "points", "9", Decrease, ""),
    t(MentalHealth, "A safety plan", "make a written safety plan", "with a counselor", "", "", "", Increase, "there is a copy at home with the people to call"),
    t(MentalHealth, "Daily calming practice", "do a breathing or calming exercise", "for 10 minutes", "days practised", "days a week", "5", Increase, ""),
    // Substance use
    t(SubstanceUse, "Drink less", "drink", "", "drinks", "drinks a week", "7", Decrease, ""),
    t(SubstanceUse, "Go to recovery meetings", "go to", "", "meetings attended", "recovery meetings a week", "3", Increase, ""),
    t(SubstanceUse, "Sober days", "stay sober", "in a row", "sober days in a row", "days", "30", Increase, ""),
    // Daily living
    t(DailyLiving, "Bathe safely", "bathe without help", "using a shower chair and grab bar", "baths without help", "times a week", "3", Increase, ""),
    t(DailyLiving, "Home help in place", "set up home help", "for cleaning and shopping", "", "", "", Increase, "a home helper visits every week"),
    t(DailyLiving, "Cook simple meals", "cook", "at home", "meals cooked", "simple meals a week", "4", Increase, ""),
    // Housing
    t(Housing, "Safe, steady housing", "move into safe, steady housing", "", "", "", "", Increase, "there is a signed lease or a confirmed place"),
    t(Housing, "Apply for housing help", "send", "", "applications sent", "applications for housing help", "3", Increase, ""),
    t(Housing, "Fix problems in the home", "get the landlord to fix the problems", "in the home", "", "", "", Increase, "the repairs are done"),
    // Food
    t(Food, "Enough food each week", "have enough food", "", "days with enough food", "days a week", "7", Increase, ""),
    t(Food, "Sign up for food benefits", "apply for food benefits (SNAP)", "", "", "", "", Increase, "the benefit card has arrived"),
    t(Food, "Use a food pantry", "visit a food pantry", "", "pantry visits", "times a month", "2", Increase, ""),
    // Transportation
    t(Transportation, "Rides to appointments", "get to", "by ride or bus", "appointments reached", "percent of appointments", "100", Increase, ""),
    t(Transportation, "Bus pass", "get a reduced-fare bus pass", "", "", "", "", Increase, "the pass has arrived"),
    t(Transportation, "Learn the bus route", "take the bus", "to the clinic without help", "trips on my own", "times", "2", Increase, ""),
    // Money
    t(Money, "Health insurance", "apply for health coverage", "", "", "", "", Increase, "the insurance card has arrived"),
    t(Money, "A monthly budget", "follow a written budget for", "", "months on budget", "months in a row", "3", Increase, ""),
    t(Money, "Pay down a bill", "owe", "on the electric bill", "amount owed", "dollars", "0", Decrease, ""),
    // Social support
    t(SocialSupport, "Weekly contact", "talk with a trusted friend or family member", "", "calls or visits", "times a week", "2", Increase, ""),
    t(SocialSupport, "Join a group", "go to a support or community group", "", "meetings attended", "times a month", "2", Increase, ""),
    t(SocialSupport, "Caregiver break", "arrange respite care", "for the caregiver", "", "", "", Increase, "the caregiver has had a break of at least a day"),
];

/// A template the agency added in its configuration: the same fields, owned.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnedTemplate {
    pub domain: Domain,
    pub title: String,
    pub action: String,
    pub detail: String,
    pub measure: String,
    pub unit: String,
    pub target: String,
    pub direction: Direction,
    pub outcome: String,
}

impl Template {
    pub fn to_owned_template(&self) -> OwnedTemplate {
        OwnedTemplate {
            domain: self.domain,
            title: self.title.into(),
            action: self.action.into(),
            detail: self.detail.into(),
            measure: self.measure.into(),
            unit: self.unit.into(),
            target: self.target.into(),
            direction: self.direction,
            outcome: self.outcome.into(),
        }
    }

    /// A new goal filled from this template, starting on `start`.
    pub fn to_goal(&self, start: NaiveDate) -> Goal {
        self.to_owned_template().to_goal(start)
    }
}

impl OwnedTemplate {
    /// A new goal filled from this template, starting on `start`.
    pub fn to_goal(&self, start: NaiveDate) -> Goal {
        Goal {
            action: self.action.clone(),
            detail: self.detail.clone(),
            measure: self.measure.clone(),
            unit: self.unit.clone(),
            target: self.target.clone(),
            direction: self.direction,
            outcome: self.outcome.clone(),
            ..Goal::new(start)
        }
    }
}

/// The whole library: the app's templates, then the agency's, each part of life together.
pub fn library(extra: &[OwnedTemplate]) -> Vec<OwnedTemplate> {
    let mut all: Vec<OwnedTemplate> = TEMPLATES.iter().map(Template::to_owned_template).collect();
    all.extend(extra.iter().cloned());
    // A stable sort keeps the app's own first within each part of life.
    all.sort_by_key(|t| t.domain);
    all
}

/// The templates for one part of life, with their places in `library`.
pub fn for_domain(
    library: &[OwnedTemplate],
    domain: Domain,
) -> impl Iterator<Item = (usize, &OwnedTemplate)> {
    library
        .iter()
        .enumerate()
        .filter(move |(_, t)| t.domain == domain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::goals::smart::{check, Letter};

    #[test]
    fn at_least_three_starting_points_for_each_major_part_of_life() {
        for d in [
            PhysicalHealth,
            Medications,
            MentalHealth,
            Housing,
            Food,
            Transportation,
            Money,
            SocialSupport,
            DailyLiving,
        ] {
            assert!(for_domain(&library(&[]), d).count() >= 3, "{d:?}");
        }
    }

    #[test]
    fn every_template_is_specific_and_measurable_once_a_baseline_is_added() {
        let start = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        for t in TEMPLATES {
            let mut goal = t.to_goal(start);
            if !goal.target.is_empty() {
                goal.baseline = match t.direction {
                    Direction::Decrease => "1000".into(),
                    _ => "0".into(),
                };
            }
            let marks = check(&goal, start);
            for m in &marks[..2] {
                assert!(m.pass, "{}: {:?} {}", t.title, m.letter, m.reason);
            }
            assert_eq!(marks[1].letter, Letter::Measurable);
            assert_eq!(goal.start_date, Some(start));
            goal.target_date = Some(start);
            let sentence = goal.sentence("Sam");
            assert!(
                !sentence.contains("  ") && !sentence.contains('?'),
                "{sentence}"
            );
        }
    }

    #[test]
    fn the_agencys_templates_join_their_part_of_life_after_the_apps_own() {
        let mut extra = TEMPLATES[0].to_owned_template();
        extra.domain = Housing;
        extra.title = "Keep the apartment".into();
        let all = library(std::slice::from_ref(&extra));
        assert_eq!(all.len(), TEMPLATES.len() + 1);
        let housing: Vec<_> = for_domain(&all, Housing)
            .map(|(_, t)| t.title.as_str())
            .collect();
        assert_eq!(housing.last(), Some(&"Keep the apartment"));
        assert_eq!(
            housing.len(),
            for_domain(&library(&[]), Housing).count() + 1
        );
        let (index, _) = for_domain(&all, Housing).last().unwrap();
        assert_eq!(all[index], extra);
    }

    #[test]
    fn a_template_reads_as_a_sentence() {
        let start = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        let mut g = TEMPLATES[0].to_goal(start);
        g.baseline = "10".into();
        g.target_date = NaiveDate::from_ymd_opt(2026, 12, 5);
        assert_eq!(
            g.sentence("John"),
            "By 5 December 2026, John will walk 50 feet without help, up from 10 feet today."
        );
        let all = library(&[]);
        let pantry = for_domain(&all, Food)
            .map(|(_, t)| t)
            .find(|t| t.title == "Use a food pantry");
        let mut g = pantry.map(|t| t.to_goal(start)).unwrap_or_default();
        g.baseline = "0".into();
        g.target_date = NaiveDate::from_ymd_opt(2027, 1, 31);
        assert_eq!(
            g.sentence("Maria"),
            "By 31 January 2027, Maria will visit a food pantry 2 times a month, up from 0 times a month today."
        );
    }
}
