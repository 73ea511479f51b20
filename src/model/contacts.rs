//! Contact notes: the care team's record of each contact with the person or about them (a
//! visit, a phone call, a video call, a message). Each says when, who, how, what it was about
//! (needs, goals and services of the plan, by id), what came of it, and maybe a next step with
//! a date, which then shows in What's due. A note is on the full printout; on "My plan" only
//! when marked to share (FHIR `Communication`).

use super::choice::Choice;
use super::dates;
use super::ids::{ContactNoteId, GoalId, MemberId, NeedId, ServiceId};
use super::lang::Lang;
use super::list;
use super::plan::CarePlan;
use super::text::isolate;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

/// How the contact happened (FHIR `Communication.medium`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactMode {
    InPerson,
    Phone,
    Video,
    /// A text message, an email, a letter.
    Message,
}

impl Choice for ContactMode {
    const ALL: &'static [Self] = &[
        ContactMode::InPerson,
        ContactMode::Phone,
        ContactMode::Video,
        ContactMode::Message,
    ];

    fn code(self) -> &'static str {
        match self {
            ContactMode::InPerson => "in-person",
            ContactMode::Phone => "phone",
            ContactMode::Video => "video",
            ContactMode::Message => "message",
        }
    }
}

impl ContactMode {
    /// "In person" / "En persona": the words the form and printouts show
    /// (locales/*/contact_notes.json `how_options`), for searching.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ContactMode::InPerson, Lang::En) => "In person",
            (ContactMode::Phone, Lang::En) => "Phone call",
            (ContactMode::Video, Lang::En) => "Video call",
            (ContactMode::Message, Lang::En) => "Message",
            (ContactMode::InPerson, Lang::Es) => "En persona",
            (ContactMode::Phone, Lang::Es) => "Llamada de teléfono",
            (ContactMode::Video, Lang::Es) => "Videollamada",
            (ContactMode::Message, Lang::Es) => "Mensaje",
        }
    }
}

/// One contact with the person or about them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactNote {
    pub id: ContactNoteId,
    /// When it happened, with the clock's offset from UTC where it was written (as FHIR
    /// `Communication.sent`).
    pub at: DateTime<FixedOffset>,
    /// A member of the plan's care team, when it was with or by one of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<MemberId>,
    /// Who, in free text ("Rosa, her daughter"), when not a member (or as well).
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub how: Option<ContactMode>,
    /// What it was about: needs, goals and services of the plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<NeedId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<GoalId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<ServiceId>,
    /// What came of it.
    #[serde(default)]
    pub outcome: String,
    /// What happens next, by `next_date` (shown in What's due until done).
    #[serde(default)]
    pub next_step: String,
    #[serde(default)]
    pub next_date: Option<NaiveDate>,
    #[serde(default)]
    pub next_done: bool,
    /// Printed on "My plan", the person's own printout, too. Off unless chosen.
    #[serde(default)]
    pub shared: bool,
}

impl ContactNote {
    /// The local date and time it happened, as written.
    pub fn local(&self) -> NaiveDateTime {
        self.at.naive_local()
    }

    /// "22 November 2026, 14:30" / "22 de noviembre de 2026, 14:30".
    pub fn when_in(&self, lang: Lang) -> String {
        let local = self.local();
        format!(
            "{}, {}",
            dates::long_in(local.date(), lang),
            local.format("%H:%M")
        )
    }

    /// A next step still to do, with its date.
    pub fn open_next_step(&self) -> Option<NaiveDate> {
        self.next_date.filter(|_| !self.next_done)
    }
}

/// Something missing or wrong in the form, each said in words that say how to fix it
/// (locales/*/contact_notes.json `errors`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    NoDate,
    NoTime,
    BadTime,
    NoWho,
    NoHow,
    NoOutcome,
    /// A date for the next step, but no words for it.
    DateWithoutStep,
}

impl Problem {
    /// The form field it is about (the end of its id), for the link in the error summary.
    pub fn field(self) -> &'static str {
        match self {
            Problem::NoDate => "date",
            Problem::NoTime | Problem::BadTime => "time",
            Problem::NoWho => "who",
            Problem::NoHow => "how-in-person",
            Problem::NoOutcome => "outcome",
            Problem::DateWithoutStep => "next-step",
        }
    }
}

/// What the form holds while a note is written or changed; the time as typed ("14:30").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NoteDraft {
    /// Set when changing a note already in the plan.
    pub id: Option<ContactNoteId>,
    pub date: Option<NaiveDate>,
    pub time: String,
    pub member: Option<MemberId>,
    pub who: String,
    pub how: Option<ContactMode>,
    pub needs: Vec<NeedId>,
    pub goals: Vec<GoalId>,
    pub services: Vec<ServiceId>,
    pub outcome: String,
    pub next_step: String,
    pub next_date: Option<NaiveDate>,
    pub next_done: bool,
    pub shared: bool,
}

impl NoteDraft {
    /// An empty note, dated now.
    pub fn new(now: NaiveDateTime) -> Self {
        Self {
            date: Some(now.date()),
            time: now.format("%H:%M").to_string(),
            ..Self::default()
        }
    }

    /// The form for changing `note`.
    pub fn of(note: &ContactNote) -> Self {
        let local = note.local();
        Self {
            id: Some(note.id),
            date: Some(local.date()),
            time: local.format("%H:%M").to_string(),
            member: note.member,
            who: note.who.clone(),
            how: note.how,
            needs: note.needs.clone(),
            goals: note.goals.clone(),
            services: note.services.clone(),
            outcome: note.outcome.clone(),
            next_step: note.next_step.clone(),
            next_date: note.next_date,
            next_done: note.next_done,
            shared: note.shared,
        }
    }

    /// What must be put right before the note is kept, in the order of the form.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.date.is_none() {
            out.push(Problem::NoDate);
        }
        match self.time.trim() {
            "" => out.push(Problem::NoTime),
            t if parse_time(t).is_none() => out.push(Problem::BadTime),
            _ => {}
        }
        if self.member.is_none() && self.who.trim().is_empty() {
            out.push(Problem::NoWho);
        }
        if self.how.is_none() {
            out.push(Problem::NoHow);
        }
        if self.outcome.trim().is_empty() {
            out.push(Problem::NoOutcome);
        }
        if self.next_date.is_some() && self.next_step.trim().is_empty() {
            out.push(Problem::DateWithoutStep);
        }
        out
    }

    /// The note, or what to put right. `offset` gives the clock's offset from UTC at a local
    /// date and time (the browser's time zone; a fixed one in tests).
    pub fn to_note(
        &self,
        offset: impl Fn(NaiveDateTime) -> FixedOffset,
    ) -> Result<ContactNote, Vec<Problem>> {
        let problems = self.problems();
        let (Some(date), Some(time), true) =
            (self.date, parse_time(self.time.trim()), problems.is_empty())
        else {
            return Err(problems);
        };
        let local = date.and_time(time);
        let at = local
            .and_local_timezone(offset(local))
            .earliest()
            .unwrap_or_else(|| local.and_utc().fixed_offset());
        Ok(ContactNote {
            id: self.id.unwrap_or_default(),
            at,
            member: self.member,
            who: self.who.trim().to_string(),
            how: self.how,
            needs: self.needs.clone(),
            goals: self.goals.clone(),
            services: self.services.clone(),
            outcome: self.outcome.trim().to_string(),
            next_step: self.next_step.trim().to_string(),
            next_date: self.next_date,
            // Nothing left to do without a date.
            next_done: self.next_done && self.next_date.is_some(),
            shared: self.shared,
        })
    }
}

/// "14:30", "14:30:00", "9:05" or "14.30".
fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.replace('.', ":");
    ["%H:%M", "%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(&text, f).ok())
}

/// Lower case, without accents, so "telefono" finds "Teléfono".
fn folded(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

impl CarePlan {
    pub fn contact_note(&self, id: ContactNoteId) -> Option<&ContactNote> {
        self.contact_notes.iter().find(|n| n.id == id)
    }

    /// Keeps a note: a new one is added, one with the id of a note in the plan replaces it.
    pub fn keep_contact_note(&mut self, note: ContactNote) {
        match self.contact_notes.iter_mut().find(|n| n.id == note.id) {
            Some(old) => *old = note,
            None => self.contact_notes.push(note),
        }
    }

    /// Removes a note; returns it and where it was, so it can be put back ([`Self::restore_contact_note`]).
    pub fn remove_contact_note(&mut self, id: ContactNoteId) -> Option<(usize, ContactNote)> {
        let index = self.contact_notes.iter().position(|n| n.id == id)?;
        list::take(&mut self.contact_notes, |n| n.id == id).map(|n| (index, n))
    }

    /// Puts a removed note back where it was (undo). Nothing happens if it is there already.
    pub fn restore_contact_note(&mut self, index: usize, note: ContactNote) {
        if self.contact_note(note.id).is_none() {
            let index = index.min(self.contact_notes.len());
            self.contact_notes.insert(index, note);
        }
    }

    /// Every note, newest first (notes of the same minute: the one written last first).
    pub fn contact_notes_newest_first(&self) -> Vec<&ContactNote> {
        let mut notes: Vec<(usize, &ContactNote)> = self.contact_notes.iter().enumerate().collect();
        notes.sort_by(|(i, a), (j, b)| b.at.cmp(&a.at).then(j.cmp(i)));
        notes.into_iter().map(|(_, n)| n).collect()
    }

    /// The notes, newest first, holding every word of `query` somewhere: in the date, who,
    /// how, what it was about (the names of the needs, goals and services), what came of it or
    /// the next step; upper or lower case and accents aside. An empty query finds every note.
    pub fn search_contact_notes(&self, query: &str, lang: Lang) -> Vec<&ContactNote> {
        let words: Vec<String> = folded(query).split_whitespace().map(String::from).collect();
        self.contact_notes_newest_first()
            .into_iter()
            .filter(|n| {
                if words.is_empty() {
                    return true;
                }
                let text = folded(&self.contact_note_text(n, lang));
                words.iter().all(|w| text.contains(w.as_str()))
            })
            .collect()
    }

    /// Everything a note says, as one text to search.
    fn contact_note_text(&self, note: &ContactNote, lang: Lang) -> String {
        let mut parts = vec![note.when_in(lang), self.contact_who_in(note, lang)];
        parts.push(note.who.clone());
        parts.extend(note.how.map(|h| h.label_in(lang).to_string()));
        parts.extend(self.contact_about_in(note, lang));
        parts.push(note.outcome.clone());
        parts.push(note.next_step.clone());
        parts.extend(note.next_date.map(|d| dates::long_in(d, lang)));
        parts.join("\n")
    }

    /// Who the contact was with or by: the care-team member ("Ana Ruiz (Case manager)") and
    /// what was typed, or what was typed alone. Empty when neither says.
    pub fn contact_who_in(&self, note: &ContactNote, _lang: Lang) -> String {
        let member = note
            .member
            .and_then(|id| self.member(id))
            .and_then(|m| m.label());
        match (member, note.who.trim()) {
            (Some(m), "") => m,
            (Some(m), typed) => format!("{m}, {typed}"),
            (None, typed) => typed.to_string(),
        }
    }

    /// The names of what it was about, as typed: needs, then goals (as one sentence), then
    /// services. Items since removed from the plan are left out.
    pub fn contact_about_in(&self, note: &ContactNote, lang: Lang) -> Vec<String> {
        let needs = note.needs.iter().filter_map(|id| self.need(*id)).map(|n| {
            match (n.statement.trim(), lang) {
                ("", Lang::En) => "Need with no words yet".to_string(),
                ("", Lang::Es) => "Necesidad todavía sin describir".to_string(),
                (s, _) => s.to_string(),
            }
        });
        let goals = note
            .goals
            .iter()
            .filter_map(|id| self.goal(*id))
            .map(|g| g.clause_in(self.person_name(), lang));
        let services = note
            .services
            .iter()
            .filter_map(|id| self.service(*id))
            .map(|s| s.display_name_in(lang));
        needs.chain(goals).chain(services).collect()
    }

    /// The notes marked to share on "My plan", newest first.
    pub fn shared_contact_notes(&self) -> Vec<&ContactNote> {
        self.contact_notes_newest_first()
            .into_iter()
            .filter(|n| n.shared)
            .collect()
    }

    /// Next steps still to do with a date, for What's due: (date, note, what, isolated for
    /// the screen).
    pub fn contact_next_steps_in(&self, lang: Lang) -> Vec<(NaiveDate, ContactNoteId, String)> {
        self.contact_notes
            .iter()
            .filter_map(|n| {
                let date = n.open_next_step()?;
                let what = match n.next_step.trim() {
                    "" => match lang {
                        Lang::En => "A next step after a contact".to_string(),
                        Lang::Es => "Un próximo paso después de un contacto".to_string(),
                    },
                    typed => isolate(typed),
                };
                Some((date, n.id, what))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::choice::assert_stored_codes;
    use crate::model::monitoring::due::{DueItem, DueKind};
    use crate::model::services::Service;
    use crate::model::text::without_isolates;
    use crate::model::Goal;
    use chrono::{TimeZone, Utc};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn at(m: u32, day: u32, h: u32, min: u32) -> NaiveDateTime {
        d(m, day).and_hms_opt(h, min, 0).unwrap()
    }

    fn madrid(_: NaiveDateTime) -> FixedOffset {
        FixedOffset::east_opt(3600).unwrap()
    }

    fn draft(when: NaiveDateTime, who: &str, how: ContactMode, outcome: &str) -> NoteDraft {
        NoteDraft {
            who: who.into(),
            how: Some(how),
            outcome: outcome.into(),
            ..NoteDraft::new(when)
        }
    }

    /// Sandra's plan: a need, a goal, a service, a care team of one, and three notes.
    fn plan() -> CarePlan {
        let mut p = CarePlan::new(Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap());
        p.person.name = "Sandra".into();
        let member = p.add_member();
        let m = p.member_mut(member).unwrap();
        m.name = "Ana Ruiz".into();
        m.role = "Case manager".into();
        let need = p.add_need();
        p.need_mut(need).unwrap().statement = "Runs out of insulin".into();
        let mut g = Goal::new(d(11, 1));
        g.action = "check her sugar every morning".into();
        let goal = p.add_goal(g);
        let mut s = Service::new();
        s.organization = "Diabetes clinic".into();
        let service = s.id;
        p.services.push(s);

        let mut first = draft(at(11, 10, 9, 0), "", ContactMode::InPerson, "Met at home");
        first.member = Some(member);
        first.needs = vec![need];
        let mut second = draft(
            at(11, 20, 16, 45),
            "Rosa, her daughter",
            ContactMode::Phone,
            "Rosa will drive her",
        );
        second.services = vec![service];
        second.next_step = "Call the clinic about the appointment".into();
        second.next_date = Some(d(11, 24));
        let mut third = draft(
            at(11, 15, 11, 30),
            "Pharmacist",
            ContactMode::Message,
            "Refill ready",
        );
        third.goals = vec![goal];
        third.shared = true;
        for dr in [first, second, third] {
            p.keep_contact_note(dr.to_note(madrid).unwrap());
        }
        p
    }

    fn outcomes<'a>(notes: &[&'a ContactNote]) -> Vec<&'a str> {
        notes.iter().map(|n| n.outcome.as_str()).collect()
    }

    #[test]
    fn how_a_contact_happened_has_stable_codes() {
        assert_stored_codes::<ContactMode>();
    }

    #[test]
    fn the_words_for_how_are_the_ones_the_screen_shows() {
        for (lang, code) in [(Lang::En, "en"), (Lang::Es, "es")] {
            let files = crate::components::language::locale_files(code);
            for how in ContactMode::ALL {
                assert_eq!(
                    files["contact_notes"]["how_options"][how.code().replace('-', "_")].as_str(),
                    Some(how.label_in(lang)),
                    "{code} {how:?}"
                );
            }
        }
        let en = crate::components::language::locale_files("en");
        assert_eq!(
            en["contact_notes"]["due_kind"].as_str(),
            Some(
                DueItem {
                    date: d(11, 1),
                    kind: DueKind::ContactStep(ContactNoteId::new()),
                    what: String::new(),
                    overdue: false,
                    occurrence: None,
                }
                .kind_label()
            )
        );
    }

    #[test]
    fn notes_are_listed_newest_first() {
        let p = plan();
        assert_eq!(
            outcomes(&p.contact_notes_newest_first()),
            vec!["Rosa will drive her", "Refill ready", "Met at home"]
        );
        // Two in the same minute: the one written last comes first.
        let mut p = p;
        let same = draft(at(11, 20, 16, 45), "Ana", ContactMode::Video, "Same minute");
        p.keep_contact_note(same.to_note(madrid).unwrap());
        assert_eq!(outcomes(&p.contact_notes_newest_first())[0], "Same minute");
    }

    #[test]
    fn the_time_is_kept_as_written_with_its_offset() {
        let note = draft(at(11, 20, 16, 45), "Rosa", ContactMode::Phone, "Fine")
            .to_note(madrid)
            .unwrap();
        assert_eq!(note.at.to_rfc3339(), "2026-11-20T16:45:00+01:00");
        assert_eq!(note.when_in(Lang::En), "20 November 2026, 16:45");
        assert_eq!(note.when_in(Lang::Es), "20 de noviembre de 2026, 16:45");
        // Back in the form as written.
        let again = NoteDraft::of(&note);
        assert_eq!(again.time, "16:45");
        assert_eq!(again.date, Some(d(11, 20)));
        assert_eq!(again.to_note(madrid).unwrap(), note);
    }

    #[test]
    fn search_looks_in_every_field_and_the_names_of_what_it_was_about() {
        let p = plan();
        let find = |q: &str, lang| outcomes(&p.search_contact_notes(q, lang));
        assert_eq!(find("", Lang::En).len(), 3, "no words: every note");
        assert_eq!(find("rosa", Lang::En), vec!["Rosa will drive her"]);
        // The care-team member's name, not typed in the note itself.
        assert_eq!(find("ana ruiz", Lang::En), vec!["Met at home"]);
        // The need, the goal and the service by their names.
        assert_eq!(find("INSULIN", Lang::En), vec!["Met at home"]);
        assert_eq!(find("sugar", Lang::En), vec!["Refill ready"]);
        assert_eq!(
            find("diabetes clinic", Lang::En),
            vec!["Rosa will drive her"]
        );
        // How, the date, the next step and its date.
        assert_eq!(find("phone call", Lang::En), vec!["Rosa will drive her"]);
        assert_eq!(find("15 November", Lang::En), vec!["Refill ready"]);
        assert_eq!(find("appointment", Lang::En), vec!["Rosa will drive her"]);
        assert_eq!(find("24 november", Lang::En), vec!["Rosa will drive her"]);
        // In Spanish, accents aside.
        assert_eq!(find("telefono", Lang::Es), vec!["Rosa will drive her"]);
        assert_eq!(find("noviembre mensaje", Lang::Es), vec!["Refill ready"]);
        // Every word must be there, not just one.
        assert!(find("rosa insulin", Lang::En).is_empty());
        assert!(find("nothing like this", Lang::En).is_empty());
    }

    #[test]
    fn a_next_step_with_a_date_is_due_until_done() {
        let mut p = plan();
        let due = p.due_items(d(11, 22));
        let step: Vec<_> = due
            .iter()
            .filter(|i| matches!(i.kind, DueKind::ContactStep(_)))
            .collect();
        assert_eq!(step.len(), 1);
        assert_eq!(step[0].date, d(11, 24));
        assert_eq!(
            without_isolates(&step[0].what),
            "Call the clinic about the appointment"
        );
        assert_eq!(step[0].kind_label(), "Next step after a contact");
        // Still due once late: it says so.
        let late = p.due_items(d(12, 1));
        assert!(late
            .iter()
            .any(|i| matches!(i.kind, DueKind::ContactStep(_)) && i.overdue));
        // Done: no longer due.
        let id = p.contact_notes_newest_first()[0].id;
        let mut dr = NoteDraft::of(p.contact_note(id).unwrap());
        dr.next_done = true;
        p.keep_contact_note(dr.to_note(madrid).unwrap());
        assert!(!p
            .due_items(d(11, 22))
            .iter()
            .any(|i| matches!(i.kind, DueKind::ContactStep(_))));
        assert!(p.contact_next_steps_in(Lang::En).is_empty());
    }

    #[test]
    fn the_form_says_what_to_put_right() {
        let empty = NoteDraft {
            date: None,
            time: String::new(),
            ..NoteDraft::default()
        };
        assert_eq!(
            empty.problems(),
            vec![
                Problem::NoDate,
                Problem::NoTime,
                Problem::NoWho,
                Problem::NoHow,
                Problem::NoOutcome
            ]
        );
        assert!(empty.to_note(madrid).is_err());
        let mut dr = draft(at(11, 20, 9, 0), "Rosa", ContactMode::Phone, "Fine");
        assert!(dr.problems().is_empty());
        dr.time = "25:99".into();
        assert_eq!(dr.problems(), vec![Problem::BadTime]);
        dr.time = "9.05".into();
        assert!(dr.problems().is_empty(), "a dot for the colon is fine");
        dr.next_date = Some(d(11, 30));
        assert_eq!(dr.problems(), vec![Problem::DateWithoutStep]);
        dr.next_step = "Ring back".into();
        assert!(dr.problems().is_empty());
        // A member of the care team says who as well as typed words.
        dr.who.clear();
        assert_eq!(dr.problems(), vec![Problem::NoWho]);
        dr.member = Some(MemberId::new());
        assert!(dr.problems().is_empty());
        // Each problem points at its field.
        assert_eq!(Problem::NoHow.field(), "how-in-person");
    }

    #[test]
    fn a_removed_note_comes_back_where_it_was() {
        let mut p = plan();
        let before = p.contact_notes.clone();
        let id = before[1].id;
        let (index, note) = p.remove_contact_note(id).unwrap();
        assert_eq!(p.contact_notes.len(), 2);
        assert!(p.contact_note(id).is_none());
        assert!(p.remove_contact_note(id).is_none());
        p.restore_contact_note(index, note.clone());
        assert_eq!(p.contact_notes, before);
        // Undoing twice does not make two.
        p.restore_contact_note(index, note);
        assert_eq!(p.contact_notes, before);
    }

    #[test]
    fn changing_a_note_keeps_its_id_and_place() {
        let mut p = plan();
        let id = p.contact_notes[0].id;
        let mut dr = NoteDraft::of(&p.contact_notes[0]);
        dr.outcome = "Met at home; all fine".into();
        p.keep_contact_note(dr.to_note(madrid).unwrap());
        assert_eq!(p.contact_notes.len(), 3);
        assert_eq!(p.contact_notes[0].id, id);
        assert_eq!(p.contact_notes[0].outcome, "Met at home; all fine");
    }

    #[test]
    fn only_notes_marked_to_share_are_for_my_plan() {
        let p = plan();
        assert_eq!(outcomes(&p.shared_contact_notes()), vec!["Refill ready"]);
        assert!(!NoteDraft::new(at(11, 1, 9, 0)).shared, "off unless chosen");
    }

    #[test]
    fn who_names_the_member_and_what_was_typed() {
        let mut p = plan();
        let note = p.contact_notes[0].clone();
        assert_eq!(p.contact_who_in(&note, Lang::En), "Ana Ruiz (Case manager)");
        let mut with_words = note.clone();
        with_words.who = "and her son".into();
        assert_eq!(
            p.contact_who_in(&with_words, Lang::En),
            "Ana Ruiz (Case manager), and her son"
        );
        // A member since removed: only the typed words are left.
        let member = p.care_team[0].id;
        p.remove_member(member);
        assert_eq!(p.contact_who_in(&with_words, Lang::En), "and her son");
    }

    #[test]
    fn a_backup_file_keeps_the_notes() {
        use crate::storage::backup::{read_file, to_file};
        use crate::storage::envelope::StoredPlan;
        let p = plan();
        let stored = vec![StoredPlan {
            plan: p.clone(),
            revision: 2,
            saved_at: p.created_at,
        }];
        let text = to_file(&stored, p.created_at).unwrap();
        let back = read_file(&text).unwrap();
        assert_eq!(back, stored);
        assert_eq!(back[0].plan.contact_notes.len(), 3);
    }

    #[test]
    fn notes_travel_in_the_plan_and_old_plans_load_without_them() {
        let p = plan();
        let json = serde_json::to_string(&p).unwrap();
        let back: CarePlan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        assert_eq!(back.contact_notes.len(), 3);
        // A plan saved before contact notes existed.
        let old = r#"{"id":"6f1c8f0e-7a43-4a5e-9d55-0c5f0f5b2a11","title":"T","status":"active",
            "created_at":"2026-11-01T10:00:00Z","updated_at":"2026-11-01T10:00:00Z"}"#;
        let old: CarePlan = serde_json::from_str(old).unwrap();
        assert!(old.contact_notes.is_empty());
        // And a plan without notes is written as before.
        let written = serde_json::to_value(&old).unwrap();
        assert!(written.get("contact_notes").is_none());
    }
}
