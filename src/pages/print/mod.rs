//! The Print step: two printouts of the same plan, each one click from here, and the plan as a
//! file. What is on screen below the buttons is exactly what goes on paper.

mod follow_up;
pub mod full_plan;
mod my_plan;
mod page_css;
mod parts;

use crate::components::{Outcome, OutcomeMessage, RadioGroup};
use crate::files::{save_calendar, save_fhir, save_plans};
use crate::state::{AgencyConfig, PlanState};
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
    let shown = RwSignal::new(Printout::Full);
    let message = RwSignal::new(OutcomeMessage::None);
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
        message.set(Some(save_plans(&[id])));
    };
    let save_for_systems = move |_| {
        state.flush();
        let id = state.plan.with_untracked(|p| p.id);
        message.set(Some(save_fhir(id)));
    };
    let save_reminders = move |_| {
        state.flush();
        let id = state.plan.with_untracked(|p| p.id);
        message.set(Some(save_calendar(id)));
    };
    let printed_on = Local::now().date_naive();
    let config = AgencyConfig::get();
    // The name and date in the page margins, kept up to date while this step is open.
    let page_rules = Memo::new(move |_| {
        state
            .plan
            .with(|p| page_css::margin_boxes(p.person_name(), printed_on))
    });
    Effect::new(move |_| adopt_page_rules(&page_rules.get()));
    on_cleanup(|| adopt_page_rules(""));
    view! {
        <div class="print-controls">
            <p>
                "The full plan is for the care team: every detail, with lines to sign. \u{201c}My plan\u{201d} is for you and your family: your goals and next steps in large print, on one or two pages."
            </p>
            <div class="actions">
                <button class="primary" on:click=move |_| print(Printout::Full)>"Print the full plan"</button>
                <button class="primary" on:click=move |_| print(Printout::Mine)>"Print my plan"</button>
                <button on:click=save>"Save as a file"</button>
                <button on:click=save_for_systems>"Save for another health system (FHIR)"</button>
                <button on:click=save_reminders>"Add reminders to your calendar (.ics)"</button>
            </div>
            <Outcome message=message />
            <RadioGroup
                name="printout"
                legend="Show on screen"
                options=vec![
                    (Printout::Full.code().to_string(), "The full plan".to_string()),
                    (Printout::Mine.code().to_string(), "My plan".to_string()),
                ]
                value=Signal::derive(move || Some(shown.get().code().to_string()))
                on_change=Callback::new(move |code: String| {
                    shown.set(if code == Printout::Mine.code() { Printout::Mine } else { Printout::Full });
                })
                inline=true
            />
        </div>
        {move || {
            let plan = state.plan.get();
            let (agency, crisis_line) = config.with(|c| (c.agency.clone(), c.crisis_line.clone()));
            match shown.get() {
                Printout::Full => view! { <FullPlan plan=plan printed_on=printed_on agency=agency crisis_line=crisis_line /> }.into_any(),
                Printout::Mine => view! { <MyPlan plan=plan printed_on=printed_on agency=agency crisis_line=crisis_line /> }.into_any(),
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
