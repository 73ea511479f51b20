//! "My plan", for the person and family: the safety plan first when there is one, then what
//! matters, the goals, the appointments, the next steps (how or where, and which are overdue)
//! and who to call, in plain words and large type.

use super::parts::or_empty;
use crate::components::actions_text::service_kind_label;
use crate::components::monitoring_text::weekday_label;
use crate::components::{isolated, CrisisLineText};
use crate::config::Agency;
use crate::i18n::{t_string, use_i18n};
use crate::model::assessment::safety::CrisisLine;
use crate::model::dates;
use crate::model::lang::Lang;
use crate::model::printout::Contact;
use crate::model::text::isolate;
use crate::model::CarePlan;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

#[component]
pub fn MyPlan(
    /// The plan to print.
    plan: CarePlan,
    /// The date printed under the title, and the day a step's date is overdue against.
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
    let steps = plan.next_steps_on(printed_on, lang);
    let appointments: Vec<(String, String)> = plan
        .appointments_on(printed_on, lang)
        .into_iter()
        .map(|a| {
            let weekday = weekday_label(i18n, a.date.weekday());
            let when = t_string!(
                i18n,
                print.mine.appointment_on,
                weekday = weekday,
                date = long(a.date)
            )
            .to_string();
            let what = match a.kind {
                Some(kind) => format!("{} ({})", isolate(&a.name), service_kind_label(i18n, kind)),
                None => isolate(&a.name),
            };
            (when, what)
        })
        .collect();
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
    // A review whose day has passed is not "next time": it is due now.
    let next_review = plan.next_review().filter(|_| !plan.is_closed()).map(|d| {
        if d < printed_on {
            (
                t_string!(i18n, print.mine.review_overdue, date = long(d)).to_string(),
                String::new(),
            )
        } else {
            (t_string!(i18n, print.mine.next_review).to_string(), long(d))
        }
    });
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
            {super::safety_plan::safety_plan_part(i18n, &plan)}
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
            {(!appointments.is_empty()).then(|| view! {
                <section class="print-section">
                    <h3>{t_string!(i18n, print.mine.appointments)}</h3>
                    <ul class="my-appointments">
                        {appointments.into_iter().map(|(when, what)| view! {
                            <li><strong>{when}": "</strong>{isolated(what)}</li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <section class="print-section">
                <h3>{t_string!(i18n, print.mine.steps)}</h3>
                {or_empty(steps.is_empty(), t_string!(i18n, print.mine.steps_empty), || {
                    view! {
                        <ul class="my-steps">
                            {steps.into_iter().map(|s| {
                                let how = (!s.how.is_empty()).then(|| {
                                    t_string!(i18n, print.mine.how, how = isolate(&s.how)).to_string()
                                });
                                view! {
                                    // "Overdue since ..." says it in words, in black and white too.
                                    <li class:overdue=s.overdue>
                                        <strong>{s.when}": "</strong><bdi>{s.what}</bdi>
                                        <span class="who">" \u{2014} " {isolated(s.who)}</span>
                                        {how.map(|how| view! { <span class="my-how">{isolated(how)}</span> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })}
                {next_review.map(|(label, date)| view! {
                    <p class="my-review"><strong>{label}</strong>{(!date.is_empty()).then(|| format!(" {date}"))}</p>
                })}
            </section>
            // Contact notes only when marked to share with the person.
            {super::contact_notes::my_plan_part(i18n, &plan, lang)}
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
