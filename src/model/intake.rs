//! Intake: who the person is, who is on their care team, and which case-management model fits.

use super::ids::{MemberId, PersonId};
use super::text::isolate;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The person the plan belongs to (FHIR `Patient`, the plan's subject).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    pub id: PersonId,
    /// Name or nickname: whatever the person wants to be called.
    pub name: String,
    pub birth_date: Option<NaiveDate>,
    pub preferred_language: String,
    pub contact_method: Option<ContactMethod>,
    /// Details in their own words, e.g. "text me after 5 pm".
    pub contact_details: String,
    /// What matters most to them, in their own words.
    pub what_matters: String,
}

/// How the person likes to be contacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactMethod {
    Phone,
    Text,
    Email,
    Letter,
    InPerson,
}

impl ContactMethod {
    pub const ALL: [ContactMethod; 5] = [
        ContactMethod::Phone,
        ContactMethod::Text,
        ContactMethod::Email,
        ContactMethod::Letter,
        ContactMethod::InPerson,
    ];

    /// Stable text used in forms and files.
    pub fn code(self) -> &'static str {
        match self {
            ContactMethod::Phone => "phone",
            ContactMethod::Text => "text",
            ContactMethod::Email => "email",
            ContactMethod::Letter => "letter",
            ContactMethod::InPerson => "in-person",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            ContactMethod::Phone => "Phone call",
            ContactMethod::Text => "Text message",
            ContactMethod::Email => "Email",
            ContactMethod::Letter => "Letter by post",
            ContactMethod::InPerson => "In person",
        }
    }
}

/// Someone on the care team (FHIR `CareTeam.participant`): family, professionals, helpers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CareTeamMember {
    pub id: MemberId,
    /// E.g. family, case manager, doctor, pharmacist, counselor.
    pub role: String,
    pub name: String,
    pub organization: String,
    pub phone: String,
    pub email: String,
}

impl CareTeamMember {
    pub fn new() -> Self {
        Self::default()
    }

    /// "Ana Ruiz (Case manager)", "Ana Ruiz" or "Case manager"; `None` when both are empty.
    pub fn label(&self) -> Option<String> {
        match (self.name.trim(), self.role.trim()) {
            ("", "") => None,
            (n, "") => Some(n.into()),
            ("", r) => Some(r.into()),
            (n, r) => Some(format!("{n} ({r})")),
        }
    }

    /// [`CareTeamMember::label`] to show on screen or paper: the name and the role, as typed,
    /// each isolated (`text::isolate`), so neither can turn the brackets around the role.
    pub fn shown_label(&self) -> Option<String> {
        match (self.name.trim(), self.role.trim()) {
            ("", "") => None,
            (n, "") => Some(isolate(n)),
            ("", r) => Some(isolate(r)),
            (n, r) => Some(format!("{} ({})", isolate(n), isolate(r))),
        }
    }

    /// True when nothing has been filled in yet.
    pub fn is_blank(&self) -> bool {
        [
            &self.role,
            &self.name,
            &self.organization,
            &self.phone,
            &self.email,
        ]
        .iter()
        .all(|s| s.trim().is_empty())
    }
}

/// Roles offered as suggestions; any other role can be typed.
pub const SUGGESTED_ROLES: [&str; 9] = [
    "Family",
    "Friend",
    "Case manager",
    "Doctor",
    "Nurse",
    "Pharmacist",
    "Counselor",
    "Social worker",
    "Peer support worker",
];

/// The case-management approach the plan follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CaseModel {
    Brokerage,
    Clinical,
    Intensive,
    StrengthsBased,
    Advocacy,
    SystemsOriented,
}

impl CaseModel {
    pub const ALL: [CaseModel; 6] = [
        CaseModel::Brokerage,
        CaseModel::Clinical,
        CaseModel::Intensive,
        CaseModel::StrengthsBased,
        CaseModel::Advocacy,
        CaseModel::SystemsOriented,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CaseModel::Brokerage => "brokerage",
            CaseModel::Clinical => "clinical",
            CaseModel::Intensive => "intensive",
            CaseModel::StrengthsBased => "strengths-based",
            CaseModel::Advocacy => "advocacy",
            CaseModel::SystemsOriented => "systems-oriented",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            CaseModel::Brokerage => "Brokerage",
            CaseModel::Clinical => "Clinical",
            CaseModel::Intensive => "Intensive",
            CaseModel::StrengthsBased => "Strengths-based",
            CaseModel::Advocacy => "Advocacy",
            CaseModel::SystemsOriented => "Systems-oriented",
        }
    }

    /// One plain sentence a patient can understand.
    pub fn explanation(self) -> &'static str {
        match self {
            CaseModel::Brokerage => {
                "The case manager links you to the services you need and helps you get started."
            }
            CaseModel::Clinical => {
                "The case manager also gives counseling or treatment, as well as arranging services."
            }
            CaseModel::Intensive => {
                "A small team gives frequent, hands-on support, for people with many needs at once."
            }
            CaseModel::StrengthsBased => {
                "The plan is built on what you are good at, what you want, and who you can count on."
            }
            CaseModel::Advocacy => {
                "The case manager speaks up for you so you get the services and rights you are owed."
            }
            CaseModel::SystemsOriented => {
                "The focus is on getting your different services and agencies to work together."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for m in CaseModel::ALL {
            assert_eq!(CaseModel::from_code(m.code()), Some(m));
            assert!(!m.explanation().is_empty());
        }
        for m in ContactMethod::ALL {
            assert_eq!(ContactMethod::from_code(m.code()), Some(m));
        }
        assert_eq!(CaseModel::from_code("unknown"), None);
    }

    #[test]
    fn blank_member_is_detected() {
        let mut m = CareTeamMember::new();
        assert!(m.is_blank());
        m.phone = "555".into();
        assert!(!m.is_blank());
    }
}
