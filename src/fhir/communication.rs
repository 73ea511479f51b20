//! Contact notes (`model::contacts`) as FHIR R4 `Communication`s, and back.
//!
//! A note is a completed Communication about the person (`subject`): `sent` is when it
//! happened, `medium` how (HL7 v3 ParticipationMode), `sender` the care-team member (a
//! reference) or who as typed (its `display`), `payload` what came of it, `reasonReference` the
//! needs it was about (Conditions) and `about` its goals and services. The next step and the
//! "share on My plan" mark have no element: they travel in this app's extensions.

use super::json::{
    concept, date, ext_string, items, list, obj, parse_date, part, part_of, reference, str_at,
    text, urn,
};
use super::EXT;
use crate::model::contacts::{ContactMode, ContactNote};
use crate::model::{CarePlan, ContactNoteId, GoalId, MemberId, NeedId, ServiceId};
use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, Utc};
use serde_json::{json, Value};
use std::str::FromStr;

/// HL7 v3 ParticipationMode, the code system of `Communication.medium`.
pub(super) const PARTICIPATION_MODE: &str =
    "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode";

/// How a contact happened, as a ParticipationMode (code, the code system's own display).
pub(super) fn medium(how: ContactMode) -> (&'static str, &'static str) {
    match how {
        ContactMode::InPerson => ("FACE", "face-to-face"),
        ContactMode::Phone => ("PHONE", "telephone"),
        ContactMode::Video => ("VIDEOCONF", "videoconferencing"),
        ContactMode::Message => ("WRITTEN", "written"),
    }
}

/// The nearest way of contact for a ParticipationMode code from any system that uses them.
fn mode_of(code: &str) -> Option<ContactMode> {
    Some(match code {
        "FACE" | "PHYSICAL" => ContactMode::InPerson,
        "PHONE" | "VERBAL" => ContactMode::Phone,
        "VIDEOCONF" | "REMOTE" => ContactMode::Video,
        "WRITTEN" | "EMAILWRIT" | "ONLINEWRIT" | "MAILWRIT" | "FAXWRIT" | "HANDWRIT"
        | "TYPEWRIT" | "ELECTRONIC" => ContactMode::Message,
        _ => return None,
    })
}

/// One note as a Communication.
pub(super) fn communication(plan: &CarePlan, note: &ContactNote, patient: &str) -> Value {
    let member = note.member.and_then(|id| plan.member(id));
    let sender = match member {
        Some(m) => Some(obj(vec![
            ("reference", Some(json!(urn(m.id)))),
            ("display", m.label().map(Value::String)),
        ])),
        None => text(&note.who).map(|who| json!({ "display": who })),
    };
    let next_step = {
        let parts: Vec<Value> = [
            part("what", "valueString", text(&note.next_step)),
            part("date", "valueDate", date(note.next_date)),
            part(
                "done",
                "valueBoolean",
                note.next_done.then_some(json!(true)),
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| json!({ "url": format!("{EXT}next-step"), "extension": parts }))
    };
    let extensions: Vec<Value> = [
        // Who as typed, beside a member of the care team.
        member.and_then(|_| ext_string("who", &note.who)),
        next_step,
        note.shared
            .then(|| json!({ "url": format!("{EXT}share-on-my-plan"), "valueBoolean": true })),
    ]
    .into_iter()
    .flatten()
    .collect();
    let refs = |urls: Vec<String>| list(urls.iter().map(|u| reference(u)).collect());
    let needs = note
        .needs
        .iter()
        .filter(|id| plan.need(**id).is_some())
        .map(urn)
        .collect();
    let about = note
        .goals
        .iter()
        .filter(|id| plan.goal(**id).is_some())
        .map(urn)
        .chain(
            note.services
                .iter()
                .filter(|id| plan.service(**id).is_some())
                .map(urn),
        )
        .collect();
    obj(vec![
        ("resourceType", Some(json!("Communication"))),
        ("id", Some(json!(note.id.to_string()))),
        ("extension", list(extensions)),
        ("status", Some(json!("completed"))),
        (
            "medium",
            note.how.map(|how| {
                let (code, display) = medium(how);
                json!([concept(PARTICIPATION_MODE, code, display)])
            }),
        ),
        ("subject", Some(reference(patient))),
        ("about", refs(about)),
        (
            "sent",
            Some(json!(note.at.to_rfc3339_opts(SecondsFormat::Secs, true))),
        ),
        ("sender", sender),
        ("reasonReference", refs(needs)),
        (
            "payload",
            text(&note.outcome).map(|t| json!([{ "contentString": t }])),
        ),
    ])
}

/// What a reference in a Communication points at, in the plan being read.
pub(super) enum Link {
    Need(NeedId),
    Goal(GoalId),
    Service(ServiceId),
    Member(MemberId),
    Other,
}

/// A note from a Communication; `link` follows a reference into what the plan has read.
/// Never fails: what cannot be read is left empty (a time that cannot be read is `fallback`).
pub(super) fn read_communication(
    c: &Value,
    fallback: DateTime<Utc>,
    link: impl Fn(&Value) -> Link,
) -> ContactNote {
    let at = ["sent", "received"]
        .iter()
        .find_map(|k| read_time(c.get(*k)))
        .unwrap_or_else(|| fallback.fixed_offset());
    let how = items(c, "medium")
        .iter()
        .flat_map(|m| items(m, "coding"))
        .filter(|coding| str_at(coding, "system") == PARTICIPATION_MODE)
        .find_map(|coding| mode_of(&str_at(coding, "code")));
    let mut note = ContactNote {
        id: c
            .get("id")
            .and_then(Value::as_str)
            .and_then(|id| ContactNoteId::from_str(id).ok())
            .unwrap_or_default(),
        at,
        member: None,
        who: String::new(),
        how,
        needs: Vec::new(),
        goals: Vec::new(),
        services: Vec::new(),
        outcome: String::new(),
        next_step: String::new(),
        next_date: None,
        next_done: false,
        shared: false,
    };
    if let Some(sender) = c.get("sender") {
        if let Link::Member(id) = link(sender) {
            note.member = Some(id);
            note.who = ext_text(c, "who");
        } else {
            note.who = str_at(sender, "display");
        }
    }
    for reference in items(c, "reasonReference").iter().chain(items(c, "about")) {
        match link(reference) {
            Link::Need(id) => note.needs.push(id),
            Link::Goal(id) => note.goals.push(id),
            Link::Service(id) => note.services.push(id),
            Link::Member(_) | Link::Other => {}
        }
    }
    // What came of it; notes written on the Communication elsewhere follow.
    let texts: Vec<String> = items(c, "payload")
        .iter()
        .map(|p| str_at(p, "contentString"))
        .chain(items(c, "note").iter().map(|n| str_at(n, "text")))
        .filter(|t| !t.trim().is_empty())
        .collect();
    note.outcome = texts.join("\n\n");
    if let Some(next) = ext_of(c, "next-step") {
        note.next_step = part_of(next, "what", "valueString")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        note.next_date = parse_date(part_of(next, "date", "valueDate"));
        note.next_done = part_of(next, "done", "valueBoolean").and_then(Value::as_bool)
            == Some(true)
            && note.next_date.is_some();
    }
    note.shared = ext_of(c, "share-on-my-plan")
        .and_then(|e| e.get("valueBoolean"))
        .and_then(Value::as_bool)
        == Some(true);
    note
}

fn ext_of<'a>(v: &'a Value, name: &str) -> Option<&'a Value> {
    super::json::ext(v, name)
}

fn ext_text(v: &Value, name: &str) -> String {
    super::json::ext_str(v, name)
}

/// A FHIR dateTime: with a time and offset, or a date alone (midnight, UTC).
fn read_time(v: Option<&Value>) -> Option<DateTime<FixedOffset>> {
    let s = v?.as_str()?;
    DateTime::parse_from_rfc3339(s).ok().or_else(|| {
        NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d")
            .ok()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc().fixed_offset())
    })
}

/// Whether a Communication is one this app can take as a note: not one written in error.
pub(super) fn is_a_note(c: &Value) -> bool {
    str_at(c, "status") != "entered-in-error"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fhir::{from_bundle, read_bundle, to_bundle};
    use crate::model::contacts::NoteDraft;
    use crate::model::services::Service;
    use crate::model::Goal;
    use chrono::{NaiveDateTime, TimeZone};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn plus_one(_: NaiveDateTime) -> FixedOffset {
        FixedOffset::east_opt(3600).unwrap()
    }

    /// A plan with a care team, a need, a goal, a service and two notes about them.
    fn plan() -> CarePlan {
        let mut p = CarePlan::new(Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap());
        p.person.name = "Sandra".into();
        let member = p.add_member();
        p.member_mut(member).unwrap().name = "Ana Ruiz".into();
        p.member_mut(member).unwrap().role = "Case manager".into();
        let need = p.add_need();
        p.need_mut(need).unwrap().statement = "Runs out of insulin".into();
        let mut g = Goal::new(d(11, 1));
        g.action = "check her sugar".into();
        let goal = p.add_goal(g);
        let mut s = Service::new();
        s.organization = "Diabetes clinic".into();
        let service = s.id;
        p.services.push(s);
        let at = |day, h| d(11, day).and_hms_opt(h, 30, 0).unwrap();
        let visit = NoteDraft {
            member: Some(member),
            who: "and her son".into(),
            how: Some(ContactMode::InPerson),
            needs: vec![need],
            goals: vec![goal],
            services: vec![service],
            outcome: "Agreed to a pill box".into(),
            next_step: "Bring the pill box".into(),
            next_date: Some(d(11, 24)),
            next_done: true,
            shared: true,
            ..NoteDraft::new(at(10, 9))
        };
        let call = NoteDraft {
            who: "Rosa, her daughter".into(),
            how: Some(ContactMode::Phone),
            outcome: "Rosa will drive her".into(),
            ..NoteDraft::new(at(12, 16))
        };
        for dr in [visit, call] {
            p.keep_contact_note(dr.to_note(plus_one).unwrap());
        }
        p
    }

    fn communications(bundle: &Value) -> Vec<&Value> {
        items(bundle, "entry")
            .iter()
            .filter_map(|e| e.get("resource"))
            .filter(|r| str_at(r, "resourceType") == "Communication")
            .collect()
    }

    #[test]
    fn a_note_is_a_completed_communication() {
        let p = plan();
        let bundle = to_bundle(&p);
        let found = communications(&bundle);
        assert_eq!(found.len(), 2);
        let visit = found[0];
        assert_eq!(visit["status"], "completed");
        assert_eq!(visit["sent"], "2026-11-10T09:30:00+01:00");
        assert_eq!(
            visit["medium"][0]["coding"][0],
            json!({ "system": PARTICIPATION_MODE, "code": "FACE", "display": "face-to-face" })
        );
        assert_eq!(visit["payload"][0]["contentString"], "Agreed to a pill box");
        assert_eq!(visit["subject"]["reference"], urn(p.person.id));
        assert_eq!(visit["sender"]["reference"], urn(p.care_team[0].id));
        assert_eq!(visit["sender"]["display"], "Ana Ruiz (Case manager)");
        // Needs are its reasons; goals and services what it was about.
        assert_eq!(
            visit["reasonReference"],
            json!([{ "reference": urn(p.needs[0].id) }])
        );
        assert_eq!(
            visit["about"],
            json!([{ "reference": urn(p.goals[0].id) }, { "reference": urn(p.services[0].id) }])
        );
        // Who as typed, without a member: the sender's display alone.
        let call = found[1];
        assert_eq!(call["sender"], json!({ "display": "Rosa, her daughter" }));
        assert_eq!(call["medium"][0]["coding"][0]["code"], "PHONE");
        assert!(call.get("about").is_none() && call.get("extension").is_none());
        // Each way of contact has its own code.
        let codes: std::collections::HashSet<_> = <ContactMode as crate::model::Choice>::ALL
            .iter()
            .map(|m| medium(*m).0)
            .collect();
        assert_eq!(codes.len(), 4);
        for m in <ContactMode as crate::model::Choice>::ALL {
            assert_eq!(mode_of(medium(*m).0), Some(*m));
        }
    }

    #[test]
    fn notes_come_back_from_fhir_unchanged_and_nothing_is_left_out() {
        let p = plan();
        let bundle = to_bundle(&p);
        let imported = read_bundle(&bundle).unwrap();
        assert_eq!(imported.left_out, vec![]);
        assert_eq!(imported.plan.contact_notes, p.contact_notes);
        assert_eq!(to_bundle(&imported.plan), bundle, "export, import, export");
    }

    #[test]
    fn a_communication_from_elsewhere_is_read_as_far_as_it_goes() {
        let mut bundle = to_bundle(&CarePlan::new(
            Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap(),
        ));
        let entries = bundle["entry"].as_array_mut().unwrap();
        entries.push(json!({ "fullUrl": "urn:uuid:0b7e2c55-5d3c-4a57-9d3c-2f3d2b8a9e01", "resource": {
            "resourceType": "Communication", "id": "not-a-uuid", "status": "completed",
            "medium": [{ "coding": [{ "system": PARTICIPATION_MODE, "code": "EMAILWRIT" }] }],
            "sent": "2026-11-05",
            "sender": { "reference": "Practitioner/nowhere", "display": "Dr Lee" },
            "payload": [{ "contentString": "Sent the lab results" }, { "contentAttachment": { "url": "x" } }],
            "note": [{ "text": "She will call back" }]
        }}));
        entries.push(json!({ "resource": {
            "resourceType": "Communication", "status": "entered-in-error", "sent": 42
        }}));
        let plan = from_bundle(&bundle).unwrap();
        assert_eq!(plan.contact_notes.len(), 1);
        let note = &plan.contact_notes[0];
        assert_eq!(note.how, Some(ContactMode::Message));
        assert_eq!(note.at.to_rfc3339(), "2026-11-05T00:00:00+00:00");
        assert_eq!(note.who, "Dr Lee");
        assert_eq!(note.member, None);
        assert_eq!(note.outcome, "Sent the lab results\n\nShe will call back");
        assert!(!note.shared, "not shared unless it says so");
    }
}
