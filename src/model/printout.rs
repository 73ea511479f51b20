//! What the printed plans gather from a plan: the next steps in date order and who to call,
//! and how pieces of text are joined into sentences. Kept here, free of the page, so it is
//! tested natively.

use super::actions::{ActionStatus, ActionStep};
use super::goals::Goal;
use super::lang::Lang;
use super::plan::CarePlan;
use super::services::ServiceKind;
use super::text::PDI;
use chrono::NaiveDate;

/// One step still to do, as "My plan" lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    pub what: String,
    /// Who does it, in words; each name or role as typed isolated (`text::isolate`).
    pub who: String,
    /// "By 5 December 2026", "Every week from ...", "No date yet", or "Overdue since 20
    /// November 2026" for a step whose day has passed.
    pub when: String,
    /// The date to sort by: the due date (or first time of a repeating step).
    pub due: Option<NaiveDate>,
    /// Its day has passed and it is still to do ([`ActionStep::overdue_on`]).
    pub overdue: bool,
    /// How or where, as written ("Bus 12 from the motel, Wednesdays 10 am"); may be empty.
    pub how: String,
    /// The goal it is for, as its sentence.
    pub goal: String,
}

/// A service's next appointment, as "My plan" lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appointment {
    pub date: NaiveDate,
    /// The service, or "Unnamed service" in the language asked for.
    pub name: String,
    /// Its kind, to name it beside; `None` for the kind "Other", which says nothing.
    pub kind: Option<ServiceKind>,
}

/// Someone to call: a care-team member or a service, with how to reach them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    /// "Case manager", "Food bank", ...
    pub role: String,
    /// For a service, its kind (the role says it in English; the interface names it in its
    /// language); `None` for a person, and for a service of the kind "Other".
    pub kind: Option<ServiceKind>,
    /// Phone, email, address: whatever was written, one item each.
    pub reach: Vec<String>,
}

impl CarePlan {
    /// Steps not done or cancelled, of goals still being worked on, earliest date first; steps
    /// with no date come last, in plan order. In English, as on no day in particular (none is
    /// overdue): [`CarePlan::next_steps_on`] says which are.
    pub fn next_steps(&self) -> Vec<NextStep> {
        self.next_steps_on(NaiveDate::MIN, Lang::En)
    }

    /// The same as seen on `today` (the day printed), who, when and the goal written in a
    /// language; a step whose day has passed says so ("Overdue since 20 November 2026").
    pub fn next_steps_on(&self, today: NaiveDate, lang: Lang) -> Vec<NextStep> {
        let name = self.person_name();
        let mut steps: Vec<NextStep> = self
            .goals
            .iter()
            .filter(|g| g.is_open())
            .flat_map(|g| g.steps.iter().map(move |s| (g, s)))
            .filter(|(_, s)| s.is_open())
            .map(|(g, s)| NextStep {
                what: s.what.trim().to_string(),
                who: self.owner_name_shown_in(&s.owner, lang),
                when: s.when_on_in(today, lang),
                due: s.due,
                overdue: s.overdue_on(today),
                how: s.how.trim().to_string(),
                goal: g.sentence_in(name, lang),
            })
            .filter(|s| !s.what.is_empty())
            .collect();
        // Stable, so equal dates keep plan order.
        steps.sort_by_key(|s| (s.due.is_none(), s.due));
        steps
    }

    /// The next appointment of each service still in use, from `today` on (one already past
    /// is left out, as What's due leaves it out), earliest first; a service without a name is
    /// called so in a language.
    pub fn appointments_on(&self, today: NaiveDate, lang: Lang) -> Vec<Appointment> {
        let mut out: Vec<Appointment> = self
            .services
            .iter()
            .filter(|s| s.is_open())
            .filter_map(|s| {
                let date = s.next_appointment.filter(|d| *d >= today)?;
                Some(Appointment {
                    date,
                    name: s.display_name_in(lang),
                    kind: (s.kind != ServiceKind::Other).then_some(s.kind),
                })
            })
            .collect();
        // Stable, so equal dates keep plan order.
        out.sort_by_key(|a| a.date);
        out
    }

    /// Care-team members with a phone or email, then services still in use with a contact.
    pub fn contacts(&self) -> Vec<Contact> {
        self.contacts_in(Lang::En)
    }

    /// The same, a service without a name called so in a language.
    pub fn contacts_in(&self, lang: Lang) -> Vec<Contact> {
        let members = self.care_team.iter().filter_map(|m| {
            let reach = non_empty(&[&m.phone, &m.email]);
            let name = first_of(&[&m.name, &m.organization, &m.role])?;
            (!reach.is_empty()).then(|| Contact {
                role: if name == m.role.trim() {
                    String::new()
                } else {
                    m.role.trim().to_string()
                },
                kind: None,
                name,
                reach,
            })
        });
        let services = self
            .services
            .iter()
            .filter(|s| s.is_open())
            .filter_map(|s| {
                let reach = non_empty(&[&s.contact]);
                // "Other" says nothing about who they are.
                let (role, kind) = match s.kind {
                    ServiceKind::Other => (String::new(), None),
                    kind => (kind.label().to_string(), Some(kind)),
                };
                (!reach.is_empty()).then(|| Contact {
                    name: s.display_name_in(lang),
                    role,
                    kind,
                    reach,
                })
            });
        members.chain(services).collect()
    }

    /// Review dates set on goals, earliest first, each with the numbers (from 1, in plan
    /// order) of the goals reviewed then.
    pub fn review_dates(&self) -> Vec<(NaiveDate, Vec<usize>)> {
        let mut out: Vec<(NaiveDate, Vec<usize>)> = Vec::new();
        let mut dated: Vec<(NaiveDate, usize)> = self
            .goals
            .iter()
            .enumerate()
            .filter_map(|(i, g)| g.review_date.map(|d| (d, i + 1)))
            .collect();
        dated.sort();
        for (date, number) in dated {
            match out.last_mut() {
                Some((d, goals)) if *d == date => goals.push(number),
                _ => out.push((date, vec![number])),
            }
        }
        out
    }
}

impl Goal {
    /// Still being worked on: not completed or cancelled.
    pub fn is_open(&self) -> bool {
        !matches!(
            self.status,
            super::goals::GoalStatus::Completed | super::goals::GoalStatus::Cancelled
        )
    }
}

impl ActionStep {
    /// Still to do: not done or cancelled.
    pub fn is_open(&self) -> bool {
        !matches!(self.status, ActionStatus::Done | ActionStatus::Cancelled)
    }
}

fn non_empty(parts: &[&str]) -> Vec<String> {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

fn first_of(parts: &[&str]) -> Option<String> {
    non_empty(parts).into_iter().next()
}

/// Whether a text already ends a sentence: with `.`, `!`, `?` or `…`, perhaps before a closing
/// quote or bracket (`He said "yes."`).
fn ends_a_sentence(text: &str) -> bool {
    // A typed piece set in the sentence ends with its isolate's PDI: look inside it.
    text.trim_end()
        .trim_end_matches(['"', '\'', ')', ']', '\u{201d}', '\u{2019}', '\u{bb}', PDI])
        .ends_with(['.', '!', '?', '\u{2026}'])
}

/// `item` without its one final full stop (not an ellipsis written as dots), looking inside an
/// isolate that ends it: "FSI last month. PDI" -> "FSI last month PDI". `None` when it has none.
fn without_full_stop(item: &str) -> Option<String> {
    let closers = item.len() - item.trim_end_matches(PDI).len();
    let (body, tail) = item.split_at(item.len() - closers);
    let bare = body.strip_suffix('.')?;
    (!bare.ends_with('.')).then(|| format!("{bare}{tail}"))
}

/// Pieces of text as one run of sentences, each after a full stop: "For: stable housing. Why it
/// matters: my kids". A piece that already ends with its own full stop (or `!`, `?`, `…`), as
/// people often type them, gets no second one. Empty pieces are left out.
pub fn sentences<S: AsRef<str>>(pieces: impl IntoIterator<Item = S>) -> String {
    let mut out = String::new();
    for piece in pieces {
        let piece = piece.as_ref().trim();
        if piece.is_empty() {
            continue;
        }
        if !out.is_empty() {
            if !ends_a_sentence(&out) {
                out.push('.');
            }
            out.push(' ');
        }
        out.push_str(piece);
    }
    out
}

/// Items as one list inside a sentence: "A safe place to live; enough food". An item's own
/// full stop is dropped in the middle of the list ("last month.; food" reads badly) and kept on
/// the last one, where [`sentences`] uses it to end the sentence. An ellipsis stays.
pub fn listed<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> String {
    let items: Vec<String> = items
        .into_iter()
        .map(|i| i.as_ref().trim().to_string())
        .filter(|i| !i.is_empty())
        .collect();
    let last = items.len().saturating_sub(1);
    items
        .iter()
        .enumerate()
        .map(|(n, item)| match without_full_stop(item) {
            Some(bare) if n < last => bare,
            _ => item.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::actions::{Owner, Repeat};
    use crate::model::goals::GoalStatus;
    use crate::model::services::ServiceStatus;
    use crate::model::text::isolate;
    use chrono::{TimeZone, Utc};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap_or_default()
    }

    fn plan() -> CarePlan {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
        let mut plan = CarePlan::new(now);
        plan.person.name = "John".into();
        plan
    }

    fn goal(action: &str, steps: Vec<ActionStep>) -> Goal {
        let mut g = Goal::new(day(1));
        g.action = action.into();
        g.target_date = Some(day(31));
        g.steps = steps;
        g
    }

    fn step(what: &str, due: Option<u32>) -> ActionStep {
        let mut s = ActionStep::new(what);
        s.due = due.map(day);
        s
    }

    #[test]
    fn next_steps_are_open_steps_in_date_order_with_undated_last() {
        let mut plan = plan();
        let mut done = step("Already done", Some(1));
        done.status = ActionStatus::Done;
        let mut cancelled = step("Called off", Some(2));
        cancelled.status = ActionStatus::Cancelled;
        plan.add_goal(goal(
            "walk",
            vec![
                step("No date", None),
                step("Late", Some(20)),
                done,
                cancelled,
            ],
        ));
        let mut person_step = step("Early", Some(3));
        person_step.owner = Owner::Person;
        let mut weekly = step("Weekly", Some(10));
        weekly.repeat = Some(Repeat::Weekly);
        plan.add_goal(goal("cook", vec![person_step, weekly, step("  ", Some(1))]));
        let mut finished = goal("rest", vec![step("From a finished goal", Some(1))]);
        finished.status = GoalStatus::Completed;
        plan.add_goal(finished);

        let steps = plan.next_steps();
        let names: Vec<&str> = steps.iter().map(|s| s.what.as_str()).collect();
        assert_eq!(names, ["Early", "Weekly", "Late", "No date"]);
        assert_eq!(steps[0].who, isolate("John"));
        assert_eq!(steps[0].when, "By 3 December 2026");
        assert_eq!(
            steps[1].when,
            "Every week from 10 December 2026, no end date yet"
        );
        assert_eq!(steps[2].who, "Not decided yet");
        assert_eq!(steps[0].goal, "By 31 December 2026, John will cook.");
        assert_eq!(steps[3].when, "No date yet");
    }

    #[test]
    fn contacts_are_people_and_services_that_can_be_reached() {
        let mut plan = plan();
        let ana = plan.add_member();
        if let Some(m) = plan.member_mut(ana) {
            m.name = "Ana Ruiz".into();
            m.role = "Case manager".into();
            m.phone = "555-0101".into();
            m.email = " ana@example.org ".into();
        }
        let silent = plan.add_member();
        if let Some(m) = plan.member_mut(silent) {
            m.name = "No number".into();
        }
        let role_only = plan.add_member();
        if let Some(m) = plan.member_mut(role_only) {
            m.role = "Pharmacist".into();
            m.phone = "555-0199".into();
        }
        let food = plan.add_service();
        if let Some(s) = plan.service_mut(food) {
            s.organization = "County Food Bank".into();
            s.kind = ServiceKind::Food;
            s.contact = "555-0150".into();
        }
        let pharmacy = plan.add_service();
        if let Some(s) = plan.service_mut(pharmacy) {
            s.organization = "Corner Pharmacy".into();
            s.contact = "555-0199".into();
        }
        let over = plan.add_service();
        if let Some(s) = plan.service_mut(over) {
            s.organization = "Finished service".into();
            s.contact = "555-0000".into();
            s.status = ServiceStatus::Completed;
        }

        let contacts = plan.contacts();
        assert_eq!(
            contacts,
            vec![
                Contact {
                    name: "Ana Ruiz".into(),
                    role: "Case manager".into(),
                    kind: None,
                    reach: vec!["555-0101".into(), "ana@example.org".into()],
                },
                Contact {
                    name: "Pharmacist".into(),
                    role: String::new(),
                    kind: None,
                    reach: vec!["555-0199".into()],
                },
                Contact {
                    name: "County Food Bank".into(),
                    role: ServiceKind::Food.label().into(),
                    kind: Some(ServiceKind::Food),
                    reach: vec!["555-0150".into()],
                },
                Contact {
                    name: "Corner Pharmacy".into(),
                    role: String::new(),
                    kind: None,
                    reach: vec!["555-0199".into()],
                },
            ]
        );
    }

    #[test]
    fn next_steps_in_spanish() {
        let mut plan = plan();
        let mut mine = step("Caminar", Some(3));
        mine.owner = Owner::Person;
        plan.add_goal(goal("caminar", vec![mine, step("Llamar", None)]));
        let steps = plan.next_steps_on(day(1), Lang::Es);
        assert_eq!(steps[0].who, isolate("John"));
        assert_eq!(
            steps[0].when,
            ActionStep::when_in(&plan.goals[0].steps[0], Lang::Es)
        );
        assert!(steps[0].when.contains("diciembre"), "{}", steps[0].when);
        assert_eq!(steps[1].who, "Todav\u{ed}a no se decidi\u{f3}");
        assert_eq!(steps[0].goal, plan.goals[0].sentence_in("John", Lang::Es));
        assert_eq!(plan.next_steps_on(day(1), Lang::En), plan.next_steps());
    }

    #[test]
    fn next_steps_say_how_or_where_and_which_are_overdue_on_the_day_printed() {
        let mut plan = plan();
        let nov = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default();
        let mut bus = step("Apply for a bus pass", None);
        bus.due = Some(nov(20));
        bus.how = "  Bus 12 from the motel, Wednesdays 10 am ".into();
        let mut weekly = step("Go to the diabetes class", None);
        weekly.due = Some(nov(4));
        weekly.repeat = Some(Repeat::Weekly);
        plan.add_goal(goal(
            "get around town",
            vec![step("Call the clinic", Some(7)), bus, weekly],
        ));

        let steps = plan.next_steps_on(day(7), Lang::En);
        let seen: Vec<(&str, &str, bool, &str)> = steps
            .iter()
            .map(|s| (s.what.as_str(), s.when.as_str(), s.overdue, s.how.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                (
                    "Go to the diabetes class",
                    "Every week from 4 November 2026, no end date yet",
                    false,
                    ""
                ),
                (
                    "Apply for a bus pass",
                    "Overdue since 20 November 2026",
                    true,
                    "Bus 12 from the motel, Wednesdays 10 am"
                ),
                ("Call the clinic", "By 7 December 2026", false, ""),
            ],
            "due today is not overdue; a repeating step never is"
        );
        let es = plan.next_steps_on(day(7), Lang::Es);
        assert_eq!(es[1].when, "Atrasado desde el 20 de noviembre de 2026");
        assert_eq!(es[1].how, "Bus 12 from the motel, Wednesdays 10 am");
        // Printed before its day, the same step reads as still to come.
        let before = plan.next_steps_on(nov(19), Lang::En);
        assert_eq!(before[1].when, "By 20 November 2026");
        assert!(!before[1].overdue);
        // Done, it is no next step at all.
        plan.goals[0].steps[1].status = ActionStatus::Done;
        assert!(!plan
            .next_steps_on(day(7), Lang::En)
            .iter()
            .any(|s| s.overdue));
    }

    #[test]
    fn appointments_are_the_services_next_ones_from_today_in_date_order() {
        let mut plan = plan();
        let mut add = |name: &str, kind, status, date: Option<u32>| {
            let id = plan.add_service();
            if let Some(s) = plan.service_mut(id) {
                s.organization = name.into();
                s.kind = kind;
                s.status = status;
                s.next_appointment = date.map(day);
            }
        };
        add(
            "Hope House",
            ServiceKind::Housing,
            ServiceStatus::Scheduled,
            Some(10),
        );
        add(
            "County Clinic",
            ServiceKind::Medical,
            ServiceStatus::Active,
            Some(9),
        );
        add("", ServiceKind::Other, ServiceStatus::Referred, Some(7));
        add(
            "Already went",
            ServiceKind::Food,
            ServiceStatus::Active,
            Some(6),
        );
        add(
            "Finished",
            ServiceKind::Legal,
            ServiceStatus::Completed,
            Some(20),
        );
        add(
            "Said no",
            ServiceKind::Legal,
            ServiceStatus::Declined,
            Some(20),
        );
        add("No date", ServiceKind::Food, ServiceStatus::Active, None);

        assert_eq!(
            plan.appointments_on(day(7), Lang::En),
            vec![
                Appointment {
                    date: day(7),
                    name: "Unnamed service".into(),
                    kind: None,
                },
                Appointment {
                    date: day(9),
                    name: "County Clinic".into(),
                    kind: Some(ServiceKind::Medical),
                },
                Appointment {
                    date: day(10),
                    name: "Hope House".into(),
                    kind: Some(ServiceKind::Housing),
                },
            ],
            "today's counts; one already past, or of a service finished or declined, does not"
        );
        assert_eq!(
            plan.appointments_on(day(7), Lang::Es)[0].name,
            "Servicio sin nombre"
        );
        assert_eq!(plan.appointments_on(day(11), Lang::En), vec![]);
    }

    #[test]
    fn owners_in_both_languages() {
        let mut plan = plan();
        plan.person.name = String::new();
        let blank = plan.add_member();
        let unnamed = plan.add_service();
        let owners = [
            Owner::Unassigned,
            Owner::Person,
            Owner::Member(blank),
            Owner::Service(unnamed),
        ];
        let en: Vec<String> = owners
            .iter()
            .map(|o| plan.owner_name_in(o, Lang::En))
            .collect();
        let es: Vec<String> = owners
            .iter()
            .map(|o| plan.owner_name_in(o, Lang::Es))
            .collect();
        assert_eq!(
            en,
            [
                "Not decided yet",
                "The person",
                "A care-team member",
                "Unnamed service"
            ]
        );
        assert_eq!(
            es,
            [
                "Todav\u{ed}a no se decidi\u{f3}",
                "La persona",
                "Un integrante del equipo de cuidado",
                "Servicio sin nombre"
            ]
        );
        for o in &owners {
            assert_eq!(plan.owner_name_in(o, Lang::En), plan.owner_name(o));
        }
    }

    #[test]
    fn contacts_in_spanish_name_an_unnamed_service_so() {
        let mut plan = plan();
        let s = plan.add_service();
        if let Some(s) = plan.service_mut(s) {
            s.kind = ServiceKind::Housing;
            s.contact = "555-0150".into();
        }
        let es = plan.contacts_in(Lang::Es);
        assert_eq!(es[0].name, "Servicio sin nombre");
        assert_eq!(es[0].kind, Some(ServiceKind::Housing));
        assert_eq!(plan.contacts()[0].name, "Unnamed service");
    }

    #[test]
    fn review_dates_group_goals_by_day() {
        let mut plan = plan();
        for (action, review) in [
            ("walk", Some(15)),
            ("cook", Some(5)),
            ("sleep", Some(15)),
            ("rest", None),
        ] {
            let mut g = goal(action, vec![]);
            g.review_date = review.map(day);
            plan.add_goal(g);
        }
        let reviews = plan.review_dates();
        assert_eq!(reviews.len(), 2);
        assert_eq!(reviews[0].0, day(5));
        assert_eq!(reviews[0].1, vec![2]);
        assert_eq!(
            reviews[1].1,
            vec![1, 3],
            "walk and sleep, by their place in the plan"
        );
    }

    #[test]
    fn a_piece_ending_with_its_own_full_stop_gets_no_second_one() {
        assert_eq!(
            sentences([
                "For: Lost my job last month.",
                "Why it matters: I want to work"
            ]),
            "For: Lost my job last month. Why it matters: I want to work"
        );
        assert_eq!(
            sentences(["For: Housing", "Why it matters: my kids"]),
            "For: Housing. Why it matters: my kids"
        );
        assert_eq!(
            sentences(["Supports: my sister!", "Known barriers: the bus?", "Start"]),
            "Supports: my sister! Known barriers: the bus? Start"
        );
        assert_eq!(
            sentences([
                "What helped: \u{201c}Call Ana.\u{201d}",
                "What got in the way: rain"
            ]),
            "What helped: \u{201c}Call Ana.\u{201d} What got in the way: rain"
        );
        assert_eq!(
            sentences(["Wait\u{2026}", "  ", "then go.  ", "", "Done"]),
            "Wait\u{2026} then go. Done"
        );
        assert_eq!(sentences(["Only one."]), "Only one.");
        assert_eq!(sentences(Vec::<String>::new()), "");
        assert_eq!(
            sentences([
                "Para: Perd\u{ed} el trabajo.",
                "Por qu\u{e9} importa: mis hijos"
            ]),
            "Para: Perd\u{ed} el trabajo. Por qu\u{e9} importa: mis hijos"
        );
    }

    #[test]
    fn a_listed_need_keeps_its_full_stop_only_at_the_end() {
        let needs = listed(["Lost my job last month.", "Not enough food.", ""]);
        assert_eq!(needs, "Lost my job last month; Not enough food.");
        assert_eq!(
            sentences([format!("For: {needs}"), "Why it matters: my kids".into()]),
            "For: Lost my job last month; Not enough food. Why it matters: my kids"
        );
        assert_eq!(listed(["Wait...", "Food"]), "Wait...; Food");
        assert_eq!(listed(["Housing"]), "Housing");
    }

    /// Typed text is set into the printout's sentences isolated (`text::isolate`): a full stop
    /// typed at its end is still seen, inside the isolate's closing mark.
    #[test]
    fn a_full_stop_inside_an_isolate_counts() {
        let needs = listed([
            isolate("Lost my job last month."),
            isolate("Not enough food."),
        ]);
        assert_eq!(
            needs,
            format!(
                "{}; {}",
                isolate("Lost my job last month"),
                isolate("Not enough food.")
            )
        );
        assert_eq!(
            sentences([format!("For: {needs}"), "Why it matters: my kids".into()]),
            format!(
                "For: {}; {} Why it matters: my kids",
                isolate("Lost my job last month"),
                isolate("Not enough food.")
            )
        );
        assert_eq!(
            sentences([format!("What helped: {}", isolate("Ana")), "Then".into()]),
            format!("What helped: {}. Then", isolate("Ana"))
        );
        assert_eq!(
            listed([isolate("Wait..."), isolate("Food")]),
            format!("{}; {}", isolate("Wait..."), isolate("Food"))
        );
    }
}
