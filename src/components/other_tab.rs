//! The banner when another tab or window changed or deleted the open plan while this tab had
//! changes not yet saved. Nothing is lost silently: the person takes the other version, or
//! keeps their own as a separate plan (or, after a deletion, keeps the plan).

use crate::components::{focus_page_heading, step_href};
use crate::model::Step;
use crate::state::{PlanState, SaveStatus};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

#[component]
pub fn OtherTabBanner(
    /// The open plan.
    state: PlanState,
    /// The step on screen, so a kept copy opens at the same place.
    current: Memo<Option<Step>>,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let keep_copy = move |_| match state.keep_as_copy() {
        Ok(id) => navigate(
            &step_href(id, current.get_untracked().unwrap_or(Step::Intake)),
            // The address already holds the site's sub-path.
            NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        ),
        Err(why) => problem.set(Some(why)),
    };
    let use_theirs = move |_| match state.use_stored() {
        Ok(()) => focus_page_heading(),
        Err(why) => problem.set(Some(why)),
    };
    let keep_deleted = move |_| {
        state.keep_deleted();
        focus_page_heading();
    };
    let status = move || state.status.get();
    view! {
        {move || match status() {
            SaveStatus::Conflict => Some(view! {
                <section class="notice error other-tab" role="alert" aria-labelledby="other-tab-heading">
                    <h2 id="other-tab-heading">"This plan was changed in another tab"</h2>
                    <p>
                        "While you were working here, this plan was saved in another tab or window. Your changes here have not been saved over it, and they are still on screen. Choose which version to keep."
                    </p>
                    <div class="actions">
                        <button class="primary" on:click=keep_copy.clone()>"Keep my version as a separate plan"</button>
                        <button on:click=use_theirs>"Show the other version (my changes here are dropped)"</button>
                    </div>
                </section>
            }.into_any()),
            SaveStatus::DeletedElsewhere => Some(view! {
                <section class="notice error other-tab" role="alert" aria-labelledby="other-tab-heading">
                    <h2 id="other-tab-heading">"This plan was deleted in another tab"</h2>
                    <p>
                        "This plan was deleted in another tab or window. It is still here on screen. Keep it if you still need it; otherwise go back to My plans."
                    </p>
                    <div class="actions">
                        <button class="primary" on:click=keep_deleted>"Keep this plan"</button>
                        <A href=crate::routes::home() attr:class="button">"Back to My plans"</A>
                    </div>
                </section>
            }.into_any()),
            _ => None,
        }}
        {move || problem.get().map(|p| view! { <p class="notice error" role="alert">{p}</p> })}
    }
}
