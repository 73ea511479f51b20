//! The structured assessment: each part of life, scored screening instruments, and barriers.
//! A plan keeps every dated assessment; the last one is the current one.

pub mod ahc;
pub mod audit_c;
pub mod barriers;
pub mod domains;
pub mod drug_screen;
pub mod findings;
pub mod gad7;
pub mod history;
pub mod hvs;
pub mod instrument;
pub mod katz;
pub mod phq9;
pub mod safety;

use crate::model::ids::AssessmentId;
use crate::model::Choice;
use ahc::Ahc;
use audit_c::AuditC;
use barriers::Barrier;
use chrono::NaiveDate;
use domains::{Domain, DomainAssessment};
use drug_screen::DrugScreen;
use gad7::Gad7;
use hvs::Hvs;
use katz::Katz;
use phq9::Phq9;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One dated assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: AssessmentId,
    pub date: NaiveDate,
    /// Only domains with something entered are stored; the rest are "not assessed".
    #[serde(default)]
    pub domains: BTreeMap<Domain, DomainAssessment>,
    /// Barriers that cut across all parts of life.
    #[serde(default)]
    pub barriers: Vec<Barrier>,
    #[serde(default)]
    pub other_barriers: String,
    #[serde(default)]
    pub phq9: Phq9,
    /// Absent in plans saved before the GAD-7 was added: read as not started.
    #[serde(default)]
    pub gad7: Gad7,
    #[serde(default)]
    pub ahc: Ahc,
    #[serde(default)]
    pub hvs: Hvs,
    #[serde(default)]
    pub katz: Katz,
    #[serde(default)]
    pub audit_c: AuditC,
    #[serde(default)]
    pub drug_screen: DrugScreen,
}

static NOT_ASSESSED: DomainAssessment = DomainAssessment {
    level: domains::NeedLevel::NotAssessed,
    strengths: String::new(),
    concerns: String::new(),
    staff_notes: String::new(),
    barriers: Vec::new(),
    other_barriers: String::new(),
};

impl Assessment {
    pub fn new(date: NaiveDate) -> Self {
        Self {
            id: AssessmentId::new(),
            date,
            domains: BTreeMap::new(),
            barriers: Vec::new(),
            other_barriers: String::new(),
            phq9: Phq9::default(),
            gad7: Gad7::default(),
            ahc: Ahc::default(),
            hvs: Hvs::default(),
            katz: Katz::default(),
            audit_c: AuditC::default(),
            drug_screen: DrugScreen::default(),
        }
    }

    /// A re-assessment: a copy of this one as the starting point, with its own id and date.
    pub fn follow_up(&self, date: NaiveDate) -> Self {
        Self {
            id: AssessmentId::new(),
            date,
            ..self.clone()
        }
    }

    pub fn domain(&self, d: Domain) -> &DomainAssessment {
        self.domains.get(&d).unwrap_or(&NOT_ASSESSED)
    }

    pub fn domain_mut(&mut self, d: Domain) -> &mut DomainAssessment {
        self.domains.entry(d).or_default()
    }

    /// Domains not yet looked at, in order.
    pub fn not_assessed(&self) -> Vec<Domain> {
        Domain::ALL
            .iter()
            .copied()
            .filter(|d| self.domain(*d).level == domains::NeedLevel::NotAssessed)
            .collect()
    }

    /// Ticks or unticks a barrier, in a domain or (with `None`) overall.
    pub fn set_barrier(&mut self, domain: Option<Domain>, barrier: Barrier, ticked: bool) {
        let list = match domain {
            Some(d) => &mut self.domain_mut(d).barriers,
            None => &mut self.barriers,
        };
        list.retain(|b| *b != barrier);
        if ticked {
            list.push(barrier);
            list.sort();
        }
    }

    /// Every barrier recorded anywhere in the assessment, once each, in checklist order.
    pub fn all_barriers(&self) -> Vec<Barrier> {
        let mut all: Vec<Barrier> = self
            .barriers
            .iter()
            .chain(self.domains.values().flat_map(|d| d.barriers.iter()))
            .copied()
            .collect();
        all.sort();
        all.dedup();
        all
    }

    /// PHQ-9 question 9 above zero: show the crisis line here and on the printout.
    pub fn safety_flag(&self) -> bool {
        self.phq9.self_harm_flag()
    }

    pub fn has_content(&self) -> bool {
        self.domains.values().any(|d| !d.is_blank())
            || !self.barriers.is_empty()
            || !self.other_barriers.trim().is_empty()
            || self.phq9.is_started()
            || self.gad7.is_started()
            || self.ahc.is_started()
            || self.hvs.is_started()
            || self.katz.is_started()
            || self.audit_c.is_started()
            || self.drug_screen.is_started()
    }

    /// Screens that came out positive for a domain, for the overview.
    pub fn screen_marks(&self, d: Domain) -> Vec<findings::FindingKey> {
        findings::findings(self)
            .into_iter()
            .filter(|k| k.domain() == d && !k.is_rating())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::domains::NeedLevel;
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default()
    }

    #[test]
    fn follow_up_copies_answers_under_a_new_id_and_date() {
        let mut first = Assessment::new(day(1));
        first.domain_mut(Domain::Housing).level = NeedLevel::High;
        first.phq9.items[0] = Some(2);
        let second = first.follow_up(day(22));
        assert_ne!(second.id, first.id);
        assert_eq!(second.date, day(22));
        assert_eq!(second.domain(Domain::Housing).level, NeedLevel::High);
        assert_eq!(second.phq9, first.phq9);
    }

    #[test]
    fn unvisited_domains_read_as_not_assessed() {
        let mut a = Assessment::new(day(1));
        assert_eq!(a.not_assessed().len(), Domain::ALL.len());
        assert!(!a.has_content());
        a.domain_mut(Domain::Food).level = NeedLevel::None;
        assert_eq!(a.not_assessed().len(), Domain::ALL.len() - 1);
        assert!(!a.not_assessed().contains(&Domain::Food));
        assert!(a.has_content());
    }

    #[test]
    fn barriers_are_kept_once_each() {
        let mut a = Assessment::new(day(1));
        a.set_barrier(Some(Domain::Medications), Barrier::Cost, true);
        a.set_barrier(Some(Domain::Medications), Barrier::Cost, true);
        a.set_barrier(None, Barrier::Transportation, true);
        a.set_barrier(Some(Domain::Food), Barrier::Transportation, true);
        assert_eq!(a.domain(Domain::Medications).barriers, vec![Barrier::Cost]);
        assert_eq!(
            a.all_barriers(),
            vec![Barrier::Transportation, Barrier::Cost]
        );
        a.set_barrier(None, Barrier::Transportation, false);
        a.set_barrier(Some(Domain::Food), Barrier::Transportation, false);
        assert_eq!(a.all_barriers(), vec![Barrier::Cost]);
    }

    #[test]
    fn screens_mark_their_domain() {
        let mut a = Assessment::new(day(1));
        a.ahc.transportation = Some(true);
        a.domain_mut(Domain::Transportation).level = NeedLevel::High;
        assert_eq!(
            a.screen_marks(Domain::Transportation),
            vec![findings::FindingKey::Transportation]
        );
        // A moderate rating with a problem written is a finding, but not a screen.
        a.domain_mut(Domain::Food).level = NeedLevel::Moderate;
        a.domain_mut(Domain::Food).concerns = "Runs out at the end of the month".into();
        assert_eq!(
            findings::findings(&a),
            vec![
                findings::FindingKey::ModerateNeed(Domain::Food),
                findings::FindingKey::Transportation,
                findings::FindingKey::HighNeed(Domain::Transportation),
            ]
        );
        assert!(a.screen_marks(Domain::Food).is_empty());
    }

    #[test]
    fn an_assessment_round_trips_through_json() {
        let mut a = Assessment::new(day(1));
        a.domain_mut(Domain::Culture).strengths = "Church on Sundays".into();
        a.set_barrier(Some(Domain::Culture), Barrier::Language, true);
        a.ahc.set_home_problem(ahc::HomeProblem::Lead, true);
        a.katz.items[2] = Some(false);
        a.gad7.items = [1, 2, 3, 0, 1, 2, 3].map(Some);
        a.audit_c.items = [Some(2), Some(1), Some(0)];
        a.audit_c.cut_off = Some(audit_c::CutOff::Women);
        a.drug_screen.set_times(Some(3));
        let json = serde_json::to_string(&a).unwrap();
        let back: Assessment = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn an_assessment_saved_before_the_gad7_loads_with_it_not_started() {
        let mut a = Assessment::new(day(1));
        a.phq9.items[0] = Some(2);
        let mut json = serde_json::to_value(&a).unwrap();
        let removed = json.as_object_mut().and_then(|o| o.remove("gad7"));
        assert!(removed.is_some(), "the GAD-7 answers are stored");
        let back: Assessment = serde_json::from_value(json).unwrap();
        assert_eq!(back.gad7, Gad7::default());
        assert_eq!(back, a);
        let mut started = Assessment::new(day(1));
        assert!(!started.has_content());
        started.gad7.items[3] = Some(0);
        assert!(started.has_content());
    }

    #[test]
    fn an_assessment_stored_before_audit_c_and_the_drug_screen_loads_without_them() {
        let mut a = Assessment::new(day(1));
        a.phq9.items[0] = Some(1);
        let mut json = serde_json::to_value(&a).unwrap();
        let fields = json.as_object_mut().unwrap();
        assert!(fields.remove("audit_c").is_some());
        assert!(fields.remove("drug_screen").is_some());
        let back: Assessment = serde_json::from_value(json).unwrap();
        assert_eq!(back, a);
        assert!(!back.audit_c.is_started() && !back.drug_screen.is_started());
    }

    #[test]
    fn alcohol_and_drug_answers_count_as_content() {
        let mut a = Assessment::new(day(1));
        a.audit_c.cut_off = Some(audit_c::CutOff::Men);
        assert!(a.has_content());
        let mut b = Assessment::new(day(1));
        b.drug_screen.set_declined(true);
        assert!(b.has_content());
    }
}
