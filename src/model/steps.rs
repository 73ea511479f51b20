//! The steps of the case-management process, each a page of an opened plan.

use super::plan::CarePlan;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Intake,
    Assessment,
    Needs,
    Goals,
    Actions,
    Monitoring,
    Evaluation,
    Transition,
    Print,
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::Intake,
        Step::Assessment,
        Step::Needs,
        Step::Goals,
        Step::Actions,
        Step::Monitoring,
        Step::Evaluation,
        Step::Transition,
        Step::Print,
    ];

    /// The URL segment of the step.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Intake => "intake",
            Step::Assessment => "assessment",
            Step::Needs => "needs",
            Step::Goals => "goals",
            Step::Actions => "actions",
            Step::Monitoring => "monitoring",
            Step::Evaluation => "evaluation",
            Step::Transition => "transition",
            Step::Print => "print",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn index(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn previous(self) -> Option<Self> {
        self.index().checked_sub(1).map(|i| Self::ALL[i])
    }

    pub fn next(self) -> Option<Self> {
        Self::ALL.get(self.index() + 1).copied()
    }

    /// Whether the person has entered anything in this step yet.
    pub fn has_content(self, plan: &CarePlan) -> bool {
        match self {
            Step::Intake => {
                let p = &plan.person;
                !p.name.trim().is_empty()
                    || p.birth_date.is_some()
                    || !p.preferred_language.trim().is_empty()
                    || p.contact_method.is_some()
                    || !p.contact_details.trim().is_empty()
                    || !p.what_matters.trim().is_empty()
                    || plan.care_team.iter().any(|m| !m.is_blank())
                    || plan.case_model.is_some()
            }
            Step::Assessment => plan.assessments.iter().any(|a| a.has_content()),
            Step::Needs => !plan.needs.is_empty(),
            Step::Goals => !plan.goals.is_empty(),
            Step::Actions => plan.goals.iter().any(|g| !g.steps.is_empty()),
            // A review schedule set, a review recorded, or a goal's progress written down
            // (an entry, or how it is going confirmed).
            Step::Monitoring => {
                plan.review_schedule.is_set()
                    || !plan.reviews.is_empty()
                    || plan
                        .goals
                        .iter()
                        .any(|g| !g.progress.is_empty() || g.achievement.is_some())
            }
            // A goal's attainment scale described, weighted or scored, or its outcome recorded.
            Step::Evaluation => plan
                .goals
                .iter()
                .any(|g| g.gas.is_started() || g.evaluation.is_started()),
            // Anything about the ending filled in, or the plan closed.
            Step::Transition => plan.transition.is_started(),
            // Printing, and saving the plan as a file, leave no trace in the plan: the step only
            // shows what the other steps hold, so there is nothing of its own to tick.
            Step::Print => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluation::OutcomeResult;
    use crate::model::monitoring::progress::{Achievement, ProgressEntry};
    use crate::model::Goal;
    use chrono::Utc;

    #[test]
    fn slugs_round_trip_and_order_is_the_process() {
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Step::from_slug("nope"), None);
        assert_eq!(Step::Intake.previous(), None);
        assert_eq!(Step::Intake.next(), Some(Step::Assessment));
        assert_eq!(Step::Print.next(), None);
        assert_eq!(Step::Print.previous(), Some(Step::Transition));
    }

    #[test]
    fn intake_has_content_once_anything_is_entered() {
        let mut plan = CarePlan::new(Utc::now());
        assert!(!Step::Intake.has_content(&plan));
        let id = plan.add_member();
        assert!(
            !Step::Intake.has_content(&plan),
            "a blank member is not content"
        );
        plan.member_mut(id).unwrap().name = "Ana".into();
        assert!(Step::Intake.has_content(&plan));
    }

    fn plan_with_a_goal() -> CarePlan {
        let mut plan = CarePlan::new(Utc::now());
        plan.goals.push(Goal::new(Utc::now().date_naive()));
        plan
    }

    #[test]
    fn monitoring_has_content_once_reviews_are_planned_or_progress_is_written() {
        let plan = plan_with_a_goal();
        assert!(
            !Step::Monitoring.has_content(&plan),
            "a goal alone is not monitoring"
        );

        let mut p = plan.clone();
        p.review_schedule.every = Some(4);
        assert!(Step::Monitoring.has_content(&p), "a regular review");
        p.review_schedule.every = Some(0);
        assert!(!Step::Monitoring.has_content(&p), "every 0 is no schedule");

        let mut p = plan.clone();
        p.review_schedule.dates.push(Utc::now().date_naive());
        assert!(Step::Monitoring.has_content(&p), "a chosen review date");

        let mut p = plan.clone();
        p.add_review(Utc::now().date_naive());
        assert!(Step::Monitoring.has_content(&p), "a review held");

        let mut p = plan.clone();
        p.goals[0]
            .progress
            .push(ProgressEntry::new(Utc::now().date_naive()));
        assert!(Step::Monitoring.has_content(&p), "a progress entry");

        let mut p = plan;
        p.goals[0].achievement = Some(Achievement::Improving);
        assert!(
            Step::Monitoring.has_content(&p),
            "how it is going, confirmed"
        );
    }

    #[test]
    fn evaluation_has_content_once_a_goal_is_scaled_scored_or_judged() {
        let plan = plan_with_a_goal();
        assert!(!Step::Evaluation.has_content(&plan));

        let mut p = plan.clone();
        p.goals[0].gas.levels[2] = "Moved into the flat".into();
        assert!(Step::Evaluation.has_content(&p), "a level described");
        p.goals[0].gas.levels[2] = "   ".into();
        assert!(!Step::Evaluation.has_content(&p), "blanks are not content");

        let mut p = plan.clone();
        p.goals[0].gas.weight = 3;
        assert!(Step::Evaluation.has_content(&p), "a weight chosen");

        let mut p = plan.clone();
        p.goals[0].gas.score = Some(0);
        assert!(Step::Evaluation.has_content(&p), "a level reached");

        let mut p = plan.clone();
        p.goals[0].evaluation.result = Some(OutcomeResult::PartlyMet);
        assert!(Step::Evaluation.has_content(&p), "an outcome");

        let mut p = plan;
        p.goals[0].evaluation.hindered = "The bus strike".into();
        assert!(Step::Evaluation.has_content(&p), "what got in the way");
    }

    #[test]
    fn transition_has_content_once_anything_is_filled_or_the_plan_is_closed() {
        let mut plan = CarePlan::new(Utc::now());
        assert!(!Step::Transition.has_content(&plan));
        plan.transition.if_worse = "Call Dr Lee".into();
        assert!(Step::Transition.has_content(&plan));

        let mut plan = CarePlan::new(Utc::now());
        plan.close(Utc::now().date_naive());
        assert!(Step::Transition.has_content(&plan));
    }

    #[test]
    fn print_never_shows_a_tick_of_its_own() {
        let mut plan = plan_with_a_goal();
        plan.close(Utc::now().date_naive());
        assert!(!Step::Print.has_content(&plan));
    }

    #[test]
    fn assessment_and_needs_have_content_once_something_is_entered() {
        let mut plan = CarePlan::new(Utc::now());
        plan.start_assessment(Utc::now().date_naive());
        assert!(
            !Step::Assessment.has_content(&plan),
            "an empty assessment is not content"
        );
        if let Some(a) = plan.current_assessment_mut() {
            a.katz.items[0] = Some(true);
        }
        assert!(Step::Assessment.has_content(&plan));
        assert!(!Step::Needs.has_content(&plan));
        plan.add_need();
        assert!(Step::Needs.has_content(&plan));
    }
}
