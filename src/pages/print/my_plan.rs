//! "My plan", for the person and family: what matters, the goals, the next steps and who to
//! call, in plain words and large type.

use super::parts::or_empty;
use crate::config::Agency;
use crate::model::assessment::safety::CrisisLine;
use crate::model::dates;
use crate::model::printout::Contact;
use crate::model::CarePlan;
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn MyPlan(
    /// The plan to print.
    plan: CarePlan,
    /// The date printed under the title.
    printed_on: NaiveDate,
    /// The agency, first under "Who to call" when it has a phone number.
    agency: Agency,
    /// The crisis line printed with a safety flag.
    crisis_line: CrisisLine,
) -> impl IntoView {
    let name = plan.person_name().trim().to_string();
    let title = if name.is_empty() {
        "My plan".to_string()
    } else {
        format!("My plan: {name}")
    };
    let matters = plan.person.what_matters.trim().to_string();
    let goals: Vec<(String, String)> = plan
        .goals
        .iter()
        .filter(|g| g.is_open())
        .map(|g| (g.sentence(&name), g.why.trim().to_string()))
        .collect();
    let steps = plan.next_steps();
    let mut contacts = plan.contacts();
    // The agency first, when it gave a phone number or an email.
    let agency_reach: Vec<String> = [agency.phone.trim(), agency.email.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if !agency.name.trim().is_empty() && !agency_reach.is_empty() {
        contacts.insert(
            0,
            Contact {
                name: agency.name.trim().to_string(),
                role: String::new(),
                reach: agency_reach,
            },
        );
    }
    let crisis = plan.safety_flag().then_some(crisis_line);
    let next_review = plan.next_review().filter(|_| !plan.is_closed());
    let t = &plan.transition;
    let after = [
        Some(t.next_setting.trim())
            .filter(|s| !s.is_empty())
            .map(|s| format!("Where I go next: {s}")),
        t.follow_up
            .map(|d| format!("Someone checks in with me on {}", dates::long(d))),
        Some(t.if_worse.trim())
            .filter(|s| !s.is_empty())
            .map(|s| format!("If things get worse: {s}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    let practice = super::full_plan::practice_mark(&plan);
    view! {
        <article class="printout my-plan" aria-label="My plan, as it will be printed">
            <header class="printout-header">
                {practice}
                <h2 class="printout-title">{title}</h2>
                <p>"Printed " {dates::long(printed_on)}</p>
            </header>
            {crisis.map(|line| view! {
                <section class="print-section print-safety">
                    <h3>"If you need help right now"</h3>
                    {line.lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                    <p>{line.emergency}</p>
                </section>
            })}
            <section class="print-section">
                <h3>"What matters to me"</h3>
                {or_empty(matters.is_empty(), "Not written down yet.", || {
                    view! { <p>{matters}</p> }.into_any()
                })}
            </section>
            <section class="print-section">
                <h3>"My goals"</h3>
                {or_empty(goals.is_empty(), "No goals yet.", || {
                    view! {
                        <ol class="my-goals">
                            {goals.into_iter().map(|(sentence, why)| view! {
                                <li>
                                    <p class="my-goal-sentence">{sentence}</p>
                                    {(!why.is_empty()).then(|| view! { <p>"Why it matters to me: " {why}</p> })}
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                })}
            </section>
            <section class="print-section">
                <h3>"My next steps"</h3>
                {or_empty(steps.is_empty(), "No steps planned yet.", || {
                    view! {
                        <ul class="my-steps">
                            {steps.into_iter().map(|s| view! {
                                <li>
                                    <strong>{s.when}": "</strong>{s.what}
                                    <span class="who">" \u{2014} " {s.who}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })}
                {next_review.map(|d| view! {
                    <p class="my-review"><strong>"Next time we look at this plan together: "</strong>{dates::long(d)}</p>
                })}
            </section>
            {(!after.is_empty()).then(|| view! {
                <section class="print-section">
                    <h3>"After this plan"</h3>
                    <ul class="my-after">
                        {after.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                </section>
            })}
            <section class="print-section">
                <h3>"Who to call"</h3>
                {or_empty(contacts.is_empty(), "No phone numbers written down yet.", || {
                    view! {
                        <ul class="my-contacts">
                            {contacts.into_iter().map(|c| {
                                let role = (!c.role.is_empty()).then(|| format!(" ({})", c.role));
                                view! {
                                    <li><strong>{c.name}</strong>{role}": " {c.reach.join(", ")}</li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })}
            </section>
        </article>
    }
}
