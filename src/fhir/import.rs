//! FHIR R4 Bundle -> CarePlan. Reads what `to_bundle` writes, and the standard elements of a
//! Bundle from elsewhere as far as they go; never panics, whatever the file holds.

use super::export::{period_unit, request_status, step_status, GAS_LEVELS};
use super::json::{
    at, ext, ext_str, exts, items, parse_date, parse_instant, part_of, part_str, str_at, uuid_of,
};
use super::FhirImportError;
use crate::model::actions::{ActionStatus, ActionStep, Owner, Repeat};
use crate::model::assessment::barriers::Barrier;
use crate::model::assessment::domains::Domain;
use crate::model::evaluation::{weight_from, OutcomeResult};
use crate::model::goals::{Direction, Goal, GoalStatus, Priority};
use crate::model::monitoring::progress::{Achievement, ProgressEntry};
use crate::model::services::{Service, ServiceKind, ServiceStatus};
use crate::model::{
    ActionId, CarePlan, CareTeamMember, CaseModel, ContactMethod, GoalId, MemberId, Need, NeedId,
    NeedStatus, PlanStatus, ServiceId,
};
use chrono::Utc;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashMap;
use std::str::FromStr;

/// Reads a plan from a FHIR Bundle holding one CarePlan.
pub fn from_bundle(bundle: &Value) -> Result<CarePlan, FhirImportError> {
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
    let mut by_url: HashMap<&str, &Value> = HashMap::new();
    for e in entries {
        if let (Some(url), Some(resource)) =
            (e.get("fullUrl").and_then(Value::as_str), e.get("resource"))
        {
            by_url.insert(url, resource);
        }
    }
    let of_type = |t: &'static str| {
        entries
            .iter()
            .filter_map(|e| e.get("resource"))
            .filter(move |r| r.get("resourceType").and_then(Value::as_str) == Some(t))
    };
    let mut care_plans = of_type("CarePlan");
    let cp = care_plans.next().ok_or(FhirImportError::NoCarePlan)?;
    if care_plans.next().is_some() {
        return Err(FhirImportError::SeveralCarePlans);
    }
    let resolve = |r: &Value| -> Option<&Value> {
        r.get("reference")
            .and_then(Value::as_str)
            .and_then(|u| by_url.get(u).copied())
    };

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

    if let Some(patient) = at(cp, "subject").and_then(resolve) {
        read_patient(&mut plan, patient);
    }
    if let Some(team) = items(cp, "careTeam").first().and_then(resolve) {
        for p in items(team, "participant") {
            let resource = at(p, "member").and_then(resolve);
            let mut m = CareTeamMember::new();
            m.id = resource.and_then(id_from).unwrap_or_default();
            m.role = str_at(p, "role.0.text");
            m.organization = ext_str(p, "organization");
            if let Some(r) = resource {
                m.name = str_at(r, "name.0.text");
                m.phone = telecom(r, "phone");
                m.email = telecom(r, "email");
            }
            plan.care_team.push(m);
        }
    }
    for c in items(cp, "addresses").iter().filter_map(resolve) {
        plan.needs.push(read_need(c)?);
    }
    for g in items(cp, "goal").iter().filter_map(resolve) {
        plan.goals.push(read_goal(g)?);
    }
    // Progress entries: observations whose focus is a goal of the plan, in Bundle order.
    for o in of_type("Observation") {
        let goal = items(o, "focus")
            .first()
            .and_then(|f| f.get("reference"))
            .and_then(Value::as_str)
            .and_then(uuid_of)
            .and_then(|u| GoalId::from_str(u).ok());
        if let Some(goal) = goal.and_then(|id| plan.goal_mut(id)) {
            goal.progress.push(read_progress(o));
        }
    }
    // Steps, in order, under the goal each names; services from the activities' requests.
    for a in items(cp, "activity") {
        if let Some(detail) = a.get("detail") {
            let goal_id = items(detail, "goal")
                .first()
                .and_then(|g| g.get("reference"))
                .and_then(Value::as_str)
                .and_then(uuid_of)
                .and_then(|u| GoalId::from_str(u).ok());
            let step = read_step(a, detail, &plan);
            if let Some(goal) = goal_id.and_then(|id| plan.goal_mut(id)) {
                goal.steps.push(step);
            }
        } else if let Some(request) = at(a, "reference").and_then(resolve) {
            plan.services.push(read_service(request));
        }
    }
    Ok(plan)
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

fn read_patient(plan: &mut CarePlan, p: &Value) {
    let person = &mut plan.person;
    person.id = id_from(p).unwrap_or_default();
    person.name = str_at(p, "name.0.text");
    person.birth_date = parse_date(at(p, "birthDate"));
    person.preferred_language = str_at(p, "communication.0.language.text");
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
    let mut need = Need::new(
        str_at(c, "code.text"),
        Domain::from_code(&ext_str(c, "need-domain")),
    );
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
    goal.needs = items(g, "addresses")
        .iter()
        .filter_map(|r| r.get("reference")?.as_str())
        .filter_map(uuid_of)
        .filter_map(|u| NeedId::from_str(u).ok())
        .collect();
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
            goal.action = str_at(g, "description.text");
            goal.measure = str_at(g, "target.0.measure.text");
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

fn read_step(activity: &Value, d: &Value, plan: &CarePlan) -> ActionStep {
    let mut step = ActionStep::new(str_at(d, "description"));
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
        .unwrap_or_default();
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
        None => step.due = parse_date(at(d, "scheduledTiming.event.0")),
    }
    let service = ext(d, "performed-by-service")
        .and_then(|e| at(e, "valueReference.reference"))
        .and_then(Value::as_str)
        .and_then(uuid_of)
        .and_then(|u| ServiceId::from_str(u).ok());
    let performer = items(d, "performer")
        .first()
        .and_then(|p| p.get("reference"))
        .and_then(Value::as_str);
    step.owner = match (service, performer) {
        (Some(id), _) => Owner::Service(id),
        (None, Some(url)) => {
            let id = uuid_of(url);
            let member = id.and_then(|u| MemberId::from_str(u).ok());
            match member {
                Some(m) if plan.member(m).is_some() => Owner::Member(m),
                _ if id.map(str::to_string) == Some(plan.person.id.to_string()) => Owner::Person,
                _ => Owner::Unassigned,
            }
        }
        (None, None) => Owner::Unassigned,
    };
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
    s.next_appointment = parse_date(at(r, "occurrenceDateTime"));
    s.goals = exts(r, "supports-goal")
        .filter_map(|e| at(e, "valueReference.reference")?.as_str())
        .filter_map(uuid_of)
        .filter_map(|u| GoalId::from_str(u).ok())
        .collect();
    s
}
