//! The choices of a goal in the chosen language: which way the number should go, priority and
//! status. (The model's English labels stay the ones written into files.) Each `match` names
//! every variant, so a new one does not build until it has its text.

use crate::i18n::{t_string, Locale};
use crate::model::goals::{Direction, GoalStatus, Priority};
use leptos_i18n::I18nContext;

/// "Go up" / "Subir".
pub fn direction_label(i18n: I18nContext<Locale>, direction: Direction) -> &'static str {
    match direction {
        Direction::Increase => t_string!(i18n, goals.direction.increase),
        Direction::Decrease => t_string!(i18n, goals.direction.decrease),
        Direction::Maintain => t_string!(i18n, goals.direction.maintain),
    }
}

/// "High" / "Alta".
pub fn priority_label(i18n: I18nContext<Locale>, priority: Priority) -> &'static str {
    match priority {
        Priority::High => t_string!(i18n, goals.priority.high),
        Priority::Medium => t_string!(i18n, goals.priority.medium),
        Priority::Low => t_string!(i18n, goals.priority.low),
    }
}

/// "Working on it" / "En marcha".
pub fn goal_status_label(i18n: I18nContext<Locale>, status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::Proposed => t_string!(i18n, goals.status.proposed),
        GoalStatus::Planned => t_string!(i18n, goals.status.planned),
        GoalStatus::Accepted => t_string!(i18n, goals.status.accepted),
        GoalStatus::Active => t_string!(i18n, goals.status.active),
        GoalStatus::OnHold => t_string!(i18n, goals.status.on_hold),
        GoalStatus::Completed => t_string!(i18n, goals.status.completed),
        GoalStatus::Cancelled => t_string!(i18n, goals.status.cancelled),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::language::locale_files;

    /// locales/en/goals.json's `{section}.{code}`, the code's `-` written `_` as in the keys.
    fn text(section: &str, code: &str) -> String {
        locale_files("en")["goals"][section][code.replace('-', "_")]
            .as_str()
            .unwrap_or_else(|| panic!("goals.{section}.{code} is missing"))
            .to_string()
    }

    /// In English the interface shows the model's own labels, as before.
    #[test]
    fn english_texts_are_the_models_labels() {
        for d in Direction::ALL {
            assert_eq!(text("direction", d.code()), d.label());
        }
        for p in Priority::ALL {
            assert_eq!(text("priority", p.code()), p.label());
        }
        for s in GoalStatus::ALL {
            assert_eq!(text("status", s.code()), s.label());
        }
    }

    /// The check's advice names the directions with the words the form shows.
    #[test]
    fn the_smart_check_names_the_directions_as_the_form_does() {
        use crate::model::goals::smart::check_in;
        use crate::model::goals::Goal;
        use crate::model::lang::Lang;
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default();
        let goal = |baseline: &str, target: &str, direction| Goal {
            action: "walk".into(),
            unit: "feet".into(),
            baseline: baseline.into(),
            target: target.into(),
            direction,
            ..Goal::default()
        };
        let cases = [
            (goal("10", "10", Direction::Increase), Direction::Maintain),
            (goal("10", "5", Direction::Increase), Direction::Decrease),
            (goal("10", "20", Direction::Decrease), Direction::Increase),
        ];
        for (code, lang) in [("en", Lang::En), ("es", Lang::Es)] {
            let texts = locale_files(code);
            for (goal, named) in &cases {
                let advice = check_in(goal, today, lang)[1]
                    .suggestion
                    .clone()
                    .unwrap_or_default();
                let word = texts["goals"]["direction"][named.code()]
                    .as_str()
                    .unwrap_or("?");
                assert!(
                    advice.contains(&format!("\u{201c}{word}\u{201d}")),
                    "{code}: {advice}"
                );
            }
        }
    }
}
