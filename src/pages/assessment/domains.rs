//! Each part of life: need level, strengths, concerns in the person's words, staff notes and
//! barriers. One expandable section per part, so the page stays short.

use super::barriers::BarrierChecklist;
use super::overview::level_class;
use super::{change, read};
use crate::components::{RadioGroup, TextArea};
use crate::model::assessment::domains::{Domain, DomainAssessment, NeedLevel};
use crate::state::{AgencyConfig, PlanState};
use leptos::prelude::*;

#[component]
pub fn Domains(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let agency = AgencyConfig::get();
    view! {
        <section class="card" aria-labelledby="domains-heading">
            <h2 id="domains-heading">"Parts of life"</h2>
            <p class="hint">
                "Open each part to note what is going well, what is hard, and how much help is needed. Leave a part as \u{201c}not assessed yet\u{201d} until you have talked about it."
            </p>
            <div class="domain-list">
                // The parts of life the agency uses (all unless config.json says otherwise).
                {move || agency.with(|c| c.domains.clone()).into_iter().map(|d| view! { <DomainSection state=state domain=d /> }).collect_view()}
            </div>
        </section>
    }
}

#[component]
fn DomainSection(
    /// The open plan.
    state: PlanState,
    /// The part of life.
    domain: Domain,
) -> impl IntoView {
    let plan = state.plan;
    let code = domain.code();
    let level = Memo::new(move |_| read(plan, |a| a.domain(domain).level));
    let text = move |get: fn(&DomainAssessment) -> &String| {
        Signal::derive(move || read(plan, |a| get(a.domain(domain)).clone()))
    };
    let set = move |put: fn(&mut DomainAssessment, String)| {
        move |v: String| change(state, |a| put(a.domain_mut(domain), v))
    };
    let level_options = NeedLevel::ALL
        .iter()
        .map(|l| (l.code().to_string(), l.label().to_string()))
        .collect();
    let on_level = Callback::new(move |code: String| {
        if let Some(l) = NeedLevel::ALL.into_iter().find(|l| l.code() == code) {
            change(state, |a| a.domain_mut(domain).level = l)
        }
    });
    view! {
        <details class="domain" id=format!("domain-{code}")>
            <summary>
                <span class="domain-name">{domain.label()}</span>
                <span class=move || level_class(level.get())>{move || level.get().label()}</span>
            </summary>
            <div class="domain-body">
                <p class="prompt"><strong>"Think about: "</strong>{domain.prompt()}</p>
                <RadioGroup
                    name=format!("{code}-level")
                    legend=format!("How much need is there in \u{201c}{}\u{201d}?", domain.label())
                    options=level_options
                    value=Signal::derive(move || Some(level.get().code().to_string()))
                    on_change=on_level
                    inline=true
                />
                <TextArea
                    id=format!("{code}-strengths")
                    label="Strengths"
                    hint="What is going well, and who helps."
                    value=text(|d| &d.strengths)
                    on_input=set(|d, v| d.strengths = v)
                />
                <TextArea
                    id=format!("{code}-concerns")
                    label="Concerns, in the person's own words"
                    value=text(|d| &d.concerns)
                    on_input=set(|d, v| d.concerns = v)
                />
                <TextArea
                    id=format!("{code}-staff-notes")
                    label="Staff notes"
                    hint="Observations by the case manager or other staff."
                    value=text(|d| &d.staff_notes)
                    on_input=set(|d, v| d.staff_notes = v)
                />
                <BarrierChecklist state=state domain=Some(domain) />
            </div>
        </details>
    }
}
