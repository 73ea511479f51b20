//! The offer of a safety plan, shown where a screen raises a safety flag: a kind line and the
//! way to the plan's safety plan ("Make my safety plan", or "Open my safety plan" once there
//! is one). Nothing outside an open plan.

use crate::i18n::{t, t_string, use_i18n};
use crate::routes::safety_plan_href;
use crate::state::PlanState;
use leptos::prelude::*;
use leptos_router::components::A;

/// The line and the link, as one paragraph.
#[component]
pub fn SafetyPlanOffer() -> impl IntoView {
    let i18n = use_i18n();
    PlanState::get().map(|state| {
        let plan = state.plan;
        let id = plan.with_untracked(|p| p.id);
        let started = Memo::new(move |_| plan.with(|p| p.safety_plan.is_started()));
        view! {
            <p class="safety-plan-offer">
                {t!(i18n, safety_plan.offer.text)}
                " "
                <A href=safety_plan_href(id) attr:class="button">
                    {move || if started.get() {
                        t_string!(i18n, safety_plan.offer.open)
                    } else {
                        t_string!(i18n, safety_plan.offer.make)
                    }}
                </A>
            </p>
        }
    })
}

/// The offer as a notice of its own, for a safety flag that does not show the crisis notice
/// (a positive AHC safety screen).
#[component]
pub fn SafetyPlanOfferNotice(
    /// Id of the notice's heading (unique on the page).
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let labelled_by = id.clone();
    view! {
        <section class="crisis-notice" aria-labelledby=labelled_by>
            <h3 id=id>{t!(i18n, safety_plan.offer.heading)}</h3>
            <SafetyPlanOffer />
        </section>
    }
}
