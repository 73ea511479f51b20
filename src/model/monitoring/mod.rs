//! Monitoring: how often the plan is reviewed, the reviews themselves, and progress toward
//! each goal.

pub mod chart;
pub mod due;
pub mod progress;

use super::ids::{GoalId, ReviewId};
use super::list;
use super::plan::CarePlan;
use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Period {
    Days,
    #[default]
    Weeks,
    Months,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Days, Period::Weeks, Period::Months];

    pub fn code(self) -> &'static str {
        match self {
            Period::Days => "days",
            Period::Weeks => "weeks",
            Period::Months => "months",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Period::Days => "days",
            Period::Weeks => "weeks",
            Period::Months => "months",
        }
    }

    /// `n` periods after `date`; `None` past the end of the calendar.
    pub fn after(self, date: NaiveDate, n: u32) -> Option<NaiveDate> {
        match self {
            Period::Days => date.checked_add_days(Days::new(n.into())),
            Period::Weeks => date.checked_add_days(Days::new(u64::from(n) * 7)),
            Period::Months => date.checked_add_months(Months::new(n)),
        }
    }
}

/// When the plan is reviewed: every N days / weeks / months, on chosen dates, or both.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReviewSchedule {
    /// Review every `every` periods; `None` for no regular reviews.
    pub every: Option<u32>,
    pub period: Period,
    /// Reviews on these dates as well.
    pub dates: Vec<NaiveDate>,
}

impl ReviewSchedule {
    /// Whether any review is planned: a regular one or a chosen date.
    pub fn is_set(&self) -> bool {
        self.every.is_some_and(|n| n > 0) || !self.dates.is_empty()
    }

    /// "Every 4 weeks", "Every month", or `None` without a regular review.
    pub fn describe(&self) -> Option<String> {
        let n = self.every.filter(|n| *n > 0)?;
        Some(if n == 1 {
            format!("Every {}", self.period.label().trim_end_matches('s'))
        } else {
            format!("Every {n} {}", self.period.label())
        })
    }
}

/// A review meeting: who took part, what changed, what was decided, and a note per goal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Review {
    pub id: ReviewId,
    pub date: Option<NaiveDate>,
    pub participants: String,
    pub changes: String,
    pub decisions: String,
    pub goal_notes: Vec<GoalNote>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GoalNote {
    pub goal: GoalId,
    pub note: String,
}

impl Review {
    pub fn new(date: NaiveDate) -> Self {
        Self {
            id: ReviewId::new(),
            date: Some(date),
            ..Self::default()
        }
    }

    pub fn goal_note(&self, goal: GoalId) -> &str {
        self.goal_notes
            .iter()
            .find(|n| n.goal == goal)
            .map_or("", |n| n.note.as_str())
    }

    /// Sets the note for a goal; an empty note removes it.
    pub fn set_goal_note(&mut self, goal: GoalId, note: String) {
        self.goal_notes.retain(|n| n.goal != goal);
        if !note.trim().is_empty() {
            self.goal_notes.push(GoalNote { goal, note });
        }
    }
}

impl CarePlan {
    /// Adds a review dated `date` at the top (newest first) and returns its id.
    pub fn add_review(&mut self, date: NaiveDate) -> ReviewId {
        let review = Review::new(date);
        let id = review.id;
        self.reviews.insert(0, review);
        id
    }

    pub fn review_mut(&mut self, id: ReviewId) -> Option<&mut Review> {
        self.reviews.iter_mut().find(|r| r.id == id)
    }

    pub fn remove_review(&mut self, id: ReviewId) -> Option<Review> {
        list::take(&mut self.reviews, |r| r.id == id)
    }

    /// The date of the latest review held.
    pub fn last_review(&self) -> Option<NaiveDate> {
        self.reviews.iter().filter_map(|r| r.date).max()
    }

    /// The next regular review: `every` periods after the last review, or after the plan's
    /// start when none was held yet.
    pub fn next_regular_review(&self) -> Option<NaiveDate> {
        let n = self.review_schedule.every.filter(|n| *n > 0)?;
        let from = self.last_review().or(self.start_date)?;
        self.review_schedule.period.after(from, n)
    }

    /// The chosen review dates after the last review held, earliest first.
    pub fn chosen_reviews_ahead(&self) -> Vec<NaiveDate> {
        let last = self.last_review();
        let mut dates: Vec<NaiveDate> = (self.review_schedule.dates.iter().copied())
            .filter(|d| last.is_none_or(|l| *d > l))
            .collect();
        dates.sort();
        dates.dedup();
        dates
    }

    /// The next review: the regular one (counted from the last review, or from the plan's
    /// start) or the first chosen date after the last review, whichever comes first. It may
    /// be in the past: then it is overdue until a review is recorded.
    pub fn next_review(&self) -> Option<NaiveDate> {
        let chosen = self.chosen_reviews_ahead().into_iter().min();
        match (self.next_regular_review(), chosen) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn plan() -> CarePlan {
        let mut p = CarePlan::new(Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap());
        p.start_date = Some(d(11, 1));
        p
    }

    #[test]
    fn no_schedule_no_next_review() {
        assert_eq!(plan().next_review(), None);
    }

    #[test]
    fn regular_reviews_count_from_the_start_then_from_the_last_review() {
        let mut p = plan();
        p.review_schedule.every = Some(2);
        p.review_schedule.period = Period::Weeks;
        assert_eq!(p.next_review(), Some(d(11, 15)));
        p.add_review(d(11, 20));
        assert_eq!(p.next_review(), Some(d(12, 4)));
        p.review_schedule.period = Period::Months;
        assert_eq!(
            p.next_review(),
            Some(NaiveDate::from_ymd_opt(2027, 1, 20).unwrap())
        );
        p.review_schedule.period = Period::Days;
        assert_eq!(p.next_review(), Some(d(11, 22)));
    }

    #[test]
    fn month_ends_stay_in_their_month() {
        assert_eq!(
            Period::Months.after(NaiveDate::from_ymd_opt(2026, 1, 31).unwrap(), 1),
            NaiveDate::from_ymd_opt(2026, 2, 28)
        );
    }

    #[test]
    fn chosen_dates_count_until_a_review_is_held_after_them() {
        let mut p = plan();
        p.review_schedule.dates = vec![d(12, 10), d(11, 25)];
        assert_eq!(p.next_review(), Some(d(11, 25)));
        p.add_review(d(11, 26));
        assert_eq!(p.next_review(), Some(d(12, 10)));
        p.review_schedule.every = Some(1);
        p.review_schedule.period = Period::Weeks;
        assert_eq!(p.next_review(), Some(d(12, 3)), "the earlier of the two");
        p.add_review(d(12, 11));
        assert_eq!(p.next_review(), Some(d(12, 18)));
    }

    #[test]
    fn a_missed_review_stays_due() {
        let mut p = plan();
        p.review_schedule.every = Some(1);
        p.review_schedule.period = Period::Weeks;
        assert_eq!(p.next_review(), Some(d(11, 8)), "overdue on 22 November");
    }

    #[test]
    fn schedules_are_described_in_words() {
        let mut s = ReviewSchedule::default();
        assert_eq!(s.describe(), None);
        s.every = Some(1);
        s.period = Period::Months;
        assert_eq!(s.describe().unwrap(), "Every month");
        s.every = Some(3);
        s.period = Period::Weeks;
        assert_eq!(s.describe().unwrap(), "Every 3 weeks");
    }

    #[test]
    fn goal_notes_are_kept_per_goal_and_removed_when_emptied() {
        let mut r = Review::new(d(11, 22));
        let a = GoalId::new();
        let b = GoalId::new();
        r.set_goal_note(a, "Walked to the shop".into());
        r.set_goal_note(b, "Not yet".into());
        r.set_goal_note(a, "Walked to the shop twice".into());
        assert_eq!(r.goal_note(a), "Walked to the shop twice");
        r.set_goal_note(b, "  ".into());
        assert_eq!(r.goal_note(b), "");
        assert_eq!(r.goal_notes.len(), 1);
    }

    #[test]
    fn reviews_are_listed_newest_first_and_can_be_removed() {
        let mut p = plan();
        let first = p.add_review(d(11, 10));
        let second = p.add_review(d(11, 20));
        assert_eq!(p.reviews[0].id, second);
        assert_eq!(p.last_review(), Some(d(11, 20)));
        assert!(p.remove_review(second).is_some());
        assert_eq!(p.last_review(), Some(d(11, 10)));
        assert_eq!(p.reviews[0].id, first);
    }
}
