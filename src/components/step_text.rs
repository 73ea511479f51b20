//! The name and purpose of each step in the chosen language. (The model's English names stay
//! the ones written into files and calendars.)

use crate::i18n::{t_string, Locale};
use crate::model::Step;
use leptos_i18n::I18nContext;

/// The step's name, e.g. "Goals" / "Metas".
pub fn step_title(i18n: I18nContext<Locale>, step: Step) -> &'static str {
    match step {
        Step::Intake => t_string!(i18n, steps.intake),
        Step::Assessment => t_string!(i18n, steps.assessment),
        Step::Needs => t_string!(i18n, steps.needs),
        Step::Goals => t_string!(i18n, steps.goals),
        Step::Actions => t_string!(i18n, steps.actions),
        Step::Monitoring => t_string!(i18n, steps.monitoring),
        Step::Evaluation => t_string!(i18n, steps.evaluation),
        Step::Transition => t_string!(i18n, steps.transition),
        Step::Print => t_string!(i18n, steps.print),
    }
}

/// One plain sentence on what the step is for.
pub fn step_purpose(i18n: I18nContext<Locale>, step: Step) -> &'static str {
    match step {
        Step::Intake => t_string!(i18n, steps.intake_purpose),
        Step::Assessment => t_string!(i18n, steps.assessment_purpose),
        Step::Needs => t_string!(i18n, steps.needs_purpose),
        Step::Goals => t_string!(i18n, steps.goals_purpose),
        Step::Actions => t_string!(i18n, steps.actions_purpose),
        Step::Monitoring => t_string!(i18n, steps.monitoring_purpose),
        Step::Evaluation => t_string!(i18n, steps.evaluation_purpose),
        Step::Transition => t_string!(i18n, steps.transition_purpose),
        Step::Print => t_string!(i18n, steps.print_purpose),
    }
}
