//! The choices of the Transition step in the chosen language: why the plan ends or moves on.
//! (The model's English labels stay the ones written into files.)

use crate::i18n::{t_string, Locale};
use crate::model::transition::ClosureReason;
use leptos_i18n::I18nContext;

/// "Moving to another service" / "Pasa a otro servicio".
pub fn closure_reason_label(i18n: I18nContext<Locale>, reason: ClosureReason) -> &'static str {
    match reason {
        ClosureReason::GoalsMet => t_string!(i18n, transition.reason.goals_met),
        ClosureReason::MovedToAnotherService => t_string!(i18n, transition.reason.moved),
        ClosureReason::PersonChoseToStop => t_string!(i18n, transition.reason.person_chose),
        ClosureReason::Other => t_string!(i18n, transition.reason.other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// In English the interface shows the model's own labels, as before.
    #[test]
    fn english_texts_are_the_models_labels() {
        let en = crate::components::language::locale_files("en");
        for r in ClosureReason::ALL {
            let key = r.code().replace('-', "_");
            assert_eq!(
                en["transition"]["reason"][&key].as_str(),
                Some(r.label()),
                "{key}"
            );
        }
    }
}
