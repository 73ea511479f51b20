//! Calendar reminders: the plan's upcoming reviews, steps, appointments and key dates as an
//! iCalendar file (RFC 5545) that any calendar app can import, with no server in between.
//!
//! Every reminder is an all-day event with a UID made of the plan's id and the item's id, so
//! importing a newer file updates the events instead of adding copies. Repeating steps become
//! one event with a repeat rule (RRULE), not one event per day.

use super::actions::{ActionStep, Repeat};
use super::monitoring::Period;
use super::plan::{CarePlan, PlanStatus};
use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};

/// Longest content line, in octets, before it is folded (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// How often a reminder comes back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freq {
    Daily,
    Weekly,
    Monthly,
}

impl Freq {
    fn code(self) -> &'static str {
        match self {
            Freq::Daily => "DAILY",
            Freq::Weekly => "WEEKLY",
            Freq::Monthly => "MONTHLY",
        }
    }
}

impl From<Repeat> for Freq {
    fn from(r: Repeat) -> Self {
        match r {
            Repeat::Daily => Freq::Daily,
            Repeat::Weekly => Freq::Weekly,
            Repeat::Monthly => Freq::Monthly,
        }
    }
}

impl From<Period> for Freq {
    fn from(p: Period) -> Self {
        match p {
            Period::Days => Freq::Daily,
            Period::Weeks => Freq::Weekly,
            Period::Months => Freq::Monthly,
        }
    }
}

/// A repeat rule: every `interval` days / weeks / months from the start, up to `until`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub freq: Freq,
    pub interval: u32,
    /// The last day it may fall on (inclusive).
    pub until: Option<NaiveDate>,
}

impl Rule {
    /// The RRULE value for a series starting on `start`. A monthly series from the 29th, 30th
    /// or 31st falls on the month's last day in shorter months, as the app counts it
    /// ("BYMONTHDAY=31,-1;BYSETPOS=1"); plain RFC 5545 would skip those months.
    pub fn value(&self, start: NaiveDate) -> String {
        let mut s = format!("FREQ={}", self.freq.code());
        if self.interval > 1 {
            s.push_str(&format!(";INTERVAL={}", self.interval));
        }
        if self.freq == Freq::Monthly && start.day() > 28 {
            s.push_str(&format!(";BYMONTHDAY={},-1;BYSETPOS=1", start.day()));
        }
        if let Some(u) = self.until {
            s.push_str(&format!(";UNTIL={}", compact(u)));
        }
        s
    }
}

impl Rule {
    /// The first `limit` days the series falls on, counted as the app counts them: the n-th
    /// time is `n * interval` days, weeks or months after the start, a month being clamped to
    /// its last day. For checking the RRULE against an independent calendar implementation.
    pub fn occurrences(&self, start: NaiveDate, limit: usize) -> Vec<NaiveDate> {
        let step = |n: u32| -> Option<NaiveDate> {
            let k = n.checked_mul(self.interval)?;
            match self.freq {
                Freq::Daily => start.checked_add_days(Days::new(k.into())),
                Freq::Weekly => start.checked_add_days(Days::new(u64::from(k) * 7)),
                Freq::Monthly => start.checked_add_months(chrono::Months::new(k)),
            }
        };
        (0..)
            .map_while(step)
            .take_while(|d| self.until.is_none_or(|u| *d <= u))
            .take(limit)
            .collect()
    }
}

/// When the calendar app reminds the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alarm {
    /// 9 in the morning the day before: time to prepare for a meeting or appointment.
    DayBefore,
    /// 9 in the morning on the day: for steps, which may come back every day.
    SameDay,
}

impl Alarm {
    /// The trigger, relative to the start of the all-day event (midnight).
    fn trigger(self) -> &'static str {
        match self {
            Alarm::DayBefore => "-PT15H",
            Alarm::SameDay => "PT9H",
        }
    }
}

/// One calendar event.
#[derive(Clone, Debug, PartialEq)]
pub struct Reminder {
    /// Stable across exports: the same item always gets the same UID.
    pub uid: String,
    pub start: NaiveDate,
    pub rule: Option<Rule>,
    /// The event's title.
    pub summary: String,
    /// More detail, several lines.
    pub description: String,
    pub alarm: Alarm,
}

/// The reminders worth having from `today` on: the plan's reviews (the regular series and
/// chosen dates), open steps with a date (repeating ones as a series), open goals' review and
/// target dates, open services' next appointments, and the follow-up after the plan. A closed
/// plan keeps only its follow-up. Dates already past are left out: the app shows what is
/// overdue.
pub fn reminders(plan: &CarePlan, today: NaiveDate) -> Vec<Reminder> {
    let uid = |kind: &str, item: &dyn std::fmt::Display| format!("{kind}-{item}.{}", plan.id);
    let about = plan_line(plan);
    let mut out = Vec::new();
    let follow_up = plan.transition.follow_up.filter(|d| *d >= today);
    if let Some(date) = follow_up {
        out.push(Reminder {
            uid: uid("follow-up", &"plan"),
            start: date,
            rule: None,
            summary: "Follow-up after the care plan".into(),
            description: lines(&[
                labelled("Next", &plan.transition.next_setting),
                labelled("If things get worse", &plan.transition.if_worse),
                labelled("Who to call", &handoff(plan)),
                about.clone(),
            ]),
            alarm: Alarm::DayBefore,
        });
    }
    if plan.status == PlanStatus::Completed {
        return out;
    }

    let review_text = lines(&[
        "Talk through how the plan is going: what changed, what helps, what to change.".into(),
        about.clone(),
    ]);
    let regular = plan.review_schedule.every.filter(|n| *n > 0);
    let regular_start = plan.next_regular_review();
    if let (Some(n), Some(start)) = (regular, regular_start) {
        out.push(Reminder {
            uid: uid("review", &"regular"),
            start,
            rule: Some(Rule {
                freq: plan.review_schedule.period.into(),
                interval: n,
                until: None,
            }),
            summary: "Care plan review".into(),
            description: review_text.clone(),
            alarm: Alarm::DayBefore,
        });
    }
    for date in plan.chosen_reviews_ahead() {
        if date >= today && Some(date) != regular_start {
            out.push(Reminder {
                uid: uid("review", &compact(date)),
                start: date,
                rule: None,
                summary: "Care plan review".into(),
                description: review_text.clone(),
                alarm: Alarm::DayBefore,
            });
        }
    }

    let person = plan.person_name();
    for goal in plan.goals.iter().filter(|g| g.is_open()) {
        let clause = goal.clause(person);
        for step in &goal.steps {
            if let Some(r) = step_reminder(plan, step, &clause, today, &about) {
                out.push(r);
            }
        }
        if let Some(date) = goal.review_date.filter(|d| *d >= today) {
            out.push(Reminder {
                uid: uid("goal-review", &goal.id),
                start: date,
                rule: None,
                summary: format!("Check on the goal: {clause}"),
                description: lines(&[
                    "Look at how this goal is going and what to change.".into(),
                    about.clone(),
                ]),
                alarm: Alarm::DayBefore,
            });
        }
        if let Some(date) = goal.target_date.filter(|d| *d >= today) {
            out.push(Reminder {
                uid: uid("goal-target", &goal.id),
                start: date,
                rule: None,
                summary: format!("Target date: {clause}"),
                description: lines(&[goal.sentence(person), about.clone()]),
                alarm: Alarm::DayBefore,
            });
        }
    }
    for service in &plan.services {
        let upcoming = service.next_appointment.filter(|d| *d >= today);
        if let (true, Some(date)) = (service.is_open(), upcoming) {
            out.push(Reminder {
                uid: uid("appointment", &service.id),
                start: date,
                rule: None,
                summary: format!("Appointment: {}", service.display_name()),
                description: lines(&[labelled("Contact", &service.contact), about.clone()]),
                alarm: Alarm::DayBefore,
            });
        }
    }
    out.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.uid.cmp(&b.uid)));
    out
}

fn step_reminder(
    plan: &CarePlan,
    step: &ActionStep,
    goal_clause: &str,
    today: NaiveDate,
    about: &str,
) -> Option<Reminder> {
    if !step.is_open() {
        return None;
    }
    let start = step.due?;
    // Still to come: a one-off step on or after today, a series with a time left.
    step.next_on_or_after(today)?;
    let what = match step.what.trim() {
        "" => "A step of the care plan",
        w => w,
    };
    Some(Reminder {
        uid: format!("step-{}.{}", step.id, plan.id),
        start,
        rule: step.repeat.map(|r| Rule {
            freq: r.into(),
            interval: 1,
            until: step.until,
        }),
        summary: what.to_string(),
        description: lines(&[
            labelled("Who", &plan.owner_name(&step.owner)),
            labelled("How or where", &step.how),
            labelled("For the goal", goal_clause),
            about.to_string(),
        ]),
        alarm: Alarm::SameDay,
    })
}

/// "From the care plan “Getting stronger at home” for María López."
fn plan_line(plan: &CarePlan) -> String {
    let title = plan.display_title();
    match plan.person_name() {
        "" => format!("From the care plan \u{201c}{title}\u{201d}."),
        name => format!("From the care plan \u{201c}{title}\u{201d} for {name}."),
    }
}

fn handoff(plan: &CarePlan) -> String {
    let people: Vec<String> = (plan.transition.handoff.iter())
        .filter_map(|id| plan.member(*id))
        .filter_map(|m| {
            let label = m.label()?;
            Some(match m.phone.trim() {
                "" => label,
                phone => format!("{label}, {phone}"),
            })
        })
        .collect();
    people.join("; ")
}

fn labelled(label: &str, text: &str) -> String {
    match text.trim() {
        "" => String::new(),
        t => format!("{label}: {t}"),
    }
}

fn lines(parts: &[String]) -> String {
    let kept: Vec<&str> = (parts.iter().map(|p| p.trim()))
        .filter(|p| !p.is_empty())
        .collect();
    kept.join("\n")
}

/// The whole iCalendar file for `plan`, with its reminders from `today` on. `now` stamps it.
pub fn to_ics(plan: &CarePlan, today: NaiveDate, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(&fold(text));
        out.push_str("\r\n");
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Care Plan Builder//Calendar reminders//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    let name = match plan.person_name() {
        "" => format!("Care plan: {}", plan.display_title()),
        person => format!("Care plan: {person}"),
    };
    line(&format!("X-WR-CALNAME:{}", escape(&name)));
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for r in reminders(plan, today) {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", r.uid));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", compact(r.start)));
        if let Some(end) = r.start.checked_add_days(Days::new(1)) {
            line(&format!("DTEND;VALUE=DATE:{}", compact(end)));
        }
        if let Some(rule) = r.rule {
            line(&format!("RRULE:{}", rule.value(r.start)));
        }
        line(&format!("SUMMARY:{}", escape(&r.summary)));
        if !r.description.is_empty() {
            line(&format!("DESCRIPTION:{}", escape(&r.description)));
        }
        // A reminder, not a busy block in the person's day.
        line("TRANSP:TRANSPARENT");
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line(&format!("DESCRIPTION:{}", escape(&r.summary)));
        line(&format!("TRIGGER:{}", r.alarm.trigger()));
        line("END:VALARM");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// `20261205`: a DATE value.
fn compact(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as
/// `\n`, other control characters dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Splits a content line into lines of at most 75 octets, each continuation starting with a
/// space (RFC 5545 §3.1), never inside a UTF-8 character. Without the CRLF at the end.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 60 * 3);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::actions::{ActionStatus, Owner};
    use crate::model::goals::{Goal, GoalStatus};
    use crate::model::services::Service;
    use crate::model::services::ServiceStatus;
    use crate::model::CareTeamMember;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn today() -> NaiveDate {
        d(2026, 11, 22)
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 10, 15, 0).unwrap()
    }

    /// A plan with one of everything a calendar can hold, some of it past or finished.
    fn plan() -> CarePlan {
        let mut p = CarePlan::new(now());
        p.title = "Getting stronger, at home".into();
        p.person.name = "María López".into();
        p.start_date = Some(d(2026, 11, 1));
        p.review_schedule.every = Some(4);
        p.review_schedule.period = Period::Weeks;
        p.review_schedule.dates = vec![d(2026, 12, 24), d(2026, 11, 2)];
        let mut goal = Goal::new(d(2026, 11, 1));
        goal.action = "walk".into();
        goal.target = "50".into();
        goal.unit = "feet".into();
        goal.target_date = Some(d(2027, 2, 1));
        goal.review_date = Some(d(2026, 11, 20));
        let mut walk = ActionStep::new("Walk to the mailbox; rest, then back");
        walk.owner = Owner::Person;
        walk.due = Some(d(2026, 11, 2));
        walk.repeat = Some(Repeat::Weekly);
        walk.until = Some(d(2027, 1, 31));
        let mut call = ActionStep::new("Call the clinic");
        call.due = Some(d(2026, 12, 1));
        let mut late = ActionStep::new("Fill in the form");
        late.due = Some(d(2026, 11, 10));
        let mut done = ActionStep::new("Buy shoes");
        done.due = Some(d(2026, 12, 2));
        done.status = ActionStatus::Done;
        let mut over = ActionStep::new("Stretch");
        over.due = Some(d(2026, 10, 1));
        over.repeat = Some(Repeat::Daily);
        over.until = Some(d(2026, 11, 21));
        let mut pills = ActionStep::new("Refill pills");
        pills.due = Some(d(2026, 1, 31));
        pills.repeat = Some(Repeat::Monthly);
        goal.steps = vec![walk, call, late, done, over, pills];
        let mut finished = Goal::new(d(2026, 11, 1));
        finished.action = "sleep".into();
        finished.status = GoalStatus::Completed;
        finished.target_date = Some(d(2026, 12, 20));
        p.goals = vec![goal, finished];
        let mut clinic = Service::new();
        clinic.organization = "Eastside Clinic".into();
        clinic.contact = "555-0100, ask for Ana".into();
        clinic.next_appointment = Some(d(2026, 11, 30));
        let mut old = Service::new();
        old.organization = "Old program".into();
        old.status = ServiceStatus::Completed;
        old.next_appointment = Some(d(2026, 12, 3));
        p.services = vec![clinic, old];
        p
    }

    fn summaries(rs: &[Reminder]) -> Vec<(NaiveDate, &str)> {
        rs.iter().map(|r| (r.start, r.summary.as_str())).collect()
    }

    #[test]
    fn upcoming_items_become_reminders_by_date() {
        let rs = reminders(&plan(), today());
        assert_eq!(
            summaries(&rs),
            vec![
                (d(2026, 1, 31), "Refill pills"),
                (d(2026, 11, 2), "Walk to the mailbox; rest, then back"),
                (d(2026, 11, 29), "Care plan review"),
                (d(2026, 11, 30), "Appointment: Eastside Clinic"),
                (d(2026, 12, 1), "Call the clinic"),
                (d(2026, 12, 24), "Care plan review"),
                (d(2027, 2, 1), "Target date: María López will walk 50 feet"),
            ],
            "past one-off steps, a finished series, done steps, closed services, finished goals \
             and past dates are left out"
        );
        let regular = &rs[2];
        assert_eq!(
            regular.rule,
            Some(Rule {
                freq: Freq::Weekly,
                interval: 4,
                until: None
            })
        );
        assert_eq!(regular.alarm, Alarm::DayBefore);
        assert_eq!(rs[1].alarm, Alarm::SameDay);
        assert_eq!(
            rs[1].description,
            "Who: María López\nFor the goal: María López will walk 50 feet\nFrom the care plan \u{201c}Getting stronger, at home\u{201d} for María López."
        );
    }

    #[test]
    fn uids_are_stable_and_unique() {
        let p = plan();
        let a = reminders(&p, today());
        let b = reminders(&p, d(2026, 11, 25));
        let uid = |rs: &[Reminder], s: &str| {
            rs.iter()
                .find(|r| r.summary == s)
                .map(|r| r.uid.clone())
                .unwrap()
        };
        for s in ["Walk to the mailbox; rest, then back", "Call the clinic"] {
            assert_eq!(uid(&a, s), uid(&b, s), "{s}");
        }
        let mut uids: Vec<_> = a.iter().map(|r| r.uid.as_str()).collect();
        uids.sort();
        uids.dedup();
        assert_eq!(uids.len(), a.len());
        assert!(a.iter().all(|r| r.uid.ends_with(&p.id.to_string())));
        let other = plan();
        assert_ne!(
            uid(&a, "Care plan review"),
            uid(&reminders(&other, today()), "Care plan review")
        );
    }

    #[test]
    fn a_closed_plan_keeps_only_its_follow_up() {
        let mut p = plan();
        p.transition.follow_up = Some(d(2027, 1, 15));
        p.transition.next_setting = "Sunrise Day Program".into();
        p.transition.if_worse = "Call Dana".into();
        let mut dana = CareTeamMember::new();
        dana.name = "Dana Lee".into();
        dana.phone = "555-0142".into();
        p.transition.handoff = vec![dana.id];
        p.care_team.push(dana);
        assert_eq!(reminders(&p, today()).len(), 8, "open: follow-up as well");
        p.close(today());
        let rs = reminders(&p, today());
        assert_eq!(
            summaries(&rs),
            vec![(d(2027, 1, 15), "Follow-up after the care plan")]
        );
        assert_eq!(
            rs[0].description,
            "Next: Sunrise Day Program\nIf things get worse: Call Dana\nWho to call: Dana Lee, 555-0142\nFrom the care plan \u{201c}Getting stronger, at home\u{201d} for María López."
        );
        assert!(reminders(&p, d(2027, 1, 16)).is_empty());
    }

    #[test]
    fn repeat_rules() {
        let weekly = Rule {
            freq: Freq::Weekly,
            interval: 1,
            until: Some(d(2027, 1, 31)),
        };
        assert_eq!(weekly.value(d(2026, 11, 2)), "FREQ=WEEKLY;UNTIL=20270131");
        let every_two = Rule {
            freq: Freq::Weekly,
            interval: 2,
            until: None,
        };
        assert_eq!(every_two.value(d(2026, 11, 2)), "FREQ=WEEKLY;INTERVAL=2");
        let monthly = Rule {
            freq: Freq::Monthly,
            interval: 1,
            until: None,
        };
        assert_eq!(monthly.value(d(2026, 1, 28)), "FREQ=MONTHLY");
        assert_eq!(
            monthly.value(d(2026, 1, 31)),
            "FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1",
            "February gets its last day, as the app counts it"
        );
        let daily = Rule {
            freq: Freq::Daily,
            interval: 3,
            until: Some(d(2026, 12, 1)),
        };
        assert_eq!(
            daily.value(d(2026, 11, 1)),
            "FREQ=DAILY;INTERVAL=3;UNTIL=20261201"
        );
    }

    #[test]
    fn a_series_falls_where_the_app_says_the_step_is_due() {
        for (start, repeat, until) in [
            (d(2026, 1, 31), Repeat::Monthly, None),
            (d(2026, 3, 30), Repeat::Monthly, Some(d(2027, 3, 1))),
            (d(2026, 11, 2), Repeat::Weekly, Some(d(2027, 1, 31))),
            (d(2026, 12, 30), Repeat::Daily, Some(d(2027, 1, 3))),
        ] {
            let mut step = ActionStep::new("x");
            (step.due, step.repeat, step.until) = (Some(start), Some(repeat), until);
            let rule = Rule {
                freq: repeat.into(),
                interval: 1,
                until,
            };
            let dates = rule.occurrences(start, 15);
            assert!(dates.len() >= 5, "{dates:?}");
            for pair in dates.windows(2) {
                let next = pair[0].checked_add_days(Days::new(1)).unwrap();
                assert_eq!(
                    step.next_on_or_after(next),
                    Some(pair[1]),
                    "{repeat:?} {dates:?}"
                );
            }
        }
        let monthly = Rule {
            freq: Freq::Monthly,
            interval: 1,
            until: None,
        };
        assert_eq!(
            monthly.occurrences(d(2026, 1, 31), 4),
            vec![
                d(2026, 1, 31),
                d(2026, 2, 28),
                d(2026, 3, 31),
                d(2026, 4, 30)
            ]
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("Rest; then walk, slowly\\back\nline\r\nend\r"),
            "Rest\\; then walk\\, slowly\\\\back\\nline\\nend\\n"
        );
        assert_eq!(escape("bell\u{7}\ttab"), "bell\ttab");
        assert_eq!(escape("plain words"), "plain words");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "Caminar a la farmacia con Ana é ✓ ".repeat(8));
        let folded = fold(&line);
        let parts: Vec<&str> = folded.split("\r\n").collect();
        assert!(parts.len() > 3);
        assert!(parts.iter().all(|p| p.len() <= 75), "{parts:?}");
        assert!(parts[1..].iter().all(|p| p.starts_with(' ')));
        // "é" is two octets: it would straddle octet 75, so it moves whole to the next line.
        let straddling = format!("{}é", "X".repeat(74));
        assert_eq!(fold(&straddling), format!("{}\r\n é", "X".repeat(74)));
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold("SHORT:line"), "SHORT:line");
        let exact = "X".repeat(75);
        assert_eq!(fold(&exact), exact);
        assert_eq!(fold(&"X".repeat(76)), format!("{}\r\n X", "X".repeat(75)));
    }

    #[test]
    fn the_file_is_a_calendar_with_crlf_lines() {
        let text = to_ics(&plan(), today(), now());
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "no bare line feeds"
        );
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 7);
        assert_eq!(text.matches("BEGIN:VALARM").count(), 7);
        assert!(text.contains("X-WR-CALNAME:Care plan: María López\r\n"));
        assert!(text.contains("DTSTAMP:20261122T101500Z\r\n"));
        assert!(text.contains(
            "DTSTART;VALUE=DATE:20261102\r\nDTEND;VALUE=DATE:20261103\r\nRRULE:FREQ=WEEKLY;UNTIL=20270131\r\nSUMMARY:Walk to the mailbox\\; rest\\, then back\r\n"
        ));
        assert!(text.contains("RRULE:FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1\r\n"));
        assert!(text.contains("RRULE:FREQ=WEEKLY;INTERVAL=4\r\n"));
        assert!(text.split("\r\n").all(|l| l.len() <= 75));
    }

    #[test]
    fn a_repeating_step_with_marked_times_stays_one_series() {
        use crate::model::occurrences::Outcome;
        let mut p = plan();
        let before = to_ics(&p, today(), now());
        // Mondays from 2 November: two done, one missed, one skipped ahead, one off the rule.
        let walk = &mut p.goals[0].steps[0];
        walk.mark(d(2026, 11, 2), Outcome::Done);
        walk.mark(d(2026, 11, 9), Outcome::Done);
        walk.mark(d(2026, 11, 16), Outcome::Missed);
        walk.mark(d(2026, 11, 30), Outcome::Skipped);
        walk.mark(d(2026, 11, 18), Outcome::Done);
        let text = to_ics(&p, today(), now());
        assert_eq!(text, before, "marks change nothing in the calendar");
        let walks: Vec<_> = reminders(&p, today())
            .into_iter()
            .filter(|r| r.summary.starts_with("Walk to the mailbox"))
            .collect();
        assert_eq!(walks.len(), 1, "one series, not one event per time");
        assert_eq!(walks[0].start, d(2026, 11, 2));
        assert_eq!(text.matches("SUMMARY:Walk to the mailbox").count(), 1);
        assert_eq!(text.matches("RRULE:FREQ=WEEKLY;UNTIL=20270131").count(), 1);
        assert!(!text.contains("EXDATE") && !text.contains("RDATE"));
    }

    #[test]
    fn an_empty_plan_is_an_empty_calendar() {
        let p = CarePlan::new(now());
        let text = to_ics(&p, today(), now());
        assert!(!text.contains("BEGIN:VEVENT"));
        assert!(text.contains("X-WR-CALNAME:Care plan: "));
    }
}
