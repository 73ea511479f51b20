//! AUDIT-C (alcohol): three questions in their WHO/US wording, and the cut-off the person
//! chooses to be scored with (the plan does not record sex). The result names the cut-off used.

use super::super::{change, read};
use super::{legend, options, started, InstrumentSection, ToNeeds};
use crate::components::language::{model_lang, untranslated};
use crate::components::{RadioGroup, Shown};
use crate::i18n::Locale;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::audit_c::{self, AuditC, CutOff, Outcome, Pending};
use crate::model::assessment::Assessment;
use crate::model::Choice;
use crate::state::PlanState;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

fn status(i18n: I18nContext<Locale>, a: &Assessment) -> String {
    match (a.audit_c.outcome(), a.audit_c.score()) {
        (Ok(o), _) => {
            let total = o.score.total;
            match (o.cut_off, o.positive) {
                (CutOff::Men, true) => {
                    t_string!(i18n, audit_c.status_positive_men, total = total).to_string()
                }
                (CutOff::Men, false) => {
                    t_string!(i18n, audit_c.status_negative_men, total = total).to_string()
                }
                (CutOff::Women, true) => {
                    t_string!(i18n, audit_c.status_positive_women, total = total).to_string()
                }
                (CutOff::Women, false) => {
                    t_string!(i18n, audit_c.status_negative_women, total = total).to_string()
                }
            }
        }
        (Err(_), Ok(s)) => t_string!(i18n, audit_c.status_no_cut_off, total = s.total).to_string(),
        _ => started(i18n, a.audit_c.is_started()),
    }
}

/// "Positive with the cut-off for men ..." for a result.
fn reading(i18n: I18nContext<Locale>, o: &Outcome) -> String {
    match (o.cut_off, o.positive) {
        (CutOff::Men, true) => t_string!(i18n, audit_c.positive_men).to_string(),
        (CutOff::Men, false) => t_string!(i18n, audit_c.negative_men).to_string(),
        (CutOff::Women, true) => t_string!(i18n, audit_c.positive_women).to_string(),
        (CutOff::Women, false) => t_string!(i18n, audit_c.negative_women).to_string(),
    }
}

#[component]
pub(super) fn AuditCForm(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let english = untranslated();
    let plan = state.plan;
    let audit = Memo::new(move |_| read(plan, |a| a.audit_c.clone()));
    let never = Memo::new(move |_| audit.with(AuditC::never_drinks));
    let item = move |i: usize| {
        let q = audit_c::QUESTIONS[i];
        view! {
            <RadioGroup
                name=format!("audit-c-q{}", q.number)
                legend=legend(&q)
                options=options(&audit_c::CHOICES[i])
                value=Signal::derive(move || audit.with(|a| a.answer(i + 1).map(|v| v.to_string())))
                on_change=Callback::new(move |v: String| {
                    let value = v.parse::<u8>().ok();
                    change(state, |a| a.audit_c.items[i] = value)
                })
                inline=true
            />
        }
    };
    let cut_off_options: Vec<(String, Signal<String>)> = CutOff::ALL
        .iter()
        .map(|&c| {
            let label = Signal::derive(move || match c {
                CutOff::Men => t_string!(i18n, audit_c.cut_off_men).to_string(),
                CutOff::Women => t_string!(i18n, audit_c.cut_off_women).to_string(),
            });
            (c.code().to_string(), label)
        })
        .collect();
    let result = move || {
        let lang = lang();
        audit.with(|a| match (a.outcome(), a.score()) {
            (Ok(o), _) => {
                let total = o.score.total;
                view! {
                    <p>
                        <strong>{t_string!(i18n, audit_c.score, total = total)}</strong>
                        " "
                        {reading(i18n, &o)}
                        {o.score.from_first_only.then(|| view! { " " {t!(i18n, audit_c.first_only)} })}
                        {o.positive.then(|| view! { <ToNeeds state=state /> })}
                    </p>
                }
                .into_any()
            }
            (Err(Pending::CutOff), Ok(s)) => view! {
                <p>
                    <strong>{t_string!(i18n, audit_c.score, total = s.total)}</strong>
                    " "
                    {t!(i18n, audit_c.choose_cut_off)}
                </p>
            }
            .into_any(),
            (Err(Pending::Questions(missing)), _) => {
                view! { <p>{missing.plain_in(lang)}</p> }.into_any()
            }
            (Err(Pending::CutOff), Err(missing)) => {
                view! { <p>{missing.plain_in(lang)}</p> }.into_any()
            }
        })
    };
    view! {
        <InstrumentSection
            id="instrument-audit-c"
            name=Signal::derive(move || t_string!(i18n, audit_c.name).to_string())
            status=Signal::derive(move || read(plan, |a| status(i18n, a)))
            attribution=audit_c::ATTRIBUTION
        >
            <div class="questions" lang=english>{item(0)}</div>
            <Shown
                when=move || !never.get()
                fallback=move || view! { <p class="hint">{t!(i18n, audit_c.never_skips)}</p> }
            >
                <div class="questions" lang=english>
                    {item(1)}
                    {item(2)}
                </div>
            </Shown>
            <RadioGroup
                name="audit-c-cut-off"
                legend=Signal::derive(move || t_string!(i18n, audit_c.cut_off_legend).to_string())
                hint=Signal::derive(move || t_string!(i18n, audit_c.cut_off_hint).to_string())
                options=cut_off_options
                value=Signal::derive(move || audit.with(|a| a.cut_off.map(|c| c.code().to_string())))
                on_change=Callback::new(move |code: String| {
                    if let Some(c) = CutOff::from_code(&code) {
                        change(state, |a| a.audit_c.cut_off = Some(c))
                    }
                })
            />
            <div class="result" role="status">{result}</div>
        </InstrumentSection>
    }
}
