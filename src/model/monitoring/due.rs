//! What's due: steps, reviews and appointments in the next days, and what is overdue.

use crate::model::actions::{ActionStep, Repeat, StepRef};
use crate::model::dates;
use crate::model::ids::{ContactNoteId, GoalId, ServiceId};
use crate::model::lang::Lang;
use crate::model::occurrences::Outcome;
use crate::model::plan::{CarePlan, PlanStatus};
use crate::model::text::isolate;
use chrono::{Datelike, Days, Months, NaiveDate};

/// How many days ahead "What's due" looks.
pub const DUE_WINDOW_DAYS: u64 = 7;

/// The most recently missed times of one repeating step that "What's due" lists (a daily step
/// could have 28); the Monitoring step's follow-through list shows them all.
pub const MISSED_SHOWN: usize = 7;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueKind {
    /// The plan's next review.
    Review,
    /// An action step (one due date, or the next time of a repeating one).
    Step(StepRef),
    /// The date set to look at a goal again.
    GoalReview(GoalId),
    /// A service's next appointment.
    Appointment(ServiceId),
    /// The next step written in a contact note (`model::contacts`).
    ContactStep(ContactNoteId),
}

#[derive(Clone, Debug, PartialEq)]
pub struct DueItem {
    pub date: NaiveDate,
    pub kind: DueKind,
    /// What it is, in words: "Talk through how the plan is going", "Call the housing office",
    /// "Diabetes clinic" (for an appointment).
    pub what: String,
    /// Before today.
    pub overdue: bool,
    /// For a time of a repeating step: which kind, so the list can offer to mark it.
    pub occurrence: Option<DueTime>,
}

/// A time of a repeating step in "What's due".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueTime {
    /// The next time not marked yet.
    Next,
    /// A recent past time marked missed (`marked`), or not marked at all.
    Missed { marked: bool },
}

impl DueItem {
    /// "Step", "Review" ...: what kind of thing, for a list that mixes them.
    pub fn kind_label(&self) -> &'static str {
        match self.kind {
            DueKind::Review => "Plan review",
            DueKind::Step(_) => "Step",
            DueKind::GoalReview(_) => "Goal check",
            DueKind::Appointment(_) => "Appointment",
            DueKind::ContactStep(_) => "Next step after a contact",
        }
    }
}

impl ActionStep {
    /// The first time on or after `day` the step falls: its due date, or the next time of a
    /// repeating step before its end. `None` for steps with no date or already over.
    pub fn next_on_or_after(&self, day: NaiveDate) -> Option<NaiveDate> {
        let start = self.due?;
        let next = match self.repeat {
            None => return (start >= day).then_some(start),
            _ if start >= day => start,
            Some(Repeat::Daily) => day,
            Some(Repeat::Weekly) => {
                let weeks = (day - start).num_days().div_euclid(7) as u64;
                let candidate = start.checked_add_days(Days::new(weeks * 7))?;
                if candidate >= day {
                    candidate
                } else {
                    candidate.checked_add_days(Days::new(7))?
                }
            }
            Some(Repeat::Monthly) => {
                let months =
                    (day.year() - start.year()) * 12 + day.month() as i32 - start.month() as i32;
                let mut k = u32::try_from(months.max(1) - 1).ok()?;
                loop {
                    let candidate = start.checked_add_months(Months::new(k))?;
                    if candidate >= day {
                        break candidate;
                    }
                    k += 1;
                }
            }
        };
        self.until.is_none_or(|u| next <= u).then_some(next)
    }

    /// Late on `today`: a one-off step still to do whose due date is before `today`. A step due
    /// today is not late yet, and a repeating step never is (it has a next time).
    pub fn overdue_on(&self, today: NaiveDate) -> bool {
        self.is_open() && self.repeat.is_none() && self.due.is_some_and(|d| d < today)
    }

    /// When, as seen on `today`: "Overdue since 20 November 2026" / "Atrasado desde el 20 de
    /// noviembre de 2026" for a late step (the words What's due uses), else
    /// [`ActionStep::when_in`]: "By 5 December 2026".
    pub fn when_on_in(&self, today: NaiveDate, lang: Lang) -> String {
        match self.due.filter(|_| self.overdue_on(today)) {
            Some(d) => match lang {
                Lang::En => format!("Overdue since {}", dates::long_in(d, lang)),
                Lang::Es => format!("Atrasado desde el {}", dates::long_in(d, lang)),
            },
            None => self.when_in(lang),
        }
    }
}

impl CarePlan {
    /// Everything due up to `DUE_WINDOW_DAYS` after `today`, and what is overdue, by date.
    /// A closed plan has nothing due.
    pub fn due_items(&self, today: NaiveDate) -> Vec<DueItem> {
        self.due_items_in(today, Lang::En)
    }

    /// The same, with what each item is (`DueItem::what`) said in a language: "Hablar de cómo
    /// va el plan". The person's own words (a step, a service's name) stay as typed.
    pub fn due_items_in(&self, today: NaiveDate, lang: Lang) -> Vec<DueItem> {
        let mut items = Vec::new();
        if self.status == PlanStatus::Completed {
            return items;
        }
        let Some(horizon) = today.checked_add_days(Days::new(DUE_WINDOW_DAYS)) else {
            return items;
        };
        let mut push =
            |date: NaiveDate, kind: DueKind, what: String, may_be_late: bool, occurrence| {
                let overdue = date < today;
                if date <= horizon && (may_be_late || !overdue) {
                    items.push(DueItem {
                        date,
                        kind,
                        what,
                        overdue,
                        occurrence,
                    });
                }
            };
        if let Some(date) = self.next_review() {
            push(
                date,
                DueKind::Review,
                match lang {
                    Lang::En => "Talk through how the plan is going",
                    Lang::Es => "Hablar de c\u{f3}mo va el plan",
                }
                .into(),
                true,
                None,
            );
        }
        for goal in &self.goals {
            if let (true, Some(date)) = (goal.is_open(), goal.review_date) {
                // What the person typed is isolated in the app's sentence, for the screen.
                let clause = goal.shown_clause_in(self.person_name(), lang);
                let what = match lang {
                    Lang::En => format!("Check on the goal: {clause}"),
                    Lang::Es => format!("Revisar la meta: {clause}"),
                };
                push(date, DueKind::GoalReview(goal.id), what, false, None);
            }
            for step in goal.steps.iter().filter(|s| s.is_open()) {
                let at = StepRef {
                    goal: goal.id,
                    step: step.id,
                };
                let what = display(
                    &step.what,
                    match lang {
                        Lang::En => "A step with no description yet",
                        Lang::Es => "Un paso todav\u{ed}a sin descripci\u{f3}n",
                    },
                );
                match (step.repeat, step.due) {
                    // A one-off step stays due until it is done or cancelled.
                    (None, Some(date)) => push(date, DueKind::Step(at), what, true, None),
                    // The next time not marked yet, and the times recently missed.
                    (Some(_), _) => {
                        let missed = step.recent_missed(today);
                        let shown = missed.len().saturating_sub(MISSED_SHOWN);
                        for date in missed.iter().skip(shown) {
                            let marked = step.occurrences.get(date).map(|o| o.outcome)
                                == Some(Outcome::Missed);
                            let time = DueTime::Missed { marked };
                            push(*date, DueKind::Step(at), what.clone(), true, Some(time));
                        }
                        if let Some(date) = step.next_occurrence(today) {
                            push(date, DueKind::Step(at), what, false, Some(DueTime::Next));
                        }
                    }
                    (None, None) => {}
                }
            }
        }
        for service in &self.services {
            if let (true, Some(date)) = (service.is_open(), service.next_appointment) {
                // The list says "Appointment" already, beside this.
                let what = match service.organization.trim() {
                    "" => service.display_name_in(lang),
                    typed => isolate(typed),
                };
                push(date, DueKind::Appointment(service.id), what, false, None);
            }
        }
        // Due until done, so a late one stays in sight.
        for (date, note, what) in self.contact_next_steps_in(lang) {
            push(date, DueKind::ContactStep(note), what, true, None);
        }
        items.sort_by_key(|i| i.date);
        items
    }
}

fn display(text: &str, fallback: &str) -> String {
    match text.trim() {
        "" => fallback.to_string(),
        t => isolate(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::actions::ActionStatus;
    use crate::model::services::Service;
    use crate::model::Goal;
    use chrono::{TimeZone, Utc};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn step(due: NaiveDate, repeat: Option<Repeat>, until: Option<NaiveDate>) -> ActionStep {
        let mut s = ActionStep::new("Walk");
        s.due = Some(due);
        s.repeat = repeat;
        s.until = until;
        s
    }

    #[test]
    fn one_off_steps_fall_on_their_date() {
        let s = step(d(11, 25), None, None);
        assert_eq!(s.next_on_or_after(d(11, 22)), Some(d(11, 25)));
        assert_eq!(s.next_on_or_after(d(11, 26)), None);
    }

    #[test]
    fn a_step_is_overdue_only_after_its_day_and_while_still_to_do() {
        let seen = d(12, 7);
        let late = step(d(11, 20), None, None);
        assert!(late.overdue_on(seen));
        assert_eq!(
            late.when_on_in(seen, Lang::En),
            "Overdue since 20 November 2026"
        );
        assert_eq!(
            late.when_on_in(seen, Lang::Es),
            "Atrasado desde el 20 de noviembre de 2026"
        );
        // Before its day it reads as before.
        assert!(!late.overdue_on(d(11, 20)), "due today is not late");
        assert_eq!(late.when_on_in(d(11, 20), Lang::En), "By 20 November 2026");
        assert_eq!(late.when_on_in(d(11, 1), Lang::Es), late.when_in(Lang::Es));
        // Done or cancelled: not late.
        for status in [ActionStatus::Done, ActionStatus::Cancelled] {
            let mut over = late.clone();
            over.status = status;
            assert!(!over.overdue_on(seen));
            assert_eq!(over.when_on_in(seen, Lang::En), "By 20 November 2026");
        }
        // Blocked or started is still to do.
        let mut blocked = late.clone();
        blocked.status = ActionStatus::Blocked;
        assert!(blocked.overdue_on(seen));
        // A repeating step has a next time; a step with no date cannot be late.
        let weekly = step(d(11, 2), Some(Repeat::Weekly), None);
        assert!(!weekly.overdue_on(seen));
        assert_eq!(weekly.when_on_in(seen, Lang::En), weekly.when_in(Lang::En));
        assert!(!ActionStep::new("Walk").overdue_on(seen));
    }

    #[test]
    fn repeating_steps_find_their_next_time() {
        let weekly = step(d(11, 2), Some(Repeat::Weekly), None);
        assert_eq!(weekly.next_on_or_after(d(11, 22)), Some(d(11, 23)));
        assert_eq!(weekly.next_on_or_after(d(11, 23)), Some(d(11, 23)));
        assert_eq!(weekly.next_on_or_after(d(10, 1)), Some(d(11, 2)));
        let daily = step(d(11, 2), Some(Repeat::Daily), Some(d(11, 21)));
        assert_eq!(daily.next_on_or_after(d(11, 20)), Some(d(11, 20)));
        assert_eq!(daily.next_on_or_after(d(11, 22)), None, "past its end");
        let monthly = step(d(1, 31), Some(Repeat::Monthly), None);
        assert_eq!(monthly.next_on_or_after(d(11, 22)), Some(d(11, 30)));
        assert_eq!(monthly.next_on_or_after(d(12, 1)), Some(d(12, 31)));
        assert_eq!(monthly.next_on_or_after(d(1, 5)), Some(d(1, 31)));
    }

    fn plan() -> CarePlan {
        let mut p = CarePlan::new(Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap());
        p.start_date = Some(d(11, 1));
        p.person.name = "Sandra".into();
        let mut g = Goal::new(d(11, 1));
        g.action = "check her sugar".into();
        g.review_date = Some(d(11, 27));
        g.steps = vec![
            step(d(11, 20), None, None),                          // overdue
            step(d(11, 24), None, None),                          // due
            step(d(12, 24), None, None),                          // too far
            step(d(11, 2), Some(Repeat::Weekly), None),           // next on the 23rd
            step(d(11, 2), Some(Repeat::Daily), Some(d(11, 10))), // over
        ];
        g.steps[0].what = "Call the pharmacy".into();
        // Each time of the repeating steps so far was done: nothing of them is missed.
        for day in [2, 9, 16] {
            g.steps[3].mark(d(11, day), Outcome::Done);
        }
        for day in 2..=10 {
            g.steps[4].mark(d(11, day), Outcome::Done);
        }
        let mut done = step(d(11, 21), None, None);
        done.status = ActionStatus::Done;
        g.steps.push(done);
        p.goals.push(g);
        let mut s = Service::new();
        s.organization = "Diabetes clinic".into();
        s.next_appointment = Some(d(11, 28));
        p.services.push(s);
        let mut past = Service::new();
        past.next_appointment = Some(d(11, 3));
        p.services.push(past);
        p.review_schedule.every = Some(2);
        p.review_schedule.period = super::super::Period::Weeks;
        p
    }

    #[test]
    fn whats_due_lists_the_next_week_and_the_overdue_by_date() {
        let items = plan().due_items(d(11, 22));
        let summary: Vec<_> = items
            .iter()
            .map(|i| (i.date.day(), i.kind_label(), i.overdue))
            .collect();
        assert_eq!(
            summary,
            vec![
                (15, "Plan review", true),
                (20, "Step", true),
                (23, "Step", false),
                (24, "Step", false),
                (27, "Goal check", false),
                (28, "Appointment", false),
            ]
        );
        // What the person typed is isolated from the app's words around it.
        assert_eq!(items[1].what, isolate("Call the pharmacy"));
        assert_eq!(items[5].what, isolate("Diabetes clinic"));
        assert!(items[4]
            .what
            .starts_with("Check on the goal: \u{2068}Sandra\u{2069} will "));
    }

    #[test]
    fn whats_due_keeps_date_order_across_month_and_year_ends() {
        let y = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let mut p = CarePlan::new(Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap());
        p.start_date = Some(y(2026, 11, 30));
        p.review_schedule.every = Some(1);
        p.review_schedule.period = super::super::Period::Months;
        let mut g = Goal::new(y(2026, 11, 1));
        g.steps = vec![
            step(y(2027, 1, 6), None, None),                   // a day too far
            step(y(2027, 1, 2), None, None),                   // next year
            step(y(2026, 12, 1), Some(Repeat::Weekly), None),  // on the 29th
            step(y(2026, 11, 30), None, None),                 // overdue, last month
            step(y(2026, 1, 31), Some(Repeat::Monthly), None), // 31 December
        ];
        for day in [1, 8, 15, 22] {
            g.steps[2].mark(y(2026, 12, day), Outcome::Done);
        }
        p.goals.push(g);
        let mut s = Service::new();
        s.next_appointment = Some(y(2027, 1, 5));
        p.services.push(s);
        let dates: Vec<_> = p
            .due_items(y(2026, 12, 29))
            .iter()
            .map(|i| (i.date, i.kind_label()))
            .collect();
        assert_eq!(
            dates,
            vec![
                (y(2026, 11, 30), "Step"),
                (y(2026, 12, 29), "Step"),
                (y(2026, 12, 30), "Plan review"),
                (y(2026, 12, 31), "Step"),
                (y(2027, 1, 2), "Step"),
                (y(2027, 1, 5), "Appointment"),
            ]
        );
        // At the end of February, the monthly step from the 31st falls on the 28th; the weekly
        // one comes back on Tuesday 2 March.
        let feb: Vec<_> = p
            .due_items(y(2027, 2, 25))
            .iter()
            .filter(|i| !i.overdue)
            .map(|i| i.date)
            .collect();
        assert_eq!(feb, vec![y(2027, 2, 28), y(2027, 3, 2)]);
    }

    #[test]
    fn whats_due_is_said_in_spanish_and_the_same_in_english() {
        let p = plan();
        let today = d(11, 22);
        assert_eq!(p.due_items_in(today, Lang::En), p.due_items(today));
        let es = p.due_items_in(today, Lang::Es);
        let what: Vec<_> = es
            .iter()
            .map(|i| crate::model::text::without_isolates(&i.what))
            .collect();
        assert_eq!(
            what,
            vec![
                "Hablar de c\u{f3}mo va el plan",
                "Call the pharmacy",
                "Walk",
                "Walk",
                "Revisar la meta: Sandra va a check her sugar",
                "Diabetes clinic",
            ]
        );
        let mut unnamed = plan();
        unnamed.services[0].organization.clear();
        unnamed.goals[0].steps[0].what.clear();
        let es = unnamed.due_items_in(today, Lang::Es);
        assert_eq!(es[1].what, "Un paso todav\u{ed}a sin descripci\u{f3}n");
        assert_eq!(es[5].what, "Servicio sin nombre");
        let en = unnamed.due_items(today);
        assert_eq!(en[1].what, "A step with no description yet");
        assert_eq!(en[5].what, "Unnamed service");
    }

    #[test]
    fn whats_due_shows_the_next_time_not_marked_and_the_times_missed() {
        let mut p = CarePlan::new(Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap());
        let mut g = Goal::new(d(11, 1));
        // Mondays from 2 November; today is Monday 7 December.
        g.steps = vec![step(d(11, 2), Some(Repeat::Weekly), None)];
        let at = StepRef {
            goal: g.id,
            step: g.steps[0].id,
        };
        p.goals.push(g);
        let today = d(12, 7);
        let times = |p: &CarePlan| -> Vec<_> {
            p.due_items(today)
                .iter()
                .map(|i| (i.date, i.overdue, i.occurrence))
                .collect()
        };
        let missed = |marked| Some(DueTime::Missed { marked });
        assert_eq!(
            times(&p),
            vec![
                (d(11, 9), true, missed(false)),
                (d(11, 16), true, missed(false)),
                (d(11, 23), true, missed(false)),
                (d(11, 30), true, missed(false)),
                (d(12, 7), false, Some(DueTime::Next)),
            ],
            "nothing marked: the last four weeks are missed (the 2nd is older)"
        );
        let mark = |p: &mut CarePlan, m: u32, day: u32, outcome| {
            if let Some(s) = p.step_mut(at) {
                s.mark(d(m, day), outcome);
            }
        };
        mark(&mut p, 11, 9, Outcome::Done);
        mark(&mut p, 11, 16, Outcome::Done);
        mark(&mut p, 11, 23, Outcome::Skipped);
        mark(&mut p, 11, 30, Outcome::Missed);
        mark(&mut p, 12, 7, Outcome::Done);
        assert_eq!(
            times(&p),
            vec![
                (d(11, 30), true, missed(true)),
                (d(12, 14), false, Some(DueTime::Next)),
            ],
            "done today: the next time is next week"
        );
        assert!(p
            .due_items(today)
            .iter()
            .all(|i| i.kind == DueKind::Step(at)));
        // A done or cancelled step has nothing due.
        if let Some(s) = p.step_mut(at) {
            s.status = ActionStatus::Done;
        }
        assert!(p.due_items(today).is_empty());
    }

    #[test]
    fn a_daily_step_lists_only_its_last_missed_week() {
        let mut p = CarePlan::new(Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap());
        let mut g = Goal::new(d(11, 1));
        g.steps = vec![step(d(11, 1), Some(Repeat::Daily), None)];
        p.goals.push(g);
        let items = p.due_items(d(12, 7));
        let missed: Vec<_> = items.iter().filter(|i| i.overdue).map(|i| i.date).collect();
        assert_eq!(missed.len(), MISSED_SHOWN);
        assert_eq!(missed.first(), Some(&d(11, 30)));
        assert_eq!(missed.last(), Some(&d(12, 6)));
        assert_eq!(p.goals[0].steps[0].recent_missed(d(12, 7)).len(), 28);
    }

    #[test]
    fn a_review_clears_the_overdue_review_and_closing_clears_everything() {
        let mut p = plan();
        p.add_review(d(11, 21));
        assert!(!p
            .due_items(d(11, 22))
            .iter()
            .any(|i| i.kind == DueKind::Review));
        p.status = PlanStatus::Completed;
        assert!(p.due_items(d(11, 22)).is_empty());
    }
}
