//! Needs: the problems and health concerns to work on (FHIR `Condition`, category
//! health-concern), in the order of what matters most to the person.

use super::assessment::domains::Domain;
use super::assessment::findings::{findings, Finding, FindingKey};
use super::ids::NeedId;
use super::lang::Lang;
use super::list;
use super::plan::CarePlan;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NeedStatus {
    #[default]
    Active,
    Resolved,
    NotNow,
}

impl NeedStatus {
    pub const ALL: [NeedStatus; 3] = [NeedStatus::Active, NeedStatus::NotNow, NeedStatus::Resolved];

    pub fn code(self) -> &'static str {
        match self {
            NeedStatus::Active => "active",
            NeedStatus::Resolved => "resolved",
            NeedStatus::NotNow => "not-now",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            NeedStatus::Active => "Working on it",
            NeedStatus::Resolved => "Resolved",
            NeedStatus::NotNow => "Not now",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Need {
    pub id: NeedId,
    /// The need in plain words.
    #[serde(default)]
    pub statement: String,
    #[serde(default)]
    pub domain: Option<Domain>,
    #[serde(default)]
    pub status: NeedStatus,
    /// The assessment findings it came from.
    #[serde(default)]
    pub findings: Vec<Finding>,
}

impl Need {
    pub fn new(statement: String, domain: Option<Domain>) -> Self {
        Self {
            id: NeedId::new(),
            statement,
            domain,
            status: NeedStatus::Active,
            findings: Vec::new(),
        }
    }

    pub fn display_statement(&self) -> String {
        match self.statement.trim() {
            "" => "Need with no words yet".into(),
            s => s.to_string(),
        }
    }
}

/// A need the current assessment suggests, waiting for the person to accept or dismiss it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub finding: Finding,
    pub statement: String,
    pub domain: Domain,
    pub evidence: String,
}

impl CarePlan {
    /// Needs suggested by the current assessment that are neither a need yet nor dismissed.
    /// A finding counts as taken once any need carries it, from any assessment, so a
    /// re-assessment does not propose the same need twice.
    pub fn proposals(&self) -> Vec<Proposal> {
        self.proposals_in(Lang::En)
    }

    /// The proposals, worded in `lang`.
    pub fn proposals_in(&self, lang: Lang) -> Vec<Proposal> {
        let Some(current) = self.assessments.last() else {
            return Vec::new();
        };
        findings(current)
            .into_iter()
            .filter(|key| !self.finding_taken(*key))
            .map(|key| Proposal {
                finding: Finding {
                    assessment: current.id,
                    key,
                },
                statement: key.proposed_statement_in(current, lang),
                domain: key.domain(),
                evidence: key.evidence_in(current, lang),
            })
            .collect()
    }

    fn finding_taken(&self, key: FindingKey) -> bool {
        self.dismissed.iter().any(|f| f.key == key)
            || self
                .needs
                .iter()
                .any(|n| n.findings.iter().any(|f| f.key == key))
    }

    /// Turns a proposal into a need at the bottom of the list (the person then moves it to
    /// where it matters). Returns its id, or `None` if the finding is no longer proposed.
    pub fn accept_proposal(&mut self, finding: Finding) -> Option<NeedId> {
        self.accept_proposal_in(finding, Lang::En)
    }

    /// Accepts a proposal with its words in `lang`, the language the person read it in.
    pub fn accept_proposal_in(&mut self, finding: Finding, lang: Lang) -> Option<NeedId> {
        let proposal = self
            .proposals_in(lang)
            .into_iter()
            .find(|p| p.finding == finding)?;
        let mut need = Need::new(proposal.statement, Some(proposal.domain));
        need.findings.push(finding);
        let id = need.id;
        self.needs.push(need);
        Some(id)
    }

    /// Sets a proposal aside. It can be brought back; nothing in the assessment changes.
    pub fn dismiss_proposal(&mut self, finding: Finding) {
        if !self.dismissed.contains(&finding) {
            self.dismissed.push(finding);
        }
    }

    /// Brings back a dismissed proposal.
    pub fn restore_proposal(&mut self, key: FindingKey) {
        self.dismissed.retain(|f| f.key != key);
    }

    pub fn add_need(&mut self) -> NeedId {
        let need = Need::new(String::new(), None);
        let id = need.id;
        self.needs.push(need);
        id
    }

    pub fn need(&self, id: NeedId) -> Option<&Need> {
        self.needs.iter().find(|n| n.id == id)
    }

    pub fn need_mut(&mut self, id: NeedId) -> Option<&mut Need> {
        self.needs.iter_mut().find(|n| n.id == id)
    }

    /// Removes a need and returns it; goals that linked to it are unlinked (the goals stay).
    /// Its assessment findings stay in the assessment and are proposed again.
    pub fn remove_need(&mut self, id: NeedId) -> Option<Need> {
        let need = list::take(&mut self.needs, |n| n.id == id)?;
        for goal in &mut self.goals {
            goal.needs.retain(|n| *n != id);
        }
        Some(need)
    }

    /// Moves a need one place up (`-1`, higher priority) or down (`+1`).
    pub fn move_need(&mut self, id: NeedId, delta: isize) -> bool {
        list::move_by(&mut self.needs, |n| n.id == id, delta)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::ahc::{FoodAnswer, Living};
    use crate::model::assessment::Assessment;
    use chrono::{NaiveDate, TimeZone, Utc};

    fn plan_with_positive_food_and_housing() -> CarePlan {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
        let mut plan = CarePlan::new(now);
        let mut a = Assessment::new(now.date_naive());
        a.ahc.living = Some(Living::NotSteady);
        a.ahc.set_no_home_problems(true);
        a.ahc.food_worried = Some(FoodAnswer::Often);
        a.ahc.food_ran_out = Some(FoodAnswer::Sometimes);
        plan.assessments.push(a);
        plan
    }

    fn keys(plan: &CarePlan) -> Vec<FindingKey> {
        plan.proposals().iter().map(|p| p.finding.key).collect()
    }

    #[test]
    fn positive_screens_are_proposed_until_accepted_or_dismissed() {
        let mut plan = plan_with_positive_food_and_housing();
        assert_eq!(
            keys(&plan),
            vec![FindingKey::HousingUnstable, FindingKey::FoodInsecurity]
        );
        let [housing, food] = [0, 1].map(|i| plan.proposals()[i].finding);

        let id = plan.accept_proposal(food).unwrap();
        let need = plan.need(id).unwrap();
        assert_eq!(need.statement, "Not always enough food (food insecurity)");
        assert_eq!(need.domain, Some(Domain::Food));
        assert_eq!(need.findings, vec![food]);
        assert_eq!(need.status, NeedStatus::Active);

        plan.dismiss_proposal(housing);
        assert!(plan.proposals().is_empty());
        assert_eq!(
            plan.accept_proposal(housing),
            None,
            "dismissed: not proposed"
        );

        plan.restore_proposal(FindingKey::HousingUnstable);
        assert_eq!(keys(&plan), vec![FindingKey::HousingUnstable]);
    }

    #[test]
    fn proposals_are_worded_in_the_language_chosen_and_accepted_as_read() {
        let mut plan = plan_with_positive_food_and_housing();
        assert_eq!(plan.proposals_in(Lang::En), plan.proposals());
        let spanish = plan.proposals_in(Lang::Es);
        let words: Vec<_> = spanish.iter().map(|p| p.statement.as_str()).collect();
        assert_eq!(
            words,
            vec![
                "No tiene un lugar estable donde vivir",
                "No siempre tiene suficiente comida (inseguridad alimentaria)"
            ]
        );
        assert_eq!(spanish[1].evidence, "AHC, preguntas 3 y 4 sobre comida");
        let id = plan.accept_proposal_in(spanish[1].finding, Lang::Es);
        let need = id.and_then(|id| plan.need(id));
        assert_eq!(
            need.map(|n| n.statement.as_str()),
            Some("No siempre tiene suficiente comida (inseguridad alimentaria)")
        );
        assert_eq!(need.and_then(|n| n.domain), Some(Domain::Food));
    }

    #[test]
    fn removing_a_need_keeps_the_assessment_and_proposes_it_again() {
        let mut plan = plan_with_positive_food_and_housing();
        let before = plan.assessments.clone();
        let food = plan.proposals()[1].finding;
        let id = plan.accept_proposal(food).unwrap();
        plan.dismiss_proposal(plan.proposals()[0].finding);
        assert_eq!(plan.remove_need(id).map(|n| n.id), Some(id));
        assert_eq!(plan.assessments, before);
        assert_eq!(keys(&plan), vec![FindingKey::FoodInsecurity]);
    }

    #[test]
    fn a_reassessment_does_not_propose_a_need_already_taken() {
        let mut plan = plan_with_positive_food_and_housing();
        let food = plan.proposals()[1].finding;
        plan.accept_proposal(food);
        let next = plan.assessments[0].follow_up(NaiveDate::from_ymd_opt(2026, 12, 20).unwrap());
        plan.assessments.push(next);
        assert_eq!(keys(&plan), vec![FindingKey::HousingUnstable]);
        assert_eq!(
            plan.proposals()[0].finding.assessment,
            plan.assessments[1].id,
            "proposals link to the current assessment"
        );
    }

    #[test]
    fn needs_reorder_by_priority_and_keep_their_ids() {
        let mut plan = plan_with_positive_food_and_housing();
        let a = plan.add_need();
        let b = plan.add_need();
        let c = plan.add_need();
        plan.need_mut(c).unwrap().statement = "Get my ID card back".into();
        assert!(plan.move_need(c, -1));
        assert!(plan.move_need(c, -1));
        assert!(!plan.move_need(c, -1));
        let order: Vec<_> = plan.needs.iter().map(|n| n.id).collect();
        assert_eq!(order, vec![c, a, b]);
        assert_eq!(
            plan.need(c).unwrap().display_statement(),
            "Get my ID card back"
        );
        assert_eq!(
            plan.need(a).unwrap().display_statement(),
            "Need with no words yet"
        );
    }

    #[test]
    fn removing_a_need_unlinks_it_from_goals_and_keeps_the_goals() {
        let mut plan = plan_with_positive_food_and_housing();
        let keep = plan.add_need();
        let gone = plan.add_need();
        let goal_id = plan.add_goal(crate::model::Goal {
            needs: vec![keep, gone],
            ..Default::default()
        });
        assert_eq!(plan.goals_linked_to(gone), vec![goal_id]);
        plan.remove_need(gone);
        assert_eq!(
            plan.goal(goal_id).map(|g| g.needs.clone()),
            Some(vec![keep])
        );
        assert!(plan.goals_linked_to(gone).is_empty());
    }

    #[test]
    fn no_assessment_no_proposals() {
        let plan = CarePlan::new(Utc::now());
        assert!(plan.proposals().is_empty());
    }
}
