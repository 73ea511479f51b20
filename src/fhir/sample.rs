//! A plan with every kind of item, for tests and for the validator's example.

use crate::model::actions::{ActionStatus, ActionStep, Owner, Repeat};
use crate::model::assessment::barriers::Barrier;
use crate::model::evaluation::OutcomeResult;
use crate::model::goals::{Goal, GoalStatus};
use crate::model::monitoring::progress::{Achievement, ProgressEntry};
use crate::model::monitoring::{Period, Review, ReviewSchedule};
use crate::model::transition::ClosureReason;
use crate::model::{CarePlan, CaseModel};
use crate::storage::backup::read_file;
use chrono::{NaiveDate, Utc};
use serde_json::json;

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// María's plan from the e2e fixture, with a few more kinds of item: a case model, a step done
/// by a service, an unassigned step with a barrier, an outcome-only goal with a review date,
/// more instruments answered, and monitoring: progress entries, a confirmed achievement
/// status, a GAS scale with its score, an evaluation, a review schedule, a review held and a
/// transition being prepared (the plan stays open).
pub fn sample_plan() -> CarePlan {
    let Some(mut plan) = read_file(include_str!("../../tests/fixtures/plan-maria.json"))
        .ok()
        .and_then(|mut plans| plans.pop())
        .map(|stored| stored.plan)
    else {
        return CarePlan::new(Utc::now());
    };
    plan.case_model = Some(CaseModel::StrengthsBased);
    let Some(service) = plan.services.get(1).map(|s| s.id) else {
        return plan;
    };
    let mut by_service = ActionStep::new("Deliver a food box");
    by_service.owner = Owner::Service(service);
    by_service.due = day(2026, 12, 5);
    by_service.repeat = Some(Repeat::Monthly);
    let mut blocked = ActionStep::new("Find a ride to the food bank");
    blocked.barrier = Some(Barrier::ALL[0]);
    blocked.status = ActionStatus::Blocked;
    blocked.how = "Ask at church".into();
    if let Some(goal) = plan.goals.get_mut(1) {
        goal.steps.push(by_service);
        goal.steps.push(blocked);
    }
    let mut done = Goal::new(day(2026, 11, 1).unwrap_or_default());
    done.action = "sign up for the bus pass".into();
    done.outcome = "she has a bus pass".into();
    done.status = GoalStatus::Completed;
    done.review_date = day(2026, 12, 1);
    plan.add_goal(done);
    add_follow_up(&mut plan);
    if let Some(a) = plan.current_assessment_mut() {
        a.katz.items = [
            Some(true),
            Some(true),
            Some(false),
            Some(true),
            Some(true),
            Some(true),
        ];
        a.hvs.worried = a
            .hvs
            .worried
            .or(serde_json::from_value(json!("often")).ok());
        a.hvs.ran_out = a
            .hvs
            .ran_out
            .or(serde_json::from_value(json!("never")).ok());
    }
    plan
}

fn add_follow_up(plan: &mut CarePlan) {
    plan.review_schedule = ReviewSchedule {
        every: Some(4),
        period: Period::Weeks,
        dates: day(2026, 12, 15).into_iter().collect(),
    };
    let member = plan.care_team.first().map(|m| m.id);
    let need = plan.needs.get(1).map(|n| n.id);
    let Some(goal) = plan.goals.first_mut() else {
        return;
    };
    let goal_id = goal.id;
    for (date, value, note) in [
        (day(2026, 11, 27), "4", "Used the pill box"),
        (day(2026, 12, 4), "5,5", ""),
    ] {
        let mut entry = ProgressEntry::new(date.unwrap_or_default());
        entry.value = value.into();
        entry.note = note.into();
        goal.progress.push(entry);
    }
    goal.achievement = Some(Achievement::Improving);
    goal.gas.levels = [
        "No days".into(),
        "1 to 3 days".into(),
        "4 to 6 days".into(),
        "Every day".into(),
        "Every day, and she refills them herself".into(),
    ];
    goal.gas.weight = 2;
    goal.gas.score = Some(1);
    goal.evaluation.result = Some(OutcomeResult::PartlyMet);
    goal.evaluation.helped = "The pill box, and Rosa's calls".into();
    goal.evaluation.hindered = "Weekends away; no alarm".into();
    let mut review = Review::new(day(2026, 12, 1).unwrap_or_default());
    review.participants = "María, Rosa, Ana".into();
    review.changes = "Pills most mornings now".into();
    review.decisions = "Keep the pill box; add a phone alarm".into();
    review.set_goal_note(goal_id, "Halfway there".into());
    plan.reviews.push(review);
    plan.transition.reason = Some(ClosureReason::ALL[1]);
    plan.transition.next_setting = "Eastside Clinic care coordination".into();
    plan.transition.handoff = member.into_iter().collect();
    plan.transition.follow_up = day(2027, 3, 1);
    plan.transition.if_worse = "Call Ana, or 988 in a crisis".into();
    plan.transition.open_needs = need.into_iter().collect();
}
