//! The screening questionnaires, with exact published wording, scored as they are answered.
//! Each shows its attribution, says which questions are still unanswered, and points positive
//! screens to the Needs step. In another language the questions and their answers keep their
//! validated English wording (marked lang="en"); everything around them is translated.

use crate::components::language::untranslated;
use crate::components::{step_href, Shown};
use crate::config::Instrument;
use crate::i18n::Locale;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::instrument::{Answer, Question};
use crate::model::Step;
use crate::state::{AgencyConfig, PlanState};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::components::A;

mod ahc;
mod audit_c;
mod drug_screen;
mod gad7;
mod hvs;
mod katz;
mod phq9;

use ahc::AhcForm;
use audit_c::AuditCForm;
use drug_screen::DrugScreenForm;
use gad7::Gad7Form;
use hvs::HvsForm;
use katz::KatzForm;
use phq9::Phq9Form;

#[component]
pub fn Instruments(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let agency = AgencyConfig::get();
    let shows = move |i: Instrument| agency.with(|c| c.shows_instrument(i));
    view! {
        <section class="card" aria-labelledby="instruments-heading">
            <h2 id="instruments-heading">{t!(i18n, assessment.instruments.heading)}</h2>
            <p class="hint">{t!(i18n, assessment.instruments.hint)}</p>
            // Only the questionnaires the agency uses (all of them unless config.json says otherwise).
            <Shown when=move || shows(Instrument::Phq9)><Phq9Form state=state /></Shown>
            <Shown when=move || shows(Instrument::Gad7)><Gad7Form state=state /></Shown>
            <Shown when=move || shows(Instrument::Ahc)><AhcForm state=state /></Shown>
            <Shown when=move || shows(Instrument::Hvs)><HvsForm state=state /></Shown>
            <Shown when=move || shows(Instrument::Katz)><KatzForm state=state /></Shown>
            <Shown when=move || shows(Instrument::AuditC)><AuditCForm state=state /></Shown>
            <Shown when=move || shows(Instrument::DrugScreen)><DrugScreenForm state=state /></Shown>
        </section>
    }
}

/// An expandable questionnaire with its status in the summary line.
#[component]
pub(super) fn InstrumentSection(
    /// Element id of the `<details>`.
    id: &'static str,
    /// The instrument's name, in the chosen language.
    #[prop(into)]
    name: Signal<String>,
    /// The name is a proper name in English (the Hunger Vital Sign).
    #[prop(optional)]
    english_name: bool,
    /// The questions are the app's own plain words about the index's activities (the Katz
    /// index), not a validated wording: said so instead.
    #[prop(optional)]
    own_words: bool,
    /// One line on where things stand, e.g. "Score 9 of 27: mild".
    status: Signal<String>,
    /// Who made the instrument and on what terms it is used (in English).
    attribution: &'static str,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let english = untranslated();
    let name_lang = move || english().filter(|_| english_name);
    view! {
        <details class="instrument" id=id>
            <summary>
                <span class="instrument-name" lang=name_lang>{move || name.get()}</span>
                <span class="instrument-status">{move || status.get()}</span>
            </summary>
            <div class="instrument-body">
                <Shown when=move || english().is_some()>
                    <p class="hint in-english">
                        {move || if own_words {
                            t_string!(i18n, assessment.katz.in_english)
                        } else {
                            t_string!(i18n, assessment.instruments.in_english)
                        }}
                    </p>
                </Shown>
                {children()}
                <p class="attribution" lang=english>{attribution}</p>
            </div>
        </details>
    }
}

pub(super) fn options(choices: &[Answer]) -> Vec<(String, String)> {
    choices
        .iter()
        .map(|c| (c.value.to_string(), c.label.to_string()))
        .collect()
}

pub(super) fn legend(q: &Question) -> String {
    format!("{}. {}", q.number, q.text)
}

/// A sentence for a positive screen, linking to where the proposed need waits.
#[component]
pub(super) fn ToNeeds(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = state.plan.with_untracked(|p| p.id);
    view! {
        " " {t!(i18n, assessment.instruments.to_needs_before)} " "
        <A href=step_href(id, Step::Needs)>{t!(i18n, assessment.instruments.to_needs_link)}</A>
        {t!(i18n, assessment.instruments.to_needs_after)}
    }
}

/// "Started" or "Not started".
pub(super) fn started(i18n: I18nContext<Locale>, started: bool) -> String {
    if started {
        t_string!(i18n, assessment.instruments.started).to_string()
    } else {
        t_string!(i18n, assessment.instruments.not_started).to_string()
    }
}
