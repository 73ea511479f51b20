//! Consent to share information (FHIR `Consent`): what the person agreed to share, with whom
//! (someone on the care team, a service, or another organization named as typed), for what,
//! from and until when, and whether and when they withdrew it.
//!
//! A consent is never taken out of the plan by withdrawing it: it stays, dated, so the plan
//! shows what was agreed and when it stopped.

use super::ids::{ConsentId, MemberId, ServiceId};
use super::intake::CareTeamMember;
use super::lang::Lang;
use super::list;
use super::plan::CarePlan;
use super::services::Service;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who the information may go to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Recipient {
    /// Someone on the plan's care team.
    Member { id: MemberId },
    /// A service or referral of the plan (an organization).
    Service { id: ServiceId },
    /// Anyone else, as typed: an organization or a person not in the plan.
    Named { name: String },
}

impl Default for Recipient {
    fn default() -> Self {
        Recipient::Named {
            name: String::new(),
        }
    }
}

/// The person withdrew their consent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revocation {
    /// From this day on, nothing more is shared.
    pub date: NaiveDate,
    /// Why, or what was said, in their words (may be empty).
    #[serde(default)]
    pub note: String,
}

/// One consent to share.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Consent {
    pub id: ConsentId,
    pub recipient: Recipient,
    /// What may be shared, e.g. "my care plan and appointment dates".
    pub what: String,
    /// What for, e.g. "to arrange housing support".
    pub purpose: String,
    /// The first day it applies.
    pub from: Option<NaiveDate>,
    /// The last day it applies; none: until withdrawn.
    pub until: Option<NaiveDate>,
    pub revoked: Option<Revocation>,
}

/// Where a consent stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentState {
    /// Its first day is still to come.
    NotYet,
    InForce,
    /// Its last day was this one.
    Expired(NaiveDate),
    /// Withdrawn on this day.
    Withdrawn(NaiveDate),
}

impl ConsentState {
    /// Stable text used in forms, files and tests.
    pub fn code(self) -> &'static str {
        match self {
            ConsentState::NotYet => "not-yet",
            ConsentState::InForce => "in-force",
            ConsentState::Expired(_) => "expired",
            ConsentState::Withdrawn(_) => "withdrawn",
        }
    }

    /// No longer in force: what is shown beside the member or organization.
    pub fn ended(self) -> Option<Ended> {
        match self {
            ConsentState::Expired(d) => Some(Ended::Expired(d)),
            ConsentState::Withdrawn(d) => Some(Ended::Withdrawn(d)),
            ConsentState::NotYet | ConsentState::InForce => None,
        }
    }
}

/// A consent that no longer applies, as marked beside whom it was for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    Expired(NaiveDate),
    Withdrawn(NaiveDate),
}

impl Ended {
    pub fn date(self) -> NaiveDate {
        match self {
            Ended::Expired(d) | Ended::Withdrawn(d) => d,
        }
    }
}

/// A date that cannot be taken, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// The last day would come before the first.
    UntilBeforeFrom,
    /// The consent would be withdrawn before it started.
    WithdrawnBeforeFrom,
}

impl DateProblem {
    /// A plain sentence (the screen uses the same words from `locales/*/consent.json`).
    pub fn plain_in(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (DateProblem::UntilBeforeFrom, Lang::En) => {
                "The last day cannot be before the first day. The date was not changed."
            }
            (DateProblem::UntilBeforeFrom, Lang::Es) => {
                "El último día no puede ser antes del primer día. La fecha no se cambió."
            }
            (DateProblem::WithdrawnBeforeFrom, Lang::En) => {
                "Consent cannot be withdrawn before its first day. The date was not changed."
            }
            (DateProblem::WithdrawnBeforeFrom, Lang::Es) => {
                "No se puede retirar el permiso antes de su primer día. La fecha no se cambió."
            }
        }
    }
}

impl Consent {
    pub fn new(recipient: Recipient, from: Option<NaiveDate>) -> Self {
        Self {
            id: ConsentId::new(),
            recipient,
            from,
            ..Self::default()
        }
    }

    /// Where it stands on `day`. A withdrawal counts from its own day; an end date's day is
    /// still covered (it expires the day after).
    pub fn state_on(&self, day: NaiveDate) -> ConsentState {
        if let Some(r) = self.revoked.as_ref().filter(|r| r.date <= day) {
            return ConsentState::Withdrawn(r.date);
        }
        if let Some(until) = self.until.filter(|u| *u < day) {
            return ConsentState::Expired(until);
        }
        if self.from.is_some_and(|f| f > day) {
            return ConsentState::NotYet;
        }
        ConsentState::InForce
    }

    /// Sets the first day, unless the last day or a withdrawal would then come before it.
    pub fn set_from(&mut self, from: Option<NaiveDate>) -> Result<(), DateProblem> {
        check(from, self.until, self.revoked.as_ref().map(|r| r.date))?;
        self.from = from;
        Ok(())
    }

    /// Sets the last day, unless it comes before the first.
    pub fn set_until(&mut self, until: Option<NaiveDate>) -> Result<(), DateProblem> {
        check(self.from, until, None)?;
        self.until = until;
        Ok(())
    }

    /// Withdraws the consent on `date` (or moves the day of a withdrawal), keeping its note.
    pub fn withdraw(&mut self, date: NaiveDate) -> Result<(), DateProblem> {
        check(self.from, None, Some(date))?;
        match self.revoked.as_mut() {
            Some(r) => r.date = date,
            None => {
                self.revoked = Some(Revocation {
                    date,
                    note: String::new(),
                })
            }
        }
        Ok(())
    }

    /// Takes a withdrawal back (recorded by mistake); returns it so it can be put back.
    pub fn undo_withdrawal(&mut self) -> Option<Revocation> {
        self.revoked.take()
    }

    /// Whether this consent is for `member`: by id, or by the name typed matching their name
    /// or their organization.
    pub fn is_for_member(&self, member: &CareTeamMember) -> bool {
        match &self.recipient {
            Recipient::Member { id } => *id == member.id,
            Recipient::Service { .. } => false,
            Recipient::Named { name } => {
                same_name(name, &member.name) || same_name(name, &member.organization)
            }
        }
    }

    /// Whether this consent is for `service`: by id, or by the name typed matching its
    /// organization.
    pub fn is_for_service(&self, service: &Service) -> bool {
        match &self.recipient {
            Recipient::Service { id } => *id == service.id,
            Recipient::Member { .. } => false,
            Recipient::Named { name } => same_name(name, &service.organization),
        }
    }

    /// True when nothing has been filled in beyond who it is for.
    pub fn is_blank(&self) -> bool {
        self.what.trim().is_empty()
            && self.purpose.trim().is_empty()
            && self.until.is_none()
            && self.revoked.is_none()
    }
}

fn check(
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
    withdrawn: Option<NaiveDate>,
) -> Result<(), DateProblem> {
    let Some(from) = from else { return Ok(()) };
    if until.is_some_and(|u| u < from) {
        return Err(DateProblem::UntilBeforeFrom);
    }
    if withdrawn.is_some_and(|w| w < from) {
        return Err(DateProblem::WithdrawnBeforeFrom);
    }
    Ok(())
}

/// Names match whatever their case and spacing; an empty name matches nothing.
fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

/// The mark for whoever `consents` are about: `None` while one of them is in force or still
/// to come (or there is none); else the one that ended last.
fn mark<'a>(consents: impl Iterator<Item = &'a Consent>, day: NaiveDate) -> Option<Ended> {
    let mut last: Option<Ended> = None;
    for c in consents {
        match c.state_on(day).ended() {
            None => return None,
            Some(e) => {
                if last.is_none_or(|l| e.date() > l.date()) {
                    last = Some(e);
                }
            }
        }
    }
    last
}

impl CarePlan {
    pub fn consent(&self, id: ConsentId) -> Option<&Consent> {
        self.consents.iter().find(|c| c.id == id)
    }

    pub fn consent_mut(&mut self, id: ConsentId) -> Option<&mut Consent> {
        self.consents.iter_mut().find(|c| c.id == id)
    }

    /// Adds a consent starting `today`, for the first care-team member if there is one, and
    /// returns its id.
    pub fn add_consent(&mut self, today: NaiveDate) -> ConsentId {
        let recipient = match self.care_team.first() {
            Some(m) => Recipient::Member { id: m.id },
            None => Recipient::default(),
        };
        let consent = Consent::new(recipient, Some(today));
        let id = consent.id;
        self.consents.push(consent);
        id
    }

    /// Removes a consent (the page asks first); returns it.
    pub fn remove_consent(&mut self, id: ConsentId) -> Option<Consent> {
        list::take(&mut self.consents, |c| c.id == id)
    }

    /// "Consent expired/withdrawn" for a care-team member, on `day`.
    pub fn consent_mark_for_member(&self, id: MemberId, day: NaiveDate) -> Option<Ended> {
        let member = self.member(id)?;
        mark(
            self.consents.iter().filter(|c| c.is_for_member(member)),
            day,
        )
    }

    /// "Consent expired/withdrawn" for a service's organization, on `day`.
    pub fn consent_mark_for_service(&self, id: ServiceId, day: NaiveDate) -> Option<Ended> {
        let service = self.service(id)?;
        mark(
            self.consents.iter().filter(|c| c.is_for_service(service)),
            day,
        )
    }

    /// Who a consent is for, in words: the member's name (or role, or organization), the
    /// service's name, or the name typed. `None` when it names no one, or someone no longer in
    /// the plan.
    pub fn recipient_name(&self, recipient: &Recipient) -> Option<String> {
        let shown = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        match recipient {
            Recipient::Member { id } => self
                .member(*id)
                .and_then(|m| m.label().or_else(|| shown(&m.organization))),
            Recipient::Service { id } => self.service(*id).and_then(|s| shown(&s.organization)),
            Recipient::Named { name } => shown(name),
        }
    }

    /// Consents given to someone about to leave the plan keep their name: called before a
    /// care-team member or a service is removed.
    pub fn keep_consent_names(&mut self, gone: &Recipient) {
        let name = self.recipient_name(gone).unwrap_or_default();
        for c in self.consents.iter_mut().filter(|c| c.recipient == *gone) {
            c.recipient = Recipient::Named { name: name.clone() };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn plan() -> CarePlan {
        CarePlan::new(Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap())
    }

    #[test]
    fn state_follows_the_day() {
        let mut c = Consent::new(Recipient::default(), Some(d(11, 10)));
        c.until = Some(d(11, 30));
        assert_eq!(c.state_on(d(11, 9)), ConsentState::NotYet);
        assert_eq!(c.state_on(d(11, 10)), ConsentState::InForce);
        assert_eq!(
            c.state_on(d(11, 30)),
            ConsentState::InForce,
            "last day covered"
        );
        assert_eq!(c.state_on(d(12, 1)), ConsentState::Expired(d(11, 30)));
        c.withdraw(d(11, 20)).unwrap();
        assert_eq!(c.state_on(d(11, 19)), ConsentState::InForce);
        assert_eq!(c.state_on(d(11, 20)), ConsentState::Withdrawn(d(11, 20)));
        assert_eq!(
            c.state_on(d(12, 5)),
            ConsentState::Withdrawn(d(11, 20)),
            "a withdrawal is shown even after the end date"
        );
        let open = Consent::new(Recipient::default(), None);
        assert_eq!(open.state_on(d(1, 1)), ConsentState::InForce);
        assert_eq!(ConsentState::Expired(d(1, 1)).code(), "expired");
    }

    #[test]
    fn a_last_day_before_the_first_is_refused() {
        let mut c = Consent::new(Recipient::default(), Some(d(11, 10)));
        assert_eq!(
            c.set_until(Some(d(11, 9))),
            Err(DateProblem::UntilBeforeFrom)
        );
        assert_eq!(c.until, None, "nothing changed");
        assert_eq!(c.set_until(Some(d(11, 10))), Ok(()));
        assert_eq!(
            c.set_from(Some(d(11, 11))),
            Err(DateProblem::UntilBeforeFrom)
        );
        assert_eq!(c.from, Some(d(11, 10)));
        assert_eq!(c.set_from(None), Ok(()));
        assert_eq!(
            c.set_until(Some(d(1, 1))),
            Ok(()),
            "no first day: any last day"
        );
        assert!(DateProblem::UntilBeforeFrom
            .plain_in(Lang::En)
            .contains("before the first day"));
    }

    #[test]
    fn a_withdrawal_before_the_first_day_is_refused_and_can_be_undone() {
        let mut c = Consent::new(Recipient::default(), Some(d(11, 10)));
        assert_eq!(c.withdraw(d(11, 1)), Err(DateProblem::WithdrawnBeforeFrom));
        assert!(c.revoked.is_none());
        c.withdraw(d(11, 12)).unwrap();
        c.revoked.as_mut().unwrap().note = "Changed my mind".into();
        c.withdraw(d(11, 14)).unwrap();
        assert_eq!(
            c.revoked,
            Some(Revocation {
                date: d(11, 14),
                note: "Changed my mind".into()
            }),
            "moving the day keeps the note"
        );
        assert_eq!(
            c.set_from(Some(d(11, 15))),
            Err(DateProblem::WithdrawnBeforeFrom)
        );
        assert!(c.undo_withdrawal().is_some());
        assert_eq!(c.state_on(d(11, 20)), ConsentState::InForce);
    }

    #[test]
    fn members_and_services_match_by_id_or_by_name() {
        let mut p = plan();
        let ana = p.add_member();
        {
            let m = p.member_mut(ana).unwrap();
            m.name = "Ana Ruiz".into();
            m.organization = "County Health".into();
        }
        let bank = p.add_service();
        p.service_mut(bank).unwrap().organization = "County Food Bank".into();
        let member = p.member(ana).unwrap().clone();
        let service = p.service(bank).unwrap().clone();

        let by_id = Consent::new(Recipient::Member { id: ana }, None);
        assert!(by_id.is_for_member(&member));
        assert!(!by_id.is_for_service(&service));
        let by_name = Consent::new(
            Recipient::Named {
                name: "  ana   RUIZ ".into(),
            },
            None,
        );
        assert!(by_name.is_for_member(&member));
        let by_org = Consent::new(
            Recipient::Named {
                name: "county health".into(),
            },
            None,
        );
        assert!(by_org.is_for_member(&member));
        assert!(!by_org.is_for_service(&service));
        let service_by_name = Consent::new(
            Recipient::Named {
                name: "County Food Bank".into(),
            },
            None,
        );
        assert!(service_by_name.is_for_service(&service));
        assert!(Consent::new(Recipient::Service { id: bank }, None).is_for_service(&service));
        let nobody = Consent::new(Recipient::default(), None);
        let mut blank = CareTeamMember::new();
        blank.id = MemberId::new();
        assert!(!nobody.is_for_member(&blank), "empty names match nothing");
    }

    #[test]
    fn marks_show_only_when_no_consent_is_in_force() {
        let mut p = plan();
        let ana = p.add_member();
        p.member_mut(ana).unwrap().name = "Ana".into();
        let bank = p.add_service();
        p.service_mut(bank).unwrap().organization = "Food Bank".into();
        assert_eq!(p.consent_mark_for_member(ana, d(12, 1)), None);

        let first = p.add_consent(d(11, 1));
        p.consent_mut(first).unwrap().withdraw(d(11, 15)).unwrap();
        assert_eq!(
            p.consent_mark_for_member(ana, d(12, 1)),
            Some(Ended::Withdrawn(d(11, 15)))
        );
        assert_eq!(p.consent_mark_for_member(ana, d(11, 14)), None);

        let second = p.add_consent(d(11, 1));
        p.consent_mut(second).unwrap().until = Some(d(11, 20));
        assert_eq!(
            p.consent_mark_for_member(ana, d(12, 1)),
            Some(Ended::Expired(d(11, 20))),
            "the one that ended last"
        );
        let third = p.add_consent(d(11, 1));
        assert_eq!(
            p.consent_mark_for_member(ana, d(12, 1)),
            None,
            "a consent in force: no mark"
        );
        p.remove_consent(third);

        let c = p.add_consent(d(11, 1));
        p.consent_mut(c).unwrap().recipient = Recipient::Named {
            name: "food bank".into(),
        };
        p.consent_mut(c).unwrap().until = Some(d(11, 2));
        assert_eq!(
            p.consent_mark_for_service(bank, d(11, 3)),
            Some(Ended::Expired(d(11, 2)))
        );
        assert_eq!(p.consent_mark_for_service(ServiceId::new(), d(11, 3)), None);
    }

    #[test]
    fn removing_a_consent_takes_only_that_one() {
        let mut p = plan();
        let a = p.add_consent(d(11, 1));
        let b = p.add_consent(d(11, 2));
        let c = p.add_consent(d(11, 3));
        assert_eq!(p.remove_consent(b).map(|c| c.id), Some(b));
        assert!(p.remove_consent(b).is_none());
        let ids: Vec<_> = p.consents.iter().map(|c| c.id).collect();
        assert_eq!(ids, vec![a, c]);
    }

    #[test]
    fn a_consent_keeps_the_name_of_whom_it_was_for_when_they_leave_the_plan() {
        let mut p = plan();
        let ana = p.add_member();
        p.member_mut(ana).unwrap().name = "Ana".into();
        p.member_mut(ana).unwrap().role = "Nurse".into();
        let c = p.add_consent(d(11, 1));
        assert_eq!(
            p.recipient_name(&p.consent(c).unwrap().recipient),
            Some("Ana (Nurse)".into())
        );
        let bank = p.add_service();
        p.service_mut(bank).unwrap().organization = "Food Bank".into();
        let b = p.add_consent(d(11, 1));
        p.consent_mut(b).unwrap().recipient = Recipient::Service { id: bank };
        p.remove_member_and_unassign(ana);
        p.remove_service(bank);
        assert_eq!(
            p.consent(c).unwrap().recipient,
            Recipient::Named {
                name: "Ana (Nurse)".into()
            }
        );
        assert_eq!(
            p.consent(b).unwrap().recipient,
            Recipient::Named {
                name: "Food Bank".into()
            }
        );
    }

    #[test]
    fn consents_survive_a_json_round_trip_and_old_plans_load_without_them() {
        let mut p = plan();
        let c = p.add_consent(d(11, 1));
        {
            let c = p.consent_mut(c).unwrap();
            c.what = "My care plan".into();
            c.purpose = "Housing".into();
            c.until = Some(d(12, 31));
            c.withdraw(d(11, 20)).unwrap();
            c.revoked.as_mut().unwrap().note = "Moved away".into();
        }
        let json = serde_json::to_string(&p).unwrap();
        let back: CarePlan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);

        let old = r#"{"id":"6f1c8f0e-7a43-4a5e-9d55-0c5f0f5b2a11","title":"T","status":"active",
            "created_at":"2026-11-01T10:00:00Z","updated_at":"2026-11-01T10:00:00Z",
            "care_team":[]}"#;
        let old: CarePlan = serde_json::from_str(old).unwrap();
        assert!(old.consents.is_empty());
        let again = serde_json::to_string(&old).unwrap();
        assert!(
            !again.contains("consents"),
            "a plan without consents is written as before"
        );
    }
}
