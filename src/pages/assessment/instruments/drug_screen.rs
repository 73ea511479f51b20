//! The single-question drug screen: a number of times in the past year, typed in digits, or
//! that the person did not want to answer. A number that cannot be read is refused with a
//! plain message, and nothing is kept until it is corrected.

use super::super::{change, read};
use super::{started, InstrumentSection, ToNeeds};
use crate::components::language::untranslated;
use crate::components::{Checkbox, Shown};
use crate::i18n::Locale;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::drug_screen::{self, parse_times, DrugScreen, TimesError};
use crate::model::assessment::Assessment;
use crate::state::PlanState;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

const INPUT: &str = "drug-screen-times";
const HINT: &str = "drug-screen-times-hint";
const ERROR: &str = "drug-screen-times-error";

/// "once" or "12 times".
fn how_often(i18n: I18nContext<Locale>, times: u32) -> String {
    if times == 1 {
        t_string!(i18n, drug_screen.once).to_string()
    } else {
        t_string!(i18n, drug_screen.times, times = times).to_string()
    }
}

fn status(i18n: I18nContext<Locale>, a: &Assessment) -> String {
    let d = &a.drug_screen;
    match (d.declined, d.times) {
        (true, _) => t_string!(i18n, drug_screen.status_declined).to_string(),
        (false, Some(0)) => t_string!(i18n, drug_screen.status_negative).to_string(),
        (false, Some(n)) => {
            let times = how_often(i18n, n);
            t_string!(i18n, drug_screen.status_positive, times = times).to_string()
        }
        (false, None) => started(i18n, d.is_started()),
    }
}

fn refused(i18n: I18nContext<Locale>, e: TimesError) -> String {
    let why = match e {
        TimesError::Negative => t_string!(i18n, drug_screen.negative_number).to_string(),
        TimesError::NotWhole => t_string!(i18n, drug_screen.not_whole).to_string(),
        TimesError::NotNumber => t_string!(i18n, drug_screen.not_number).to_string(),
        TimesError::TooLarge => t_string!(i18n, drug_screen.too_large).to_string(),
    };
    format!("{why} {}", t_string!(i18n, drug_screen.not_kept))
}

#[component]
pub(super) fn DrugScreenForm(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let english = untranslated();
    let plan = state.plan;
    let screen = Memo::new(move |_| read(plan, |a| a.drug_screen.clone()));
    // What is typed, kept as typed (a half-typed or wrong number is never rewritten).
    let typed = RwSignal::new(
        screen
            .with_untracked(|d| d.times)
            .map(|n| n.to_string())
            .unwrap_or_default(),
    );
    let problem = RwSignal::new(None::<TimesError>);
    let on_input = move |text: String| {
        let parsed = parse_times(&text);
        typed.set(text);
        match parsed {
            Ok(times) => {
                problem.set(None);
                change(state, |a| a.drug_screen.set_times(times));
            }
            Err(e) => {
                problem.set(Some(e));
                change(state, |a| a.drug_screen.set_times(None));
            }
        }
    };
    let on_declined = Callback::new(move |declined: bool| {
        if declined {
            typed.set(String::new());
            problem.set(None);
        }
        change(state, |a| a.drug_screen.set_declined(declined));
    });
    let described_by = move || {
        if problem.with(Option::is_some) {
            format!("{HINT} {ERROR}")
        } else {
            HINT.to_string()
        }
    };
    let result = move || {
        screen.with(|d: &DrugScreen| match (d.declined, d.times) {
            (true, _) => view! { <p>{t!(i18n, drug_screen.no_result)}</p> }.into_any(),
            (false, Some(0)) => {
                view! { <p><strong>{t!(i18n, drug_screen.negative)}</strong></p> }.into_any()
            }
            (false, Some(n)) => {
                let times = how_often(i18n, n);
                view! {
                    <p>
                        <strong>{t_string!(i18n, drug_screen.positive, times = times)}</strong>
                        <ToNeeds state=state />
                    </p>
                }
                .into_any()
            }
            (false, None) => view! { <p>{t!(i18n, drug_screen.not_answered)}</p> }.into_any(),
        })
    };
    view! {
        <InstrumentSection
            id="instrument-drug-screen"
            name=Signal::derive(move || t_string!(i18n, drug_screen.name).to_string())
            status=Signal::derive(move || read(plan, |a| status(i18n, a)))
            attribution=drug_screen::ATTRIBUTION
        >
            <div class="field questions">
                <label for=INPUT lang=english>{drug_screen::QUESTION}</label>
                <p class="hint" id=HINT>{t!(i18n, drug_screen.hint)}</p>
                <input
                    id=INPUT
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    aria-describedby=described_by
                    aria-invalid=move || problem.with(Option::is_some).then_some("true")
                    prop:value=move || typed.get()
                    on:input=move |ev| on_input(event_target_value(&ev))
                />
            </div>
            <div role="alert">
                <Shown when=move || problem.with(Option::is_some)>
                    <p class="notice error" id=ERROR>
                        {move || problem.get().map(|e| refused(i18n, e))}
                    </p>
                </Shown>
            </div>
            <Checkbox
                id="drug-screen-declined"
                label=Signal::derive(move || t_string!(i18n, drug_screen.declined).to_string())
                checked=Signal::derive(move || screen.with(|d| d.declined))
                on_change=on_declined
            />
            <div class="result" role="status">{result}</div>
        </InstrumentSection>
    }
}
