//! The app: routes and the page frame.

use crate::pages::not_found::NotFound;
use crate::pages::plan_shell::{PlanIndex, PlanRoute};
use crate::pages::plans::PlansPage;
use crate::pages::step::StepPage;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes, A};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    AppState::provide();
    view! {
        <Router>
            <a class="skip-link" href="#main">"Skip to main content"</a>
            <header class="site-header">
                <A href="/" attr:class="brand">"Care plan builder"</A>
                <span class="privacy">"Private: your plans stay on this device"</span>
            </header>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=PlansPage />
                <ParentRoute path=path!("/plans/:id") view=PlanRoute>
                    <Route path=path!("") view=PlanIndex />
                    <Route path=path!(":step") view=StepPage />
                </ParentRoute>
            </Routes>
        </Router>
    }
}
