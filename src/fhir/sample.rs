//! A plan with every kind of item, for tests and for the validator's example.

use crate::model::actions::{ActionStatus, ActionStep, Owner, Repeat};
use crate::model::assessment::barriers::Barrier;
use crate::model::goals::{Goal, GoalStatus};
use crate::model::Choice;
use crate::model::{CarePlan, CaseModel};
use crate::storage::backup::read_file;
use chrono::{NaiveDate, Utc};
use serde_json::json;

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// María's plan from the e2e fixture, with a few more kinds of item: a case model, a step done
/// by a service, an unassigned step with a barrier, an outcome-only goal with a review date,
/// and more instruments answered. (The fixture already holds monitoring: progress entries, a
/// confirmed achievement status, a GAS scale and score, an evaluation, a review schedule, a
/// review held and a transition being prepared.)
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

/// The sample plan with three consents to share: to a care-team member (in force, no last
/// day), to a service (withdrawn, with a note) and to an organization named as typed (expired).
pub fn sample_plan_with_consents() -> CarePlan {
    use crate::model::consent::{Consent, Recipient, Revocation};
    let mut plan = sample_plan();
    let (Some(member), Some(service)) = (
        plan.care_team.first().map(|m| m.id),
        plan.services.first().map(|s| s.id),
    ) else {
        return plan;
    };
    let mut to_member = Consent::new(Recipient::Member { id: member }, day(2026, 11, 1));
    to_member.what = "My care plan".into();
    to_member.purpose = "To coordinate my care".into();
    let mut to_service = Consent::new(Recipient::Service { id: service }, day(2026, 11, 2));
    to_service.what = "My address".into();
    to_service.until = day(2099, 1, 1);
    to_service.revoked = day(2026, 11, 20).map(|date| Revocation {
        date,
        note: "I moved".into(),
    });
    let mut named = Consent::new(
        Recipient::Named {
            name: "City Library".into(),
        },
        day(2020, 1, 1),
    );
    named.until = day(2020, 12, 31);
    plan.consents = vec![to_member, to_service, named];
    plan
}
