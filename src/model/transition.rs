//! Transition and closure: why the plan ends or moves on, who takes over, what to do if things
//! get worse, and which needs are still open. Closing keeps everything readable; reopening
//! brings the plan back as it was.

use super::ids::{MemberId, NeedId};
use super::needs::NeedStatus;
use super::plan::{CarePlan, PlanStatus};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClosureReason {
    GoalsMet,
    MovedToAnotherService,
    PersonChoseToStop,
    Other,
}

impl ClosureReason {
    pub const ALL: [ClosureReason; 4] = [
        ClosureReason::GoalsMet,
        ClosureReason::MovedToAnotherService,
        ClosureReason::PersonChoseToStop,
        ClosureReason::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ClosureReason::GoalsMet => "goals-met",
            ClosureReason::MovedToAnotherService => "moved",
            ClosureReason::PersonChoseToStop => "person-chose",
            ClosureReason::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            ClosureReason::GoalsMet => "The goals were met",
            ClosureReason::MovedToAnotherService => "Moving to another service",
            ClosureReason::PersonChoseToStop => "The person chose to stop",
            ClosureReason::Other => "Another reason",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Transition {
    pub reason: Option<ClosureReason>,
    /// More about the reason, in words ("Other" needs it).
    pub reason_detail: String,
    /// Where the person goes next: a service, a provider, home.
    pub next_setting: String,
    /// Care-team members who take over or stay in touch (new ones are added to the team).
    pub handoff: Vec<MemberId>,
    pub follow_up: Option<NaiveDate>,
    /// What to do, and whom to call, if things get worse.
    pub if_worse: String,
    /// Needs still open when the plan ends.
    pub open_needs: Vec<NeedId>,
    /// The day the plan was closed; `None` while it is open.
    pub closed_on: Option<NaiveDate>,
    /// The status to go back to on reopening.
    pub status_before: Option<PlanStatus>,
}

impl Transition {
    /// Anything filled in at all (the printout leaves the section out otherwise).
    pub fn is_started(&self) -> bool {
        self.reason.is_some()
            || !self.reason_detail.trim().is_empty()
            || !self.next_setting.trim().is_empty()
            || !self.handoff.is_empty()
            || self.follow_up.is_some()
            || !self.if_worse.trim().is_empty()
            || !self.open_needs.is_empty()
            || self.closed_on.is_some()
    }

    pub fn reason_text(&self) -> Option<String> {
        let detail = self.reason_detail.trim();
        match (self.reason, detail.is_empty()) {
            (Some(r), true) => Some(r.label().to_string()),
            (Some(r), false) => Some(format!("{}: {detail}", r.label())),
            (None, false) => Some(detail.to_string()),
            (None, true) => None,
        }
    }
}

impl CarePlan {
    pub fn is_closed(&self) -> bool {
        self.transition.closed_on.is_some()
    }

    /// Closes the plan on `date`: its status becomes completed; everything stays.
    pub fn close(&mut self, date: NaiveDate) {
        if self.is_closed() {
            return;
        }
        self.transition.status_before = Some(self.status);
        self.transition.closed_on = Some(date);
        self.status = PlanStatus::Completed;
    }

    /// Reopens a closed plan with the status it had before.
    pub fn reopen(&mut self) {
        if !self.is_closed() {
            return;
        }
        self.transition.closed_on = None;
        self.status = self
            .transition
            .status_before
            .take()
            .filter(|s| *s != PlanStatus::Completed)
            .unwrap_or(PlanStatus::Active);
    }

    /// Needs not resolved: the ones to offer as "still open".
    pub fn unresolved_needs(&self) -> Vec<NeedId> {
        self.needs
            .iter()
            .filter(|n| n.status != NeedStatus::Resolved)
            .map(|n| n.id)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn plan() -> CarePlan {
        let mut p = CarePlan::new(Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap());
        p.status = PlanStatus::Active;
        p
    }

    #[test]
    fn closing_and_reopening_keep_everything() {
        let mut p = plan();
        p.transition.next_setting = "Primary care at Eastside".into();
        let before = p.clone();
        let day = NaiveDate::from_ymd_opt(2026, 12, 20).unwrap();
        p.close(day);
        assert!(p.is_closed());
        assert_eq!(p.status, PlanStatus::Completed);
        assert_eq!(p.transition.closed_on, Some(day));
        p.close(NaiveDate::from_ymd_opt(2026, 12, 21).unwrap());
        assert_eq!(
            p.transition.closed_on,
            Some(day),
            "closing twice keeps the date"
        );
        p.reopen();
        assert!(!p.is_closed());
        assert_eq!(p, before);
    }

    #[test]
    fn reopening_a_plan_closed_as_completed_makes_it_active() {
        let mut p = plan();
        p.status = PlanStatus::Completed;
        p.close(NaiveDate::from_ymd_opt(2026, 12, 20).unwrap());
        p.reopen();
        assert_eq!(p.status, PlanStatus::Active);
    }

    #[test]
    fn the_reason_reads_as_a_phrase() {
        let mut t = Transition::default();
        assert!(!t.is_started());
        assert_eq!(t.reason_text(), None);
        t.reason = Some(ClosureReason::MovedToAnotherService);
        assert_eq!(t.reason_text().unwrap(), "Moving to another service");
        t.reason_detail = "Housing First program".into();
        assert_eq!(
            t.reason_text().unwrap(),
            "Moving to another service: Housing First program"
        );
        assert!(t.is_started());
        for r in ClosureReason::ALL {
            assert_eq!(ClosureReason::from_code(r.code()), Some(r));
        }
    }

    #[test]
    fn resolved_needs_are_not_offered_as_open() {
        let mut p = plan();
        let a = p.add_need();
        let b = p.add_need();
        if let Some(n) = p.needs.iter_mut().find(|n| n.id == a) {
            n.status = NeedStatus::Resolved;
        }
        assert_eq!(p.unresolved_needs(), vec![b]);
    }
}
