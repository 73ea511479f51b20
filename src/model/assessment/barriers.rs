//! Barriers: what gets in the way of care, each with ways to address it that later become
//! suggested action steps.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Barrier {
    Transportation,
    Cost,
    HousingInstability,
    LittleSupport,
    HealthLiteracy,
    Language,
    CaregiverStrain,
    Technology,
    Childcare,
    WorkSchedule,
}

impl Barrier {
    pub const ALL: [Barrier; 10] = [
        Barrier::Transportation,
        Barrier::Cost,
        Barrier::HousingInstability,
        Barrier::LittleSupport,
        Barrier::HealthLiteracy,
        Barrier::Language,
        Barrier::CaregiverStrain,
        Barrier::Technology,
        Barrier::Childcare,
        Barrier::WorkSchedule,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Barrier::Transportation => "transportation",
            Barrier::Cost => "cost",
            Barrier::HousingInstability => "housing-instability",
            Barrier::LittleSupport => "little-support",
            Barrier::HealthLiteracy => "health-literacy",
            Barrier::Language => "language",
            Barrier::CaregiverStrain => "caregiver-strain",
            Barrier::Technology => "technology",
            Barrier::Childcare => "childcare",
            Barrier::WorkSchedule => "work-schedule",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Barrier::Transportation => "No easy way to get there",
            Barrier::Cost => "Cost of medicines or care",
            Barrier::HousingInstability => "Housing is not steady",
            Barrier::LittleSupport => "Little help from family or friends",
            Barrier::HealthLiteracy => "Health information is hard to understand",
            Barrier::Language => "Language",
            Barrier::CaregiverStrain => "Caregiver is worn out",
            Barrier::Technology => "No phone, internet or computer access",
            Barrier::Childcare => "Childcare",
            Barrier::WorkSchedule => "Work schedule",
        }
    }

    /// Ways to address the barrier, offered later as action steps.
    pub fn suggestions(self) -> &'static [&'static str] {
        match self {
            Barrier::Transportation => &[
                "Arrange a ride service for appointments",
                "Apply for a reduced-fare bus pass",
                "Ask whether the visit can be done by phone or video",
            ],
            Barrier::Cost => &[
                "Ask the pharmacist about lower-cost generic medicines",
                "Apply for a patient assistance or sliding-fee program",
                "Check eligibility for insurance or benefits",
            ],
            Barrier::HousingInstability => &[
                "Contact the local housing help line or coordinated entry",
                "Apply for rental or utility assistance",
                "Keep a safe mailing address for appointment letters",
            ],
            Barrier::LittleSupport => &[
                "Join a peer support or community group",
                "Name one person to call when things get hard",
                "Ask about a volunteer visitor or phone buddy program",
            ],
            Barrier::HealthLiteracy => &[
                "Use teach-back: explain the plan back in your own words",
                "Ask for written instructions in plain language or pictures",
                "Bring a family member or friend to appointments",
            ],
            Barrier::Language => &[
                "Request a free interpreter for every appointment",
                "Ask for materials in the preferred language",
            ],
            Barrier::CaregiverStrain => &[
                "Look into respite care for the caregiver",
                "Connect the caregiver with a support group",
                "Share tasks among more family members or services",
            ],
            Barrier::Technology => &[
                "Check eligibility for a low-cost phone or internet plan",
                "Set up appointment reminders by text or call",
                "Use a library or community center computer",
            ],
            Barrier::Childcare => &[
                "Find childcare for appointment times",
                "Ask whether children can come along to visits",
                "Apply for childcare assistance",
            ],
            Barrier::WorkSchedule => &[
                "Ask for early, late or weekend appointments",
                "Ask about telehealth during breaks",
                "Learn about job-protected leave for health care",
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_barrier_has_ways_to_address_it() {
        for b in Barrier::ALL {
            assert_eq!(Barrier::from_code(b.code()), Some(b));
            assert!(b.suggestions().len() >= 2, "{b:?}");
        }
        assert!(Barrier::Transportation
            .suggestions()
            .iter()
            .any(|s| s.contains("ride")));
    }
}
