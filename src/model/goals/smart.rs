//! The SMART check: for each letter, pass or needs work, with a plain reason and a suggestion.
//! It guides; it never stops a goal from being saved. It speaks the interface's language
//! (`check_in`); `check` is English, as in files and the trainer's feedback.

use super::{Direction, Goal};
use crate::model::lang::Lang;
use chrono::NaiveDate;

/// Target dates further away than this are hard to plan for.
const MAX_DAYS_AHEAD: i64 = 2 * 365;
/// Below this confidence, a smaller first step usually works better.
const CONFIDENT: u8 = 7;

/// Words that sound like a goal but cannot be seen happening unless a measure comes with them,
/// in either language: a person may write in one while the interface shows the other.
const VAGUE: [&str; 31] = [
    "improve",
    "try",
    "better",
    "more",
    "less",
    "work on",
    "cope",
    "manage",
    "healthier",
    "increase",
    "decrease",
    "reduce",
    "as needed",
    "as much as possible",
    "mejorar",
    "intentar",
    "tratar de",
    "mejor",
    "m\u{e1}s",
    "menos",
    "trabajar en",
    "sobrellevar",
    "manejar",
    "m\u{e1}s sano",
    "m\u{e1}s sana",
    "aumentar",
    "disminuir",
    "reducir",
    "seg\u{fa}n sea necesario",
    "cuando haga falta",
    "lo m\u{e1}s posible",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Letter {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

impl Letter {
    pub const ALL: [Letter; 5] = [
        Letter::Specific,
        Letter::Measurable,
        Letter::Achievable,
        Letter::Relevant,
        Letter::TimeBound,
    ];

    /// The letter of the English word, kept in every language: SMART is known by its letters.
    pub fn initial(self) -> &'static str {
        match self {
            Letter::Specific => "S",
            Letter::Measurable => "M",
            Letter::Achievable => "A",
            Letter::Relevant => "R",
            Letter::TimeBound => "T",
        }
    }

    pub fn name(self) -> &'static str {
        self.name_in(Lang::En)
    }

    /// "Time-bound" / "Con fecha" (a goal, "meta", is feminine in Spanish).
    pub fn name_in(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Letter::Specific, Lang::En) => "Specific",
            (Letter::Measurable, Lang::En) => "Measurable",
            (Letter::Achievable, Lang::En) => "Achievable",
            (Letter::Relevant, Lang::En) => "Relevant",
            (Letter::TimeBound, Lang::En) => "Time-bound",
            (Letter::Specific, Lang::Es) => "Espec\u{ed}fica",
            (Letter::Measurable, Lang::Es) => "Medible",
            (Letter::Achievable, Lang::Es) => "Alcanzable",
            (Letter::Relevant, Lang::Es) => "Relevante",
            (Letter::TimeBound, Lang::Es) => "Con fecha",
        }
    }
}

/// The verdict on one letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub letter: Letter,
    pub pass: bool,
    /// Why, in plain words.
    pub reason: String,
    /// What to do about it, when it needs work.
    pub suggestion: Option<String>,
}

/// One text in the language asked for.
fn say(lang: Lang, en: impl Into<String>, es: impl Into<String>) -> String {
    match lang {
        Lang::En => en.into(),
        Lang::Es => es.into(),
    }
}

fn pass(letter: Letter, reason: String) -> Mark {
    Mark {
        letter,
        pass: true,
        reason,
        suggestion: None,
    }
}

fn work(letter: Letter, reason: String, suggestion: String) -> Mark {
    Mark {
        letter,
        pass: false,
        reason,
        suggestion: Some(suggestion),
    }
}

/// Checks all five letters, in English. `today` comes from the browser clock.
pub fn check(goal: &Goal, today: NaiveDate) -> [Mark; 5] {
    check_in(goal, today, Lang::En)
}

/// Checks all five letters, saying why in `lang`.
pub fn check_in(goal: &Goal, today: NaiveDate, lang: Lang) -> [Mark; 5] {
    [
        specific(goal, lang),
        measurable(goal, lang),
        achievable(goal, lang),
        relevant(goal, lang),
        time_bound(goal, today, lang),
    ]
}

/// The first vague word in the text, if any, matched as whole words.
fn vague_word(text: &str) -> Option<&'static str> {
    let words: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let padded = format!(
        " {} ",
        words.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    VAGUE
        .into_iter()
        .find(|v| padded.contains(&format!(" {v} ")))
}

fn has_measure(goal: &Goal) -> bool {
    goal.target_value().is_some() || !goal.outcome.trim().is_empty()
}

fn specific(goal: &Goal, lang: Lang) -> Mark {
    let l = Letter::Specific;
    let action = goal.action.trim();
    if action.is_empty() {
        return work(
            l,
            say(lang, "It does not say yet what will be done.", "Todav\u{ed}a no dice qu\u{e9} se va a hacer."),
            say(
                lang,
                "Write what will be done as an action, e.g. \u{201c}walk\u{201d}, \u{201c}take my evening pills\u{201d}, \u{201c}call the housing office\u{201d}.",
                "Escriba lo que se va a hacer como una acci\u{f3}n, por ejemplo \u{201c}caminar\u{201d}, \u{201c}tomar mis pastillas de la noche\u{201d}, \u{201c}llamar a la oficina de vivienda\u{201d}.",
            ),
        );
    }
    let text = format!("{action} {}", goal.detail);
    if let Some(word) = vague_word(&text) {
        if !has_measure(goal) {
            return work(
                l,
                say(
                    lang,
                    format!("\u{201c}{word}\u{201d} is hard to see happening without a measure."),
                    format!("Sin una medida, es dif\u{ed}cil ver si \u{201c}{word}\u{201d} est\u{e1} pasando."),
                ),
                say(
                    lang,
                    "Say exactly what will be done and how much, e.g. \u{201c}walk 20 minutes a day\u{201d} instead of \u{201c}exercise more\u{201d}.",
                    "Diga exactamente qu\u{e9} se va a hacer y cu\u{e1}nto, por ejemplo \u{201c}caminar 20 minutos al d\u{ed}a\u{201d} en vez de \u{201c}hacer m\u{e1}s ejercicio\u{201d}.",
                ),
            );
        }
    }
    pass(
        l,
        say(
            lang,
            "It says what will be done.",
            "Dice qu\u{e9} se va a hacer.",
        ),
    )
}

fn measurable(goal: &Goal, lang: Lang) -> Mark {
    let l = Letter::Measurable;
    let target_text = goal.target.trim();
    if target_text.is_empty() {
        if !goal.outcome.trim().is_empty() {
            return pass(
                l,
                say(
                    lang,
                    "It names an outcome anyone could see.",
                    "Nombra un resultado que cualquiera podr\u{ed}a ver.",
                ),
            );
        }
        return work(
            l,
            say(lang, "There is no number to reach and no outcome to see.", "No hay un n\u{fa}mero que alcanzar ni un resultado que se pueda ver."),
            say(
                lang,
                "Add a target with a unit (e.g. 50 feet, 3 times a week), or describe what anyone could see when it is done.",
                "Agregue un n\u{fa}mero a alcanzar con su unidad (por ejemplo 50 pies, 3 veces por semana), o describa lo que cualquiera podr\u{ed}a ver cuando est\u{e9} hecho.",
            ),
        );
    }
    let Some(target) = goal.target_value() else {
        return work(
            l,
            say(
                lang,
                format!("The target \u{201c}{target_text}\u{201d} is not a number."),
                format!("El n\u{fa}mero a alcanzar, \u{201c}{target_text}\u{201d}, no est\u{e1} escrito como n\u{fa}mero."),
            ),
            say(
                lang,
                "Write the target as a number, e.g. 50, and put the words in the unit.",
                "Escriba el n\u{fa}mero a alcanzar con cifras, por ejemplo 50, y ponga las palabras en la unidad.",
            ),
        );
    };
    if goal.unit.trim().is_empty() {
        return work(
            l,
            say(lang, "The target has no unit.", "El n\u{fa}mero a alcanzar no tiene unidad."),
            say(
                lang,
                "Add a unit, e.g. feet, minutes a day, times a week, drinks a week.",
                "Agregue una unidad, por ejemplo pies, minutos al d\u{ed}a, veces por semana, tragos por semana.",
            ),
        );
    }
    let Some(baseline) = goal.baseline_value() else {
        let now = goal.baseline.trim();
        return work(
            l,
            if now.is_empty() {
                say(lang, "It does not say where things are now.", "No dice c\u{f3}mo est\u{e1}n las cosas ahora.")
            } else {
                say(
                    lang,
                    format!("Where things are now, \u{201c}{now}\u{201d}, is not a number."),
                    format!("C\u{f3}mo est\u{e1}n las cosas ahora, \u{201c}{now}\u{201d}, no es un n\u{fa}mero."),
                )
            },
            say(
                lang,
                "Add the starting point (the baseline), so progress can be seen.",
                "Agregue el punto de partida (la l\u{ed}nea de base), para que se pueda ver el avance.",
            ),
        );
    };
    match goal.direction {
        Direction::Maintain => pass(
            l,
            say(lang, "It has a level to keep and a unit.", "Tiene un nivel que mantener y una unidad."),
        ),
        _ if target == baseline => work(
            l,
            say(lang, "The target is the same as where things are now.", "El n\u{fa}mero a alcanzar es igual al de ahora."),
            say(
                lang,
                "Choose a target that is a step forward, or choose \u{201c}Stay the same\u{201d} if keeping it steady is the goal.",
                "Elija un n\u{fa}mero que sea un paso adelante, o elija \u{201c}Mantenerse igual\u{201d} si la meta es mantenerlo.",
            ),
        ),
        Direction::Increase if target < baseline => work(
            l,
            say(
                lang,
                "The target is lower than now, but the goal is to go up.",
                "El n\u{fa}mero a alcanzar es m\u{e1}s bajo que el de ahora, pero la idea es subir.",
            ),
            say(
                lang,
                "Check the numbers, or change the direction to \u{201c}Go down\u{201d}.",
                "Revise los n\u{fa}meros, o cambie la direcci\u{f3}n a \u{201c}Disminuir\u{201d}.",
            ),
        ),
        Direction::Decrease if target > baseline => work(
            l,
            say(
                lang,
                "The target is higher than now, but the goal is to go down.",
                "El n\u{fa}mero a alcanzar es m\u{e1}s alto que el de ahora, pero la idea es bajar.",
            ),
            say(
                lang,
                "Check the numbers, or change the direction to \u{201c}Go up\u{201d}.",
                "Revise los n\u{fa}meros, o cambie la direcci\u{f3}n a \u{201c}Aumentar\u{201d}.",
            ),
        ),
        _ => pass(
            l,
            say(
                lang,
                "It has a starting point, a target and a unit.",
                "Tiene un punto de partida, un n\u{fa}mero a alcanzar y una unidad.",
            ),
        ),
    }
}

fn achievable(goal: &Goal, lang: Lang) -> Mark {
    let l = Letter::Achievable;
    match goal.confidence {
        None => work(
            l,
            say(lang, "Confidence is not rated yet.", "Todav\u{ed}a no se calific\u{f3} la confianza."),
            say(
                lang,
                "Ask: \u{201c}On a scale of 0 to 10, how sure are you that you can do this?\u{201d}",
                "Pregunte: \u{201c}Del 0 al 10, \u{bf}qu\u{e9} tan seguro est\u{e1} de que puede hacerlo?\u{201d}",
            ),
        ),
        Some(c) if c < CONFIDENT => work(
            l,
            say(
                lang,
                format!("Confidence is {c} out of 10: lower than 7."),
                format!("La confianza es {c} de 10: menos de 7."),
            ),
            say(
                lang,
                "Try a smaller first step that feels like a 7 or more, and build from there.",
                "Pruebe un primer paso m\u{e1}s peque\u{f1}o, que se sienta como un 7 o m\u{e1}s, y siga desde ah\u{ed}.",
            ),
        ),
        Some(c) => pass(
            l,
            say(
                lang,
                format!("Confidence is {c} out of 10."),
                format!("La confianza es {c} de 10."),
            ),
        ),
    }
}

fn relevant(goal: &Goal, lang: Lang) -> Mark {
    let l = Letter::Relevant;
    if goal.needs.is_empty() {
        return work(
            l,
            say(
                lang,
                "It is not linked to a need.",
                "No est\u{e1} unida a ninguna necesidad.",
            ),
            say(
                lang,
                "Choose the need (or needs) this goal helps with.",
                "Elija la necesidad (o las necesidades) con la que ayuda esta meta.",
            ),
        );
    }
    if goal.why.trim().is_empty() {
        return work(
            l,
            say(lang, "It does not say why it matters.", "No dice por qu\u{e9} es importante."),
            say(
                lang,
                "Write why this goal matters, in the person's own words.",
                "Escriba por qu\u{e9} es importante esta meta, con las propias palabras de la persona.",
            ),
        );
    }
    pass(
        l,
        say(
            lang,
            "It is linked to a need and says why it matters.",
            "Est\u{e1} unida a una necesidad y dice por qu\u{e9} es importante.",
        ),
    )
}

fn time_bound(goal: &Goal, today: NaiveDate, lang: Lang) -> Mark {
    let l = Letter::TimeBound;
    let Some(target) = goal.target_date else {
        return work(
            l,
            say(
                lang,
                "There is no target date.",
                "No tiene fecha l\u{ed}mite.",
            ),
            say(
                lang,
                "Pick a date by when it should be done.",
                "Elija la fecha para la que deber\u{ed}a estar hecho.",
            ),
        );
    };
    if target < today {
        return work(
            l,
            say(
                lang,
                "The target date has passed.",
                "La fecha l\u{ed}mite ya pas\u{f3}.",
            ),
            say(
                lang,
                "Set a new target date, or mark the goal completed or cancelled.",
                "Ponga una nueva fecha l\u{ed}mite, o marque la meta como completada o cancelada.",
            ),
        );
    }
    if let Some(start) = goal.start_date {
        if target < start {
            return work(
                l,
                say(
                    lang,
                    "The target date is before the start date.",
                    "La fecha l\u{ed}mite es anterior a la fecha de inicio.",
                ),
                say(lang, "Check the two dates.", "Revise las dos fechas."),
            );
        }
    }
    let from = goal.start_date.map_or(today, |s| s.max(today));
    if (target - from).num_days() > MAX_DAYS_AHEAD {
        return work(
            l,
            say(
                lang,
                "The target date is more than two years away.",
                "La fecha l\u{ed}mite est\u{e1} a m\u{e1}s de dos a\u{f1}os.",
            ),
            say(
                lang,
                "Break it into shorter goals, each a few weeks or months long.",
                "Div\u{ed}dala en metas m\u{e1}s cortas, de unas semanas o unos meses cada una.",
            ),
        );
    }
    pass(
        l,
        say(lang, "It has a target date.", "Tiene fecha l\u{ed}mite."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::NeedId;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    const TODAY: (i32, u32, u32) = (2026, 11, 22);

    fn today() -> NaiveDate {
        day(TODAY.0, TODAY.1, TODAY.2)
    }

    /// A goal that passes every letter.
    fn good() -> Goal {
        Goal {
            action: "walk".into(),
            detail: "on his own".into(),
            unit: "feet".into(),
            baseline: "10".into(),
            target: "50".into(),
            confidence: Some(8),
            needs: vec![NeedId::new()],
            why: "So I can get to the bus stop".into(),
            target_date: Some(day(2026, 12, 5)),
            ..Goal::new(today())
        }
    }

    fn mark(goal: &Goal, letter: Letter) -> Mark {
        check(goal, today())
            .into_iter()
            .find(|m| m.letter == letter)
            .unwrap()
    }

    #[test]
    fn a_good_goal_passes_every_letter() {
        let marks = check(&good(), today());
        assert!(marks.iter().all(|m| m.pass), "{marks:?}");
        assert!(marks.iter().all(|m| m.suggestion.is_none()));
    }

    #[test]
    fn an_empty_goal_needs_work_on_every_letter_with_suggestions() {
        let marks = check(&Goal::default(), today());
        assert!(marks.iter().all(|m| !m.pass));
        assert!(marks.iter().all(|m| m.suggestion.is_some()));
    }

    #[test]
    fn specific_flags_a_missing_action_and_vague_words_without_a_measure() {
        let mut g = good();
        g.action = " ".into();
        assert!(mark(&g, Letter::Specific)
            .reason
            .contains("what will be done"));
        for vague in [
            "improve my health",
            "try to exercise",
            "eat better",
            "drink less",
            "work on my mood",
        ] {
            let mut g = good();
            g.action = vague.into();
            g.target.clear();
            let m = mark(&g, Letter::Specific);
            assert!(!m.pass, "{vague}");
        }
        let mut g = good();
        g.action = "improve my walking".into();
        assert!(
            mark(&g, Letter::Specific).pass,
            "a vague verb with a measure is fine"
        );
        g.action = "more".into();
        g.target.clear();
        g.outcome = "the doctor signs off".into();
        assert!(
            mark(&g, Letter::Specific).pass,
            "an observable outcome is a measure"
        );
        // Whole words only: "trying" is not "try", "moreover" is not "more".
        assert_eq!(vague_word("keep trying moreover"), None);
        assert_eq!(vague_word("Feel BETTER!"), Some("better"));
    }

    #[test]
    fn measurable_needs_a_number_and_unit_or_an_outcome() {
        let mut g = good();
        g.target.clear();
        assert!(mark(&g, Letter::Measurable).reason.contains("no number"));
        g.outcome = "has a signed lease".into();
        assert!(mark(&g, Letter::Measurable).pass);

        let mut g = good();
        g.target = "fifty".into();
        assert!(mark(&g, Letter::Measurable).reason.contains("not a number"));
        let mut g = good();
        g.unit.clear();
        assert!(mark(&g, Letter::Measurable).reason.contains("no unit"));
        let mut g = good();
        g.baseline.clear();
        assert!(mark(&g, Letter::Measurable)
            .reason
            .contains("where things are now"));
    }

    #[test]
    fn measurable_checks_the_target_against_the_baseline_and_direction() {
        let mut g = good();
        g.target = "10".into();
        assert!(mark(&g, Letter::Measurable)
            .reason
            .contains("same as where things are now"));
        g.direction = Direction::Maintain;
        assert!(
            mark(&g, Letter::Measurable).pass,
            "keeping steady is a real goal"
        );

        let mut g = good();
        g.target = "5".into();
        assert!(mark(&g, Letter::Measurable)
            .reason
            .contains("lower than now"));
        g.direction = Direction::Decrease;
        assert!(mark(&g, Letter::Measurable).pass);
        g.target = "20".into();
        assert!(mark(&g, Letter::Measurable)
            .reason
            .contains("higher than now"));
    }

    #[test]
    fn achievable_asks_for_confidence_of_seven_or_more() {
        let mut g = good();
        g.confidence = None;
        assert!(!mark(&g, Letter::Achievable).pass);
        g.confidence = Some(6);
        let m = mark(&g, Letter::Achievable);
        assert!(!m.pass);
        assert!(m.suggestion.unwrap().contains("smaller first step"));
        g.confidence = Some(7);
        assert!(mark(&g, Letter::Achievable).pass);
    }

    #[test]
    fn relevant_needs_a_linked_need_and_a_reason() {
        let mut g = good();
        g.needs.clear();
        assert!(mark(&g, Letter::Relevant).reason.contains("not linked"));
        let mut g = good();
        g.why = "  ".into();
        assert!(mark(&g, Letter::Relevant).reason.contains("why it matters"));
    }

    #[test]
    fn time_bound_needs_a_sensible_future_date() {
        let mut g = good();
        g.target_date = None;
        assert!(mark(&g, Letter::TimeBound)
            .reason
            .contains("no target date"));
        g.target_date = Some(day(2026, 11, 21));
        assert!(mark(&g, Letter::TimeBound).reason.contains("has passed"));
        g.target_date = Some(today());
        assert!(mark(&g, Letter::TimeBound).pass, "today is still on time");
        g.start_date = Some(day(2026, 12, 1));
        g.target_date = Some(day(2026, 11, 30));
        assert!(mark(&g, Letter::TimeBound)
            .reason
            .contains("before the start date"));
        g.start_date = Some(today());
        g.target_date = Some(day(2029, 1, 1));
        assert!(mark(&g, Letter::TimeBound).reason.contains("two years"));
        g.target_date = Some(day(2028, 11, 1));
        assert!(mark(&g, Letter::TimeBound).pass);
    }

    #[test]
    fn spanish_marks_say_the_same_verdicts_in_spanish() {
        let cases = [good(), Goal::default(), {
            let mut g = good();
            g.target = "cincuenta".into();
            g.confidence = Some(5);
            g.why.clear();
            g.target_date = Some(day(2026, 1, 1));
            g
        }];
        for goal in &cases {
            let en = check(goal, today());
            let es = check_in(goal, today(), Lang::Es);
            for (en, es) in en.iter().zip(&es) {
                assert_eq!((en.letter, en.pass), (es.letter, es.pass));
                assert_eq!(en.suggestion.is_some(), es.suggestion.is_some());
                assert_ne!(en.reason, es.reason, "{:?} not translated", en.letter);
                if en.suggestion.is_some() {
                    assert_ne!(
                        en.suggestion, es.suggestion,
                        "{:?} not translated",
                        en.letter
                    );
                }
            }
        }
        let es = check_in(&cases[2], today(), Lang::Es);
        assert!(es[1].reason.contains("\u{201c}cincuenta\u{201d}"));
        assert_eq!(es[2].reason, "La confianza es 5 de 10: menos de 7.");
        assert_eq!(Letter::TimeBound.name_in(Lang::Es), "Con fecha");
    }

    #[test]
    fn vague_spanish_words_are_found_whichever_language_is_shown() {
        let mut g = good();
        g.action = "comer mejor".into();
        g.target.clear();
        let m = &check_in(&g, today(), Lang::Es)[0];
        assert!(!m.pass);
        assert!(m.reason.contains("\u{201c}mejor\u{201d}"), "{}", m.reason);
        assert!(!mark(&g, Letter::Specific).pass, "found in English too");
        assert_eq!(vague_word("Tomar M\u{c1}S agua"), Some("m\u{e1}s"));
        assert_eq!(vague_word("mejorando"), None);
    }
}
