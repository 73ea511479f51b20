//! The Print step: two printouts of the same plan, each one click from here, and the plan as a
//! file. What is on screen below the buttons is exactly what goes on paper.

mod consent;
mod contact_notes;
mod follow_up;
pub mod full_plan;
mod my_plan;
mod page_css;
mod parts;
mod safety_plan;

use crate::components::language::{lang_now, model_lang};
use crate::components::{Outcome, OutcomeMessage, RadioGroup};
use crate::files::{said, save_calendar, save_fhir};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::text::without_direction_controls;
use crate::state::{AgencyConfig, AppState, PlanState};
use chrono::Local;
use full_plan::FullPlan;
use leptos::prelude::*;
use my_plan::MyPlan;

/// Which printout is shown and printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Printout {
    /// Everything, for the care team.
    Full,
    /// One or two pages in plain words and large type, for the person and family.
    Mine,
}

impl Printout {
    fn code(self) -> &'static str {
        match self {
            Printout::Full => "full",
            Printout::Mine => "mine",
        }
    }
}

#[component]
pub fn PrintStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let shown = RwSignal::new(Printout::Full);
    let message = RwSignal::new(OutcomeMessage::None);
    let app = AppState::get();
    // The view updates after the click handler returns; print once it has.
    let print = move |which: Printout| {
        shown.set(which);
        request_animation_frame(|| {
            let _ = window().print();
        });
    };
    let save = move |_| {
        state.flush();
        let id = state.plan.with_untracked(|p| p.id);
        message.set(Some(said(&app.save_as_file(&[id]), lang_now(i18n))));
    };
    let save_for_systems = move |_| {
        state.flush();
        let lang = lang_now(i18n);
        message.set(Some(state.plan.with_untracked(|p| save_fhir(p, lang))));
    };
    let save_reminders = move |_| {
        state.flush();
        let lang = lang_now(i18n);
        message.set(Some(state.plan.with_untracked(|p| save_calendar(p, lang))));
    };
    let printed_on = Local::now().date_naive();
    let config = AgencyConfig::get();
    // The name and date in the page margins, kept up to date while this step is open; the
    // narrower margins while "My plan" is shown.
    let page_rules = Memo::new(move |_| {
        let compact = shown.get() == Printout::Mine;
        let lang = lang();
        let title = state.plan.with(|p| match p.person_name().trim() {
            "" => t_string!(i18n, print.margin.title).to_string(),
            // CSS draws the margins from a string: no <bdi> there, and isolate marks would
            // be printed; the name's direction controls are taken out instead.
            name => {
                let name = without_direction_controls(name);
                t_string!(i18n, print.margin.title_for, name = name).to_string()
            }
        });
        let date = crate::model::dates::long_in(printed_on, lang);
        let printed = t_string!(i18n, print.printed, date = date).to_string();
        page_css::margin_boxes(
            &title,
            &printed,
            t_string!(i18n, print.margin.page),
            t_string!(i18n, print.margin.of),
            compact,
        )
    });
    Effect::new(move |_| adopt_page_rules(&page_rules.get()));
    on_cleanup(|| adopt_page_rules(""));
    view! {
        <div class="print-controls">
            <p>{t!(i18n, print.step.intro)}</p>
            <div class="actions">
                <button class="primary" on:click=move |_| print(Printout::Full)>{t!(i18n, print.step.print_full)}</button>
                <button class="primary" on:click=move |_| print(Printout::Mine)>{t!(i18n, print.step.print_mine)}</button>
                <button on:click=save>{t!(i18n, print.step.save_file)}</button>
                <button on:click=save_for_systems>{t!(i18n, print.step.save_fhir)}</button>
                <button on:click=save_reminders>{t!(i18n, print.step.save_ics)}</button>
            </div>
            <Outcome message=message />
            <RadioGroup
                name="printout"
                legend=Signal::derive(move || t_string!(i18n, print.step.show_legend).to_string())
                options=vec![
                    (Printout::Full.code().to_string(), Signal::derive(move || t_string!(i18n, print.step.show_full).to_string())),
                    (Printout::Mine.code().to_string(), Signal::derive(move || t_string!(i18n, print.step.show_mine).to_string())),
                ]
                value=Signal::derive(move || Some(shown.get().code().to_string()))
                on_change=Callback::new(move |code: String| {
                    shown.set(if code == Printout::Mine.code() { Printout::Mine } else { Printout::Full });
                })
                inline=true
            />
        </div>
        {move || {
            let lang = lang();
            let plan = state.plan.get();
            let (agency, crisis_line) = config.with(|c| (c.agency.clone(), c.crisis_line.clone()));
            match shown.get() {
                Printout::Full => view! { <FullPlan plan=plan printed_on=printed_on agency=agency crisis_line=crisis_line lang=lang /> }.into_any(),
                Printout::Mine => view! { <MyPlan plan=plan printed_on=printed_on agency=agency crisis_line=crisis_line lang=lang /> }.into_any(),
            }
        }}
    }
}

/// Puts the printout's `@page` rules in force through the CSSOM (a constructed stylesheet): the
/// Content-Security-Policy refuses `<style>` elements, and the name must not be able to break
/// out of them anyway. An empty text takes the rules away again.
fn adopt_page_rules(css: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let sheets = js_sys::Array::new();
    if !css.is_empty() {
        if let Ok(sheet) = web_sys::CssStyleSheet::new() {
            if sheet.replace_sync(css).is_ok() {
                sheets.push(&sheet);
            }
        }
    }
    document.set_adopted_style_sheets(&sheets);
}
