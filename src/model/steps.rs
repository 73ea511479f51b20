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
            // Filled by later work; until then these steps hold nothing.
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
