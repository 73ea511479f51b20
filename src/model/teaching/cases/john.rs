//! John: substance use disorder, depression and hepatitis C; unemployed, living in a motel,
//! recent DUI.

use super::{
    days, link_service, member, model_base, need, pick, rate, service, step, Case, KeyPoint,
    Screening, Text,
};
use crate::model::actions::{Owner, Repeat};
use crate::model::assessment::ahc::{Ahc, FoodAnswer, Living, Utilities};
use crate::model::assessment::barriers::Barrier;
use crate::model::assessment::domains::{Domain, NeedLevel};
use crate::model::assessment::findings::{FindingKey, NeedTopic};
use crate::model::assessment::hvs::Hvs;
use crate::model::assessment::katz::Katz;
use crate::model::assessment::phq9::{Difficulty, Phq9};
use crate::model::goals::{GoalStatus, Priority};
use crate::model::intake::{CaseModel, ContactMethod};
use crate::model::lang::Lang;
use crate::model::monitoring::Period;
use crate::model::services::{ServiceKind, ServiceStatus};
use crate::model::{CarePlan, Goal};
use chrono::NaiveDate;

const STORY: &str = "John is 42. Until last spring he drove a forklift at a warehouse; he lost the job when drinking made him late too often. Since then he has paid by the week for a room at a motel on the edge of town. Many people there drink, and he says that makes it very hard to stay away from alcohol. Three weeks ago he was arrested for driving under the influence (a DUI). His driver's license is suspended, and the bus does not go near the clinic, so he has missed two of his last four counseling appointments.

John has a substance use disorder (drinking that has got out of control), major depressive disorder (depression) and hepatitis C, a liver infection that can now be cured with two to three months of pills. He has no job and no health insurance, and he cannot pay for the hepatitis C medicine or for refills of his depression medicine. He feels down most days and tired all the time.

He has not had a drink for 12 days. He went to three recovery meetings last month. He has started treatment before and stopped when nobody noticed, and he says he does best when someone checks in with him. His sister Rosa calls him every Sunday. What matters most to him: a clean place to live where he can stay sober, and getting well enough to work again.";

const STORY_ES: &str = "John tiene 42 años. Hasta la primavera pasada manejaba un montacargas en un almacén; perdió el trabajo porque la bebida lo hacía llegar tarde muy seguido. Desde entonces paga por semana un cuarto en un motel a las afueras del pueblo. Mucha gente ahí bebe, y él dice que eso le hace muy difícil alejarse del alcohol. Hace tres semanas lo arrestaron por manejar bajo los efectos del alcohol (un DUI). Le suspendieron la licencia de manejar, y el autobús no pasa cerca de la clínica, así que faltó a dos de sus últimas cuatro citas de consejería.

John tiene un trastorno por consumo de sustancias (la bebida se le salió de control), un trastorno depresivo mayor (depresión) y hepatitis C, una infección del hígado que ahora se puede curar con dos o tres meses de pastillas. No tiene trabajo ni seguro médico, y no puede pagar la medicina para la hepatitis C ni volver a surtir su medicina para la depresión. Se siente decaído casi todos los días y cansado todo el tiempo.

Lleva 12 días sin beber. Fue a tres reuniones de recuperación el mes pasado. Ya ha empezado un tratamiento antes y lo dejó cuando nadie se dio cuenta, y dice que le va mejor cuando alguien está pendiente de él. Su hermana Rosa lo llama cada domingo. Lo que más le importa: un lugar limpio para vivir donde pueda mantenerse sobrio, y recuperarse lo suficiente para volver a trabajar.";

const KEY_POINTS: &[KeyPoint] = &[
    KeyPoint {
        id: "housing",
        label: Text {
            en: "A safe, sober place to live",
            es: "Un lugar seguro y sin alcohol para vivir",
        },
        clue: Text {
            en: "He pays by the week for a motel room where many people drink.",
            es: "Paga por semana un cuarto de motel donde mucha gente bebe.",
        },
        high_priority: true,
        domains: &[Domain::Housing],
        findings: &[FindingKey::HousingUnstable, FindingKey::HighNeed(Domain::Housing)],
        keywords: &["hous*", "motel", "home*", "place to live", "place to stay", "shelter", "sober living", "apartment*", "rent*"],
        keywords_es: &["vivienda*", "casa*", "hogar*", "motel", "lugar para vivir", "lugar donde vivir", "albergue*", "refugio*", "apartamento*", "departamento*", "renta*", "alquiler*", "cuarto*"],
    },
    KeyPoint {
        id: "medicines",
        label: Text {
            en: "Paying for his medicines (patient assistance programs, health coverage)",
            es: "Pagar sus medicinas (programas de ayuda para pacientes, seguro médico)",
        },
        clue: Text {
            en: "No job and no insurance: he cannot pay for the hepatitis C medicine or his depression medicine refills.",
            es: "Sin trabajo y sin seguro: no puede pagar la medicina para la hepatitis C ni volver a surtir la de la depresión.",
        },
        high_priority: true,
        domains: &[Domain::Medications, Domain::Money],
        findings: &[FindingKey::HighNeed(Domain::Medications), FindingKey::HighNeed(Domain::Money)],
        keywords: &["afford*", "pay for", "cost*", "assistance program*", "medicine*", "medication*", "prescription*", "refill*", "insurance", "medicaid", "coverage", "hepatitis", "hep c"],
        keywords_es: &["pagar", "costo*", "precio*", "programa de ayuda*", "medicina*", "medicamento*", "receta*", "surtir", "seguro medico", "seguro de salud", "medicaid", "cobertura", "hepatitis"],
    },
    KeyPoint {
        id: "transportation",
        label: Text {
            en: "Getting to counseling and medical appointments",
            es: "Llegar a la consejería y a las citas médicas",
        },
        clue: Text {
            en: "His license is suspended after the DUI and the bus does not reach the clinic; he missed two of four counseling appointments.",
            es: "Le suspendieron la licencia después del DUI y el autobús no llega a la clínica; faltó a dos de cuatro citas de consejería.",
        },
        high_priority: true,
        domains: &[Domain::Transportation],
        findings: &[FindingKey::Transportation, FindingKey::HighNeed(Domain::Transportation)],
        keywords: &["transport*", "ride*", "bus", "car", "driv*", "licen*", "get to", "travel*"],
        keywords_es: &["transporte*", "autobus*", "camion*", "carro*", "coche*", "auto", "manej*", "licencia*", "llegar a", "ir a las citas", "viaje*", "raite*"],
    },
    KeyPoint {
        id: "check-ins",
        label: Text {
            en: "Regular check-ins to keep him motivated in recovery and with low mood",
            es: "Llamadas o visitas regulares para mantenerlo motivado en su recuperación y con el ánimo bajo",
        },
        clue: Text {
            en: "He has stopped treatment before when nobody noticed, and says he does best when someone checks in.",
            es: "Ya dejó un tratamiento cuando nadie se dio cuenta, y dice que le va mejor cuando alguien está pendiente de él.",
        },
        high_priority: false,
        domains: &[Domain::SubstanceUse, Domain::MentalHealth],
        findings: &[FindingKey::HighNeed(Domain::SubstanceUse), FindingKey::Depression],
        keywords: &["sober*", "sobriety", "recovery", "drink*", "alcohol", "relapse", "check in*", "motivat*", "depress*", "mood", "counsel*"],
        keywords_es: &["sobri*", "recupera*", "beb*", "alcohol*", "recaida*", "seguimiento", "pendiente", "motiva*", "depresi*", "animo", "consejeri*", "terapia*"],
    },
];

pub(super) fn case() -> Case {
    Case {
        id: "john",
        name: "John",
        summary: Text {
            en: "Substance use, depression and hepatitis C; living in a motel after a recent DUI.",
            es: "Consumo de sustancias, depresión y hepatitis C; vive en un motel después de un DUI reciente.",
        },
        story: Text {
            en: STORY,
            es: STORY_ES,
        },
        what_matters: Text {
            en: "A clean place to live where I can stay sober, and getting well enough to work again.",
            es: "Un lugar limpio para vivir donde pueda mantenerme sobrio, y recuperarme lo suficiente para volver a trabajar.",
        },
        screening: screening(),
        key_points: KEY_POINTS,
        barriers: &[
            Barrier::Transportation,
            Barrier::Cost,
            Barrier::HousingInstability,
        ],
        model,
    }
}

fn screening() -> Screening {
    Screening {
        phq9: Phq9 {
            // Total 13: moderate. Question 9 "Not at all".
            items: [2, 2, 2, 2, 1, 2, 1, 1, 0].map(Some),
            difficulty: Some(Difficulty::Very),
        },
        ahc: Ahc {
            living: Some(Living::NotSteady),
            no_home_problems: true,
            food_worried: Some(FoodAnswer::Never),
            food_ran_out: Some(FoodAnswer::Never),
            transportation: Some(true),
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
    plan.person.contact_method = Some(ContactMethod::Text);
    plan.person.contact_details = l(
        "Text first; the motel phone is shared.",
        "Primero un mensaje de texto; el teléfono del motel es compartido.",
    )
    .into();
    plan.case_model = Some(CaseModel::Intensive);

    use Barrier::{Cost, HousingInstability, Transportation};
    use NeedLevel::{High, Low, Moderate};
    rate(
        &mut plan,
        Domain::Housing,
        High,
        l(
            "Has paid the motel on time so far.",
            "Hasta ahora ha pagado el motel a tiempo.",
        ),
        l(
            "The motel is full of drinking. I need a clean place to stay sober.",
            "En el motel todos beben. Necesito un lugar limpio para mantenerme sobrio.",
        ),
        &[HousingInstability],
    );
    rate(
        &mut plan,
        Domain::SubstanceUse,
        High,
        l(
            "12 days without a drink; three recovery meetings last month.",
            "12 días sin beber; tres reuniones de recuperación el mes pasado.",
        ),
        l(
            "I've quit before and slipped when nobody was checking on me.",
            "Ya lo dejé antes y recaí cuando nadie estaba pendiente de mí.",
        ),
        &[],
    );
    rate(
        &mut plan,
        Domain::Medications,
        High,
        l(
            "Knows which medicines he needs.",
            "Sabe qué medicinas necesita.",
        ),
        l(
            "I can't pay for the hepatitis C pills or my depression medicine.",
            "No puedo pagar las pastillas para la hepatitis C ni mi medicina para la depresión.",
        ),
        &[Cost],
    );
    rate(
        &mut plan,
        Domain::Money,
        High,
        "",
        l(
            "No income since spring and no health insurance.",
            "Sin ingresos desde la primavera y sin seguro médico.",
        ),
        &[Cost],
    );
    rate(
        &mut plan,
        Domain::Transportation,
        High,
        l(
            "Willing to take the bus.",
            "Está dispuesto a tomar el autobús.",
        ),
        l(
            "No license since the DUI, and the bus doesn't go near the clinic.",
            "No tengo licencia desde el DUI, y el autobús no pasa cerca de la clínica.",
        ),
        &[Transportation],
    );
    rate(
        &mut plan,
        Domain::MentalHealth,
        Moderate,
        l(
            "Wants to keep going to counseling.",
            "Quiere seguir yendo a consejería.",
        ),
        l(
            "I feel down most days and tired all the time.",
            "Me siento decaído casi todos los días y cansado todo el tiempo.",
        ),
        &[],
    );
    rate(
        &mut plan,
        Domain::PhysicalHealth,
        Moderate,
        l(
            "Has a hepatitis C clinic.",
            "Tiene una clínica para la hepatitis C.",
        ),
        l(
            "Hepatitis C not treated yet.",
            "La hepatitis C aún sin tratar.",
        ),
        &[],
    );
    rate(
        &mut plan,
        Domain::Legal,
        Moderate,
        "",
        l(
            "License suspended after the DUI.",
            "Licencia suspendida después del DUI.",
        ),
        &[],
    );
    rate(
        &mut plan,
        Domain::EducationWork,
        Moderate,
        l(
            "Twelve years driving a forklift.",
            "Doce años manejando un montacargas.",
        ),
        l(
            "I want to work again once I'm well.",
            "Quiero volver a trabajar cuando esté bien.",
        ),
        &[],
    );
    rate(
        &mut plan,
        Domain::SocialSupport,
        Low,
        l(
            "His sister Rosa calls every Sunday.",
            "Su hermana Rosa lo llama cada domingo.",
        ),
        "",
        &[],
    );

    let housing = need(
        &mut plan,
        &[
            FindingKey::HousingUnstable,
            FindingKey::HighNeed(Domain::Housing),
        ],
        l(
            "A safe, sober place to live instead of the motel",
            "Un lugar seguro y sin alcohol para vivir en vez del motel",
        ),
        Domain::Housing,
    );
    let sober = need(
        &mut plan,
        &[
            FindingKey::HighNeed(Domain::SubstanceUse),
            FindingKey::Depression,
        ],
        l(
            "Staying sober and keeping going through low mood, with someone checking in regularly",
            "Mantenerse sobrio y seguir adelante con el ánimo bajo, con alguien pendiente de él con regularidad",
        ),
        Domain::SubstanceUse,
    );
    let medicines = need(
        &mut plan,
        &[
            FindingKey::HighNeed(Domain::Medications),
            FindingKey::HighNeed(Domain::Money),
            // "Hepatitis C not treated yet": paying for the pills is what stands in the way.
            FindingKey::ModerateNeed(Domain::PhysicalHealth),
        ],
        l(
            "Cannot pay for hepatitis C treatment or depression medicine",
            "No puede pagar el tratamiento para la hepatitis C ni la medicina para la depresión",
        ),
        Domain::Medications,
    );
    let rides = need(
        &mut plan,
        &[
            FindingKey::Transportation,
            FindingKey::HighNeed(Domain::Transportation),
            // "License suspended after the DUI": why he has no way to get there.
            FindingKey::ModerateNeed(Domain::Legal),
        ],
        l(
            "No way to get to counseling and medical appointments since losing his license",
            "No tiene cómo llegar a la consejería ni a las citas médicas desde que perdió la licencia",
        ),
        Domain::Transportation,
    );

    // Work matters to him once he is well ("I want to work again once I'm well"): set aside
    // for now, to bring back at a review.
    plan.dismiss_proposal(NeedTopic::PartOfLife(Domain::EducationWork));

    let ana = member(
        &mut plan,
        l("Case manager", "Administradora de casos"),
        "Ana Ruiz",
        l("County Health", "Salud del Condado"),
    );
    member(&mut plan, l("Family", "Familia"), "Rosa", "");
    member(
        &mut plan,
        l("Counselor", "Consejero"),
        "Tom Avery",
        l(
            "Outpatient recovery program",
            "Programa de recuperación ambulatorio",
        ),
    );
    let line = service(
        &mut plan,
        l(
            "County housing help line (coordinated entry)",
            "Línea de ayuda con la vivienda del condado (entrada coordinada)",
        ),
        ServiceKind::Housing,
        ServiceStatus::Referred,
        today,
        None,
    );
    let clinic = service(
        &mut plan,
        l(
            "Hepatitis C clinic, county health department",
            "Clínica de hepatitis C, departamento de salud del condado",
        ),
        ServiceKind::Medical,
        ServiceStatus::Scheduled,
        today,
        Some(d(10)),
    );
    let program = service(
        &mut plan,
        l(
            "Drug maker's patient assistance program",
            "Programa de ayuda para pacientes del fabricante de la medicina",
        ),
        ServiceKind::Financial,
        ServiceStatus::Planned,
        today,
        None,
    );
    let recovery = service(
        &mut plan,
        l(
            "Outpatient recovery and counseling program",
            "Programa ambulatorio de recuperación y consejería",
        ),
        ServiceKind::MentalHealth,
        ServiceStatus::Active,
        today,
        Some(d(4)),
    );
    let peer = service(
        &mut plan,
        l("Peer recovery support", "Apoyo de pares en la recuperación"),
        ServiceKind::PeerSupport,
        ServiceStatus::Referred,
        today,
        Some(d(5)),
    );
    let ride_service = service(
        &mut plan,
        l(
            "Medicaid ride service for medical appointments",
            "Servicio de transporte de Medicaid para citas médicas",
        ),
        ServiceKind::Transportation,
        ServiceStatus::Planned,
        today,
        None,
    );

    let g_housing = plan.add_goal(Goal {
        action: l(
            "move into a sober living house",
            "mudarse a una casa de vida sobria",
        )
        .into(),
        outcome: l(
            "he has a signed agreement and has moved in",
            "tiene un contrato firmado y ya se mudó",
        )
        .into(),
        confidence: Some(7),
        supports: l(
            "Ana goes with him to visit houses.",
            "Ana lo acompaña a ver casas.",
        )
        .into(),
        known_barriers: l(
            "No income yet for the house fee.",
            "Todavía no tiene ingresos para pagar la casa.",
        )
        .into(),
        needs: vec![housing],
        why: l(
            "I can't stay sober where everyone is drinking.",
            "No puedo mantenerme sobrio donde todos beben.",
        )
        .into(),
        target_date: Some(d(60)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(
                l(
                    "Call the county housing help line and get on the list for sober housing",
                    "Llamar a la línea de ayuda con la vivienda del condado y anotarse en la lista de vivienda sobria",
                ),
                Owner::Person,
                d(2),
            )
            .how(l("From Ana's office phone", "Desde el teléfono de la oficina de Ana"))
            .barrier(HousingInstability)
            .done(),
            step(
                l(
                    "Use Ana's office as a safe mailing address for letters",
                    "Usar la oficina de Ana como dirección segura para recibir cartas",
                ),
                Owner::Person,
                d(3),
            )
            .barrier(HousingInstability)
            .done(),
            step(
                l(
                    "Ask the housing help line about help with the first month's fee",
                    "Preguntar en la línea de ayuda con la vivienda por ayuda con el pago del primer mes",
                ),
                Owner::Member(ana),
                d(7),
            )
            .barrier(Cost)
            .done(),
            step(
                l(
                    "Visit two sober living houses together",
                    "Visitar juntos dos casas de vida sobria",
                ),
                Owner::Member(ana),
                d(14),
            )
            .how(l("Ana drives", "Ana maneja"))
            .done(),
        ],
        ..Goal::new(today)
    });
    let g_sober = plan.add_goal(Goal {
        action: l("stay sober", "mantenerse sobrio").into(),
        detail: l("in a row", "seguidos").into(),
        measure: l("sober days in a row", "días seguidos sin beber").into(),
        unit: l("days", "días").into(),
        baseline: "12".into(),
        target: "60".into(),
        confidence: Some(7),
        supports: l(
            "Recovery meetings, the peer support worker, Monday calls with Ana, Rosa's Sunday calls.",
            "Las reuniones de recuperación, el compañero de apoyo, las llamadas de los lunes con Ana, las llamadas de Rosa los domingos.",
        )
        .into(),
        known_barriers: l(
            "Drinking at the motel; low mood.",
            "La bebida en el motel; el ánimo bajo.",
        )
        .into(),
        needs: vec![sober],
        why: l(
            "I want to be well enough to work again.",
            "Quiero estar lo bastante bien para volver a trabajar.",
        )
        .into(),
        target_date: Some(d(48)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(l("Check-in call about how the week went", "Llamada de seguimiento sobre cómo le fue en la semana"), Owner::Member(ana), d(1)).how(l("Phone call each Monday morning", "Llamada cada lunes por la mañana")).every(Repeat::Weekly, d(48)).done(),
            step(l("Go to three recovery meetings", "Ir a tres reuniones de recuperación"), Owner::Person, d(2)).every(Repeat::Weekly, d(48)).done(),
            step(l("Counseling session", "Sesión de consejería"), Owner::Service(recovery), d(4)).every(Repeat::Weekly, d(48)).done(),
            step(l("Peer support worker meets John in person", "El compañero de apoyo se reúne con John en persona"), Owner::Service(peer), d(5)).every(Repeat::Weekly, d(48)).done(),
        ],
        ..Goal::new(today)
    });
    let g_medicines = plan.add_goal(Goal {
        action: l(
            "start his hepatitis C treatment and refill his depression medicine",
            "empezar su tratamiento para la hepatitis C y volver a surtir su medicina para la depresión",
        )
        .into(),
        outcome: l(
            "he has the first month of both medicines at a cost he can pay",
            "tiene el primer mes de las dos medicinas a un costo que puede pagar",
        )
        .into(),
        confidence: Some(7),
        supports: l(
            "The clinic helps with the program forms.",
            "La clínica ayuda con los formularios del programa.",
        )
        .into(),
        known_barriers: l(
            "No income and no insurance.",
            "Sin ingresos y sin seguro.",
        )
        .into(),
        needs: vec![medicines],
        why: l(
            "I want to get rid of the hepatitis and stop feeling this low.",
            "Quiero curarme de la hepatitis y dejar de sentirme tan decaído.",
        )
        .into(),
        target_date: Some(d(45)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(
                l(
                    "Ask the pharmacist about a low-cost generic for the depression medicine",
                    "Preguntar al farmacéutico por una medicina genérica más barata para la depresión",
                ),
                Owner::Person,
                d(3),
            )
            .barrier(Cost)
            .done(),
            step(
                l(
                    "Apply for Medicaid (health coverage) together",
                    "Solicitar Medicaid (seguro médico) juntos",
                ),
                Owner::Member(ana),
                d(7),
            )
            .how(l("At the county office", "En la oficina del condado"))
            .barrier(Cost)
            .done(),
            step(
                l(
                    "Send the patient assistance program application for the hepatitis C medicine",
                    "Enviar la solicitud al programa de ayuda para pacientes para la medicina de la hepatitis C",
                ),
                Owner::Service(clinic),
                d(10),
            )
            .barrier(Cost)
            .done(),
        ],
        ..Goal::new(today)
    });
    let g_rides = plan.add_goal(Goal {
        action: l("get to", "llegar a").into(),
        detail: l("by bus or ride service", "en autobús o con el servicio de transporte").into(),
        measure: l(
            "counseling and medical appointments reached",
            "citas de consejería y médicas a las que llegó",
        )
        .into(),
        unit: l(
            "percent of his counseling and medical appointments",
            "por ciento de sus citas de consejería y médicas",
        )
        .into(),
        baseline: "50".into(),
        target: "100".into(),
        confidence: Some(8),
        supports: l(
            "Bus pass, ride service, phone sessions when there is no ride.",
            "Pase de autobús, servicio de transporte, sesiones por teléfono cuando no hay transporte.",
        )
        .into(),
        known_barriers: l(
            "No license; the bus does not reach the clinic.",
            "Sin licencia; el autobús no llega a la clínica.",
        )
        .into(),
        needs: vec![rides],
        why: l(
            "Missing counseling sets me back.",
            "Faltar a la consejería me hace retroceder.",
        )
        .into(),
        target_date: Some(d(30)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(l("Write every appointment on a paper calendar and check it each evening", "Anotar cada cita en un calendario de papel y revisarlo cada noche"), Owner::Person, d(1)).every(Repeat::Daily, d(30)).done(),
            step(l("Apply for a reduced-fare bus pass", "Solicitar un pase de autobús con descuento"), Owner::Person, d(4)).barrier(Transportation).done(),
            step(l("Ask the counselor about a phone session when there is no ride", "Preguntar al consejero por una sesión por teléfono cuando no haya transporte"), Owner::Person, d(4)).barrier(Transportation).done(),
            step(l("Book rides to medical appointments with the ride service, once Medicaid covers him", "Reservar el transporte a las citas médicas con el servicio de transporte, cuando Medicaid lo cubra"), Owner::Member(ana), d(14)).barrier(Transportation).done(),
        ],
        ..Goal::new(today)
    });

    link_service(&mut plan, line, &[g_housing]);
    link_service(&mut plan, clinic, &[g_medicines]);
    link_service(&mut plan, program, &[g_medicines]);
    link_service(&mut plan, recovery, &[g_sober, g_rides]);
    link_service(&mut plan, peer, &[g_sober]);
    link_service(&mut plan, ride_service, &[g_rides]);

    plan.review_schedule.every = Some(2);
    plan.review_schedule.period = Period::Weeks;
    plan
}
