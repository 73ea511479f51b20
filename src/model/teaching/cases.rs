//! The three practice cases (John, Sandra, James; facts from PRODUCT.md): the story a trainee
//! reads, the answers the person gives to the screening instruments, the key points a good plan
//! finds, and a model plan written by us. Each case lives in its own file; this one holds what
//! they share.

mod james;
mod john;
mod sandra;

use crate::model::actions::{ActionStep, Owner, Repeat};
use crate::model::assessment::ahc::Ahc;
use crate::model::assessment::barriers::Barrier;
use crate::model::assessment::domains::{Domain, NeedLevel};
use crate::model::assessment::findings::{Finding, FindingKey};
use crate::model::assessment::hvs::Hvs;
use crate::model::assessment::katz::Katz;
use crate::model::assessment::phq9::Phq9;
use crate::model::assessment::Assessment;
use crate::model::ids::{GoalId, MemberId, NeedId, ServiceId};
use crate::model::lang::Lang;
use crate::model::services::{ServiceKind, ServiceStatus};
use crate::model::CarePlan;
use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};

/// A practice case. Built by a function, not stored, so every caller gets fresh ids.
#[derive(Clone, Debug)]
pub struct Case {
    /// Stable slug for URLs and files: "john", "sandra", "james".
    pub id: &'static str,
    pub name: &'static str,
    /// One line for the case list.
    pub summary: Text,
    /// The intake story a trainee reads, in plain words.
    pub story: Text,
    /// What matters most to the person, in their own words.
    pub what_matters: Text,
    /// The answers the person gives to the screening instruments.
    pub screening: Screening,
    /// What a good plan identifies, most important first.
    pub key_points: &'static [KeyPoint],
    /// Barriers the story shows; a good plan has a step dealing with each.
    pub barriers: &'static [Barrier],
    model: fn(NaiveDate, Lang) -> CarePlan,
}

/// A text of a case in each language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub es: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
        }
    }
}

/// The person's answers to every screening instrument the app has.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Screening {
    pub phq9: Phq9,
    pub ahc: Ahc,
    pub hvs: Hvs,
    pub katz: Katz,
}

impl Screening {
    /// An assessment dated `date` holding these answers and nothing else.
    pub fn assessment(&self, date: NaiveDate) -> Assessment {
        let mut a = Assessment::new(date);
        a.phq9 = self.phq9.clone();
        a.ahc = self.ahc.clone();
        a.hvs = self.hvs.clone();
        a.katz = self.katz.clone();
        a
    }
}

/// A key need of a case, and how to recognise it among the needs of a trainee's plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyPoint {
    /// Stable within its case, e.g. "housing".
    pub id: &'static str,
    /// The need in plain words.
    pub label: Text,
    /// Where the story points to it, shown when it was missed.
    pub clue: Text,
    /// A high-priority need should have a goal of its own.
    pub high_priority: bool,
    /// Parts of life the need belongs to. A need in one of them counts when no other key point
    /// of the case shares that part of life; otherwise a keyword must also match.
    pub domains: &'static [Domain],
    /// Assessment findings that point to it; a need carrying one counts.
    pub findings: &'static [FindingKey],
    /// Words that name it in a need's statement, matched as whole words; a trailing `*`
    /// matches any word starting with the rest ("hous*" matches "housing").
    pub keywords: &'static [&'static str],
    /// The same in Spanish. Both lists count whatever language is shown: a plan can be
    /// written in either. Accents do not matter ("medicaci*" matches "medicacion").
    pub keywords_es: &'static [&'static str],
}

impl KeyPoint {
    /// Whether any keyword, English or Spanish, appears in `text`.
    pub fn keyword_in(&self, text: &str) -> bool {
        let padded = format!(" {} ", words(text));
        self.keywords.iter().chain(self.keywords_es).any(|k| {
            let (stem, prefix) = match k.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (*k, false),
            };
            let stem = words(stem);
            !stem.is_empty()
                && if prefix {
                    padded.contains(&format!(" {stem}"))
                } else {
                    padded.contains(&format!(" {stem} "))
                }
        })
    }
}

/// Lowercase words without accents, separated by single spaces: "Check-in, weekly!" becomes
/// "check in weekly", "Medicación" becomes "medicacion".
fn words(text: &str) -> String {
    let cleaned: String = text
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Case {
    /// All cases, in the order the case list shows them.
    pub fn all() -> [Case; 3] {
        [john::case(), sandra::case(), james::case()]
    }

    /// The case a practice copy was made from; `None` for a real plan.
    pub fn of(plan: &CarePlan) -> Option<Case> {
        plan.practice.as_deref().and_then(Case::find)
    }

    pub fn find(id: &str) -> Option<Case> {
        Self::all().into_iter().find(|c| c.id == id)
    }

    pub fn key_point(&self, id: &str) -> Option<&KeyPoint> {
        self.key_points.iter().find(|k| k.id == id)
    }

    /// Where a practice copy starts: the person and their screening answers, dated `today`.
    /// Everything else is for the trainee to write.
    pub fn start_plan(&self, today: NaiveDate) -> CarePlan {
        self.start_plan_in(today, Lang::En)
    }

    /// The start of a practice copy, its title and the person's words in `lang`. A copy keeps
    /// them once made: they are the trainee's to change.
    pub fn start_plan_in(&self, today: NaiveDate, lang: Lang) -> CarePlan {
        let mut plan = CarePlan::new(start_of(today));
        plan.title = match lang {
            Lang::En => format!("Practice: {}", self.name),
            Lang::Es => format!("Pr\u{e1}ctica: {}", self.name),
        };
        plan.person.name = self.name.into();
        plan.person.what_matters = self.what_matters.get(lang).into();
        plan.assessments.push(self.screening.assessment(today));
        plan.practice = Some(self.id.into());
        plan
    }

    /// Our model plan, dated from `today` so it never looks stale.
    pub fn model_plan(&self, today: NaiveDate) -> CarePlan {
        self.model_plan_in(today, Lang::En)
    }

    /// Our model plan written in `lang`: the same decisions, ids and dates in each language.
    pub fn model_plan_in(&self, today: NaiveDate, lang: Lang) -> CarePlan {
        (self.model)(today, lang)
    }
}

/// Midnight UTC of `today`: the creation time of plans built for a day.
fn start_of(today: NaiveDate) -> DateTime<Utc> {
    today.and_time(NaiveTime::MIN).and_utc()
}

// Helpers the model plans are written with, so each case reads as a list of decisions.

/// Picks the text in `lang` of a pair written side by side: `pick(lang)("English", "Español")`.
fn pick(lang: Lang) -> impl Fn(&'static str, &'static str) -> &'static str {
    move |en, es| match lang {
        Lang::En => en,
        Lang::Es => es,
    }
}

/// `n` days after `today` (today itself at the end of the calendar, which no one reaches).
fn days(today: NaiveDate, n: u64) -> NaiveDate {
    today.checked_add_days(Days::new(n)).unwrap_or(today)
}

/// The start plan with the case model's title.
fn model_base(case: &Case, today: NaiveDate, lang: Lang) -> CarePlan {
    let mut plan = case.start_plan_in(today, lang);
    plan.title = match lang {
        Lang::En => format!("Model plan: {}", case.name),
        Lang::Es => format!("Plan modelo: {}", case.name),
    };
    plan.status = crate::model::PlanStatus::Active;
    plan
}

/// Rates a part of life in the current assessment, with the person's words and the barriers.
fn rate(
    plan: &mut CarePlan,
    domain: Domain,
    level: NeedLevel,
    strengths: &str,
    concerns: &str,
    barriers: &[Barrier],
) {
    if let Some(a) = plan.current_assessment_mut() {
        let d = a.domain_mut(domain);
        d.level = level;
        d.strengths = strengths.into();
        d.concerns = concerns.into();
        for b in barriers {
            a.set_barrier(Some(domain), *b, true);
        }
    }
}

fn member(plan: &mut CarePlan, role: &str, name: &str, organization: &str) -> MemberId {
    let id = plan.add_member();
    if let Some(m) = plan.member_mut(id) {
        m.role = role.into();
        m.name = name.into();
        m.organization = organization.into();
    }
    id
}

fn service(
    plan: &mut CarePlan,
    organization: &str,
    kind: ServiceKind,
    status: ServiceStatus,
    referral_date: NaiveDate,
    next_appointment: Option<NaiveDate>,
) -> ServiceId {
    let id = plan.add_service();
    if let Some(s) = plan.service_mut(id) {
        s.organization = organization.into();
        s.kind = kind;
        s.status = status;
        s.referral_date = Some(referral_date);
        s.next_appointment = next_appointment;
    }
    id
}

fn link_service(plan: &mut CarePlan, service: ServiceId, goals: &[GoalId]) {
    if let Some(s) = plan.service_mut(service) {
        s.goals = goals.to_vec();
    }
}

/// A need in the plan's words, made from the app's proposals that list any finding in `keys`
/// and carrying every finding of those proposals. Goes through the app's own proposals, so the
/// links are the ones a user would make.
fn need(plan: &mut CarePlan, keys: &[FindingKey], statement: &str, domain: Domain) -> NeedId {
    let proposals: Vec<_> = plan
        .proposals()
        .into_iter()
        .filter(|p| p.findings.iter().any(|f| keys.contains(&f.key)))
        .collect();
    let proposed: Vec<Finding> = proposals
        .iter()
        .flat_map(|p| p.findings.iter().copied())
        .collect();
    let id = proposals
        .first()
        .and_then(|p| plan.accept_proposal(p.topic))
        .unwrap_or_else(|| plan.add_need());
    if let Some(n) = plan.need_mut(id) {
        n.statement = statement.into();
        n.domain = Some(domain);
        for f in proposed {
            if !n.findings.contains(&f) {
                n.findings.push(f);
            }
        }
    }
    id
}

/// An action step, built in a readable chain.
struct StepDraft(ActionStep);

fn step(what: &str, owner: Owner, due: NaiveDate) -> StepDraft {
    let mut s = ActionStep::new(what);
    s.owner = owner;
    s.due = Some(due);
    StepDraft(s)
}

impl StepDraft {
    fn how(mut self, how: &str) -> Self {
        self.0.how = how.into();
        self
    }

    fn every(mut self, repeat: Repeat, until: NaiveDate) -> Self {
        self.0.repeat = Some(repeat);
        self.0.until = Some(until);
        self
    }

    fn barrier(mut self, barrier: Barrier) -> Self {
        self.0.barrier = Some(barrier);
        self
    }

    fn done(self) -> ActionStep {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::findings::findings;
    use crate::model::assessment::phq9::Band;
    use crate::model::goals::smart;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn band(case: &Case) -> Band {
        case.screening.phq9.score().unwrap().band
    }

    #[test]
    fn ids_are_stable_unique_and_found() {
        let ids: Vec<_> = Case::all().iter().map(|c| c.id).collect();
        assert_eq!(ids, vec!["john", "sandra", "james"]);
        assert_eq!(Case::find("sandra").unwrap().name, "Sandra");
        assert!(Case::find("nobody").is_none());
        for case in Case::all() {
            let mut keys: Vec<_> = case.key_points.iter().map(|k| k.id).collect();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), case.key_points.len(), "{}", case.id);
            assert!(case.key_point(case.key_points[0].id).is_some());
        }
    }

    #[test]
    fn stories_are_plain_narratives_of_150_to_300_words() {
        for case in Case::all() {
            let count = case.story.en.split_whitespace().count();
            assert!((150..=300).contains(&count), "{}: {count} words", case.id);
            let w = format!(" {} ", words(case.story.en));
            assert!(!w.contains(" you ") && !w.contains(" your "), "{}", case.id);
            assert!(case.story.en.contains(case.name));
            assert!(!case.summary.en.contains('\n') && case.summary.en.len() < 120);
        }
    }

    #[test]
    fn every_case_text_has_a_spanish_version_of_the_same_shape() {
        for case in Case::all() {
            let id = case.id;
            for lang in [Lang::En, Lang::Es] {
                assert!(case.story.get(lang).contains(case.name), "{id}");
                assert_eq!(case.story.get(lang).split("\n\n").count(), 3, "{id}");
            }
            let count = case.story.es.split_whitespace().count();
            assert!((150..=330).contains(&count), "{id}: {count} words");
            let w = format!(" {} ", words(case.story.es));
            assert!(
                !w.contains(" usted "),
                "{id}: the story tells, it does not address"
            );
            for text in [case.summary, case.story, case.what_matters] {
                assert!(
                    !text.es.is_empty() && text.es != text.en,
                    "{id}: {}",
                    text.en
                );
            }
            assert!(!case.summary.es.contains('\n') && case.summary.es.chars().count() < 120);
            for k in case.key_points {
                assert!(
                    k.label.es != k.label.en && k.clue.es != k.clue.en,
                    "{id}: {}",
                    k.id
                );
                assert!(!k.keywords_es.is_empty(), "{id}: {}", k.id);
            }
        }
    }

    #[test]
    fn a_practice_copy_started_in_spanish_has_a_spanish_title_and_words() {
        let sandra = Case::find("sandra").unwrap();
        let plan = sandra.start_plan_in(today(), Lang::Es);
        assert_eq!(plan.title, "Pr\u{e1}ctica: Sandra");
        assert_eq!(plan.person.what_matters, sandra.what_matters.es);
        assert_eq!(plan.person.name, "Sandra");
        let english = sandra.start_plan(today());
        assert_eq!(english.title, "Practice: Sandra");
        assert_eq!(english.assessments[0].phq9, plan.assessments[0].phq9);
        assert_eq!(english.assessments[0].ahc, plan.assessments[0].ahc);
    }

    #[test]
    fn model_plans_in_spanish_make_the_same_decisions_in_spanish_words() {
        for case in Case::all() {
            let id = case.id;
            let en = case.model_plan_in(today(), Lang::En);
            let es = case.model_plan_in(today(), Lang::Es);
            assert_eq!(es.title, format!("Plan modelo: {}", case.name));
            let shape = |p: &CarePlan| {
                (
                    p.needs.len(),
                    p.goals.iter().map(|g| g.steps.len()).collect::<Vec<_>>(),
                    p.services.len(),
                    p.care_team.len(),
                    p.goals.iter().map(|g| g.target_date).collect::<Vec<_>>(),
                    p.next_review(),
                )
            };
            assert_eq!(shape(&en), shape(&es), "{id}");
            assert!(es.proposals().is_empty(), "{id}");
            for (a, b) in en.needs.iter().zip(&es.needs) {
                assert_ne!(a.statement, b.statement, "{id}");
                assert_eq!(a.findings.len(), b.findings.len(), "{id}: {}", a.statement);
            }
            for (a, b) in en.services.iter().zip(&es.services) {
                assert_ne!(a.organization, b.organization, "{id}");
            }
            for (a, b) in en.goals.iter().zip(&es.goals) {
                assert_ne!(a.action, b.action, "{id}");
                assert_ne!(a.why, b.why, "{id}");
                let marks = smart::check_in(b, today(), Lang::Es);
                assert!(marks.iter().all(|m| m.pass), "{id}: {marks:?}");
                for (x, y) in a.steps.iter().zip(&b.steps) {
                    assert_ne!(x.what, y.what, "{id}");
                    let who = |o: &Owner| std::mem::discriminant(o);
                    assert_eq!(who(&x.owner), who(&y.owner), "{id}: {}", x.what);
                    assert_eq!((x.due, x.barrier), (y.due, y.barrier), "{id}: {}", x.what);
                }
            }
            // Every need of the Spanish model plan is recognised by its own words too.
            for k in case.key_points {
                assert!(
                    es.needs.iter().any(|n| k.keyword_in(&n.statement)),
                    "{id}: {}",
                    k.id
                );
            }
        }
    }

    /// A key point found by these keywords alone (no part of life, no finding).
    fn matched_by(
        keywords: &'static [&'static str],
        keywords_es: &'static [&'static str],
    ) -> KeyPoint {
        KeyPoint {
            id: "t",
            label: Text { en: "", es: "" },
            clue: Text { en: "", es: "" },
            high_priority: false,
            domains: &[],
            findings: &[],
            keywords,
            keywords_es,
        }
    }

    #[test]
    fn spanish_keywords_match_without_accents_and_in_either_language() {
        let k = matched_by(
            &["medicine*"],
            &["medicaci*", "se\u{f1}ales de alarma", "autob\u{fa}s"],
        );
        assert!(k.keyword_in("Confusi\u{f3}n con la MEDICACI\u{d3}N"));
        assert!(k.keyword_in("confusion con la medicacion"));
        assert!(k.keyword_in("No conoce las senales de alarma"));
        assert!(k.keyword_in("No conoce las se\u{f1}ales de alarma"));
        assert!(k.keyword_in("No hay autobus"));
        assert!(
            k.keyword_in("Mixes up her medicines"),
            "English still counts"
        );
        assert!(
            !k.keyword_in("Autobuses"),
            "a whole word unless it ends with *"
        );
    }

    #[test]
    fn screening_answers_are_complete_and_fit_the_stories() {
        for case in Case::all() {
            let s = &case.screening;
            assert!(s.phq9.score().is_ok(), "{}", case.id);
            assert!(s.ahc.missing().is_empty(), "{}", case.id);
            assert!(s.hvs.at_risk().is_ok(), "{}", case.id);
            assert!(s.katz.score().is_ok(), "{}", case.id);
            // The Hunger Vital Sign asks the same two questions as AHC 3 and 4.
            assert_eq!(s.hvs.worried, s.ahc.food_worried, "{}", case.id);
            assert_eq!(s.hvs.ran_out, s.ahc.food_ran_out, "{}", case.id);
            assert!(!s.phq9.self_harm_flag(), "no case raises a safety flag");
        }
        let [john, sandra, james] = Case::all();
        assert_eq!(band(&john), Band::Moderate);
        assert_eq!(band(&james), Band::Moderate);
        assert_eq!(band(&sandra), Band::Minimal);
        let john_findings = findings(&john.screening.assessment(today()));
        assert_eq!(
            john_findings,
            vec![
                FindingKey::Depression,
                FindingKey::HousingUnstable,
                FindingKey::Transportation
            ],
            "motel and no ride: positive housing and transport screens"
        );
        assert!(findings(&sandra.screening.assessment(today())).is_empty());
        assert_eq!(
            findings(&james.screening.assessment(today())),
            vec![FindingKey::Depression]
        );
    }

    #[test]
    fn a_practice_copy_starts_with_the_person_and_answers_only() {
        for case in Case::all() {
            let plan = case.start_plan(today());
            assert_eq!(plan.person.name, case.name);
            assert!(plan.title.starts_with("Practice"));
            assert_eq!(plan.assessments.len(), 1);
            assert_eq!(plan.assessments[0].phq9, case.screening.phq9);
            assert!(plan.needs.is_empty() && plan.goals.is_empty());
        }
    }

    #[test]
    fn model_plans_show_good_practice() {
        for case in Case::all() {
            let plan = case.model_plan(today());
            let id = case.id;
            assert!(
                plan.proposals().is_empty(),
                "{id}: every finding was looked at"
            );
            assert!(plan.case_model.is_some(), "{id}");
            assert!(!plan.services.is_empty(), "{id}");
            for s in &plan.services {
                assert!(!s.goals.is_empty(), "{id}: {} helps a goal", s.organization);
            }
            for need in &plan.needs {
                assert!(
                    !plan.goals_linked_to(need.id).is_empty(),
                    "{id}: {}",
                    need.statement
                );
            }
            for goal in &plan.goals {
                let marks = smart::check(goal, today());
                assert!(marks.iter().all(|m| m.pass), "{id}: {marks:?}");
                for s in &goal.steps {
                    assert!(s.owner != Owner::Unassigned, "{id}: {}", s.what);
                    assert!(s.due.is_some_and(|d| d >= today()), "{id}: {}", s.what);
                    assert!(plan.owner_name(&s.owner) != "Not decided yet");
                }
            }
            assert!(plan.next_review().is_some_and(|d| d > today()), "{id}");
        }
    }

    #[test]
    fn model_needs_link_to_findings_where_the_assessment_has_them() {
        for case in Case::all() {
            let plan = case.model_plan(today());
            for k in case.key_points.iter().filter(|k| !k.findings.is_empty()) {
                assert!(
                    plan.needs
                        .iter()
                        .any(|n| n.findings.iter().any(|f| k.findings.contains(&f.key))),
                    "{}: {}",
                    case.id,
                    k.id
                );
            }
        }
    }

    #[test]
    fn model_plans_move_with_today() {
        let case = Case::find("john").unwrap();
        let later = days(today(), 400);
        let plan = case.model_plan(later);
        assert_eq!(plan.start_date, Some(later));
        assert!(plan
            .goals
            .iter()
            .all(|g| g.target_date.is_some_and(|d| d > later)));
    }

    #[test]
    fn keywords_match_whole_words_or_stems() {
        let k = matched_by(&["hous*", "car", "check in*"], &[]);
        assert!(k.keyword_in("Needs HOUSING soon"));
        assert!(k.keyword_in("No car."));
        assert!(!k.keyword_in("Takes good care"), "car is a whole word");
        assert!(k.keyword_in("Weekly check-ins"));
        assert!(!k.keyword_in("Lighthouse"), "a stem starts a word");
    }
}
