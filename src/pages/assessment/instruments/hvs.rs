//! The Hunger Vital Sign, which can take its answers from the AHC food questions.

use super::super::{change, read};
use super::{legend, started, InstrumentSection, ToNeeds};
use crate::components::language::{model_lang, untranslated};
use crate::components::{ChoiceRadios, Shown};
use crate::i18n::{t, use_i18n};
use crate::model::assessment::ahc::FoodAnswer;
use crate::model::assessment::{hvs, Assessment};
use crate::state::PlanState;
use leptos::prelude::*;

#[component]
pub(super) fn HvsForm(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let english = untranslated();
    let plan = state.plan;
    let hvs = Memo::new(move |_| read(plan, |a| a.hvs.clone()));
    let status = move |a: &Assessment| match a.hvs.at_risk() {
        Ok(risk) => hvs::result_label_in(risk, lang()).to_string(),
        Err(_) => started(i18n, a.hvs.is_started()),
    };
    let item = move |i: usize| {
        let q = hvs::QUESTIONS[i];
        view! {
            <ChoiceRadios
                name=format!("hvs-q{}", q.number)
                legend=legend(&q)
                label=|f: FoodAnswer| f.label().to_string()
                value=Signal::derive(move || hvs.with(|h| if i == 0 { h.worried } else { h.ran_out }))
                on_change=Callback::new(move |f| {
                    change(state, |a| if i == 0 { a.hvs.worried = Some(f) } else { a.hvs.ran_out = Some(f) })
                })
                inline=true
            />
        }
    };
    // The AHC food questions are the same two questions; offer their answers instead of
    // asking twice.
    let ahc_food = Memo::new(move |_| {
        read(plan, |a| match (a.ahc.food_worried, a.ahc.food_ran_out) {
            (Some(w), Some(r)) => Some((w, r)),
            _ => None,
        })
    });
    let copy_from_ahc = move |_| {
        if let Some((w, r)) = ahc_food.get_untracked() {
            change(state, |a| {
                a.hvs.worried = Some(w);
                a.hvs.ran_out = Some(r);
            })
        }
    };
    let result = move || {
        let lang = lang();
        hvs.with(|h| match h.at_risk() {
            Ok(true) => view! {
                <p><strong>{t!(i18n, assessment.hvs.at_risk)}</strong><ToNeeds state=state /></p>
            }
            .into_any(),
            Ok(false) => {
                view! { <p><strong>{t!(i18n, assessment.hvs.no_risk)}</strong></p> }.into_any()
            }
            Err(missing) => view! { <p>{missing.plain_in(lang)}</p> }.into_any(),
        })
    };
    view! {
        <InstrumentSection
            id="instrument-hvs"
            name=hvs::NAME
            english_name=true
            status=Signal::derive(move || read(plan, status))
            attribution=hvs::ATTRIBUTION
        >
            <p class="hint">{t!(i18n, assessment.hvs.same_questions)}</p>
            <Shown when=move || ahc_food.with(Option::is_some) && !hvs.with(hvs::Hvs::is_started)>
                <button id="hvs-copy-ahc" on:click=copy_from_ahc>{t!(i18n, assessment.hvs.copy)}</button>
            </Shown>
            <div class="questions" lang=english>
                {item(0)}
                {item(1)}
            </div>
            <div class="result" role="status">{result}</div>
        </InstrumentSection>
    }
}
