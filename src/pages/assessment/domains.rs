//! Each part of life: need level, strengths, concerns in the person's words, staff notes and
//! barriers. One expandable section per part, so the page stays short.

use super::barriers::BarrierChecklist;
use super::overview::level_class;
use super::{change, read};
use crate::components::assessment_text::need_level_label;
use crate::components::language::model_lang;
use crate::components::{RadioGroup, TextArea};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::domains::{Domain, DomainAssessment, NeedLevel};
use crate::model::Choice;
use crate::state::{AgencyConfig, PlanState};
use leptos::prelude::*;

#[component]
pub fn Domains(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let agency = AgencyConfig::get();
    view! {
        <section class="card" aria-labelledby="domains-heading">
            <h2 id="domains-heading">{t!(i18n, assessment.domains.heading)}</h2>
            <p class="hint">{t!(i18n, assessment.domains.hint)}</p>
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
    let i18n = use_i18n();
    let lang = model_lang();
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
        .map(|l| {
            (
                l.code().to_string(),
                Signal::derive(move || need_level_label(i18n, *l)),
            )
        })
        .collect();
    let on_level = Callback::new(move |code: String| {
        if let Some(l) = NeedLevel::ALL.iter().copied().find(|l| l.code() == code) {
            change(state, |a| a.domain_mut(domain).level = l)
        }
    });
    view! {
        <details class="domain" id=format!("domain-{code}")>
            <summary>
                <span class="domain-name">{move || domain.label_in(lang())}</span>
                <span class=move || level_class(level.get())>{move || need_level_label(i18n, level.get())}</span>
            </summary>
            <div class="domain-body">
                <p class="prompt">
                    <strong>{t!(i18n, assessment.domains.think_about)}</strong>
                    " "
                    {move || domain.prompt_in(lang())}
                </p>
                <RadioGroup
                    name=format!("{code}-level")
                    legend=Signal::derive(move || {
                        let domain = domain.label_in(lang());
                        t_string!(i18n, assessment.domains.level_legend, domain = domain).to_string()
                    })
                    options=level_options
                    value=Signal::derive(move || Some(level.get().code().to_string()))
                    on_change=on_level
                    inline=true
                />
                <TextArea
                    id=format!("{code}-strengths")
                    label=move || t_string!(i18n, assessment.domains.strengths)
                    hint=move || t_string!(i18n, assessment.domains.strengths_hint)
                    value=text(|d| &d.strengths)
                    on_input=set(|d, v| d.strengths = v)
                />
                <TextArea
                    id=format!("{code}-concerns")
                    label=move || t_string!(i18n, assessment.domains.concerns)
                    value=text(|d| &d.concerns)
                    on_input=set(|d, v| d.concerns = v)
                />
                <TextArea
                    id=format!("{code}-staff-notes")
                    label=move || t_string!(i18n, assessment.domains.staff_notes)
                    hint=move || t_string!(i18n, assessment.domains.staff_notes_hint)
                    value=text(|d| &d.staff_notes)
                    on_input=set(|d, v| d.staff_notes = v)
                />
                <BarrierChecklist state=state domain=Some(domain) />
            </div>
        </details>
    }
}
