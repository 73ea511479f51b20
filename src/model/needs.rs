//! Needs: the problems and health concerns to work on (FHIR `Condition`, category
//! health-concern), in the order of what matters most to the person.

use super::assessment::domains::Domain;
use super::assessment::findings::{findings, Finding, FindingKey, NeedTopic, ProposalPriority};
use super::assessment::Assessment;
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
/// Every finding about the same need ([`NeedTopic`]) is in the one proposal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub topic: NeedTopic,
    /// Every finding pointing to this need, the one giving the words first.
    pub findings: Vec<Finding>,
    pub statement: String,
    pub domain: Domain,
    /// The highest priority among the findings.
    pub priority: ProposalPriority,
    /// Where each finding came from, in the order of `findings`.
    pub sources: Vec<String>,
}

impl CarePlan {
    /// Needs suggested by the current assessment that are neither a need yet nor dismissed:
    /// one per need topic, higher priority first, then in the order of the parts of life.
    /// A topic counts as taken once any need or dismissal carries one of its findings, from
    /// any assessment, so a re-assessment does not propose the same need twice, and a plan
    /// that took or dismissed one of two findings about the same need is not asked again.
    pub fn proposals(&self) -> Vec<Proposal> {
        self.proposals_in(Lang::En)
    }

    /// The proposals, worded in `lang`.
    pub fn proposals_in(&self, lang: Lang) -> Vec<Proposal> {
        let Some(current) = self.assessments.last() else {
            return Vec::new();
        };
        let mut groups: Vec<(NeedTopic, Vec<FindingKey>)> = Vec::new();
        for key in findings(current) {
            let topic = key.topic();
            if self.topic_taken(topic) {
                continue;
            }
            match groups.iter_mut().find(|(t, _)| *t == topic) {
                Some((_, keys)) => keys.push(key),
                None => groups.push((topic, vec![key])),
            }
        }
        let mut proposals: Vec<Proposal> = groups
            .into_iter()
            .map(|(topic, keys)| proposal(current, topic, keys, lang))
            .collect();
        // Stable: within a priority the parts of life keep their order.
        proposals.sort_by_key(|p| std::cmp::Reverse(p.priority));
        proposals
    }

    /// Whether a need or a dismissal already carries a finding about `topic`.
    fn topic_taken(&self, topic: NeedTopic) -> bool {
        self.dismissed
            .iter()
            .chain(self.needs.iter().flat_map(|n| &n.findings))
            .any(|f| f.key.topic() == topic)
    }

    /// Turns a proposal into one need at the bottom of the list (the person then moves it to
    /// where it matters), carrying every finding of the proposal. Returns its id, or `None` if
    /// the topic is no longer proposed.
    pub fn accept_proposal(&mut self, topic: NeedTopic) -> Option<NeedId> {
        self.accept_proposal_in(topic, Lang::En)
    }

    /// Accepts a proposal with its words in `lang`, the language the person read it in.
    pub fn accept_proposal_in(&mut self, topic: NeedTopic, lang: Lang) -> Option<NeedId> {
        let proposal = self
            .proposals_in(lang)
            .into_iter()
            .find(|p| p.topic == topic)?;
        let mut need = Need::new(proposal.statement, Some(proposal.domain));
        need.findings = proposal.findings;
        let id = need.id;
        self.needs.push(need);
        Some(id)
    }

    /// Sets a proposal aside, with every finding it listed. It can be brought back; nothing
    /// in the assessment changes.
    pub fn dismiss_proposal(&mut self, topic: NeedTopic) {
        let Some(proposal) = self.proposals().into_iter().find(|p| p.topic == topic) else {
            return;
        };
        for finding in proposal.findings {
            if !self.dismissed.contains(&finding) {
                self.dismissed.push(finding);
            }
        }
    }

    /// The dismissed needs, one per topic in the order dismissed, each with the first finding
    /// dismissed about it (a plan from before findings were grouped may hold two).
    pub fn dismissed_topics(&self) -> Vec<(NeedTopic, Finding)> {
        let mut out: Vec<(NeedTopic, Finding)> = Vec::new();
        for f in &self.dismissed {
            let topic = f.key.topic();
            if !out.iter().any(|(t, _)| *t == topic) {
                out.push((topic, *f));
            }
        }
        out
    }

    /// Brings back a dismissed need: every finding dismissed about its topic.
    pub fn restore_proposal(&mut self, topic: NeedTopic) {
        self.dismissed.retain(|f| f.key.topic() != topic);
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

/// The one proposal for `topic` from the findings `keys` of assessment `a` (in the order
/// `findings` gives: screens, then the rating). The screens give the words, joined when there
/// are two (living situation and problems in the home); with no screen, the person's words
/// from the rating do.
fn proposal(a: &Assessment, topic: NeedTopic, keys: Vec<FindingKey>, lang: Lang) -> Proposal {
    let screens: Vec<String> = keys
        .iter()
        .filter(|k| !k.is_rating())
        .map(|k| k.proposed_statement_in(a, lang))
        .collect();
    let statement = if screens.is_empty() {
        keys.first()
            .map(|k| k.proposed_statement_in(a, lang))
            .unwrap_or_default()
    } else {
        screens
            .iter()
            .enumerate()
            .map(|(i, s)| if i == 0 { s.clone() } else { lower_first(s) })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let priority = keys
        .iter()
        .map(|k| k.priority())
        .max()
        .unwrap_or(ProposalPriority::Lower);
    Proposal {
        topic,
        findings: keys
            .iter()
            .map(|&key| Finding {
                assessment: a.id,
                key,
            })
            .collect(),
        statement,
        domain: topic.domain(),
        priority,
        sources: keys.iter().map(|k| k.evidence_in(a, lang)).collect(),
    }
}

/// `text` with its first letter in lower case, to follow a semicolon.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::ahc::{FoodAnswer, HomeProblem, Living, Utilities};
    use crate::model::assessment::domains::NeedLevel;
    use crate::model::assessment::Assessment;
    use chrono::{NaiveDate, TimeZone, Utc};

    const HOUSING: NeedTopic = NeedTopic::PartOfLife(Domain::Housing);
    const FOOD: NeedTopic = NeedTopic::PartOfLife(Domain::Food);
    const MOOD: NeedTopic = NeedTopic::PartOfLife(Domain::MentalHealth);
    const RIDES: NeedTopic = NeedTopic::PartOfLife(Domain::Transportation);
    const MEDICINES: NeedTopic = NeedTopic::PartOfLife(Domain::Medications);

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

    /// The case of issue #26: PHQ-9 16, AHC positive for housing and transport, mood, housing
    /// and getting around rated high, and medicines rated moderate with the problem written.
    fn plan_like_john() -> CarePlan {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
        let mut plan = CarePlan::new(now);
        let mut a = Assessment::new(now.date_naive());
        a.phq9.items = [2, 2, 2, 2, 2, 2, 2, 2, 0].map(Some);
        a.ahc.living = Some(Living::NotSteady);
        a.ahc.set_no_home_problems(true);
        a.ahc.food_worried = Some(FoodAnswer::Never);
        a.ahc.food_ran_out = Some(FoodAnswer::Never);
        a.ahc.transportation = Some(true);
        a.ahc.utilities = Some(Utilities::No);
        a.ahc.safety = [1, 1, 1, 1].map(Some);
        for (d, level, concern) in [
            (
                Domain::MentalHealth,
                NeedLevel::High,
                "I feel down most days",
            ),
            (
                Domain::Housing,
                NeedLevel::High,
                "The motel is full of drinking",
            ),
            (
                Domain::Transportation,
                NeedLevel::High,
                "No license since the DUI",
            ),
            (
                Domain::Medications,
                NeedLevel::Moderate,
                "Cannot afford the hepatitis C medicine",
            ),
            (Domain::Legal, NeedLevel::Moderate, ""),
        ] {
            a.domain_mut(d).level = level;
            a.domain_mut(d).concerns = concern.into();
        }
        plan.assessments.push(a);
        plan
    }

    fn topics(plan: &CarePlan) -> Vec<NeedTopic> {
        plan.proposals().iter().map(|p| p.topic).collect()
    }

    fn proposal_for(plan: &CarePlan, topic: NeedTopic) -> Proposal {
        let found = plan.proposals().into_iter().find(|p| p.topic == topic);
        found.unwrap_or_else(|| panic!("{topic:?} not proposed"))
    }

    fn keys(p: &Proposal) -> Vec<FindingKey> {
        p.findings.iter().map(|f| f.key).collect()
    }

    /// Issue #27: a positive GAD-7 proposes an anxiety need of its own, next to the low-mood
    /// need that the PHQ-9 and the mood rating share; taking one leaves the other proposed.
    #[test]
    fn anxiety_is_its_own_need_apart_from_low_mood() {
        let mut plan = plan_like_john();
        if let Some(a) = plan.current_assessment_mut() {
            a.gad7.items = [2, 2, 2, 2, 1, 1, 1].map(Some); // 11, moderate
        }
        let anxiety = proposal_for(&plan, NeedTopic::Anxiety);
        assert_eq!(keys(&anxiety), vec![FindingKey::Anxiety]);
        assert_eq!(
            anxiety.statement,
            "Feeling nervous, anxious or worried much of the time"
        );
        assert_eq!(anxiety.domain, Domain::MentalHealth);
        assert_eq!(anxiety.sources, vec!["GAD-7 total 11 (moderate)"]);
        assert_eq!(anxiety.priority, ProposalPriority::Higher);
        let mood = proposal_for(&plan, MOOD);
        assert!(!keys(&mood).contains(&FindingKey::Anxiety));
        let ids = plan.accept_proposal(MOOD);
        assert!(ids.is_some());
        assert!(topics(&plan).contains(&NeedTopic::Anxiety));
        let need = plan.accept_proposal(NeedTopic::Anxiety);
        let need = need
            .and_then(|id| plan.need(id))
            .map(|n| n.statement.clone());
        assert_eq!(
            need.as_deref(),
            Some("Feeling nervous, anxious or worried much of the time")
        );
        assert!(!topics(&plan).contains(&NeedTopic::Anxiety));
    }

    #[test]
    fn positive_screens_are_proposed_until_accepted_or_dismissed() {
        let mut plan = plan_with_positive_food_and_housing();
        assert_eq!(topics(&plan), vec![HOUSING, FOOD]);
        let food = plan.proposals()[1].findings.clone();

        let id = plan.accept_proposal(FOOD).unwrap();
        let need = plan.need(id).unwrap();
        assert_eq!(need.statement, "Not always enough food (food insecurity)");
        assert_eq!(need.domain, Some(Domain::Food));
        assert_eq!(need.findings, food);
        assert_eq!(need.status, NeedStatus::Active);

        plan.dismiss_proposal(HOUSING);
        assert!(plan.proposals().is_empty());
        assert_eq!(
            plan.accept_proposal(HOUSING),
            None,
            "dismissed: not proposed"
        );

        plan.restore_proposal(HOUSING);
        assert_eq!(topics(&plan), vec![HOUSING]);
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
        assert_eq!(
            spanish[1].sources,
            vec!["AHC, preguntas 3 y 4 sobre comida"]
        );
        let id = plan.accept_proposal_in(spanish[1].topic, Lang::Es);
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
        let id = plan.accept_proposal(FOOD).unwrap();
        plan.dismiss_proposal(HOUSING);
        assert_eq!(plan.remove_need(id).map(|n| n.id), Some(id));
        assert_eq!(plan.assessments, before);
        assert_eq!(topics(&plan), vec![FOOD]);
    }

    #[test]
    fn a_reassessment_does_not_propose_a_need_already_taken() {
        let mut plan = plan_with_positive_food_and_housing();
        plan.accept_proposal(FOOD);
        let next = plan.assessments[0].follow_up(NaiveDate::from_ymd_opt(2026, 12, 20).unwrap());
        plan.assessments.push(next);
        assert_eq!(topics(&plan), vec![HOUSING]);
        assert_eq!(
            plan.proposals()[0].findings[0].assessment,
            plan.assessments[1].id,
            "proposals link to the current assessment"
        );
    }

    /// Issue #27: a positive AUDIT-C and a positive drug screen are one need about alcohol,
    /// drugs and smoking, in both their words, listing both sources; taking it takes both.
    #[test]
    fn alcohol_and_drug_screens_are_one_proposal() {
        use crate::model::assessment::audit_c::CutOff;
        let mut plan = CarePlan::new(Utc::now());
        plan.start_assessment(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default());
        if let Some(a) = plan.current_assessment_mut() {
            a.audit_c.items = [2, 1, 1].map(Some);
            a.audit_c.cut_off = Some(CutOff::Men);
            a.drug_screen.set_times(Some(1));
        }
        let topic = NeedTopic::PartOfLife(Domain::SubstanceUse);
        assert_eq!(topics(&plan), vec![topic]);
        let p = proposal_for(&plan, topic);
        assert_eq!(keys(&p), vec![FindingKey::AlcoholUse, FindingKey::DrugUse]);
        assert_eq!(
            p.statement,
            "Drinks an amount of alcohol that may harm their health; used illegal drugs or prescription medicines for non-medical reasons in the past year"
        );
        assert_eq!(
            p.sources,
            vec![
                "AUDIT-C total 4 of 12, positive with the cut-off for men (4 or more is positive)",
                "Single-question drug screen: once in the past year (1 or more is positive)"
            ]
        );
        assert_eq!(p.domain, Domain::SubstanceUse);
        let id = plan.accept_proposal(topic);
        assert!(id.is_some());
        assert!(plan.proposals().is_empty(), "both findings are taken");
        assert_eq!(plan.needs[0].findings.len(), 2);
    }

    /// Issue #26: ten proposals for about six needs. Depression from the PHQ-9 and the mood
    /// rating, housing from the AHC and the housing rating, transport from the AHC and the
    /// getting-around rating: one proposal each, listing both sources.
    #[test]
    fn findings_about_the_same_need_are_one_proposal_with_every_source() {
        let plan = plan_like_john();
        assert_eq!(topics(&plan), vec![MOOD, HOUSING, RIDES, MEDICINES]);

        let mood = proposal_for(&plan, MOOD);
        assert_eq!(
            keys(&mood),
            vec![
                FindingKey::Depression,
                FindingKey::HighNeed(Domain::MentalHealth)
            ]
        );
        assert_eq!(mood.statement, "Feeling down or depressed much of the time");
        assert_eq!(
            mood.sources,
            vec![
                "PHQ-9 total 16 (moderately severe)",
                "Mental health and mood rated high need"
            ]
        );
        assert_eq!(mood.priority, ProposalPriority::Higher);
        assert_eq!(mood.domain, Domain::MentalHealth);

        let housing = proposal_for(&plan, HOUSING);
        assert_eq!(
            keys(&housing),
            vec![
                FindingKey::HousingUnstable,
                FindingKey::HighNeed(Domain::Housing)
            ]
        );
        assert_eq!(housing.statement, "No steady place to live");
        assert_eq!(
            housing.sources,
            vec![
                "AHC question 1, living situation",
                "Housing rated high need"
            ]
        );

        let rides = proposal_for(&plan, RIDES);
        assert_eq!(
            keys(&rides),
            vec![
                FindingKey::Transportation,
                FindingKey::HighNeed(Domain::Transportation)
            ]
        );
        assert_eq!(
            rides.sources,
            vec![
                "AHC question 5, transportation",
                "Getting around rated high need"
            ]
        );

        let spanish = plan.proposals_in(Lang::Es);
        assert_eq!(
            spanish[0].sources,
            vec![
                "PHQ-9, total 16 (moderadamente grave)",
                "Necesidad alta en \u{ab}Salud mental y estado de \u{e1}nimo\u{bb}"
            ]
        );
    }

    /// A part of life rated moderate with a problem written proposes a need in the person's
    /// words, after the higher ones; rated moderate with nothing written, it proposes nothing.
    #[test]
    fn a_moderate_rating_with_a_problem_written_is_proposed_at_lower_priority() {
        let mut plan = plan_like_john();
        let proposals = plan.proposals();
        let last = proposals.last().unwrap();
        assert_eq!(last.topic, MEDICINES);
        assert_eq!(
            last.statement,
            "Medicines: Cannot afford the hepatitis C medicine"
        );
        assert_eq!(last.priority, ProposalPriority::Lower);
        assert_eq!(last.sources, vec!["Medicines rated moderate need"]);
        assert!(proposals[..proposals.len() - 1]
            .iter()
            .all(|p| p.priority == ProposalPriority::Higher));
        assert!(
            !topics(&plan).contains(&NeedTopic::PartOfLife(Domain::Legal)),
            "moderate with no problem written"
        );
        let id = plan.accept_proposal(MEDICINES).unwrap();
        let need = plan.need(id).unwrap();
        assert_eq!(
            need.statement,
            "Medicines: Cannot afford the hepatitis C medicine"
        );
        assert_eq!(need.domain, Some(Domain::Medications));
        assert_eq!(
            need.findings.iter().map(|f| f.key).collect::<Vec<_>>(),
            vec![FindingKey::ModerateNeed(Domain::Medications)]
        );
    }

    /// A screen and a moderate rating of the same need: one proposal, at the screen's
    /// (higher) priority, in the order of the parts of life.
    #[test]
    fn a_merged_proposal_takes_the_highest_priority_of_its_sources() {
        let mut plan = plan_like_john();
        if let Some(a) = plan.current_assessment_mut() {
            a.domain_mut(Domain::MentalHealth).level = NeedLevel::Moderate;
        }
        let mood = proposal_for(&plan, MOOD);
        assert_eq!(
            keys(&mood),
            vec![
                FindingKey::Depression,
                FindingKey::ModerateNeed(Domain::MentalHealth)
            ]
        );
        assert_eq!(mood.priority, ProposalPriority::Higher);
        assert_eq!(topics(&plan)[0], MOOD);
    }

    /// Living situation and problems in the home are one housing need: both screens' words,
    /// both sources, and the housing rating's source too.
    #[test]
    fn two_housing_screens_and_the_housing_rating_are_one_proposal() {
        let mut plan = plan_with_positive_food_and_housing();
        if let Some(a) = plan.current_assessment_mut() {
            a.ahc.living = Some(Living::WorriedAboutLosing);
            a.ahc.set_home_problem(HomeProblem::Mold, true);
            a.domain_mut(Domain::Housing).level = NeedLevel::High;
        }
        let housing = proposal_for(&plan, HOUSING);
        assert_eq!(
            housing.statement,
            "Worried about losing their home; problems in the home: mold"
        );
        assert_eq!(
            housing.sources,
            vec![
                "AHC question 1, living situation",
                "AHC question 2, problems in the home",
                "Housing rated high need"
            ]
        );
        assert_eq!(
            plan.proposals_in(Lang::Es)[0].statement,
            "Le preocupa perder su vivienda; problemas en la vivienda: moho"
        );
        assert_eq!(topics(&plan), vec![HOUSING, FOOD]);
    }

    #[test]
    fn accepting_a_merged_proposal_makes_one_need_carrying_every_source() {
        let mut plan = plan_like_john();
        let before = proposal_for(&plan, MOOD);
        let id = plan.accept_proposal(MOOD).unwrap();
        assert_eq!(plan.needs.len(), 1);
        let need = plan.need(id).unwrap();
        assert_eq!(need.findings, before.findings);
        assert_eq!(need.statement, before.statement);
        assert_eq!(need.domain, Some(Domain::MentalHealth));
        assert_eq!(topics(&plan), vec![HOUSING, RIDES, MEDICINES]);
        assert_eq!(plan.accept_proposal(MOOD), None, "not proposed twice");
    }

    #[test]
    fn dismissing_a_merged_proposal_sets_aside_every_source_as_one() {
        let mut plan = plan_like_john();
        plan.dismiss_proposal(HOUSING);
        assert_eq!(
            plan.dismissed.iter().map(|f| f.key).collect::<Vec<_>>(),
            vec![
                FindingKey::HousingUnstable,
                FindingKey::HighNeed(Domain::Housing)
            ]
        );
        assert_eq!(topics(&plan), vec![MOOD, RIDES, MEDICINES]);
        let dismissed = plan.dismissed_topics();
        assert_eq!(dismissed.len(), 1);
        assert_eq!(dismissed[0].0, HOUSING);
        assert_eq!(dismissed[0].1.key, FindingKey::HousingUnstable);
        plan.restore_proposal(HOUSING);
        assert!(plan.dismissed.is_empty());
        assert_eq!(keys(&proposal_for(&plan, HOUSING)).len(), 2);
    }

    /// A plan saved before proposals were grouped dismissed the PHQ-9 proposal and left the
    /// mood rating's: the merged proposal stays away until the person brings it back.
    #[test]
    fn an_old_plan_that_dismissed_one_of_two_proposals_is_not_asked_again() {
        let mut plan = plan_like_john();
        let assessment = plan.assessments[0].id;
        plan.dismissed.push(Finding {
            assessment,
            key: FindingKey::Depression,
        });
        assert!(!topics(&plan).contains(&MOOD));
        assert_eq!(plan.accept_proposal(MOOD), None);
        assert_eq!(
            plan.dismissed_topics(),
            vec![(
                MOOD,
                Finding {
                    assessment,
                    key: FindingKey::Depression
                }
            )]
        );
        plan.restore_proposal(MOOD);
        assert_eq!(
            keys(&proposal_for(&plan, MOOD)).len(),
            2,
            "both sources back"
        );
    }

    /// The same for a plan that made a need of the housing screen and never answered the
    /// housing rating's proposal; and one that dismissed both old proposals shows one row.
    #[test]
    fn an_old_plan_that_took_one_of_two_proposals_is_not_asked_again() {
        let mut plan = plan_like_john();
        let assessment = plan.assessments[0].id;
        let mut need = Need::new("A steady place to live".into(), Some(Domain::Housing));
        need.findings.push(Finding {
            assessment,
            key: FindingKey::HousingUnstable,
        });
        plan.needs.push(need);
        assert!(!topics(&plan).contains(&HOUSING));

        for key in [
            FindingKey::Transportation,
            FindingKey::HighNeed(Domain::Transportation),
        ] {
            plan.dismissed.push(Finding { assessment, key });
        }
        assert!(!topics(&plan).contains(&RIDES));
        assert_eq!(plan.dismissed_topics().len(), 1);
        plan.restore_proposal(RIDES);
        assert!(plan.dismissed.is_empty());
        assert!(topics(&plan).contains(&RIDES));
    }

    /// The stored plan keeps its shape: dismissed findings and a need's findings as before,
    /// the new moderate rating written like the high one.
    #[test]
    fn old_stored_findings_still_read_and_the_moderate_rating_round_trips() {
        let mut plan = plan_like_john();
        plan.accept_proposal(MEDICINES);
        plan.dismiss_proposal(MOOD);
        let json = serde_json::to_string(&plan).unwrap();
        assert!(json.contains(r#""key":{"moderate-need":"medications"}"#));
        assert!(json.contains(r#""key":"depression""#));
        let back: CarePlan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, plan);
        assert_eq!(topics(&back), vec![HOUSING, RIDES]);
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
