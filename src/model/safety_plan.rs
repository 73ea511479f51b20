//! A personal safety plan: a short list, in the person's own words, of what to notice and what
//! to do when things get very hard, step by step, from coping alone to calling for help. Its
//! parts follow safety planning as Stanley and Brown describe it (2012); the words on screen
//! are the app's own (`locales/*/safety_plan.json`).
//!
//! Offered when the PHQ-9's ninth question is answered above "Not at all", or the AHC safety
//! questions are positive; it can be started at any time. Kept in the plan, so it is saved,
//! backed up, exported and printed with it (first, on both printouts).

use super::assessment::safety::CrisisLine;
use super::lang::Lang;
use super::plan::CarePlan;
use serde::{Deserialize, Serialize};

/// The parts of a safety plan, in the order a person goes through them in a crisis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// Signs that a hard time is starting: thoughts, feelings, situations.
    WarningSigns,
    /// What the person can do alone to feel a little better.
    Coping,
    /// People and places that take the person's mind off things.
    Distractions,
    /// People the person can ask for help.
    People,
    /// Professionals and services to call, the crisis line among them.
    Professionals,
    /// Making the person's surroundings safer.
    Surroundings,
    /// The person's reasons for living.
    Reasons,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::WarningSigns,
        Section::Coping,
        Section::Distractions,
        Section::People,
        Section::Professionals,
        Section::Surroundings,
        Section::Reasons,
    ];

    /// A stable code: ids on the page, FHIR `linkId`s.
    pub fn code(self) -> &'static str {
        match self {
            Section::WarningSigns => "warning-signs",
            Section::Coping => "coping",
            Section::Distractions => "distractions",
            Section::People => "people",
            Section::Professionals => "professionals",
            Section::Surroundings => "surroundings",
            Section::Reasons => "reasons",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The part's name in English, as other systems are told it (FHIR `item.text`). The
    /// screen and the printouts use the interface's words in the chosen language.
    pub fn title(self) -> &'static str {
        match self {
            Section::WarningSigns => "My warning signs",
            Section::Coping => "Things I can do on my own",
            Section::Distractions => "People and places that take my mind off things",
            Section::People => "People I can ask for help",
            Section::Professionals => "Professionals and services I can call",
            Section::Surroundings => "Making my surroundings safer",
            Section::Reasons => "My reasons for living",
        }
    }
}

/// The safety plan: for each part, the lines the person wrote, as typed (a line being typed
/// may be blank or end in a space). [`SafetyPlan::filled`] gives the lines to show and print.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SafetyPlan {
    pub warning_signs: Vec<String>,
    pub coping: Vec<String>,
    pub distractions: Vec<String>,
    pub people: Vec<String>,
    pub professionals: Vec<String>,
    pub surroundings: Vec<String>,
    pub reasons: Vec<String>,
}

impl SafetyPlan {
    /// The lines of a part, as typed.
    pub fn lines(&self, section: Section) -> &Vec<String> {
        match section {
            Section::WarningSigns => &self.warning_signs,
            Section::Coping => &self.coping,
            Section::Distractions => &self.distractions,
            Section::People => &self.people,
            Section::Professionals => &self.professionals,
            Section::Surroundings => &self.surroundings,
            Section::Reasons => &self.reasons,
        }
    }

    pub fn lines_mut(&mut self, section: Section) -> &mut Vec<String> {
        match section {
            Section::WarningSigns => &mut self.warning_signs,
            Section::Coping => &mut self.coping,
            Section::Distractions => &mut self.distractions,
            Section::People => &mut self.people,
            Section::Professionals => &mut self.professionals,
            Section::Surroundings => &mut self.surroundings,
            Section::Reasons => &mut self.reasons,
        }
    }

    /// A part as the text of its box: one line each.
    pub fn text(&self, section: Section) -> String {
        self.lines(section).join("\n")
    }

    /// Sets a part from the text of its box, exactly as typed (so `text` gives the same text
    /// back while the person types, blank lines and all). A box left empty holds no lines.
    pub fn set_text(&mut self, section: Section, text: &str) {
        *self.lines_mut(section) = if text.is_empty() {
            Vec::new()
        } else {
            text.split('\n')
                .map(|l| l.strip_suffix('\r').unwrap_or(l).to_string())
                .collect()
        };
    }

    /// The lines of a part worth showing: trimmed, blank ones left out.
    pub fn filled(&self, section: Section) -> Vec<String> {
        self.lines(section)
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The parts that hold something, in order, each with its lines (for printing and export).
    pub fn filled_sections(&self) -> Vec<(Section, Vec<String>)> {
        Section::ALL
            .into_iter()
            .map(|s| (s, self.filled(s)))
            .filter(|(_, lines)| !lines.is_empty())
            .collect()
    }

    /// Whether anything is written in it (blank lines are not).
    pub fn is_started(&self) -> bool {
        Section::ALL.into_iter().any(|s| !self.filled(s).is_empty())
    }

    /// Nothing at all kept, not even blank lines: then it is not saved with the plan.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Starts the plan: "Professionals and services" is filled in with the crisis line shown
    /// on screen (the agency's own, or 988 in `lang`) and whom to call in danger, unless the
    /// person already wrote something there. Returns whether anything was added.
    pub fn start(&mut self, crisis: &CrisisLine, lang: Lang) -> bool {
        if !self.filled(Section::Professionals).is_empty() {
            return false;
        }
        let (shown, _) = crisis.shown_in(lang);
        self.professionals = shown
            .lines
            .iter()
            .chain([&shown.emergency])
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        !self.professionals.is_empty()
    }
}

/// Whether the current assessment calls for offering a safety plan: the PHQ-9's ninth question
/// answered above "Not at all", or the AHC safety questions positive.
pub fn offered(plan: &CarePlan) -> bool {
    plan.current_assessment()
        .is_some_and(|a| a.safety_flag() || a.ahc.result().safety.is_positive())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone, Utc};

    fn plan() -> CarePlan {
        CarePlan::new(Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap())
    }

    #[test]
    fn an_empty_plan_is_not_started_and_has_nothing_to_print() {
        let s = SafetyPlan::default();
        assert!(s.is_empty());
        assert!(!s.is_started());
        assert!(s.filled_sections().is_empty());
        for section in Section::ALL {
            assert!(s.filled(section).is_empty());
            assert_eq!(s.text(section), "");
        }
    }

    #[test]
    fn blank_lines_do_not_start_it_but_one_written_line_does() {
        let mut s = SafetyPlan::default();
        s.set_text(Section::Reasons, "  \n\t\n");
        assert!(!s.is_empty(), "kept as typed");
        assert!(!s.is_started(), "only blanks");
        s.set_text(Section::Reasons, "\n My daughter \n");
        assert!(s.is_started());
        assert_eq!(s.filled(Section::Reasons), vec!["My daughter"]);
        assert_eq!(
            s.filled_sections(),
            vec![(Section::Reasons, vec!["My daughter".to_string()])]
        );
    }

    #[test]
    fn the_box_gives_back_exactly_what_was_typed_and_lines_are_trimmed_for_paper() {
        let mut s = SafetyPlan::default();
        let typed = "Walk the dog \n\nCall my sister\r\n";
        s.set_text(Section::Coping, typed);
        // The carriage return a pasted line may bring is dropped; everything else stays.
        assert_eq!(s.text(Section::Coping), "Walk the dog \n\nCall my sister\n");
        assert_eq!(s.coping, vec!["Walk the dog ", "", "Call my sister", ""]);
        assert_eq!(
            s.filled(Section::Coping),
            vec!["Walk the dog", "Call my sister"]
        );
        s.set_text(Section::Coping, "");
        assert!(s.coping.is_empty());
        assert!(s.is_empty());
    }

    #[test]
    fn each_part_has_its_own_lines_and_a_code_that_reads_back() {
        let mut s = SafetyPlan::default();
        for (i, section) in Section::ALL.into_iter().enumerate() {
            s.set_text(section, &format!("line {i}"));
            assert_eq!(Section::from_code(section.code()), Some(section));
            assert!(!section.title().is_empty());
        }
        for (i, section) in Section::ALL.into_iter().enumerate() {
            assert_eq!(s.filled(section), vec![format!("line {i}")]);
        }
        assert_eq!(Section::from_code("nope"), None);
    }

    #[test]
    fn starting_it_fills_in_the_988_line_in_the_language_shown() {
        let mut s = SafetyPlan::default();
        assert!(s.start(&CrisisLine::default(), Lang::Es));
        let es = CrisisLine::default_in(Lang::Es);
        let mut expected = es.lines.clone();
        expected.push(es.emergency.clone());
        assert_eq!(s.professionals, expected);
        assert!(s.professionals[0].contains("988"));
        assert!(s.is_started());
        // Only that part is filled in.
        for section in Section::ALL {
            if section != Section::Professionals {
                assert!(s.lines(section).is_empty(), "{section:?}");
            }
        }

        let mut s = SafetyPlan::default();
        s.start(&CrisisLine::default(), Lang::En);
        assert_eq!(
            s.professionals.last().map(String::as_str),
            Some("If you are in immediate danger, call 911.")
        );
    }

    #[test]
    fn starting_it_fills_in_the_agencys_own_crisis_line_as_written() {
        let agency = CrisisLine {
            lines: vec![
                " Eastside crisis line: 555-0199, day and night. ".into(),
                "".into(),
            ],
            emergency: "In danger now? Call 911.".into(),
        };
        let mut s = SafetyPlan::default();
        assert!(s.start(&agency, Lang::Es));
        assert_eq!(
            s.professionals,
            vec![
                "Eastside crisis line: 555-0199, day and night.",
                "In danger now? Call 911."
            ]
        );
    }

    #[test]
    fn starting_again_keeps_what_the_person_wrote_there() {
        let mut s = SafetyPlan::default();
        s.set_text(Section::Professionals, "Dr Lee: 555-0142");
        assert!(!s.start(&CrisisLine::default(), Lang::En));
        assert_eq!(s.professionals, vec!["Dr Lee: 555-0142"]);
        // Blanks alone are not something written: the crisis line goes in.
        s.set_text(Section::Professionals, " \n");
        assert!(s.start(&CrisisLine::default(), Lang::En));
        assert!(s.professionals[0].contains("988"));
    }

    #[test]
    fn it_is_offered_for_thoughts_of_self_harm_or_a_positive_safety_screen() {
        let mut p = plan();
        assert!(!offered(&p), "no assessment");
        p.start_assessment(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        assert!(!offered(&p), "nothing answered");
        if let Some(a) = p.current_assessment_mut() {
            a.phq9.items[8] = Some(0);
        }
        assert!(!offered(&p), "question 9: not at all");
        if let Some(a) = p.current_assessment_mut() {
            a.phq9.items[8] = Some(1);
        }
        assert!(offered(&p), "question 9: several days");

        let mut p = plan();
        p.start_assessment(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        if let Some(a) = p.current_assessment_mut() {
            a.ahc.safety = [3, 3, 3, 1].map(Some);
        }
        assert!(!offered(&p), "AHC safety total 10 is not positive");
        if let Some(a) = p.current_assessment_mut() {
            a.ahc.safety = [3, 3, 3, 2].map(Some);
        }
        assert!(offered(&p), "AHC safety total 11 is positive");
    }

    #[test]
    fn a_plan_saved_before_safety_plans_loads_with_an_empty_one_and_an_empty_one_is_not_saved() {
        let json = r#"{"id":"6f1c8f0e-7a43-4a5e-9d55-0c5f0f5b2a11","title":"T","status":"active",
            "created_at":"2026-11-01T10:00:00Z","updated_at":"2026-11-01T10:00:00Z"}"#;
        let old: CarePlan = serde_json::from_str(json).unwrap();
        assert_eq!(old.safety_plan, SafetyPlan::default());
        assert_eq!(old.title, "T");
        let saved = serde_json::to_value(&old).unwrap();
        assert!(saved.get("safety_plan").is_none(), "{saved}");
    }

    #[test]
    fn a_safety_plan_survives_the_plan_json_round_trip() {
        let mut p = plan();
        p.safety_plan.start(&CrisisLine::default(), Lang::En);
        p.safety_plan
            .set_text(Section::WarningSigns, "Not sleeping\nStaying in bed");
        p.safety_plan.set_text(Section::Reasons, "My daughter\n");
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains("\"safety_plan\""));
        let back: CarePlan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        assert_eq!(
            back.safety_plan.filled(Section::Reasons),
            vec!["My daughter"]
        );
    }

    #[test]
    fn a_plan_with_only_a_safety_plan_is_not_untouched() {
        let mut p = plan();
        p.safety_plan.set_text(Section::Reasons, "My cat");
        assert!(!p.is_untouched(), "what the person wrote is kept");
    }

    /// Trainees meet it in the Assessment step's guidance, and the word is explained.
    #[test]
    fn the_assessment_guidance_explains_the_safety_plan_in_both_languages() {
        use crate::model::glossary::term;
        use crate::model::steps::Step;
        use crate::model::teaching::guidance::guidance_in;
        let word = term("safety-plan").map(|t| (t.word, t.word_es));
        assert_eq!(word, Some(("Safety plan", "Plan de seguridad")));
        for (lang, said) in [(Lang::En, "safety plan"), (Lang::Es, "plan de seguridad")] {
            let g = guidance_in(Step::Assessment, lang);
            assert!(g.terms.contains(&"safety-plan"), "{lang:?}");
            assert!(
                g.good_looks_like.iter().any(|l| l.contains(said)),
                "{lang:?}: {:?}",
                g.good_looks_like
            );
        }
    }

    #[test]
    fn a_part_of_a_stored_safety_plan_that_is_missing_loads_empty() {
        let s: SafetyPlan = serde_json::from_str(r#"{"reasons":["My cat"]}"#).unwrap();
        assert_eq!(s.reasons, vec!["My cat"]);
        assert!(s.coping.is_empty());
    }
}
