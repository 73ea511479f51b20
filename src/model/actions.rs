//! Action steps: who does what, when and how, for each goal (FHIR `CarePlan.activity`).

use super::assessment::barriers::Barrier;
use super::dates;
use super::ids::{ActionId, GoalId, MemberId, ServiceId};
use super::lang::Lang;
use super::list;
use super::occurrences::Occurrences;
use super::plan::CarePlan;
use super::text::isolate;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who does a step.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Owner {
    #[default]
    Unassigned,
    /// The person the plan is for.
    Person,
    /// Someone on the care team (family, case manager, doctor ...), linked by id.
    Member(MemberId),
    /// A service or referral of the plan, linked by id.
    Service(ServiceId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Repeat {
    Daily,
    Weekly,
    Monthly,
}

impl Repeat {
    pub const ALL: [Repeat; 3] = [Repeat::Daily, Repeat::Weekly, Repeat::Monthly];

    pub fn code(self) -> &'static str {
        match self {
            Repeat::Daily => "daily",
            Repeat::Weekly => "weekly",
            Repeat::Monthly => "monthly",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label(self) -> &'static str {
        self.label_in(Lang::En)
    }

    /// "Every week" / "Cada semana": the form shows it, and `ActionStep::when_in` starts with it.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Repeat::Daily, Lang::En) => "Every day",
            (Repeat::Weekly, Lang::En) => "Every week",
            (Repeat::Monthly, Lang::En) => "Every month",
            (Repeat::Daily, Lang::Es) => "Cada d\u{ed}a",
            (Repeat::Weekly, Lang::Es) => "Cada semana",
            (Repeat::Monthly, Lang::Es) => "Cada mes",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
    Blocked,
    Cancelled,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 5] = [
        ActionStatus::NotStarted,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Blocked,
        ActionStatus::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "not-started",
            ActionStatus::InProgress => "in-progress",
            ActionStatus::Done => "done",
            ActionStatus::Blocked => "blocked",
            ActionStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "Not started",
            ActionStatus::InProgress => "In progress",
            ActionStatus::Done => "Done",
            ActionStatus::Blocked => "Blocked",
            ActionStatus::Cancelled => "Cancelled",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActionStep {
    pub id: ActionId,
    pub what: String,
    pub owner: Owner,
    /// The date it is due, or the first time for a repeating step.
    pub due: Option<NaiveDate>,
    pub repeat: Option<Repeat>,
    /// The last date of a repeating step.
    pub until: Option<NaiveDate>,
    /// How or where, e.g. "by bus", "at the county clinic".
    pub how: String,
    pub status: ActionStatus,
    /// The barrier this step addresses, if any.
    pub barrier: Option<Barrier>,
    /// What happened each time a repeating step fell, by date (`super::occurrences`). Kept
    /// apart from the rule, so changing the rule keeps them; not written while empty.
    #[serde(skip_serializing_if = "Occurrences::is_empty")]
    pub occurrences: Occurrences,
}

impl ActionStep {
    pub fn new(what: impl Into<String>) -> Self {
        Self {
            id: ActionId::new(),
            what: what.into(),
            ..Self::default()
        }
    }

    /// "Every week from 1 December 2026 until 31 January 2027", "By 5 December 2026", or
    /// "No date yet".
    pub fn when(&self) -> String {
        self.when_in(Lang::En)
    }

    /// When, in a language: "Cada semana desde el 1 de diciembre de 2026 hasta el 31 de enero
    /// de 2027", "Para el 5 de diciembre de 2026", "Todav\u{ed}a sin fecha".
    pub fn when_in(&self, lang: Lang) -> String {
        let date = |d| dates::long_in(d, lang);
        match (self.repeat, self.due, self.until, lang) {
            (Some(r), from, until, _) => {
                let mut s = r.label_in(lang).to_string();
                if let Some(d) = from {
                    s.push_str(&match lang {
                        Lang::En => format!(" from {}", date(d)),
                        Lang::Es => format!(" desde el {}", date(d)),
                    });
                }
                s.push_str(&match (until, lang) {
                    (Some(u), Lang::En) => format!(" until {}", date(u)),
                    (Some(u), Lang::Es) => format!(" hasta el {}", date(u)),
                    (None, Lang::En) => ", no end date yet".into(),
                    (None, Lang::Es) => ", todav\u{ed}a sin fecha final".into(),
                });
                s
            }
            (None, Some(d), _, Lang::En) => format!("By {}", date(d)),
            (None, Some(d), _, Lang::Es) => format!("Para el {}", date(d)),
            (None, None, _, Lang::En) => "No date yet".into(),
            (None, None, _, Lang::Es) => "Todav\u{ed}a sin fecha".into(),
        }
    }
}

/// The warning sentence for steps that will be left with no one assigned, e.g. " They do 1
/// action step: “Drive to the clinic”. Those steps stay, with no one assigned." Empty when there
/// are none. `subject_does` is "They do" or "It does".
pub fn unassigned_note(subject_does: &str, steps: &[String]) -> String {
    unassigned_note_in(subject_does, steps, Lang::En)
}

/// The same warning in a language; `subject_does` in that language ("It does", "Tiene a su
/// cargo"). Spanish: " Tiene a su cargo 1 paso de acción: «Ir a la clínica». Ese paso se queda
/// en el plan, sin nadie a cargo."
pub fn unassigned_note_in(subject_does: &str, steps: &[String], lang: Lang) -> String {
    if steps.is_empty() {
        return String::new();
    }
    let n = steps.len();
    let (open, close) = match lang {
        Lang::En => ('\u{201c}', '\u{201d}'),
        Lang::Es => ('\u{ab}', '\u{bb}'),
    };
    let list = steps
        .iter()
        .map(|s| format!("{open}{s}{close}"))
        .collect::<Vec<_>>()
        .join(", ");
    match lang {
        Lang::En => format!(
            " {subject_does} {n} action step{}: {list}. Those steps stay, with no one assigned.",
            if n == 1 { "" } else { "s" },
        ),
        Lang::Es if n == 1 => format!(
            " {subject_does} 1 paso de acci\u{f3}n: {list}. Ese paso se queda en el plan, sin nadie a cargo."
        ),
        Lang::Es => format!(
            " {subject_does} {n} pasos de acci\u{f3}n: {list}. Esos pasos se quedan en el plan, sin nadie a cargo."
        ),
    }
}

/// Where a step sits: which goal, which step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepRef {
    pub goal: GoalId,
    pub step: ActionId,
}

impl CarePlan {
    /// Adds a step to a goal and returns its id (`None` if the goal is gone).
    pub fn add_step(&mut self, goal: GoalId, step: ActionStep) -> Option<ActionId> {
        let id = step.id;
        self.goal_mut(goal)?.steps.push(step);
        Some(id)
    }

    pub fn step(&self, at: StepRef) -> Option<&ActionStep> {
        self.goal(at.goal)?.steps.iter().find(|s| s.id == at.step)
    }

    pub fn step_mut(&mut self, at: StepRef) -> Option<&mut ActionStep> {
        self.goal_mut(at.goal)?
            .steps
            .iter_mut()
            .find(|s| s.id == at.step)
    }

    pub fn remove_step(&mut self, at: StepRef) -> Option<ActionStep> {
        list::take(&mut self.goal_mut(at.goal)?.steps, |s| s.id == at.step)
    }

    /// Moves a step one place up or down within its goal.
    pub fn move_step(&mut self, at: StepRef, delta: isize) -> bool {
        match self.goal_mut(at.goal) {
            Some(g) => list::move_by(&mut g.steps, |s| s.id == at.step, delta),
            None => false,
        }
    }

    /// Moves a step to the end of another goal, keeping its id. False if either is missing.
    pub fn move_step_to_goal(&mut self, at: StepRef, to: GoalId) -> bool {
        if at.goal == to || self.goal(to).is_none() {
            return false;
        }
        let Some(step) = self.remove_step(at) else {
            return false;
        };
        self.goal_mut(to).map(|g| g.steps.push(step)).is_some()
    }

    /// Steps done by `owner`: what removing that member or service would unassign.
    pub fn steps_done_by(&self, owner: &Owner) -> Vec<StepRef> {
        self.goals
            .iter()
            .flat_map(|g| {
                g.steps
                    .iter()
                    .filter(move |s| s.owner == *owner)
                    .map(move |s| StepRef {
                        goal: g.id,
                        step: s.id,
                    })
            })
            .collect()
    }

    /// What the steps done by `owner` are called, for a warning before removing the owner.
    pub fn step_names_done_by(&self, owner: &Owner) -> Vec<String> {
        self.steps_done_by(owner)
            .into_iter()
            .filter_map(|at| self.step(at).map(|s| s.what.trim().to_string()))
            .collect()
    }

    /// Leaves the steps done by `owner` in place with no one assigned.
    fn unassign(&mut self, owner: &Owner) {
        for step in self.goals.iter_mut().flat_map(|g| g.steps.iter_mut()) {
            if step.owner == *owner {
                step.owner = Owner::Unassigned;
            }
        }
    }

    /// Removes a care-team member and unassigns the steps they owned (the steps stay).
    pub fn remove_member_and_unassign(
        &mut self,
        member: MemberId,
    ) -> Option<super::intake::CareTeamMember> {
        self.keep_consent_names(&super::consent::Recipient::Member { id: member });
        let removed = self.remove_member(member)?;
        self.unassign(&Owner::Member(member));
        Some(removed)
    }

    /// Removes a service; steps it did stay, with no one assigned.
    pub fn remove_service(&mut self, id: ServiceId) -> Option<super::services::Service> {
        self.keep_consent_names(&super::consent::Recipient::Service { id });
        let removed = list::take(&mut self.services, |s| s.id == id)?;
        self.unassign(&Owner::Service(id));
        Some(removed)
    }

    /// Who does a step, in words.
    pub fn owner_name(&self, owner: &Owner) -> String {
        self.owner_name_in(owner, Lang::En)
    }

    /// Who does a step, in words of a language ("Todavía no se decidió", "La persona"); names
    /// stay as typed.
    pub fn owner_name_in(&self, owner: &Owner, lang: Lang) -> String {
        self.owner_words(owner, lang, false)
    }

    /// [`CarePlan::owner_name_in`] to show on screen or paper: each name or role as typed is
    /// isolated (`text::isolate`) from the words around it.
    pub fn owner_name_shown_in(&self, owner: &Owner, lang: Lang) -> String {
        self.owner_words(owner, lang, true)
    }

    fn owner_words(&self, owner: &Owner, lang: Lang, shown: bool) -> String {
        let typed = |t: &str| if shown { isolate(t) } else { t.to_string() };
        let undecided = || match lang {
            Lang::En => "Not decided yet".to_string(),
            Lang::Es => "Todav\u{ed}a no se decidi\u{f3}".to_string(),
        };
        match owner {
            Owner::Unassigned => undecided(),
            Owner::Person => match (self.person_name(), lang) {
                ("", Lang::En) => "The person".into(),
                ("", Lang::Es) => "La persona".into(),
                (name, _) => typed(name),
            },
            Owner::Member(id) => match self.member(*id) {
                Some(m) => {
                    if shown { m.shown_label() } else { m.label() }.unwrap_or_else(|| match lang {
                        Lang::En => "A care-team member".into(),
                        Lang::Es => "Un integrante del equipo de cuidado".into(),
                    })
                }
                None => undecided(),
            },
            Owner::Service(id) => match self.service(*id) {
                Some(s) if s.organization.trim().is_empty() => s.display_name_in(lang),
                Some(s) => typed(&s.display_name_in(lang)),
                None => undecided(),
            },
        }
    }

    /// Ways to address the barriers in the current assessment, as steps to add.
    pub fn suggested_steps(&self) -> Vec<(Barrier, &'static str)> {
        self.suggested_steps_in(Lang::En)
    }

    /// The same ways, written in a language.
    pub fn suggested_steps_in(&self, lang: Lang) -> Vec<(Barrier, &'static str)> {
        self.current_assessment()
            .map(|a| {
                a.all_barriers()
                    .into_iter()
                    .flat_map(|b| b.suggestions_in(lang).iter().map(move |s| (b, *s)))
                    .collect()
            })
            .unwrap_or_default()
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::domains::Domain;
    use crate::model::Goal;
    use chrono::Utc;

    fn day(m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2026, m, d)
    }

    fn plan_with_two_goals() -> (CarePlan, GoalId, GoalId) {
        let mut plan = CarePlan::new(Utc::now());
        let a = plan.add_goal(Goal::default());
        let b = plan.add_goal(Goal::default());
        (plan, a, b)
    }

    #[test]
    fn when_reads_plainly_in_spanish() {
        let mut s = ActionStep::new("Caminar");
        assert_eq!(s.when_in(Lang::Es), "Todav\u{ed}a sin fecha");
        s.due = NaiveDate::from_ymd_opt(2026, 12, 5);
        assert_eq!(s.when_in(Lang::Es), "Para el 5 de diciembre de 2026");
        s.repeat = Some(Repeat::Weekly);
        assert_eq!(
            s.when_in(Lang::Es),
            "Cada semana desde el 5 de diciembre de 2026, todav\u{ed}a sin fecha final"
        );
        s.until = NaiveDate::from_ymd_opt(2027, 1, 31);
        assert_eq!(
            s.when_in(Lang::Es),
            "Cada semana desde el 5 de diciembre de 2026 hasta el 31 de enero de 2027"
        );
        assert_eq!(s.when_in(Lang::En), s.when());
    }

    #[test]
    fn when_reads_plainly() {
        let mut s = ActionStep::new("Call the clinic");
        assert_eq!(s.when(), "No date yet");
        s.due = day(12, 5);
        assert_eq!(s.when(), "By 5 December 2026");
        s.repeat = Some(Repeat::Weekly);
        assert_eq!(s.when(), "Every week from 5 December 2026, no end date yet");
        s.until = NaiveDate::from_ymd_opt(2027, 1, 31);
        assert_eq!(
            s.when(),
            "Every week from 5 December 2026 until 31 January 2027"
        );
    }

    #[test]
    fn steps_reorder_and_move_between_goals_keeping_their_ids() {
        let (mut plan, a, b) = plan_with_two_goals();
        let s1 = plan.add_step(a, ActionStep::new("one")).unwrap();
        let s2 = plan.add_step(a, ActionStep::new("two")).unwrap();
        assert!(plan.move_step(StepRef { goal: a, step: s2 }, -1));
        let order: Vec<_> = plan.goal(a).unwrap().steps.iter().map(|s| s.id).collect();
        assert_eq!(order, vec![s2, s1]);
        assert!(plan.move_step_to_goal(StepRef { goal: a, step: s1 }, b));
        assert_eq!(plan.goal(a).unwrap().steps.len(), 1);
        assert_eq!(
            plan.step(StepRef { goal: b, step: s1 }).unwrap().what,
            "one"
        );
        assert!(
            !plan.move_step_to_goal(StepRef { goal: b, step: s1 }, b),
            "same goal"
        );
        assert!(
            !plan.move_step_to_goal(StepRef { goal: a, step: s1 }, b),
            "not there any more"
        );
        assert!(plan.add_step(GoalId::new(), ActionStep::new("x")).is_none());
    }

    #[test]
    fn removing_a_member_says_which_steps_and_unassigns_them() {
        let (mut plan, a, b) = plan_with_two_goals();
        let ana = plan.add_member();
        plan.member_mut(ana).unwrap().name = "Ana".into();
        plan.member_mut(ana).unwrap().role = "Case manager".into();
        let mut step = ActionStep::new("Drive to the clinic");
        step.owner = Owner::Member(ana);
        let s = plan.add_step(b, step).unwrap();
        plan.add_step(a, ActionStep::new("Mine")).unwrap();
        assert_eq!(plan.owner_name(&Owner::Member(ana)), "Ana (Case manager)");
        // Shown, the name and the role are each isolated from the brackets.
        assert_eq!(
            plan.owner_name_shown_in(&Owner::Member(ana), Lang::En),
            format!("{} ({})", isolate("Ana"), isolate("Case manager"))
        );
        assert_eq!(
            plan.steps_done_by(&Owner::Member(ana)),
            vec![StepRef { goal: b, step: s }]
        );
        assert_eq!(
            unassigned_note("They do", &plan.step_names_done_by(&Owner::Member(ana))),
            " They do 1 action step: \u{201c}Drive to the clinic\u{201d}. Those steps stay, with no one assigned."
        );
        plan.remove_member_and_unassign(ana).unwrap();
        let step = plan.step(StepRef { goal: b, step: s }).unwrap();
        assert_eq!(step.owner, Owner::Unassigned, "the step stays, unassigned");
        assert_eq!(step.what, "Drive to the clinic");
        assert!(plan.steps_done_by(&Owner::Member(ana)).is_empty());
        assert_eq!(unassigned_note("It does", &[]), "");
    }

    #[test]
    fn the_unassigned_note_and_owners_read_in_spanish() {
        let steps = vec!["Ir a la cl\u{ed}nica".to_string()];
        assert_eq!(
            unassigned_note_in("Tiene a su cargo", &steps, Lang::Es),
            " Tiene a su cargo 1 paso de acci\u{f3}n: \u{ab}Ir a la cl\u{ed}nica\u{bb}. Ese paso se queda en el plan, sin nadie a cargo."
        );
        let two = vec!["A".to_string(), "B".to_string()];
        assert_eq!(
            unassigned_note_in("Tiene a su cargo", &two, Lang::Es),
            " Tiene a su cargo 2 pasos de acci\u{f3}n: \u{ab}A\u{bb}, \u{ab}B\u{bb}. Esos pasos se quedan en el plan, sin nadie a cargo."
        );
        assert_eq!(
            unassigned_note_in("It does", &two, Lang::En),
            unassigned_note("It does", &two)
        );
        assert_eq!(unassigned_note_in("Tiene a su cargo", &[], Lang::Es), "");
        let (mut plan, _, _) = plan_with_two_goals();
        let blank = plan.add_member();
        let service = plan.add_service();
        assert_eq!(
            plan.owner_name_in(&Owner::Unassigned, Lang::Es),
            "Todav\u{ed}a no se decidi\u{f3}"
        );
        assert_eq!(plan.owner_name_in(&Owner::Person, Lang::Es), "La persona");
        assert_eq!(
            plan.owner_name_in(&Owner::Member(blank), Lang::Es),
            "Un integrante del equipo de cuidado"
        );
        assert_eq!(
            plan.owner_name_in(&Owner::Service(service), Lang::Es),
            "Servicio sin nombre"
        );
        for owner in [
            Owner::Unassigned,
            Owner::Person,
            Owner::Member(blank),
            Owner::Service(service),
        ] {
            assert_eq!(
                plan.owner_name_in(&owner, Lang::En),
                plan.owner_name(&owner)
            );
        }
        plan.person.name = "Mar\u{ed}a".into();
        assert_eq!(plan.owner_name_in(&Owner::Person, Lang::Es), "Mar\u{ed}a");
    }

    #[test]
    fn barriers_in_the_assessment_suggest_steps() {
        let mut plan = CarePlan::new(Utc::now());
        assert!(plan.suggested_steps().is_empty());
        plan.start_assessment(Utc::now().date_naive());
        let a = plan.current_assessment_mut().unwrap();
        a.set_barrier(Some(Domain::Transportation), Barrier::Transportation, true);
        let suggestions = plan.suggested_steps();
        assert!(suggestions
            .iter()
            .any(|(b, s)| *b == Barrier::Transportation && s.contains("ride")));
        let en = plan.suggested_steps();
        let es = plan.suggested_steps_in(Lang::Es);
        assert_eq!(en.len(), es.len());
        assert!(es.iter().any(|(_, s)| s.contains("transporte")));
        assert_eq!(plan.suggested_steps_in(Lang::En), en);
    }

    #[test]
    fn an_owner_round_trips_through_json() {
        let id = MemberId::new();
        let service = ServiceId::new();
        for owner in [
            Owner::Unassigned,
            Owner::Person,
            Owner::Member(id),
            Owner::Service(service),
        ] {
            let json = serde_json::to_string(&owner).unwrap();
            assert_eq!(serde_json::from_str::<Owner>(&json).unwrap(), owner);
        }
    }
}
