//! James: anxiety and depression, too overwhelmed to understand his treatment options.

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
use crate::model::goals::{GoalStatus, Priority};
use crate::model::intake::{CaseModel, ContactMethod};
use crate::model::monitoring::Period;
use crate::model::services::{ServiceKind, ServiceStatus};
use crate::model::{CarePlan, Goal};
use chrono::{Datelike, NaiveDate};

const STORY: &str = "James is 31 and works full time at a bike repair shop. For about six months he has felt anxious and low: he worries most of the day, sleeps badly, and has stopped the Saturday rides he used to take with his friend Sam. He still gets to work, but he says it takes everything he has.

At a check-up, his doctor told him he has anxiety and depression and gave him several choices: medicine, counseling, a group program, or a self-help app. He left with four leaflets and a list of phone numbers, and he has not called anyone. \"There were too many choices and I couldn't tell them apart, so I did nothing,\" he says. He is not sure whether the counselor and the doctor would talk to each other, or whom to call with questions. A follow-up visit with the doctor was meant to happen within a month, but he never booked it.

James has a steady home, enough food and no trouble getting around: he rides his bike everywhere. His mother calls most weeks. He is not thinking of hurting himself. What he wants most is to feel like himself again and to get back on the bike with Sam on Saturdays.";

const KEY_POINTS: &[KeyPoint] = &[
    KeyPoint {
        id: "coordinated-care",
        label: "Counseling and doctor follow-up that he understands and that work together",
        clue: "He left the doctor with four leaflets and called no one, does not know whether the counselor and doctor would talk to each other, and never booked the follow-up.",
        high_priority: true,
        domains: &[Domain::MentalHealth],
        findings: &[FindingKey::Depression, FindingKey::HighNeed(Domain::MentalHealth)],
        keywords: &["counsel*", "therap*", "doctor*", "physician*", "follow up", "treatment*", "appointment*", "coordinat*", "depress*", "anxi*", "mood", "overwhelm*", "choice*", "option*"],
    },
    KeyPoint {
        id: "personal-goals",
        label: "Steps toward his own goals, such as riding with Sam again",
        clue: "What he wants most is to feel like himself again and get back on the bike with Sam on Saturdays.",
        high_priority: true,
        domains: &[Domain::SocialSupport, Domain::EducationWork],
        findings: &[],
        keywords: &["goal*", "hobb*", "friend*", "ride*", "riding", "cycl*", "bike*", "sam", "enjoy*", "personal"],
    },
];

pub(super) fn case() -> Case {
    Case {
        id: "james",
        name: "James",
        summary: "Anxiety and depression; overwhelmed by his treatment choices.",
        story: STORY,
        what_matters: "To feel like myself again, and get back on the bike with Sam on Saturdays.",
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

fn model(today: NaiveDate) -> CarePlan {
    let d = |n| days(today, n);
    let mut plan = model_base(&case(), today);
    plan.person.contact_method = Some(ContactMethod::Text);
    plan.person.contact_details = "Text after work; he may not pick up calls.".into();
    plan.case_model = Some(CaseModel::SystemsOriented);

    use NeedLevel::{High, Low, Moderate, None as NoNeed};
    rate(
        &mut plan,
        Domain::MentalHealth,
        High,
        "Still working full time; came to the check-up.",
        "There were too many choices and I couldn't tell them apart, so I did nothing.",
        &[Barrier::HealthLiteracy],
    );
    rate(
        &mut plan,
        Domain::SocialSupport,
        Moderate,
        "His friend Sam; his mother calls most weeks.",
        "I stopped the Saturday rides and stopped seeing friends.",
        &[],
    );
    rate(
        &mut plan,
        Domain::EducationWork,
        Low,
        "Works full time at a bike repair shop.",
        "It takes everything I have to get through the day.",
        &[],
    );
    rate(
        &mut plan,
        Domain::PhysicalHealth,
        Low,
        "Rides his bike everywhere.",
        "I sleep badly.",
        &[],
    );
    rate(
        &mut plan,
        Domain::Housing,
        NoNeed,
        "A steady home.",
        "",
        &[],
    );
    rate(
        &mut plan,
        Domain::Transportation,
        NoNeed,
        "Gets everywhere by bike.",
        "",
        &[],
    );

    let care = need(&mut plan, &[FindingKey::Depression, FindingKey::HighNeed(Domain::MentalHealth)], "Choosing a treatment he understands, with counseling and doctor follow-up that fit together", Domain::MentalHealth);
    let riding = need(
        &mut plan,
        &[],
        "Getting back to what he enjoys: Saturday rides with his friend Sam",
        Domain::SocialSupport,
    );

    let nia = member(
        &mut plan,
        "Case manager",
        "Nia Brooks",
        "Community Health Center",
    );
    member(
        &mut plan,
        "Doctor",
        "Dr. Alvarez",
        "Community Health Center",
    );
    member(&mut plan, "Friend", "Sam", "");
    let counseling = service(
        &mut plan,
        "Counseling, Community Health Center",
        ServiceKind::MentalHealth,
        ServiceStatus::Referred,
        today,
        Some(d(10)),
    );
    let primary = service(
        &mut plan,
        "Primary care follow-up, Community Health Center",
        ServiceKind::Medical,
        ServiceStatus::Scheduled,
        today,
        Some(d(20)),
    );

    let g_counseling = plan.add_goal(Goal {
        action: "go to".into(),
        measure: "counseling sessions attended".into(),
        unit: "counseling sessions a month".into(),
        baseline: "0".into(),
        target: "4".into(),
        confidence: Some(7),
        supports: "Nia explains the choices; his mother's calls.".into(),
        known_barriers: "Too many choices at once; unsure whom to call.".into(),
        needs: vec![care],
        why: "I want to feel like myself again.".into(),
        target_date: Some(d(42)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step("Go through the treatment choices on one page; James explains them back in his own words", Owner::Member(nia), d(3)).how("Teach-back, one choice at a time").barrier(Barrier::HealthLiteracy).done(),
            step("Call the counseling service and book the first appointment", Owner::Person, d(5)).how("Nia sits with him for the call").done(),
            step("Counseling session", Owner::Service(counseling), d(10)).every(Repeat::Weekly, d(42)).done(),
        ],
        ..Goal::new(today)
    });
    let g_follow_up = plan.add_goal(Goal {
        action: "go to a follow-up visit with his doctor".into(),
        detail: "to choose his treatment".into(),
        outcome:
            "he has chosen a treatment with his doctor and his counselor has a copy of the plan"
                .into(),
        confidence: Some(8),
        supports: "Nia books and reminds; the one-page summary.".into(),
        known_barriers: "He never booked the last follow-up.".into(),
        needs: vec![care],
        why: "I want to know whom to call, and that everyone is on the same page.".into(),
        target_date: Some(d(21)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(
                "Book the follow-up visit with Dr. Alvarez",
                Owner::Person,
                d(4),
            )
            .done(),
            step(
                "Sign a release (a form that lets his doctor and counselor share information)",
                Owner::Person,
                d(5),
            )
            .done(),
            step(
                "Send the doctor and counselor a one-page summary of this plan",
                Owner::Member(nia),
                d(10),
            )
            .done(),
            step(
                "Follow-up visit: repeat the PHQ-9 mood questions and agree on treatment",
                Owner::Service(primary),
                d(20),
            )
            .done(),
        ],
        ..Goal::new(today)
    });
    let saturday = first_saturday(today);
    plan.add_goal(Goal {
        action: "go on".into(),
        measure: "Saturday rides with Sam".into(),
        unit: "Saturday rides with Sam a month".into(),
        baseline: "0".into(),
        target: "2".into(),
        confidence: Some(8),
        supports: "Sam; his bike is ready to go.".into(),
        known_barriers: "Low energy at weekends.".into(),
        needs: vec![riding],
        why: "Riding with Sam is when I feel most like me.".into(),
        target_date: Some(d(42)),
        review_date: Some(d(21)),
        priority: Priority::Medium,
        status: GoalStatus::Active,
        steps: vec![
            step(
                "Text Sam to plan the first Saturday ride",
                Owner::Person,
                d(3),
            )
            .done(),
            step("Saturday ride with Sam", Owner::Person, d(saturday))
                .how("Short and easy to start")
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
