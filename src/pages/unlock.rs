//! The page shown while the plans are protected and locked: the passphrase, and what to do
//! when it is forgotten. And the banner when protection was turned on in another tab.

use crate::components::language::lang_now;
use crate::components::{
    heading_focused_on_mount, ConfirmDialog, Confirmation, Outcome, OutcomeMessage, TextField,
};
use crate::i18n::{t, t_string, tu_string, use_i18n};
use crate::state::{AppState, Vault};
use leptos::prelude::*;

/// The passphrase field and the Unlock button.
#[component]
fn UnlockForm(
    /// Protection, to unlock.
    vault: Vault,
    /// Id of the passphrase field, unique on the page.
    id: &'static str,
) -> impl IntoView {
    let app = AppState::get();
    let i18n = use_i18n();
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let message = RwSignal::new(OutcomeMessage::None);
    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        message.set(None);
        let typed = passphrase.get_untracked();
        leptos::task::spawn_local(async move {
            let result = vault.unlock(&typed).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    passphrase.set(String::new());
                    app.refresh();
                }
                Err(why) => message.set(Some(Err(why.plain_in(lang_now(i18n))))),
            }
        });
    };
    view! {
        <form class="unlock-form" on:submit=unlock>
            <TextField id=id label=move || t_string!(i18n, notices.unlock.passphrase) kind="password"
                autocomplete="current-password" value=passphrase
                on_input=move |v| passphrase.set(v) />
            <p>
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { t_string!(i18n, notices.unlock.unlocking) } else { t_string!(i18n, notices.unlock.unlock) }}
                </button>
            </p>
            <Outcome message=message />
        </form>
    }
}

#[component]
pub fn UnlockPage(
    /// Protection, to unlock.
    vault: Vault,
) -> impl IntoView {
    let i18n = use_i18n();
    let message = RwSignal::new(OutcomeMessage::None);
    let confirm = RwSignal::new(None::<Confirmation>);
    let heading = heading_focused_on_mount();
    let ask_forget = move |_| {
        confirm.set(Some(Confirmation {
            title: tu_string!(i18n, notices.unlock.confirm_title).into(),
            message: tu_string!(i18n, notices.unlock.confirm_message).into(),
            confirm_label: tu_string!(i18n, notices.unlock.confirm_label).into(),
        }))
    };
    let forget = move || {
        if let Err(why) = vault.forget_everything() {
            message.set(Some(Err(why.plain_in(lang_now(i18n)))));
        }
    };
    view! {
        <main id="main" class="page unlock-page">
            <h1 tabindex="-1" node_ref=heading>{t!(i18n, notices.unlock.title)}</h1>
            <p class="lead">{t!(i18n, notices.unlock.lead)}</p>
            <div class="card">
                <UnlockForm vault=vault id="unlock-passphrase" />
                <Outcome message=message />
            </div>
            <section class="card" aria-labelledby="forgot-title">
                <h2 id="forgot-title">{t!(i18n, notices.unlock.forgot_title)}</h2>
                <p>{t!(i18n, notices.unlock.forgot_text)}</p>
                <button class="danger" on:click=ask_forget>{t!(i18n, notices.unlock.forget)}</button>
            </section>
            <ConfirmDialog request=confirm on_confirm=forget />
        </main>
    }
}

/// Shown above the page when protection was turned on in another tab: what is on screen stays,
/// and saving resumes once the passphrase is typed here.
#[component]
pub fn LockedElsewhereBanner(
    /// Protection, to unlock.
    vault: Vault,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="notice error locked-elsewhere" role="alert" aria-labelledby="locked-elsewhere-title">
            <h2 id="locked-elsewhere-title">{t!(i18n, notices.unlock.elsewhere_title)}</h2>
            <p>{t!(i18n, notices.unlock.elsewhere_text)}</p>
            <UnlockForm vault=vault id="elsewhere-passphrase" />
        </section>
    }
}
