//! Shown for an address that matches no page.

use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundMessage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Page not found"</h1>
        <p>"There is no page at this address. It may have been typed wrong, or the link is old."</p>
        <p><A href=crate::routes::home()>"Go to My plans"</A></p>
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
