//! The Katz Index of Independence in Activities of Daily Living: six everyday activities, each
//! done without help (1 point) or not (0). Activity names and scoring from
//! `reference/instruments.md` §4; the plain prompts are ours, not the published descriptions.

use super::instrument::{unanswered, Missing};
use crate::model::lang::Lang;
use serde::{Deserialize, Serialize};

pub const NAME: &str =
    "Everyday activities (Katz Index of Independence in Activities of Daily Living)";

pub const ATTRIBUTION: &str = "Activity names and scoring from the Katz Index of Independence in Activities of Daily Living: Katz S., Down, T.D., Cash, H.R. et al. (1970) Progress in the Development of the Index of ADL. Gerontologist 10:20-30. Copyright The Gerontological Society of America. The questions in plain words are written for this app.";

/// An activity: its name on the index and our plain question about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Activity {
    pub name: &'static str,
    pub prompt: &'static str,
}

pub const ACTIVITIES: [Activity; 6] = [
    Activity {
        name: "Bathing",
        prompt: "Can you wash yourself in the bath or shower without help? Help with just one part, like your back, still counts as on your own.",
    },
    Activity {
        name: "Dressing",
        prompt: "Can you get your clothes and put them on, with buttons and zips, without help? Help tying shoes still counts as on your own.",
    },
    Activity {
        name: "Toileting",
        prompt: "Can you get to the toilet, use it, clean yourself and fix your clothes without help?",
    },
    Activity {
        name: "Transferring",
        prompt: "Can you get in and out of bed or a chair without another person's help? Using a cane, walker or grab bar still counts as on your own.",
    },
    Activity {
        name: "Continence",
        prompt: "Do you have full control of your bladder and bowels?",
    },
    Activity {
        name: "Feeding",
        prompt: "Can you get food from the plate into your mouth without help? Someone else may cook or cut it.",
    },
];

pub const INDEPENDENT: &str = "Yes, without help";
pub const NEEDS_HELP: &str = "No, needs help";

/// `Some(true)`: does it without help (1 point).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Katz {
    pub items: [Option<bool>; 6],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// 0 (very dependent) to 6 (independent).
    pub total: u8,
}

impl Score {
    /// The published description of the total. The source names 6, 4 and 2 or less; 5 and 3
    /// have no published label, so the app says where they fall and that it is its own wording.
    pub fn label(self) -> &'static str {
        match self.total {
            6.. => "full function",
            5 => "between full function and moderate impairment (no published label)",
            4 => "moderate impairment",
            3 => "between moderate and severe impairment (no published label)",
            _ => "severe functional impairment",
        }
    }

    /// The description in `lang` (Spanish says "sin nombre publicado" where English does).
    pub fn label_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.label(),
            Lang::Es => match self.total {
                6.. => "funcionamiento completo",
                5 => {
                    "entre funcionamiento completo y limitaci\u{f3}n moderada (sin nombre publicado)"
                }
                4 => "limitaci\u{f3}n moderada",
                3 => "entre limitaci\u{f3}n moderada y grave (sin nombre publicado)",
                _ => "limitaci\u{f3}n funcional grave",
            },
        }
    }
}

impl Katz {
    pub fn score(&self) -> Result<Score, Missing> {
        let missing = unanswered(&self.items, 1);
        if !missing.is_empty() {
            return Err(Missing(missing));
        }
        let total = self.items.iter().flatten().filter(|i| **i).count() as u8;
        Ok(Score { total })
    }

    /// Names of the activities the person needs help with.
    pub fn needs_help_with(&self) -> Vec<&'static str> {
        self.items
            .iter()
            .zip(ACTIVITIES)
            .filter(|(answer, _)| **answer == Some(false))
            .map(|(_, a)| a.name)
            .collect()
    }

    pub fn is_started(&self) -> bool {
        self.items.iter().any(Option::is_some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn katz(items: [u8; 6]) -> Katz {
        Katz {
            items: items.map(|i| Some(i == 1)),
        }
    }

    #[test]
    fn worked_examples_k1_to_k4() {
        let k1 = katz([1, 1, 1, 1, 1, 1]).score().unwrap();
        assert_eq!((k1.total, k1.label()), (6, "full function"));
        let k2 = katz([0, 0, 1, 1, 1, 1]).score().unwrap();
        assert_eq!((k2.total, k2.label()), (4, "moderate impairment"));
        let k3 = katz([0, 0, 0, 0, 1, 1]).score().unwrap();
        assert_eq!((k3.total, k3.label()), (2, "severe functional impairment"));
        let k4 = katz([1, 1, 1, 1, 1, 0]).score().unwrap();
        assert_eq!(k4.total, 5);
        assert!(k4.label().contains("no published label"));
    }

    #[test]
    fn every_total_has_a_label() {
        assert_eq!(Score { total: 0 }.label(), "severe functional impairment");
        assert!(Score { total: 3 }.label().contains("no published label"));
    }

    #[test]
    fn incomplete_is_not_scored() {
        let mut k = katz([1; 6]);
        k.items[4] = None;
        assert_eq!(k.score(), Err(Missing(vec![5])));
        assert!(k.is_started());
        assert!(!Katz::default().is_started());
    }

    #[test]
    fn names_the_activities_that_need_help() {
        assert_eq!(
            katz([0, 0, 1, 1, 1, 1]).needs_help_with(),
            vec!["Bathing", "Dressing"]
        );
    }

    #[test]
    fn labels_in_both_languages() {
        for total in 0..=6 {
            let s = Score { total };
            assert_eq!(s.label_in(Lang::En), s.label());
        }
        assert_eq!(
            Score { total: 4 }.label_in(Lang::Es),
            "limitaci\u{f3}n moderada"
        );
        assert!(Score { total: 5 }
            .label_in(Lang::Es)
            .contains("sin nombre publicado"));
    }
}
