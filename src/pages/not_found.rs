//! Shown for an address that matches no page.

use crate::i18n::{t, use_i18n};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundMessage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1 tabindex="-1">{t!(i18n, not_found.title)}</h1>
        <p>{t!(i18n, not_found.text)}</p>
        <p><A href=crate::routes::home()>{t!(i18n, not_found.home)}</A></p>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <main id="main" class="page">
            <NotFoundMessage />
        </main>
    }
}
