//! Progress entries of a goal, how far along it is, and a suggested achievement status
//! (FHIR `Goal.achievementStatus`) that the person confirms or changes.

use crate::model::goals::{parse_number, Direction, Goal, GoalStatus};
use crate::model::ids::ProgressId;
use crate::model::lang::Lang;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One measurement or observation of a goal (FHIR `Observation`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProgressEntry {
    pub id: ProgressId,
    pub date: Option<NaiveDate>,
    /// The value in the goal's unit, kept as typed ("2,5" stays "2,5").
    pub value: String,
    pub note: String,
}

impl ProgressEntry {
    pub fn new(date: NaiveDate) -> Self {
        Self {
            id: ProgressId::new(),
            date: Some(date),
            ..Self::default()
        }
    }

    pub fn number(&self) -> Option<f64> {
        parse_number(&self.value)
    }
}

/// FHIR `Goal.achievementStatus`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Achievement {
    InProgress,
    Improving,
    Worsening,
    NoChange,
    Achieved,
    Sustaining,
    NotAchieved,
    NoProgress,
    NotAttainable,
}

impl Achievement {
    pub const ALL: [Achievement; 9] = [
        Achievement::InProgress,
        Achievement::Improving,
        Achievement::Worsening,
        Achievement::NoChange,
        Achievement::Achieved,
        Achievement::Sustaining,
        Achievement::NotAchieved,
        Achievement::NoProgress,
        Achievement::NotAttainable,
    ];

    /// The FHIR code (system `http://terminology.hl7.org/CodeSystem/goal-achievement`).
    pub fn code(self) -> &'static str {
        match self {
            Achievement::InProgress => "in-progress",
            Achievement::Improving => "improving",
            Achievement::Worsening => "worsening",
            Achievement::NoChange => "no-change",
            Achievement::Achieved => "achieved",
            Achievement::Sustaining => "sustaining",
            Achievement::NotAchieved => "not-achieved",
            Achievement::NoProgress => "no-progress",
            Achievement::NotAttainable => "not-attainable",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Achievement::InProgress => "In progress",
            Achievement::Improving => "Getting better",
            Achievement::Worsening => "Getting worse",
            Achievement::NoChange => "No change",
            Achievement::Achieved => "Reached",
            Achievement::Sustaining => "Reached and keeping it up",
            Achievement::NotAchieved => "Not reached",
            Achievement::NoProgress => "No progress",
            Achievement::NotAttainable => "Cannot be reached",
        }
    }
}

/// How a goal is going, as every screen and printout says it: one story with where the goal
/// stands in the plan ([`Goal::status`], FHIR `lifecycleStatus`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HowGoing {
    /// An achievement status: the person's choice, else what the entries suggest, else what
    /// follows from the plan ([`Goal::achievement_from_plan`]).
    Status(Achievement),
    /// Proposed, planned or agreed, and nothing says otherwise: work has not begun.
    NotStarted,
    /// On hold or cancelled, and nothing recorded.
    NothingRecorded,
}

impl HowGoing {
    pub fn label(self) -> &'static str {
        match self {
            HowGoing::Status(a) => a.label(),
            HowGoing::NotStarted => "Not started yet",
            HowGoing::NothingRecorded => "Nothing recorded yet",
        }
    }
}

impl Goal {
    /// Entries with a date, oldest first (entries without a date are left out).
    pub fn dated_progress(&self) -> Vec<&ProgressEntry> {
        let mut entries: Vec<_> = self.progress.iter().filter(|e| e.date.is_some()).collect();
        entries.sort_by_key(|e| e.date);
        entries
    }

    /// The latest dated entry with a number in it.
    pub fn latest_value(&self) -> Option<(NaiveDate, f64)> {
        self.dated_progress()
            .into_iter()
            .rev()
            .find_map(|e| Some((e.date?, e.number()?)))
    }

    /// How far a value is from the baseline toward the target, in percent: 0 at the
    /// baseline, 100 at the target, the same for goals that go down. `None` without a
    /// numeric baseline and target that differ, and for goals meant to stay the same.
    pub fn percent_toward_target(&self, value: f64) -> Option<f64> {
        if self.direction == Direction::Maintain {
            return None;
        }
        let (b, t) = (self.baseline_value()?, self.target_value()?);
        let span = t - b;
        (span.abs() > f64::EPSILON).then(|| (value - b) / span * 100.0)
    }

    /// Whether a value meets the target, given which way the goal goes.
    pub fn meets_target(&self, value: f64) -> Option<bool> {
        let t = self.target_value()?;
        Some(match self.direction {
            Direction::Increase => value >= t,
            Direction::Decrease => value <= t,
            // Within 5 % of the target (or 0.5 of a unit near zero) counts as kept.
            Direction::Maintain => (value - t).abs() <= (t.abs() * 0.05).max(0.5),
        })
    }

    /// The status the entries suggest on `today`, with the reason in plain words. `None` when
    /// there are no numeric entries to go on (the person chooses).
    pub fn suggested_achievement(&self, today: NaiveDate) -> Option<(Achievement, String)> {
        self.suggested_achievement_in(today, Lang::En)
    }

    /// The same, with the reason in a language: "La última anotación, 20 pies, está más cerca
    /// del objetivo que el punto de partida (10 pies)."
    pub fn suggested_achievement_in(
        &self,
        today: NaiveDate,
        lang: Lang,
    ) -> Option<(Achievement, String)> {
        let values: Vec<(NaiveDate, f64)> = self
            .dated_progress()
            .into_iter()
            .filter_map(|e| Some((e.date?, e.number()?)))
            .collect();
        let &(_, latest) = values.last()?;
        let unit = self.unit.trim();
        let shown = |v: f64| format_number(v, unit);
        if self.meets_target(latest)? {
            let before = values.len().checked_sub(2).map(|i| values[i].1);
            return Some(if before.and_then(|b| self.meets_target(b)) == Some(true) {
                let (a, b) = (before.map(shown).unwrap_or_default(), shown(latest));
                (
                    Achievement::Sustaining,
                    match lang {
                        Lang::En => {
                            format!("The last two entries ({a} and {b}) both meet the target.")
                        }
                        Lang::Es => format!(
                            "Las dos \u{fa}ltimas anotaciones ({a} y {b}) alcanzan el objetivo."
                        ),
                    },
                )
            } else {
                let b = shown(latest);
                (
                    Achievement::Achieved,
                    match lang {
                        Lang::En => format!("The latest entry, {b}, meets the target."),
                        Lang::Es => {
                            format!("La \u{fa}ltima anotaci\u{f3}n, {b}, alcanza el objetivo.")
                        }
                    },
                )
            });
        }
        if let Some(due) = self.target_date.filter(|d| *d < today) {
            let (date, b) = (crate::model::dates::long_in(due, lang), shown(latest));
            return Some((
                Achievement::NotAchieved,
                match lang {
                    Lang::En => format!(
                        "The target date ({date}) has passed and the latest entry, {b}, does not meet the target."
                    ),
                    Lang::Es => format!(
                        "La fecha objetivo ({date}) ya pas\u{f3} y la \u{fa}ltima anotaci\u{f3}n, {b}, no alcanza el objetivo."
                    ),
                },
            ));
        }
        // Compare with the entry before, or with the baseline for the first entry.
        let (previous, what) = match (values.len().checked_sub(2), lang) {
            (Some(i), Lang::En) => (Some(values[i].1), "the entry before"),
            (Some(i), Lang::Es) => (Some(values[i].1), "la anotaci\u{f3}n anterior"),
            (None, Lang::En) => (self.baseline_value(), "the starting point"),
            (None, Lang::Es) => (self.baseline_value(), "el punto de partida"),
        };
        let previous = previous?;
        let t = self.target_value()?;
        let gap_before = (t - previous).abs();
        let gap_now = (t - latest).abs();
        let (now, then) = (shown(latest), shown(previous));
        Some(if (gap_now - gap_before).abs() < f64::EPSILON {
            (
                Achievement::NoChange,
                match lang {
                    Lang::En => format!("The latest entry, {now}, is the same as {what}."),
                    Lang::Es => {
                        format!("La \u{fa}ltima anotaci\u{f3}n, {now}, es igual a {what}.")
                    }
                },
            )
        } else if gap_now < gap_before {
            (
                Achievement::Improving,
                match lang {
                    Lang::En => format!(
                        "The latest entry, {now}, is closer to the target than {what} ({then})."
                    ),
                    Lang::Es => format!(
                        "La \u{fa}ltima anotaci\u{f3}n, {now}, est\u{e1} m\u{e1}s cerca del objetivo que {what} ({then})."
                    ),
                },
            )
        } else {
            (
                Achievement::Worsening,
                match lang {
                    Lang::En => format!(
                        "The latest entry, {now}, is further from the target than {what} ({then})."
                    ),
                    Lang::Es => format!(
                        "La \u{fa}ltima anotaci\u{f3}n, {now}, est\u{e1} m\u{e1}s lejos del objetivo que {what} ({then})."
                    ),
                },
            )
        })
    }

    /// How the goal is going when neither the person nor the entries say: what follows from
    /// where it stands in the plan. Working on it is "in progress" and completed is "reached"
    /// (as the FHIR export writes it); otherwise nothing.
    pub fn achievement_from_plan(&self) -> Option<Achievement> {
        match self.status {
            GoalStatus::Active => Some(Achievement::InProgress),
            GoalStatus::Completed => Some(Achievement::Achieved),
            _ => None,
        }
    }

    /// How the goal is going on `today`: the person's choice, else the suggestion from the
    /// entries, else what follows from the plan; a goal not begun is "not started yet".
    pub fn how_going(&self, today: NaiveDate) -> HowGoing {
        let status = self
            .achievement
            .or_else(|| self.suggested_achievement(today).map(|(a, _)| a))
            .or_else(|| self.achievement_from_plan());
        match status {
            Some(a) => HowGoing::Status(a),
            None if self.status.is_before_start() => HowGoing::NotStarted,
            None => HowGoing::NothingRecorded,
        }
    }

    /// Work on the goal has begun: a goal proposed, planned or agreed becomes "working on it"
    /// (active). Whether it moved.
    pub fn mark_begun(&mut self) -> bool {
        let moved = self.status.is_before_start();
        if moved {
            self.status = GoalStatus::Active;
        }
        moved
    }

    /// Records an entry: work has begun ([`Goal::mark_begun`]). Whether the goal moved to
    /// "working on it".
    pub fn add_progress(&mut self, entry: ProgressEntry) -> bool {
        self.progress.push(entry);
        self.mark_begun()
    }

    /// Sets how it is going as the person sees it (`None`: as the entries suggest). A status
    /// chosen means work has begun ([`Goal::mark_begun`]). Whether the goal moved to
    /// "working on it".
    pub fn choose_achievement(&mut self, chosen: Option<Achievement>) -> bool {
        self.achievement = chosen;
        chosen.is_some() && self.mark_begun()
    }

    /// Entries or a chosen status say work has begun, yet the plan says it has not (an older
    /// plan, or the status set back on the Goals step): the Goals step says so.
    pub fn begun_but_marked_not_started(&self) -> bool {
        self.status.is_before_start() && (self.achievement.is_some() || !self.progress.is_empty())
    }
}

/// "50 feet", "2.5 kg", "7": numbers without needless decimals, then the unit.
pub fn format_number(value: f64, unit: &str) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let number = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        let s = format!("{rounded:.2}");
        s.trim_end_matches('0').to_string()
    };
    if unit.is_empty() {
        number
    } else {
        format!("{number} {unit}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn walking(values: &[(u32, &str)]) -> Goal {
        let mut g = Goal::new(day(1));
        g.action = "walk".into();
        g.unit = "feet".into();
        g.baseline = "10".into();
        g.target = "50".into();
        g.target_date = NaiveDate::from_ymd_opt(2026, 12, 5);
        for (d, v) in values {
            let mut e = ProgressEntry::new(day(*d));
            e.value = v.to_string();
            g.progress.push(e);
        }
        g
    }

    #[test]
    fn percent_runs_from_baseline_to_target() {
        let g = walking(&[]);
        assert_eq!(g.percent_toward_target(10.0), Some(0.0));
        assert_eq!(g.percent_toward_target(30.0), Some(50.0));
        assert_eq!(g.percent_toward_target(50.0), Some(100.0));
        assert_eq!(g.percent_toward_target(60.0), Some(125.0));
    }

    #[test]
    fn percent_is_right_for_goals_that_go_down() {
        let mut g = walking(&[]);
        g.direction = Direction::Decrease;
        g.baseline = "20".into();
        g.target = "10".into();
        assert_eq!(g.percent_toward_target(15.0), Some(50.0));
        assert_eq!(g.percent_toward_target(10.0), Some(100.0));
        assert_eq!(g.percent_toward_target(25.0), Some(-50.0));
    }

    #[test]
    fn no_percent_without_numbers_or_for_staying_the_same() {
        let mut g = walking(&[]);
        g.target = "10".into();
        assert_eq!(
            g.percent_toward_target(10.0),
            None,
            "target equals baseline"
        );
        g.target = "a lot".into();
        assert_eq!(g.percent_toward_target(10.0), None);
        let mut m = walking(&[]);
        m.direction = Direction::Maintain;
        assert_eq!(m.percent_toward_target(10.0), None);
    }

    #[test]
    fn entries_are_read_in_date_order_whatever_order_they_were_typed() {
        let g = walking(&[(20, "30"), (5, "15"), (12, "x")]);
        let dates: Vec<_> = g.dated_progress().iter().map(|e| e.date).collect();
        assert_eq!(dates, vec![Some(day(5)), Some(day(12)), Some(day(20))]);
        assert_eq!(g.latest_value(), Some((day(20), 30.0)));
    }

    #[test]
    fn suggestions_follow_the_entries() {
        let today = day(22);
        assert_eq!(walking(&[]).suggested_achievement(today), None);
        let first = walking(&[(5, "20")]).suggested_achievement(today).unwrap();
        assert_eq!(first.0, Achievement::Improving, "closer than the baseline");
        assert!(first.1.contains("20 feet"), "{}", first.1);
        let worse = walking(&[(5, "20"), (12, "15")]);
        assert_eq!(
            worse.suggested_achievement(today).unwrap().0,
            Achievement::Worsening
        );
        let same = walking(&[(5, "20"), (12, "20")]);
        assert_eq!(
            same.suggested_achievement(today).unwrap().0,
            Achievement::NoChange
        );
        let reached = walking(&[(5, "20"), (12, "50")]);
        assert_eq!(
            reached.suggested_achievement(today).unwrap().0,
            Achievement::Achieved
        );
        let kept = walking(&[(5, "55"), (12, "50")]);
        assert_eq!(
            kept.suggested_achievement(today).unwrap().0,
            Achievement::Sustaining
        );
    }

    #[test]
    fn suggestions_give_their_reason_in_spanish_and_the_same_in_english() {
        let today = day(22);
        let cases = [
            (
                walking(&[(5, "20")]),
                today,
                "La \u{fa}ltima anotaci\u{f3}n, 20 feet, est\u{e1} m\u{e1}s cerca del objetivo que el punto de partida (10 feet).",
            ),
            (
                walking(&[(5, "20"), (12, "15")]),
                today,
                "La \u{fa}ltima anotaci\u{f3}n, 15 feet, est\u{e1} m\u{e1}s lejos del objetivo que la anotaci\u{f3}n anterior (20 feet).",
            ),
            (
                walking(&[(5, "20"), (12, "20")]),
                today,
                "La \u{fa}ltima anotaci\u{f3}n, 20 feet, es igual a la anotaci\u{f3}n anterior.",
            ),
            (
                walking(&[(5, "20"), (12, "50")]),
                today,
                "La \u{fa}ltima anotaci\u{f3}n, 50 feet, alcanza el objetivo.",
            ),
            (
                walking(&[(5, "55"), (12, "50")]),
                today,
                "Las dos \u{fa}ltimas anotaciones (55 feet y 50 feet) alcanzan el objetivo.",
            ),
            (
                walking(&[(5, "20")]),
                NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
                "La fecha objetivo (5 de diciembre de 2026) ya pas\u{f3} y la \u{fa}ltima anotaci\u{f3}n, 20 feet, no alcanza el objetivo.",
            ),
        ];
        for (goal, on, spanish) in cases {
            let es = goal.suggested_achievement_in(on, Lang::Es).unwrap();
            let en = goal.suggested_achievement_in(on, Lang::En).unwrap();
            assert_eq!(es.1, spanish);
            assert_eq!(es.0, en.0);
            assert_eq!(Some(en), goal.suggested_achievement(on));
        }
        assert_eq!(
            walking(&[(5, "20"), (12, "15")])
                .suggested_achievement(today)
                .unwrap()
                .1,
            "The latest entry, 15 feet, is further from the target than the entry before (20 feet)."
        );
    }

    #[test]
    fn a_missed_target_date_is_not_reached() {
        let g = walking(&[(5, "20")]);
        let later = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let (a, why) = g.suggested_achievement(later).unwrap();
        assert_eq!(a, Achievement::NotAchieved);
        assert!(why.contains("5 December 2026"), "{why}");
        let reached = walking(&[(5, "50")]);
        assert_eq!(
            reached.suggested_achievement(later).unwrap().0,
            Achievement::Achieved,
            "reaching it counts even after the date"
        );
    }

    #[test]
    fn goals_that_go_down_improve_when_the_number_drops() {
        let mut g = walking(&[(5, "18"), (12, "14")]);
        g.direction = Direction::Decrease;
        g.unit = "cigarettes a day".into();
        g.baseline = "20".into();
        g.target = "10".into();
        assert_eq!(
            g.suggested_achievement(day(22)).unwrap().0,
            Achievement::Improving
        );
        g.progress[1].value = "9".into();
        assert_eq!(
            g.suggested_achievement(day(22)).unwrap().0,
            Achievement::Achieved
        );
    }

    #[test]
    fn the_persons_choice_wins_over_the_suggestion() {
        let mut g = walking(&[(5, "20")]);
        g.status = GoalStatus::Active;
        assert_eq!(
            g.how_going(day(22)),
            HowGoing::Status(Achievement::Improving)
        );
        g.achievement = Some(Achievement::NoProgress);
        assert_eq!(
            g.how_going(day(22)),
            HowGoing::Status(Achievement::NoProgress)
        );
        let mut active = walking(&[]);
        active.status = GoalStatus::Active;
        assert_eq!(
            active.how_going(day(22)),
            HowGoing::Status(Achievement::InProgress)
        );
    }

    /// Issue #26: a goal "Planned" on Goals read "In progress" on Monitoring. With nothing
    /// recorded, how it is going follows where it stands in the plan.
    #[test]
    fn with_nothing_recorded_how_it_is_going_follows_the_plan() {
        let expected = [
            (GoalStatus::Proposed, HowGoing::NotStarted),
            (GoalStatus::Planned, HowGoing::NotStarted),
            (GoalStatus::Accepted, HowGoing::NotStarted),
            (
                GoalStatus::Active,
                HowGoing::Status(Achievement::InProgress),
            ),
            (GoalStatus::OnHold, HowGoing::NothingRecorded),
            (
                GoalStatus::Completed,
                HowGoing::Status(Achievement::Achieved),
            ),
            (GoalStatus::Cancelled, HowGoing::NothingRecorded),
        ];
        assert_eq!(expected.len(), GoalStatus::ALL.len());
        for (status, how) in expected {
            let mut g = walking(&[]);
            g.status = status;
            assert_eq!(g.how_going(day(22)), how, "{status:?}");
            assert_eq!(
                g.how_going(day(22)) == HowGoing::NotStarted,
                status.is_before_start()
            );
        }
        assert_eq!(HowGoing::NotStarted.label(), "Not started yet");
        assert_eq!(
            HowGoing::Status(Achievement::Improving).label(),
            "Getting better"
        );
    }

    #[test]
    fn an_entry_or_a_chosen_status_moves_a_goal_not_begun_to_working_on_it() {
        for status in GoalStatus::ALL {
            let mut g = walking(&[]);
            g.status = status;
            let moved = g.add_progress(ProgressEntry::new(day(5)));
            assert_eq!(moved, status.is_before_start(), "{status:?}");
            let expected = if moved { GoalStatus::Active } else { status };
            assert_eq!(g.status, expected);
            assert_eq!(g.progress.len(), 1);
            assert!(!g.begun_but_marked_not_started());
        }
        let mut g = walking(&[]);
        g.status = GoalStatus::Planned;
        assert!(!g.choose_achievement(None), "as suggested: nothing begun");
        assert_eq!(g.status, GoalStatus::Planned);
        assert!(g.choose_achievement(Some(Achievement::Achieved)));
        assert_eq!(
            (g.status, g.achievement),
            (GoalStatus::Active, Some(Achievement::Achieved))
        );
        let mut done = walking(&[]);
        done.status = GoalStatus::Completed;
        assert!(!done.choose_achievement(Some(Achievement::NotAchieved)));
        assert_eq!(
            done.status,
            GoalStatus::Completed,
            "an ended goal stays ended"
        );
    }

    #[test]
    fn a_goal_set_back_to_planned_with_progress_is_pointed_out() {
        let mut g = walking(&[(5, "20")]);
        g.status = GoalStatus::Planned;
        assert!(g.begun_but_marked_not_started());
        g.status = GoalStatus::Active;
        assert!(!g.begun_but_marked_not_started());
        let mut chosen = walking(&[]);
        chosen.achievement = Some(Achievement::Improving);
        assert!(chosen.begun_but_marked_not_started());
        assert!(!walking(&[]).begun_but_marked_not_started());
    }

    #[test]
    fn achievement_codes_round_trip() {
        for a in Achievement::ALL {
            assert_eq!(Achievement::from_code(a.code()), Some(a));
        }
    }

    #[test]
    fn numbers_are_shown_without_needless_decimals() {
        assert_eq!(format_number(50.0, "feet"), "50 feet");
        assert_eq!(format_number(2.5, "kg"), "2.5 kg");
        assert_eq!(format_number(1.0 / 3.0, ""), "0.33");
    }
}
