//! Goals: SMART goals (FHIR `Goal`) written through structured fields, with the goal sentence
//! composed from them.

pub mod library;
pub mod smart;

use super::actions::ActionStep;
use super::dates;
use super::evaluation::{GasScale, GoalEvaluation};
use super::ids::{GoalId, NeedId};
use super::lang::Lang;
use super::list;
use super::monitoring::progress::{Achievement, ProgressEntry};
use super::plan::CarePlan;
use super::text::{isolate, FSI, PDI};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Which way the measure should move.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    #[default]
    Increase,
    Decrease,
    Maintain,
}

impl Direction {
    pub const ALL: [Direction; 3] = [
        Direction::Increase,
        Direction::Decrease,
        Direction::Maintain,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Direction::Increase => "increase",
            Direction::Decrease => "decrease",
            Direction::Maintain => "maintain",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Direction::Increase => "Go up",
            Direction::Decrease => "Go down",
            Direction::Maintain => "Stay the same",
        }
    }
}

/// FHIR `Goal.lifecycleStatus` (the values a person uses).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GoalStatus {
    #[default]
    Proposed,
    Planned,
    Accepted,
    Active,
    OnHold,
    Completed,
    Cancelled,
}

impl GoalStatus {
    pub const ALL: [GoalStatus; 7] = [
        GoalStatus::Proposed,
        GoalStatus::Planned,
        GoalStatus::Accepted,
        GoalStatus::Active,
        GoalStatus::OnHold,
        GoalStatus::Completed,
        GoalStatus::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            GoalStatus::Proposed => "proposed",
            GoalStatus::Planned => "planned",
            GoalStatus::Accepted => "accepted",
            GoalStatus::Active => "active",
            GoalStatus::OnHold => "on-hold",
            GoalStatus::Completed => "completed",
            GoalStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            GoalStatus::Proposed => "Proposed (an idea)",
            GoalStatus::Planned => "Planned",
            GoalStatus::Accepted => "Agreed",
            GoalStatus::Active => "Working on it",
            GoalStatus::OnHold => "On hold",
            GoalStatus::Completed => "Completed",
            GoalStatus::Cancelled => "Cancelled",
        }
    }

    /// Proposed, planned or agreed: work on the goal has not begun yet.
    pub fn is_before_start(self) -> bool {
        matches!(
            self,
            GoalStatus::Proposed | GoalStatus::Planned | GoalStatus::Accepted
        )
    }
}

/// FHIR `Goal.priority`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];

    pub fn code(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Priority::High => "High",
            Priority::Medium => "Medium",
            Priority::Low => "Low",
        }
    }
}

/// A goal. Numbers are kept as typed (text), so a half-typed "2." is never rewritten under the
/// person's cursor; the SMART check says when one is not a number.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goal {
    pub id: GoalId,
    // Specific
    /// Who will do it; empty means the person the plan is for.
    pub who: String,
    /// What will be done, as a verb phrase: "walk".
    pub action: String,
    /// Words after the amount: "on his own", "each day".
    pub detail: String,
    // Measurable
    /// What is measured: "distance walked".
    pub measure: String,
    pub unit: String,
    pub baseline: String,
    pub target: String,
    pub direction: Direction,
    /// Where no number fits: what anyone could see when it is done.
    pub outcome: String,
    // Achievable
    /// "How sure are you that you can do this?", 0 to 10.
    pub confidence: Option<u8>,
    pub supports: String,
    pub known_barriers: String,
    // Relevant
    pub needs: Vec<NeedId>,
    /// Why it matters, in the person's words.
    pub why: String,
    // Time-bound
    pub start_date: Option<NaiveDate>,
    pub target_date: Option<NaiveDate>,
    pub review_date: Option<NaiveDate>,
    pub priority: Priority,
    /// Where the goal stands in the plan (FHIR `lifecycleStatus`); how it is going is
    /// [`Goal::achievement`] and [`Goal::how_going`].
    pub status: GoalStatus,
    /// The action steps, in order.
    pub steps: Vec<ActionStep>,
    // Monitoring and evaluation
    /// Measurements over time, in the order they were added.
    pub progress: Vec<ProgressEntry>,
    /// How it is going, as the person confirmed it (FHIR `achievementStatus`); `None` shows the
    /// suggested one ([`Goal::how_going`]).
    pub achievement: Option<Achievement>,
    pub gas: GasScale,
    /// Met or not, and why, at evaluation.
    pub evaluation: GoalEvaluation,
}

/// Reads a number as people type it: "10", "2.5", "2,5", " 50 ".
pub fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim().replace(',', ".");
    t.parse::<f64>().ok().filter(|n| n.is_finite())
}

impl Goal {
    pub fn new(start: NaiveDate) -> Self {
        Self {
            id: GoalId::new(),
            start_date: Some(start),
            ..Self::default()
        }
    }

    pub fn baseline_value(&self) -> Option<f64> {
        parse_number(&self.baseline)
    }

    pub fn target_value(&self) -> Option<f64> {
        parse_number(&self.target)
    }

    /// The goal as one sentence, e.g. "By 5 December 2026, John will walk 50 feet on his own,
    /// up from 10 feet today." Missing essentials show as a bracketed question.
    pub fn sentence(&self, person_name: &str) -> String {
        self.sentence_in(person_name, Lang::En)
    }

    /// The sentence in a language: "Para el 5 de diciembre de 2026, Juan va a caminar 50 pies
    /// por su cuenta, subiendo desde 10 pies hoy." The person's own words stay as typed.
    pub fn sentence_in(&self, person_name: &str, lang: Lang) -> String {
        self.sentence_with(person_name, lang, str::to_string)
    }

    /// The sentence to show on screen or paper: each part the person typed is isolated
    /// (`text::isolate`), so a name or an action written right to left cannot turn the words
    /// of the sentence around. Not for files: they take [`Goal::sentence_in`].
    pub fn shown_sentence_in(&self, person_name: &str, lang: Lang) -> String {
        self.sentence_with(person_name, lang, isolate)
    }

    fn sentence_with(&self, person_name: &str, lang: Lang, typed: fn(&str) -> String) -> String {
        let when = match (self.target_date, lang) {
            (Some(d), Lang::En) => format!("By {}", dates::long_in(d, lang)),
            (Some(d), Lang::Es) => format!("Para el {}", dates::long_in(d, lang)),
            (None, Lang::En) => "By (when?)".into(),
            (None, Lang::Es) => "Para (\u{bf}cu\u{e1}ndo?)".into(),
        };
        format!("{when}, {}.", self.clause_with(person_name, lang, typed))
    }

    /// The sentence without its date: "John will walk 50 feet on his own, up from 10 feet
    /// today", as the library previews a starting point.
    pub fn clause(&self, person_name: &str) -> String {
        self.clause_in(person_name, Lang::En)
    }

    /// The sentence without its date, in a language.
    pub fn clause_in(&self, person_name: &str, lang: Lang) -> String {
        self.clause_with(person_name, lang, str::to_string)
    }

    /// The clause to show, each typed part isolated, as [`Goal::shown_sentence_in`].
    pub fn shown_clause_in(&self, person_name: &str, lang: Lang) -> String {
        self.clause_with(person_name, lang, isolate)
    }

    /// The clause, each part the person typed passed through `typed`.
    fn clause_with(&self, person_name: &str, lang: Lang, typed: fn(&str) -> String) -> String {
        let words = ClauseWords::of(lang);
        let who = first_non_empty(&[&self.who, person_name]).map_or(words.someone.into(), typed);
        let action = first_non_empty(&[&self.action]).map_or(words.what.into(), typed);
        let target = amount(&self.target, &self.unit);
        let mut s = format!("{who} {} {action}", words.will);
        for part in [target.as_str(), self.detail.trim()] {
            if !part.is_empty() {
                s.push(' ');
                s.push_str(&typed(part));
            }
        }
        let baseline = typed(&amount(&self.baseline, &self.unit));
        let outcome = self.outcome.trim();
        if !target.is_empty() && !baseline.is_empty() {
            let (before, after) = match self.direction {
                Direction::Increase => words.up,
                Direction::Decrease => words.down,
                Direction::Maintain => words.keep,
            };
            s.push_str(&format!(", {before} {baseline} {after}"));
        } else if target.is_empty() && !outcome.is_empty() {
            s.push_str(&format!(", {} {}", words.so_that, typed(outcome)));
        }
        trim_end_dots(&s)
    }
}

impl CarePlan {
    /// Adds a goal at the end and returns its id.
    pub fn add_goal(&mut self, goal: Goal) -> GoalId {
        let id = goal.id;
        self.goals.push(goal);
        id
    }

    pub fn goal(&self, id: GoalId) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    pub fn goal_mut(&mut self, id: GoalId) -> Option<&mut Goal> {
        self.goals.iter_mut().find(|g| g.id == id)
    }

    /// Removes a goal with its steps; services that linked to it are unlinked (they stay).
    pub fn remove_goal(&mut self, id: GoalId) -> Option<Goal> {
        let goal = list::take(&mut self.goals, |g| g.id == id)?;
        for service in &mut self.services {
            service.goals.retain(|g| *g != id);
        }
        Some(goal)
    }

    pub fn move_goal(&mut self, id: GoalId, delta: isize) -> bool {
        list::move_by(&mut self.goals, |g| g.id == id, delta)
    }

    /// Goals that link to a need: what removing the need would unlink.
    pub fn goals_linked_to(&self, need: NeedId) -> Vec<GoalId> {
        self.goals
            .iter()
            .filter(|g| g.needs.contains(&need))
            .map(|g| g.id)
            .collect()
    }

    /// The person's name as goals use it, or empty.
    pub fn person_name(&self) -> &str {
        self.person.name.trim()
    }
}

/// `s` without the full stops and spaces it ends with, also those just inside an isolate
/// it ends with (the sentence adds its own full stop).
fn trim_end_dots(s: &str) -> String {
    let trimmed = s.trim_end_matches(['.', ' ']);
    match trimmed.strip_suffix(PDI) {
        Some(inner) => {
            let inner = inner.trim_end_matches(['.', ' ']);
            match inner.strip_suffix(FSI) {
                // Nothing was left inside: the isolate goes too.
                Some(before) => trim_end_dots(before),
                None => format!("{inner}{PDI}"),
            }
        }
        None => trimmed.to_string(),
    }
}

fn first_non_empty<'a>(texts: &[&'a str]) -> Option<&'a str> {
    texts.iter().map(|t| t.trim()).find(|t| !t.is_empty())
}

/// The words around the person's own in a goal's sentence, per language.
struct ClauseWords {
    /// Who, when neither the goal nor the plan names anyone.
    someone: &'static str,
    /// What, when the action is not written yet.
    what: &'static str,
    will: &'static str,
    /// Around the baseline: "up from" … "today".
    up: (&'static str, &'static str),
    down: (&'static str, &'static str),
    keep: (&'static str, &'static str),
    so_that: &'static str,
}

impl ClauseWords {
    fn of(lang: Lang) -> Self {
        match lang {
            Lang::En => ClauseWords {
                someone: "The person",
                what: "(do what?)",
                will: "will",
                up: ("up from", "today"),
                down: ("down from", "today"),
                keep: ("keeping it at", "as today"),
                so_that: "so that",
            },
            // "va a" + the verb as people write it ("caminar"); no gender or agreement needed.
            Lang::Es => ClauseWords {
                someone: "La persona",
                what: "(\u{bf}hacer qu\u{e9}?)",
                will: "va a",
                up: ("subiendo desde", "hoy"),
                down: ("bajando desde", "hoy"),
                keep: ("manteni\u{e9}ndose en", "como hoy"),
                so_that: "de modo que",
            },
        }
    }
}

/// "50 feet", or "" when there is no number.
fn amount(number: &str, unit: &str) -> String {
    match (number.trim(), unit.trim()) {
        ("", _) => String::new(),
        (n, "") => n.to_string(),
        (n, u) => format!("{n} {u}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn walking() -> Goal {
        Goal {
            action: "walk".into(),
            detail: "on his own".into(),
            measure: "distance walked".into(),
            unit: "feet".into(),
            baseline: "10".into(),
            target: "50".into(),
            target_date: Some(day(2026, 12, 5)),
            ..Goal::new(day(2026, 11, 22))
        }
    }

    #[test]
    fn the_shown_sentence_isolates_each_typed_part_and_reads_as_the_plain_one() {
        use crate::model::text::{pieces, without_isolates, Piece};
        let mut g = walking();
        g.action = "walk\u{202e}".into();
        g.detail = "on his own.".into();
        let shown = g.shown_sentence_in("Ana\u{202e} Lopez", Lang::En);
        let plain = g.sentence_in("Ana\u{202e} Lopez", Lang::En);
        assert_eq!(without_isolates(&shown), plain);
        assert_eq!(
            pieces(&shown),
            vec![
                Piece::Fixed("By 5 December 2026, "),
                Piece::Isolated("Ana\u{202e} Lopez"),
                Piece::Fixed(" will "),
                Piece::Isolated("walk\u{202e}"),
                Piece::Fixed(" "),
                Piece::Isolated("50 feet"),
                Piece::Fixed(" "),
                Piece::Isolated("on his own."),
                Piece::Fixed(", up from "),
                Piece::Isolated("10 feet"),
                Piece::Fixed(" today."),
            ]
        );
        // Files get the plain sentence, without the marks.
        assert!(!plain.contains(['\u{2068}', '\u{2069}']));
        // The app's fallbacks are its own words, not isolated.
        assert_eq!(
            Goal::default().shown_sentence_in("", Lang::En),
            Goal::default().sentence_in("", Lang::En)
        );
        let so_that = Goal {
            action: "eat".into(),
            outcome: "the fridge is full. ".into(),
            ..Goal::default()
        };
        assert_eq!(
            so_that.shown_clause_in("Ana", Lang::En),
            "\u{2068}Ana\u{2069} will \u{2068}eat\u{2069}, so that \u{2068}the fridge is full\u{2069}"
        );
        let only_dots = Goal {
            action: "eat".into(),
            detail: "..".into(),
            ..Goal::default()
        };
        assert_eq!(
            only_dots.shown_clause_in("Ana", Lang::En),
            "\u{2068}Ana\u{2069} will \u{2068}eat\u{2069}"
        );
    }

    #[test]
    fn the_example_sentence_from_the_issue() {
        assert_eq!(
            walking().sentence("John"),
            "By 5 December 2026, John will walk 50 feet on his own, up from 10 feet today."
        );
    }

    #[test]
    fn the_same_goal_in_spanish_keeps_the_persons_words() {
        let g = Goal {
            action: "caminar".into(),
            detail: "por su cuenta".into(),
            unit: "pies".into(),
            ..walking()
        };
        assert_eq!(
            g.sentence_in("Juan", Lang::Es),
            "Para el 5 de diciembre de 2026, Juan va a caminar 50 pies por su cuenta, subiendo desde 10 pies hoy."
        );
        assert_eq!(g.sentence_in("Juan", Lang::En), g.sentence("Juan"));
        let down = Goal {
            direction: Direction::Decrease,
            ..g.clone()
        };
        assert!(down
            .sentence_in("Juan", Lang::Es)
            .ends_with(", bajando desde 10 pies hoy."));
        let keep = Goal {
            direction: Direction::Maintain,
            ..g
        };
        assert!(keep
            .sentence_in("Juan", Lang::Es)
            .ends_with(", manteni\u{e9}ndose en 10 pies como hoy."));
        assert_eq!(
            Goal::default().sentence_in("", Lang::Es),
            "Para (\u{bf}cu\u{e1}ndo?), La persona va a (\u{bf}hacer qu\u{e9}?)."
        );
        let outcome = Goal {
            action: "mudarse a una vivienda".into(),
            outcome: "tiene un contrato firmado".into(),
            ..Goal::default()
        };
        assert_eq!(
            outcome.clause_in("Juan", Lang::Es),
            "Juan va a mudarse a una vivienda, de modo que tiene un contrato firmado"
        );
    }

    #[test]
    fn who_defaults_to_the_person_and_can_be_someone_else() {
        let mut g = walking();
        g.who = "Rosa (daughter)".into();
        assert!(g.sentence("John").contains(", Rosa (daughter) will walk"));
        g.who = String::new();
        assert!(g.sentence("").contains(", The person will walk"));
    }

    #[test]
    fn decrease_and_maintain_read_naturally() {
        let mut g = Goal {
            action: "drink".into(),
            target: "2".into(),
            unit: "drinks a week".into(),
            baseline: "20".into(),
            direction: Direction::Decrease,
            target_date: Some(day(2027, 1, 31)),
            ..Goal::default()
        };
        assert_eq!(
            g.sentence("John"),
            "By 31 January 2027, John will drink 2 drinks a week, down from 20 drinks a week today."
        );
        g.direction = Direction::Maintain;
        g.baseline = "2".into();
        assert!(g
            .sentence("John")
            .ends_with("keeping it at 2 drinks a week as today."));
    }

    #[test]
    fn missing_parts_show_as_questions() {
        assert_eq!(
            Goal::default().sentence("Sandra"),
            "By (when?), Sandra will (do what?)."
        );
        let g = Goal {
            action: "move into sober housing".into(),
            outcome: "he has a signed lease".into(),
            target_date: Some(day(2027, 2, 1)),
            ..Goal::default()
        };
        assert_eq!(
            g.sentence("John"),
            "By 1 February 2027, John will move into sober housing, so that he has a signed lease."
        );
    }

    #[test]
    fn numbers_are_read_as_typed() {
        assert_eq!(parse_number(" 2,5 "), Some(2.5));
        assert_eq!(parse_number("50"), Some(50.0));
        assert_eq!(parse_number("fifty"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn no_double_full_stop() {
        let mut g = walking();
        g.detail = "on his own.".into();
        g.baseline = String::new();
        assert!(g.sentence("John").ends_with("on his own."));
    }
}
