//! Follow-through on repeating steps. Each time a repeating step falls (an occurrence: a date
//! its repeat rule gives) can be marked done, missed or skipped, with a note. The marks are kept
//! on the step by date, apart from the rule, so changing the rule keeps every mark already made:
//! a marked date the new rule no longer gives stays, shown as off the schedule.
//!
//! A past time with no mark counts as missed, for the last [`MISSED_WINDOW_DAYS`] days.

use super::actions::ActionStep;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// How far back an unmarked time still counts as recently missed.
pub const MISSED_WINDOW_DAYS: u64 = 28;

/// How many of the latest times "done N of the last M" looks at.
pub const RECENT_TIMES: usize = 4;

/// What happened the day a repeating step fell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Done,
    Missed,
    /// Left out on purpose (away, ill, the clinic closed): not counted as missed.
    Skipped,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Done, Outcome::Missed, Outcome::Skipped];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Missed => "missed",
            Outcome::Skipped => "skipped",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.code() == code)
    }
}

/// The mark of one time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The marks of a step, by date.
pub type Occurrences = BTreeMap<NaiveDate, Occurrence>;

/// One time of a step, as a list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Time {
    pub date: NaiveDate,
    /// Its mark, if it has one.
    pub mark: Option<Occurrence>,
    /// Whether the step's rule (as it is now) gives this date; a marked date may be off it.
    pub on_rule: bool,
}

/// Done so many of the last times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FollowThrough {
    pub done: usize,
    /// How many times were looked at (up to [`RECENT_TIMES`]; fewer while the step is new).
    pub of: usize,
}

impl ActionStep {
    /// Whether the step's repeat rule gives `date`.
    pub fn falls_on(&self, date: NaiveDate) -> bool {
        self.repeat.is_some() && self.next_on_or_after(date) == Some(date)
    }

    /// The dates the repeat rule gives from `from` to `to`, both included. Empty for a step
    /// that does not repeat.
    pub fn occurrences_between(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        if self.repeat.is_none() {
            return out;
        }
        let mut day = from;
        while let Some(next) = self.next_on_or_after(day).filter(|d| *d <= to) {
            out.push(next);
            match next.checked_add_days(Days::new(1)) {
                Some(after) => day = after,
                None => break,
            }
        }
        out
    }

    /// The next time on or after `day` that is not marked yet: what is coming up. A time
    /// already marked (done early, or skipped ahead) gives way to the one after it.
    pub fn next_occurrence(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.repeat?;
        let mut from = day;
        loop {
            let next = self.next_on_or_after(from)?;
            if !self.occurrences.contains_key(&next) {
                return Some(next);
            }
            from = next.checked_add_days(Days::new(1))?;
        }
    }

    /// Recently missed, oldest first: the times in the last [`MISSED_WINDOW_DAYS`] days before
    /// `today` with no mark, and those marked missed (on the rule or not).
    pub fn recent_missed(&self, today: NaiveDate) -> Vec<NaiveDate> {
        let Some(yesterday) = today.pred_opt() else {
            return Vec::new();
        };
        let from = today
            .checked_sub_days(Days::new(MISSED_WINDOW_DAYS))
            .unwrap_or(NaiveDate::MIN);
        let mut out: BTreeSet<NaiveDate> = self
            .occurrences_between(from, yesterday)
            .into_iter()
            .filter(|d| !self.occurrences.contains_key(d))
            .collect();
        out.extend(
            self.occurrences
                .range(from..today)
                .filter(|(_, o)| o.outcome == Outcome::Missed)
                .map(|(d, _)| *d),
        );
        out.into_iter().collect()
    }

    /// Done so many of the last `times` times up to `today`: the rule's past dates and every
    /// marked date up to today (a time marked off the rule still happened), leaving out those
    /// skipped on purpose. Today counts once it is marked.
    pub fn done_of_last(&self, today: NaiveDate, times: usize) -> FollowThrough {
        // Far enough back for `times` monthly times.
        let back = u64::try_from(times.saturating_mul(31))
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        let from = today
            .checked_sub_days(Days::new(back))
            .unwrap_or(NaiveDate::MIN);
        let mut dates: BTreeSet<NaiveDate> = match today.pred_opt() {
            Some(yesterday) => self
                .occurrences_between(from, yesterday)
                .into_iter()
                .collect(),
            None => BTreeSet::new(),
        };
        dates.extend(self.occurrences.range(..=today).map(|(d, _)| *d));
        let outcome = |d: &NaiveDate| self.occurrences.get(d).map(|o| o.outcome);
        let last: Vec<NaiveDate> = dates
            .into_iter()
            .rev()
            .filter(|d| outcome(d) != Some(Outcome::Skipped))
            .take(times)
            .collect();
        FollowThrough {
            done: last
                .iter()
                .filter(|d| outcome(d) == Some(Outcome::Done))
                .count(),
            of: last.len(),
        }
    }

    /// Every time from `from` to `to`: the rule's dates and the marked ones, in date order.
    pub fn times_between(&self, from: NaiveDate, to: NaiveDate) -> Vec<Time> {
        let mut dates: BTreeSet<NaiveDate> =
            self.occurrences_between(from, to).into_iter().collect();
        if from <= to {
            dates.extend(self.occurrences.range(from..=to).map(|(d, _)| *d));
        }
        dates
            .into_iter()
            .map(|date| Time {
                date,
                mark: self.occurrences.get(&date).cloned(),
                on_rule: self.falls_on(date),
            })
            .collect()
    }

    /// The times a follow-through list shows on `today`: every mark, the unmarked times of the
    /// last [`MISSED_WINDOW_DAYS`] days, and the next time to come; latest first.
    pub fn times_to_show(&self, today: NaiveDate) -> Vec<Time> {
        let from = today
            .checked_sub_days(Days::new(MISSED_WINDOW_DAYS))
            .unwrap_or(NaiveDate::MIN);
        let to = self.next_occurrence(today).unwrap_or(today);
        let mut times = self.times_between(from, to);
        let older = self.occurrences.range(..from).map(|(date, mark)| Time {
            date: *date,
            mark: Some(mark.clone()),
            on_rule: self.falls_on(*date),
        });
        let later = to.checked_add_days(Days::new(1)).map(|after| {
            self.occurrences.range(after..).map(|(date, mark)| Time {
                date: *date,
                mark: Some(mark.clone()),
                on_rule: self.falls_on(*date),
            })
        });
        times.extend(older);
        times.extend(later.into_iter().flatten());
        times.sort_by_key(|t| std::cmp::Reverse(t.date));
        times
    }

    /// Marks one time, keeping a note already written for it.
    pub fn mark(&mut self, date: NaiveDate, outcome: Outcome) {
        self.occurrences
            .entry(date)
            .and_modify(|o| o.outcome = outcome)
            .or_insert(Occurrence {
                outcome,
                note: String::new(),
            });
    }

    /// Takes the mark (and its note) off one time.
    pub fn unmark(&mut self, date: NaiveDate) {
        self.occurrences.remove(&date);
    }

    /// Writes the note of a marked time; a time with no mark has no note.
    pub fn set_occurrence_note(&mut self, date: NaiveDate, note: String) {
        if let Some(o) = self.occurrences.get_mut(&date) {
            o.note = note;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::actions::Repeat;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    /// Every Monday from 2 November 2026.
    fn weekly() -> ActionStep {
        let mut s = ActionStep::new("Walk to the mailbox");
        s.due = Some(d(11, 2));
        s.repeat = Some(Repeat::Weekly);
        s
    }

    #[test]
    fn occurrences_between_two_dates_follow_the_rule() {
        let s = weekly();
        assert_eq!(
            s.occurrences_between(d(11, 1), d(11, 23)),
            vec![d(11, 2), d(11, 9), d(11, 16), d(11, 23)]
        );
        assert_eq!(
            s.occurrences_between(d(11, 3), d(11, 8)),
            Vec::<NaiveDate>::new()
        );
        let mut ends = s.clone();
        ends.until = Some(d(11, 10));
        assert_eq!(
            ends.occurrences_between(d(10, 1), d(12, 31)),
            vec![d(11, 2), d(11, 9)]
        );
        let mut monthly = ActionStep::new("Refill pills");
        monthly.due = NaiveDate::from_ymd_opt(2026, 1, 31);
        monthly.repeat = Some(Repeat::Monthly);
        assert_eq!(
            monthly.occurrences_between(d(2, 1), d(4, 30)),
            vec![d(2, 28), d(3, 31), d(4, 30)]
        );
        let mut once = s.clone();
        once.repeat = None;
        assert!(once.occurrences_between(d(11, 1), d(11, 30)).is_empty());
        assert!(s.falls_on(d(11, 16)));
        assert!(!s.falls_on(d(11, 17)));
        assert!(!once.falls_on(d(11, 2)), "a one-off step has no times");
    }

    #[test]
    fn the_next_time_skips_those_already_marked() {
        let mut s = weekly();
        assert_eq!(s.next_occurrence(d(11, 16)), Some(d(11, 16)));
        assert_eq!(s.next_occurrence(d(11, 17)), Some(d(11, 23)));
        s.mark(d(11, 16), Outcome::Done);
        s.mark(d(11, 23), Outcome::Skipped);
        assert_eq!(s.next_occurrence(d(11, 16)), Some(d(11, 30)));
        s.until = Some(d(11, 23));
        assert_eq!(s.next_occurrence(d(11, 16)), None, "the series is over");
        let mut once = weekly();
        once.repeat = None;
        assert_eq!(once.next_occurrence(d(11, 1)), None);
    }

    #[test]
    fn recent_missed_are_unmarked_past_times_and_those_marked_missed() {
        let mut s = weekly();
        let today = d(12, 7);
        // Times: 2, 9, 16, 23, 30 November and today, 7 December. The 2nd is over 4 weeks ago.
        assert_eq!(
            s.recent_missed(today),
            vec![d(11, 9), d(11, 16), d(11, 23), d(11, 30)],
            "today is not missed yet; the 2nd is too long ago"
        );
        s.mark(d(11, 9), Outcome::Done);
        s.mark(d(11, 16), Outcome::Skipped);
        s.mark(d(11, 23), Outcome::Missed);
        assert_eq!(s.recent_missed(today), vec![d(11, 23), d(11, 30)]);
        s.mark(d(11, 30), Outcome::Done);
        assert_eq!(s.recent_missed(today), vec![d(11, 23)]);
        // A time marked missed that the rule no longer gives still shows.
        s.due = Some(d(11, 3));
        assert_eq!(
            s.recent_missed(today),
            vec![d(11, 10), d(11, 17), d(11, 23), d(11, 24), d(12, 1)]
        );
        let mut once = weekly();
        once.repeat = None;
        assert!(once.recent_missed(today).is_empty());
    }

    #[test]
    fn done_so_many_of_the_last_times() {
        let mut s = weekly();
        let today = d(11, 23);
        assert_eq!(
            s.done_of_last(today, RECENT_TIMES),
            FollowThrough { done: 0, of: 3 },
            "2, 9 and 16 November; today is not counted while unmarked"
        );
        s.mark(d(11, 2), Outcome::Done);
        s.mark(d(11, 9), Outcome::Done);
        s.mark(d(11, 16), Outcome::Missed);
        assert_eq!(
            s.done_of_last(today, RECENT_TIMES),
            FollowThrough { done: 2, of: 3 }
        );
        s.mark(d(11, 23), Outcome::Done);
        assert_eq!(
            s.done_of_last(today, RECENT_TIMES),
            FollowThrough { done: 3, of: 4 }
        );
        assert_eq!(s.done_of_last(today, 2), FollowThrough { done: 1, of: 2 });
        // Skipped on purpose: left out, so the count reaches further back.
        s.mark(d(11, 16), Outcome::Skipped);
        s.due = Some(d(10, 26));
        assert_eq!(
            s.done_of_last(today, RECENT_TIMES),
            FollowThrough { done: 3, of: 4 },
            "23, 9, 2 November and 26 October"
        );
        let mut monthly = ActionStep::new("Refill pills");
        monthly.due = Some(d(1, 15));
        monthly.repeat = Some(Repeat::Monthly);
        monthly.mark(d(10, 15), Outcome::Done);
        assert_eq!(
            monthly.done_of_last(d(11, 20), RECENT_TIMES),
            FollowThrough { done: 1, of: 4 },
            "15 November, October, September and August"
        );
        assert_eq!(
            ActionStep::new("x").done_of_last(today, RECENT_TIMES),
            FollowThrough { done: 0, of: 0 }
        );
    }

    #[test]
    fn changing_the_rule_keeps_the_marks() {
        let mut s = weekly();
        s.mark(d(11, 2), Outcome::Done);
        s.mark(d(11, 9), Outcome::Missed);
        s.set_occurrence_note(d(11, 9), "Rain all day".into());
        let kept = s.occurrences.clone();
        s.repeat = Some(Repeat::Daily);
        s.due = Some(d(11, 10));
        s.until = Some(d(11, 20));
        assert_eq!(s.occurrences, kept);
        s.repeat = None;
        assert_eq!(s.occurrences, kept, "even a step that stops repeating");
        s.repeat = Some(Repeat::Monthly);
        s.due = Some(d(11, 9));
        s.until = None;
        let times = s.times_between(d(11, 1), d(12, 31));
        assert_eq!(
            times,
            vec![
                Time {
                    date: d(11, 2),
                    mark: Some(Occurrence {
                        outcome: Outcome::Done,
                        note: String::new()
                    }),
                    on_rule: false,
                },
                Time {
                    date: d(11, 9),
                    mark: Some(Occurrence {
                        outcome: Outcome::Missed,
                        note: "Rain all day".into()
                    }),
                    on_rule: true,
                },
                Time {
                    date: d(12, 9),
                    mark: None,
                    on_rule: true,
                },
            ]
        );
        // The done time off the new rule still counts.
        assert_eq!(
            s.done_of_last(d(11, 20), RECENT_TIMES),
            FollowThrough { done: 1, of: 2 }
        );
    }

    #[test]
    fn marking_keeps_the_note_and_unmarking_takes_both() {
        let mut s = weekly();
        s.set_occurrence_note(d(11, 2), "no mark yet".into());
        assert!(s.occurrences.is_empty(), "a note needs a mark");
        s.mark(d(11, 2), Outcome::Missed);
        s.set_occurrence_note(d(11, 2), "Felt dizzy".into());
        s.mark(d(11, 2), Outcome::Done);
        assert_eq!(
            s.occurrences.get(&d(11, 2)),
            Some(&Occurrence {
                outcome: Outcome::Done,
                note: "Felt dizzy".into()
            })
        );
        s.unmark(d(11, 2));
        assert!(s.occurrences.is_empty());
        for o in Outcome::ALL {
            assert_eq!(Outcome::from_code(o.code()), Some(o));
        }
        assert_eq!(Outcome::from_code("late"), None);
    }

    #[test]
    fn the_list_shows_every_mark_the_recent_times_and_the_next() {
        let mut s = weekly();
        s.mark(d(9, 1), Outcome::Done); // long ago, off the rule
        s.mark(d(12, 28), Outcome::Skipped); // ahead
        let today = d(12, 7);
        let dates: Vec<_> = s.times_to_show(today).iter().map(|t| t.date).collect();
        assert_eq!(
            dates,
            vec![
                d(12, 28),
                d(12, 7),
                d(11, 30),
                d(11, 23),
                d(11, 16),
                d(11, 9),
                d(9, 1)
            ]
        );
    }

    #[test]
    fn old_steps_load_with_no_marks_and_marks_round_trip() {
        let old = r#"{"id":"00000000-0000-4000-8000-000000000001","what":"Walk","owner":"person",
            "due":"2026-11-02","repeat":"weekly","until":null,"how":"","status":"in-progress",
            "barrier":null}"#;
        let step: ActionStep = serde_json::from_str(old).unwrap();
        assert!(step.occurrences.is_empty());
        assert_eq!(step.repeat, Some(Repeat::Weekly));
        let json = serde_json::to_string(&step).unwrap();
        assert!(!json.contains("occurrences"), "nothing new written: {json}");
        let mut marked = step.clone();
        marked.mark(d(11, 2), Outcome::Done);
        marked.mark(d(11, 9), Outcome::Missed);
        marked.set_occurrence_note(d(11, 9), "Rain".into());
        let json = serde_json::to_value(&marked).unwrap();
        assert_eq!(
            json["occurrences"],
            serde_json::json!({
                "2026-11-02": { "outcome": "done" },
                "2026-11-09": { "outcome": "missed", "note": "Rain" }
            })
        );
        let back: ActionStep = serde_json::from_value(json).unwrap();
        assert_eq!(back, marked);
    }
}
