//! James: anxiety and depression, too overwhelmed to understand his treatment options.

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
use crate::model::goals::{GoalStatus, Priority};
use crate::model::intake::{CaseModel, ContactMethod};
use crate::model::lang::Lang;
use crate::model::monitoring::Period;
use crate::model::services::{ServiceKind, ServiceStatus};
use crate::model::{CarePlan, Goal};
use chrono::{Datelike, NaiveDate};

const STORY: &str = "James is 31 and works full time at a bike repair shop. For about six months he has felt anxious and low: he worries most of the day, sleeps badly, and has stopped the Saturday rides he used to take with his friend Sam. He still gets to work, but he says it takes everything he has.

At a check-up, his doctor told him he has anxiety and depression and gave him several choices: medicine, counseling, a group program, or a self-help app. He left with four leaflets and a list of phone numbers, and he has not called anyone. \"There were too many choices and I couldn't tell them apart, so I did nothing,\" he says. He is not sure whether the counselor and the doctor would talk to each other, or whom to call with questions. A follow-up visit with the doctor was meant to happen within a month, but he never booked it.

James has a steady home, enough food and no trouble getting around: he rides his bike everywhere. His mother calls most weeks. He is not thinking of hurting himself. What he wants most is to feel like himself again and to get back on the bike with Sam on Saturdays.";

const STORY_ES: &str = "James tiene 31 años y trabaja tiempo completo en un taller de reparación de bicicletas. Desde hace unos seis meses se siente ansioso y decaído: se preocupa la mayor parte del día, duerme mal y dejó de salir los sábados en bicicleta con su amigo Sam, como hacía antes. Todavía va al trabajo, pero dice que le cuesta todas sus fuerzas.

En un chequeo, su médico le dijo que tiene ansiedad y depresión y le dio varias opciones: medicina, consejería, un programa en grupo o una aplicación de autoayuda. Salió con cuatro folletos y una lista de números de teléfono, y no ha llamado a nadie. \"Había demasiadas opciones y no sabía distinguirlas, así que no hice nada\", dice. No está seguro de si el consejero y el médico hablarían entre ellos, ni a quién llamar si tiene preguntas. Tenía que volver con el médico en menos de un mes, pero nunca hizo la cita.

James tiene una casa estable, suficiente comida y ningún problema para moverse: va a todas partes en bicicleta. Su mamá lo llama casi todas las semanas. No está pensando en hacerse daño. Lo que más quiere es volver a sentirse él mismo y volver a salir en bicicleta con Sam los sábados.";

const KEY_POINTS: &[KeyPoint] = &[
    KeyPoint {
        id: "coordinated-care",
        label: Text {
            en: "Counseling and doctor follow-up that he understands and that work together",
            es: "Consejería y seguimiento con el médico que él entienda y que vayan de acuerdo",
        },
        clue: Text {
            en: "He left the doctor with four leaflets and called no one, does not know whether the counselor and doctor would talk to each other, and never booked the follow-up.",
            es: "Salió del médico con cuatro folletos y no llamó a nadie, no sabe si el consejero y el médico hablarían entre ellos, y nunca hizo la cita de seguimiento.",
        },
        high_priority: true,
        domains: &[Domain::MentalHealth],
        findings: &[FindingKey::Depression, FindingKey::HighNeed(Domain::MentalHealth)],
        keywords: &["counsel*", "therap*", "doctor*", "physician*", "follow up", "treatment*", "appointment*", "coordinat*", "depress*", "anxi*", "mood", "overwhelm*", "choice*", "option*"],
        keywords_es: &["consejeri*", "consejero*", "terapi*", "medico*", "doctor*", "seguimiento", "tratamiento*", "cita*", "coordina*", "depresi*", "ansie*", "ansios*", "animo", "abrumad*", "opcion*", "eleccion*"],
    },
    KeyPoint {
        id: "personal-goals",
        label: Text {
            en: "Steps toward his own goals, such as riding with Sam again",
            es: "Pasos hacia sus propias metas, como volver a salir en bicicleta con Sam",
        },
        clue: Text {
            en: "What he wants most is to feel like himself again and get back on the bike with Sam on Saturdays.",
            es: "Lo que más quiere es volver a sentirse él mismo y salir otra vez en bicicleta con Sam los sábados.",
        },
        high_priority: true,
        domains: &[Domain::SocialSupport, Domain::EducationWork],
        findings: &[FindingKey::ModerateNeed(Domain::SocialSupport)],
        keywords: &["goal*", "hobb*", "friend*", "ride*", "riding", "cycl*", "bike*", "sam", "enjoy*", "personal"],
        keywords_es: &["meta*", "pasatiempo*", "amig*", "paseo*", "bici*", "cicl*", "sam", "disfrut*", "personal*", "gusta*"],
    },
];

pub(super) fn case() -> Case {
    Case {
        id: "james",
        name: "James",
        summary: Text {
            en: "Anxiety and depression; overwhelmed by his treatment choices.",
            es: "Ansiedad y depresión; abrumado por sus opciones de tratamiento.",
        },
        story: Text {
            en: STORY,
            es: STORY_ES,
        },
        what_matters: Text {
            en: "To feel like myself again, and get back on the bike with Sam on Saturdays.",
            es: "Volver a sentirme yo mismo, y volver a salir en bicicleta con Sam los sábados.",
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
            // Total 12: moderate. Question 9 "Not at all".
            items: [2, 2, 2, 1, 1, 1, 2, 1, 0].map(Some),
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

/// Days from `today` to the first Saturday at least five days away: time to plan the ride.
fn first_saturday(today: NaiveDate) -> u64 {
    let ahead = (12 - u64::from(today.weekday().num_days_from_monday())) % 7;
    if ahead < 5 {
        ahead + 7
    } else {
        ahead
    }
}

fn model(today: NaiveDate, lang: Lang) -> CarePlan {
    let d = |n| days(today, n);
    let l = pick(lang);
    let mut plan = model_base(&case(), today, lang);
    plan.person.contact_method = Some(ContactMethod::Text);
    plan.person.contact_details = l(
        "Text after work; he may not pick up calls.",
        "Mensaje de texto después del trabajo; puede que no conteste las llamadas.",
    )
    .into();
    plan.case_model = Some(CaseModel::SystemsOriented);

    use NeedLevel::{High, Low, Moderate, None as NoNeed};
    rate(
        &mut plan,
        Domain::MentalHealth,
        High,
        l(
            "Still working full time; came to the check-up.",
            "Sigue trabajando tiempo completo; fue al chequeo.",
        ),
        l(
            "There were too many choices and I couldn't tell them apart, so I did nothing.",
            "Había demasiadas opciones y no sabía distinguirlas, así que no hice nada.",
        ),
        &[Barrier::HealthLiteracy],
    );
    rate(
        &mut plan,
        Domain::SocialSupport,
        Moderate,
        l(
            "His friend Sam; his mother calls most weeks.",
            "Su amigo Sam; su mamá lo llama casi todas las semanas.",
        ),
        l(
            "I stopped the Saturday rides and stopped seeing friends.",
            "Dejé de salir en bicicleta los sábados y dejé de ver a mis amigos.",
        ),
        &[],
    );
    rate(
        &mut plan,
        Domain::EducationWork,
        Low,
        l(
            "Works full time at a bike repair shop.",
            "Trabaja tiempo completo en un taller de bicicletas.",
        ),
        l(
            "It takes everything I have to get through the day.",
            "Me cuesta todas mis fuerzas pasar el día.",
        ),
        &[],
    );
    rate(
        &mut plan,
        Domain::PhysicalHealth,
        Low,
        l(
            "Rides his bike everywhere.",
            "Va a todas partes en bicicleta.",
        ),
        l("I sleep badly.", "Duermo mal."),
        &[],
    );
    rate(
        &mut plan,
        Domain::Housing,
        NoNeed,
        l("A steady home.", "Una casa estable."),
        "",
        &[],
    );
    rate(
        &mut plan,
        Domain::Transportation,
        NoNeed,
        l(
            "Gets everywhere by bike.",
            "Llega a todas partes en bicicleta.",
        ),
        "",
        &[],
    );

    let care = need(
        &mut plan,
        &[FindingKey::Depression, FindingKey::HighNeed(Domain::MentalHealth)],
        l(
            "Choosing a treatment he understands, with counseling and doctor follow-up that fit together",
            "Elegir un tratamiento que entienda, con consejería y citas con el médico que encajen entre sí",
        ),
        Domain::MentalHealth,
    );
    let riding = need(
        &mut plan,
        &[FindingKey::ModerateNeed(Domain::SocialSupport)],
        l(
            "Getting back to what he enjoys: Saturday rides with his friend Sam",
            "Volver a lo que disfruta: los paseos de los sábados con su amigo Sam",
        ),
        Domain::SocialSupport,
    );

    let nia = member(
        &mut plan,
        l("Case manager", "Administradora de casos"),
        "Nia Brooks",
        l("Community Health Center", "Centro de Salud Comunitario"),
    );
    member(
        &mut plan,
        l("Doctor", "Médico"),
        "Dr. Alvarez",
        l("Community Health Center", "Centro de Salud Comunitario"),
    );
    member(&mut plan, l("Friend", "Amigo"), "Sam", "");
    let counseling = service(
        &mut plan,
        l(
            "Counseling, Community Health Center",
            "Consejería, Centro de Salud Comunitario",
        ),
        ServiceKind::MentalHealth,
        ServiceStatus::Referred,
        today,
        Some(d(10)),
    );
    let primary = service(
        &mut plan,
        l(
            "Primary care follow-up, Community Health Center",
            "Seguimiento con el médico de cabecera, Centro de Salud Comunitario",
        ),
        ServiceKind::Medical,
        ServiceStatus::Scheduled,
        today,
        Some(d(20)),
    );

    let g_counseling = plan.add_goal(Goal {
        action: l("go to", "ir a").into(),
        measure: l("counseling sessions attended", "sesiones de consejería a las que fue").into(),
        unit: l("counseling sessions a month", "sesiones de consejería al mes").into(),
        baseline: "0".into(),
        target: "4".into(),
        confidence: Some(7),
        supports: l(
            "Nia explains the choices; his mother's calls.",
            "Nia le explica las opciones; las llamadas de su mamá.",
        )
        .into(),
        known_barriers: l(
            "Too many choices at once; unsure whom to call.",
            "Demasiadas opciones a la vez; no sabe a quién llamar.",
        )
        .into(),
        needs: vec![care],
        why: l(
            "I want to feel like myself again.",
            "Quiero volver a sentirme yo mismo.",
        )
        .into(),
        target_date: Some(d(42)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(l("Go through the treatment choices on one page; James explains them back in his own words", "Repasar las opciones de tratamiento en una sola página; James las explica con sus propias palabras"), Owner::Member(nia), d(3)).how(l("Teach-back, one choice at a time", "Que las repita con sus palabras, una opción a la vez")).barrier(Barrier::HealthLiteracy).done(),
            step(l("Call the counseling service and book the first appointment", "Llamar al servicio de consejería y hacer la primera cita"), Owner::Person, d(5)).how(l("Nia sits with him for the call", "Nia lo acompaña durante la llamada")).done(),
            step(l("Counseling session", "Sesión de consejería"), Owner::Service(counseling), d(10)).every(Repeat::Weekly, d(42)).done(),
        ],
        ..Goal::new(today)
    });
    let g_follow_up = plan.add_goal(Goal {
        action: l(
            "go to a follow-up visit with his doctor",
            "ir a una cita de seguimiento con su médico",
        )
        .into(),
        detail: l("to choose his treatment", "para elegir su tratamiento").into(),
        outcome: l(
            "he has chosen a treatment with his doctor and his counselor has a copy of the plan",
            "eligió un tratamiento con su médico y su consejero tiene una copia del plan",
        )
        .into(),
        confidence: Some(8),
        supports: l(
            "Nia books and reminds; the one-page summary.",
            "Nia hace la cita y se la recuerda; el resumen de una página.",
        )
        .into(),
        known_barriers: l(
            "He never booked the last follow-up.",
            "Nunca hizo la última cita de seguimiento.",
        )
        .into(),
        needs: vec![care],
        why: l(
            "I want to know whom to call, and that everyone is on the same page.",
            "Quiero saber a quién llamar, y que todos estén de acuerdo.",
        )
        .into(),
        target_date: Some(d(21)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(
                l(
                    "Book the follow-up visit with Dr. Alvarez",
                    "Hacer la cita de seguimiento con el Dr. Alvarez",
                ),
                Owner::Person,
                d(4),
            )
            .done(),
            step(
                l(
                    "Sign a release (a form that lets his doctor and counselor share information)",
                    "Firmar una autorización (un formulario que permite que su médico y su consejero compartan información)",
                ),
                Owner::Person,
                d(5),
            )
            .done(),
            step(
                l(
                    "Send the doctor and counselor a one-page summary of this plan",
                    "Enviar al médico y al consejero un resumen de una página de este plan",
                ),
                Owner::Member(nia),
                d(10),
            )
            .done(),
            step(
                l(
                    "Follow-up visit: repeat the PHQ-9 mood questions and agree on treatment",
                    "Cita de seguimiento: repetir las preguntas del PHQ-9 sobre el ánimo y ponerse de acuerdo en el tratamiento",
                ),
                Owner::Service(primary),
                d(20),
            )
            .done(),
        ],
        ..Goal::new(today)
    });
    let saturday = first_saturday(today);
    plan.add_goal(Goal {
        action: l("go on", "salir").into(),
        measure: l(
            "Saturday rides with Sam",
            "paseos en bicicleta con Sam los sábados",
        )
        .into(),
        unit: l(
            "Saturday rides with Sam a month",
            "veces al mes en bicicleta con Sam los sábados",
        )
        .into(),
        baseline: "0".into(),
        target: "2".into(),
        confidence: Some(8),
        supports: l(
            "Sam; his bike is ready to go.",
            "Sam; su bicicleta está lista.",
        )
        .into(),
        known_barriers: l(
            "Low energy at weekends.",
            "Poca energía los fines de semana.",
        )
        .into(),
        needs: vec![riding],
        why: l(
            "Riding with Sam is when I feel most like me.",
            "Cuando salgo en bicicleta con Sam es cuando más me siento yo mismo.",
        )
        .into(),
        target_date: Some(d(42)),
        review_date: Some(d(21)),
        priority: Priority::Medium,
        status: GoalStatus::Active,
        steps: vec![
            step(
                l(
                    "Text Sam to plan the first Saturday ride",
                    "Mandarle un mensaje a Sam para planear el primer paseo del sábado",
                ),
                Owner::Person,
                d(3),
            )
            .done(),
            step(
                l(
                    "Saturday ride with Sam",
                    "Paseo en bicicleta con Sam el sábado",
                ),
                Owner::Person,
                d(saturday),
            )
            .how(l("Short and easy to start", "Corto y fácil para empezar"))
            .every(Repeat::Weekly, d(42))
            .done(),
        ],
        ..Goal::new(today)
    });

    link_service(&mut plan, counseling, &[g_counseling]);
    link_service(&mut plan, primary, &[g_follow_up]);

    // A review every four weeks, and one right after the doctor's follow-up.
    plan.review_schedule.every = Some(4);
    plan.review_schedule.period = Period::Weeks;
    plan.review_schedule.dates = vec![d(22)];
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    #[test]
    fn the_first_ride_is_a_saturday_at_least_five_days_ahead() {
        let mut day = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
        for _ in 0..7 {
            let n = first_saturday(day);
            assert!((5..12).contains(&n), "{day}: {n}");
            assert_eq!(days(day, n).weekday(), Weekday::Sat);
            day = days(day, 1);
        }
    }
}
