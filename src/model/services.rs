//! Services and referrals (FHIR `ServiceRequest`): organizations and resources that help with
//! the plan's goals.

use super::ids::{GoalId, ServiceId};
use super::lang::Lang;
use super::plan::CarePlan;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceKind {
    Medical,
    MentalHealth,
    Housing,
    Food,
    Transportation,
    Financial,
    Legal,
    PeerSupport,
    #[default]
    Other,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 9] = [
        ServiceKind::Medical,
        ServiceKind::MentalHealth,
        ServiceKind::Housing,
        ServiceKind::Food,
        ServiceKind::Transportation,
        ServiceKind::Financial,
        ServiceKind::Legal,
        ServiceKind::PeerSupport,
        ServiceKind::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ServiceKind::Medical => "medical",
            ServiceKind::MentalHealth => "mental-health",
            ServiceKind::Housing => "housing",
            ServiceKind::Food => "food",
            ServiceKind::Transportation => "transportation",
            ServiceKind::Financial => "financial",
            ServiceKind::Legal => "legal",
            ServiceKind::PeerSupport => "peer-support",
            ServiceKind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            ServiceKind::Medical => "Medical",
            ServiceKind::MentalHealth => "Mental health",
            ServiceKind::Housing => "Housing",
            ServiceKind::Food => "Food",
            ServiceKind::Transportation => "Transportation",
            ServiceKind::Financial => "Money and benefits",
            ServiceKind::Legal => "Legal",
            ServiceKind::PeerSupport => "Peer support",
            ServiceKind::Other => "Other",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceStatus {
    #[default]
    Planned,
    Referred,
    Scheduled,
    Active,
    Completed,
    Declined,
}

impl ServiceStatus {
    pub const ALL: [ServiceStatus; 6] = [
        ServiceStatus::Planned,
        ServiceStatus::Referred,
        ServiceStatus::Scheduled,
        ServiceStatus::Active,
        ServiceStatus::Completed,
        ServiceStatus::Declined,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ServiceStatus::Planned => "planned",
            ServiceStatus::Referred => "referred",
            ServiceStatus::Scheduled => "scheduled",
            ServiceStatus::Active => "active",
            ServiceStatus::Completed => "completed",
            ServiceStatus::Declined => "declined",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            ServiceStatus::Planned => "Planned",
            ServiceStatus::Referred => "Referral sent",
            ServiceStatus::Scheduled => "Appointment made",
            ServiceStatus::Active => "Using it now",
            ServiceStatus::Completed => "Finished",
            ServiceStatus::Declined => "Declined",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Service {
    pub id: ServiceId,
    /// The organization or resource, e.g. "County Food Bank".
    pub organization: String,
    pub kind: ServiceKind,
    /// Phone, email, address, contact person: as written.
    pub contact: String,
    pub status: ServiceStatus,
    pub referral_date: Option<NaiveDate>,
    pub next_appointment: Option<NaiveDate>,
    /// The goals it helps with.
    pub goals: Vec<GoalId>,
}

impl Service {
    pub fn new() -> Self {
        Self {
            id: ServiceId::new(),
            ..Self::default()
        }
    }

    /// Still in use or to come: not completed or declined.
    pub fn is_open(&self) -> bool {
        !matches!(
            self.status,
            ServiceStatus::Completed | ServiceStatus::Declined
        )
    }

    pub fn display_name(&self) -> String {
        self.display_name_in(Lang::En)
    }

    /// Its name, or "Servicio sin nombre" in Spanish while it has none.
    pub fn display_name_in(&self, lang: Lang) -> String {
        match (self.organization.trim(), lang) {
            ("", Lang::En) => "Unnamed service".into(),
            ("", Lang::Es) => "Servicio sin nombre".into(),
            (name, _) => name.to_string(),
        }
    }
}

impl CarePlan {
    pub fn add_service(&mut self) -> ServiceId {
        let service = Service::new();
        let id = service.id;
        self.services.push(service);
        id
    }

    pub fn service(&self, id: ServiceId) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn service_mut(&mut self, id: ServiceId) -> Option<&mut Service> {
        self.services.iter_mut().find(|s| s.id == id)
    }

    /// Services linked to a goal: what removing the goal would unlink.
    pub fn services_linked_to(&self, goal: GoalId) -> Vec<ServiceId> {
        self.services
            .iter()
            .filter(|s| s.goals.contains(&goal))
            .map(|s| s.id)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::actions::{ActionStep, Owner};
    use crate::model::Goal;
    use chrono::Utc;

    #[test]
    fn removing_a_service_unassigns_its_steps_and_keeps_them() {
        let mut plan = CarePlan::new(Utc::now());
        let goal = plan.add_goal(Goal::default());
        let bank = plan.add_service();
        plan.service_mut(bank).unwrap().organization = "County Food Bank".into();
        let mut step = ActionStep::new("Deliver a food box");
        step.owner = Owner::Service(bank);
        plan.add_step(goal, step);
        assert_eq!(plan.owner_name(&Owner::Service(bank)), "County Food Bank");
        assert_eq!(
            plan.step_names_done_by(&Owner::Service(bank)),
            vec!["Deliver a food box"]
        );
        assert_eq!(
            plan.remove_service(bank).map(|s| s.organization),
            Some("County Food Bank".into())
        );
        assert_eq!(plan.goals[0].steps[0].owner, Owner::Unassigned);
        assert!(plan.remove_service(bank).is_none());
    }

    #[test]
    fn removing_a_goal_unlinks_it_from_services() {
        let mut plan = CarePlan::new(Utc::now());
        let keep = plan.add_goal(Goal::default());
        let gone = plan.add_goal(Goal::default());
        let s = plan.add_service();
        plan.service_mut(s).unwrap().goals = vec![keep, gone];
        assert_eq!(plan.services_linked_to(gone), vec![s]);
        plan.remove_goal(gone);
        assert_eq!(plan.service(s).unwrap().goals, vec![keep]);
    }

    #[test]
    fn codes_round_trip() {
        for k in ServiceKind::ALL {
            assert_eq!(ServiceKind::from_code(k.code()), Some(k));
        }
        for st in ServiceStatus::ALL {
            assert_eq!(ServiceStatus::from_code(st.code()), Some(st));
        }
        assert_eq!(Service::new().display_name(), "Unnamed service");
        assert_eq!(
            Service::new().display_name_in(Lang::Es),
            "Servicio sin nombre"
        );
    }
}
