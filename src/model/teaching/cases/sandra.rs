//! Sandra: diabetes with confusion about her medicines, leading to repeated hospital visits.

use super::{
    days, link_service, member, model_base, need, rate, service, step, Case, KeyPoint, Screening,
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
use crate::model::monitoring::Period;
use crate::model::services::{ServiceKind, ServiceStatus};
use crate::model::{CarePlan, Goal};
use chrono::NaiveDate;

const STORY: &str = "Sandra is 68 and lives alone in a small apartment. She has diabetes and takes five medicines at different times of day, two of them for her blood sugar. After a hospital stay in the summer some of her medicines were changed, and she kept the old bottles next to the new ones. She is not sure which pills she should still take. The discharge papers (the instructions given when leaving the hospital) use words she does not understand.

In the last three months she has been to the hospital three times: twice to the emergency room because her blood sugar dropped too low (once after taking a diabetes pill twice by mistake), and once for an overnight stay when it ran very high. Each time she was sent home with more papers. She says: \"I feel foolish. I used to manage everything myself.\"

Sandra wants to stay in her own home. Her daughter Linda lives 40 minutes away, visits on Sundays and is willing to help. Sandra takes the bus easily, has enough food, and gets on well with her neighbors. She reads large print more easily and likes to have things written down. Her doctor suggested a diabetes education class, but she has not gone, because she was not sure what it was for.";

const KEY_POINTS: &[KeyPoint] = &[
    KeyPoint {
        id: "medicine-schedule",
        label: "A medicine schedule she can follow",
        clue: "She kept old and new bottles side by side and is not sure which pills to take.",
        high_priority: true,
        domains: &[Domain::Medications],
        findings: &[FindingKey::HighNeed(Domain::Medications)],
        keywords: &["medicine*", "medication*", "pill*", "dose*", "dosing", "schedule*", "bottle*"],
    },
    KeyPoint {
        id: "fewer-admissions",
        label: "Fewer hospital and emergency room visits",
        clue: "Three hospital visits in three months: two for low blood sugar and one overnight stay for high.",
        high_priority: true,
        domains: &[Domain::PhysicalHealth],
        findings: &[FindingKey::HighNeed(Domain::PhysicalHealth)],
        keywords: &["hospital*", "admission*", "admitted", "readmi*", "emergency", "er", "ambulance"],
    },
    KeyPoint {
        id: "education",
        label: "Learning about her diabetes and what each medicine does",
        clue: "The discharge papers use words she does not understand, and she skipped the diabetes class because she was not sure what it was for.",
        high_priority: false,
        domains: &[Domain::PhysicalHealth],
        findings: &[],
        keywords: &["understand*", "learn*", "educat*", "teach*", "class*", "explain*", "know*", "warning sign*", "literacy"],
    },
];

pub(super) fn case() -> Case {
    Case {
        id: "sandra",
        name: "Sandra",
        summary: "Diabetes and confusion about her medicines, with repeated hospital visits.",
        story: STORY,
        what_matters: "Staying in my own home and out of the hospital.",
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

fn model(today: NaiveDate) -> CarePlan {
    let d = |n| days(today, n);
    let mut plan = model_base(&case(), today);
    plan.person.contact_method = Some(ContactMethod::Phone);
    plan.person.contact_details = "Mornings are best. Large print for anything written.".into();
    plan.case_model = Some(CaseModel::Clinical);

    use Barrier::HealthLiteracy;
    use NeedLevel::{High, Low, None as NoNeed};
    rate(&mut plan, Domain::Medications, High, "Wants to get it right; likes things written down in large print.", "I get mixed up about which pills to take and when. The old bottles are next to the new ones.", &[HealthLiteracy]);
    rate(
        &mut plan,
        Domain::PhysicalHealth,
        High,
        "Has a regular doctor.",
        "Three trips to the hospital in three months.",
        &[HealthLiteracy],
    );
    rate(
        &mut plan,
        Domain::SocialSupport,
        Low,
        "Daughter Linda visits on Sundays and will help.",
        "",
        &[],
    );
    rate(
        &mut plan,
        Domain::Housing,
        NoNeed,
        "Her own apartment; wants to stay there.",
        "",
        &[],
    );
    rate(
        &mut plan,
        Domain::Transportation,
        NoNeed,
        "Takes the bus easily.",
        "",
        &[],
    );
    rate(&mut plan, Domain::Food, NoNeed, "Has enough food.", "", &[]);

    let schedule = need(
        &mut plan,
        &[FindingKey::HighNeed(Domain::Medications)],
        "A medicine schedule she can follow, with the old medicines cleared out",
        Domain::Medications,
    );
    let hospital = need(
        &mut plan,
        &[FindingKey::HighNeed(Domain::PhysicalHealth)],
        "Fewer trips to the hospital for low or high blood sugar",
        Domain::PhysicalHealth,
    );
    let learning = need(&mut plan, &[], "Understanding her diabetes: what each medicine is for and the warning signs of low and high blood sugar", Domain::PhysicalHealth);

    let grace = member(
        &mut plan,
        "Nurse case manager",
        "Grace Kim",
        "Eastside Clinic",
    );
    let linda = member(&mut plan, "Family", "Linda (daughter)", "");
    let doctor = member(&mut plan, "Doctor", "Dr. Osei", "Eastside Clinic");
    let pharmacy = service(
        &mut plan,
        "Main Street Pharmacy: medicine review",
        ServiceKind::Medical,
        ServiceStatus::Scheduled,
        today,
        Some(d(3)),
    );
    let class = service(
        &mut plan,
        "Diabetes education class, Eastside Clinic",
        ServiceKind::Medical,
        ServiceStatus::Referred,
        today,
        Some(d(14)),
    );
    let nurse = service(
        &mut plan,
        "Home health nurse visits",
        ServiceKind::Medical,
        ServiceStatus::Referred,
        today,
        Some(d(5)),
    );

    let g_schedule = plan.add_goal(Goal {
        action: "take all her medicines as on her schedule".into(),
        detail: "using a weekly pill box".into(),
        measure: "days with every dose taken".into(),
        unit: "days a week".into(),
        baseline: "3".into(),
        target: "7".into(),
        confidence: Some(8),
        supports: "Linda fills the pill box with her on Sundays; a large-print schedule.".into(),
        known_barriers: "The instructions are hard to understand; old bottles at home.".into(),
        needs: vec![schedule],
        why: "I want to stay out of the hospital and in my own home.".into(),
        target_date: Some(d(28)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step("Tick each dose on the schedule sheet", Owner::Person, d(1)).every(Repeat::Daily, d(28)).done(),
            step("Review every medicine bottle with Sandra and take old or stopped medicines out of the house", Owner::Service(pharmacy), d(3)).how("Sandra brings all her bottles in one bag").barrier(HealthLiteracy).done(),
            step("Make a large-print schedule: each pill, what it is for, and when to take it", Owner::Member(grace), d(5)).barrier(HealthLiteracy).done(),
            step("Fill the weekly pill box together", Owner::Member(linda), d(7)).how("On Sunday visits").every(Repeat::Weekly, d(28)).done(),
        ],
        ..Goal::new(today)
    });
    let g_hospital = plan.add_goal(Goal {
        action: "have".into(),
        measure: "hospital and emergency room visits".into(),
        unit: "hospital or emergency room visits in three months".into(),
        baseline: "3".into(),
        target: "0".into(),
        direction: Direction::Decrease,
        confidence: Some(7),
        supports: "Home nurse visits, weekly calls with Grace, the nurse line.".into(),
        known_barriers: "Not sure of the warning signs of low blood sugar.".into(),
        needs: vec![hospital],
        why: "Every trip to the hospital frightens me.".into(),
        target_date: Some(d(91)),
        review_date: Some(d(28)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(
                "Check blood sugar each morning and write it down",
                Owner::Person,
                d(1),
            )
            .every(Repeat::Daily, d(91))
            .done(),
            step(
                "Put the nurse line number and the signs of low blood sugar on the fridge",
                Owner::Person,
                d(2),
            )
            .done(),
            step(
                "Home visit to check medicines and blood sugar",
                Owner::Service(nurse),
                d(5),
            )
            .every(Repeat::Weekly, d(35))
            .done(),
            step(
                "Phone check-in about medicines and blood sugar",
                Owner::Member(grace),
                d(7),
            )
            .every(Repeat::Weekly, d(91))
            .done(),
            step(
                "Visit to go over all medicines since the last hospital stay",
                Owner::Member(doctor),
                d(10),
            )
            .done(),
        ],
        ..Goal::new(today)
    });
    let g_learning = plan.add_goal(Goal {
        action: "correctly answer".into(),
        detail: "about her medicines and the warning signs of low blood sugar".into(),
        measure: "teach-back questions answered correctly".into(),
        unit: "of 5 teach-back questions".into(),
        baseline: "1".into(),
        target: "5".into(),
        confidence: Some(7),
        supports: "The diabetes class; the nurse explains in plain words; Linda comes along.".into(),
        known_barriers: "Medical words are hard to follow.".into(),
        needs: vec![learning],
        why: "I used to manage everything myself and I want to again.".into(),
        target_date: Some(d(42)),
        review_date: Some(d(21)),
        priority: Priority::Medium,
        status: GoalStatus::Active,
        steps: vec![
            step("Teach-back at each home visit: Sandra explains her medicines and the low-sugar signs in her own words", Owner::Service(nurse), d(5)).every(Repeat::Weekly, d(42)).barrier(HealthLiteracy).done(),
            step("Go to the diabetes education class", Owner::Person, d(14)).how("Linda comes along").barrier(HealthLiteracy).done(),
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
