//! The banner when another tab or window changed or deleted the open plan while this tab had
//! changes not yet saved. Nothing is lost silently: the person takes the other version, or
//! keeps their own as a separate plan (or, after a deletion, keeps the plan).

use crate::components::language::lang_now;
use crate::components::{focus_page_heading, step_href};
use crate::i18n::{t, use_i18n};
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
    let i18n = use_i18n();
    let problem = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let keep_copy = move |_| match state.keep_as_copy(lang_now(i18n)) {
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
    let use_theirs = move |_| match state.use_stored(lang_now(i18n)) {
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
                    <h2 id="other-tab-heading">{t!(i18n, notices.other_tab.changed_title)}</h2>
                    <p>{t!(i18n, notices.other_tab.changed_text)}</p>
                    <div class="actions">
                        <button class="primary" on:click=keep_copy.clone()>{t!(i18n, notices.other_tab.keep_copy)}</button>
                        <button on:click=use_theirs>{t!(i18n, notices.other_tab.use_theirs)}</button>
                    </div>
                </section>
            }.into_any()),
            SaveStatus::DeletedElsewhere => Some(view! {
                <section class="notice error other-tab" role="alert" aria-labelledby="other-tab-heading">
                    <h2 id="other-tab-heading">{t!(i18n, notices.other_tab.deleted_title)}</h2>
                    <p>{t!(i18n, notices.other_tab.deleted_text)}</p>
                    <div class="actions">
                        <button class="primary" on:click=keep_deleted>{t!(i18n, notices.other_tab.keep)}</button>
                        <A href=crate::routes::home() attr:class="button">{t!(i18n, steps.back_to_plans)}</A>
                    </div>
                </section>
            }.into_any()),
            _ => None,
        }}
        {move || problem.get().map(|p| view! { <p class="notice error" role="alert">{p}</p> })}
    }
}
