//! The care plan: one record holding everything about one person's plan (FHIR `CarePlan`).

use super::assessment::findings::Finding;
use super::assessment::Assessment;
use super::contacts::ContactNote;
use super::goals::Goal;
use super::ids::{MemberId, PlanId};
use super::intake::{CareTeamMember, CaseModel, Person};
use super::lang::Lang;
use super::list;
use super::monitoring::{Review, ReviewSchedule};
use super::needs::Need;
use super::safety_plan::SafetyPlan;
use super::services::Service;
use super::text::isolate;
use super::transition::Transition;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The plan's lifecycle (a subset of FHIR `CarePlan.status`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlanStatus {
    #[default]
    Draft,
    Active,
    OnHold,
    Completed,
}

impl PlanStatus {
    pub const ALL: [PlanStatus; 4] = [
        PlanStatus::Draft,
        PlanStatus::Active,
        PlanStatus::OnHold,
        PlanStatus::Completed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PlanStatus::Draft => "draft",
            PlanStatus::Active => "active",
            PlanStatus::OnHold => "on-hold",
            PlanStatus::Completed => "completed",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            PlanStatus::Draft => "Draft",
            PlanStatus::Active => "Active",
            PlanStatus::OnHold => "On hold",
            PlanStatus::Completed => "Completed",
        }
    }
}

/// A care plan. Later steps (assessment, needs, goals, ...) are added as fields with
/// `#[serde(default)]`, so plans saved before they existed still load.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CarePlan {
    pub id: PlanId,
    pub title: String,
    pub status: PlanStatus,
    /// FHIR `CarePlan.period.start`.
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    /// FHIR `CarePlan.created`.
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default)]
    pub person: Person,
    #[serde(default)]
    pub care_team: Vec<CareTeamMember>,
    #[serde(default)]
    pub case_model: Option<CaseModel>,
    /// Every assessment, oldest first; the last is the current one.
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    /// Needs in priority order: what matters most to the person first.
    #[serde(default)]
    pub needs: Vec<Need>,
    /// Proposed needs the person set aside.
    #[serde(default)]
    pub dismissed: Vec<Finding>,
    /// Goals in the order the person put them.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// Services and referrals.
    #[serde(default)]
    pub services: Vec<Service>,
    /// How often the plan is reviewed.
    #[serde(default)]
    pub review_schedule: ReviewSchedule,
    /// Reviews held, newest first.
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// The care team's notes of each contact with the person or about them (`model::contacts`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contact_notes: Vec<ContactNote>,
    /// How the plan ends or moves on.
    #[serde(default)]
    pub transition: Transition,
    /// The person's own safety plan (`safety_plan`); not saved while nothing is in it.
    #[serde(default, skip_serializing_if = "SafetyPlan::is_empty")]
    pub safety_plan: SafetyPlan,
    /// What the person agreed to share, with whom (see `consent`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<super::consent::Consent>,
    /// Set on a practice copy of a teaching case (the case's id): kept apart from real plans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice: Option<String>,
}

impl CarePlan {
    /// A new, empty draft plan.
    pub fn new(now: DateTime<Utc>) -> Self {
        Self {
            id: PlanId::new(),
            title: String::new(),
            status: PlanStatus::Draft,
            start_date: Some(now.date_naive()),
            created_at: now,
            updated_at: now,
            person: Person::default(),
            care_team: Vec::new(),
            case_model: None,
            assessments: Vec::new(),
            needs: Vec::new(),
            dismissed: Vec::new(),
            goals: Vec::new(),
            services: Vec::new(),
            review_schedule: ReviewSchedule::default(),
            reviews: Vec::new(),
            contact_notes: Vec::new(),
            transition: Transition::default(),
            safety_plan: SafetyPlan::default(),
            consents: Vec::new(),
            practice: None,
        }
    }

    /// Whether nothing has been put in the plan since [`CarePlan::new`] made it: only its ids
    /// (the plan's, the person's) and when it was last saved are its own. A plan with anything typed or chosen in it (a
    /// name, a title, a changed start date, a goal) is not untouched.
    pub fn is_untouched(&self) -> bool {
        let mut fresh = Self::new(self.created_at);
        fresh.id = self.id;
        fresh.person.id = self.person.id;
        fresh.updated_at = self.updated_at;
        *self == fresh
    }

    /// An independent copy under a new id. Ids of items inside stay as they are: they are
    /// scoped to their plan, so links inside the copy keep working.
    /// Its title says it is a copy, in `lang` (the language the person is using).
    pub fn duplicate(&self, now: DateTime<Utc>, lang: Lang) -> Self {
        let mut copy = self.clone();
        copy.id = PlanId::new();
        copy.title = match lang {
            Lang::En => format!("Copy of {}", self.display_title_in(lang)),
            Lang::Es => format!("Copia de {}", self.display_title_in(lang)),
        };
        copy.created_at = now;
        copy.updated_at = now;
        copy
    }

    /// The title to show, never empty.
    pub fn display_title(&self) -> String {
        self.display_title_in(Lang::En)
    }

    /// The same, "Plan sin título" when untitled in Spanish.
    pub fn display_title_in(&self, lang: Lang) -> String {
        display_or(&self.title, untitled_plan(lang))
    }

    pub fn member(&self, id: MemberId) -> Option<&CareTeamMember> {
        self.care_team.iter().find(|m| m.id == id)
    }

    pub fn member_mut(&mut self, id: MemberId) -> Option<&mut CareTeamMember> {
        self.care_team.iter_mut().find(|m| m.id == id)
    }

    /// Adds an empty care-team member at the end and returns its id.
    pub fn add_member(&mut self) -> MemberId {
        let member = CareTeamMember::new();
        let id = member.id;
        self.care_team.push(member);
        id
    }

    /// Removes a member; returns it so the caller can offer undo.
    pub fn remove_member(&mut self, id: MemberId) -> Option<CareTeamMember> {
        list::take(&mut self.care_team, |m| m.id == id)
    }

    /// Moves a member one place up (`-1`) or down (`+1`). Returns false at either end.
    pub fn move_member(&mut self, id: MemberId, delta: isize) -> bool {
        list::move_by(&mut self.care_team, |m| m.id == id, delta)
    }

    /// The assessment being worked on: the latest.
    pub fn current_assessment(&self) -> Option<&Assessment> {
        self.assessments.last()
    }

    pub fn current_assessment_mut(&mut self) -> Option<&mut Assessment> {
        self.assessments.last_mut()
    }

    /// Starts an assessment dated `date`: the first one empty, a later one as a copy of the
    /// latest, which is kept unchanged as history.
    pub fn start_assessment(&mut self, date: NaiveDate) {
        let next = match self.assessments.last() {
            Some(last) => last.follow_up(date),
            None => Assessment::new(date),
        };
        self.assessments.push(next);
    }

    /// A safety flag in the current assessment: the crisis line is shown on screen and on paper.
    pub fn safety_flag(&self) -> bool {
        self.current_assessment()
            .is_some_and(Assessment::safety_flag)
    }

    /// What the plan list shows about this plan.
    pub fn summary(&self) -> PlanSummary {
        PlanSummary {
            id: self.id,
            person_name: self.person.name.trim().to_string(),
            title: self.title.trim().to_string(),
            status: self.status,
            updated_at: self.updated_at,
            practice: self.practice.clone(),
        }
    }
}

/// The few facts about a plan that the plan list shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanSummary {
    pub id: PlanId,
    pub person_name: String,
    pub title: String,
    pub status: PlanStatus,
    pub updated_at: DateTime<Utc>,
    /// The teaching case, for a practice copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice: Option<String>,
}

impl PlanSummary {
    pub fn display_name(&self) -> String {
        self.display_name_in(Lang::En)
    }

    pub fn display_title(&self) -> String {
        self.display_title_in(Lang::En)
    }

    /// "Maria: Housing plan", used wherever a plan must be named unambiguously.
    pub fn full_name(&self) -> String {
        self.full_name_in(Lang::En)
    }

    /// The name as typed, or "Unnamed person" / "Persona sin nombre".
    pub fn display_name_in(&self, lang: Lang) -> String {
        display_or(&self.person_name, unnamed_person(lang))
    }

    /// The title as typed, or "Untitled plan" / "Plan sin t\u{ed}tulo".
    pub fn display_title_in(&self, lang: Lang) -> String {
        display_or(&self.title, untitled_plan(lang))
    }

    /// "Maria: Housing plan", "Rosa: Plan sin t\u{ed}tulo", for a sentence: the name and title
    /// as typed are isolated (`text::isolate`), so neither can turn the words around them.
    pub fn full_name_in(&self, lang: Lang) -> String {
        let shown = |typed: &str, fallback: &str| match typed.trim() {
            "" => fallback.to_string(),
            t => isolate(t),
        };
        format!(
            "{}: {}",
            shown(&self.person_name, unnamed_person(lang)),
            shown(&self.title, untitled_plan(lang))
        )
    }
}

fn unnamed_person(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Unnamed person",
        Lang::Es => "Persona sin nombre",
    }
}

fn untitled_plan(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Untitled plan",
        Lang::Es => "Plan sin t\u{ed}tulo",
    }
}

/// Orders plans newest edit first; ties keep a stable order by id.
pub fn sort_newest_first(plans: &mut [PlanSummary]) {
    plans.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
}

fn display_or(text: &str, fallback: &str) -> String {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        fallback.to_string()
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::intake::ContactMethod;
    use chrono::TimeZone;

    fn at(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, h, 0, 0).unwrap()
    }

    /// A plan with every intake field filled.
    pub(crate) fn full_plan() -> CarePlan {
        let mut plan = CarePlan::new(at(9));
        plan.title = "Getting back on my feet".into();
        plan.status = PlanStatus::Active;
        plan.start_date = NaiveDate::from_ymd_opt(2026, 11, 1);
        plan.person.name = "John".into();
        plan.person.birth_date = NaiveDate::from_ymd_opt(1980, 2, 29);
        plan.person.preferred_language = "English".into();
        plan.person.contact_method = Some(ContactMethod::Text);
        plan.person.contact_details = "After 5 pm, \"please\" — not at work".into();
        plan.person.what_matters = "Staying sober and seeing my daughter <every> week".into();
        let a = plan.add_member();
        let b = plan.add_member();
        let m = plan.member_mut(a).unwrap();
        m.role = "Case manager".into();
        m.name = "Ana Ruiz".into();
        m.organization = "County Health".into();
        m.phone = "555-0100".into();
        m.email = "ana@example.org".into();
        plan.member_mut(b).unwrap().role = "Family".into();
        plan.case_model = Some(CaseModel::StrengthsBased);
        plan.start_assessment(NaiveDate::from_ymd_opt(2026, 11, 2).unwrap());
        let a = plan.current_assessment_mut().unwrap();
        a.phq9.items = [3, 3, 2, 2, 2, 2, 2, 1, 1].map(Some);
        a.ahc.food_worried = Some(crate::model::assessment::ahc::FoodAnswer::Often);
        a.ahc.food_ran_out = Some(crate::model::assessment::ahc::FoodAnswer::Never);
        a.domain_mut(crate::model::assessment::domains::Domain::Housing)
            .concerns = "Motel until Friday".into();
        let proposals = plan.proposals();
        plan.accept_proposal(proposals[0].topic);
        plan.dismiss_proposal(proposals[1].topic);
        plan.add_need();
        plan
    }

    #[test]
    fn full_plan_survives_a_json_round_trip() {
        let plan = full_plan();
        let json = serde_json::to_string(&plan).unwrap();
        let back: CarePlan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, plan);
    }

    #[test]
    fn a_full_plan_carries_its_assessment_and_needs() {
        let plan = full_plan();
        assert_eq!(plan.assessments.len(), 1);
        assert_eq!(plan.needs.len(), 2);
        assert_eq!(plan.dismissed.len(), 1);
        assert!(plan.safety_flag());
        let copy = plan.duplicate(at(10), Lang::En);
        assert_eq!(
            copy.needs[0].findings, plan.needs[0].findings,
            "links survive a copy"
        );
    }

    #[test]
    fn a_reassessment_keeps_the_earlier_one_unchanged() {
        let mut plan = full_plan();
        let first = plan.assessments[0].clone();
        plan.start_assessment(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        plan.current_assessment_mut().unwrap().phq9.items[8] = Some(0);
        assert_eq!(plan.assessments[0], first);
        assert_eq!(plan.assessments.len(), 2);
        assert!(
            !plan.safety_flag(),
            "the flag follows the current assessment"
        );
    }

    #[test]
    fn ids_stay_the_same_across_edits_and_reordering() {
        let mut plan = full_plan();
        let plan_id = plan.id;
        let person_id = plan.person.id;
        let ids: Vec<_> = plan.care_team.iter().map(|m| m.id).collect();
        plan.person.name = "Johnny".into();
        plan.member_mut(ids[0]).unwrap().name = "Ana R.".into();
        assert!(plan.move_member(ids[1], -1));
        assert_eq!(plan.id, plan_id);
        assert_eq!(plan.person.id, person_id);
        let after: Vec<_> = plan.care_team.iter().map(|m| m.id).collect();
        assert_eq!(after, vec![ids[1], ids[0]]);
        assert_eq!(plan.member(ids[0]).unwrap().name, "Ana R.");
    }

    #[test]
    fn moving_past_either_end_does_nothing() {
        let mut plan = full_plan();
        let first = plan.care_team[0].id;
        let last = plan.care_team[1].id;
        assert!(!plan.move_member(first, -1));
        assert!(!plan.move_member(last, 1));
        assert_eq!(plan.care_team[0].id, first);
    }

    #[test]
    fn removing_a_member_returns_it() {
        let mut plan = full_plan();
        let id = plan.care_team[0].id;
        let removed = plan.remove_member(id).unwrap();
        assert_eq!(removed.name, "Ana Ruiz");
        assert!(plan.member(id).is_none());
        assert!(plan.remove_member(id).is_none());
    }

    #[test]
    fn only_a_plan_nobody_put_anything_in_is_untouched() {
        let mut plan = CarePlan::new(at(9));
        assert!(plan.is_untouched());
        plan.updated_at = at(10);
        assert!(plan.is_untouched(), "saving again puts nothing in it");
        let changes: [fn(&mut CarePlan); 5] = [
            |p| p.person.name = "Rosa".into(),
            |p| p.title = "Housing".into(),
            |p| p.start_date = None,
            |p| p.status = PlanStatus::Active,
            |p| p.person.what_matters = " ".into(),
        ];
        for change in changes {
            let mut touched = plan.clone();
            change(&mut touched);
            assert!(!touched.is_untouched(), "{touched:?}");
        }
        assert!(!full_plan().is_untouched());
    }

    #[test]
    fn duplicate_is_independent_of_the_original() {
        let original = full_plan();
        let mut copy = original.duplicate(at(10), Lang::En);
        assert_ne!(copy.id, original.id);
        assert_eq!(copy.title, "Copy of Getting back on my feet");
        copy.person.name = "Someone else".into();
        copy.care_team[0].name = "Changed".into();
        assert_eq!(original.person.name, "John");
        assert_eq!(original.care_team[0].name, "Ana Ruiz");
        let spanish = original.duplicate(at(10), Lang::Es);
        assert_eq!(spanish.title, "Copia de Getting back on my feet");
        let untitled = CarePlan::new(at(8)).duplicate(at(10), Lang::Es);
        assert_eq!(untitled.title, "Copia de Plan sin título");
    }

    #[test]
    fn plans_sort_newest_edit_first() {
        let mut a = CarePlan::new(at(8));
        a.updated_at = at(8);
        let mut b = CarePlan::new(at(8));
        b.updated_at = at(11);
        let mut c = CarePlan::new(at(8));
        c.updated_at = at(9);
        let mut list = vec![a.summary(), b.summary(), c.summary()];
        sort_newest_first(&mut list);
        let order: Vec<_> = list.iter().map(|s| s.id).collect();
        assert_eq!(order, vec![b.id, c.id, a.id]);
    }

    #[test]
    fn empty_names_get_plain_fallbacks() {
        let plan = CarePlan::new(at(8));
        let s = plan.summary();
        assert_eq!(s.full_name(), "Unnamed person: Untitled plan");
        assert_eq!(
            s.full_name_in(Lang::Es),
            "Persona sin nombre: Plan sin t\u{ed}tulo"
        );
    }

    #[test]
    fn a_typed_name_and_title_are_isolated_in_the_full_name() {
        let mut plan = CarePlan::new(at(8));
        plan.person.name = " Ana\u{202e} Lopez ".into();
        plan.title = "Housing".into();
        let full = plan.summary().full_name_in(Lang::En);
        assert_eq!(
            full,
            "\u{2068}Ana\u{202e} Lopez\u{2069}: \u{2068}Housing\u{2069}"
        );
        // The words the app adds stay outside: only the typed parts are isolated.
        assert_eq!(
            crate::model::text::without_isolates(&full),
            "Ana\u{202e} Lopez: Housing"
        );
        // What is stored is as typed.
        assert_eq!(plan.person.name, " Ana\u{202e} Lopez ");
    }

    #[test]
    fn a_plan_missing_later_fields_still_loads() {
        // What a plan looks like with only the required fields: later steps default.
        let json = r#"{"id":"6f1c8f0e-7a43-4a5e-9d55-0c5f0f5b2a11","title":"T","status":"active",
            "created_at":"2026-11-01T10:00:00Z","updated_at":"2026-11-01T10:00:00Z"}"#;
        let plan: CarePlan = serde_json::from_str(json).unwrap();
        assert_eq!(plan.status, PlanStatus::Active);
        assert!(plan.care_team.is_empty());
    }
}
