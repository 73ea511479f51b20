//! John: substance use disorder, depression and hepatitis C; unemployed, living in a motel,
//! recent DUI.

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
use chrono::NaiveDate;

const STORY: &str = "John is 42. Until last spring he drove a forklift at a warehouse; he lost the job when drinking made him late too often. Since then he has paid by the week for a room at a motel on the edge of town. Many people there drink, and he says that makes it very hard to stay away from alcohol. Three weeks ago he was arrested for driving under the influence (a DUI). His driver's license is suspended, and the bus does not go near the clinic, so he has missed two of his last four counseling appointments.

John has a substance use disorder (drinking that has got out of control), major depressive disorder (depression) and hepatitis C, a liver infection that can now be cured with two to three months of pills. He has no job and no health insurance, and he cannot pay for the hepatitis C medicine or for refills of his depression medicine. He feels down most days and tired all the time.

He has not had a drink for 12 days. He went to three recovery meetings last month. He has started treatment before and stopped when nobody noticed, and he says he does best when someone checks in with him. His sister Rosa calls him every Sunday. What matters most to him: a clean place to live where he can stay sober, and getting well enough to work again.";

const KEY_POINTS: &[KeyPoint] = &[
    KeyPoint {
        id: "housing",
        label: "A safe, sober place to live",
        clue: "He pays by the week for a motel room where many people drink.",
        high_priority: true,
        domains: &[Domain::Housing],
        findings: &[FindingKey::HousingUnstable, FindingKey::HighNeed(Domain::Housing)],
        keywords: &["hous*", "motel", "home*", "place to live", "place to stay", "shelter", "sober living", "apartment*", "rent*"],
    },
    KeyPoint {
        id: "medicines",
        label: "Paying for his medicines (patient assistance programs, health coverage)",
        clue: "No job and no insurance: he cannot pay for the hepatitis C medicine or his depression medicine refills.",
        high_priority: true,
        domains: &[Domain::Medications, Domain::Money],
        findings: &[FindingKey::HighNeed(Domain::Medications), FindingKey::HighNeed(Domain::Money)],
        keywords: &["afford*", "pay for", "cost*", "assistance program*", "medicine*", "medication*", "prescription*", "refill*", "insurance", "medicaid", "coverage", "hepatitis", "hep c"],
    },
    KeyPoint {
        id: "transportation",
        label: "Getting to counseling and medical appointments",
        clue: "His license is suspended after the DUI and the bus does not reach the clinic; he missed two of four counseling appointments.",
        high_priority: true,
        domains: &[Domain::Transportation],
        findings: &[FindingKey::Transportation, FindingKey::HighNeed(Domain::Transportation)],
        keywords: &["transport*", "ride*", "bus", "car", "driv*", "licen*", "get to", "travel*"],
    },
    KeyPoint {
        id: "check-ins",
        label: "Regular check-ins to keep him motivated in recovery and with low mood",
        clue: "He has stopped treatment before when nobody noticed, and says he does best when someone checks in.",
        high_priority: false,
        domains: &[Domain::SubstanceUse, Domain::MentalHealth],
        findings: &[FindingKey::HighNeed(Domain::SubstanceUse), FindingKey::Depression],
        keywords: &["sober*", "sobriety", "recovery", "drink*", "alcohol", "relapse", "check in*", "motivat*", "depress*", "mood", "counsel*"],
    },
];

pub(super) fn case() -> Case {
    Case {
        id: "john",
        name: "John",
        summary: "Substance use, depression and hepatitis C; living in a motel after a recent DUI.",
        story: STORY,
        what_matters:
            "A clean place to live where I can stay sober, and getting well enough to work again.",
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

fn model(today: NaiveDate) -> CarePlan {
    let d = |n| days(today, n);
    let mut plan = model_base(&case(), today);
    plan.person.contact_method = Some(ContactMethod::Text);
    plan.person.contact_details = "Text first; the motel phone is shared.".into();
    plan.case_model = Some(CaseModel::Intensive);

    use Barrier::{Cost, HousingInstability, Transportation};
    use NeedLevel::{High, Low, Moderate};
    rate(
        &mut plan,
        Domain::Housing,
        High,
        "Has paid the motel on time so far.",
        "The motel is full of drinking. I need a clean place to stay sober.",
        &[HousingInstability],
    );
    rate(
        &mut plan,
        Domain::SubstanceUse,
        High,
        "12 days without a drink; three recovery meetings last month.",
        "I've quit before and slipped when nobody was checking on me.",
        &[],
    );
    rate(
        &mut plan,
        Domain::Medications,
        High,
        "Knows which medicines he needs.",
        "I can't pay for the hepatitis C pills or my depression medicine.",
        &[Cost],
    );
    rate(
        &mut plan,
        Domain::Money,
        High,
        "",
        "No income since spring and no health insurance.",
        &[Cost],
    );
    rate(
        &mut plan,
        Domain::Transportation,
        High,
        "Willing to take the bus.",
        "No license since the DUI, and the bus doesn't go near the clinic.",
        &[Transportation],
    );
    rate(
        &mut plan,
        Domain::MentalHealth,
        Moderate,
        "Wants to keep going to counseling.",
        "I feel down most days and tired all the time.",
        &[],
    );
    rate(
        &mut plan,
        Domain::PhysicalHealth,
        Moderate,
        "Has a hepatitis C clinic.",
        "Hepatitis C not treated yet.",
        &[],
    );
    rate(
        &mut plan,
        Domain::Legal,
        Moderate,
        "",
        "License suspended after the DUI.",
        &[],
    );
    rate(
        &mut plan,
        Domain::EducationWork,
        Moderate,
        "Twelve years driving a forklift.",
        "I want to work again once I'm well.",
        &[],
    );
    rate(
        &mut plan,
        Domain::SocialSupport,
        Low,
        "His sister Rosa calls every Sunday.",
        "",
        &[],
    );

    let housing = need(
        &mut plan,
        &[
            FindingKey::HousingUnstable,
            FindingKey::HighNeed(Domain::Housing),
        ],
        "A safe, sober place to live instead of the motel",
        Domain::Housing,
    );
    let sober = need(
        &mut plan,
        &[
            FindingKey::HighNeed(Domain::SubstanceUse),
            FindingKey::Depression,
        ],
        "Staying sober and keeping going through low mood, with someone checking in regularly",
        Domain::SubstanceUse,
    );
    let medicines = need(
        &mut plan,
        &[
            FindingKey::HighNeed(Domain::Medications),
            FindingKey::HighNeed(Domain::Money),
        ],
        "Cannot pay for hepatitis C treatment or depression medicine",
        Domain::Medications,
    );
    let rides = need(
        &mut plan,
        &[
            FindingKey::Transportation,
            FindingKey::HighNeed(Domain::Transportation),
        ],
        "No way to get to counseling and medical appointments since losing his license",
        Domain::Transportation,
    );

    let ana = member(&mut plan, "Case manager", "Ana Ruiz", "County Health");
    member(&mut plan, "Family", "Rosa", "");
    member(
        &mut plan,
        "Counselor",
        "Tom Avery",
        "Outpatient recovery program",
    );
    let line = service(
        &mut plan,
        "County housing help line (coordinated entry)",
        ServiceKind::Housing,
        ServiceStatus::Referred,
        today,
        None,
    );
    let clinic = service(
        &mut plan,
        "Hepatitis C clinic, county health department",
        ServiceKind::Medical,
        ServiceStatus::Scheduled,
        today,
        Some(d(10)),
    );
    let program = service(
        &mut plan,
        "Drug maker's patient assistance program",
        ServiceKind::Financial,
        ServiceStatus::Planned,
        today,
        None,
    );
    let recovery = service(
        &mut plan,
        "Outpatient recovery and counseling program",
        ServiceKind::MentalHealth,
        ServiceStatus::Active,
        today,
        Some(d(4)),
    );
    let peer = service(
        &mut plan,
        "Peer recovery support",
        ServiceKind::PeerSupport,
        ServiceStatus::Referred,
        today,
        Some(d(5)),
    );
    let ride_service = service(
        &mut plan,
        "Medicaid ride service for medical appointments",
        ServiceKind::Transportation,
        ServiceStatus::Planned,
        today,
        None,
    );

    let g_housing = plan.add_goal(Goal {
        action: "move into a sober living house".into(),
        outcome: "he has a signed agreement and has moved in".into(),
        confidence: Some(7),
        supports: "Ana goes with him to visit houses.".into(),
        known_barriers: "No income yet for the house fee.".into(),
        needs: vec![housing],
        why: "I can't stay sober where everyone is drinking.".into(),
        target_date: Some(d(60)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(
                "Call the county housing help line and get on the list for sober housing",
                Owner::Person,
                d(2),
            )
            .how("From Ana's office phone")
            .barrier(HousingInstability)
            .done(),
            step(
                "Use Ana's office as a safe mailing address for letters",
                Owner::Person,
                d(3),
            )
            .barrier(HousingInstability)
            .done(),
            step(
                "Ask the housing help line about help with the first month's fee",
                Owner::Member(ana),
                d(7),
            )
            .barrier(Cost)
            .done(),
            step(
                "Visit two sober living houses together",
                Owner::Member(ana),
                d(14),
            )
            .how("Ana drives")
            .done(),
        ],
        ..Goal::new(today)
    });
    let g_sober = plan.add_goal(Goal {
        action: "stay sober".into(),
        detail: "in a row".into(),
        measure: "sober days in a row".into(),
        unit: "days".into(),
        baseline: "12".into(),
        target: "60".into(),
        confidence: Some(7),
        supports: "Recovery meetings, the peer support worker, Monday calls with Ana, Rosa's Sunday calls.".into(),
        known_barriers: "Drinking at the motel; low mood.".into(),
        needs: vec![sober],
        why: "I want to be well enough to work again.".into(),
        target_date: Some(d(48)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step("Check-in call about how the week went", Owner::Member(ana), d(1)).how("Phone call each Monday morning").every(Repeat::Weekly, d(48)).done(),
            step("Go to three recovery meetings", Owner::Person, d(2)).every(Repeat::Weekly, d(48)).done(),
            step("Counseling session", Owner::Service(recovery), d(4)).every(Repeat::Weekly, d(48)).done(),
            step("Peer support worker meets John in person", Owner::Service(peer), d(5)).every(Repeat::Weekly, d(48)).done(),
        ],
        ..Goal::new(today)
    });
    let g_medicines = plan.add_goal(Goal {
        action: "start his hepatitis C treatment and refill his depression medicine".into(),
        outcome: "he has the first month of both medicines at a cost he can pay".into(),
        confidence: Some(7),
        supports: "The clinic helps with the program forms.".into(),
        known_barriers: "No income and no insurance.".into(),
        needs: vec![medicines],
        why: "I want to get rid of the hepatitis and stop feeling this low.".into(),
        target_date: Some(d(45)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step(
                "Ask the pharmacist about a low-cost generic for the depression medicine",
                Owner::Person,
                d(3),
            )
            .barrier(Cost)
            .done(),
            step(
                "Apply for Medicaid (health coverage) together",
                Owner::Member(ana),
                d(7),
            )
            .how("At the county office")
            .barrier(Cost)
            .done(),
            step(
                "Send the patient assistance program application for the hepatitis C medicine",
                Owner::Service(clinic),
                d(10),
            )
            .barrier(Cost)
            .done(),
        ],
        ..Goal::new(today)
    });
    let g_rides = plan.add_goal(Goal {
        action: "get to".into(),
        detail: "by bus or ride service".into(),
        measure: "counseling and medical appointments reached".into(),
        unit: "percent of his counseling and medical appointments".into(),
        baseline: "50".into(),
        target: "100".into(),
        confidence: Some(8),
        supports: "Bus pass, ride service, phone sessions when there is no ride.".into(),
        known_barriers: "No license; the bus does not reach the clinic.".into(),
        needs: vec![rides],
        why: "Missing counseling sets me back.".into(),
        target_date: Some(d(30)),
        review_date: Some(d(14)),
        priority: Priority::High,
        status: GoalStatus::Active,
        steps: vec![
            step("Write every appointment on a paper calendar and check it each evening", Owner::Person, d(1)).every(Repeat::Daily, d(30)).done(),
            step("Apply for a reduced-fare bus pass", Owner::Person, d(4)).barrier(Transportation).done(),
            step("Ask the counselor about a phone session when there is no ride", Owner::Person, d(4)).barrier(Transportation).done(),
            step("Book rides to medical appointments with the ride service, once Medicaid covers him", Owner::Member(ana), d(14)).barrier(Transportation).done(),
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
