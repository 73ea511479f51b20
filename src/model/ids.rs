//! Stable identifiers. Every item in a plan gets one when it is created and keeps it for life,
//! so links between items survive renaming, reordering and editing.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A fresh random identifier.
            pub fn new() -> Self {
                Self(Uuid::new_v4())
            }

            /// Reads an identifier from text, as found in a URL or a storage key.
            pub fn parse(text: &str) -> Option<Self> {
                Uuid::parse_str(text).ok().map(Self)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(text).map(Self)
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// Identifies a care plan (FHIR `CarePlan.id`).
    PlanId
);
id_type!(
    /// Identifies the person the plan is for (FHIR `Patient.id`).
    PersonId
);
id_type!(
    /// Identifies a member of the care team (FHIR `CareTeam.participant`).
    MemberId
);
id_type!(
    /// Identifies one dated assessment (FHIR `QuestionnaireResponse` / `Observation` group).
    AssessmentId
);
id_type!(
    /// Identifies a goal (FHIR `Goal`).
    GoalId
);
id_type!(
    /// Identifies an action step of a goal (FHIR `CarePlan.activity`).
    ActionId
);
id_type!(
    /// Identifies a service or referral (FHIR `ServiceRequest`).
    ServiceId
);
id_type!(
    /// Identifies a need: a problem or health concern to work on (FHIR `Condition`).
    NeedId
);
id_type!(
    /// Identifies a review meeting of the plan (monitoring).
    ReviewId
);
id_type!(
    /// Identifies one progress entry of a goal (FHIR `Observation`).
    ProgressId
);
id_type!(
    /// Identifies a contact note: one contact with the person or about them (FHIR
    /// `Communication`).
    ContactNoteId
);
id_type!(
    /// Identifies a consent to share information (FHIR `Consent`).
    ConsentId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_round_trip_through_text() {
        let a = PlanId::new();
        let b = PlanId::new();
        assert_ne!(a, b);
        assert_eq!(PlanId::parse(&a.to_string()), Some(a));
        assert_eq!(PlanId::parse("not an id"), None);
    }
}
