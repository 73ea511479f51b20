//! The choices of the Intake step in the chosen language: plan status, ways to get in touch,
//! case-management approaches and the roles suggested for the care team. (The model's English
//! labels stay the ones written into files.) Each `match` names every variant, so a new one does
//! not build until it has its text.

use crate::i18n::{t_string, Locale};
use crate::model::{CaseModel, ContactMethod, PlanStatus, SUGGESTED_ROLES};
use leptos_i18n::I18nContext;

/// "Draft" / "Borrador".
pub fn plan_status_label(i18n: I18nContext<Locale>, status: PlanStatus) -> &'static str {
    match status {
        PlanStatus::Draft => t_string!(i18n, intake.status.draft),
        PlanStatus::Active => t_string!(i18n, intake.status.active),
        PlanStatus::OnHold => t_string!(i18n, intake.status.on_hold),
        PlanStatus::Completed => t_string!(i18n, intake.status.completed),
    }
}

/// "Phone call" / "Llamada por teléfono".
pub fn contact_method_label(i18n: I18nContext<Locale>, method: ContactMethod) -> &'static str {
    match method {
        ContactMethod::Phone => t_string!(i18n, intake.contact.phone),
        ContactMethod::Text => t_string!(i18n, intake.contact.text),
        ContactMethod::Email => t_string!(i18n, intake.contact.email),
        ContactMethod::Letter => t_string!(i18n, intake.contact.letter),
        ContactMethod::InPerson => t_string!(i18n, intake.contact.in_person),
    }
}

/// "Strengths-based" / "Basado en sus fortalezas".
pub fn case_model_label(i18n: I18nContext<Locale>, model: CaseModel) -> &'static str {
    match model {
        CaseModel::Brokerage => t_string!(i18n, intake.model.brokerage),
        CaseModel::Clinical => t_string!(i18n, intake.model.clinical),
        CaseModel::Intensive => t_string!(i18n, intake.model.intensive),
        CaseModel::StrengthsBased => t_string!(i18n, intake.model.strengths_based),
        CaseModel::Advocacy => t_string!(i18n, intake.model.advocacy),
        CaseModel::SystemsOriented => t_string!(i18n, intake.model.systems_oriented),
    }
}

/// The plain sentence under each approach ("The case manager links you to ...").
pub fn case_model_explanation(i18n: I18nContext<Locale>, model: CaseModel) -> &'static str {
    match model {
        CaseModel::Brokerage => t_string!(i18n, intake.model_explained.brokerage),
        CaseModel::Clinical => t_string!(i18n, intake.model_explained.clinical),
        CaseModel::Intensive => t_string!(i18n, intake.model_explained.intensive),
        CaseModel::StrengthsBased => t_string!(i18n, intake.model_explained.strengths_based),
        CaseModel::Advocacy => t_string!(i18n, intake.model_explained.advocacy),
        CaseModel::SystemsOriented => t_string!(i18n, intake.model_explained.systems_oriented),
    }
}

/// `model::SUGGESTED_ROLES`, in its order, in the chosen language: offered while typing a role
/// (what is picked is kept as typed, like any role).
pub fn suggested_roles(i18n: I18nContext<Locale>) -> [&'static str; SUGGESTED_ROLES.len()] {
    [
        t_string!(i18n, intake.team.roles.family),
        t_string!(i18n, intake.team.roles.friend),
        t_string!(i18n, intake.team.roles.case_manager),
        t_string!(i18n, intake.team.roles.doctor),
        t_string!(i18n, intake.team.roles.nurse),
        t_string!(i18n, intake.team.roles.pharmacist),
        t_string!(i18n, intake.team.roles.counselor),
        t_string!(i18n, intake.team.roles.social_worker),
        t_string!(i18n, intake.team.roles.peer_support),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn english() -> Value {
        crate::components::language::locale_files("en")
    }

    /// locales/en/intake.json's `{section}.{code}`, the code's `-` written `_` as in the keys.
    fn text<'a>(en: &'a Value, section: &str, code: &str) -> &'a str {
        en["intake"][section][code.replace('-', "_")]
            .as_str()
            .unwrap_or_else(|| panic!("intake.{section}.{code} is missing"))
    }

    /// In English the interface shows the model's own labels, as before.
    #[test]
    fn english_texts_are_the_models_labels() {
        let en = english();
        for s in PlanStatus::ALL {
            assert_eq!(text(&en, "status", s.code()), s.label());
        }
        for m in ContactMethod::ALL {
            assert_eq!(text(&en, "contact", m.code()), m.label());
        }
        for m in CaseModel::ALL {
            assert_eq!(text(&en, "model", m.code()), m.label());
            assert_eq!(text(&en, "model_explained", m.code()), m.explanation());
        }
        let mut roles: Vec<&str> = en["intake"]["team"]["roles"]
            .as_object()
            .expect("intake.team.roles")
            .values()
            .filter_map(Value::as_str)
            .collect();
        let mut suggested = SUGGESTED_ROLES.to_vec();
        roles.sort_unstable();
        suggested.sort_unstable();
        assert_eq!(roles, suggested);
    }
}
