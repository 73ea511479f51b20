//! The app: routes and the page frame.

use crate::components::language::{apply_start_language, LanguageControl};
use crate::components::{text_size, FoldButton, Shown, TextSizeControl, UpdateNotice};
use crate::i18n::{t, use_i18n, I18nContextProvider};
use crate::pages::case_handout::CaseHandout;
use crate::pages::glossary::{words_href, GlossaryPage};
use crate::pages::not_found::NotFound;
use crate::pages::plan_shell::{PlanIndex, PlanRoute};
use crate::pages::plans::PlansPage;
use crate::pages::safety_plan::SafetyPlanPage;
use crate::pages::step::StepPage;
use crate::pages::unlock::{LockedElsewhereBanner, UnlockPage};
use crate::routes;
use crate::state::offline::Offline;
use crate::state::{AgencyConfig, AppState, Protection, Vault};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes, A};
use leptos_router::path;

/// Takes away index.html's static shell (the header and "Loading your care plans…" shown while
/// the app's code arrives), just before the app draws itself in the same frame.
pub fn remove_loading_shell() {
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(shell) = document.and_then(|d| d.get_element_by_id("app-shell")) {
        shell.remove();
    }
}

#[component]
pub fn App() -> impl IntoView {
    // Before anything reads plans: protected plans stay closed until unlocked.
    let vault = Vault::provide();
    text_size::apply(text_size::remembered());
    AppState::provide();
    AgencyConfig::provide();
    let offline = Offline::start();
    view! {
        // No cookie: the language chosen is kept in local storage (components/language.rs).
        <I18nContextProvider enable_cookie=false>
            <Frame vault=vault offline=offline />
        </I18nContextProvider>
    }
}

/// The header, the pages and the footer, in the chosen language.
#[component]
fn Frame(
    /// Whether plans are protected and unlocked.
    vault: Vault,
    /// The offline copy and news of a newer version.
    offline: Offline,
) -> impl IntoView {
    apply_start_language();
    let i18n = use_i18n();
    let agency = AgencyConfig::get();
    let name = move || agency.with(|c| c.agency.name.clone());
    let logo = move || agency.with(|c| c.agency.logo.clone());
    let settings_open = RwSignal::new(false);
    view! {
        <Router base=routes::base()>
            <a class="skip-link" href="#main">{t!(i18n, app.skip_link)}</a>
            <header class="site-header">
                <A href=routes::home() attr:class="brand">
                    // The logo is a file beside index.html (config checks it), never another site.
                    {move || (!logo().is_empty()).then(|| view! { <img class="agency-logo" src=logo() alt="" /> })}
                    {t!(i18n, app.brand)}
                    {move || (!name().is_empty()).then(|| view! { <span class="agency-name">{name()}</span> })}
                </A>
                <span class="privacy">{t!(i18n, app.privacy)}</span>
                // Kept together at the right, so a header too wide for one line (Spanish,
                // large text) moves them down as one group. On a phone (CSS, below 40rem) the
                // language and text size fold behind one button, so the step starts on the
                // first screen.
                <div class="header-settings" class:open=move || settings_open.get()>
                    <FoldButton open=settings_open controls="header-choices" class="settings-toggle">
                        {t!(i18n, app.settings)}
                        <span class="visually-hidden">{t!(i18n, app.settings_what)}</span>
                    </FoldButton>
                    <div id="header-choices" class="header-choices">
                        <LanguageControl />
                        <TextSizeControl />
                    </div>
                    <Shown when=move || vault.protection.get() == Protection::Unlocked>
                        <button class="lock-button" on:click=move |_| vault.lock()>{t!(i18n, app.lock)}</button>
                    </Shown>
                </div>
            </header>
            <UpdateNotice offline=offline />
            <Shown when=move || vault.protection.get() == Protection::LockedElsewhere>
                <LockedElsewhereBanner vault=vault />
            </Shown>
            <Shown
                when=move || vault.protection.get() != Protection::Locked
                fallback=move || view! { <UnlockPage vault=vault /> }
            >
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=PlansPage />
                    <Route path=path!("/practice/:case") view=CaseHandout />
                    <Route path=path!("/words") view=GlossaryPage />
                    <ParentRoute path=path!("/plans/:id") view=PlanRoute>
                        <Route path=path!("") view=PlanIndex />
                        // Before the steps: a named page of the plan, not a step.
                        <Route path=path!("safety-plan") view=SafetyPlanPage />
                        <Route path=path!(":step") view=StepPage />
                    </ParentRoute>
                </Routes>
            </Shown>
            <footer class="site-footer">
                <A href=words_href(None)>{t!(i18n, app.words_explained)}</A>
            </footer>
        </Router>
    }
}
