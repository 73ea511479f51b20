//! Consent to share as FHIR R4 `Consent` resources, and back.
//!
//! Each consent is a privacy consent (scope `patient-privacy`, category LOINC 59284-0 "Consent
//! Document", policy rule "OPTIN") permitting what is shared (`provision.code` as text) for
//! its purpose (`provision.purpose`) over its days (`provision.period`) to one actor, the
//! information recipient (role `IRCP`): a care-team member by reference, anyone else by
//! display. The status says where it stands on the day of export: `active` (in force or still
//! to come), `inactive` (its last day has passed) or `rejected` (the person withdrew it). R4 has
//! no element for the day of a withdrawal and its note: they travel in the extension
//! `consent-withdrawn`; a service recipient also names its `ServiceRequest` in
//! `consent-service`.

use super::json::{
    at, date, ext, ext_reference, items, list, obj, parse_date, part, part_of, part_str, reference,
    str_at, text, urn, uuid_of,
};
use super::refs::Index;
use super::{EXT, LOINC};
use crate::model::consent::{Consent, ConsentState, Recipient, Revocation};
use crate::model::ids::ConsentId;
use crate::model::{CarePlan, MemberId, ServiceId};
use chrono::NaiveDate;
use serde_json::{json, Value};
use std::str::FromStr;

const SCOPE: &str = "http://terminology.hl7.org/CodeSystem/consentscope";
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
const PARTICIPATION: &str = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
/// LOINC "Consent Document" (the R4 value set names it "Patient Consent").
const CATEGORY: &str = "59284-0";
/// LOINC's own display of [`CATEGORY`].
const CATEGORY_DISPLAY: &str = "Consent Document";

/// `active`, `inactive` or `rejected` on `day`.
pub(super) fn status(c: &Consent, day: NaiveDate) -> &'static str {
    match c.state_on(day) {
        ConsentState::NotYet | ConsentState::InForce => "active",
        ConsentState::Expired(_) => "inactive",
        ConsentState::Withdrawn(_) => "rejected",
    }
}

/// The plan's consents as Bundle entries, their status as on `day`.
pub(super) fn entries(plan: &CarePlan, patient: &str, day: NaiveDate) -> Vec<Value> {
    plan.consents
        .iter()
        .map(|c| json!({ "fullUrl": urn(c.id), "resource": resource(plan, c, patient, day) }))
        .collect()
}

fn resource(plan: &CarePlan, c: &Consent, patient: &str, day: NaiveDate) -> Value {
    let withdrawn = c.revoked.as_ref().map(|r| {
        obj(vec![
            ("url", Some(json!(format!("{EXT}consent-withdrawn")))),
            (
                "extension",
                list(
                    [
                        part("date", "valueDate", date(Some(r.date))),
                        part("note", "valueString", text(&r.note)),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                ),
            ),
        ])
    });
    let service = match &c.recipient {
        Recipient::Service { id } => Some(ext_reference("consent-service", &urn(id))),
        _ => None,
    };
    let name = plan.recipient_name(&c.recipient);
    let actor_ref = match &c.recipient {
        Recipient::Member { id } if plan.member(*id).is_some() => obj(vec![
            ("reference", Some(json!(urn(id)))),
            ("display", name.map(Value::String)),
        ]),
        _ => obj(vec![("display", name.map(Value::String))]),
    };
    let actor = (actor_ref != json!({})).then(|| {
        json!([{
            "role": { "coding": [{ "system": PARTICIPATION, "code": "IRCP", "display": "information recipient" }] },
            "reference": actor_ref,
        }])
    });
    let period = obj(vec![("start", date(c.from)), ("end", date(c.until))]);
    obj(vec![
        ("resourceType", Some(json!("Consent"))),
        ("id", Some(json!(c.id.to_string()))),
        (
            "extension",
            list([withdrawn, service].into_iter().flatten().collect()),
        ),
        ("status", Some(json!(status(c, day)))),
        (
            "scope",
            Some(
                json!({ "coding": [{ "system": SCOPE, "code": "patient-privacy", "display": "Privacy Consent" }] }),
            ),
        ),
        (
            "category",
            Some(
                json!([{ "coding": [{ "system": LOINC, "code": CATEGORY, "display": CATEGORY_DISPLAY }] }]),
            ),
        ),
        ("patient", Some(reference(patient))),
        (
            "policyRule",
            Some(
                json!({ "coding": [{ "system": ACT_CODE, "code": "OPTIN", "display": "opt-in" }] }),
            ),
        ),
        (
            "provision",
            Some(obj(vec![
                ("type", Some(json!("permit"))),
                ("period", (period != json!({})).then_some(period)),
                ("actor", actor),
                (
                    "purpose",
                    text(&c.purpose).map(|p| json!([{ "display": p }])),
                ),
                ("code", text(&c.what).map(|w| json!([{ "text": w }]))),
            ])),
        ),
    ])
}

/// Reads every `Consent` of the Bundle into `plan` (after its care team and services, which a
/// consent may name); returns the resources taken. A consent marked `inactive` or `rejected`
/// elsewhere, with no day of withdrawal and no last day, counts as withdrawn on its `dateTime`
/// (or `today`), so it is never read back as in force.
pub(super) fn read<'a>(index: &Index<'a>, plan: &mut CarePlan, today: NaiveDate) -> Vec<&'a Value> {
    let mut used = Vec::new();
    for (site, r) in index.of_type("Consent") {
        used.push(r);
        let provision = r.get("provision").unwrap_or(&Value::Null);
        let mut c = Consent::new(
            Recipient::default(),
            parse_date(at(provision, "period.start")),
        );
        if let Some(id) = r
            .get("id")
            .and_then(Value::as_str)
            .and_then(|id| ConsentId::from_str(id).ok())
        {
            c.id = id;
        }
        c.until = parse_date(at(provision, "period.end"));
        c.what = items(provision, "code")
            .iter()
            .map(|code| match str_at(code, "text") {
                t if !t.trim().is_empty() => t,
                _ => str_at(code, "coding.0.display"),
            })
            .find(|t| !t.trim().is_empty())
            .unwrap_or_default();
        c.purpose = items(provision, "purpose")
            .iter()
            .map(|p| match str_at(p, "display") {
                d if !d.trim().is_empty() => d,
                _ => str_at(p, "code"),
            })
            .find(|t| !t.trim().is_empty())
            .unwrap_or_default();
        let (to, named_by) = recipient(index, site, r, provision, plan, today);
        c.recipient = to;
        // The record that names the recipient (an Organization) is taken with it.
        used.extend(named_by);
        if let Some(w) = ext(r, "consent-withdrawn") {
            if let Some(day) = parse_date(part_of(w, "date", "valueDate")) {
                c.revoked = Some(Revocation {
                    date: day,
                    note: part_str(w, "note"),
                });
            }
        } else if matches!(str_at(r, "status").as_str(), "inactive" | "rejected")
            && c.until.is_none()
        {
            c.revoked = Some(Revocation {
                date: parse_date(r.get("dateTime")).unwrap_or(today),
                note: String::new(),
            });
        }
        plan.consents.push(c);
    }
    used
}

/// Who the information goes to: the recipient actor (or the first actor), and the resource its
/// name was read from, if any.
fn recipient<'a>(
    index: &Index<'a>,
    site: super::refs::Site<'a>,
    consent: &'a Value,
    provision: &'a Value,
    plan: &CarePlan,
    today: NaiveDate,
) -> (Recipient, Option<&'a Value>) {
    if let Some(id) = ext(consent, "consent-service")
        .and_then(|e| at(e, "valueReference.reference"))
        .and_then(Value::as_str)
        .and_then(uuid_of)
        .and_then(|u| ServiceId::from_str(u).ok())
        .filter(|id| plan.service(*id).is_some())
    {
        return (Recipient::Service { id }, None);
    }
    let actors = items(provision, "actor");
    let actor = actors
        .iter()
        .find(|a| {
            items(a, "role.coding")
                .iter()
                .any(|c| str_at(c, "code") == "IRCP")
        })
        .or_else(|| actors.first());
    let Some(actor) = actor else {
        return (Recipient::default(), None);
    };
    let reference = actor.get("reference");
    if let Some(id) = reference
        .and_then(|r| r.get("reference"))
        .and_then(Value::as_str)
        .and_then(uuid_of)
        .and_then(|u| MemberId::from_str(u).ok())
        .filter(|id| plan.member(*id).is_some())
    {
        return (Recipient::Member { id }, None);
    }
    let found = index.resolve(site, reference).found();
    let display = reference.map(|r| str_at(r, "display")).unwrap_or_default();
    let name = match display.trim() {
        "" => found
            .map(|found| super::import::name_of(found, today))
            .unwrap_or_default(),
        d => d.to_string(),
    };
    (Recipient::Named { name }, found)
}

#[cfg(test)]
mod tests {
    use super::super::sample::sample_plan_with_consents;
    use super::super::{from_bundle, read_bundle, to_bundle};
    use super::*;
    use chrono::Utc;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn plan_with_consents() -> CarePlan {
        sample_plan_with_consents()
    }

    fn consents(bundle: &Value) -> Vec<&Value> {
        items(bundle, "entry")
            .iter()
            .filter_map(|e| e.get("resource"))
            .filter(|r| str_at(r, "resourceType") == "Consent")
            .collect()
    }

    #[test]
    fn consents_are_privacy_consents_with_period_recipient_and_purpose() {
        let plan = plan_with_consents();
        let bundle = to_bundle(&plan);
        let found = consents(&bundle);
        assert_eq!(found.len(), 3);
        let statuses: Vec<String> = found.iter().map(|c| str_at(c, "status")).collect();
        assert_eq!(statuses, ["active", "rejected", "inactive"]);
        let first = found[0];
        assert_eq!(str_at(first, "scope.coding.0.code"), "patient-privacy");
        assert_eq!(str_at(first, "scope.coding.0.system"), SCOPE);
        assert_eq!(str_at(first, "category.0.coding.0.code"), "59284-0");
        assert_eq!(
            str_at(first, "category.0.coding.0.display"),
            "Consent Document"
        );
        assert_eq!(str_at(first, "policyRule.coding.0.code"), "OPTIN");
        assert_eq!(
            str_at(first, "patient.reference"),
            urn(plan.person.id),
            "the consent is the person's"
        );
        assert_eq!(str_at(first, "provision.type"), "permit");
        assert_eq!(str_at(first, "provision.period.start"), "2026-11-01");
        assert!(
            at(first, "provision.period.end").is_none(),
            "until withdrawn"
        );
        assert_eq!(
            str_at(first, "provision.actor.0.role.coding.0.code"),
            "IRCP"
        );
        assert_eq!(
            str_at(first, "provision.actor.0.reference.reference"),
            urn(plan.care_team[0].id),
            "a care-team member is referenced"
        );
        assert_eq!(
            str_at(first, "provision.purpose.0.display"),
            "To coordinate my care"
        );
        assert_eq!(str_at(first, "provision.code.0.text"), "My care plan");
        // The member it points at is in the Bundle.
        assert!(items(&bundle, "entry")
            .iter()
            .any(|e| str_at(e, "fullUrl") == urn(plan.care_team[0].id)));

        let withdrawn = found[1];
        let w = ext(withdrawn, "consent-withdrawn").unwrap();
        assert_eq!(part_of(w, "date", "valueDate"), Some(&json!("2026-11-20")));
        assert_eq!(part_str(w, "note"), "I moved");
        assert_eq!(
            str_at(withdrawn, "provision.actor.0.reference.display"),
            plan.services[0].organization
        );
        let named = found[2];
        assert_eq!(
            str_at(named, "provision.actor.0.reference.display"),
            "City Library"
        );
        assert_eq!(str_at(named, "provision.period.end"), "2020-12-31");
    }

    #[test]
    fn consents_come_back_unchanged_and_nothing_is_left_out() {
        let plan = plan_with_consents();
        let bundle = to_bundle(&plan);
        let read = read_bundle(&bundle).unwrap();
        assert_eq!(read.plan.consents, plan.consents);
        assert_eq!(read.plan, plan);
        assert_eq!(read.left_out, vec![]);
        assert_eq!(to_bundle(&read.plan), bundle);
    }

    #[test]
    fn a_consent_from_elsewhere_is_read_from_its_standard_elements() {
        let bundle = json!({
            "resourceType": "Bundle", "type": "collection",
            "entry": [
                { "fullUrl": "urn:uuid:1c7c5a6e-7d3f-4f35-9a61-2f1f0c0f0a01",
                  "resource": { "resourceType": "CarePlan", "status": "active", "intent": "plan",
                    "subject": { "reference": "urn:uuid:1c7c5a6e-7d3f-4f35-9a61-2f1f0c0f0a02" } } },
                { "fullUrl": "urn:uuid:1c7c5a6e-7d3f-4f35-9a61-2f1f0c0f0a02",
                  "resource": { "resourceType": "Patient", "name": [{ "text": "Rosa" }] } },
                { "fullUrl": "urn:uuid:1c7c5a6e-7d3f-4f35-9a61-2f1f0c0f0a03",
                  "resource": { "resourceType": "Organization", "name": "Northside Clinic" } },
                { "fullUrl": "urn:uuid:1c7c5a6e-7d3f-4f35-9a61-2f1f0c0f0a04",
                  "resource": { "resourceType": "Consent", "status": "inactive",
                    "dateTime": "2026-10-05T10:00:00Z",
                    "scope": { "coding": [{ "system": SCOPE, "code": "patient-privacy" }] },
                    "category": [{ "coding": [{ "system": LOINC, "code": "59284-0" }] }],
                    "patient": { "reference": "urn:uuid:1c7c5a6e-7d3f-4f35-9a61-2f1f0c0f0a02" },
                    "provision": {
                        "type": "permit",
                        "period": { "start": "2026-09-01" },
                        "actor": [
                            { "role": { "coding": [{ "system": PARTICIPATION, "code": "PRCP" }] },
                              "reference": { "display": "Dr Lee" } },
                            { "role": { "coding": [{ "system": PARTICIPATION, "code": "IRCP" }] },
                              "reference": { "reference": "urn:uuid:1c7c5a6e-7d3f-4f35-9a61-2f1f0c0f0a03" } }
                        ],
                        "purpose": [{ "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "TREAT" }],
                        "code": [{ "coding": [{ "display": "Lab results" }] }]
                    } } }
            ]
        });
        let read = read_bundle(&bundle).unwrap();
        assert_eq!(
            read.left_out,
            vec![],
            "the consent and its organization are taken"
        );
        let c = &read.plan.consents[0];
        assert_eq!(
            c.recipient,
            Recipient::Named {
                name: "Northside Clinic".into()
            },
            "the recipient, not the first actor"
        );
        assert_eq!(c.from, Some(d(2026, 9, 1)));
        assert_eq!(c.what, "Lab results");
        assert_eq!(c.purpose, "TREAT");
        assert_eq!(
            c.revoked.as_ref().map(|r| r.date),
            Some(d(2026, 10, 5)),
            "an inactive consent with no last day is read as withdrawn"
        );
    }

    #[test]
    fn the_status_follows_the_day() {
        let mut c = Consent::new(Recipient::default(), Some(d(2026, 11, 1)));
        assert_eq!(status(&c, d(2026, 10, 1)), "active", "still to come");
        c.until = Some(d(2026, 11, 30));
        assert_eq!(status(&c, d(2026, 12, 1)), "inactive");
        c.withdraw(d(2026, 11, 10)).unwrap();
        assert_eq!(status(&c, d(2026, 11, 10)), "rejected");
        let plan = CarePlan::new(Utc::now());
        assert!(from_bundle(&to_bundle(&plan)).unwrap().consents.is_empty());
    }
}
