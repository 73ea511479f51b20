//! The person's safety plan as a FHIR `QuestionnaireResponse`: each part of the plan an item
//! (its `linkId` the part's code, its `text` the part's name), each line the person wrote an
//! answer (`valueString`). A questionnaire is what a safety plan is on paper: set prompts, and
//! the person's own answers; a system that does not know this app's questionnaire still shows
//! every part with its name and lines. The plan's `CarePlan` points at it (`supportingInfo`).
//! Only the lines worth showing travel (trimmed, blanks left out).

use super::json::{derived, list, obj, reference, str_at, urn};
use super::refs::Index;
use crate::model::safety_plan::{SafetyPlan, Section};
use crate::model::CarePlan;
use serde_json::{json, Value};

/// This app's questionnaire of a safety plan (a canonical URL; nothing is fetched from it).
pub const QUESTIONNAIRE: &str = "https://careplan.example/fhir/Questionnaire/safety-plan";

/// Tag of the response's id, made from the plan's (see `json::derived`).
const TAG_SAFETY_PLAN: u8 = 40;

/// The full URL of the response, when the plan holds a safety plan.
pub(super) fn url(plan: &CarePlan) -> Option<String> {
    plan.safety_plan
        .is_started()
        .then(|| urn(derived(plan.id, TAG_SAFETY_PLAN)))
}

/// The Bundle entry of the safety plan, when there is one.
pub(super) fn entry(plan: &CarePlan, patient: &str) -> Option<Value> {
    let full_url = url(plan)?;
    let items: Vec<Value> = plan
        .safety_plan
        .filled_sections()
        .into_iter()
        .map(|(section, lines)| {
            json!({
                "linkId": section.code(),
                "text": section.title(),
                "answer": lines.into_iter().map(|l| json!({ "valueString": l })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let resource = obj(vec![
        ("resourceType", Some(json!("QuestionnaireResponse"))),
        ("id", Some(json!(derived(plan.id, TAG_SAFETY_PLAN)))),
        ("questionnaire", Some(json!(QUESTIONNAIRE))),
        ("status", Some(json!("completed"))),
        ("subject", Some(reference(patient))),
        ("item", list(items)),
    ]);
    Some(json!({ "fullUrl": full_url, "resource": resource }))
}

/// Reads the safety plan from the first response to this app's questionnaire in the Bundle;
/// returns that response (to count as used), if there is one. Items this app does not know,
/// and answers that are not text, are passed over.
pub(super) fn read<'a>(index: &Index<'a>, plan: &mut CarePlan) -> Option<&'a Value> {
    let (_, response) = index
        .of_type("QuestionnaireResponse")
        .find(|(_, r)| is_safety_plan(r))?;
    let mut safety_plan = SafetyPlan::default();
    if let Some(items) = response.get("item").and_then(Value::as_array) {
        for item in items {
            let Some(section) = Section::from_code(&str_at(item, "linkId")) else {
                continue;
            };
            let answers = item
                .get("answer")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            safety_plan.lines_mut(section).extend(
                answers
                    .iter()
                    .filter_map(|a| a.get("valueString").and_then(Value::as_str))
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string),
            );
        }
    }
    plan.safety_plan = safety_plan;
    Some(response)
}

/// Whether a resource answers this app's safety-plan questionnaire (a version after `|` too).
fn is_safety_plan(resource: &Value) -> bool {
    let questionnaire = str_at(resource, "questionnaire");
    questionnaire.split('|').next() == Some(QUESTIONNAIRE)
}

#[cfg(test)]
mod tests {
    use super::super::json::items;
    use super::super::sample::sample_plan;
    use super::super::{from_bundle, read_bundle, to_bundle};
    use super::*;
    use crate::model::assessment::safety::CrisisLine;
    use crate::model::lang::Lang;

    fn with_safety_plan() -> CarePlan {
        let mut plan = sample_plan();
        plan.safety_plan.start(&CrisisLine::default(), Lang::En);
        plan.safety_plan.set_text(
            Section::WarningSigns,
            "Not sleeping\nStaying in bed all day",
        );
        plan.safety_plan
            .set_text(Section::Reasons, "My daughter Ana");
        plan.safety_plan
            .set_text(Section::Surroundings, "Ask my sister to keep my pills");
        plan
    }

    fn responses(bundle: &Value) -> Vec<&Value> {
        items(bundle, "entry")
            .iter()
            .filter_map(|e| e.get("resource"))
            .filter(|r| is_safety_plan(r))
            .collect()
    }

    #[test]
    fn the_safety_plan_is_a_questionnaire_response_the_care_plan_points_at() {
        let plan = with_safety_plan();
        let bundle = to_bundle(&plan);
        let found = responses(&bundle);
        assert_eq!(found.len(), 1);
        let r = found[0];
        assert_eq!(r["resourceType"], "QuestionnaireResponse");
        assert_eq!(r["questionnaire"], QUESTIONNAIRE);
        assert_eq!(
            r["subject"]["reference"],
            format!("urn:uuid:{}", plan.person.id)
        );
        let parts: Vec<&str> = items(r, "item")
            .iter()
            .map(|i| i["linkId"].as_str().unwrap_or_default())
            .collect();
        // Only the parts with something in them, in the plan's order.
        assert_eq!(
            parts,
            vec!["warning-signs", "professionals", "surroundings", "reasons"]
        );
        let first = &items(r, "item")[0];
        assert_eq!(first["text"], "My warning signs");
        assert_eq!(first["answer"][1]["valueString"], "Staying in bed all day");
        let professionals = &items(r, "item")[1];
        assert!(professionals["answer"][0]["valueString"]
            .as_str()
            .is_some_and(|l| l.contains("988")));

        let url = url(&plan).unwrap_or_default();
        let care_plan = items(&bundle, "entry")
            .iter()
            .filter_map(|e| e.get("resource"))
            .find(|r| r["resourceType"] == "CarePlan")
            .cloned()
            .unwrap_or_default();
        assert!(items(&care_plan, "supportingInfo")
            .iter()
            .any(|s| s["reference"] == url.as_str()));
    }

    #[test]
    fn export_import_export_keeps_the_safety_plan_and_leaves_nothing_out() {
        let plan = with_safety_plan();
        let bundle = to_bundle(&plan);
        let imported = read_bundle(&bundle).unwrap();
        assert!(imported.left_out.is_empty(), "{:?}", imported.left_out);
        assert_eq!(imported.plan, plan);
        assert_eq!(to_bundle(&imported.plan), bundle);
    }

    #[test]
    fn only_the_lines_worth_showing_travel() {
        let mut plan = sample_plan();
        plan.safety_plan
            .set_text(Section::Coping, "  Walk the dog \n\n\nMusic\n");
        let back = from_bundle(&to_bundle(&plan)).unwrap();
        assert_eq!(back.safety_plan.coping, vec!["Walk the dog", "Music"]);
        // Blanks alone are no safety plan: nothing is exported.
        plan.safety_plan.set_text(Section::Coping, " \n ");
        assert!(responses(&to_bundle(&plan)).is_empty());
        assert!(from_bundle(&to_bundle(&plan))
            .unwrap()
            .safety_plan
            .is_empty());
    }

    #[test]
    fn a_response_from_elsewhere_is_read_as_far_as_it_goes() {
        let plan = sample_plan();
        let mut bundle = to_bundle(&plan);
        let response = json!({
            "fullUrl": "urn:uuid:1d6b3f0c-52a5-4d43-9a3e-1b7b9b1f0a01",
            "resource": {
                "resourceType": "QuestionnaireResponse",
                "questionnaire": format!("{QUESTIONNAIRE}|2"),
                "status": "in-progress",
                "item": [
                    { "linkId": "reasons", "answer": [
                        { "valueString": " My garden " }, { "valueInteger": 3 }, { "valueString": "" }
                    ] },
                    { "linkId": "something-else", "answer": [{ "valueString": "Not a part" }] },
                    { "linkId": "people", "answer": "not a list" },
                    "not an item"
                ]
            }
        });
        if let Some(entries) = bundle.get_mut("entry").and_then(Value::as_array_mut) {
            entries.push(response);
        }
        let imported = read_bundle(&bundle).unwrap();
        assert_eq!(imported.plan.safety_plan.reasons, vec!["My garden"]);
        assert!(imported.plan.safety_plan.people.is_empty());
        assert!(imported.left_out.is_empty(), "{:?}", imported.left_out);
    }
}
