//! The parts of life a whole-person (bio-psycho-social) assessment looks at, and how much need
//! each one shows.

use super::barriers::Barrier;
use crate::model::choice::Choice;
use crate::model::lang::Lang;
use serde::{Deserialize, Serialize};

/// One part of a person's life, looked at in the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Domain {
    PhysicalHealth,
    Medications,
    MentalHealth,
    SubstanceUse,
    DailyLiving,
    Housing,
    Food,
    Transportation,
    Money,
    SocialSupport,
    Safety,
    Legal,
    EducationWork,
    Culture,
}

impl Choice for Domain {
    const ALL: &'static [Domain] = &[
        Domain::PhysicalHealth,
        Domain::Medications,
        Domain::MentalHealth,
        Domain::SubstanceUse,
        Domain::DailyLiving,
        Domain::Housing,
        Domain::Food,
        Domain::Transportation,
        Domain::Money,
        Domain::SocialSupport,
        Domain::Safety,
        Domain::Legal,
        Domain::EducationWork,
        Domain::Culture,
    ];

    fn code(self) -> &'static str {
        match self {
            Domain::PhysicalHealth => "physical-health",
            Domain::Medications => "medications",
            Domain::MentalHealth => "mental-health",
            Domain::SubstanceUse => "substance-use",
            Domain::DailyLiving => "daily-living",
            Domain::Housing => "housing",
            Domain::Food => "food",
            Domain::Transportation => "transportation",
            Domain::Money => "money",
            Domain::SocialSupport => "social-support",
            Domain::Safety => "safety",
            Domain::Legal => "legal",
            Domain::EducationWork => "education-work",
            Domain::Culture => "culture",
        }
    }
}

impl Domain {
    pub fn label(self) -> &'static str {
        match self {
            Domain::PhysicalHealth => "Physical health",
            Domain::Medications => "Medicines",
            Domain::MentalHealth => "Mental health and mood",
            Domain::SubstanceUse => "Alcohol, drugs and smoking",
            Domain::DailyLiving => "Everyday activities",
            Domain::Housing => "Housing",
            Domain::Food => "Food",
            Domain::Transportation => "Getting around",
            Domain::Money => "Money and insurance",
            Domain::SocialSupport => "Family, friends and caregivers",
            Domain::Safety => "Personal safety",
            Domain::Legal => "Legal matters",
            Domain::EducationWork => "Education and work",
            Domain::Culture => "Culture, faith and preferences",
        }
    }

    /// The name in `lang`: the interface shows it, and needs proposed from the assessment
    /// start with it ("Asuntos legales: ...").
    pub fn label_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.label(),
            Lang::Es => match self {
                Domain::PhysicalHealth => "Salud f\u{ed}sica",
                Domain::Medications => "Medicamentos",
                Domain::MentalHealth => "Salud mental y estado de \u{e1}nimo",
                Domain::SubstanceUse => "Alcohol, drogas y tabaco",
                Domain::DailyLiving => "Actividades diarias",
                Domain::Housing => "Vivienda",
                Domain::Food => "Comida",
                Domain::Transportation => "Transporte",
                Domain::Money => "Dinero y seguro m\u{e9}dico",
                Domain::SocialSupport => "Familia, amistades y cuidadores",
                Domain::Safety => "Seguridad personal",
                Domain::Legal => "Asuntos legales",
                Domain::EducationWork => "Estudios y trabajo",
                Domain::Culture => "Cultura, fe y preferencias",
            },
        }
    }

    /// What to think about in this part of life, in plain words, in `lang`.
    pub fn prompt_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.prompt(),
            Lang::Es => match self {
                Domain::PhysicalHealth => {
                    "Problemas de salud, dolor, sue\u{f1}o, visitas recientes al hospital o a emergencias, y si tiene un m\u{e9}dico de cabecera."
                }
                Domain::Medications => {
                    "Qu\u{e9} medicamentos toma, si le es f\u{e1}cil conseguirlos y pagarlos, y si tiene claro c\u{f3}mo tomarlos."
                }
                Domain::MentalHealth => {
                    "Estado de \u{e1}nimo, preocupaciones, estr\u{e9}s, y si recibe o recibi\u{f3} consejer\u{ed}a o tratamiento."
                }
                Domain::SubstanceUse => {
                    "Consumo de alcohol, drogas o tabaco, c\u{f3}mo afecta la vida diaria, y si quiere consumir menos."
                }
                Domain::DailyLiving => {
                    "Ba\u{f1}arse, vestirse, comer, moverse por la casa, cocinar, limpiar y hacer las compras: qu\u{e9} puede hacer por su cuenta y con qu\u{e9} necesita ayuda."
                }
                Domain::Housing => {
                    "Si la vivienda es estable, segura y est\u{e1} en buen estado, y si hay riesgo de perderla."
                }
                Domain::Food => "Si hay suficiente comida sana, y si sigue una dieta especial.",
                Domain::Transportation => {
                    "C\u{f3}mo llega la persona a sus citas, al trabajo y a las tiendas, y qu\u{e9} se lo hace dif\u{ed}cil."
                }
                Domain::Money => {
                    "Ingresos, ayudas del gobierno, deudas, cuentas por pagar, y seguro m\u{e9}dico o cobertura para la atenci\u{f3}n."
                }
                Domain::SocialSupport => {
                    "Qui\u{e9}n le ayuda, con qui\u{e9}n puede contar, si se siente sola o solo, y c\u{f3}mo est\u{e1}n sus cuidadores."
                }
                Domain::Safety => {
                    "Si se siente segura o seguro en casa y con las personas que le rodean, y si hay riesgo de que le hagan da\u{f1}o."
                }
                Domain::Legal => {
                    "Citas en la corte, libertad condicional, inmigraci\u{f3}n, custodia u otras preocupaciones legales."
                }
                Domain::EducationWork => {
                    "Estudios, capacitaci\u{f3}n, trabajo o voluntariado, y necesidades de lectura o de idioma."
                }
                Domain::Culture => {
                    "Creencias, fe, tradiciones y preferencias que deben guiar la atenci\u{f3}n y la forma de darla."
                }
            },
        }
    }

    /// What to think about in this part of life, in plain words.
    pub fn prompt(self) -> &'static str {
        match self {
            Domain::PhysicalHealth => {
                "Health conditions, pain, sleep, recent hospital or emergency visits, and whether there is a regular doctor."
            }
            Domain::Medications => {
                "Which medicines are taken, whether they are easy to get and afford, and whether it is clear how to take them."
            }
            Domain::MentalHealth => {
                "Mood, worry, stress, and any past or current counseling or treatment."
            }
            Domain::SubstanceUse => {
                "Use of alcohol, drugs or tobacco, how it affects daily life, and any wish to cut down."
            }
            Domain::DailyLiving => {
                "Washing, dressing, eating, moving around the home, cooking, cleaning and shopping: what can be done alone, and what needs help."
            }
            Domain::Housing => {
                "Whether the home is steady, safe and in good repair, and any risk of losing it."
            }
            Domain::Food => "Whether there is enough healthy food, and any special diet.",
            Domain::Transportation => {
                "How the person gets to appointments, work and shops, and what gets in the way."
            }
            Domain::Money => {
                "Income, benefits, debts, bills, and health insurance or coverage for care."
            }
            Domain::SocialSupport => {
                "Who helps, who the person can count on, loneliness, and how caregivers are coping."
            }
            Domain::Safety => {
                "Feeling safe at home and with the people around them, and any risk of harm."
            }
            Domain::Legal => "Court dates, probation, immigration, custody or other legal worries.",
            Domain::EducationWork => {
                "School, training, work or volunteering, and reading or language needs."
            }
            Domain::Culture => {
                "Beliefs, faith, traditions and preferences that should shape the care and how it is given."
            }
        }
    }
}

/// How much need a domain shows. `NotAssessed` is distinct from `None`: "we have not looked"
/// is not "nothing is wrong".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NeedLevel {
    #[default]
    NotAssessed,
    None,
    Low,
    Moderate,
    High,
}

impl Choice for NeedLevel {
    const ALL: &'static [NeedLevel] = &[
        NeedLevel::None,
        NeedLevel::Low,
        NeedLevel::Moderate,
        NeedLevel::High,
        NeedLevel::NotAssessed,
    ];

    fn code(self) -> &'static str {
        match self {
            NeedLevel::NotAssessed => "not-assessed",
            NeedLevel::None => "none",
            NeedLevel::Low => "low",
            NeedLevel::Moderate => "moderate",
            NeedLevel::High => "high",
        }
    }
}

impl NeedLevel {
    pub fn label(self) -> &'static str {
        match self {
            NeedLevel::NotAssessed => "Not assessed yet",
            NeedLevel::None => "No need",
            NeedLevel::Low => "Low need",
            NeedLevel::Moderate => "Moderate need",
            NeedLevel::High => "High need",
        }
    }
}

/// What the assessment found in one domain.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DomainAssessment {
    pub level: NeedLevel,
    /// What is going well, who helps.
    pub strengths: String,
    /// Concerns in the person's own words.
    pub concerns: String,
    /// Notes by the case manager or other staff.
    pub staff_notes: String,
    /// Barriers in this domain, from the checklist.
    pub barriers: Vec<Barrier>,
    /// Other barriers, in free text.
    pub other_barriers: String,
}

impl DomainAssessment {
    /// Whether anything has been entered for this domain.
    pub fn is_blank(&self) -> bool {
        self.level == NeedLevel::NotAssessed
            && self.strengths.trim().is_empty()
            && self.concerns.trim().is_empty()
            && self.staff_notes.trim().is_empty()
            && self.barriers.is_empty()
            && self.other_barriers.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for &d in Domain::ALL {
            assert_eq!(Domain::from_code(d.code()), Some(d));
            assert!(!d.prompt().is_empty());
            assert_eq!(d.prompt_in(Lang::En), d.prompt());
            assert!(!d.prompt_in(Lang::Es).is_empty());
            assert_ne!(d.prompt_in(Lang::Es), d.prompt());
        }
        let mut codes: Vec<_> = Domain::ALL.iter().map(|d| d.code()).collect();
        codes.dedup();
        assert_eq!(codes.len(), Domain::ALL.len());
    }

    #[test]
    fn a_fresh_domain_is_blank_and_not_assessed() {
        let mut d = DomainAssessment::default();
        assert!(d.is_blank());
        assert_eq!(d.level, NeedLevel::NotAssessed);
        d.level = NeedLevel::None;
        assert!(!d.is_blank(), "\u{201c}no need\u{201d} is an answer");
    }
}
