//! The words a person meets in the app that are not everyday words, each explained plainly.
//! The glossary page lists them; each step's guidance (`teaching::guidance`) names the entries
//! for the words it uses, and the step links to them. Each entry is in English and Spanish.

use super::lang::Lang;

/// One word and what it means, in plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// The anchor of its entry on the glossary page, e.g. `"baseline"`.
    pub slug: &'static str,
    /// The word as the app writes it.
    pub word: &'static str,
    /// What it means: short sentences, common words.
    pub plain: &'static str,
    /// The word in Spanish.
    pub word_es: &'static str,
    /// What it means, in Spanish.
    pub plain_es: &'static str,
}

impl Term {
    /// The word in a language.
    pub fn word_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.word,
            Lang::Es => self.word_es,
        }
    }

    /// What it means, in a language.
    pub fn plain_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.plain,
            Lang::Es => self.plain_es,
        }
    }
}

/// Every entry in the alphabetical order of its word in `lang` (accents and case aside).
pub fn in_order(lang: Lang) -> Vec<&'static Term> {
    let mut terms: Vec<&'static Term> = TERMS.iter().collect();
    terms.sort_by_key(|t| sort_key(t.word_in(lang)));
    terms
}

/// "Línea de base" sorts as "linea de base".
fn sort_key(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .map(|c| match c {
            '\u{e1}' => 'a',
            '\u{e9}' => 'e',
            '\u{ed}' => 'i',
            '\u{f3}' | '\u{f6}' => 'o',
            '\u{fa}' | '\u{fc}' => 'u',
            other => other,
        })
        .collect()
}

/// Every entry, in alphabetical order of `word` (the English).
pub const TERMS: &[Term] = &[
    Term {
        slug: "action-step",
        word: "Action step",
        plain: "One small thing someone will do to reach a goal, with who does it and by when.",
        word_es: "Paso de acci\u{f3}n",
        plain_es: "Una cosa peque\u{f1}a que alguien har\u{e1} para llegar a una meta, con qui\u{e9}n la hace y para cu\u{e1}ndo.",
    },
    Term {
        slug: "assessment",
        word: "Assessment",
        plain: "Looking at how things are now, in each part of life, often with short questionnaires. It shows what is going well and what needs help.",
        word_es: "Valoraci\u{f3}n",
        plain_es: "Mirar c\u{f3}mo est\u{e1}n las cosas ahora, en cada parte de la vida, muchas veces con cuestionarios cortos. Muestra lo que va bien y lo que necesita ayuda.",
    },
    Term {
        slug: "barrier",
        word: "Barrier",
        plain: "Anything that gets in the way, such as cost, no ride, no time, or instructions that are hard to understand.",
        word_es: "Obst\u{e1}culo",
        plain_es: "Cualquier cosa que estorba, como el costo, no tener c\u{f3}mo llegar, no tener tiempo o instrucciones dif\u{ed}ciles de entender.",
    },
    Term {
        slug: "baseline",
        word: "Baseline",
        plain: "Where things are at the start, as a number. Later numbers are compared with it to see what changed.",
        word_es: "L\u{ed}nea de base",
        plain_es: "C\u{f3}mo est\u{e1}n las cosas al empezar, en un n\u{fa}mero. Los n\u{fa}meros de despu\u{e9}s se comparan con \u{e9}l para ver qu\u{e9} cambi\u{f3}.",
    },
    Term {
        slug: "bio-psycho-social",
        word: "Bio-psycho-social",
        plain: "Looking at the body (bio), the mind and mood (psycho) and the life around the person (social) together.",
        word_es: "Bio-psico-social",
        plain_es: "Mirar juntos el cuerpo (bio), la mente y el \u{e1}nimo (psico) y la vida alrededor de la persona (social).",
    },
    Term {
        slug: "care-plan",
        word: "Care plan",
        plain: "A written plan of what a person wants to change, the steps to get there, and who helps. It is made with the person, not for them.",
        word_es: "Plan de cuidado",
        plain_es: "Un plan escrito de lo que una persona quiere cambiar, los pasos para llegar y qui\u{e9}n ayuda. Se hace con la persona, no para ella.",
    },
    Term {
        slug: "care-team",
        word: "Care team",
        plain: "Everyone who helps with the plan: the person, family, friends, doctors, counselors, a case manager.",
        word_es: "Equipo de cuidado",
        plain_es: "Todos los que ayudan con el plan: la persona, su familia, sus amistades, m\u{e9}dicos, consejeros y un administrador de casos.",
    },
    Term {
        slug: "case-management",
        word: "Case management",
        plain: "Working with a person to find out what they need, make a plan, link them to services and check how it goes. The case manager is the one who coordinates it.",
        word_es: "Administraci\u{f3}n de casos",
        plain_es: "Trabajar con una persona para saber qu\u{e9} necesita, hacer un plan, conectarla con servicios y ver c\u{f3}mo va. El administrador de casos es quien lo coordina.",
    },
    Term {
        slug: "case-management-model",
        word: "Case-management model",
        plain: "The style of help. For example, linking the person to services (brokerage), or frequent hands-on support from a small team (intensive).",
        word_es: "Modelo de administraci\u{f3}n de casos",
        plain_es: "La forma de ayudar. Por ejemplo, conectar a la persona con servicios (enlace con servicios), o un apoyo frecuente y directo de un equipo peque\u{f1}o (intensivo).",
    },
    Term {
        slug: "closure",
        word: "Closure",
        plain: "Ending the plan because the goals are met, or the person no longer needs or wants it.",
        word_es: "Cierre",
        plain_es: "Terminar el plan porque se cumplieron las metas, o porque la persona ya no lo necesita o no lo quiere.",
    },
    Term {
        slug: "crisis-line",
        word: "Crisis line",
        plain: "A phone number to call or text for urgent help, at any time of day or night.",
        word_es: "L\u{ed}nea de crisis",
        plain_es: "Un n\u{fa}mero de tel\u{e9}fono para llamar o mandar un mensaje cuando se necesita ayuda urgente, a cualquier hora del d\u{ed}a o de la noche.",
    },
    Term {
        slug: "evaluation",
        word: "Evaluation",
        plain: "Looking back at the end of a plan: which goals were met, and what helped or got in the way.",
        word_es: "Evaluaci\u{f3}n",
        plain_es: "Mirar hacia atr\u{e1}s al final de un plan: qu\u{e9} metas se cumplieron, y qu\u{e9} ayud\u{f3} o qu\u{e9} fue un obst\u{e1}culo.",
    },
    Term {
        slug: "gas",
        word: "GAS (Goal Attainment Scaling)",
        plain: "A way to score how far a goal was reached. Five levels are written down, from much less than expected (\u{2212}2) to much more than expected (+2). Expected is 0.",
        word_es: "GAS (escala de logro de metas)",
        plain_es: "Una forma de medir hasta d\u{f3}nde se lleg\u{f3} en una meta. Se escriben cinco niveles, desde mucho menos de lo esperado (\u{2212}2) hasta mucho m\u{e1}s de lo esperado (+2). Lo esperado es 0.",
    },
    Term {
        slug: "hand-off",
        word: "Hand-off",
        plain: "Passing care from one service or person to another, with the information they need.",
        word_es: "Traspaso",
        plain_es: "Pasar el cuidado de un servicio o una persona a otro, con la informaci\u{f3}n que necesita.",
    },
    Term {
        slug: "intake",
        word: "Intake",
        plain: "The first meeting: who the plan is for, who helps them, and how to stay in touch.",
        word_es: "Admisi\u{f3}n",
        plain_es: "La primera reuni\u{f3}n: para qui\u{e9}n es el plan, qui\u{e9}n le ayuda y c\u{f3}mo mantenerse en contacto.",
    },
    Term {
        slug: "monitoring",
        word: "Monitoring",
        plain: "Checking in regularly to see how the plan is going, and changing it when needed.",
        word_es: "Seguimiento",
        plain_es: "Revisar con regularidad c\u{f3}mo va el plan, y cambiarlo cuando haga falta.",
    },
    Term {
        slug: "need",
        word: "Need",
        plain: "Something that makes health or daily life harder and that the plan will work on, such as \u{201c}not enough food at the end of the month\u{201d}.",
        word_es: "Necesidad",
        plain_es: "Algo que hace m\u{e1}s dif\u{ed}cil la salud o la vida diaria y en lo que el plan va a trabajar, como \u{201c}no alcanza la comida a fin de mes\u{201d}.",
    },
    Term {
        slug: "owner",
        word: "Owner",
        plain: "The one person or service responsible for a step.",
        word_es: "Responsable",
        plain_es: "La persona o el servicio que se encarga de un paso.",
    },
    Term {
        slug: "patient-assistance-program",
        word: "Patient assistance program",
        plain: "A program, often run by a drug maker, that gives medicines free or at low cost to people who cannot pay.",
        word_es: "Programa de ayuda al paciente",
        plain_es: "Un programa, muchas veces de una compa\u{f1}\u{ed}a que hace medicinas, que las da gratis o a bajo costo a quienes no pueden pagarlas.",
    },
    Term {
        slug: "phq-9",
        word: "PHQ-9",
        plain: "Nine questions about mood over the last two weeks. The total (0 to 27) shows how strong the signs of depression are.",
        word_es: "PHQ-9",
        plain_es: "Nueve preguntas sobre el \u{e1}nimo en las \u{fa}ltimas dos semanas. El total (de 0 a 27) muestra qu\u{e9} tan fuertes son las se\u{f1}ales de depresi\u{f3}n.",
    },
    Term {
        slug: "positive-screen",
        word: "Positive screen",
        plain: "A questionnaire result that points to a possible need, to talk through with the person.",
        word_es: "Resultado positivo",
        plain_es: "Un resultado de un cuestionario que apunta a una posible necesidad, para hablarla con la persona.",
    },
    Term {
        slug: "progress-entry",
        word: "Progress entry",
        plain: "A dated note or number showing how a goal is going.",
        word_es: "Registro de avance",
        plain_es: "Una nota o un n\u{fa}mero, con su fecha, que muestra c\u{f3}mo va una meta.",
    },
    Term {
        slug: "referral",
        word: "Referral",
        plain: "Asking another service, such as a clinic or a food bank, to see the person or take them on.",
        word_es: "Referido",
        plain_es: "Pedirle a otro servicio, como una cl\u{ed}nica o un banco de comida, que atienda a la persona o la reciba.",
    },
    Term {
        slug: "review",
        word: "Review",
        plain: "A meeting to look at the plan together and decide what to change.",
        word_es: "Revisi\u{f3}n",
        plain_es: "Una reuni\u{f3}n para mirar el plan juntos y decidir qu\u{e9} cambiar.",
    },
    Term {
        slug: "safety-plan",
        word: "Safety plan",
        plain: "A short list, in the person's own words, for the hardest moments: the signs to watch for, what helps, whom to call, and reasons to keep going.",
        word_es: "Plan de seguridad",
        plain_es: "Una lista corta, con las propias palabras de la persona, para los momentos m\u{e1}s dif\u{ed}ciles. Dice qu\u{e9} se\u{f1}ales vigilar, qu\u{e9} ayuda, a qui\u{e9}n llamar y por qu\u{e9} seguir adelante.",
    },
    Term {
        slug: "screening",
        word: "Screening",
        plain: "A short, tested set of questions that points to a possible need. It is not a diagnosis.",
        word_es: "Tamizaje",
        plain_es: "Un grupo corto de preguntas, ya probado, que apunta a una posible necesidad. No es un diagn\u{f3}stico.",
    },
    Term {
        slug: "service",
        word: "Service",
        plain: "An organization or program that helps: a clinic, a food bank, a ride service, a support group.",
        word_es: "Servicio",
        plain_es: "Una organizaci\u{f3}n o un programa que ayuda: una cl\u{ed}nica, un banco de comida, un servicio de transporte, un grupo de apoyo.",
    },
    Term {
        slug: "smart",
        word: "SMART goal",
        plain: "A goal that is Specific (what exactly), Measurable (how you will know), Achievable (realistic for this person), Relevant (it matters to them) and Time-bound (by when).",
        word_es: "Meta SMART",
        plain_es: "Una meta espec\u{ed}fica (qu\u{e9} exactamente), medible (c\u{f3}mo se va a saber), alcanzable (realista para esta persona), relevante (le importa) y con fecha (para cu\u{e1}ndo). SMART son las iniciales de esas palabras en ingl\u{e9}s.",
    },
    Term {
        slug: "strengths",
        word: "Strengths",
        plain: "What the person is good at or already has: skills, people, habits. A plan builds on them.",
        word_es: "Fortalezas",
        plain_es: "Lo que la persona hace bien o ya tiene: habilidades, personas, costumbres. Un plan se apoya en ellas.",
    },
    Term {
        slug: "t-score",
        word: "T-score",
        plain: "One number that sums up the GAS scores of several goals. 50 means the goals came out as expected; above 50 is better than expected, below 50 worse.",
        word_es: "Puntuaci\u{f3}n T",
        plain_es: "Un n\u{fa}mero que resume los puntajes GAS de varias metas. 50 quiere decir que las metas salieron como se esperaba; m\u{e1}s de 50 es mejor de lo esperado, y menos de 50, peor.",
    },
    Term {
        slug: "target",
        word: "Target",
        plain: "The number or outcome to reach.",
        word_es: "Objetivo",
        plain_es: "El n\u{fa}mero o el resultado al que se quiere llegar.",
    },
    Term {
        slug: "transition",
        word: "Transition",
        plain: "What happens when the plan ends or the person moves to another service: who takes over and what to keep doing.",
        word_es: "Transici\u{f3}n",
        plain_es: "Lo que pasa cuando el plan termina o la persona pasa a otro servicio: qui\u{e9}n sigue y qu\u{e9} hay que seguir haciendo.",
    },
];

/// The entry with this anchor.
pub fn term(slug: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_in_alphabetical_order_with_unique_anchors() {
        let words: Vec<String> = TERMS.iter().map(|t| t.word.to_lowercase()).collect();
        let mut sorted = words.clone();
        sorted.sort();
        assert_eq!(words, sorted);
        for (i, t) in TERMS.iter().enumerate() {
            assert!(
                TERMS[i + 1..].iter().all(|o| o.slug != t.slug),
                "{} twice",
                t.slug
            );
            assert_eq!(term(t.slug), Some(t));
        }
        assert_eq!(term("nothing"), None);
    }

    /// Plain words: short sentences, and an explanation that does not lean on the word itself.
    #[test]
    fn explanations_are_short_plain_sentences() {
        for t in TERMS {
            assert!(t.plain.ends_with('.'), "{}", t.word);
            for sentence in t.plain.split(". ") {
                let words = sentence.split_whitespace().count();
                assert!(words <= 30, "{}: {words} words in “{sentence}”", t.word);
            }
            let head = t.word.split(' ').next().unwrap_or_default().to_lowercase();
            assert!(
                !t.plain.to_lowercase().starts_with(&head),
                "{} explains itself with itself",
                t.word
            );
            assert!(t
                .slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        }
    }

    #[test]
    fn spanish_entries_are_short_plain_sentences_in_their_own_order() {
        for t in TERMS {
            assert!(t.plain_es.ends_with('.'), "{}", t.word_es);
            assert_ne!(t.plain_es, t.plain, "{} is not translated", t.slug);
            for sentence in t.plain_es.split(". ") {
                let words = sentence.split_whitespace().count();
                assert!(
                    words <= 32,
                    "{}: {words} words in \u{201c}{sentence}\u{201d}",
                    t.word_es
                );
            }
            assert_eq!(t.word_in(Lang::Es), t.word_es);
            assert_eq!(t.plain_in(Lang::En), t.plain);
        }
        let words: Vec<&str> = in_order(Lang::Es).iter().map(|t| t.word_es).collect();
        assert_eq!(words.len(), TERMS.len());
        let obstacle = words.iter().position(|w| *w == "Obst\u{e1}culo");
        let objective = words.iter().position(|w| *w == "Objetivo");
        assert!(
            objective < obstacle,
            "accents sort as their letter: {words:?}"
        );
        assert_eq!(words.first(), Some(&"Administraci\u{f3}n de casos"));
        let english: Vec<&str> = in_order(Lang::En).iter().map(|t| t.word).collect();
        assert_eq!(english, TERMS.iter().map(|t| t.word).collect::<Vec<_>>());
    }

    #[test]
    fn the_terms_the_issue_names_are_there() {
        for slug in ["assessment", "smart", "baseline", "referral", "gas"] {
            assert!(term(slug).is_some(), "{slug}");
        }
    }
}
