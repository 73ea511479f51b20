//! "My plan", for the person and family: what matters, the goals, the next steps and who to
//! call, in plain words and large type.

use super::parts::or_empty;
use crate::components::actions_text::service_kind_label;
use crate::components::{isolated, CrisisLineText};
use crate::config::Agency;
use crate::i18n::{t_string, use_i18n};
use crate::model::assessment::safety::CrisisLine;
use crate::model::dates;
use crate::model::lang::Lang;
use crate::model::printout::Contact;
use crate::model::text::isolate;
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
    /// The language the model writes its sentences and dates in, the chosen one.
    lang: Lang,
) -> impl IntoView {
    let i18n = use_i18n();
    let long = move |d| dates::long_in(d, lang);
    let name = plan.person_name().trim().to_string();
    let title = if name.is_empty() {
        t_string!(i18n, print.mine.title).to_string()
    } else {
        t_string!(i18n, print.mine.title_named, name = isolate(&name)).to_string()
    };
    let matters = plan.person.what_matters.trim().to_string();
    let goals: Vec<(String, String)> = plan
        .goals
        .iter()
        .filter(|g| g.is_open())
        .map(|g| (g.shown_sentence_in(&name, lang), isolate(g.why.trim())))
        .collect();
    let steps = plan.next_steps_in(lang);
    let mut contacts = plan.contacts_in(lang);
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
                kind: None,
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
            .map(|s| t_string!(i18n, print.mine.where_next, place = isolate(s)).to_string()),
        t.follow_up
            .map(|d| t_string!(i18n, print.mine.check_in, date = long(d)).to_string()),
        Some(t.if_worse.trim())
            .filter(|s| !s.is_empty())
            .map(|s| t_string!(i18n, print.mine.if_worse, what = isolate(s)).to_string()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    let practice = super::full_plan::practice_mark(&plan);
    view! {
        <article class="printout my-plan" aria-label=t_string!(i18n, print.mine.label)>
            <header class="printout-header">
                {practice}
                <h2 class="printout-title">{isolated(title)}</h2>
                <p>{t_string!(i18n, print.printed, date = long(printed_on)).to_string()}</p>
            </header>
            {crisis.map(|line| view! {
                <section class="print-section print-safety">
                    <h3>{t_string!(i18n, print.mine.help_now)}</h3>
                    {
                        let (line, in_lang) = line.shown_in(lang);
                        view! { <CrisisLineText line=line in_lang=in_lang /> }
                    }
                </section>
            })}
            <section class="print-section">
                <h3>{t_string!(i18n, print.mine.matters)}</h3>
                {or_empty(matters.is_empty(), t_string!(i18n, print.mine.matters_empty), || {
                    view! { <p>{matters}</p> }.into_any()
                })}
            </section>
            <section class="print-section">
                <h3>{t_string!(i18n, print.mine.goals)}</h3>
                {or_empty(goals.is_empty(), t_string!(i18n, print.mine.goals_empty), || {
                    view! {
                        <ol class="my-goals">
                            {goals.into_iter().map(|(sentence, why)| view! {
                                <li>
                                    <p class="my-goal-sentence">{isolated(sentence)}</p>
                                    {(!why.is_empty()).then(|| view! { <p>{isolated(t_string!(i18n, print.mine.why, why = why).to_string())}</p> })}
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                })}
            </section>
            <section class="print-section">
                <h3>{t_string!(i18n, print.mine.steps)}</h3>
                {or_empty(steps.is_empty(), t_string!(i18n, print.mine.steps_empty), || {
                    view! {
                        <ul class="my-steps">
                            {steps.into_iter().map(|s| view! {
                                <li>
                                    <strong>{s.when}": "</strong><bdi>{s.what}</bdi>
                                    <span class="who">" \u{2014} " <bdi>{s.who}</bdi></span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })}
                {next_review.map(|d| view! {
                    <p class="my-review"><strong>{t_string!(i18n, print.mine.next_review)}" "</strong>{long(d)}</p>
                })}
            </section>
            {(!after.is_empty()).then(|| view! {
                <section class="print-section">
                    <h3>{t_string!(i18n, print.mine.after)}</h3>
                    <ul class="my-after">
                        {after.into_iter().map(|line| view! { <li>{isolated(line)}</li> }).collect_view()}
                    </ul>
                </section>
            })}
            <section class="print-section">
                <h3>{t_string!(i18n, print.mine.call)}</h3>
                {or_empty(contacts.is_empty(), t_string!(i18n, print.mine.call_empty), || {
                    view! {
                        <ul class="my-contacts">
                            {contacts.into_iter().map(|c| {
                                let role = match c.kind {
                                    Some(kind) => service_kind_label(i18n, kind).to_string(),
                                    None => c.role,
                                };
                                let role = (!role.is_empty()).then(|| isolated(format!(" ({})", isolate(&role))));
                                view! {
                                    <li><strong><bdi>{c.name}</bdi></strong>{role}": " {isolated(c.reach.iter().map(|r| isolate(r)).collect::<Vec<_>>().join(", "))}</li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })}
            </section>
        </article>
    }
}
