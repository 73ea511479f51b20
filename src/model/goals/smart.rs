//! The SMART check: for each letter, pass or needs work, with a plain reason and a suggestion.
//! It guides; it never stops a goal from being saved.

use super::{Direction, Goal};
use chrono::NaiveDate;

/// Target dates further away than this are hard to plan for.
const MAX_DAYS_AHEAD: i64 = 2 * 365;
/// Below this confidence, a smaller first step usually works better.
const CONFIDENT: u8 = 7;

/// Words that sound like a goal but cannot be seen happening unless a measure comes with them.
const VAGUE: [&str; 14] = [
    "improve",
    "try",
    "better",
    "more",
    "less",
    "work on",
    "cope",
    "manage",
    "healthier",
    "increase",
    "decrease",
    "reduce",
    "as needed",
    "as much as possible",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Letter {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

impl Letter {
    pub const ALL: [Letter; 5] = [
        Letter::Specific,
        Letter::Measurable,
        Letter::Achievable,
        Letter::Relevant,
        Letter::TimeBound,
    ];

    pub fn initial(self) -> &'static str {
        match self {
            Letter::Specific => "S",
            Letter::Measurable => "M",
            Letter::Achievable => "A",
            Letter::Relevant => "R",
            Letter::TimeBound => "T",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Letter::Specific => "Specific",
            Letter::Measurable => "Measurable",
            Letter::Achievable => "Achievable",
            Letter::Relevant => "Relevant",
            Letter::TimeBound => "Time-bound",
        }
    }
}

/// The verdict on one letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub letter: Letter,
    pub pass: bool,
    /// Why, in plain words.
    pub reason: String,
    /// What to do about it, when it needs work.
    pub suggestion: Option<String>,
}

fn pass(letter: Letter, reason: impl Into<String>) -> Mark {
    Mark {
        letter,
        pass: true,
        reason: reason.into(),
        suggestion: None,
    }
}

fn work(letter: Letter, reason: impl Into<String>, suggestion: impl Into<String>) -> Mark {
    Mark {
        letter,
        pass: false,
        reason: reason.into(),
        suggestion: Some(suggestion.into()),
    }
}

/// Checks all five letters. `today` comes from the browser clock.
pub fn check(goal: &Goal, today: NaiveDate) -> [Mark; 5] {
    [
        specific(goal),
        measurable(goal),
        achievable(goal),
        relevant(goal),
        time_bound(goal, today),
    ]
}

/// The first vague word in the text, if any, matched as whole words.
fn vague_word(text: &str) -> Option<&'static str> {
    let words: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let padded = format!(
        " {} ",
        words.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    VAGUE
        .into_iter()
        .find(|v| padded.contains(&format!(" {v} ")))
}

fn has_measure(goal: &Goal) -> bool {
    goal.target_value().is_some() || !goal.outcome.trim().is_empty()
}

fn specific(goal: &Goal) -> Mark {
    let l = Letter::Specific;
    let action = goal.action.trim();
    if action.is_empty() {
        return work(
            l,
            "It does not say yet what will be done.",
            "Write what will be done as an action, e.g. \u{201c}walk\u{201d}, \u{201c}take my evening pills\u{201d}, \u{201c}call the housing office\u{201d}.",
        );
    }
    let text = format!("{action} {}", goal.detail);
    if let Some(word) = vague_word(&text) {
        if !has_measure(goal) {
            return work(
                l,
                format!("\u{201c}{word}\u{201d} is hard to see happening without a measure."),
                "Say exactly what will be done and how much, e.g. \u{201c}walk 20 minutes a day\u{201d} instead of \u{201c}exercise more\u{201d}.",
            );
        }
    }
    pass(l, "It says what will be done.")
}

fn measurable(goal: &Goal) -> Mark {
    let l = Letter::Measurable;
    let target_text = goal.target.trim();
    if target_text.is_empty() {
        if !goal.outcome.trim().is_empty() {
            return pass(l, "It names an outcome anyone could see.");
        }
        return work(
            l,
            "There is no number to reach and no outcome to see.",
            "Add a target with a unit (e.g. 50 feet, 3 times a week), or describe what anyone could see when it is done.",
        );
    }
    let Some(target) = goal.target_value() else {
        return work(
            l,
            format!("The target \u{201c}{target_text}\u{201d} is not a number."),
            "Write the target as a number, e.g. 50, and put the words in the unit.",
        );
    };
    if goal.unit.trim().is_empty() {
        return work(
            l,
            "The target has no unit.",
            "Add a unit, e.g. feet, minutes a day, times a week, drinks a week.",
        );
    }
    let Some(baseline) = goal.baseline_value() else {
        return work(
            l,
            if goal.baseline.trim().is_empty() {
                "It does not say where things are now.".to_string()
            } else {
                format!(
                    "Where things are now, \u{201c}{}\u{201d}, is not a number.",
                    goal.baseline.trim()
                )
            },
            "Add the starting point (the baseline), so progress can be seen.",
        );
    };
    match goal.direction {
        Direction::Maintain => pass(l, "It has a level to keep and a unit."),
        _ if target == baseline => work(
            l,
            "The target is the same as where things are now.",
            "Choose a target that is a step forward, or choose \u{201c}Stay the same\u{201d} if keeping it steady is the goal.",
        ),
        Direction::Increase if target < baseline => work(
            l,
            "The target is lower than now, but the goal is to go up.",
            "Check the numbers, or change the direction to \u{201c}Go down\u{201d}.",
        ),
        Direction::Decrease if target > baseline => work(
            l,
            "The target is higher than now, but the goal is to go down.",
            "Check the numbers, or change the direction to \u{201c}Go up\u{201d}.",
        ),
        _ => pass(l, "It has a starting point, a target and a unit."),
    }
}

fn achievable(goal: &Goal) -> Mark {
    let l = Letter::Achievable;
    match goal.confidence {
        None => work(
            l,
            "Confidence is not rated yet.",
            "Ask: \u{201c}On a scale of 0 to 10, how sure are you that you can do this?\u{201d}",
        ),
        Some(c) if c < CONFIDENT => work(
            l,
            format!("Confidence is {c} out of 10: lower than 7."),
            "Try a smaller first step that feels like a 7 or more, and build from there.",
        ),
        Some(c) => pass(l, format!("Confidence is {c} out of 10.")),
    }
}

fn relevant(goal: &Goal) -> Mark {
    let l = Letter::Relevant;
    if goal.needs.is_empty() {
        return work(
            l,
            "It is not linked to a need.",
            "Choose the need (or needs) this goal helps with.",
        );
    }
    if goal.why.trim().is_empty() {
        return work(
            l,
            "It does not say why it matters.",
            "Write why this goal matters, in the person's own words.",
        );
    }
    pass(l, "It is linked to a need and says why it matters.")
}

fn time_bound(goal: &Goal, today: NaiveDate) -> Mark {
    let l = Letter::TimeBound;
    let Some(target) = goal.target_date else {
        return work(
            l,
            "There is no target date.",
            "Pick a date by when it should be done.",
        );
    };
    if target < today {
        return work(
            l,
            "The target date has passed.",
            "Set a new target date, or mark the goal completed or cancelled.",
        );
    }
    if let Some(start) = goal.start_date {
        if target < start {
            return work(
                l,
                "The target date is before the start date.",
                "Check the two dates.",
            );
        }
    }
    let from = goal.start_date.map_or(today, |s| s.max(today));
    if (target - from).num_days() > MAX_DAYS_AHEAD {
        return work(
            l,
            "The target date is more than two years away.",
            "Break it into shorter goals, each a few weeks or months long.",
        );
    }
    pass(l, "It has a target date.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::NeedId;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    const TODAY: (i32, u32, u32) = (2026, 11, 22);

    fn today() -> NaiveDate {
        day(TODAY.0, TODAY.1, TODAY.2)
    }

    /// A goal that passes every letter.
    fn good() -> Goal {
        Goal {
            action: "walk".into(),
            detail: "on his own".into(),
            unit: "feet".into(),
            baseline: "10".into(),
            target: "50".into(),
            confidence: Some(8),
            needs: vec![NeedId::new()],
            why: "So I can get to the bus stop".into(),
            target_date: Some(day(2026, 12, 5)),
            ..Goal::new(today())
        }
    }

    fn mark(goal: &Goal, letter: Letter) -> Mark {
        check(goal, today())
            .into_iter()
            .find(|m| m.letter == letter)
            .unwrap()
    }

    #[test]
    fn a_good_goal_passes_every_letter() {
        let marks = check(&good(), today());
        assert!(marks.iter().all(|m| m.pass), "{marks:?}");
        assert!(marks.iter().all(|m| m.suggestion.is_none()));
    }

    #[test]
    fn an_empty_goal_needs_work_on_every_letter_with_suggestions() {
        let marks = check(&Goal::default(), today());
        assert!(marks.iter().all(|m| !m.pass));
        assert!(marks.iter().all(|m| m.suggestion.is_some()));
    }

    #[test]
    fn specific_flags_a_missing_action_and_vague_words_without_a_measure() {
        let mut g = good();
        g.action = " ".into();
        assert!(mark(&g, Letter::Specific)
            .reason
            .contains("what will be done"));
        for vague in [
            "improve my health",
            "try to exercise",
            "eat better",
            "drink less",
            "work on my mood",
        ] {
            let mut g = good();
            g.action = vague.into();
            g.target.clear();
            let m = mark(&g, Letter::Specific);
            assert!(!m.pass, "{vague}");
        }
        let mut g = good();
        g.action = "improve my walking".into();
        assert!(
            mark(&g, Letter::Specific).pass,
            "a vague verb with a measure is fine"
        );
        g.action = "more".into();
        g.target.clear();
        g.outcome = "the doctor signs off".into();
        assert!(
            mark(&g, Letter::Specific).pass,
            "an observable outcome is a measure"
        );
        // Whole words only: "trying" is not "try", "moreover" is not "more".
        assert_eq!(vague_word("keep trying moreover"), None);
        assert_eq!(vague_word("Feel BETTER!"), Some("better"));
    }

    #[test]
    fn measurable_needs_a_number_and_unit_or_an_outcome() {
        let mut g = good();
        g.target.clear();
        assert!(mark(&g, Letter::Measurable).reason.contains("no number"));
        g.outcome = "has a signed lease".into();
        assert!(mark(&g, Letter::Measurable).pass);

        let mut g = good();
        g.target = "fifty".into();
        assert!(mark(&g, Letter::Measurable).reason.contains("not a number"));
        let mut g = good();
        g.unit.clear();
        assert!(mark(&g, Letter::Measurable).reason.contains("no unit"));
        let mut g = good();
        g.baseline.clear();
        assert!(mark(&g, Letter::Measurable)
            .reason
            .contains("where things are now"));
    }

    #[test]
    fn measurable_checks_the_target_against_the_baseline_and_direction() {
        let mut g = good();
        g.target = "10".into();
        assert!(mark(&g, Letter::Measurable)
            .reason
            .contains("same as where things are now"));
        g.direction = Direction::Maintain;
        assert!(
            mark(&g, Letter::Measurable).pass,
            "keeping steady is a real goal"
        );

        let mut g = good();
        g.target = "5".into();
        assert!(mark(&g, Letter::Measurable)
            .reason
            .contains("lower than now"));
        g.direction = Direction::Decrease;
        assert!(mark(&g, Letter::Measurable).pass);
        g.target = "20".into();
        assert!(mark(&g, Letter::Measurable)
            .reason
            .contains("higher than now"));
    }

    #[test]
    fn achievable_asks_for_confidence_of_seven_or_more() {
        let mut g = good();
        g.confidence = None;
        assert!(!mark(&g, Letter::Achievable).pass);
        g.confidence = Some(6);
        let m = mark(&g, Letter::Achievable);
        assert!(!m.pass);
        assert!(m.suggestion.unwrap().contains("smaller first step"));
        g.confidence = Some(7);
        assert!(mark(&g, Letter::Achievable).pass);
    }

    #[test]
    fn relevant_needs_a_linked_need_and_a_reason() {
        let mut g = good();
        g.needs.clear();
        assert!(mark(&g, Letter::Relevant).reason.contains("not linked"));
        let mut g = good();
        g.why = "  ".into();
        assert!(mark(&g, Letter::Relevant).reason.contains("why it matters"));
    }

    #[test]
    fn time_bound_needs_a_sensible_future_date() {
        let mut g = good();
        g.target_date = None;
        assert!(mark(&g, Letter::TimeBound)
            .reason
            .contains("no target date"));
        g.target_date = Some(day(2026, 11, 21));
        assert!(mark(&g, Letter::TimeBound).reason.contains("has passed"));
        g.target_date = Some(today());
        assert!(mark(&g, Letter::TimeBound).pass, "today is still on time");
        g.start_date = Some(day(2026, 12, 1));
        g.target_date = Some(day(2026, 11, 30));
        assert!(mark(&g, Letter::TimeBound)
            .reason
            .contains("before the start date"));
        g.start_date = Some(today());
        g.target_date = Some(day(2029, 1, 1));
        assert!(mark(&g, Letter::TimeBound).reason.contains("two years"));
        g.target_date = Some(day(2028, 11, 1));
        assert!(mark(&g, Letter::TimeBound).pass);
    }
}
