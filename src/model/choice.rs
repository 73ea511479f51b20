//! Choices written once: every enum a person picks from (a questionnaire's answers, a goal's
//! status, a part of life, ...) lists its values and gives each a stable code. Forms use the
//! code as the field's value and element id; files use it too where the enum is stored, so
//! a code never changes. Labels stay with each enum (the model's English) and with
//! `components::*_text` (the chosen language); `components::choice` turns any `Choice` into
//! radio buttons or a drop-down list.

pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in the order they are offered.
    const ALL: &'static [Self];

    /// The stable code: `"worried-about-losing"`, `"phq9"`.
    fn code(self) -> &'static str;

    /// The value whose code is `code`, if any.
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.code() == code)
    }
}

/// Test helper: every code is unique and reads back.
#[cfg(test)]
pub(crate) fn assert_codes<T: Choice + std::fmt::Debug>() {
    let mut seen = std::collections::HashSet::new();
    for c in T::ALL {
        assert!(seen.insert(c.code()), "{c:?}: code {} twice", c.code());
        assert_eq!(T::from_code(c.code()), Some(*c));
    }
    assert_eq!(T::from_code("no such code"), None);
}

/// Test helper for enums kept in plans: the codes are also what serde writes, so a form's
/// code and a file's are one.
#[cfg(test)]
pub(crate) fn assert_stored_codes<T: Choice + std::fmt::Debug + serde::Serialize>() {
    assert_codes::<T>();
    for c in T::ALL {
        assert_eq!(
            serde_json::to_value(c).ok(),
            Some(serde_json::Value::String(c.code().into())),
            "{c:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{assert_codes, assert_stored_codes, Choice};
    use crate::config::Instrument;
    use crate::model::assessment::ahc::{FoodAnswer, HomeProblem, Living, Utilities};
    use crate::model::assessment::barriers::Barrier;
    use crate::model::assessment::domains::{Domain, NeedLevel};
    use crate::model::assessment::phq9::Difficulty;

    #[test]
    fn every_choice_has_unique_codes_that_files_use_too() {
        assert_stored_codes::<Living>();
        assert_stored_codes::<HomeProblem>();
        assert_stored_codes::<FoodAnswer>();
        assert_stored_codes::<Utilities>();
        assert_stored_codes::<Difficulty>();
        assert_stored_codes::<Barrier>();
        assert_stored_codes::<Domain>();
        assert_stored_codes::<NeedLevel>();
    }

    #[test]
    fn the_configs_questionnaires_have_unique_codes() {
        // Not stored in plans: named by these codes in config.json only.
        assert_codes::<Instrument>();
        // The GAD-7 sits right after the PHQ-9, named "gad7".
        assert_eq!(Instrument::from_code("gad7"), Some(Instrument::Gad7));
        assert_eq!(Instrument::ALL[..2], [Instrument::Phq9, Instrument::Gad7]);
    }
}
