//! An opened plan: loads it once, provides it to the step pages, and saves it as it changes.

use crate::components::language::model_lang;
use crate::components::{
    isolated, step_href, OtherTabBanner, SaveStatusLine, Shown, StepBar, StorageFullBanner,
};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::text::isolate;
use crate::model::{PlanId, Step};
use crate::pages::not_found::NotFoundMessage;
use crate::pages::practice::{ModelPlanAside, PracticeBanner};
use crate::routes::safety_plan_href;
use crate::state::{repo, vault, AppState, PlanState};
use crate::storage::repo::plan_key;
use leptos::ev;
use leptos::prelude::*;
use leptos_router::components::{Outlet, Redirect, A};
use leptos_router::hooks::use_params_map;
use leptos_router::params::ParamsMap;

fn plan_id(params: &ParamsMap) -> Option<PlanId> {
    params.get("id").and_then(|s| PlanId::parse(&s))
}

/// The step named in the URL, if it names a real one.
pub fn use_step() -> Memo<Option<Step>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("step").and_then(|s| Step::from_slug(&s))))
}

/// The route `/plans/:id/*`: keyed on the id so another plan gets a fresh state.
#[component]
pub fn PlanRoute() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(plan_id));
    move || match id.get() {
        Some(id) => view! { <PlanWorkspace id=id /> }.into_any(),
        None => view! {
            <main id="main" class="page">
                <NotFoundMessage />
            </main>
        }
        .into_any(),
    }
}

#[component]
fn PlanWorkspace(
    /// The plan to open.
    id: PlanId,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    match repo().open(id) {
        Ok(opened) => {
            let state = PlanState::opened(opened);
            provide_context(state);
            // Another tab or window saved or deleted this plan (told once this tab can read
            // it, see state::vault).
            let key = plan_key(id);
            let other_tab = window_event_listener_untyped(vault::STORED_EVENT, move |e| {
                // No key means the other tab cleared all of storage.
                if vault::stored_event_key(&e).is_none_or(|k| k == key) {
                    state.stored_changed();
                }
            });
            // The plans are about to lock; and once unlocked, save what could not be saved.
            let locking = window_event_listener_untyped(vault::FLUSH_EVENT, move |_| state.flush());
            let unlocked =
                window_event_listener_untyped(vault::UNLOCKED_EVENT, move |_| state.retry());
            // Save right away when the tab is hidden or closed, and when leaving the plan.
            let hidden = window_event_listener(ev::visibilitychange, move |_| {
                if document().visibility_state() == web_sys::VisibilityState::Hidden {
                    state.flush();
                }
            });
            let leaving = window_event_listener(ev::pagehide, move |_| state.flush());
            let app = AppState::get();
            on_cleanup(move || {
                // Saves; a plan nobody put anything in goes, and My plans is told.
                if state.leave() {
                    app.refresh();
                }
                hidden.remove();
                leaving.remove();
                other_tab.remove();
                locking.remove();
                unlocked.remove();
            });
            view! { <PlanLayout state=state /> }.into_any()
        }
        Err(e) => view! {
            <main id="main" class="page">
                <h1 tabindex="-1">{t!(i18n, notices.cannot_open)}</h1>
                <p>{move || e.plain_in(lang())}</p>
                <p><A href=crate::routes::home()>{t!(i18n, steps.back_to_plans)}</A></p>
            </main>
        }
        .into_any(),
    }
}

#[component]
fn PlanLayout(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let current = use_step();
    let model_open = RwSignal::new(false);
    let lang = model_lang();
    let id = state.plan.with_untracked(|p| p.id);
    let name = move || {
        state.plan.with(|p| {
            let s = p.summary();
            let lang = lang();
            // Each isolated, so a name typed right to left keeps to itself.
            format!(
                "{} \u{2014} {}",
                isolate(&s.display_name_in(lang)),
                isolate(&s.display_title_in(lang))
            )
        })
    };
    view! {
        // A landmark of its own, so nothing on the page sits outside one.
        <section class="plan-header" aria-label=move || t_string!(i18n, app.open_plan)>
            <p class="plan-name">{move || isolated(name())}</p>
            <A href=safety_plan_href(id) attr:class="safety-plan-link">{t!(i18n, safety_plan.header_link)}</A>
            <SaveStatusLine state=state />
        </section>
        <StorageFullBanner state=state />
        <OtherTabBanner state=state current=current />
        <PracticeBanner state=state model_open=model_open />
        <StepBar plan=state.plan current=current />
        <div class="plan-body" class:with-model=move || model_open.get()>
            <main id="main" class="page step-page">
                <Outlet />
            </main>
            <Shown when=move || model_open.get()>
                <ModelPlanAside state=state />
            </Shown>
        </div>
    }
}

/// `/plans/:id` alone opens the first step.
#[component]
pub fn PlanIndex() -> impl IntoView {
    let params = use_params_map();
    let target = params.with_untracked(plan_id);
    match target {
        Some(id) => view! { <Redirect path=step_href(id, Step::Intake) /> }.into_any(),
        None => view! { <NotFoundMessage /> }.into_any(),
    }
}
