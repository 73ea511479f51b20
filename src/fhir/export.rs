//! CarePlan -> FHIR R4 Bundle.

use super::communication::communication;
use super::json::{
    coding, concept, date, derived, ext_code, ext_reference, ext_string, instant, list, obj, part,
    reference, text, urn,
};
use super::{CODES, LOINC};
use crate::model::actions::{ActionStatus, ActionStep, Owner, Repeat};
use crate::model::assessment::{phq9, Assessment};
use crate::model::evaluation::{GasScale, GoalEvaluation};
use crate::model::goals::{parse_number, Goal, Priority};
use crate::model::monitoring::progress::{Achievement, ProgressEntry};
use crate::model::monitoring::ReviewSchedule;
use crate::model::services::{Service, ServiceStatus};
use crate::model::transition::Transition;
use crate::model::Choice;
use crate::model::{CarePlan, CareTeamMember, ContactMethod, Need, NeedStatus};
use serde_json::{json, Value};

/// Tags for ids made from another id (see [`derived`]).
pub(super) const TAG_TEAM: u8 = 1;
const TAG_BUNDLE: u8 = 2;
const TAG_PHQ9_RESPONSE: u8 = 10;
const TAG_PHQ9: u8 = 11;
const TAG_PHQ2: u8 = 12;
const TAG_AHC_SAFETY: u8 = 13;
const TAG_HVS: u8 = 14;
const TAG_KATZ: u8 = 15;

/// Words in a care-team role that mean family or friends (a `RelatedPerson` in FHIR); anyone
/// else is a `Practitioner`.
const RELATED: [&str; 16] = [
    "family",
    "friend",
    "daughter",
    "son",
    "mother",
    "father",
    "mom",
    "dad",
    "wife",
    "husband",
    "partner",
    "sister",
    "brother",
    "neighbor",
    "neighbour",
    "caregiver",
];

pub(super) fn is_related_person(role: &str) -> bool {
    let role = role.to_lowercase();
    RELATED.iter().any(|w| role.contains(w))
}

/// The plan as a FHIR R4 Bundle of type "collection".
pub fn to_bundle(plan: &CarePlan) -> Value {
    let patient = urn(plan.person.id);
    let mut entries = vec![
        entry(&patient, patient_resource(plan)),
        entry(&urn(plan.id), care_plan(plan, &patient)),
    ];
    if !plan.care_team.is_empty() {
        entries.push(entry(
            &urn(derived(plan.id, TAG_TEAM)),
            care_team(plan, &patient),
        ));
        for m in &plan.care_team {
            entries.push(entry(&urn(m.id), member(m, &patient)));
        }
    }
    for n in &plan.needs {
        entries.push(entry(&urn(n.id), condition(n, &patient)));
    }
    for g in &plan.goals {
        entries.push(entry(&urn(g.id), goal(plan, g, &patient)));
    }
    for g in &plan.goals {
        for p in &g.progress {
            entries.push(entry(&urn(p.id), progress(g, p, &patient)));
        }
    }
    for s in &plan.services {
        entries.push(entry(&urn(s.id), service_request(s, &patient)));
    }
    for n in &plan.contact_notes {
        entries.push(entry(&urn(n.id), communication(plan, n, &patient)));
    }
    for a in &plan.assessments {
        entries.extend(scores(a, &patient));
    }
    entries.extend(super::safety_plan::entry(plan, &patient));
    entries.extend(super::consent::entries(
        plan,
        &patient,
        chrono::Utc::now().date_naive(),
    ));
    obj(vec![
        ("resourceType", Some(json!("Bundle"))),
        ("id", Some(json!(derived(plan.id, TAG_BUNDLE)))),
        ("type", Some(json!("collection"))),
        ("timestamp", Some(instant(plan.updated_at))),
        ("entry", Some(Value::Array(entries))),
    ])
}

fn entry(full_url: &str, resource: Value) -> Value {
    json!({ "fullUrl": full_url, "resource": resource })
}

fn id_of(url: &str) -> Value {
    json!(url.trim_start_matches("urn:uuid:"))
}

fn patient_resource(plan: &CarePlan) -> Value {
    let p = &plan.person;
    let system = match p.contact_method {
        Some(ContactMethod::Phone) => "phone",
        Some(ContactMethod::Text) => "sms",
        Some(ContactMethod::Email) => "email",
        _ => "other",
    };
    let telecom = text(&p.contact_details).map(|v| json!([{ "system": system, "value": v }]));
    obj(vec![
        ("resourceType", Some(json!("Patient"))),
        ("id", Some(id_of(&urn(p.id)))),
        (
            "extension",
            list(
                [
                    ext_string("what-matters", &p.what_matters),
                    p.contact_method
                        .and_then(|m| ext_code("contact-method", m.code())),
                ]
                .into_iter()
                .flatten()
                .collect(),
            ),
        ),
        ("name", text(&p.name).map(|n| json!([{ "text": n }]))),
        ("telecom", telecom),
        ("birthDate", date(p.birth_date)),
        (
            "communication",
            text(&p.preferred_language).map(|l| json!([{ "language": { "text": l } }])),
        ),
    ])
}

fn member(m: &CareTeamMember, patient: &str) -> Value {
    let related = is_related_person(&m.role);
    let telecom: Vec<Value> = [("phone", &m.phone), ("email", &m.email)]
        .into_iter()
        .filter_map(|(system, value)| text(value).map(|v| json!({ "system": system, "value": v })))
        .collect();
    obj(vec![
        (
            "resourceType",
            Some(json!(if related {
                "RelatedPerson"
            } else {
                "Practitioner"
            })),
        ),
        ("id", Some(id_of(&urn(m.id)))),
        ("patient", related.then(|| reference(patient))),
        ("name", text(&m.name).map(|n| json!([{ "text": n }]))),
        ("telecom", list(telecom)),
    ])
}

fn care_team(plan: &CarePlan, patient: &str) -> Value {
    let participants: Vec<Value> = plan
        .care_team
        .iter()
        .map(|m| {
            obj(vec![
                (
                    "extension",
                    ext_string("organization", &m.organization).map(|e| json!([e])),
                ),
                ("role", text(&m.role).map(|r| json!([{ "text": r }]))),
                (
                    "member",
                    Some(obj(vec![
                        ("reference", Some(json!(urn(m.id)))),
                        ("display", m.label().map(Value::String)),
                    ])),
                ),
            ])
        })
        .collect();
    obj(vec![
        ("resourceType", Some(json!("CareTeam"))),
        ("id", Some(json!(derived(plan.id, TAG_TEAM)))),
        ("status", Some(json!("active"))),
        ("subject", Some(reference(patient))),
        ("participant", list(participants)),
    ])
}

fn care_plan(plan: &CarePlan, patient: &str) -> Value {
    let mut extensions: Vec<Value> = plan
        .case_model
        .and_then(|m| ext_code("case-model", m.code()))
        .into_iter()
        .collect();
    // The assessment notes and answers have no FHIR element: they travel whole.
    for a in &plan.assessments {
        if let Ok(json) = serde_json::to_string(a) {
            extensions.extend(ext_string("assessment", &json));
        }
    }
    if !plan.dismissed.is_empty() {
        if let Ok(json) = serde_json::to_string(&plan.dismissed) {
            extensions.extend(ext_string("dismissed-proposals", &json));
        }
    }
    // The review schedule, the reviews held and the transition have no CarePlan element
    // either; they travel whole, like the assessments.
    if plan.review_schedule != ReviewSchedule::default() {
        if let Ok(json) = serde_json::to_string(&plan.review_schedule) {
            extensions.extend(ext_string("review-schedule", &json));
        }
    }
    for r in &plan.reviews {
        if let Ok(json) = serde_json::to_string(r) {
            extensions.extend(ext_string("review", &json));
        }
    }
    if plan.transition != Transition::default() {
        if let Ok(json) = serde_json::to_string(&plan.transition) {
            extensions.extend(ext_string("transition", &json));
        }
    }
    let mut activity: Vec<Value> = plan
        .goals
        .iter()
        .flat_map(|g| g.steps.iter().map(move |s| step(plan, g, s, patient)))
        .collect();
    activity.extend(
        plan.services
            .iter()
            .map(|s| json!({ "reference": reference(&urn(s.id)) })),
    );
    let refs = |ids: Vec<String>| list(ids.iter().map(|u| reference(u)).collect());
    let mut supporting = Vec::new();
    for a in &plan.assessments {
        supporting.extend(score_urls(a));
    }
    supporting.extend(super::safety_plan::url(plan));
    obj(vec![
        ("resourceType", Some(json!("CarePlan"))),
        ("id", Some(id_of(&urn(plan.id)))),
        (
            "meta",
            Some(json!({ "lastUpdated": instant(plan.updated_at) })),
        ),
        ("extension", list(extensions)),
        ("status", Some(json!(plan.status.code()))),
        ("intent", Some(json!("plan"))),
        ("title", text(&plan.title)),
        ("subject", Some(reference(patient))),
        (
            "period",
            date(plan.start_date).map(|d| json!({ "start": d })),
        ),
        ("created", Some(instant(plan.created_at))),
        (
            "careTeam",
            (!plan.care_team.is_empty())
                .then(|| json!([reference(&urn(derived(plan.id, TAG_TEAM)))])),
        ),
        ("supportingInfo", refs(supporting)),
        (
            "addresses",
            refs(plan.needs.iter().map(|n| urn(n.id)).collect()),
        ),
        ("goal", refs(plan.goals.iter().map(|g| urn(g.id)).collect())),
        ("activity", list(activity)),
    ])
}

pub(super) fn step_status(s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::NotStarted => "not-started",
        ActionStatus::InProgress => "in-progress",
        ActionStatus::Done => "completed",
        ActionStatus::Blocked => "on-hold",
        ActionStatus::Cancelled => "cancelled",
    }
}

pub(super) fn period_unit(r: Repeat) -> &'static str {
    match r {
        Repeat::Daily => "d",
        Repeat::Weekly => "wk",
        Repeat::Monthly => "mo",
    }
}

fn step(plan: &CarePlan, goal: &Goal, s: &ActionStep, patient: &str) -> Value {
    let (performer, by_service) = match &s.owner {
        Owner::Unassigned => (None, None),
        Owner::Person => (Some(json!([reference(patient)])), None),
        Owner::Member(id) => (Some(json!([reference(&urn(id))])), None),
        // A service is a request, not a performer FHIR allows: name it, and link the request.
        Owner::Service(id) => (
            Some(json!([{ "display": plan.owner_name(&s.owner) }])),
            Some(ext_reference("performed-by-service", &urn(id))),
        ),
    };
    let timing = match (s.repeat, s.due) {
        (Some(r), _) => Some(json!({
            "repeat": obj(vec![
                ("boundsPeriod", (s.due.is_some() || s.until.is_some()).then(|| obj(vec![
                    ("start", date(s.due)),
                    ("end", date(s.until)),
                ]))),
                ("frequency", Some(json!(1))),
                ("period", Some(json!(1))),
                ("periodUnit", Some(json!(period_unit(r)))),
            ])
        })),
        (None, Some(d)) => Some(json!({ "event": [d.to_string()] })),
        (None, None) => None,
    };
    let detail = obj(vec![
        (
            "extension",
            list(
                [ext_string("step-how", &s.how), by_service]
                    .into_iter()
                    .flatten()
                    .collect(),
            ),
        ),
        ("kind", Some(json!("Task"))),
        (
            "reasonCode",
            s.barrier
                .map(|b| json!([concept(&format!("{CODES}barrier"), b.code(), b.label())])),
        ),
        ("goal", Some(json!([reference(&urn(goal.id))]))),
        ("status", Some(json!(step_status(s.status)))),
        ("scheduledTiming", timing),
        ("performer", performer),
        ("description", text(&s.what)),
    ]);
    json!({ "id": s.id.to_string(), "detail": detail })
}

fn condition(n: &Need, patient: &str) -> Value {
    // The code, and the display the code system gives it.
    let (clinical, clinical_display) = match n.status {
        NeedStatus::Active => ("active", "Active"),
        NeedStatus::Resolved => ("resolved", "Resolved"),
        NeedStatus::NotNow => ("inactive", "Inactive"),
    };
    let mut extensions: Vec<Value> = [
        ext_code("need-status", n.status.code()),
        n.domain.and_then(|d| ext_code("need-domain", d.code())),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !n.findings.is_empty() {
        if let Ok(json) = serde_json::to_string(&n.findings) {
            extensions.extend(ext_string("need-findings", &json));
        }
    }
    obj(vec![
        ("resourceType", Some(json!("Condition"))),
        ("id", Some(id_of(&urn(n.id)))),
        ("extension", list(extensions)),
        (
            "clinicalStatus",
            Some(concept(
                "http://terminology.hl7.org/CodeSystem/condition-clinical",
                clinical,
                clinical_display,
            )),
        ),
        (
            "category",
            Some(json!([{
                "coding": [coding(
                    "http://hl7.org/fhir/us/core/CodeSystem/condition-category",
                    "health-concern",
                    "Health Concern",
                )]
            }])),
        ),
        ("code", text(&n.statement).map(|t| json!({ "text": t }))),
        ("subject", Some(reference(patient))),
    ])
}

fn goal(plan: &CarePlan, g: &Goal, patient: &str) -> Value {
    // The status the person confirmed, or one that follows from the lifecycle (the same rule
    // the screens follow when there are no entries: `Goal::how_going`).
    let achievement = g.achievement.or_else(|| g.achievement_from_plan());
    // The code, and the display the code system gives it.
    let (priority, priority_display) = match g.priority {
        Priority::High => ("high-priority", "High Priority"),
        Priority::Medium => ("medium-priority", "Medium Priority"),
        Priority::Low => ("low-priority", "Low Priority"),
    };
    // FHIR wants a measure beside any target detail (gol-1).
    let detail = match (g.target_value(), text(&g.outcome)) {
        (Some(value), _) => Some((
            "detailQuantity",
            obj(vec![
                (
                    "value",
                    serde_json::Number::from_f64(value).map(Value::Number),
                ),
                ("unit", text(&g.unit)),
            ]),
        )),
        (None, Some(outcome)) => Some(("detailString", outcome)),
        (None, None) => None,
    };
    let measure = text(&g.measure)
        .or_else(|| text(&g.unit))
        .or_else(|| detail.as_ref().map(|_| json!("Outcome")));
    let target = obj(vec![
        ("measure", measure.map(|m| json!({ "text": m }))),
        (
            detail.as_ref().map_or("detailString", |(k, _)| *k),
            detail.as_ref().map(|(_, v)| v.clone()),
        ),
        ("dueDate", date(g.target_date)),
    ]);
    let target = target
        .as_object()
        .is_some_and(|t| !t.is_empty())
        .then(|| json!([target]));
    let smart = [
        part("who", "valueString", text(&g.who)),
        part("action", "valueString", text(&g.action)),
        part("detail", "valueString", text(&g.detail)),
        part("measure", "valueString", text(&g.measure)),
        part("unit", "valueString", text(&g.unit)),
        part("baseline", "valueString", text(&g.baseline)),
        part("target", "valueString", text(&g.target)),
        part("direction", "valueCode", Some(json!(g.direction.code()))),
        part("outcome", "valueString", text(&g.outcome)),
        part("confidence", "valueInteger", g.confidence.map(|c| json!(c))),
        part("supports", "valueString", text(&g.supports)),
        part("known-barriers", "valueString", text(&g.known_barriers)),
        part("review-date", "valueDate", date(g.review_date)),
        part(
            "achievement-confirmed",
            "valueBoolean",
            g.achievement.map(|_| json!(true)),
        ),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    let mut extensions =
        vec![json!({ "url": format!("{}goal-smart", super::EXT), "extension": smart })];
    extensions.extend(gas_extension(&g.gas));
    extensions.extend(evaluation_extension(&g.evaluation));
    obj(vec![
        ("resourceType", Some(json!("Goal"))),
        ("id", Some(id_of(&urn(g.id)))),
        ("extension", list(extensions)),
        ("lifecycleStatus", Some(json!(g.status.code()))),
        (
            "achievementStatus",
            achievement.map(|a| {
                concept(
                    "http://terminology.hl7.org/CodeSystem/goal-achievement",
                    a.code(),
                    achievement_display(a),
                )
            }),
        ),
        (
            "priority",
            Some(concept(
                "http://terminology.hl7.org/CodeSystem/goal-priority",
                priority,
                priority_display,
            )),
        ),
        (
            "description",
            Some(json!({ "text": g.sentence(plan.person_name()) })),
        ),
        ("subject", Some(reference(patient))),
        ("startDate", date(g.start_date)),
        ("target", target),
        ("expressedBy", Some(reference(patient))),
        (
            "addresses",
            list(g.needs.iter().map(|n| reference(&urn(n))).collect()),
        ),
        ("note", text(&g.why).map(|w| json!([{ "text": w }]))),
        (
            "outcomeReference",
            list(g.progress.iter().map(|p| reference(&urn(p.id))).collect()),
        ),
    ])
}

/// The display text FHIR gives each achievement code.
fn achievement_display(a: Achievement) -> &'static str {
    match a {
        Achievement::InProgress => "In Progress",
        Achievement::Improving => "Improving",
        Achievement::Worsening => "Worsening",
        Achievement::NoChange => "No Change",
        Achievement::Achieved => "Achieved",
        Achievement::Sustaining => "Sustaining",
        Achievement::NotAchieved => "Not Achieved",
        Achievement::NoProgress => "No Progress",
        Achievement::NotAttainable => "Not Attainable",
    }
}

/// The names of the five GAS levels, -2 to +2, in the `goal-attainment` extension.
pub(super) const GAS_LEVELS: [&str; 5] = [
    "level-minus-2",
    "level-minus-1",
    "level-0",
    "level-plus-1",
    "level-plus-2",
];

/// Goal Attainment Scaling: what each level looks like, the weight and the score reached.
fn gas_extension(gas: &GasScale) -> Option<Value> {
    let mut parts: Vec<Value> = GAS_LEVELS
        .iter()
        .zip(&gas.levels)
        .filter_map(|(name, level)| part(name, "valueString", text(level)))
        .collect();
    parts.extend(part(
        "weight",
        "valueInteger",
        (gas.counted_weight() != 1).then(|| json!(gas.counted_weight())),
    ));
    parts.extend(part("score", "valueInteger", gas.score.map(|s| json!(s))));
    (!parts.is_empty())
        .then(|| json!({ "url": format!("{}goal-attainment", super::EXT), "extension": parts }))
}

/// The goal's outcome at evaluation: met or not, what helped, what got in the way.
fn evaluation_extension(e: &GoalEvaluation) -> Option<Value> {
    let parts: Vec<Value> = [
        part("result", "valueCode", e.result.map(|r| json!(r.code()))),
        part("helped", "valueString", text(&e.helped)),
        part("hindered", "valueString", text(&e.hindered)),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty())
        .then(|| json!({ "url": format!("{}goal-evaluation", super::EXT), "extension": parts }))
}

/// A progress entry: an `Observation` whose focus is the goal, the value in the goal's unit.
fn progress(g: &Goal, p: &ProgressEntry, patient: &str) -> Value {
    let value = match parse_number(&p.value) {
        Some(v) => Some((
            "valueQuantity",
            obj(vec![
                ("value", serde_json::Number::from_f64(v).map(Value::Number)),
                ("unit", text(&g.unit)),
            ]),
        )),
        None => text(&p.value).map(|t| ("valueString", t)),
    };
    let code = text(&g.measure)
        .or_else(|| text(&g.unit))
        .unwrap_or_else(|| json!("Progress toward the goal"));
    obj(vec![
        ("resourceType", Some(json!("Observation"))),
        ("id", Some(id_of(&urn(p.id)))),
        // The value exactly as typed ("2,5" stays "2,5").
        (
            "extension",
            list(ext_string("progress-value", &p.value).into_iter().collect()),
        ),
        ("status", Some(json!("final"))),
        ("code", Some(json!({ "text": code }))),
        ("subject", Some(reference(patient))),
        ("focus", Some(json!([reference(&urn(g.id))]))),
        ("effectiveDateTime", date(p.date)),
        (
            value.as_ref().map_or("valueString", |(k, _)| *k),
            value.map(|(_, v)| v),
        ),
        ("note", text(&p.note).map(|n| json!([{ "text": n }]))),
    ])
}

pub(super) fn request_status(s: ServiceStatus) -> &'static str {
    match s {
        ServiceStatus::Planned => "draft",
        ServiceStatus::Referred | ServiceStatus::Scheduled | ServiceStatus::Active => "active",
        ServiceStatus::Completed => "completed",
        ServiceStatus::Declined => "revoked",
    }
}

fn service_request(s: &Service, patient: &str) -> Value {
    let mut extensions: Vec<Value> = [
        ext_code("service-status", s.status.code()),
        ext_string("service-contact", &s.contact),
    ]
    .into_iter()
    .flatten()
    .collect();
    extensions.extend(
        s.goals
            .iter()
            .map(|g| ext_reference("supports-goal", &urn(g))),
    );
    obj(vec![
        ("resourceType", Some(json!("ServiceRequest"))),
        ("id", Some(id_of(&urn(s.id)))),
        ("extension", list(extensions)),
        ("status", Some(json!(request_status(s.status)))),
        ("intent", Some(json!("plan"))),
        (
            "code",
            Some(concept(
                &format!("{CODES}service-kind"),
                s.kind.code(),
                s.kind.label(),
            )),
        ),
        ("subject", Some(reference(patient))),
        ("occurrenceDateTime", date(s.next_appointment)),
        ("authoredOn", date(s.referral_date)),
        (
            "performer",
            text(&s.organization).map(|o| json!([{ "display": o }])),
        ),
    ])
}

/// The full URLs of the score entries [`scores`] makes for an assessment.
pub(super) fn score_urls(a: &Assessment) -> Vec<String> {
    scores(a, "")
        .iter()
        .filter_map(|e| e.get("fullUrl").and_then(Value::as_str).map(str::to_string))
        .collect()
}

/// Observations for each instrument scored in an assessment, and the PHQ-9 answers as a
/// QuestionnaireResponse. Derived from the assessment, so import ignores them.
fn scores(a: &Assessment, patient: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let when = a.date.to_string();
    let observation = |tag: u8, code: Value, value: (&str, Value), derived_from: Option<&str>| {
        let url = urn(derived(a.id, tag));
        entry(
            &url,
            obj(vec![
                ("resourceType", Some(json!("Observation"))),
                ("id", Some(id_of(&url))),
                ("status", Some(json!("final"))),
                (
                    "category",
                    Some(json!([concept(
                        "http://terminology.hl7.org/CodeSystem/observation-category",
                        "survey",
                        "Survey",
                    )])),
                ),
                ("code", Some(code)),
                ("subject", Some(reference(patient))),
                ("effectiveDateTime", Some(json!(when))),
                (value.0, Some(value.1)),
                ("derivedFrom", derived_from.map(|d| json!([reference(d)]))),
            ]),
        )
    };
    let response = urn(derived(a.id, TAG_PHQ9_RESPONSE));
    if a.phq9.is_started() {
        let answered: Vec<Value> = phq9::QUESTIONS
            .iter()
            .filter_map(|q| {
                let value = a.phq9.answer(q.number.into())?;
                let choice = phq9::CHOICES.iter().find(|c| c.value == value)?;
                Some(json!({
                    "linkId": q.loinc,
                    "text": q.text,
                    "answer": [{ "valueCoding": coding(LOINC, choice.loinc, choice.label) }],
                }))
            })
            .collect();
        out.push(entry(
            &response,
            obj(vec![
                ("resourceType", Some(json!("QuestionnaireResponse"))),
                ("id", Some(id_of(&response))),
                ("questionnaire", Some(json!("http://loinc.org/q/44249-1"))),
                (
                    "status",
                    Some(json!(if a.phq9.score().is_ok() {
                        "completed"
                    } else {
                        "in-progress"
                    })),
                ),
                ("subject", Some(reference(patient))),
                ("authored", Some(json!(when))),
                ("item", list(answered)),
            ]),
        ));
    }
    if let Ok(s) = a.phq9.score() {
        out.push(observation(
            TAG_PHQ9,
            concept(
                LOINC,
                "44261-6",
                "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
            ),
            ("valueInteger", json!(s.total)),
            Some(&response),
        ));
    }
    if let Ok(s) = a.phq9.phq2() {
        out.push(observation(
            TAG_PHQ2,
            concept(
                LOINC,
                "55758-7",
                "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]",
            ),
            ("valueInteger", json!(s.total)),
            Some(&response),
        ));
    }
    out.extend(super::gad7::entries(a, patient, &observation));
    if let Some(total) = a.ahc.result().safety_total {
        out.push(observation(
            TAG_AHC_SAFETY,
            concept(LOINC, "95614-4", "Total safety score"),
            ("valueInteger", json!(total)),
            None,
        ));
    }
    if let Ok(risk) = a.hvs.at_risk() {
        let (code, label) = if risk {
            ("LA19952-3", "At risk")
        } else {
            ("LA19983-8", "No risk")
        };
        out.push(observation(
            TAG_HVS,
            concept(LOINC, "88124-3", "Food insecurity risk [HVS]"),
            ("valueCodeableConcept", concept(LOINC, code, label)),
            None,
        ));
    }
    if let Ok(s) = a.katz.score() {
        out.push(observation(
            TAG_KATZ,
            json!({ "text": "Katz Index of Independence in Activities of Daily Living, total (0-6)" }),
            ("valueInteger", json!(s.total)),
            None,
        ));
    }
    out.extend(super::substance::scores(a, patient, &observation, entry));
    out
}
