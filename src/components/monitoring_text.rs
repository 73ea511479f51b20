//! The choices and words of the Monitoring step in the chosen language: how a goal is going
//! (achievement), days / weeks / months, the kinds of things due, and the days of the week.
//! (The model's English labels stay the ones written into files.) Each `match` names every
//! variant, so a new one does not build until it has its text.

use crate::i18n::{t_string, Locale};
use crate::model::monitoring::due::DueKind;
use crate::model::monitoring::progress::{Achievement, HowGoing};
use crate::model::monitoring::Period;
use chrono::Weekday;
use leptos_i18n::I18nContext;

/// "Getting better" / "Va mejorando".
pub fn achievement_label(i18n: I18nContext<Locale>, achievement: Achievement) -> &'static str {
    match achievement {
        Achievement::InProgress => t_string!(i18n, monitoring.achievement.in_progress),
        Achievement::Improving => t_string!(i18n, monitoring.achievement.improving),
        Achievement::Worsening => t_string!(i18n, monitoring.achievement.worsening),
        Achievement::NoChange => t_string!(i18n, monitoring.achievement.no_change),
        Achievement::Achieved => t_string!(i18n, monitoring.achievement.achieved),
        Achievement::Sustaining => t_string!(i18n, monitoring.achievement.sustaining),
        Achievement::NotAchieved => t_string!(i18n, monitoring.achievement.not_achieved),
        Achievement::NoProgress => t_string!(i18n, monitoring.achievement.no_progress),
        Achievement::NotAttainable => t_string!(i18n, monitoring.achievement.not_attainable),
    }
}

/// "weeks" / "semanas".
pub fn period_label(i18n: I18nContext<Locale>, period: Period) -> &'static str {
    match period {
        Period::Days => t_string!(i18n, monitoring.schedule.periods.days),
        Period::Weeks => t_string!(i18n, monitoring.schedule.periods.weeks),
        Period::Months => t_string!(i18n, monitoring.schedule.periods.months),
    }
}

/// "Plan review" / "Revisión del plan": what kind of thing is due.
pub fn due_kind_label(i18n: I18nContext<Locale>, kind: DueKind) -> &'static str {
    match kind {
        DueKind::Review => t_string!(i18n, monitoring.due.kind.review),
        DueKind::Step(_) => t_string!(i18n, monitoring.due.kind.step),
        DueKind::GoalReview(_) => t_string!(i18n, monitoring.due.kind.goal_check),
        DueKind::Appointment(_) => t_string!(i18n, monitoring.due.kind.appointment),
        DueKind::ContactStep(_) => t_string!(i18n, contact_notes.due_kind),
    }
}

/// How a goal is going: an achievement status, or "Not started yet" / "Todavía no empezó".
pub fn how_going_label(i18n: I18nContext<Locale>, how: HowGoing) -> &'static str {
    match how {
        HowGoing::Status(a) => achievement_label(i18n, a),
        HowGoing::NotStarted => t_string!(i18n, monitoring.progress.not_started),
        HowGoing::NothingRecorded => t_string!(i18n, monitoring.progress.nothing_recorded),
    }
}

/// "Friday" / "Viernes", at the start of a line.
pub fn weekday_label(i18n: I18nContext<Locale>, day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => t_string!(i18n, monitoring.due.weekday.monday),
        Weekday::Tue => t_string!(i18n, monitoring.due.weekday.tuesday),
        Weekday::Wed => t_string!(i18n, monitoring.due.weekday.wednesday),
        Weekday::Thu => t_string!(i18n, monitoring.due.weekday.thursday),
        Weekday::Fri => t_string!(i18n, monitoring.due.weekday.friday),
        Weekday::Sat => t_string!(i18n, monitoring.due.weekday.saturday),
        Weekday::Sun => t_string!(i18n, monitoring.due.weekday.sunday),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::{GoalId, ServiceId};
    use crate::model::monitoring::due::DueItem;
    use chrono::NaiveDate;
    use serde_json::Value;

    fn english() -> Value {
        crate::components::language::locale_files("en")
    }

    /// locales/en/monitoring.json's `{path}`, e.g. ["achievement", "in_progress"].
    fn text<'a>(en: &'a Value, path: &[&str]) -> &'a str {
        path.iter()
            .fold(&en["monitoring"], |v, k| &v[k.replace('-', "_")])
            .as_str()
            .unwrap_or_else(|| panic!("monitoring.{} is missing", path.join(".")))
    }

    /// In English the interface shows the model's own labels, as before.
    #[test]
    fn english_texts_are_the_models_labels() {
        let en = english();
        for a in Achievement::ALL {
            assert_eq!(text(&en, &["achievement", a.code()]), a.label());
        }
        for (how, key) in [
            (HowGoing::NotStarted, "not_started"),
            (HowGoing::NothingRecorded, "nothing_recorded"),
        ] {
            assert_eq!(text(&en, &["progress", key]), how.label());
        }
        for p in Period::ALL {
            assert_eq!(text(&en, &["schedule", "periods", p.code()]), p.label());
        }
        let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default();
        for (kind, key) in [
            (DueKind::Review, "review"),
            (DueKind::GoalReview(GoalId::new()), "goal_check"),
            (DueKind::Appointment(ServiceId::new()), "appointment"),
        ] {
            let item = DueItem {
                date: day,
                kind,
                what: String::new(),
                overdue: false,
                occurrence: None,
            };
            assert_eq!(text(&en, &["due", "kind", key]), item.kind_label());
        }
        assert_eq!(text(&en, &["due", "kind", "step"]), "Step");
        let mut d = day;
        for _ in 0..7 {
            let name = d.format("%A").to_string();
            assert_eq!(text(&en, &["due", "weekday", &name.to_lowercase()]), name);
            d = d.succ_opt().unwrap_or_default();
        }
    }
}
