//! The banner when the browser's storage is full: the changes are safe on screen, one click
//! saves them as a file, and another tries saving again once space is freed.

use crate::components::language::lang_now;
use crate::components::shown::Shown;
use crate::components::{Outcome, OutcomeMessage};
use crate::files::save_plan_on_screen;
use crate::i18n::{t, use_i18n};
use crate::state::{PlanState, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn StorageFullBanner(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let message = RwSignal::new(OutcomeMessage::None);
    let save = move |_| {
        let lang = lang_now(i18n);
        message.set(Some(
            state.plan.with_untracked(|p| save_plan_on_screen(p, lang)),
        ))
    };
    let retry = move |_| state.retry();
    view! {
        <Shown when=move || state.status.with(|s| *s == SaveStatus::Full)>
            <section class="notice error storage-full" role="alert" aria-labelledby="storage-full-heading">
                <h2 id="storage-full-heading">{t!(i18n, notices.storage_full.title)}</h2>
                <p>{t!(i18n, notices.storage_full.text)}</p>
                <div class="actions">
                    <button class="primary" on:click=save>{t!(i18n, notices.storage_full.save)}</button>
                    <button on:click=retry>{t!(i18n, notices.storage_full.retry)}</button>
                </div>
                <Outcome message=message />
            </section>
        </Shown>
    }
}
