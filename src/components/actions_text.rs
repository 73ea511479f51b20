//! The choices of the Actions & services step in the chosen language: a step's status, a
//! service's type and status. (The model's English labels stay the ones written into files.)
//! Each `match` names every variant, so a new one does not build until it has its text.

use crate::i18n::{t_string, Locale};
use crate::model::actions::ActionStatus;
use crate::model::services::{ServiceKind, ServiceStatus};
use leptos_i18n::I18nContext;

/// "In progress" / "En marcha".
pub fn action_status_label(i18n: I18nContext<Locale>, status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::NotStarted => t_string!(i18n, actions.status.not_started),
        ActionStatus::InProgress => t_string!(i18n, actions.status.in_progress),
        ActionStatus::Done => t_string!(i18n, actions.status.done),
        ActionStatus::Blocked => t_string!(i18n, actions.status.blocked),
        ActionStatus::Cancelled => t_string!(i18n, actions.status.cancelled),
    }
}

/// "Mental health" / "Salud mental".
pub fn service_kind_label(i18n: I18nContext<Locale>, kind: ServiceKind) -> &'static str {
    match kind {
        ServiceKind::Medical => t_string!(i18n, actions.kind.medical),
        ServiceKind::MentalHealth => t_string!(i18n, actions.kind.mental_health),
        ServiceKind::Housing => t_string!(i18n, actions.kind.housing),
        ServiceKind::Food => t_string!(i18n, actions.kind.food),
        ServiceKind::Transportation => t_string!(i18n, actions.kind.transportation),
        ServiceKind::Financial => t_string!(i18n, actions.kind.financial),
        ServiceKind::Legal => t_string!(i18n, actions.kind.legal),
        ServiceKind::PeerSupport => t_string!(i18n, actions.kind.peer_support),
        ServiceKind::Other => t_string!(i18n, actions.kind.other),
    }
}

/// "Referral sent" / "Se envió el referido".
pub fn service_status_label(i18n: I18nContext<Locale>, status: ServiceStatus) -> &'static str {
    match status {
        ServiceStatus::Planned => t_string!(i18n, actions.service_status.planned),
        ServiceStatus::Referred => t_string!(i18n, actions.service_status.referred),
        ServiceStatus::Scheduled => t_string!(i18n, actions.service_status.scheduled),
        ServiceStatus::Active => t_string!(i18n, actions.service_status.active),
        ServiceStatus::Completed => t_string!(i18n, actions.service_status.completed),
        ServiceStatus::Declined => t_string!(i18n, actions.service_status.declined),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::language::locale_files;

    /// locales/en/actions.json's `{section}.{code}`, the code's `-` written `_` as in the keys.
    fn text(section: &str, code: &str) -> String {
        locale_files("en")["actions"][section][code.replace('-', "_")]
            .as_str()
            .unwrap_or_else(|| panic!("actions.{section}.{code} is missing"))
            .to_string()
    }

    /// In English the interface shows the model's own labels, as before.
    #[test]
    fn english_texts_are_the_models_labels() {
        for s in ActionStatus::ALL {
            assert_eq!(text("status", s.code()), s.label());
        }
        for k in ServiceKind::ALL {
            assert_eq!(text("kind", k.code()), k.label());
        }
        for s in ServiceStatus::ALL {
            assert_eq!(text("service_status", s.code()), s.label());
        }
    }
}
