//! FHIR R4 Bundle -> CarePlan. Reads what `to_bundle` writes, and the standard elements of a
//! Bundle from elsewhere as far as they go; never panics, whatever the file holds.

use super::communication::{self, Link};
use super::export::{period_unit, request_status, score_urls, step_status, GAS_LEVELS};
use super::json::{
    at, ext, ext_str, exts, items, parse_date, parse_instant, part_of, part_str, str_at, uuid_of,
};
use super::left_out::{LeftOut, Missing};
use super::refs::{Index, Resolved, Site};
use super::{FhirImportError, CODES};
use crate::model::actions::{ActionStatus, ActionStep, Owner, Repeat};
use crate::model::assessment::barriers::Barrier;
use crate::model::assessment::domains::Domain;
use crate::model::evaluation::{weight_from, OutcomeResult};
use crate::model::goals::{Direction, Goal, GoalStatus, Priority};
use crate::model::monitoring::progress::{Achievement, ProgressEntry};
use crate::model::services::{Service, ServiceKind, ServiceStatus};
use crate::model::Choice;
use crate::model::{
    ActionId, CarePlan, CareTeamMember, CaseModel, ContactMethod, GoalId, MemberId, Need, NeedId,
    NeedStatus, PlanStatus, ServiceId,
};
use chrono::{NaiveDate, Utc};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::str::FromStr;

/// A plan read from a Bundle, and what in the Bundle it did not take.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub plan: CarePlan,
    /// In plain words on the screen after the import (empty for a Bundle this app wrote).
    pub left_out: Vec<LeftOut>,
}

/// Reads a plan from a FHIR Bundle holding one CarePlan.
pub fn from_bundle(bundle: &Value) -> Result<CarePlan, FhirImportError> {
    read_bundle(bundle).map(|i| i.plan)
}

/// Reads a plan from a FHIR Bundle holding one CarePlan (a collection, searchset,
/// transaction or document Bundle alike), following its references as FHIR says, and says
/// what it left out.
pub fn read_bundle(bundle: &Value) -> Result<Imported, FhirImportError> {
    match bundle.get("resourceType").and_then(Value::as_str) {
        Some("Bundle") => {}
        Some(other) => {
            return Err(FhirImportError::NotABundle {
                resource_type: other.chars().take(40).collect(),
            })
        }
        None => return Err(invalid("it has no resourceType")),
    }
    let entries = match bundle.get("entry") {
        None => &[][..],
        Some(Value::Array(e)) => e.as_slice(),
        Some(_) => return Err(invalid("its entries are not a list")),
    };
    let index = Index::new(entries);
    let mut care_plans = index.of_type("CarePlan");
    let (at_cp, cp) = care_plans.next().ok_or(FhirImportError::NoCarePlan)?;
    if care_plans.next().is_some() {
        return Err(FhirImportError::SeveralCarePlans);
    }
    let mut r = Reader {
        index: &index,
        today: Utc::now().date_naive(),
        used: HashSet::new(),
        patient: None,
        members: HashMap::new(),
        needs: HashMap::new(),
        goals: HashMap::new(),
        services: HashMap::new(),
        missing: Vec::new(),
        activities: Counts::default(),
    };
    r.used.insert(key(cp));

    let now = Utc::now();
    let mut plan = CarePlan::new(now);
    plan.id = id_from(cp).unwrap_or_default();
    plan.status = PlanStatus::from_code(&str_at(cp, "status")).unwrap_or_default();
    plan.title = str_at(cp, "title");
    plan.start_date = parse_date(at(cp, "period.start"));
    plan.created_at = parse_instant(at(cp, "created")).unwrap_or(now);
    plan.updated_at = parse_instant(at(cp, "meta.lastUpdated")).unwrap_or(plan.created_at);
    plan.case_model = CaseModel::from_code(&ext_str(cp, "case-model"));
    for e in exts(cp, "assessment") {
        plan.assessments
            .push(from_json(e.get("valueString"), "an assessment")?);
    }
    if let Some(e) = ext(cp, "dismissed-proposals") {
        plan.dismissed = from_json(e.get("valueString"), "the set-aside needs")?;
    }
    if let Some(e) = ext(cp, "review-schedule") {
        plan.review_schedule = from_json(e.get("valueString"), "the review schedule")?;
    }
    for e in exts(cp, "review") {
        plan.reviews
            .push(from_json(e.get("valueString"), "a review")?);
    }
    if let Some(e) = ext(cp, "transition") {
        plan.transition = from_json(e.get("valueString"), "the end of the plan")?;
    }
    if let Some(response) = super::safety_plan::read(&index, &mut plan) {
        r.used.insert(key(response));
    }
    // The scores this app wrote for its assessments come back with the assessments.
    for a in &plan.assessments {
        for url in score_urls(a) {
            if let Some(found) = index.find(&url) {
                r.used.insert(key(found));
            }
        }
    }

    match r.resolve(at_cp, at(cp, "subject")) {
        Resolved::Found(patient) => {
            r.used.insert(key(patient));
            r.patient = Some(key(patient));
            read_patient(&mut plan, patient, r.today);
        }
        Resolved::Missing => r.miss(Missing::Person),
        Resolved::None => {}
    }
    match r.resolve(at_cp, items(cp, "careTeam").first()) {
        Resolved::Found(team) => {
            r.used.insert(key(team));
            let at_team = index.site_of(team, at_cp);
            for p in items(team, "participant") {
                let mut m = CareTeamMember::new();
                m.role = concept_text(at(p, "role.0"));
                m.organization = ext_str(p, "organization");
                match r.resolve(at_team, at(p, "member")) {
                    Resolved::Found(resource) => {
                        r.used.insert(key(resource));
                        m.id = id_from(resource).unwrap_or_default();
                        m.name = name_of(resource, r.today);
                        m.phone = telecom(resource, "phone");
                        m.email = telecom(resource, "email");
                        r.members.insert(key(resource), m.id);
                    }
                    Resolved::Missing => {
                        r.miss(Missing::TeamMember);
                        m.name = str_at(p, "member.display");
                    }
                    Resolved::None => m.name = str_at(p, "member.display"),
                }
                plan.care_team.push(m);
            }
        }
        Resolved::Missing => r.miss(Missing::CareTeam),
        Resolved::None => {}
    }
    for reference in items(cp, "addresses") {
        r.need(&mut plan, at_cp, reference)?;
    }
    for reference in items(cp, "goal") {
        r.goal(&mut plan, at_cp, reference)?;
    }
    // Progress entries: observations whose focus is a goal of the plan, in Bundle order.
    for (at_o, o) in index.of_type("Observation") {
        let goal = r
            .resolve(at_o, items(o, "focus").first())
            .found()
            .and_then(|g| r.goals.get(&key(g)).copied());
        if let Some(goal) = goal.and_then(|id| plan.goal_mut(id)) {
            r.used.insert(key(o));
            goal.progress.push(read_progress(o));
        }
    }
    // Steps, in order, under the goal each names; services from the activities' requests.
    let mut without_goal = Vec::new();
    for a in items(cp, "activity") {
        if let Some(detail) = a.get("detail") {
            let goal = r.step_goal(&mut plan, at_cp, items(detail, "goal"))?;
            let mut step = read_step(a, detail);
            step.owner = match ext(detail, "performed-by-service")
                .and_then(|e| at(e, "valueReference.reference"))
                .and_then(Value::as_str)
                .and_then(uuid_of)
                .and_then(|u| ServiceId::from_str(u).ok())
            {
                Some(id) => Owner::Service(id),
                None => r.owner(at_cp, items(detail, "performer").first()),
            };
            r.place(&mut plan, goal, step, &mut without_goal);
            continue;
        }
        let request = match r.resolve(at_cp, a.get("reference")) {
            Resolved::Found(request) => request,
            Resolved::Missing => {
                r.miss(Missing::Activity);
                continue;
            }
            Resolved::None => continue,
        };
        let at_request = index.site_of(request, at_cp);
        match request.get("resourceType").and_then(Value::as_str) {
            Some("ServiceRequest") => {
                if r.used.insert(key(request)) {
                    let service = r.service(&plan, at_request, request);
                    r.services.insert(key(request), service.id);
                    plan.services.push(service);
                }
            }
            Some("Task") => {
                r.used.insert(key(request));
                let mut step = read_task(request);
                step.owner = r.owner(at_request, at(request, "owner"));
                // A Task has no goal element; its focus or reason may name one.
                let mut goal = None;
                for reference in items(request, "reasonReference")
                    .iter()
                    .chain(at(request, "focus"))
                {
                    if goal.is_none() {
                        goal = r
                            .resolve(at_request, Some(reference))
                            .found()
                            .and_then(|g| r.goals.get(&key(g)).copied());
                    }
                }
                r.place(&mut plan, goal, step, &mut without_goal);
            }
            other => {
                r.used.insert(key(request));
                r.activities.add(other.unwrap_or("?"));
            }
        }
    }
    let steps_without_goal = without_goal.len();
    if !without_goal.is_empty() {
        plan.goals.push(Goal {
            start_date: plan.start_date,
            steps: without_goal,
            ..Goal::default()
        });
    }

    // Contact notes, linked to what the plan has read.
    for (at_c, c) in index.of_type("Communication") {
        if !communication::is_a_note(c) {
            continue;
        }
        r.used.insert(key(c));
        let note = communication::read_communication(c, plan.created_at, |reference| {
            match r.resolve(at_c, Some(reference)).found().map(key) {
                Some(k) => r
                    .needs
                    .get(&k)
                    .map(|id| Link::Need(*id))
                    .or_else(|| r.goals.get(&k).map(|id| Link::Goal(*id)))
                    .or_else(|| r.services.get(&k).map(|id| Link::Service(*id)))
                    .or_else(|| r.members.get(&k).map(|id| Link::Member(*id)))
                    .unwrap_or(Link::Other),
                None => Link::Other,
            }
        });
        plan.contact_notes.push(note);
    }
    for c in super::consent::read(&index, &mut plan, r.today) {
        r.used.insert(key(c));
    }

    // What was left out, in the order a person reads a plan.
    let mut left_out: Vec<LeftOut> = r
        .missing
        .iter()
        .map(|(part, count)| LeftOut::Missing {
            part: *part,
            count: *count,
        })
        .collect();
    if !r.activities.kinds.is_empty() {
        left_out.push(LeftOut::OtherActivities {
            kinds: r.activities.kinds,
        });
    }
    if steps_without_goal > 0 {
        left_out.push(LeftOut::StepsWithoutGoal {
            count: steps_without_goal,
        });
    }
    let (mut observations, mut unlinked, mut other) = (0, Counts::default(), Counts::default());
    for (_, resource) in index.resources() {
        if r.used.contains(&key(resource)) {
            continue;
        }
        match resource.get("resourceType").and_then(Value::as_str) {
            Some("Observation") => observations += 1,
            // The document's table of contents, a search's messages: nothing of the plan.
            Some("Composition" | "OperationOutcome") => {}
            Some(
                kind @ ("Condition" | "Goal" | "ServiceRequest" | "Task" | "CareTeam" | "Patient"
                | "Practitioner" | "PractitionerRole" | "RelatedPerson" | "Organization"),
            ) => unlinked.add(kind),
            kind => other.add(kind.unwrap_or("?")),
        }
    }
    if observations > 0 {
        left_out.push(LeftOut::Observations {
            count: observations,
        });
    }
    if !unlinked.kinds.is_empty() {
        left_out.push(LeftOut::Unlinked {
            kinds: unlinked.kinds,
        });
    }
    if !other.kinds.is_empty() {
        left_out.push(LeftOut::OtherRecords { kinds: other.kinds });
    }
    Ok(Imported { plan, left_out })
}

fn key(resource: &Value) -> usize {
    super::refs::address(resource)
}

/// How many of each kind of record, in the order first seen (FHIR type names, cut short).
#[derive(Default)]
struct Counts {
    kinds: Vec<(String, usize)>,
    at: HashMap<String, usize>,
}

impl Counts {
    fn add(&mut self, kind: &str) {
        let kind: String = kind.chars().take(40).collect();
        match self.at.get(&kind).and_then(|i| self.kinds.get_mut(*i)) {
            Some((_, n)) => *n += 1,
            None => {
                self.at.insert(kind.clone(), self.kinds.len());
                self.kinds.push((kind, 1));
            }
        }
    }
}

/// What the reading keeps track of: which resources were taken, and the plan's id for each.
struct Reader<'i, 'a> {
    index: &'i Index<'a>,
    today: NaiveDate,
    used: HashSet<usize>,
    patient: Option<usize>,
    members: HashMap<usize, MemberId>,
    needs: HashMap<usize, NeedId>,
    goals: HashMap<usize, GoalId>,
    services: HashMap<usize, ServiceId>,
    missing: Vec<(Missing, usize)>,
    /// Activities of kinds that are neither steps nor services.
    activities: Counts,
}

impl<'a> Reader<'_, 'a> {
    fn resolve(&self, from: Site<'a>, reference: Option<&Value>) -> Resolved<'a> {
        self.index.resolve(from, reference)
    }

    fn miss(&mut self, part: Missing) {
        match self.missing.iter_mut().find(|(p, _)| *p == part) {
            Some((_, n)) => *n += 1,
            None => self.missing.push((part, 1)),
        }
    }

    /// The need a reference points at, read into the plan the first time.
    fn need(
        &mut self,
        plan: &mut CarePlan,
        from: Site<'a>,
        reference: &Value,
    ) -> Result<Option<NeedId>, FhirImportError> {
        match self.resolve(from, Some(reference)) {
            Resolved::Found(c) if is(c, "Condition") => {
                if let Some(id) = self.needs.get(&key(c)) {
                    return Ok(Some(*id));
                }
                let need = read_need(c)?;
                self.used.insert(key(c));
                self.needs.insert(key(c), need.id);
                let id = need.id;
                plan.needs.push(need);
                Ok(Some(id))
            }
            Resolved::Found(_) | Resolved::None => Ok(None),
            Resolved::Missing => {
                self.miss(Missing::Need);
                Ok(None)
            }
        }
    }

    /// The goal a reference points at, read into the plan the first time.
    fn goal(
        &mut self,
        plan: &mut CarePlan,
        from: Site<'a>,
        reference: &Value,
    ) -> Result<Option<GoalId>, FhirImportError> {
        match self.resolve(from, Some(reference)) {
            Resolved::Found(g) if is(g, "Goal") => {
                if let Some(id) = self.goals.get(&key(g)) {
                    return Ok(Some(*id));
                }
                self.used.insert(key(g));
                let mut goal = read_goal(g)?;
                let at_goal = self.index.site_of(g, from);
                for reference in items(g, "addresses") {
                    if let Some(id) = self.need(plan, at_goal, reference)? {
                        goal.needs.push(id);
                    }
                }
                self.goals.insert(key(g), goal.id);
                let id = goal.id;
                plan.goals.push(goal);
                Ok(Some(id))
            }
            Resolved::Found(_) | Resolved::None => Ok(None),
            Resolved::Missing => {
                self.miss(Missing::Goal);
                Ok(None)
            }
        }
    }

    /// The goal a step names (the first of its `goal` references that is one).
    fn step_goal(
        &mut self,
        plan: &mut CarePlan,
        from: Site<'a>,
        references: &[Value],
    ) -> Result<Option<GoalId>, FhirImportError> {
        for reference in references {
            if let Some(id) = self.goal(plan, from, reference)? {
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    /// Who does a step: the person, a member of the care team, or nobody named.
    fn owner(&self, from: Site<'a>, reference: Option<&Value>) -> Owner {
        match self.resolve(from, reference).found().map(key) {
            Some(k) if Some(k) == self.patient => Owner::Person,
            Some(k) => self
                .members
                .get(&k)
                .map_or(Owner::Unassigned, |m| Owner::Member(*m)),
            None => Owner::Unassigned,
        }
    }

    /// A step under its goal, or kept for a new goal when it names none.
    fn place(
        &self,
        plan: &mut CarePlan,
        goal: Option<GoalId>,
        step: ActionStep,
        without_goal: &mut Vec<ActionStep>,
    ) {
        match goal.and_then(|id| plan.goal_mut(id)) {
            Some(goal) => goal.steps.push(step),
            None => without_goal.push(step),
        }
    }

    fn service(&mut self, plan: &CarePlan, from: Site<'a>, r: &'a Value) -> Service {
        let mut s = read_service(r);
        if s.organization.is_empty() {
            if let Some(performer) = self.resolve(from, at(r, "performer.0")).found() {
                self.used.insert(key(performer));
                s.organization = name_of(performer, self.today);
            }
        }
        // A request from elsewhere: what it is for names it.
        let ours = str_at(r, "code.coding.0.system") == format!("{CODES}service-kind");
        let what = concept_text(at(r, "code"));
        if !ours && !what.is_empty() {
            s.organization = match s.organization.trim() {
                "" => what,
                by => format!("{what}, {by}"),
            };
        }
        s.goals = exts(r, "supports-goal")
            .filter_map(|e| self.resolve(from, e.get("valueReference")).found())
            .filter_map(|g| self.goals.get(&key(g)).copied())
            .filter(|id| plan.goal(*id).is_some())
            .collect();
        s
    }
}

fn is(resource: &Value, kind: &str) -> bool {
    resource.get("resourceType").and_then(Value::as_str) == Some(kind)
}

fn invalid(what: &str) -> FhirImportError {
    FhirImportError::Invalid { what: what.into() }
}

/// The plan's own id kept in a resource's `id`.
fn id_from<T: FromStr>(resource: &Value) -> Option<T> {
    resource.get("id").and_then(Value::as_str)?.parse().ok()
}

fn from_json<T: DeserializeOwned>(v: Option<&Value>, what: &str) -> Result<T, FhirImportError> {
    v.and_then(Value::as_str)
        .and_then(|s| serde_json::from_str(s).ok())
        .ok_or_else(|| invalid(&format!("{what} in it cannot be read")))
}

fn telecom(resource: &Value, system: &str) -> String {
    items(resource, "telecom")
        .iter()
        .find(|t| t.get("system").and_then(Value::as_str) == Some(system))
        .map(|t| str_at(t, "value"))
        .unwrap_or_default()
}

/// The text of a CodeableConcept: its `text`, else the first coding's display.
fn concept_text(concept: Option<&Value>) -> String {
    let Some(concept) = concept else {
        return String::new();
    };
    match str_at(concept, "text") {
        t if !t.trim().is_empty() => t,
        _ => coding_display(concept),
    }
}

/// The first display among a CodeableConcept's codings, or empty.
fn coding_display(concept: &Value) -> String {
    items(concept, "coding")
        .iter()
        .map(|c| str_at(c, "display"))
        .find(|d| !d.trim().is_empty())
        .unwrap_or_default()
}

/// The name of a Patient, Practitioner or RelatedPerson (a `HumanName`), or of anything else
/// with a plain `name` (an Organization).
pub(super) fn name_of(resource: &Value, today: NaiveDate) -> String {
    match resource.get("name") {
        Some(Value::String(name)) => name.clone(),
        Some(Value::Array(names)) => human_name(names, today),
        _ => String::new(),
    }
}

/// The name to call a person by, from their `HumanName`s: an official one first, then the
/// usual one, then any other; never an old one, or one whose period has ended.
pub(super) fn human_name(names: &[Value], today: NaiveDate) -> String {
    let rank = |n: &Value| -> Option<u8> {
        let use_ = n.get("use").and_then(Value::as_str).unwrap_or_default();
        let ended = parse_date(at(n, "period.end")).is_some_and(|end| end < today);
        if use_ == "old" || ended {
            return None;
        }
        Some(match use_ {
            "official" => 0,
            "usual" => 1,
            "" | "temp" => 2,
            _ => 3,
        })
    };
    names
        .iter()
        .filter_map(|n| Some((rank(n)?, name_text(n))))
        .filter(|(_, text)| !text.trim().is_empty())
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, text)| text)
        .unwrap_or_default()
}

/// One `HumanName` as text: its `text`, else prefix, given names, family name and suffix.
fn name_text(name: &Value) -> String {
    let text = str_at(name, "text");
    if !text.trim().is_empty() {
        return text;
    }
    let words = |key: &str| -> Vec<String> {
        match name.get(key) {
            Some(Value::String(s)) => vec![s.trim().to_string()],
            Some(Value::Array(list)) => list
                .iter()
                .filter_map(Value::as_str)
                .map(|s| s.trim().to_string())
                .collect(),
            _ => Vec::new(),
        }
    };
    ["prefix", "given", "family", "suffix"]
        .iter()
        .flat_map(|key| words(key))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn read_patient(plan: &mut CarePlan, p: &Value, today: NaiveDate) {
    let person = &mut plan.person;
    person.id = id_from(p).unwrap_or_default();
    person.name = name_of(p, today);
    person.birth_date = parse_date(at(p, "birthDate"));
    person.preferred_language = concept_text(at(p, "communication.0.language"));
    person.what_matters = ext_str(p, "what-matters");
    person.contact_details = str_at(p, "telecom.0.value");
    person.contact_method = ContactMethod::from_code(&ext_str(p, "contact-method")).or_else(|| {
        match str_at(p, "telecom.0.system").as_str() {
            "phone" => Some(ContactMethod::Phone),
            "sms" => Some(ContactMethod::Text),
            "email" => Some(ContactMethod::Email),
            _ => None,
        }
    });
}

fn read_need(c: &Value) -> Result<Need, FhirImportError> {
    // Coded: the code's display; else the text.
    let statement = at(c, "code")
        .map(coding_display)
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| str_at(c, "code.text"));
    let mut need = Need::new(statement, Domain::from_code(&ext_str(c, "need-domain")));
    need.id = id_from(c).unwrap_or_default();
    need.status =
        NeedStatus::from_code(&ext_str(c, "need-status")).unwrap_or_else(|| {
            match str_at(c, "clinicalStatus.coding.0.code").as_str() {
                "resolved" | "remission" => NeedStatus::Resolved,
                "inactive" => NeedStatus::NotNow,
                _ => NeedStatus::Active,
            }
        });
    if let Some(e) = ext(c, "need-findings") {
        need.findings = from_json(e.get("valueString"), "a need")?;
    }
    Ok(need)
}

fn read_goal(g: &Value) -> Result<Goal, FhirImportError> {
    let mut goal = Goal {
        id: id_from(g).unwrap_or_default(),
        ..Goal::default()
    };
    goal.status = GoalStatus::from_code(&str_at(g, "lifecycleStatus")).unwrap_or_default();
    goal.priority = match str_at(g, "priority.coding.0.code").as_str() {
        "high-priority" => Priority::High,
        "low-priority" => Priority::Low,
        _ => Priority::Medium,
    };
    goal.start_date = parse_date(at(g, "startDate"));
    goal.target_date = parse_date(at(g, "target.0.dueDate"));
    goal.why = str_at(g, "note.0.text");
    goal.achievement = Achievement::from_code(&str_at(g, "achievementStatus.coding.0.code"));
    if let Some(gas) = ext(g, "goal-attainment") {
        for (level, name) in goal.gas.levels.iter_mut().zip(GAS_LEVELS) {
            *level = part_str(gas, name);
        }
        // 1 to 100 as it is, outside that the nearest; not a whole number: the usual 1.
        goal.gas.weight = part_of(gas, "weight", "valueInteger")
            .and_then(Value::as_f64)
            .and_then(weight_from)
            .unwrap_or(1);
        goal.gas.score = part_of(gas, "score", "valueInteger")
            .and_then(Value::as_i64)
            .and_then(|s| i8::try_from(s).ok())
            .filter(|s| (-2..=2).contains(s));
    }
    if let Some(e) = ext(g, "goal-evaluation") {
        goal.evaluation.result = part_of(e, "result", "valueCode")
            .and_then(Value::as_str)
            .and_then(OutcomeResult::from_code);
        goal.evaluation.helped = part_str(e, "helped");
        goal.evaluation.hindered = part_str(e, "hindered");
    }
    match ext(g, "goal-smart") {
        Some(smart) => {
            goal.who = part_str(smart, "who");
            goal.action = part_str(smart, "action");
            goal.detail = part_str(smart, "detail");
            goal.measure = part_str(smart, "measure");
            goal.unit = part_str(smart, "unit");
            goal.baseline = part_str(smart, "baseline");
            goal.target = part_str(smart, "target");
            goal.outcome = part_str(smart, "outcome");
            goal.supports = part_str(smart, "supports");
            goal.known_barriers = part_str(smart, "known-barriers");
            goal.direction = part_of(smart, "direction", "valueCode")
                .and_then(Value::as_str)
                .and_then(Direction::from_code)
                .unwrap_or_default();
            goal.confidence = part_of(smart, "confidence", "valueInteger")
                .and_then(Value::as_u64)
                .and_then(|c| u8::try_from(c).ok())
                .filter(|c| *c <= 10);
            goal.review_date = parse_date(part_of(smart, "review-date", "valueDate"));
            // Only a status the person confirmed; otherwise it follows from the entries.
            let confirmed = part_of(smart, "achievement-confirmed", "valueBoolean")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            if !confirmed {
                goal.achievement = None;
            }
        }
        // A goal from elsewhere: its description says what it is.
        None => {
            goal.action = concept_text(at(g, "description"));
            goal.measure = concept_text(at(g, "target.0.measure"));
            if let Some(v) = at(g, "target.0.detailQuantity.value").and_then(Value::as_f64) {
                goal.target = v.to_string();
                goal.unit = str_at(g, "target.0.detailQuantity.unit");
            }
            goal.outcome = str_at(g, "target.0.detailString");
        }
    }
    Ok(goal)
}

fn read_progress(o: &Value) -> ProgressEntry {
    let mut entry = ProgressEntry {
        id: id_from(o).unwrap_or_default(),
        date: parse_date(at(o, "effectiveDateTime")),
        note: str_at(o, "note.0.text"),
        ..ProgressEntry::default()
    };
    entry.value = match ext_str(o, "progress-value") {
        typed if !typed.is_empty() => typed,
        _ => match at(o, "valueQuantity.value").and_then(Value::as_f64) {
            Some(v) => v.to_string(),
            None => str_at(o, "valueString"),
        },
    };
    entry
}

/// A step from an activity's `detail`; who does it is read by the caller.
fn read_step(activity: &Value, d: &Value) -> ActionStep {
    let what = match str_at(d, "description") {
        d if !d.trim().is_empty() => d,
        _ => concept_text(at(d, "code")),
    };
    let mut step = ActionStep::new(what);
    if let Some(id) = activity
        .get("id")
        .and_then(Value::as_str)
        .and_then(|s| ActionId::from_str(s).ok())
    {
        step.id = id;
    }
    let status = str_at(d, "status");
    step.status = ActionStatus::ALL
        .into_iter()
        .find(|s| step_status(*s) == status)
        .unwrap_or(match status.as_str() {
            "stopped" => ActionStatus::Cancelled,
            _ => ActionStatus::default(),
        });
    step.how = ext_str(d, "step-how");
    step.barrier = Barrier::from_code(&str_at(d, "reasonCode.0.coding.0.code"));
    let repeat = at(d, "scheduledTiming.repeat");
    match repeat {
        Some(r) => {
            let unit = str_at(r, "periodUnit");
            step.repeat = Repeat::ALL.into_iter().find(|p| period_unit(*p) == unit);
            step.due = parse_date(at(r, "boundsPeriod.start"));
            step.until = parse_date(at(r, "boundsPeriod.end"));
        }
        None => {
            step.due = parse_date(at(d, "scheduledTiming.event.0"))
                .or_else(|| parse_date(at(d, "scheduledPeriod.start")))
                .or_else(|| parse_date(at(d, "scheduledPeriod.end")))
                .or_else(|| parse_date(at(d, "scheduledString")))
        }
    }
    step
}

/// A step from a `Task` an activity points at; who does it is read by the caller.
fn read_task(t: &Value) -> ActionStep {
    let what = match str_at(t, "description") {
        d if !d.trim().is_empty() => d,
        _ => concept_text(at(t, "code")),
    };
    let mut step = ActionStep::new(what);
    step.status = match str_at(t, "status").as_str() {
        "in-progress" => ActionStatus::InProgress,
        "completed" => ActionStatus::Done,
        "on-hold" => ActionStatus::Blocked,
        "cancelled" | "rejected" | "failed" | "entered-in-error" => ActionStatus::Cancelled,
        _ => ActionStatus::NotStarted,
    };
    // By when it is wanted, else when it is done.
    step.due = [
        "restriction.period.end",
        "restriction.period.start",
        "executionPeriod.start",
        "executionPeriod.end",
    ]
    .iter()
    .find_map(|path| parse_date(at(t, path)));
    step
}

fn read_service(r: &Value) -> Service {
    let mut s = Service::new();
    if let Some(id) = id_from(r) {
        s.id = id;
    }
    s.organization = str_at(r, "performer.0.display");
    s.kind = ServiceKind::from_code(&str_at(r, "code.coding.0.code")).unwrap_or_default();
    s.contact = ext_str(r, "service-contact");
    s.status = ServiceStatus::from_code(&ext_str(r, "service-status")).unwrap_or_else(|| {
        let status = str_at(r, "status");
        ServiceStatus::ALL
            .into_iter()
            .find(|s| request_status(*s) == status)
            .unwrap_or_default()
    });
    s.referral_date = parse_date(at(r, "authoredOn"));
    s.next_appointment = [
        "occurrenceDateTime",
        "occurrencePeriod.start",
        "occurrenceTiming.event.0",
    ]
    .iter()
    .find_map(|path| parse_date(at(r, path)));
    s
}
