//! "My safety plan": the person's own plan for the hardest moments, a page of the open plan
//! reached from the plan's header on every step, and offered beside the crisis notice when a
//! screen raises a safety flag. The crisis line is at the top of the page, before anything to
//! fill in.

use crate::components::language::{model_lang, translated};
use crate::components::safety_plan_text::{section_hint, section_label};
use crate::components::{
    focus_later, heading_focused_on_mount, step_href, CrisisLines, Shown, TextArea,
};
use crate::i18n::{t, use_i18n};
use crate::model::safety_plan::Section;
use crate::model::Step;
use crate::pages::not_found::NotFoundMessage;
use crate::state::{AgencyConfig, PlanState};
use leptos::prelude::*;
use leptos_router::components::A;

/// The id of a part's text box.
fn field_id(section: Section) -> String {
    format!("safety-plan-{}", section.code())
}

/// The route `/plans/:id/safety-plan`, inside the open plan.
#[component]
pub fn SafetyPlanPage() -> impl IntoView {
    match PlanState::get() {
        Some(state) => view! { <SafetyPlanContent state=state /> }.into_any(),
        None => view! { <NotFoundMessage /> }.into_any(),
    }
}

#[component]
fn SafetyPlanContent(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = translated();
    let model_lang = model_lang();
    let heading = heading_focused_on_mount();
    let plan = state.plan;
    let id = plan.with_untracked(|p| p.id);
    let agency = AgencyConfig::get();
    let started = Memo::new(move |_| plan.with(|p| p.safety_plan.is_started()));
    // Once the parts are on screen they stay, even if every line is cleared to start again.
    let opened = RwSignal::new(started.get_untracked());
    let shows_parts = move || opened.get() || started.get();
    // A closed plan, or one saved by a newer version, is read here but not changed.
    let read_only = state.read_only();
    let closed = Memo::new(move |_| plan.with(|p| p.is_closed()));
    let locked = move || read_only || closed.get();
    let start = move |_| {
        let crisis = agency.crisis_line();
        let lang = model_lang();
        state.edit(|p| {
            p.safety_plan.start(&crisis, lang);
        });
        opened.set(true);
        focus_later(field_id(Section::WarningSigns));
    };
    view! {
        <h1 node_ref=heading tabindex="-1" lang=lang>{t!(i18n, safety_plan.title)}</h1>
        <p class="lead" lang=lang>{t!(i18n, safety_plan.lead)}</p>
        <section class="crisis-notice" aria-labelledby="safety-plan-help-now">
            <h2 id="safety-plan-help-now">{t!(i18n, safety_plan.help_now)}</h2>
            <CrisisLines />
        </section>
        <Shown when=locked>
            <p class="closed-note" role="status">{t!(i18n, safety_plan.locked)}</p>
        </Shown>
        <Shown
            when=shows_parts
            fallback=move || view! {
                <section class="card" aria-labelledby="safety-plan-start">
                    <h2 id="safety-plan-start">{t!(i18n, safety_plan.start.heading)}</h2>
                    <p>{t!(i18n, safety_plan.start.text)}</p>
                    <button id="start-safety-plan" class="primary" on:click=start disabled=locked>
                        {t!(i18n, safety_plan.start.button)}
                    </button>
                </section>
            }
        >
            <fieldset class="plain" disabled=locked>
                <section class="card safety-plan" aria-labelledby="safety-plan-parts">
                    <h2 id="safety-plan-parts">{t!(i18n, safety_plan.parts_label)}</h2>
                    <p class="hint">{t!(i18n, safety_plan.how)}</p>
                    <Parts state=state />
                </section>
            </fieldset>
            <p class="safety-plan-print">
                {t!(i18n, safety_plan.to_print)}
                " "
                <A href=step_href(id, Step::Print)>{t!(i18n, safety_plan.to_print_link)}</A>
            </p>
        </Shown>
    }
}

/// A text box for each part, one line each, with what to write there.
#[component]
fn Parts(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    Section::ALL
        .into_iter()
        .map(|section| {
            view! {
                <TextArea
                    id=field_id(section)
                    label=move || section_label(i18n, section)
                    hint=move || section_hint(i18n, section)
                    value=Signal::derive(move || plan.with(|p| p.safety_plan.text(section)))
                    on_input=move |text: String| {
                        state.edit(|p| p.safety_plan.set_text(section, &text))
                    }
                />
            }
        })
        .collect_view()
}
