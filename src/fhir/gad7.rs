//! The GAD-7 in a Bundle: its answers as a `QuestionnaireResponse` to LOINC's panel 69737-5,
//! its total as an `Observation` (LOINC 70274-6) and the GAD-2 as one named by text (no LOINC
//! code for the GAD-2 total was confirmed). Derived from the assessment, which travels whole in
//! its extension, so import ignores them as it does the other scores.

use super::json::{coding, concept, derived, list, obj, reference, urn};
use super::LOINC;
use crate::model::assessment::{gad7, Assessment};
use serde_json::{json, Value};

/// Tags for the ids of the GAD-7's entries (see [`derived`]).
const TAG_GAD7_RESPONSE: u8 = 30;
const TAG_GAD7: u8 = 31;
const TAG_GAD2: u8 = 32;

/// Makes a score `Observation` entry: tag, code, value element and its value, what it comes
/// from (the one `scores` in export.rs uses for every instrument).
pub(super) type Observation<'a> = dyn Fn(u8, Value, (&str, Value), Option<&str>) -> Value + 'a;

/// The GAD-7's entries for assessment `a`, in the order: answers, total, GAD-2.
pub(super) fn entries(a: &Assessment, patient: &str, observation: &Observation) -> Vec<Value> {
    let mut out = Vec::new();
    let response = urn(derived(a.id, TAG_GAD7_RESPONSE));
    if a.gad7.is_started() {
        let answered: Vec<Value> = gad7::QUESTIONS
            .iter()
            .filter_map(|q| {
                let value = a.gad7.answer(q.number.into())?;
                let choice = gad7::loinc_answer(q.number, value)?;
                Some(json!({
                    "linkId": q.loinc,
                    "text": q.text,
                    "answer": [{ "valueCoding": coding(LOINC, choice.loinc, choice.label) }],
                }))
            })
            .collect();
        out.push(json!({
            "fullUrl": response,
            "resource": obj(vec![
                ("resourceType", Some(json!("QuestionnaireResponse"))),
                ("id", Some(json!(response.trim_start_matches("urn:uuid:")))),
                (
                    "questionnaire",
                    Some(json!(format!("http://loinc.org/q/{}", gad7::PANEL_LOINC))),
                ),
                (
                    "status",
                    Some(json!(if a.gad7.score().is_ok() {
                        "completed"
                    } else {
                        "in-progress"
                    })),
                ),
                ("subject", Some(reference(patient))),
                ("authored", Some(json!(a.date.to_string()))),
                ("item", list(answered)),
            ]),
        }));
    }
    if let Ok(s) = a.gad7.score() {
        out.push(observation(
            TAG_GAD7,
            concept(
                LOINC,
                "70274-6",
                "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
            ),
            ("valueInteger", json!(s.total)),
            Some(&response),
        ));
    }
    if let Ok(s) = a.gad7.gad2() {
        out.push(observation(
            TAG_GAD2,
            json!({ "text": "Generalized anxiety disorder 2 item (GAD-2) total score: GAD-7 questions 1 and 2 (0-6)" }),
            ("valueInteger", json!(s.total)),
            Some(&response),
        ));
    }
    out
}
