use super::json::{at, items, str_at};
use super::sample::sample_plan;
use super::*;
use crate::model::assessment::barriers::Barrier;
use crate::model::monitoring::progress::Achievement;
use crate::model::CarePlan;
use crate::model::Choice;
use chrono::NaiveDate;
use serde_json::{json, Value};
use std::collections::HashSet;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn full_plan() -> CarePlan {
    sample_plan()
}

fn resources<'a>(bundle: &'a Value, kind: &str) -> Vec<&'a Value> {
    items(bundle, "entry")
        .iter()
        .filter_map(|e| e.get("resource"))
        .filter(|r| r.get("resourceType").and_then(Value::as_str) == Some(kind))
        .collect()
}

fn one<'a>(bundle: &'a Value, kind: &str) -> &'a Value {
    let found = resources(bundle, kind);
    assert_eq!(found.len(), 1, "one {kind}");
    found[0]
}

/// Every `reference` anywhere in a value.
fn references(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("reference", Value::String(s)) => out.push(s.clone()),
                    _ => references(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, out)),
        _ => {}
    }
}

#[test]
fn the_bundle_is_a_collection_whose_references_all_resolve() {
    let bundle = to_bundle(&full_plan());
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    let urls: Vec<&str> = items(&bundle, "entry")
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    assert!(urls.iter().all(|u| u.starts_with("urn:uuid:")));
    let unique: HashSet<&&str> = urls.iter().collect();
    assert_eq!(unique.len(), urls.len(), "no two entries share a full URL");
    for e in items(&bundle, "entry") {
        let id = e["resource"]["id"].as_str().unwrap();
        assert_eq!(e["fullUrl"], format!("urn:uuid:{id}"));
    }
    let mut refs = Vec::new();
    references(&bundle, &mut refs);
    assert!(refs.len() > 20);
    for r in refs {
        assert!(urls.contains(&r.as_str()), "{r} resolves in the bundle");
    }
}

#[test]
fn the_same_plan_always_gives_the_same_bundle() {
    let plan = full_plan();
    assert_eq!(to_bundle(&plan), to_bundle(&plan));
}

#[test]
fn the_person_is_the_patient() {
    let plan = full_plan();
    let bundle = to_bundle(&plan);
    let p = one(&bundle, "Patient");
    assert_eq!(p["id"], plan.person.id.to_string());
    assert_eq!(p["name"][0]["text"], "María López");
    assert_eq!(p["birthDate"], "1961-05-09");
    assert_eq!(
        p["communication"][0]["language"]["text"],
        "Spanish and English"
    );
    assert_eq!(
        p["telecom"][0],
        json!({ "system": "sms", "value": "Text 555-0123 after 4 pm" })
    );
    assert_eq!(
        p["extension"][0]["valueString"],
        "Staying in my own apartment and cooking for my grandchildren on Sundays."
    );
}

#[test]
fn the_care_plan_links_everything() {
    let plan = full_plan();
    let bundle = to_bundle(&plan);
    let cp = one(&bundle, "CarePlan");
    assert_eq!(cp["id"], plan.id.to_string());
    assert_eq!(cp["status"], "active");
    assert_eq!(cp["intent"], "plan");
    assert_eq!(cp["title"], "Feeling steady at home");
    assert_eq!(cp["period"]["start"], "2026-11-20");
    assert_eq!(
        cp["subject"]["reference"],
        format!("urn:uuid:{}", plan.person.id)
    );
    assert_eq!(items(cp, "careTeam").len(), 1);
    assert_eq!(items(cp, "addresses").len(), 2);
    assert_eq!(items(cp, "goal").len(), 3);
    let steps: usize = plan.goals.iter().map(|g| g.steps.len()).sum();
    assert_eq!(items(cp, "activity").len(), steps + plan.services.len());
    assert!(
        !items(cp, "supportingInfo").is_empty(),
        "the scores support the plan"
    );
}

#[test]
fn needs_are_health_concerns() {
    let bundle = to_bundle(&full_plan());
    let conditions = resources(&bundle, "Condition");
    assert_eq!(conditions.len(), 2);
    let food = conditions[1];
    assert_eq!(
        food["code"]["text"],
        "Not enough food at the end of the month"
    );
    assert_eq!(food["category"][0]["coding"][0]["code"], "health-concern");
    assert_eq!(
        food["category"][0]["coding"][0]["system"],
        "http://hl7.org/fhir/us/core/CodeSystem/condition-category"
    );
    assert_eq!(food["clinicalStatus"]["coding"][0]["code"], "active");
}

#[test]
fn goals_carry_status_target_dates_needs_and_why() {
    let plan = full_plan();
    let bundle = to_bundle(&plan);
    let goals = resources(&bundle, "Goal");
    assert_eq!(goals.len(), 3);
    let pills = goals[0];
    assert_eq!(pills["lifecycleStatus"], "active");
    // Confirmed by the person; without that it follows the lifecycle (the bus goal below).
    assert_eq!(pills["achievementStatus"]["coding"][0]["code"], "improving");
    assert_eq!(pills["priority"]["coding"][0]["code"], "high-priority");
    assert_eq!(
        pills["description"]["text"],
        "By 31 January 2027, María López will take her diabetes pills 7 days a week every morning, up from 3 days a week today."
    );
    assert_eq!(pills["startDate"], "2026-11-20");
    let target = &pills["target"][0];
    assert_eq!(target["measure"]["text"], "days a week with pills taken");
    assert_eq!(
        target["detailQuantity"],
        json!({ "value": 7.0, "unit": "days a week" })
    );
    assert_eq!(target["dueDate"], "2027-01-31");
    assert_eq!(
        pills["addresses"][0]["reference"],
        format!("urn:uuid:{}", plan.needs[0].id)
    );
    assert_eq!(
        pills["expressedBy"]["reference"],
        format!("urn:uuid:{}", plan.person.id)
    );
    assert_eq!(
        pills["note"][0]["text"],
        "I want to feel well enough to cook"
    );
    // An outcome without a number: the outcome is the target, with a measure beside it.
    let bus = goals[2];
    assert_eq!(bus["target"][0]["detailString"], "she has a bus pass");
    assert_eq!(bus["target"][0]["measure"]["text"], "Outcome");
    assert_eq!(bus["achievementStatus"]["coding"][0]["code"], "achieved");
    assert_eq!(bus["lifecycleStatus"], "completed");
}

#[test]
fn the_care_team_names_each_member_by_kind() {
    let plan = full_plan();
    let bundle = to_bundle(&plan);
    let team = one(&bundle, "CareTeam");
    let participants = items(team, "participant");
    assert_eq!(participants.len(), 2);
    assert_eq!(participants[0]["role"][0]["text"], "Case manager");
    assert_eq!(
        participants[0]["member"]["display"],
        "Ana Ruiz (Case manager)"
    );
    assert_eq!(
        participants[0]["extension"][0]["valueString"],
        "County Health"
    );
    let ana = one(&bundle, "Practitioner");
    assert_eq!(ana["name"][0]["text"], "Ana Ruiz");
    assert_eq!(
        ana["telecom"][1],
        json!({ "system": "email", "value": "ana@example.org" })
    );
    let lucia = one(&bundle, "RelatedPerson");
    assert_eq!(lucia["name"][0]["text"], "Lucía");
    assert_eq!(
        lucia["patient"]["reference"],
        format!("urn:uuid:{}", plan.person.id)
    );
}

#[test]
fn services_are_requests() {
    let plan = full_plan();
    let bundle = to_bundle(&plan);
    let requests = resources(&bundle, "ServiceRequest");
    assert_eq!(requests.len(), 2);
    let food = requests[1];
    assert_eq!(food["status"], "active");
    assert_eq!(food["intent"], "plan");
    assert_eq!(food["code"]["text"], "Food");
    assert_eq!(food["performer"][0]["display"], "County Food Bank");
    assert_eq!(food["authoredOn"], "2026-11-21");
    assert_eq!(food["occurrenceDateTime"], "2026-12-02");
    assert_eq!(
        food["subject"]["reference"],
        format!("urn:uuid:{}", plan.person.id)
    );
}

#[test]
fn steps_are_activities_with_who_when_and_status() {
    let plan = full_plan();
    let bundle = to_bundle(&plan);
    let cp = one(&bundle, "CarePlan");
    let activities = items(cp, "activity");
    let weekly = &activities[0]["detail"];
    assert_eq!(weekly["description"], "Fill the weekly pill box");
    assert_eq!(weekly["status"], "not-started");
    assert_eq!(weekly["kind"], "Task");
    assert_eq!(
        weekly["scheduledTiming"]["repeat"],
        json!({ "boundsPeriod": { "start": "2026-12-01", "end": "2027-01-31" }, "frequency": 1, "period": 1, "periodUnit": "wk" })
    );
    assert_eq!(
        weekly["performer"][0]["reference"],
        format!("urn:uuid:{}", plan.care_team[0].id)
    );
    assert_eq!(
        weekly["goal"][0]["reference"],
        format!("urn:uuid:{}", plan.goals[0].id)
    );
    let ask = &activities[1]["detail"];
    assert_eq!(ask["scheduledTiming"]["event"][0], "2026-12-03");
    assert_eq!(
        ask["performer"][0]["reference"],
        format!("urn:uuid:{}", plan.person.id)
    );
    let by_service = &activities[3]["detail"];
    assert_eq!(by_service["performer"][0]["display"], "County Food Bank");
    let blocked = &activities[4]["detail"];
    assert_eq!(blocked["status"], "on-hold");
    assert!(blocked.get("performer").is_none(), "no one assigned yet");
    assert_eq!(
        blocked["reasonCode"][0]["coding"][0]["code"],
        Barrier::ALL[0].code()
    );
    // The services come after the steps, as references to their requests.
    assert_eq!(
        activities[5]["reference"]["reference"],
        format!("urn:uuid:{}", plan.services[0].id)
    );
}

#[test]
fn scores_are_observations_with_their_loinc_codes() {
    let bundle = to_bundle(&full_plan());
    let observations = resources(&bundle, "Observation");
    let by_code = |code: &str| {
        observations
            .iter()
            .find(|o| str_at(o, "code.coding.0.code") == code)
            .copied()
    };
    // PHQ-9 answers 2,1,1,1,0,1,0,0,1.
    let phq9 = by_code("44261-6").unwrap();
    assert_eq!(phq9["valueInteger"], 7);
    assert_eq!(phq9["code"]["coding"][0]["system"], "http://loinc.org");
    assert_eq!(phq9["effectiveDateTime"], "2026-11-20");
    assert_eq!(phq9["status"], "final");
    assert_eq!(by_code("55758-7").unwrap()["valueInteger"], 3);
    assert_eq!(
        by_code("88124-3").unwrap()["valueCodeableConcept"]["coding"][0]["code"],
        "LA19952-3"
    );
    let katz = observations
        .iter()
        .find(|o| str_at(o, "code.text").starts_with("Katz"))
        .unwrap();
    assert_eq!(katz["valueInteger"], 5);
    let response = one(&bundle, "QuestionnaireResponse");
    assert_eq!(response["questionnaire"], "http://loinc.org/q/44249-1");
    assert_eq!(response["status"], "completed");
    assert_eq!(items(response, "item").len(), 9);
    assert_eq!(response["item"][8]["linkId"], "44260-8");
    assert_eq!(
        response["item"][8]["answer"][0]["valueCoding"]["code"],
        "LA6569-3"
    );
}

/// Issue #27: the GAD-7 as the PHQ-9 is: its answers coded as LOINC's panel 69737-5 codes
/// them, its total under 70274-6 taken from those answers, the GAD-2 beside it; and the plan
/// reads back the same, with nothing said to be left out.
#[test]
fn gad7_answers_and_scores_travel_with_their_loinc_codes() {
    let mut plan = full_plan();
    let Some(a) = plan.current_assessment_mut() else {
        panic!("the sample plan has an assessment");
    };
    a.gad7.items = [1, 2, 2, 1, 1, 1, 2].map(Some); // 10, moderate; GAD-2 3
    let bundle = to_bundle(&plan);
    let responses = resources(&bundle, "QuestionnaireResponse");
    let gad7 = responses
        .iter()
        .find(|r| r["questionnaire"] == "http://loinc.org/q/69737-5")
        .unwrap();
    assert_eq!(gad7["status"], "completed");
    let answers = items(gad7, "item");
    let link_ids: Vec<&str> = answers
        .iter()
        .filter_map(|i| i["linkId"].as_str())
        .collect();
    assert_eq!(
        link_ids,
        vec!["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"]
    );
    assert_eq!(answers[0]["text"], "Feeling nervous, anxious, or on edge");
    let code = |i: usize| str_at(&answers[i], "answer.0.valueCoding.code");
    assert_eq!(code(0), "LA6569-3");
    assert_eq!(
        code(1),
        "LA18938-3",
        "question 2 keeps LOINC's own answer code"
    );
    assert_eq!(code(2), "LA6570-1");
    let observations = resources(&bundle, "Observation");
    let total = observations
        .iter()
        .find(|o| str_at(o, "code.coding.0.code") == "70274-6")
        .unwrap();
    assert_eq!(total["valueInteger"], 10);
    assert_eq!(total["status"], "final");
    let response_url = items(&bundle, "entry")
        .iter()
        .find(|e| e["resource"]["questionnaire"] == "http://loinc.org/q/69737-5")
        .map(|e| str_at(e, "fullUrl"))
        .unwrap();
    assert_eq!(str_at(total, "derivedFrom.0.reference"), response_url);
    let gad2 = observations
        .iter()
        .find(|o| str_at(o, "code.text").starts_with("Generalized anxiety disorder 2 item"))
        .unwrap();
    assert_eq!(gad2["valueInteger"], 3);
    let Imported {
        plan: back,
        left_out,
    } = read_bundle(&bundle).unwrap();
    assert_eq!(back, plan);
    assert_eq!(left_out, vec![]);

    // Half answered: the answers travel, "in-progress", with the GAD-2 but no total.
    let Some(a) = plan.current_assessment_mut() else {
        panic!("the sample plan has an assessment");
    };
    a.gad7.items = [Some(0), Some(1), None, None, None, None, None];
    let bundle = to_bundle(&plan);
    let gad7 = resources(&bundle, "QuestionnaireResponse")
        .into_iter()
        .find(|r| r["questionnaire"] == "http://loinc.org/q/69737-5")
        .unwrap();
    assert_eq!(gad7["status"], "in-progress");
    assert_eq!(items(gad7, "item").len(), 2);
    let codes: Vec<String> = resources(&bundle, "Observation")
        .iter()
        .map(|o| str_at(o, "code.coding.0.code"))
        .collect();
    assert!(!codes.iter().any(|c| c == "70274-6"));
    assert_eq!(from_bundle(&bundle).unwrap(), plan);
    // Not started: nothing about the GAD-7 at all.
    if let Some(a) = plan.current_assessment_mut() {
        a.gad7 = Default::default();
    }
    let bundle = to_bundle(&plan);
    assert!(!bundle.to_string().contains("69737-5"));
}

#[test]
fn progress_is_observations_of_the_goal_and_follow_up_travels_in_extensions() {
    let plan = full_plan();
    let bundle = to_bundle(&plan);
    let pills = &plan.goals[0];
    let progress: Vec<&Value> = resources(&bundle, "Observation")
        .into_iter()
        .filter(|o| o.get("focus").is_some())
        .collect();
    assert_eq!(progress.len(), 2);
    let goal_url = format!("urn:uuid:{}", pills.id);
    assert!(progress
        .iter()
        .all(|o| o["focus"][0]["reference"] == goal_url));
    assert_eq!(progress[0]["effectiveDateTime"], "2026-11-27");
    assert_eq!(
        progress[0]["valueQuantity"],
        json!({ "value": 4.0, "unit": "days a week" })
    );
    assert_eq!(progress[0]["note"][0]["text"], "Used the pill box");
    assert_eq!(progress[0]["code"]["text"], "days a week with pills taken");
    // The value as typed travels beside the number, so "5,5" would come back as "5,5".
    assert_eq!(progress[1]["valueQuantity"]["value"], 5.0);
    assert_eq!(progress[1]["extension"][0]["valueString"], "5");
    let mut typed = plan.clone();
    typed.goals[0].progress[1].value = "5,5".into();
    let back = from_bundle(&to_bundle(&typed)).unwrap();
    assert_eq!(back.goals[0].progress[1].value, "5,5");
    let goal = resources(&bundle, "Goal")[0];
    let outcomes: Vec<&str> = items(goal, "outcomeReference")
        .iter()
        .map(|r| r["reference"].as_str().unwrap())
        .collect();
    assert_eq!(
        outcomes,
        pills
            .progress
            .iter()
            .map(|p| format!("urn:uuid:{}", p.id))
            .collect::<Vec<_>>()
    );
    let ext = |v: &Value, name: &str| {
        items(v, "extension")
            .iter()
            .find(|e| e["url"] == format!("{EXT}{name}"))
            .cloned()
            .unwrap_or(Value::Null)
    };
    let gas = ext(goal, "goal-attainment");
    let part = |e: &Value, name: &str| {
        items(e, "extension")
            .iter()
            .find(|p| p["url"] == name)
            .cloned()
            .unwrap_or(Value::Null)
    };
    assert_eq!(part(&gas, "level-0")["valueString"], "4 to 6 days");
    assert_eq!(part(&gas, "weight")["valueInteger"], 2);
    assert_eq!(part(&gas, "score")["valueInteger"], 1);
    let evaluation = ext(goal, "goal-evaluation");
    assert_eq!(part(&evaluation, "result")["valueCode"], "partly-met");
    assert_eq!(
        part(&evaluation, "hindered")["valueString"],
        "Weekends away; no alarm"
    );
    // The other goals have neither.
    assert_eq!(
        ext(resources(&bundle, "Goal")[1], "goal-attainment"),
        Value::Null
    );
    let care_plan = one(&bundle, "CarePlan");
    for name in ["review-schedule", "review", "transition"] {
        assert!(ext(care_plan, name)["valueString"].is_string(), "{name}");
    }
}

#[test]
fn an_achievement_status_from_elsewhere_is_taken_as_confirmed() {
    let mut bundle = to_bundle(&full_plan());
    let goal = items(&bundle, "entry")
        .iter()
        .position(|e| e["resource"]["resourceType"] == "Goal")
        .unwrap();
    let resource = &mut bundle["entry"][goal]["resource"];
    resource.as_object_mut().unwrap().remove("extension");
    resource["achievementStatus"]["coding"][0]["code"] = json!("worsening");
    let back = from_bundle(&bundle).unwrap();
    assert_eq!(back.goals[0].achievement, Some(Achievement::Worsening));
    assert_eq!(
        back.goals[0].progress.len(),
        2,
        "entries come from the observations"
    );
}

#[test]
fn gas_weights_from_1_to_100_travel_and_others_are_read_as_the_nearest_or_the_usual() {
    let mut plan = full_plan();
    plan.goals[0].gas.weight = 42;
    let bundle = to_bundle(&plan);
    assert_eq!(from_bundle(&bundle).unwrap().goals[0].gas.weight, 42);
    // The weight as another system might write it.
    let goal = items(&bundle, "entry")
        .iter()
        .position(|e| e["resource"]["resourceType"] == "Goal")
        .unwrap();
    let attainment = items(&bundle["entry"][goal]["resource"], "extension")
        .iter()
        .position(|e| e["url"] == format!("{EXT}goal-attainment"))
        .unwrap();
    let weight = items(
        &bundle["entry"][goal]["resource"]["extension"][attainment],
        "extension",
    )
    .iter()
    .position(|p| p["url"] == "weight")
    .unwrap();
    for (written, read) in [
        (json!(6), 6),
        (json!(100), 100),
        (json!(101), 100),
        (json!(1000), 100),
        (json!(0), 1),
        (json!(-3), 1),
        (json!(2.5), 1),
        (json!("6"), 1),
    ] {
        let mut other = bundle.clone();
        other["entry"][goal]["resource"]["extension"][attainment]["extension"][weight]
            ["valueInteger"] = written.clone();
        let back = from_bundle(&other).unwrap();
        assert_eq!(back.goals[0].gas.weight, read, "{written}");
    }
}

#[test]
fn export_import_export_is_stable_and_loses_nothing() {
    let plan = full_plan();
    let bundle = to_bundle(&plan);
    let back = from_bundle(&bundle).unwrap();
    assert_eq!(back, plan);
    assert_eq!(to_bundle(&back), bundle);
    // Through text, as a file.
    let text = serde_json::to_string_pretty(&bundle).unwrap();
    let again = from_bundle(&serde_json::from_str(&text).unwrap()).unwrap();
    assert_eq!(again, plan);
}

#[test]
fn an_empty_plan_gives_a_small_valid_bundle_and_comes_back() {
    let plan = CarePlan::new(chrono::Utc::now());
    let bundle = to_bundle(&plan);
    assert_eq!(
        items(&bundle, "entry").len(),
        2,
        "a Patient and the CarePlan"
    );
    let text = serde_json::to_string(&bundle).unwrap();
    assert!(!text.contains("\"\""), "FHIR has no empty strings");
    assert!(
        !text.contains("[]") && !text.contains("{}"),
        "nor empty lists or objects"
    );
    assert_eq!(from_bundle(&bundle).unwrap(), plan);
}

#[test]
fn a_goal_from_elsewhere_is_read_from_its_standard_elements() {
    let bundle = json!({
        "resourceType": "Bundle", "type": "collection",
        "entry": [
            { "fullUrl": "urn:uuid:2b1c7b8e-0d47-4c5e-9f0e-8d1f6a2b3c4d", "resource": {
                "resourceType": "CarePlan", "status": "active", "intent": "plan",
                "subject": { "reference": "urn:uuid:5a0d6c1e-7b2f-4e8a-9c3d-1f2e3d4c5b6a" },
                "goal": [{ "reference": "urn:uuid:9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0" }] } },
            { "fullUrl": "urn:uuid:5a0d6c1e-7b2f-4e8a-9c3d-1f2e3d4c5b6a", "resource": {
                "resourceType": "Patient", "name": [{ "text": "Ben" }] } },
            { "fullUrl": "urn:uuid:9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0", "resource": {
                "resourceType": "Goal", "lifecycleStatus": "active",
                "description": { "text": "Walk to the shop" },
                "target": [{ "measure": { "text": "distance" }, "detailQuantity": { "value": 200, "unit": "m" }, "dueDate": "2027-03-01" }] } }
        ]
    });
    let plan = from_bundle(&bundle).unwrap();
    assert_eq!(plan.person.name, "Ben");
    assert_eq!(plan.status, crate::model::PlanStatus::Active);
    let goal = &plan.goals[0];
    assert_eq!(goal.action, "Walk to the shop");
    assert_eq!((goal.target.as_str(), goal.unit.as_str()), ("200", "m"));
    assert_eq!(goal.target_date, Some(day(2027, 3, 1)));
}

#[test]
fn what_cannot_be_read_is_named_plainly() {
    let cases = [
        (json!({ "resourceType": "Patient" }), "a single Patient"),
        (
            json!({ "resourceType": "Bundle", "type": "collection" }),
            "holds no CarePlan",
        ),
        (
            json!({ "resourceType": "Bundle", "entry": "lots" }),
            "damaged",
        ),
        (
            json!({ "resourceType": "Bundle", "entry": [
                { "resource": { "resourceType": "CarePlan" } },
                { "resource": { "resourceType": "CarePlan" } } ] }),
            "more than one CarePlan",
        ),
        (
            json!({ "resourceType": "Bundle", "entry": [{ "resource": { "resourceType": "CarePlan",
                "extension": [{ "url": format!("{EXT}assessment"), "valueString": "{\"date\": 5}" }] } }] }),
            "an assessment in it cannot be read",
        ),
        (json!({ "name": "not FHIR" }), "damaged"),
    ];
    for (value, says) in cases {
        let err = from_bundle(&value).unwrap_err();
        assert!(
            err.plain().contains(says),
            "{} should say {says}",
            err.plain()
        );
    }
    assert!(looks_like_fhir(&json!({ "resourceType": "Bundle" })));
    assert!(!looks_like_fhir(&json!({ "format": "careplan-backup" })));
}

#[test]
fn odd_values_anywhere_never_panic() {
    let plan = full_plan();
    let good = to_bundle(&plan);
    // Replace each value in turn with something of the wrong kind.
    let odd = [
        json!(null),
        json!(42),
        json!("x"),
        json!([]),
        json!({}),
        json!([1, {"a": []}]),
    ];
    let mut paths = Vec::new();
    fn walk(v: &Value, path: String, out: &mut Vec<String>) {
        out.push(path.clone());
        match v {
            Value::Object(m) => m
                .iter()
                .for_each(|(k, v)| walk(v, format!("{path}/{k}"), out)),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(v, format!("{path}/{i}"), out)),
            _ => {}
        }
    }
    walk(&good, String::new(), &mut paths);
    for (i, path) in paths.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
        let mut broken = good.clone();
        if let Some(slot) = broken.pointer_mut(path) {
            *slot = odd[i % odd.len()].clone();
        }
        // Either a plan or a reason; never a panic.
        let _ = from_bundle(&broken).map_err(|e| e.plain());
    }
    assert!(at(&good, "entry.0.resource").is_some());
}

/// The code systems' own texts for every code the export writes: a `display` must be exactly
/// the text its code system gives the code. A coding not listed here fails the test below, so a
/// new one is checked against its code system when it is added.
const CODE_SYSTEM_TEXTS: &[(&str, &str, &str)] = &[
    // HL7 terminology: Condition Clinical Status Codes.
    (CLINICAL, "active", "Active"),
    (CLINICAL, "inactive", "Inactive"),
    (CLINICAL, "resolved", "Resolved"),
    // US Core Condition Category Codes.
    (CATEGORY, "health-concern", "Health Concern"),
    // HL7 terminology: Goal achievement status.
    (ACHIEVEMENT, "in-progress", "In Progress"),
    (ACHIEVEMENT, "improving", "Improving"),
    (ACHIEVEMENT, "worsening", "Worsening"),
    (ACHIEVEMENT, "no-change", "No Change"),
    (ACHIEVEMENT, "achieved", "Achieved"),
    (ACHIEVEMENT, "sustaining", "Sustaining"),
    (ACHIEVEMENT, "not-achieved", "Not Achieved"),
    (ACHIEVEMENT, "no-progress", "No Progress"),
    (ACHIEVEMENT, "not-attainable", "Not Attainable"),
    // HL7 terminology: Goal priority.
    (PRIORITY, "high-priority", "High Priority"),
    (PRIORITY, "medium-priority", "Medium Priority"),
    (PRIORITY, "low-priority", "Low Priority"),
    // HL7 terminology: Observation Category Codes.
    (OBSERVATION_CATEGORY, "survey", "Survey"),
    // LOINC long common names (and answer texts).
    (
        LOINC,
        "44261-6",
        "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
    ),
    (
        LOINC,
        "55758-7",
        "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]",
    ),
    (
        LOINC,
        "70274-6",
        "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
    ),
    (LOINC, "95614-4", "Total safety score"),
    (LOINC, "88124-3", "Food insecurity risk [HVS]"),
    (LOINC, "LA19952-3", "At risk"),
    (LOINC, "LA19983-8", "No risk"),
    (LOINC, "LA6568-5", "Not at all"),
    (LOINC, "LA6569-3", "Several days"),
    (LOINC, "LA6570-1", "More than half the days"),
    (LOINC, "LA6571-9", "Nearly every day"),
    // LOINC's answer to GAD-7 question 2 (68509-9) worth 2.
    (LOINC, "LA18938-3", "More days than not"),
    // AUDIT-C: its total, and the answers of LOINC answer lists LL2179-1, LL2180-9, LL2181-7.
    (LOINC, "75626-2", "Total score [AUDIT-C]"),
    (LOINC, "LA6270-8", "Never"),
    (LOINC, "LA18926-8", "Monthly or less"),
    (LOINC, "LA18927-6", "2-4 times a month"),
    (LOINC, "LA18928-4", "2-3 times a week"),
    (LOINC, "LA18929-2", "4 or more times a week"),
    (LOINC, "LA15694-5", "1 or 2"),
    (LOINC, "LA15695-2", "3 or 4"),
    (LOINC, "LA18930-0", "5 or 6"),
    (LOINC, "LA18931-8", "7 to 9"),
    (LOINC, "LA18932-6", "10 or more"),
    (LOINC, "LA18933-4", "Less than monthly"),
    (LOINC, "LA18876-5", "Monthly"),
    (LOINC, "LA18891-4", "Weekly"),
    (LOINC, "LA18934-2", "Daily or almost daily"),
    // This app's own code systems: barriers.
    (BARRIER, "transportation", "No easy way to get there"),
    (BARRIER, "cost", "Cost of medicines or care"),
    (BARRIER, "housing-instability", "Housing is not steady"),
    (
        BARRIER,
        "little-support",
        "Little help from family or friends",
    ),
    (
        BARRIER,
        "health-literacy",
        "Health information is hard to understand",
    ),
    (BARRIER, "language", "Language"),
    (BARRIER, "caregiver-strain", "Caregiver is worn out"),
    (
        BARRIER,
        "technology",
        "No phone, internet or computer access",
    ),
    (BARRIER, "childcare", "Childcare"),
    (BARRIER, "work-schedule", "Work schedule"),
    // ... and kinds of service.
    (SERVICE_KIND, "medical", "Medical"),
    (SERVICE_KIND, "mental-health", "Mental health"),
    (SERVICE_KIND, "housing", "Housing"),
    (SERVICE_KIND, "food", "Food"),
    (SERVICE_KIND, "transportation", "Transportation"),
    (SERVICE_KIND, "financial", "Money and benefits"),
    (SERVICE_KIND, "legal", "Legal"),
    (SERVICE_KIND, "peer-support", "Peer support"),
    (SERVICE_KIND, "other", "Other"),
];
const CLINICAL: &str = "http://terminology.hl7.org/CodeSystem/condition-clinical";
const CATEGORY: &str = "http://hl7.org/fhir/us/core/CodeSystem/condition-category";
const ACHIEVEMENT: &str = "http://terminology.hl7.org/CodeSystem/goal-achievement";
const PRIORITY: &str = "http://terminology.hl7.org/CodeSystem/goal-priority";
const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const BARRIER: &str = "https://careplan.example/fhir/CodeSystem/barrier";
const SERVICE_KIND: &str = "https://careplan.example/fhir/CodeSystem/service-kind";

/// Every Coding (an object with a `system` and a `code`) anywhere in a value, as
/// (system, code, display, where).
fn codings(v: &Value, path: &str, out: &mut Vec<(String, String, Option<String>, String)>) {
    match v {
        Value::Object(map) => {
            if let (Some(Value::String(system)), Some(Value::String(code))) =
                (map.get("system"), map.get("code"))
            {
                let display = map.get("display").and_then(Value::as_str);
                out.push((
                    system.clone(),
                    code.clone(),
                    display.map(str::to_string),
                    path.to_string(),
                ));
            }
            for (k, v) in map {
                codings(v, &format!("{path}.{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                codings(v, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// The sample plan with one of every coded thing the export writes: each need status, goal
/// priority and achievement status, barrier, kind of service, PHQ-9 and AUDIT-C answer, and both
/// Hunger Vital Sign results.
fn plan_with_every_code() -> CarePlan {
    use crate::model::actions::ActionStep;
    use crate::model::assessment::ahc::FoodAnswer;
    use crate::model::goals::{Goal, Priority};
    use crate::model::services::ServiceKind;
    use crate::model::NeedStatus;
    let mut plan = full_plan();
    let today = day(2026, 11, 22);
    for status in NeedStatus::ALL {
        let id = plan.add_need();
        if let Some(n) = plan.needs.iter_mut().find(|n| n.id == id) {
            n.statement = format!("A need {}", status.code());
            n.status = status;
        }
    }
    for (i, achievement) in Achievement::ALL.into_iter().enumerate() {
        let mut goal = Goal::new(today);
        goal.action = format!("do thing {i}");
        goal.priority = Priority::ALL[i % Priority::ALL.len()];
        goal.achievement = Some(achievement);
        plan.add_goal(goal);
    }
    for &barrier in Barrier::ALL {
        let mut step = ActionStep::new(format!("Meet {}", barrier.code()));
        step.barrier = Some(barrier);
        plan.goals[0].steps.push(step);
    }
    for kind in ServiceKind::ALL {
        let id = plan.add_service();
        if let Some(s) = plan.service_mut(id) {
            s.kind = kind;
            s.organization = format!("{} service", kind.label());
        }
    }
    // Every AUDIT-C answer, over five assessments (question 1 "Never" skips 2 and 3).
    for v in 0..5u8 {
        plan.start_assessment(day(2026, 12, 10 + u32::from(v)));
        if let Some(a) = plan.current_assessment_mut() {
            a.audit_c.items = [v.max(1), v, v].map(Some);
        }
    }
    plan.start_assessment(day(2026, 12, 20));
    if let Some(a) = plan.current_assessment_mut() {
        a.phq9.items = [0, 1, 2, 3, 0, 1, 2, 3, 0].map(Some);
        a.gad7.items = [0, 2, 2, 3, 0, 1, 1].map(Some);
        a.hvs.worried = Some(FoodAnswer::Never);
        a.hvs.ran_out = Some(FoodAnswer::Never);
        a.ahc.safety = [Some(1), Some(2), Some(1), Some(1)];
    }
    plan
}

#[test]
fn every_display_is_its_code_systems_own_text() {
    let plan = plan_with_every_code();
    let bundle = to_bundle(&plan);
    let mut found = Vec::new();
    codings(&bundle, "Bundle", &mut found);
    assert!(found.len() > 40, "{} codings", found.len());
    let mut seen = HashSet::new();
    for (system, code, display, path) in &found {
        let known = CODE_SYSTEM_TEXTS
            .iter()
            .find(|(s, c, _)| s == system && c == code);
        let Some((_, _, text)) = known else {
            panic!(
                "{path}: {system}|{code} is not in CODE_SYSTEM_TEXTS: add it with its code system's own text"
            );
        };
        assert_eq!(
            display.as_deref(),
            Some(*text),
            "{path}: the display of {system}|{code}"
        );
        seen.insert((system.as_str(), code.as_str()));
    }
    // Every row is used, so the plan above really exports each of them.
    for (system, code, _) in CODE_SYSTEM_TEXTS {
        assert!(
            seen.contains(&(*system, *code)),
            "{system}|{code} was not exported"
        );
    }
    // The coded elements' text says the same as their display.
    let need = resources(&bundle, "Condition")
        .into_iter()
        .find(|c| str_at(c, "clinicalStatus.coding.0.code") == "active")
        .unwrap();
    assert_eq!(need["clinicalStatus"]["text"], "Active");
    let goal = resources(&bundle, "Goal")[0];
    assert_eq!(
        goal["priority"]["text"],
        goal["priority"]["coding"][0]["display"]
    );
    // And what the app reads back is unchanged.
    assert_eq!(from_bundle(&bundle).unwrap(), plan);
}

// --- Bundles as other systems write them --------------------------------------------------------
// Written for these tests in the shapes of the FHIR R4 specification's own examples (the
// Patient with official, usual and maiden names; a CarePlan with contained resources; Goals with
// only a description; coded and text-only Conditions), in each kind of Bundle a server gives.

fn left_out_of(bundle: &Value) -> Vec<LeftOut> {
    read_bundle(bundle).unwrap().left_out
}

#[test]
fn a_bundle_this_app_wrote_leaves_nothing_out() {
    assert_eq!(left_out_of(&to_bundle(&full_plan())), vec![]);
    assert_eq!(
        left_out_of(&to_bundle(&CarePlan::new(chrono::Utc::now()))),
        vec![]
    );
}

#[test]
fn a_searchset_from_a_server_is_read_through_its_relative_references() {
    let base = "https://fhir.example.org/r4/";
    let entry = |path: &str, resource: Value| json!({ "fullUrl": format!("{base}{path}"), "resource": resource, "search": { "mode": "match" } });
    let bundle = json!({
        "resourceType": "Bundle", "type": "searchset", "total": 1,
        "entry": [
            entry("CarePlan/cp1", json!({
                "resourceType": "CarePlan", "id": "cp1", "status": "active", "intent": "plan",
                "title": "Weight management plan",
                "subject": { "reference": "Patient/p1", "display": "Peter James Chalmers" },
                "period": { "start": "2026-09-01" },
                "addresses": [{ "reference": "Condition/c1" }],
                "goal": [{ "reference": "Goal/g1" }],
                "activity": [
                    { "detail": {
                        "kind": "ServiceRequest",
                        "code": { "coding": [{ "system": "http://snomed.info/sct", "code": "229065009", "display": "Exercise therapy" }] },
                        "status": "scheduled",
                        "goal": [{ "reference": "Goal/g1" }],
                        "scheduledPeriod": { "start": "2026-10-01", "end": "2026-12-31" },
                        "performer": [{ "reference": "Patient/p1" }],
                        "description": "Walk 30 minutes after dinner" } },
                    { "reference": { "reference": "Task/t1" } },
                    { "reference": { "reference": "ServiceRequest/sr1" } },
                    { "reference": { "reference": "Appointment/a1" } },
                    { "reference": { "reference": "MedicationRequest/m9" } }
                ] })),
            entry("Patient/p1", json!({
                "resourceType": "Patient", "id": "p1", "birthDate": "1974-12-25",
                "name": [
                    { "use": "official", "family": "Chalmers", "given": ["Peter", "James"] },
                    { "use": "usual", "given": ["Jim"] },
                    { "use": "maiden", "family": "Windsor", "given": ["Peter", "James"], "period": { "end": "2002" } }
                ] })),
            entry("Condition/c1", json!({
                "resourceType": "Condition", "id": "c1",
                "clinicalStatus": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active" }] },
                "code": { "coding": [{ "system": "http://snomed.info/sct", "code": "44054006", "display": "Diabetes mellitus type 2" }], "text": "Diabetes" },
                "subject": { "reference": "Patient/p1" } })),
            entry("Goal/g1", json!({
                "resourceType": "Goal", "id": "g1", "lifecycleStatus": "active",
                "description": { "text": "Target weight is 160 to 180 lbs." },
                "subject": { "reference": "Patient/p1" },
                "addresses": [{ "reference": "Condition/c1" }] })),
            entry("Task/t1", json!({
                "resourceType": "Task", "id": "t1", "status": "in-progress", "intent": "plan",
                "code": { "text": "Book a diabetes education class" },
                "owner": { "reference": "Patient/p1" },
                "restriction": { "period": { "end": "2026-11-15" } } })),
            entry("ServiceRequest/sr1", json!({
                "resourceType": "ServiceRequest", "id": "sr1", "status": "active", "intent": "order",
                "code": { "text": "Dietitian referral" },
                "subject": { "reference": "Patient/p1" },
                "occurrencePeriod": { "start": "2026-10-20" },
                "performer": [{ "reference": "Organization/o1" }] })),
            entry("Organization/o1", json!({ "resourceType": "Organization", "id": "o1", "name": "County Clinic" })),
            entry("Appointment/a1", json!({ "resourceType": "Appointment", "id": "a1", "status": "booked" })),
            entry("Observation/w1", json!({
                "resourceType": "Observation", "id": "w1", "status": "final",
                "code": { "text": "Body weight" }, "valueQuantity": { "value": 185, "unit": "lbs" } })),
            entry("Goal/g2", json!({ "resourceType": "Goal", "id": "g2", "description": { "text": "Quit smoking" } })),
            // The same id on another server: not the plan's person.
            json!({ "fullUrl": "https://other.example.com/fhir/Patient/p1",
                "resource": { "resourceType": "Patient", "id": "p1", "name": [{ "text": "Someone else" }] } }),
            json!({ "resource": { "resourceType": "OperationOutcome", "issue": [] }, "search": { "mode": "outcome" } })
        ]
    });
    let Imported { plan, left_out } = read_bundle(&bundle).unwrap();
    assert_eq!(plan.person.name, "Peter James Chalmers");
    assert_eq!(plan.person.birth_date, Some(day(1974, 12, 25)));
    assert_eq!(plan.title, "Weight management plan");
    assert_eq!(plan.needs.len(), 1);
    assert_eq!(plan.needs[0].statement, "Diabetes mellitus type 2");
    assert_eq!(plan.goals.len(), 2, "the goal, and one for the Task");
    let goal = &plan.goals[0];
    assert_eq!(goal.action, "Target weight is 160 to 180 lbs.");
    assert_eq!(goal.needs, vec![plan.needs[0].id]);
    assert_eq!(goal.steps.len(), 1);
    let walk = &goal.steps[0];
    assert_eq!(walk.what, "Walk 30 minutes after dinner");
    assert_eq!(walk.due, Some(day(2026, 10, 1)));
    assert_eq!(walk.owner, crate::model::actions::Owner::Person);
    let task = &plan.goals[1].steps[0];
    assert_eq!(task.what, "Book a diabetes education class");
    assert_eq!(task.due, Some(day(2026, 11, 15)));
    assert_eq!(task.status, crate::model::actions::ActionStatus::InProgress);
    assert_eq!(task.owner, crate::model::actions::Owner::Person);
    assert_eq!(
        plan.goals[1].action, "",
        "a new goal, still to be described"
    );
    let service = &plan.services[0];
    assert_eq!(service.organization, "Dietitian referral, County Clinic");
    assert_eq!(service.next_appointment, Some(day(2026, 10, 20)));
    assert_eq!(
        left_out,
        vec![
            LeftOut::Missing {
                part: Missing::Activity,
                count: 1
            },
            LeftOut::OtherActivities {
                kinds: vec![("Appointment".into(), 1)]
            },
            LeftOut::StepsWithoutGoal { count: 1 },
            LeftOut::Observations { count: 1 },
            LeftOut::Unlinked {
                kinds: vec![("Goal".into(), 1), ("Patient".into(), 1)]
            },
        ]
    );
    let said: Vec<String> = left_out.iter().map(LeftOut::plain).collect();
    assert!(
        said[0].contains("1 activity of the care plan points at a record that is not in the file")
    );
    assert!(said[3].starts_with("1 observation (Observation) was not brought over"));
}

#[test]
fn a_transaction_with_urn_uuid_references_and_contained_resources_is_read() {
    // As a client sends it to a server: urn:uuid full URLs, resources without ids yet.
    let urn = |n: u8| format!("urn:uuid:00000000-0000-4000-8000-0000000000{n:02}");
    let post = |kind: &str| json!({ "method": "POST", "url": kind });
    let bundle = json!({
        "resourceType": "Bundle", "type": "transaction",
        "entry": [
            { "fullUrl": urn(1), "request": post("Patient"), "resource": {
                "resourceType": "Patient",
                "name": [{ "prefix": ["Ms."], "given": ["Amy", "V."], "family": "Shaw", "suffix": ["PhD"] }] } },
            { "fullUrl": urn(2), "request": post("CarePlan"), "resource": {
                "resourceType": "CarePlan", "status": "active", "intent": "plan",
                "contained": [
                    { "resourceType": "Condition", "id": "p1", "code": { "text": "Obesity" } },
                    { "resourceType": "Goal", "id": "goal", "lifecycleStatus": "active",
                      "description": { "text": "Target weight is 160 to 180 lbs." },
                      "addresses": [{ "reference": "#p1" }] }
                ],
                "subject": { "reference": urn(1) },
                "addresses": [{ "reference": "#p1" }, { "reference": urn(9) }],
                "goal": [{ "reference": "#goal" }, { "reference": "#gone" }],
                "careTeam": [{ "reference": urn(3) }],
                "activity": [
                    { "detail": { "status": "completed", "goal": [{ "reference": "#goal" }],
                        "code": { "text": "Weigh in at the clinic" },
                        "performer": [{ "reference": urn(4) }] } }
                ] } },
            { "fullUrl": urn(3), "request": post("CareTeam"), "resource": {
                "resourceType": "CareTeam",
                "participant": [
                    { "role": [{ "coding": [{ "display": "Dietitian" }] }], "member": { "reference": urn(4) } },
                    { "role": [{ "text": "Case manager" }], "member": { "reference": urn(8), "display": "Sam Ortiz" } }
                ] } },
            { "fullUrl": urn(4), "request": post("Practitioner"), "resource": {
                "resourceType": "Practitioner",
                "name": [{ "family": "Careful", "given": ["Adam"], "prefix": ["Dr"] }],
                "telecom": [{ "system": "phone", "value": "555-0100" }] } }
        ]
    });
    let Imported { plan, left_out } = read_bundle(&bundle).unwrap();
    assert_eq!(plan.person.name, "Ms. Amy V. Shaw PhD");
    assert_eq!(plan.needs.len(), 1);
    assert_eq!(plan.needs[0].statement, "Obesity");
    assert_eq!(plan.goals.len(), 1);
    assert_eq!(plan.goals[0].needs, vec![plan.needs[0].id]);
    let team: Vec<(&str, &str, &str)> = plan
        .care_team
        .iter()
        .map(|m| (m.name.as_str(), m.role.as_str(), m.phone.as_str()))
        .collect();
    assert_eq!(
        team,
        vec![
            ("Dr Adam Careful", "Dietitian", "555-0100"),
            ("Sam Ortiz", "Case manager", "")
        ]
    );
    let step = &plan.goals[0].steps[0];
    assert_eq!(step.what, "Weigh in at the clinic");
    assert_eq!(step.status, crate::model::actions::ActionStatus::Done);
    assert_eq!(
        step.owner,
        crate::model::actions::Owner::Member(plan.care_team[0].id)
    );
    assert_eq!(
        left_out,
        vec![
            LeftOut::Missing {
                part: Missing::TeamMember,
                count: 1
            },
            LeftOut::Missing {
                part: Missing::Need,
                count: 1
            },
            LeftOut::Missing {
                part: Missing::Goal,
                count: 1
            },
        ]
    );
}

#[test]
fn a_document_with_absolute_references_is_read() {
    let base = "http://hospital.example/fhir/";
    let bundle = json!({
        "resourceType": "Bundle", "type": "document",
        "entry": [
            { "fullUrl": format!("{base}Composition/doc"), "resource": {
                "resourceType": "Composition", "status": "final", "title": "Care plan",
                "subject": { "reference": format!("{base}Patient/pat") },
                "section": [{ "entry": [{ "reference": format!("{base}CarePlan/plan") }] }] } },
            { "fullUrl": format!("{base}CarePlan/plan"), "resource": {
                "resourceType": "CarePlan", "id": "plan", "status": "draft", "intent": "plan",
                "subject": { "reference": format!("{base}Patient/pat/_history/3") },
                "addresses": [{ "reference": format!("{base}Condition/housing") }],
                "goal": [{ "reference": format!("{base}Goal/home") }] } },
            { "fullUrl": format!("{base}Patient/pat"), "resource": {
                "resourceType": "Patient", "id": "pat", "birthDate": "1990-02-03",
                "name": [
                    { "use": "old", "text": "Maria Gomez" },
                    { "use": "official", "text": "Maria Lopez", "period": { "end": "2020-01-01" } },
                    { "use": "usual", "text": "María López" }
                ] } },
            { "fullUrl": format!("{base}Condition/housing"), "resource": {
                "resourceType": "Condition", "id": "housing",
                "code": { "text": "No stable housing" },
                "clinicalStatus": { "coding": [{ "code": "resolved" }] } } },
            { "fullUrl": format!("{base}Goal/home"), "resource": {
                "resourceType": "Goal", "id": "home", "lifecycleStatus": "proposed",
                "description": { "text": "Move into a place of her own" },
                "target": [{ "dueDate": "2027-06-30" }] } }
        ]
    });
    let Imported { plan, left_out } = read_bundle(&bundle).unwrap();
    assert_eq!(plan.person.name, "María López");
    assert_eq!(plan.person.birth_date, Some(day(1990, 2, 3)));
    assert_eq!(plan.needs[0].statement, "No stable housing");
    assert_eq!(plan.needs[0].status, crate::model::NeedStatus::Resolved);
    assert_eq!(plan.goals[0].action, "Move into a place of her own");
    assert_eq!(plan.goals[0].target_date, Some(day(2027, 6, 30)));
    assert_eq!(
        left_out,
        vec![],
        "the Composition is the document's own cover"
    );
}

#[test]
fn a_person_the_file_does_not_hold_is_said_plainly() {
    let bundle = json!({
        "resourceType": "Bundle", "type": "collection",
        "entry": [{ "fullUrl": "https://a.example/CarePlan/1", "resource": {
            "resourceType": "CarePlan", "subject": { "reference": "Patient/2" },
            "careTeam": [{ "reference": "CareTeam/3" }] } }]
    });
    let Imported { plan, left_out } = read_bundle(&bundle).unwrap();
    assert_eq!(plan.person.name, "");
    assert_eq!(
        left_out,
        vec![
            LeftOut::Missing {
                part: Missing::Person,
                count: 1
            },
            LeftOut::Missing {
                part: Missing::CareTeam,
                count: 1
            },
        ]
    );
    assert!(left_out[0].plain().contains("not in the file"));
}

#[test]
fn human_names_in_all_their_forms() {
    let today = day(2026, 11, 22);
    let name = |names: Value| import::human_name(names.as_array().unwrap(), today);
    assert_eq!(name(json!([{ "text": "Ben" }])), "Ben");
    assert_eq!(
        name(json!([{ "given": ["Ben"], "family": "Ng" }])),
        "Ben Ng"
    );
    assert_eq!(name(json!([{ "family": "Ng" }])), "Ng");
    assert_eq!(
        name(
            json!([{ "prefix": ["Mr."], "given": ["Ben", "T."], "family": "Ng", "suffix": ["Jr."] }])
        ),
        "Mr. Ben T. Ng Jr."
    );
    assert_eq!(
        name(json!([{ "use": "nickname", "text": "Benny" }, { "use": "usual", "text": "Ben" }])),
        "Ben"
    );
    assert_eq!(
        name(
            json!([{ "use": "usual", "text": "Ben" }, { "use": "official", "text": "Benjamin Ng" }])
        ),
        "Benjamin Ng"
    );
    assert_eq!(
        name(json!([{ "use": "old", "text": "Ben Old" }, { "text": "Ben New" }])),
        "Ben New"
    );
    assert_eq!(
        name(json!([
            { "use": "official", "text": "Ben Ended", "period": { "end": "2026-11-21" } },
            { "use": "official", "text": "Ben Now", "period": { "start": "2026-11-21", "end": "2026-11-22" } }
        ])),
        "Ben Now"
    );
    assert_eq!(name(json!([{ "use": "old", "text": "Gone" }])), "");
    assert_eq!(
        name(json!([{ "text": "" }, { "given": [3, "Ana"] }])),
        "Ana"
    );
    assert_eq!(name(json!([{ "given": "Ana" }, 7, "x"])), "Ana");
}

#[test]
fn a_large_bundle_is_read_without_searching_it_again_for_each_reference() {
    // 20,000 Tasks, each an activity by a relative reference, and 20,000 records of made-up
    // kinds: looked up by full URL and counted by kind, not by walking the list each time.
    let base = "https://big.example/fhir/";
    let n = 20_000;
    let mut entries = vec![
        json!({ "fullUrl": format!("{base}CarePlan/cp"), "resource": {
        "resourceType": "CarePlan",
        "activity": (0..n).map(|i| json!({ "reference": { "reference": format!("Task/t{i}") } })).collect::<Vec<_>>()
    } }),
    ];
    for i in 0..n {
        entries.push(json!({ "fullUrl": format!("{base}Task/t{i}"),
            "resource": { "resourceType": "Task", "id": format!("t{i}"), "description": "Call" } }));
        entries.push(json!({ "resource": { "resourceType": format!("Made{i}") } }));
    }
    let bundle = json!({ "resourceType": "Bundle", "type": "searchset", "entry": entries });
    let started = std::time::Instant::now();
    let Imported { plan, left_out } = read_bundle(&bundle).unwrap();
    assert_eq!(plan.goals[0].steps.len(), n);
    assert!(matches!(&left_out[1], LeftOut::OtherRecords { kinds } if kinds.len() == n));
    assert!(left_out[1].plain().ends_with(", ….") && left_out[1].plain().len() < 400);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}
