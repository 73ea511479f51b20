//! Sandra: diabetes with confusion about her medicines, leading to repeated hospital visits.

use super::{
    days, link_service, member, model_base, need, pick, rate, service, step, Case, KeyPoint,
    Screening, Text,
};
use crate::model::actions::{Owner, Repeat};
use crate::model::assessment::ahc::{Ahc, FoodAnswer, Living, Utilities};
use crate::model::assessment::barriers::Barrier;
use crate::model::assessment::domains::{Domain, NeedLevel};
use crate::model::assessment::findings::FindingKey;
use crate::model::assessment::hvs::Hvs;
use crate::model::assessment::katz::Katz;
use crate::model::assessment::phq9::{Difficulty, Phq9};
use crate::model::goals::{Direction, GoalStatus, Priority};
use crate::model::intake::{CaseModel, ContactMethod};
use crate::model::lang::Lang;
use crate::model::monitoring::Period;
use crate::model::services::{ServiceKind, ServiceStatus};
use crate::model::{CarePlan, Goal};
use chrono::NaiveDate;

const STORY: &str = "Sandra is 68 and lives alone in a small apartment. She has diabetes and takes five medicines at different times of day, two of them for her blood sugar. After a hospital stay in the summer some of her medicines were changed, and she kept the old bottles next to the new ones. She is not sure which pills she should still take. The discharge papers (the instructions given when leaving the hospital) use words she does not understand.

In the last three months she has been to the hospital three times: twice to the emergency room because her blood sugar dropped too low (once after taking a diabetes pill twice by mistake), and once for an overnight stay when it ran very high. Each time she was sent home with more papers. She says: \"I feel foolish. I used to manage everything myself.\"

Sandra wants to stay in her own home. Her daughter Linda lives 40 minutes away, visits on Sundays and is willing to help. Sandra takes the bus easily, has enough food, and gets on well with her neighbors. She reads large print more easily and likes to have things written down. Her doctor suggested a diabetes education class, but she has not gone, because she was not sure what it was for.";

const STORY_ES: &str = "Sandra tiene 68 años y vive sola en un apartamento pequeño. Tiene diabetes y toma cinco medicinas a distintas horas del día, dos de ellas para el azúcar en la sangre. Después de estar en el hospital en el verano le cambiaron algunas medicinas, y ella guardó los frascos viejos junto a los nuevos. No está segura de qué pastillas debe seguir tomando. Los papeles de alta (las instrucciones que le dieron al salir del hospital) usan palabras que ella no entiende.

En los últimos tres meses ha ido al hospital tres veces: dos veces a la sala de emergencias porque el azúcar en la sangre le bajó demasiado (una vez después de tomar por error dos veces una pastilla para la diabetes), y una vez se quedó una noche porque el azúcar le subió mucho. Cada vez la mandaron a casa con más papeles. Ella dice: \"Me siento tonta. Antes yo me encargaba de todo sola.\"

Sandra quiere quedarse en su propia casa. Su hija Linda vive a 40 minutos, la visita los domingos y está dispuesta a ayudar. Sandra toma el autobús sin problema, tiene suficiente comida y se lleva bien con sus vecinos. Lee mejor la letra grande y le gusta tener las cosas por escrito. Su médico le sugirió una clase sobre la diabetes, pero no ha ido porque no estaba segura de para qué era.";

const KEY_POINTS: &[KeyPoint] = &[
    KeyPoint {
        id: "medicine-schedule",
        label: Text {
            en: "A medicine schedule she can follow",
            es: "Un horario de medicinas que ella pueda seguir",
        },
        clue: Text {
            en: "She kept old and new bottles side by side and is not sure which pills to take.",
            es: "Guardó los frascos viejos junto a los nuevos y no está segura de qué pastillas tomar.",
        },
        high_priority: true,
        domains: &[Domain::Medications],
        findings: &[FindingKey::HighNeed(Domain::Medications)],
        keywords: &["medicine*", "medication*", "pill*", "dose*", "dosing", "schedule*", "bottle*"],
        keywords_es: &["medicina*", "medicamento*", "medicacion*", "pastilla*", "dosis", "horario*", "frasco*", "pastillero*"],
    },
    KeyPoint {
        id: "fewer-admissions",
        label: Text {
            en: "Fewer hospital and emergency room visits",
            es: "Menos visitas al hospital y a la sala de emergencias",
        },
        clue: Text {
            en: "Three hospital visits in three months: two for low blood sugar and one overnight stay for high.",
            es: "Tres visitas al hospital en tres meses: dos por azúcar baja y una noche en el hospital por azúcar alta.",
        },
        high_priority: true,
        domains: &[Domain::PhysicalHealth],
        findings: &[FindingKey::HighNeed(Domain::PhysicalHealth)],
        keywords: &["hospital*", "admission*", "admitted", "readmi*", "emergency", "er", "ambulance"],
        keywords_es: &["hospital*", "ingreso*", "internad*", "hospitaliza*", "emergencia*", "urgencia*", "ambulancia*"],
    },
    KeyPoint {
        id: "education",
        label: Text {
            en: "Learning about her diabetes and what each medicine does",
            es: "Aprender sobre su diabetes y para qué sirve cada medicina",
        },
        clue: Text {
            en: "The discharge papers use words she does not understand, and she skipped the diabetes class because she was not sure what it was for.",
            es: "Los papeles de alta usan palabras que no entiende, y no fue a la clase sobre la diabetes porque no estaba segura de para qué era.",
        },
        high_priority: false,
        domains: &[Domain::PhysicalHealth],
        findings: &[],
        keywords: &["understand*", "learn*", "educat*", "teach*", "class*", "explain*", "know*", "warning sign*", "literacy"],
        keywords_es: &["entend*", "comprend*", "aprend*", "educa*", "ensen*", "clase*", "explica*", "sabe*", "conoc*", "senales de alarma", "senales de aviso"],
    },
];

pub(super) fn case() -> Case {
    Case {
        id: "sandra",
        name: "Sandra",
        summary: Text {
            en: "Diabetes and confusion about her medicines, with repeated hospital visits.",
            es: "Diabetes y confusión con sus medicinas, con visitas repetidas al hospital.",
        },
        story: Text {
            en: STORY,
            es: STORY_ES,
        },
        what_matters: Text {
            en: "Staying in my own home and out of the hospital.",
            es: "Quedarme en mi propia casa y fuera del hospital.",
        },
        screening: screening(),
        key_points: KEY_POINTS,
        barriers: &[Barrier::HealthLiteracy],
        model,
    }
}

fn screening() -> Screening {
    Screening {
        phq9: Phq9 {
            // Total 4: minimal. Some tiredness and poor sleep, and feeling foolish.
            items: [1, 0, 1, 1, 0, 1, 0, 0, 0].map(Some),
            difficulty: Some(Difficulty::Somewhat),
        },
        ahc: Ahc {
            living: Some(Living::Steady),
            no_home_problems: true,
            food_worried: Some(FoodAnswer::Never),
            food_ran_out: Some(FoodAnswer::Never),
            transportation: Some(false),
            utilities: Some(Utilities::No),
            safety: [1, 1, 1, 1].map(Some),
            ..Ahc::default()
        },
        hvs: Hvs {
            worried: Some(FoodAnswer::Never),
            ran_out: Some(FoodAnswer::Never),
        },
        katz: Katz {
            items: [true; 6].map(Some),
        },
    }
}

fn model(today: NaiveDate, lang: Lang) -> CarePlan {
    let d = |n| days(today, n);
    let l = pick(lang);
    let mut plan = model_base(&case(), today, lang);
    plan.person.contact_method = Some(ContactMethod::Phone);
    plan.person.contact_details = l(
        "Mornings are best. Large print for anything written.",
        "Mejor por la mañana. Letra grande para todo lo escrito.",
    )
    .into();
    plan.case_model = Some(CaseModel::Clinical);

    use Barrier::HealthLiteracy;
    use NeedLevel::{High, Low, None as NoNeed};
    rate(
        &mut plan,
        Domain::Medications,
        High,
        l(
            "Wants to get it right; likes things written down in large print.",
            "Quiere hacerlo bien; le gusta tener las cosas por escrito en letra grande.",
        ),
        l(
            "I get mixed up about which pills to take and when. The old bottles are next to the new ones.",
            "Me confundo con qué pastillas tomar y cuándo. Los frascos viejos están junto a los nuevos.",
        ),
        &[HealthLiteracy],
    );
    rate(
        &mut plan,
        Domain::PhysicalHealth,
        High,
        l("Has a regular doctor.", "Tiene un médico de cabecera."),
        l(
            "Three trips to the hospital in three months.",
            "Tres visitas al hospital en tres meses.",
        ),
        &[HealthLiteracy],
    );
    rate(
        &mut plan,
        Domain::SocialSupport,
        Low,
        l(
            "Daughter Linda visits on Sundays and will help.",
            "Su hija Linda la visita los domingos y va a ayudar.",
        ),
        "",
        &[],
    );
    rate(
        &mut plan,
        Domain::Housing,
        NoNeed,
        l(
            "Her own apartment; wants to stay there.",
            "Su propio apartamento; quiere quedarse ahí.",
        ),
        "",
        &[],
    );
    rate(
        &mut plan,
        Domain::Transportation,
        NoNeed,
        l("Takes the bus easily.", "Toma el autobús sin problema."),
        "",
        &[],
    );
    rate(
        &mut plan,
        Domain::Food,
        NoNeed,
        l("Has enough food.", "Tiene suficiente comida."),
        "",
        &[],
    );

    let schedule = need(
        &mut plan,
        &[FindingKey::HighNeed(Domain::Medications)],
        l(
            "A medicine schedule she can follow, with the old medicines cleared out",
            "Un horario de medicinas que pueda seguir, sin las medicinas viejas en casa",
        ),
        Domain::Medications,
    );
    let hospital = need(
        &mut plan,
        &[FindingKey::HighNeed(Domain::PhysicalHealth)],
        l(
            "Fewer trips to the hospital for low or high blood sugar",
            "Menos visitas al hospital por el azúcar baja o alta",
        ),
        Domain::PhysicalHealth,
    );
    let learning = need(
        &mut plan,
        &[],
        l(
            "Understanding her diabetes: what each medicine is for and the warning signs of low and high blood sugar",
            "Entender su diabetes: para qué sirve cada medicina y las señales de alarma del azúcar baja y alta",
        ),
        Domain::PhysicalHealth,
    );

    let grace = member(
        &mut plan,
        l("Nurse case manager", "Enfermera que administra su caso"),
        "Grace Kim",
        l("Eastside Clinic", "Clínica Eastside"),
    );
    let linda = member(
        &mut plan,
        l("Family", "Familia"),
        l("Linda (daughter)", "Linda (hija)"),
        "",
    );
    let doctor = member(
        &mut plan,
        l("Doctor", "Médico"),
        "Dr. Osei",
        l("Eastside Clinic", "Clínica Eastside"),
    );
    let pharmacy = service(
        &mut plan,
        l(
            "Main Street Pharmacy: medicine review",
            "Farmacia Main Street: revisión de medicinas",
        ),
        ServiceKind::Medical,
        ServiceStatus::Scheduled,
        today,
        Some(d(3)),
    );
    let class = service(
        &mut plan,
        l(
            "Diabetes education class, Eastside Clinic",
            "Clase sobre la diabetes, Clínica Eastside",
        ),
        ServiceKind::Medical,
        ServiceStatus::Referred,
        today,
        Some(d(14)),
    );
    let nurse = service(
        &mut plan,
        l(
            "Home health nurse visits",
            "Visitas de enfermería a domicilio",
        ),
        ServiceKind::Medical,
        ServiceStatus::Referred,
        today,
        Some(d(5)),
    );

    let g_schedule = plan.add_goal(Goal {
        action: l("take all her medicines as on her schedule", "tomar todas sus medicinas según su horario").into(),
        detail: l("using a weekly pill box", "con un pastillero semanal").into(),
        measure: l("days with every dose taken", "días con todas las dosis tomadas").into(),
        unit: l("days a week", "días a la semana").into(),
        baseline: "3".into(),
        target: "7".into(),
        confidence: Some(8),
        supports: l(
            "Linda fills the pill box with her on Sundays; a large-print schedule.",
            "Linda llena el pastillero con ella los domingos; un horario en letra grande.",
        )
        .into(),
        known_barriers: l(
            "The instructions are hard to understand; old bottles at home.",
            "Las instrucciones son difíciles de entender; frascos viejos en casa.",
        )
        .into(),
        needs: vec![schedule],
        why: l(
            "I want to stay out of the hospital and in my own home.",
            "Quiero quedarme fuera del hospital y en mi propia casa.",
        )
        .into(),
        target_date: Some(d(28)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(l("Tick each dose on the schedule sheet", "Marcar cada dosis en la hoja del horario"), Owner::Person, d(1)).every(Repeat::Daily, d(28)).done(),
            step(l("Review every medicine bottle with Sandra and take old or stopped medicines out of the house", "Revisar cada frasco de medicina con Sandra y sacar de la casa las medicinas viejas o que ya no toma"), Owner::Service(pharmacy), d(3)).how(l("Sandra brings all her bottles in one bag", "Sandra trae todos sus frascos en una bolsa")).barrier(HealthLiteracy).done(),
            step(l("Make a large-print schedule: each pill, what it is for, and when to take it", "Hacer un horario en letra grande: cada pastilla, para qué sirve y cuándo tomarla"), Owner::Member(grace), d(5)).barrier(HealthLiteracy).done(),
            step(l("Fill the weekly pill box together", "Llenar juntas el pastillero semanal"), Owner::Member(linda), d(7)).how(l("On Sunday visits", "En las visitas del domingo")).every(Repeat::Weekly, d(28)).done(),
        ],
        ..Goal::new(today)
    });
    let g_hospital = plan.add_goal(Goal {
        action: l("have", "tener").into(),
        measure: l("hospital and emergency room visits", "visitas al hospital y a la sala de emergencias").into(),
        unit: l(
            "hospital or emergency room visits in three months",
            "visitas al hospital o a la sala de emergencias en tres meses",
        )
        .into(),
        baseline: "3".into(),
        target: "0".into(),
        direction: Direction::Decrease,
        confidence: Some(7),
        supports: l(
            "Home nurse visits, weekly calls with Grace, the nurse line.",
            "Visitas de la enfermera a domicilio, llamadas semanales con Grace, la línea de enfermería.",
        )
        .into(),
        known_barriers: l(
            "Not sure of the warning signs of low blood sugar.",
            "No está segura de las señales de alarma del azúcar baja.",
        )
        .into(),
        needs: vec![hospital],
        why: l(
            "Every trip to the hospital frightens me.",
            "Cada vez que voy al hospital me da miedo.",
        )
        .into(),
        target_date: Some(d(91)),
        review_date: Some(d(28)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(
                l(
                    "Check blood sugar each morning and write it down",
                    "Medir el azúcar en la sangre cada mañana y anotarlo",
                ),
                Owner::Person,
                d(1),
            )
            .every(Repeat::Daily, d(91))
            .done(),
            step(
                l(
                    "Put the nurse line number and the signs of low blood sugar on the fridge",
                    "Poner en el refrigerador el número de la línea de enfermería y las señales del azúcar baja",
                ),
                Owner::Person,
                d(2),
            )
            .done(),
            step(
                l(
                    "Home visit to check medicines and blood sugar",
                    "Visita a domicilio para revisar las medicinas y el azúcar en la sangre",
                ),
                Owner::Service(nurse),
                d(5),
            )
            .every(Repeat::Weekly, d(35))
            .done(),
            step(
                l(
                    "Phone check-in about medicines and blood sugar",
                    "Llamada de seguimiento sobre las medicinas y el azúcar en la sangre",
                ),
                Owner::Member(grace),
                d(7),
            )
            .every(Repeat::Weekly, d(91))
            .done(),
            step(
                l(
                    "Visit to go over all medicines since the last hospital stay",
                    "Consulta para repasar todas las medicinas desde la última vez en el hospital",
                ),
                Owner::Member(doctor),
                d(10),
            )
            .done(),
        ],
        ..Goal::new(today)
    });
    let g_learning = plan.add_goal(Goal {
        action: l("correctly answer", "contestar bien").into(),
        detail: l(
            "about her medicines and the warning signs of low blood sugar",
            "sobre sus medicinas y las señales de alarma del azúcar baja",
        )
        .into(),
        measure: l(
            "teach-back questions answered correctly",
            "preguntas para repetir con sus palabras contestadas bien",
        )
        .into(),
        unit: l(
            "of 5 teach-back questions",
            "de 5 preguntas para repetir con sus palabras",
        )
        .into(),
        baseline: "1".into(),
        target: "5".into(),
        confidence: Some(7),
        supports: l(
            "The diabetes class; the nurse explains in plain words; Linda comes along.",
            "La clase sobre la diabetes; la enfermera explica con palabras sencillas; Linda la acompaña.",
        )
        .into(),
        known_barriers: l(
            "Medical words are hard to follow.",
            "Las palabras médicas son difíciles de entender.",
        )
        .into(),
        needs: vec![learning],
        why: l(
            "I used to manage everything myself and I want to again.",
            "Antes yo me encargaba de todo sola y quiero volver a hacerlo.",
        )
        .into(),
        target_date: Some(d(42)),
        review_date: Some(d(21)),
        priority: Priority::Medium,
        status: GoalStatus::Active,
        steps: vec![
            step(l("Teach-back at each home visit: Sandra explains her medicines and the low-sugar signs in her own words", "En cada visita a domicilio, Sandra explica con sus propias palabras sus medicinas y las señales del azúcar baja"), Owner::Service(nurse), d(5)).every(Repeat::Weekly, d(42)).barrier(HealthLiteracy).done(),
            step(l("Go to the diabetes education class", "Ir a la clase sobre la diabetes"), Owner::Person, d(14)).how(l("Linda comes along", "Linda la acompaña")).barrier(HealthLiteracy).done(),
        ],
        ..Goal::new(today)
    });

    link_service(&mut plan, pharmacy, &[g_schedule]);
    link_service(&mut plan, class, &[g_learning]);
    link_service(&mut plan, nurse, &[g_hospital, g_learning]);

    plan.review_schedule.every = Some(2);
    plan.review_schedule.period = Period::Weeks;
    plan
}
