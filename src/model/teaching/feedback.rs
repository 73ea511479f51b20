//! "Check my plan": compares a trainee's practice plan with a case's key points and gives a
//! checklist of what was done well and what to revisit, each in one plain sentence. It reuses
//! the app's own SMART check and review schedule, so the feedback never disagrees with what the
//! goal and monitoring pages say. Every sentence is written in the language asked for; the
//! trainee's own words are quoted as typed.

use super::cases::{Case, KeyPoint};
use crate::model::actions::{ActionStatus, ActionStep, Owner};
use crate::model::assessment::barriers::Barrier;
use crate::model::goals::smart::{self, Letter};
use crate::model::goals::{Goal, GoalStatus};
use crate::model::ids::{GoalId, NeedId};
use crate::model::lang::Lang;
use crate::model::monitoring::{Period, ReviewSchedule};
use crate::model::needs::Need;
use crate::model::{dates, CarePlan};
use chrono::NaiveDate;
use std::cmp::Reverse;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    DoneWell,
    ToRevisit,
}

/// What an item is about, so a page can link it to the right place in the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    /// Whether a key need of the case (by its id) is among the plan's needs.
    KeyNeed(&'static str),
    /// Whether a high-priority key need that was found has a goal.
    NeedHasGoal(&'static str),
    /// The SMART check of a goal, with the letters that need work.
    Smart {
        goal: GoalId,
        needs_work: Vec<Letter>,
    },
    /// Whether a goal has steps, each with someone to do it and a date.
    Steps(GoalId),
    /// Whether a step deals with a barrier.
    Barrier(Barrier),
    /// Whether a review of the plan is set.
    Review,
}

/// One line of the checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub check: Check,
    pub verdict: Verdict,
    /// What was found, in a plain sentence or two.
    pub text: String,
}

/// The checklist, in the order of the process: needs, goals and their steps, barriers, review.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feedback {
    pub items: Vec<Item>,
}

impl Feedback {
    pub fn done_well(&self) -> Vec<&Item> {
        self.with(Verdict::DoneWell)
    }

    pub fn to_revisit(&self) -> Vec<&Item> {
        self.with(Verdict::ToRevisit)
    }

    fn with(&self, verdict: Verdict) -> Vec<&Item> {
        self.items.iter().filter(|i| i.verdict == verdict).collect()
    }

    /// Nothing left to revisit.
    pub fn is_complete(&self) -> bool {
        self.items.iter().all(|i| i.verdict == Verdict::DoneWell)
    }

    /// Ids of the key needs the plan missed, in the case's order.
    pub fn missed_key_points(&self) -> Vec<&'static str> {
        self.items
            .iter()
            .filter_map(|i| match i.check {
                Check::KeyNeed(id) if i.verdict == Verdict::ToRevisit => Some(id),
                _ => None,
            })
            .collect()
    }

    /// "9 done well, 2 to revisit."
    pub fn summary(&self) -> String {
        self.summary_in(Lang::En)
    }

    /// The summary in `lang`: "Bien hecho: 9. Por revisar: 2."
    pub fn summary_in(&self, lang: Lang) -> String {
        let (well, revisit) = (self.done_well().len(), self.to_revisit().len());
        match lang {
            Lang::En => format!("{well} done well, {revisit} to revisit."),
            Lang::Es => format!("Bien hecho: {well}. Por revisar: {revisit}."),
        }
    }
}

/// Compares `plan` with the key points of `case`, in English. `today` dates the SMART and
/// review checks.
pub fn check_plan(plan: &CarePlan, case: &Case, today: NaiveDate) -> Feedback {
    check_plan_in(plan, case, today, Lang::En)
}

/// The same checks, every sentence written in `lang`.
pub fn check_plan_in(plan: &CarePlan, case: &Case, today: NaiveDate, lang: Lang) -> Feedback {
    let found = identified(plan, case);
    let mut items: Vec<Item> = case
        .key_points
        .iter()
        .zip(&found)
        .map(|(key, needs)| key_need(plan, key, needs, lang))
        .collect();
    for (key, needs) in case.key_points.iter().zip(&found) {
        if key.high_priority && !needs.is_empty() {
            items.push(need_has_goal(plan, key, needs, lang));
        }
    }
    for goal in open_goals(plan) {
        items.push(smart_item(plan, goal, today, lang));
        items.push(steps_item(plan, goal, lang));
    }
    for barrier in barriers_to_address(plan, case) {
        items.push(barrier_item(plan, barrier, lang));
    }
    items.push(review_item(plan, today, lang));
    Feedback { items }
}

/// The plan's needs that count for each key point, in the case's order. Each need counts for
/// the one key point it fits best, so one need cannot tick two boxes.
pub fn identified(plan: &CarePlan, case: &Case) -> Vec<Vec<NeedId>> {
    let mut found = vec![Vec::new(); case.key_points.len()];
    for need in &plan.needs {
        let best = (case.key_points.iter().enumerate())
            .filter_map(|(i, key)| fit(need, key, case).map(|score| (score, Reverse(i))))
            .max();
        if let Some((_, Reverse(i))) = best {
            if let Some(list) = found.get_mut(i) {
                list.push(need.id);
            }
        }
    }
    found
}

/// How well a need fits a key point; `None` when it does not. A linked finding is the surest
/// sign, then the part of life, then the words.
fn fit(need: &Need, key: &KeyPoint, case: &Case) -> Option<u8> {
    let finding = need.findings.iter().any(|f| key.findings.contains(&f.key));
    let domain = need.domain.filter(|d| key.domains.contains(d));
    let domain_alone = domain.is_some_and(|d| {
        case.key_points
            .iter()
            .filter(|k| k.domains.contains(&d))
            .count()
            == 1
    });
    let keyword = key.keyword_in(&need.statement);
    (finding || domain_alone || keyword)
        .then_some(4 * u8::from(finding) + 2 * u8::from(domain.is_some()) + u8::from(keyword))
}

fn item(check: Check, done_well: bool, text: String) -> Item {
    let verdict = if done_well {
        Verdict::DoneWell
    } else {
        Verdict::ToRevisit
    };
    Item {
        check,
        verdict,
        text,
    }
}

/// In the quotes of `lang`: “…” in English, «…» in Spanish (as the interface text has them).
fn quoted(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("\u{201c}{text}\u{201d}"),
        Lang::Es => format!("«{text}»"),
    }
}

/// A need's words, or a placeholder in `lang` when it has none.
fn statement(need: &Need, lang: Lang) -> String {
    match (need.statement.trim(), lang) {
        ("", Lang::Es) => "Necesidad sin palabras todav\u{ed}a".into(),
        _ => need.display_statement(),
    }
}

fn key_need(plan: &CarePlan, key: &KeyPoint, needs: &[NeedId], lang: Lang) -> Item {
    let check = Check::KeyNeed(key.id);
    let (label, clue) = (key.label.get(lang), key.clue.get(lang));
    match needs.first().and_then(|id| plan.need(*id)) {
        Some(need) => {
            let need = quoted(&statement(need, lang), lang);
            let text = match lang {
                Lang::En => format!("Found: {label}, in the need {need}."),
                Lang::Es => format!("Encontrado: {label}, en la necesidad {need}."),
            };
            item(check, true, text)
        }
        None => {
            let text = match lang {
                Lang::En => format!("Missed: {label}. Look again at the story: {clue}"),
                Lang::Es => format!("Falta: {label}. Vuelva a leer la historia: {clue}"),
            };
            item(check, false, text)
        }
    }
}

/// Goals not cancelled or completed: the ones still being planned.
fn open_goals(plan: &CarePlan) -> impl Iterator<Item = &Goal> {
    plan.goals
        .iter()
        .filter(|g| !matches!(g.status, GoalStatus::Cancelled | GoalStatus::Completed))
}

fn need_has_goal(plan: &CarePlan, key: &KeyPoint, needs: &[NeedId], lang: Lang) -> Item {
    let check = Check::NeedHasGoal(key.id);
    let label = quoted(key.label.get(lang), lang);
    let goal = open_goals(plan).find(|g| g.needs.iter().any(|n| needs.contains(n)));
    match goal {
        Some(g) => {
            let goal = quoted(&g.sentence_in(plan.person_name(), lang), lang);
            let text = match lang {
                Lang::En => format!("{label} has a goal: {goal}"),
                Lang::Es => format!("{label} tiene una meta: {goal}"),
            };
            item(check, true, text)
        }
        None => {
            let text = match lang {
                Lang::En => format!("{label} is one of the needs that matter most, but no goal is linked to it yet. Write a goal for it with the person, and link it to the need."),
                Lang::Es => format!("{label} es una de las necesidades m\u{e1}s importantes, pero todav\u{ed}a no tiene ninguna meta vinculada. Escriba una meta para ella junto con la persona, y vinc\u{fa}lela a la necesidad."),
            };
            item(check, false, text)
        }
    }
}

fn smart_item(plan: &CarePlan, goal: &Goal, today: NaiveDate, lang: Lang) -> Item {
    let marks = smart::check_in(goal, today, lang);
    let failing: Vec<&smart::Mark> = marks.iter().filter(|m| !m.pass).collect();
    let name = quoted(&goal.sentence_in(plan.person_name(), lang), lang);
    let check = Check::Smart {
        goal: goal.id,
        needs_work: failing.iter().map(|m| m.letter).collect(),
    };
    if failing.is_empty() {
        let text = match lang {
            Lang::En => format!("Goal {name} passes all five SMART checks."),
            Lang::Es => format!("La meta {name} pasa las cinco revisiones SMART."),
        };
        return item(check, true, text);
    }
    let letters: Vec<&str> = failing.iter().map(|m| m.letter.name_in(lang)).collect();
    let letters = and_list(&letters, lang);
    let mut text = match lang {
        Lang::En => format!("Goal {name} needs work on {letters}."),
        Lang::Es => format!("La meta {name} necesita trabajo en: {letters}."),
    };
    for m in &failing {
        text.push_str(&format!(" {}: {}", m.letter.name_in(lang), m.reason));
        if let Some(s) = &m.suggestion {
            text.push(' ');
            text.push_str(s);
        }
    }
    // The mistake trainers see most: a task written as a goal.
    if goal.target.trim().is_empty() && goal.outcome.trim().is_empty() {
        text.push_str(match lang {
            Lang::En => " If this is a task, make it an action step, and ask what it is for: that is the goal.",
            Lang::Es => " Si esto es una tarea, convi\u{e9}rtala en un paso, y pregunte para qu\u{e9} es: esa es la meta.",
        });
    }
    item(check, false, text)
}

/// "A", "A and B", "A, B and C"; "A, B y C" in Spanish.
fn and_list(parts: &[&str], lang: Lang) -> String {
    let and = match lang {
        Lang::En => "and",
        Lang::Es => "y",
    };
    match parts {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// Whether a step's owner is someone still in the plan.
fn has_owner(plan: &CarePlan, owner: &Owner) -> bool {
    match owner {
        Owner::Unassigned => false,
        Owner::Person => true,
        Owner::Member(id) => plan.member(*id).is_some(),
        Owner::Service(id) => plan.service(*id).is_some(),
    }
}

fn live_steps(goal: &Goal) -> impl Iterator<Item = &ActionStep> {
    goal.steps
        .iter()
        .filter(|s| s.status != ActionStatus::Cancelled)
}

/// "1 step has no one to do it: “Call the clinic”."
fn step_list(steps: &[&ActionStep], one: &str, many: &str, lang: Lang) -> String {
    let names: Vec<String> = steps
        .iter()
        .map(|s| match (s.what.trim(), lang) {
            ("", Lang::En) => "a step with no words yet".to_string(),
            ("", Lang::Es) => "un paso sin palabras todav\u{ed}a".to_string(),
            (what, _) => quoted(what, lang),
        })
        .collect();
    let verb = if steps.len() == 1 { one } else { many };
    format!(" {} {verb}: {}.", steps.len(), names.join(", "))
}

fn steps_item(plan: &CarePlan, goal: &Goal, lang: Lang) -> Item {
    let name = quoted(&goal.sentence_in(plan.person_name(), lang), lang);
    let check = Check::Steps(goal.id);
    let steps: Vec<&ActionStep> = live_steps(goal).collect();
    let es = lang == Lang::Es;
    if steps.is_empty() {
        let text = if es {
            format!("La meta {name} todav\u{ed}a no tiene pasos. Agregue al menos uno, diciendo qui\u{e9}n lo hace y para cu\u{e1}ndo.")
        } else {
            format!("Goal {name} has no action steps yet. Add at least one, saying who does it and by when.")
        };
        return item(check, false, text);
    }
    let unowned: Vec<&ActionStep> = (steps.iter().copied())
        .filter(|s| !has_owner(plan, &s.owner))
        .collect();
    let undated: Vec<&ActionStep> = steps.iter().copied().filter(|s| s.due.is_none()).collect();
    if unowned.is_empty() && undated.is_empty() {
        let text = if es {
            format!("La meta {name}: cada paso dice qui\u{e9}n lo hace y para cu\u{e1}ndo.")
        } else {
            format!("Goal {name}: every step says who does it and by when.")
        };
        return item(check, true, text);
    }
    let mut text = if es {
        format!("La meta {name}:")
    } else {
        format!("Goal {name}:")
    };
    if !unowned.is_empty() {
        let (one, many) = if es {
            (
                "paso no tiene a nadie que lo haga",
                "pasos no tienen a nadie que los haga",
            )
        } else {
            ("step has no one to do it", "steps have no one to do them")
        };
        text.push_str(&step_list(&unowned, one, many, lang));
    }
    if !undated.is_empty() {
        let (one, many) = if es {
            ("paso no tiene fecha", "pasos no tienen fecha")
        } else {
            ("step has no date", "steps have no date")
        };
        text.push_str(&step_list(&undated, one, many, lang));
    }
    text.push_str(if es {
        " Cada paso necesita a alguien que lo haga y una fecha."
    } else {
        " Every step needs someone to do it and a date."
    });
    item(check, false, text)
}

/// The barriers the story shows and any the trainee recorded, once each.
fn barriers_to_address(plan: &CarePlan, case: &Case) -> Vec<Barrier> {
    let mut all: Vec<Barrier> = case.barriers.to_vec();
    if let Some(a) = plan.current_assessment() {
        all.extend(a.all_barriers());
    }
    all.sort();
    all.dedup();
    all
}

fn barrier_item(plan: &CarePlan, barrier: Barrier, lang: Lang) -> Item {
    let check = Check::Barrier(barrier);
    let label = quoted(barrier.label_in(lang), lang);
    let step = open_goals(plan)
        .flat_map(live_steps)
        .find(|s| s.barrier == Some(barrier));
    match step {
        Some(s) => {
            let what = quoted(s.what.trim(), lang);
            let text = match lang {
                Lang::En => format!("Barrier {label} is dealt with by the step {what}."),
                Lang::Es => format!("El paso {what} se ocupa del obst\u{e1}culo {label}."),
            };
            item(check, true, text)
        }
        None => {
            let example = barrier
                .suggestions_in(lang)
                .first()
                .map(|s| match lang {
                    Lang::En => format!(" For example: {}.", s.to_lowercase()),
                    Lang::Es => format!(" Por ejemplo: {}.", s.to_lowercase()),
                })
                .unwrap_or_default();
            let text = match lang {
                Lang::En => {
                    format!("Barrier {label} has no step marked as dealing with it yet.{example}")
                }
                Lang::Es => format!(
                    "El obst\u{e1}culo {label} todav\u{ed}a no tiene ning\u{fa}n paso marcado para ocuparse de \u{e9}l.{example}"
                ),
            };
            item(check, false, text)
        }
    }
}

/// "Every 2 weeks" / "Cada 2 semanas"; `None` without a regular review.
fn describe_in(schedule: &ReviewSchedule, lang: Lang) -> Option<String> {
    match lang {
        Lang::En => schedule.describe(),
        Lang::Es => {
            let n = schedule.every.filter(|n| *n > 0)?;
            let (one, many) = match schedule.period {
                Period::Days => ("d\u{ed}a", "d\u{ed}as"),
                Period::Weeks => ("semana", "semanas"),
                Period::Months => ("mes", "meses"),
            };
            Some(if n == 1 {
                format!("Cada {one}")
            } else {
                format!("Cada {n} {many}")
            })
        }
    }
}

fn review_item(plan: &CarePlan, today: NaiveDate, lang: Lang) -> Item {
    let es = lang == Lang::Es;
    match plan.next_review() {
        None => {
            let text = if es {
                "No hay ninguna revisi\u{f3}n fijada. Elija cada cu\u{e1}nto revisar el plan juntos (por ejemplo cada 2 semanas), o escoja una fecha."
            } else {
                "No review is set. Choose how often to look at the plan together (for example every 2 weeks), or pick a date."
            };
            item(Check::Review, false, text.into())
        }
        Some(next) if next < today => {
            let date = dates::long_in(next, lang);
            let text = if es {
                format!("La pr\u{f3}xima revisi\u{f3}n, el {date}, ya pas\u{f3}. H\u{e1}gala, o fije una fecha nueva.")
            } else {
                format!("The next review, {date}, has already passed. Hold it, or set a new date.")
            };
            item(Check::Review, false, text)
        }
        Some(next) => {
            let how = match describe_in(&plan.review_schedule, lang) {
                Some(every) => format!("{every}; "),
                None => String::new(),
            };
            let date = dates::long_in(next, lang);
            let text = if es {
                format!("Las revisiones est\u{e1}n fijadas: {how}la pr\u{f3}xima es el {date}.")
            } else {
                format!("Reviews are set: {how}the next one is on {date}.")
            };
            item(Check::Review, true, text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::domains::Domain;
    use crate::model::monitoring::Period;
    use chrono::{Days, TimeZone, Utc};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn day(n: i64) -> NaiveDate {
        if n >= 0 {
            today() + Days::new(n as u64)
        } else {
            today() - Days::new(n.unsigned_abs())
        }
    }

    fn case(id: &str) -> Case {
        Case::find(id).unwrap()
    }

    fn verdict(fb: &Feedback, check: &Check) -> Verdict {
        fb.items
            .iter()
            .find(|i| i.check == *check)
            .unwrap_or_else(|| panic!("no item {check:?} in {fb:#?}"))
            .verdict
    }

    fn text<'a>(fb: &'a Feedback, check: &Check) -> &'a str {
        &fb.items.iter().find(|i| i.check == *check).unwrap().text
    }

    /// A goal that passes every SMART letter, for `need`.
    fn good_goal(need: NeedId) -> Goal {
        Goal {
            action: "move into a sober living house".into(),
            outcome: "he has moved in".into(),
            confidence: Some(8),
            needs: vec![need],
            why: "I can't stay sober at the motel.".into(),
            target_date: Some(day(60)),
            ..Goal::new(today())
        }
    }

    fn add_need(plan: &mut CarePlan, statement: &str, domain: Option<Domain>) -> NeedId {
        let id = plan.add_need();
        let need = plan.need_mut(id).unwrap();
        need.statement = statement.into();
        need.domain = domain;
        id
    }

    #[test]
    fn each_model_plan_scores_complete() {
        for case in Case::all() {
            let plan = case.model_plan(today());
            let fb = check_plan(&plan, &case, today());
            assert!(fb.is_complete(), "{}: {:#?}", case.id, fb.to_revisit());
            assert!(fb.missed_key_points().is_empty());
            let count = |f: fn(&Check) -> bool| fb.items.iter().filter(|i| f(&i.check)).count();
            assert_eq!(
                count(|c| matches!(c, Check::KeyNeed(_))),
                case.key_points.len()
            );
            let high = case.key_points.iter().filter(|k| k.high_priority).count();
            assert_eq!(count(|c| matches!(c, Check::NeedHasGoal(_))), high);
            assert_eq!(
                count(|c| matches!(c, Check::Smart { .. })),
                plan.goals.len()
            );
            assert_eq!(count(|c| matches!(c, Check::Steps(_))), plan.goals.len());
            assert!(count(|c| matches!(c, Check::Barrier(_))) >= case.barriers.len());
            assert_eq!(count(|c| *c == Check::Review), 1);
            assert!(fb.summary().ends_with("0 to revisit."));
        }
    }

    #[test]
    fn an_empty_plan_lists_every_key_point_as_missing() {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
        for case in Case::all() {
            let all: Vec<_> = case.key_points.iter().map(|k| k.id).collect();
            for plan in [CarePlan::new(now), case.start_plan(today())] {
                let fb = check_plan(&plan, &case, today());
                assert_eq!(fb.missed_key_points(), all, "{}", case.id);
                assert!(
                    fb.done_well().is_empty(),
                    "{}: {:#?}",
                    case.id,
                    fb.done_well()
                );
                for k in case.key_points {
                    assert!(text(&fb, &Check::KeyNeed(k.id)).contains(k.clue.en));
                }
                for b in case.barriers {
                    assert_eq!(verdict(&fb, &Check::Barrier(*b)), Verdict::ToRevisit);
                }
                assert_eq!(verdict(&fb, &Check::Review), Verdict::ToRevisit);
            }
        }
    }

    #[test]
    fn sandra_a_goal_written_as_a_task_and_a_step_with_no_owner() {
        let case = case("sandra");
        let mut plan = case.start_plan(today());
        let pills = add_need(&mut plan, "Mixes up her pills", Some(Domain::Medications));
        let goal = plan.add_goal(Goal {
            action: "call the pharmacy".into(),
            confidence: Some(8),
            needs: vec![pills],
            why: "So I stop getting confused.".into(),
            target_date: Some(day(7)),
            ..Goal::new(today())
        });
        let mut step = ActionStep::new("Phone the pharmacist");
        step.due = Some(day(2));
        plan.add_step(goal, step);

        let fb = check_plan(&plan, &case, today());
        assert_eq!(
            fb.missed_key_points(),
            vec!["fewer-admissions", "education"]
        );
        assert_eq!(
            verdict(&fb, &Check::KeyNeed("medicine-schedule")),
            Verdict::DoneWell
        );
        assert_eq!(
            verdict(&fb, &Check::NeedHasGoal("medicine-schedule")),
            Verdict::DoneWell
        );
        let smart = Check::Smart {
            goal,
            needs_work: vec![Letter::Measurable],
        };
        assert_eq!(verdict(&fb, &smart), Verdict::ToRevisit);
        assert!(text(&fb, &smart).contains("If this is a task"));
        assert_eq!(verdict(&fb, &Check::Steps(goal)), Verdict::ToRevisit);
        assert!(text(&fb, &Check::Steps(goal)).contains("1 step has no one to do it"));
        assert_eq!(
            verdict(&fb, &Check::Barrier(Barrier::HealthLiteracy)),
            Verdict::ToRevisit
        );
        assert_eq!(verdict(&fb, &Check::Review), Verdict::ToRevisit);
    }

    #[test]
    fn john_a_high_priority_need_with_no_goal_and_barriers_half_dealt_with() {
        let case = case("john");
        let mut plan = case.start_plan(today());
        if let Some(a) = plan.current_assessment_mut() {
            a.set_barrier(None, Barrier::Language, true);
        }
        // "drinking" is a check-ins word, but a housing need counts once, for housing.
        let motel = add_need(
            &mut plan,
            "Unsafe room, people drinking all around",
            Some(Domain::Housing),
        );
        add_need(&mut plan, "Lost his license", None);
        let goal = plan.add_goal(good_goal(motel));
        let mut step = ActionStep::new("Call the housing help line");
        step.owner = Owner::Person;
        step.due = Some(day(2));
        step.barrier = Some(Barrier::HousingInstability);
        plan.add_step(goal, step);
        plan.review_schedule.every = Some(2);
        plan.review_schedule.period = Period::Weeks;

        let fb = check_plan(&plan, &case, today());
        assert_eq!(fb.missed_key_points(), vec!["medicines", "check-ins"]);
        assert_eq!(
            verdict(&fb, &Check::NeedHasGoal("housing")),
            Verdict::DoneWell
        );
        assert_eq!(
            verdict(&fb, &Check::NeedHasGoal("transportation")),
            Verdict::ToRevisit
        );
        assert!(text(&fb, &Check::NeedHasGoal("transportation")).contains("no goal"));
        let smart = Check::Smart {
            goal,
            needs_work: vec![],
        };
        assert_eq!(verdict(&fb, &smart), Verdict::DoneWell);
        assert_eq!(verdict(&fb, &Check::Steps(goal)), Verdict::DoneWell);
        assert_eq!(
            verdict(&fb, &Check::Barrier(Barrier::HousingInstability)),
            Verdict::DoneWell
        );
        for b in [Barrier::Transportation, Barrier::Cost, Barrier::Language] {
            assert_eq!(
                verdict(&fb, &Check::Barrier(b)),
                Verdict::ToRevisit,
                "{b:?}"
            );
        }
        assert_eq!(verdict(&fb, &Check::Review), Verdict::DoneWell);
        assert!(text(&fb, &Check::Review).contains("Every 2 weeks"));
    }

    #[test]
    fn james_a_passed_target_date_an_undated_step_and_a_missed_review() {
        let case = case("james");
        let mut plan = case.start_plan(today());
        plan.start_date = Some(day(-40));
        let choices = add_need(&mut plan, "Confused by all the treatment choices", None);
        let goal = plan.add_goal(Goal {
            action: "go to".into(),
            unit: "counseling sessions a month".into(),
            baseline: "0".into(),
            target: "4".into(),
            confidence: Some(7),
            needs: vec![choices],
            why: "To feel like myself again.".into(),
            target_date: Some(day(-1)),
            ..Goal::new(day(-40))
        });
        let mut step = ActionStep::new("Book counseling");
        step.owner = Owner::Person;
        plan.add_step(goal, step);
        plan.review_schedule.dates = vec![day(-3)];

        let fb = check_plan(&plan, &case, today());
        assert_eq!(fb.missed_key_points(), vec!["personal-goals"]);
        let smart = Check::Smart {
            goal,
            needs_work: vec![Letter::TimeBound],
        };
        assert!(text(&fb, &smart).contains("has passed"));
        assert!(text(&fb, &Check::Steps(goal)).contains("1 step has no date"));
        assert_eq!(verdict(&fb, &Check::Review), Verdict::ToRevisit);
        assert!(text(&fb, &Check::Review).contains("already passed"));
    }

    #[test]
    fn a_shared_part_of_life_alone_does_not_identify_a_need() {
        let case = case("sandra");
        let mut plan = case.start_plan(today());
        add_need(&mut plan, "Her diabetes", Some(Domain::PhysicalHealth));
        let fb = check_plan(&plan, &case, today());
        assert_eq!(fb.missed_key_points().len(), 3, "two key points share it");
        add_need(
            &mut plan,
            "Too many emergency room trips",
            Some(Domain::PhysicalHealth),
        );
        let fb = check_plan(&plan, &case, today());
        assert_eq!(
            fb.missed_key_points(),
            vec!["medicine-schedule", "education"]
        );
    }

    #[test]
    fn cancelled_goals_and_steps_are_left_out() {
        let case = case("john");
        let mut plan = case.start_plan(today());
        let need = add_need(&mut plan, "Motel", Some(Domain::Housing));
        plan.add_goal(Goal {
            status: GoalStatus::Cancelled,
            ..good_goal(need)
        });
        let fb = check_plan(&plan, &case, today());
        assert!(fb.items.iter().all(|i| !matches!(i.check, Check::Steps(_))));
        assert_eq!(
            verdict(&fb, &Check::NeedHasGoal("housing")),
            Verdict::ToRevisit
        );
    }

    /// A need in Spanish for each key point of each case, as a trainee might write it.
    const SPANISH_NEEDS: [(&str, &str, &str); 9] = [
        (
            "john",
            "housing",
            "Necesita un lugar seguro donde vivir, lejos del motel",
        ),
        ("john", "medicines", "No puede pagar sus medicinas"),
        ("john", "transportation", "No tiene cómo llegar a sus citas"),
        (
            "john",
            "check-ins",
            "Mantener la sobriedad con llamadas de seguimiento",
        ),
        (
            "sandra",
            "medicine-schedule",
            "Se confunde con la medicación",
        ),
        (
            "sandra",
            "fewer-admissions",
            "Demasiadas visitas a emergencias",
        ),
        (
            "sandra",
            "education",
            "No entiende su diabetes ni las señales de alarma",
        ),
        (
            "james",
            "coordinated-care",
            "Abrumado por las opciones de tratamiento",
        ),
        (
            "james",
            "personal-goals",
            "Volver a salir en bici con su amigo Sam",
        ),
    ];

    #[test]
    fn a_need_written_in_spanish_counts_for_its_key_point() {
        for (case_id, key, statement) in SPANISH_NEEDS {
            let case = case(case_id);
            let mut plan = case.start_plan_in(today(), Lang::Es);
            add_need(&mut plan, statement, None);
            for lang in [Lang::En, Lang::Es] {
                let fb = check_plan_in(&plan, &case, today(), lang);
                assert_eq!(
                    verdict(&fb, &Check::KeyNeed(key)),
                    Verdict::DoneWell,
                    "{case_id}: {statement}"
                );
                assert_eq!(
                    fb.missed_key_points().len(),
                    case.key_points.len() - 1,
                    "{case_id}: {statement} counts once"
                );
            }
            // Without accents too.
            let plain: String = statement
                .chars()
                .map(|c| match c {
                    'ó' => 'o',
                    'ñ' => 'n',
                    c => c,
                })
                .collect();
            let mut plan = case.start_plan(today());
            add_need(&mut plan, &plain, None);
            let fb = check_plan_in(&plan, &case, today(), Lang::Es);
            assert_eq!(
                verdict(&fb, &Check::KeyNeed(key)),
                Verdict::DoneWell,
                "{plain}"
            );
        }
    }

    #[test]
    fn the_english_needs_still_count() {
        let cases = [
            ("john", "housing", "Needs housing"),
            ("john", "medicines", "Cannot afford his medication"),
            ("sandra", "medicine-schedule", "Mixes up her pills"),
            ("james", "personal-goals", "Riding with his friend again"),
        ];
        for (case_id, key, statement) in cases {
            let case = case(case_id);
            let mut plan = case.start_plan(today());
            add_need(&mut plan, statement, None);
            let fb = check_plan(&plan, &case, today());
            assert_eq!(
                verdict(&fb, &Check::KeyNeed(key)),
                Verdict::DoneWell,
                "{statement}"
            );
        }
    }

    #[test]
    fn feedback_in_spanish_missed_found_goal_smart_steps_barrier_review() {
        let case = case("sandra");
        let mut plan = case.start_plan_in(today(), Lang::Es);
        let pills = add_need(&mut plan, "Se confunde con sus pastillas", None);
        let goal = plan.add_goal(Goal {
            action: "llamar a la farmacia".into(),
            confidence: Some(8),
            needs: vec![pills],
            why: "Para no confundirme más.".into(),
            target_date: Some(day(7)),
            ..Goal::new(today())
        });
        let mut step = ActionStep::new("Llamar al farmacéutico");
        step.due = Some(day(2));
        plan.add_step(goal, step);

        let fb = check_plan_in(&plan, &case, today(), Lang::Es);
        let found = text(&fb, &Check::KeyNeed("medicine-schedule"));
        assert_eq!(
            found,
            "Encontrado: Un horario de medicinas que ella pueda seguir, en la necesidad «Se confunde con sus pastillas»."
        );
        let missed = text(&fb, &Check::KeyNeed("fewer-admissions"));
        assert!(
            missed.starts_with("Falta: Menos visitas al hospital"),
            "{missed}"
        );
        assert!(
            missed.contains("Vuelva a leer la historia: Tres visitas"),
            "{missed}"
        );
        let has_goal = text(&fb, &Check::NeedHasGoal("medicine-schedule"));
        assert!(has_goal.contains("tiene una meta: «Para el 29 de noviembre de 2026, Sandra va a llamar a la farmacia"), "{has_goal}");
        let smart = text(
            &fb,
            &Check::Smart {
                goal,
                needs_work: vec![Letter::Measurable],
            },
        );
        assert!(smart.starts_with("La meta «Para el"), "{smart}");
        assert!(
            smart.contains("necesita trabajo en: Medible. Medible: "),
            "{smart}"
        );
        assert!(smart.contains("Si esto es una tarea"), "{smart}");
        let steps = text(&fb, &Check::Steps(goal));
        assert!(
            steps.contains("1 paso no tiene a nadie que lo haga: «Llamar al farmac\u{e9}utico»."),
            "{steps}"
        );
        let barrier = text(&fb, &Check::Barrier(Barrier::HealthLiteracy));
        assert!(barrier.starts_with("El obst\u{e1}culo «"), "{barrier}");
        assert!(
            barrier.contains("Por ejemplo: repetir el plan"),
            "{barrier}"
        );
        assert!(text(&fb, &Check::Review).starts_with("No hay ninguna revisi\u{f3}n"));
        assert_eq!(fb.summary_in(Lang::Es), "Bien hecho: 2. Por revisar: 6.");

        // The same plan checked in English reads as before.
        let en = check_plan(&plan, &case, today());
        assert!(
            text(&en, &Check::KeyNeed("fewer-admissions")).starts_with("Missed: Fewer hospital")
        );
        assert_eq!(en.summary(), "2 done well, 6 to revisit.");
    }

    #[test]
    fn feedback_in_spanish_when_things_are_done_well() {
        let case = case("john");
        let plan = case.model_plan_in(today(), Lang::Es);
        let fb = check_plan_in(&plan, &case, today(), Lang::Es);
        assert!(fb.is_complete(), "{:#?}", fb.to_revisit());
        assert!(fb.summary_in(Lang::Es).ends_with("Por revisar: 0."));
        let g = &plan.goals[0];
        let smart = text(
            &fb,
            &Check::Smart {
                goal: g.id,
                needs_work: vec![],
            },
        );
        assert!(
            smart.ends_with("pasa las cinco revisiones SMART."),
            "{smart}"
        );
        assert!(text(&fb, &Check::Steps(g.id))
            .ends_with("cada paso dice qui\u{e9}n lo hace y para cu\u{e1}ndo."));
        let barrier = text(&fb, &Check::Barrier(Barrier::Cost));
        assert!(barrier.starts_with("El paso «"), "{barrier}");
        assert!(barrier.contains("se ocupa del obst\u{e1}culo"), "{barrier}");
        let review = text(&fb, &Check::Review);
        assert!(
            review.starts_with(
                "Las revisiones est\u{e1}n fijadas: Cada 2 semanas; la pr\u{f3}xima es el "
            ),
            "{review}"
        );
        assert!(review.ends_with("de 2026."), "{review}");
        let goal = text(&fb, &Check::NeedHasGoal("housing"));
        assert!(
            goal.starts_with("«Un lugar seguro y sin alcohol para vivir» tiene una meta: «Para el"),
            "{goal}"
        );
    }

    #[test]
    fn spanish_review_and_steps_messages_when_something_is_missing() {
        let case = case("james");
        let mut plan = case.start_plan_in(today(), Lang::Es);
        let need = add_need(&mut plan, "Abrumado por las opciones", None);
        let goal = plan.add_goal(good_goal(need));
        plan.review_schedule.dates = vec![day(-3)];
        let fb = check_plan_in(&plan, &case, today(), Lang::Es);
        let steps = text(&fb, &Check::Steps(goal));
        assert!(steps.contains("todav\u{ed}a no tiene pasos"), "{steps}");
        let review = text(&fb, &Check::Review);
        assert_eq!(
            review,
            "La pr\u{f3}xima revisi\u{f3}n, el 19 de noviembre de 2026, ya pas\u{f3}. H\u{e1}gala, o fije una fecha nueva."
        );
        let mut step = ActionStep::new("");
        step.owner = Owner::Person;
        plan.add_step(goal, step);
        let fb = check_plan_in(&plan, &case, today(), Lang::Es);
        let steps = text(&fb, &Check::Steps(goal));
        assert!(
            steps.contains("1 paso no tiene fecha: un paso sin palabras todav\u{ed}a."),
            "{steps}"
        );
        assert!(steps.ends_with("Cada paso necesita a alguien que lo haga y una fecha."));
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(and_list(&["Specific"], Lang::En), "Specific");
        assert_eq!(and_list(&["A", "B", "C"], Lang::En), "A, B and C");
        assert_eq!(and_list(&["A", "B", "C"], Lang::Es), "A, B y C");
    }
}
