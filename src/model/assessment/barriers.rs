//! Barriers: what gets in the way of care, each with ways to address it that later become
//! suggested action steps.

use crate::model::choice::Choice;
use crate::model::lang::Lang;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Barrier {
    Transportation,
    Cost,
    HousingInstability,
    LittleSupport,
    HealthLiteracy,
    Language,
    CaregiverStrain,
    Technology,
    Childcare,
    WorkSchedule,
}

impl Choice for Barrier {
    const ALL: &'static [Barrier] = &[
        Barrier::Transportation,
        Barrier::Cost,
        Barrier::HousingInstability,
        Barrier::LittleSupport,
        Barrier::HealthLiteracy,
        Barrier::Language,
        Barrier::CaregiverStrain,
        Barrier::Technology,
        Barrier::Childcare,
        Barrier::WorkSchedule,
    ];

    fn code(self) -> &'static str {
        match self {
            Barrier::Transportation => "transportation",
            Barrier::Cost => "cost",
            Barrier::HousingInstability => "housing-instability",
            Barrier::LittleSupport => "little-support",
            Barrier::HealthLiteracy => "health-literacy",
            Barrier::Language => "language",
            Barrier::CaregiverStrain => "caregiver-strain",
            Barrier::Technology => "technology",
            Barrier::Childcare => "childcare",
            Barrier::WorkSchedule => "work-schedule",
        }
    }
}

impl Barrier {
    pub fn label(self) -> &'static str {
        self.label_in(Lang::En)
    }

    /// "No easy way to get there" / "No tiene cómo llegar fácilmente": the Actions step's
    /// choices and suggestions name the barrier in the chosen language; files keep English.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.label_en(),
            Lang::Es => match self {
                Barrier::Transportation => "No tiene c\u{f3}mo llegar f\u{e1}cilmente",
                Barrier::Cost => "El costo de las medicinas o de la atenci\u{f3}n",
                Barrier::HousingInstability => "La vivienda no es estable",
                Barrier::LittleSupport => "Poca ayuda de la familia o de amistades",
                Barrier::HealthLiteracy => {
                    "La informaci\u{f3}n de salud es dif\u{ed}cil de entender"
                }
                Barrier::Language => "Idioma",
                Barrier::CaregiverStrain => "La persona que cuida est\u{e1} agotada",
                Barrier::Technology => "Sin acceso a tel\u{e9}fono, internet o computadora",
                Barrier::Childcare => "Cuidado de los ni\u{f1}os",
                Barrier::WorkSchedule => "Horario de trabajo",
            },
        }
    }

    fn label_en(self) -> &'static str {
        match self {
            Barrier::Transportation => "No easy way to get there",
            Barrier::Cost => "Cost of medicines or care",
            Barrier::HousingInstability => "Housing is not steady",
            Barrier::LittleSupport => "Little help from family or friends",
            Barrier::HealthLiteracy => "Health information is hard to understand",
            Barrier::Language => "Language",
            Barrier::CaregiverStrain => "Caregiver is worn out",
            Barrier::Technology => "No phone, internet or computer access",
            Barrier::Childcare => "Childcare",
            Barrier::WorkSchedule => "Work schedule",
        }
    }

    /// Ways to address the barrier, offered later as action steps.
    pub fn suggestions(self) -> &'static [&'static str] {
        self.suggestions_in(Lang::En)
    }

    /// The ways to address it in a language, in the same order as the English ones: a step
    /// added from a suggestion is written in the language on screen.
    pub fn suggestions_in(self, lang: Lang) -> &'static [&'static str] {
        match lang {
            Lang::En => self.suggestions_en(),
            Lang::Es => match self {
                Barrier::Transportation => &[
                    "Conseguir un servicio de transporte para ir a las citas",
                    "Solicitar un pase de autob\u{fa}s con descuento",
                    "Preguntar si la consulta puede ser por tel\u{e9}fono o por video",
                ],
                Barrier::Cost => &[
                    "Preguntar al farmac\u{e9}utico por medicinas gen\u{e9}ricas m\u{e1}s baratas",
                    "Solicitar un programa de ayuda para pacientes o de pago seg\u{fa}n sus ingresos",
                    "Ver si puede recibir un seguro m\u{e9}dico o beneficios",
                ],
                Barrier::HousingInstability => &[
                    "Llamar a la l\u{ed}nea local de ayuda con la vivienda",
                    "Solicitar ayuda para pagar la renta, la luz, el agua o el gas",
                    "Tener una direcci\u{f3}n segura para recibir las cartas de las citas",
                ],
                Barrier::LittleSupport => &[
                    "Unirse a un grupo de apoyo o a un grupo de la comunidad",
                    "Elegir a una persona a quien llamar cuando las cosas se pongan dif\u{ed}ciles",
                    "Preguntar por un programa de visitas de voluntarios o de compa\u{f1}\u{ed}a por tel\u{e9}fono",
                ],
                Barrier::HealthLiteracy => &[
                    "Repetir el plan con sus propias palabras para ver si qued\u{f3} claro",
                    "Pedir las instrucciones por escrito, en palabras sencillas o con dibujos",
                    "Ir a las citas con un familiar o con una amistad",
                ],
                Barrier::Language => &[
                    "Pedir un int\u{e9}rprete gratis para cada cita",
                    "Pedir los materiales en el idioma preferido",
                ],
                Barrier::CaregiverStrain => &[
                    "Buscar qui\u{e9}n cuide por un tiempo, para que la persona que cuida descanse",
                    "Poner a la persona que cuida en contacto con un grupo de apoyo",
                    "Repartir las tareas entre m\u{e1}s familiares o servicios",
                ],
                Barrier::Technology => &[
                    "Ver si puede recibir un plan de tel\u{e9}fono o de internet de bajo costo",
                    "Programar recordatorios de las citas por mensaje de texto o por llamada",
                    "Usar una computadora de la biblioteca o de un centro comunitario",
                ],
                Barrier::Childcare => &[
                    "Buscar qui\u{e9}n cuide a los ni\u{f1}os a la hora de las citas",
                    "Preguntar si los ni\u{f1}os pueden ir a las consultas",
                    "Solicitar ayuda para pagar el cuidado de los ni\u{f1}os",
                ],
                Barrier::WorkSchedule => &[
                    "Pedir citas temprano, tarde o en fin de semana",
                    "Preguntar por consultas por tel\u{e9}fono o video en los descansos del trabajo",
                    "Informarse sobre los permisos del trabajo para cuidar su salud",
                ],
            },
        }
    }

    fn suggestions_en(self) -> &'static [&'static str] {
        match self {
            Barrier::Transportation => &[
                "Arrange a ride service for appointments",
                "Apply for a reduced-fare bus pass",
                "Ask whether the visit can be done by phone or video",
            ],
            Barrier::Cost => &[
                "Ask the pharmacist about lower-cost generic medicines",
                "Apply for a patient assistance or sliding-fee program",
                "Check eligibility for insurance or benefits",
            ],
            Barrier::HousingInstability => &[
                "Contact the local housing help line or coordinated entry",
                "Apply for rental or utility assistance",
                "Keep a safe mailing address for appointment letters",
            ],
            Barrier::LittleSupport => &[
                "Join a peer support or community group",
                "Name one person to call when things get hard",
                "Ask about a volunteer visitor or phone buddy program",
            ],
            Barrier::HealthLiteracy => &[
                "Use teach-back: explain the plan back in your own words",
                "Ask for written instructions in plain language or pictures",
                "Bring a family member or friend to appointments",
            ],
            Barrier::Language => &[
                "Request a free interpreter for every appointment",
                "Ask for materials in the preferred language",
            ],
            Barrier::CaregiverStrain => &[
                "Look into respite care for the caregiver",
                "Connect the caregiver with a support group",
                "Share tasks among more family members or services",
            ],
            Barrier::Technology => &[
                "Check eligibility for a low-cost phone or internet plan",
                "Set up appointment reminders by text or call",
                "Use a library or community center computer",
            ],
            Barrier::Childcare => &[
                "Find childcare for appointment times",
                "Ask whether children can come along to visits",
                "Apply for childcare assistance",
            ],
            Barrier::WorkSchedule => &[
                "Ask for early, late or weekend appointments",
                "Ask about telehealth during breaks",
                "Learn about job-protected leave for health care",
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_barrier_has_ways_to_address_it() {
        for &b in Barrier::ALL {
            assert_eq!(Barrier::from_code(b.code()), Some(b));
            assert!(b.suggestions().len() >= 2, "{b:?}");
        }
        assert!(Barrier::Transportation
            .suggestions()
            .iter()
            .any(|s| s.contains("ride")));
    }

    #[test]
    fn every_barrier_has_its_name_and_ways_in_spanish() {
        for &b in Barrier::ALL {
            assert_eq!(b.label_in(Lang::En), b.label());
            assert_eq!(b.suggestions_in(Lang::En), b.suggestions());
            assert_ne!(b.label_in(Lang::Es), b.label(), "{b:?}");
            assert_eq!(
                b.suggestions_in(Lang::Es).len(),
                b.suggestions().len(),
                "{b:?}: one Spanish way for each English one"
            );
        }
        assert_eq!(Barrier::Language.label_in(Lang::Es), "Idioma");
        assert_eq!(
            Barrier::Transportation.label_in(Lang::Es),
            "No tiene c\u{f3}mo llegar f\u{e1}cilmente"
        );
    }
}
