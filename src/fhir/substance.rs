//! The alcohol and drug screens of an assessment in FHIR: the AUDIT-C answers as a
//! `QuestionnaireResponse` against LOINC panel 72109-2 and the total as an `Observation`
//! (LOINC 75626-2); the single-question drug screen as an `Observation` named by its question
//! (no LOINC code is given for it in the reference). Both say in `interpretation` whether the
//! screen is positive and, for the AUDIT-C, with which cut-off. Derived from the assessment,
//! which travels whole, so import takes them as read.

use super::json::{coding, concept, derived, list, obj, reference, urn};
use super::LOINC;
use crate::model::assessment::{audit_c, drug_screen, Assessment};
use crate::model::lang::Lang;
use serde_json::{json, Value};

const TAG_AUDIT_C_RESPONSE: u8 = 20;
const TAG_AUDIT_C: u8 = 21;
const TAG_DRUG_SCREEN: u8 = 22;

/// Makes a score `Observation` entry: (tag, code, (value key, value), derived from).
pub(super) type Observe<'a> = &'a dyn Fn(u8, Value, (&str, Value), Option<&str>) -> Value;

/// The entries for the AUDIT-C and the drug screen of `a`, in that order.
pub(super) fn scores(
    a: &Assessment,
    patient: &str,
    observation: Observe,
    entry: fn(&str, Value) -> Value,
) -> Vec<Value> {
    let mut out = Vec::new();
    let response = urn(derived(a.id, TAG_AUDIT_C_RESPONSE));
    if a.audit_c.items.iter().any(Option::is_some) {
        out.push(entry(&response, audit_c_response(a, patient, &response)));
    }
    if let Ok(score) = a.audit_c.score() {
        let mut total = observation(
            TAG_AUDIT_C,
            concept(LOINC, audit_c::TOTAL_LOINC, audit_c::TOTAL_TEXT),
            ("valueInteger", json!(score.total)),
            Some(&response),
        );
        if let Ok(outcome) = a.audit_c.outcome() {
            let mut said = outcome.described_in(Lang::En);
            if let Some(note) = outcome.first_only_note_in(Lang::En) {
                said = format!("{said}; {note}");
            }
            interpret(&mut total, &said);
        }
        out.push(total);
    }
    if let (Some(times), Some(positive)) = (a.drug_screen.times, a.drug_screen.positive()) {
        let mut seen = observation(
            TAG_DRUG_SCREEN,
            json!({ "text": format!("{} {}", drug_screen::NAME, drug_screen::QUESTION) }),
            ("valueInteger", json!(times)),
            None,
        );
        interpret(
            &mut seen,
            if positive {
                "positive (1 or more times is positive)"
            } else {
                "negative (none in the past year)"
            },
        );
        out.push(seen);
    }
    out
}

/// Adds `interpretation: [{ text }]` to an Observation entry.
fn interpret(entry: &mut Value, said: &str) {
    if let Some(resource) = entry.get_mut("resource").and_then(Value::as_object_mut) {
        resource.insert("interpretation".into(), json!([{ "text": said }]));
    }
}

/// The answers given, each coded as LOINC codes it (questions 2 and 3 are left out when
/// question 1 is "Never": they are not asked).
fn audit_c_response(a: &Assessment, patient: &str, url: &str) -> Value {
    let answered: Vec<Value> = audit_c::QUESTIONS
        .iter()
        .zip(audit_c::CHOICES.iter())
        .filter(|(q, _)| q.number == 1 || !a.audit_c.never_drinks())
        .filter_map(|(q, choices)| {
            let value = a.audit_c.answer(q.number.into())?;
            let choice = choices.iter().find(|c| c.value == value)?;
            Some(json!({
                "linkId": q.loinc,
                "text": q.text,
                "answer": [{
                    "valueCoding": coding(LOINC, choice.loinc, audit_c::loinc_answer_text(choice))
                }],
            }))
        })
        .collect();
    obj(vec![
        ("resourceType", Some(json!("QuestionnaireResponse"))),
        ("id", Some(json!(url.trim_start_matches("urn:uuid:")))),
        (
            "questionnaire",
            Some(json!(format!(
                "http://loinc.org/q/{}",
                audit_c::PANEL_LOINC
            ))),
        ),
        (
            "status",
            Some(json!(if a.audit_c.score().is_ok() {
                "completed"
            } else {
                "in-progress"
            })),
        ),
        ("subject", Some(reference(patient))),
        ("authored", Some(json!(a.date.to_string()))),
        ("item", list(answered)),
    ])
}

#[cfg(test)]
mod tests {
    use super::super::json::{items, str_at};
    use super::super::{from_bundle, read_bundle, to_bundle};
    use crate::model::assessment::audit_c::CutOff;
    use crate::model::assessment::Assessment;
    use crate::model::CarePlan;
    use chrono::{NaiveDate, Utc};
    use serde_json::Value;

    fn plan_with(answer: impl FnOnce(&mut Assessment)) -> CarePlan {
        let mut plan = CarePlan::new(Utc::now());
        plan.start_assessment(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default());
        if let Some(a) = plan.current_assessment_mut() {
            answer(a);
        }
        plan
    }

    fn resources(bundle: &Value, kind: &str) -> Vec<Value> {
        items(bundle, "entry")
            .iter()
            .filter_map(|e| e.get("resource"))
            .filter(|r| r.get("resourceType").and_then(Value::as_str) == Some(kind))
            .cloned()
            .collect()
    }

    fn observation(bundle: &Value, code: &str) -> Option<Value> {
        resources(bundle, "Observation")
            .into_iter()
            .find(|o| str_at(o, "code.coding.0.code") == code)
    }

    #[test]
    fn audit_c_answers_are_a_questionnaire_response_and_the_total_an_observation() {
        let plan = plan_with(|a| {
            a.audit_c.items = [2, 1, 1].map(Some); // C3
            a.audit_c.cut_off = Some(CutOff::Men);
        });
        let bundle = to_bundle(&plan);
        let response = resources(&bundle, "QuestionnaireResponse")
            .into_iter()
            .find(|r| r["questionnaire"] == "http://loinc.org/q/72109-2")
            .unwrap();
        assert_eq!(response["status"], "completed");
        let linked: Vec<String> = items(&response, "item")
            .iter()
            .map(|i| str_at(i, "linkId"))
            .collect();
        assert_eq!(linked, ["68518-0", "68519-8", "68520-6"]);
        assert_eq!(
            response["item"][0]["text"],
            "How often do you have a drink containing alcohol?"
        );
        let first = &response["item"][0]["answer"][0]["valueCoding"];
        assert_eq!(first["system"], "http://loinc.org");
        assert_eq!(first["code"], "LA18927-6");
        assert_eq!(first["display"], "2-4 times a month", "LOINC's text");
        assert_eq!(
            response["item"][2]["answer"][0]["valueCoding"]["code"],
            "LA18933-4"
        );
        let total = observation(&bundle, "75626-2").unwrap();
        assert_eq!(total["valueInteger"], 4);
        assert_eq!(
            total["code"]["coding"][0]["display"],
            "Total score [AUDIT-C]"
        );
        assert_eq!(total["effectiveDateTime"], "2026-11-20");
        assert_eq!(
            total["derivedFrom"][0]["reference"],
            format!("urn:uuid:{}", response["id"].as_str().unwrap())
        );
        assert_eq!(
            total["interpretation"][0]["text"],
            "4 of 12, positive with the cut-off for men (4 or more is positive)"
        );
    }

    #[test]
    fn audit_c_unfinished_never_or_without_a_cut_off() {
        // Question 1 only: the answers so far, no total.
        let bundle = to_bundle(&plan_with(|a| a.audit_c.items[0] = Some(3)));
        let response = &resources(&bundle, "QuestionnaireResponse")[0];
        assert_eq!(response["status"], "in-progress");
        assert_eq!(items(response, "item").len(), 1);
        assert!(observation(&bundle, "75626-2").is_none());
        // "Never": questions 2 and 3 are not asked; the total is 0.
        let bundle = to_bundle(&plan_with(|a| {
            a.audit_c.items = [Some(0), Some(3), None];
            a.audit_c.cut_off = Some(CutOff::Women);
        }));
        let response = &resources(&bundle, "QuestionnaireResponse")[0];
        assert_eq!(response["status"], "completed");
        assert_eq!(items(response, "item").len(), 1);
        assert_eq!(
            response["item"][0]["answer"][0]["valueCoding"]["code"],
            "LA6270-8"
        );
        let total = observation(&bundle, "75626-2").unwrap();
        assert_eq!(total["valueInteger"], 0);
        assert!(str_at(&total, "interpretation.0.text")
            .starts_with("0 of 12, negative with the cut-off for women"));
        // Scored but no cut-off chosen: the total without a reading.
        let bundle = to_bundle(&plan_with(|a| a.audit_c.items = [4, 0, 0].map(Some)));
        let total = observation(&bundle, "75626-2").unwrap();
        assert_eq!(total["valueInteger"], 4);
        assert!(total.get("interpretation").is_none());
        // Nothing answered: nothing exported.
        let bundle = to_bundle(&plan_with(|_| {}));
        assert!(resources(&bundle, "QuestionnaireResponse").is_empty());
        assert!(resources(&bundle, "Observation").is_empty());
    }

    #[test]
    fn the_drug_screen_is_an_observation_named_by_its_question() {
        let drug = |bundle: &Value| {
            resources(bundle, "Observation")
                .into_iter()
                .find(|o| str_at(o, "code.text").starts_with("Single-question drug screen"))
        };
        let bundle = to_bundle(&plan_with(|a| a.drug_screen.set_times(Some(3))));
        let seen = drug(&bundle).unwrap();
        assert!(
            seen["code"].get("coding").is_none(),
            "no LOINC code is given for it"
        );
        assert!(str_at(&seen, "code.text").contains("for nonmedical reasons?"));
        assert_eq!(seen["valueInteger"], 3);
        assert_eq!(
            seen["interpretation"][0]["text"],
            "positive (1 or more times is positive)"
        );
        let none = to_bundle(&plan_with(|a| a.drug_screen.set_times(Some(0))));
        let none = drug(&none).unwrap();
        assert_eq!(none["valueInteger"], 0);
        assert_eq!(
            none["interpretation"][0]["text"],
            "negative (none in the past year)"
        );
        // Did not want to answer: no result is sent.
        let declined = to_bundle(&plan_with(|a| a.drug_screen.set_declined(true)));
        assert!(drug(&declined).is_none());
    }

    #[test]
    fn both_screens_come_back_on_import_and_nothing_is_left_out() {
        for plan in [
            plan_with(|a| {
                a.audit_c.items = [2, 1, 0].map(Some);
                a.audit_c.cut_off = Some(CutOff::Women);
                a.drug_screen.set_times(Some(12));
            }),
            plan_with(|a| {
                a.audit_c.items = [Some(1), None, None];
                a.drug_screen.set_declined(true);
            }),
        ] {
            let bundle = to_bundle(&plan);
            let back = from_bundle(&bundle).unwrap();
            assert_eq!(back, plan);
            assert_eq!(to_bundle(&back), bundle);
            assert_eq!(read_bundle(&bundle).unwrap().left_out, vec![]);
        }
    }
}
