//! The model's choices as the printouts show them, in the chosen language: an action step's
//! status, and a service's kind and status. (The model's English labels stay the ones written
//! into files.) Each `match` names every variant, so a new one does not build until it has its
//! text.

use crate::i18n::{t_string, Locale};
use crate::model::actions::ActionStatus;
use crate::model::services::{ServiceKind, ServiceStatus};
use leptos_i18n::I18nContext;

/// "In progress" / "En curso".
pub fn action_status_label(i18n: I18nContext<Locale>, status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::NotStarted => t_string!(i18n, print.action_status.not_started),
        ActionStatus::InProgress => t_string!(i18n, print.action_status.in_progress),
        ActionStatus::Done => t_string!(i18n, print.action_status.done),
        ActionStatus::Blocked => t_string!(i18n, print.action_status.blocked),
        ActionStatus::Cancelled => t_string!(i18n, print.action_status.cancelled),
    }
}

/// "Food" / "Comida".
pub fn service_kind_label(i18n: I18nContext<Locale>, kind: ServiceKind) -> &'static str {
    match kind {
        ServiceKind::Medical => t_string!(i18n, print.service_kind.medical),
        ServiceKind::MentalHealth => t_string!(i18n, print.service_kind.mental_health),
        ServiceKind::Housing => t_string!(i18n, print.service_kind.housing),
        ServiceKind::Food => t_string!(i18n, print.service_kind.food),
        ServiceKind::Transportation => t_string!(i18n, print.service_kind.transportation),
        ServiceKind::Financial => t_string!(i18n, print.service_kind.financial),
        ServiceKind::Legal => t_string!(i18n, print.service_kind.legal),
        ServiceKind::PeerSupport => t_string!(i18n, print.service_kind.peer_support),
        ServiceKind::Other => t_string!(i18n, print.service_kind.other),
    }
}

/// "Referral sent" / "Referencia enviada".
pub fn service_status_label(i18n: I18nContext<Locale>, status: ServiceStatus) -> &'static str {
    match status {
        ServiceStatus::Planned => t_string!(i18n, print.service_status.planned),
        ServiceStatus::Referred => t_string!(i18n, print.service_status.referred),
        ServiceStatus::Scheduled => t_string!(i18n, print.service_status.scheduled),
        ServiceStatus::Active => t_string!(i18n, print.service_status.active),
        ServiceStatus::Completed => t_string!(i18n, print.service_status.completed),
        ServiceStatus::Declined => t_string!(i18n, print.service_status.declined),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// locales/{lang}/print.json's `{section}.{code}`, the code's `-` written `_` as in the keys.
    fn text<'a>(all: &'a Value, section: &str, code: &str) -> &'a str {
        all["print"][section][code.replace('-', "_")]
            .as_str()
            .unwrap_or_else(|| panic!("print.{section}.{code} is missing"))
    }

    /// In English the printouts show the model's own labels, as before.
    #[test]
    fn english_texts_are_the_models_labels() {
        let en = crate::components::language::locale_files("en");
        for s in ActionStatus::ALL {
            assert_eq!(text(&en, "action_status", s.code()), s.label());
        }
        for k in ServiceKind::ALL {
            assert_eq!(text(&en, "service_kind", k.code()), k.label());
        }
        for s in ServiceStatus::ALL {
            assert_eq!(text(&en, "service_status", s.code()), s.label());
        }
    }

    /// Every choice has its own Spanish words.
    #[test]
    fn spanish_texts_are_there_and_differ() {
        let es = crate::components::language::locale_files("es");
        for s in ActionStatus::ALL {
            assert_ne!(text(&es, "action_status", s.code()), s.label());
        }
        for k in ServiceKind::ALL {
            assert_ne!(text(&es, "service_kind", k.code()), k.label());
        }
        for s in ServiceStatus::ALL {
            assert_ne!(text(&es, "service_status", s.code()), s.label());
        }
    }
}
