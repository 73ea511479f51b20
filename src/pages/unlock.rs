//! The page shown while the plans are protected and locked: the passphrase, and what to do
//! when it is forgotten. And the banner when protection was turned on in another tab.

use crate::components::language::untranslated;
use crate::components::{
    heading_focused_on_mount, ConfirmDialog, Confirmation, Outcome, OutcomeMessage, TextField,
};
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
                Err(why) => message.set(Some(Err(why))),
            }
        });
    };
    view! {
        <form class="unlock-form" on:submit=unlock>
            <TextField id=id label="Passphrase" kind="password"
                autocomplete="current-password" value=passphrase
                on_input=move |v| passphrase.set(v) />
            <p>
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { "Unlocking\u{2026}" } else { "Unlock" }}
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
    let message = RwSignal::new(OutcomeMessage::None);
    let confirm = RwSignal::new(None::<Confirmation>);
    let heading = heading_focused_on_mount();
    let ask_forget = move |_| {
        confirm.set(Some(Confirmation {
            title: "Delete the locked plans?".into(),
            message: "Every plan in this browser will be deleted for good, because without the passphrase nobody can open them. Plans you saved as files are not affected: you can import them again.".into(),
            confirm_label: "Delete the locked plans".into(),
        }))
    };
    let forget = move || {
        if let Err(why) = vault.forget_everything() {
            message.set(Some(Err(why)));
        }
    };
    view! {
        <main id="main" class="page unlock-page" lang=untranslated()>
            <h1 tabindex="-1" node_ref=heading>"Your plans are locked"</h1>
            <p class="lead">
                "The plans in this browser are protected with a passphrase. Type it to open them."
            </p>
            <div class="card">
                <UnlockForm vault=vault id="unlock-passphrase" />
                <Outcome message=message />
            </div>
            <section class="card" aria-labelledby="forgot-title">
                <h2 id="forgot-title">"Forgot the passphrase?"</h2>
                <p>
                    "Nobody can open the plans without it: not you, not your agency, not the makers of this app. If you saved your plans as files, you can delete the locked plans here and import the files again."
                </p>
                <button class="danger" on:click=ask_forget>"Delete the locked plans\u{2026}"</button>
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
    view! {
        <section class="notice error locked-elsewhere" role="alert" aria-labelledby="locked-elsewhere-title" lang=untranslated()>
            <h2 id="locked-elsewhere-title">"Your plans were protected with a passphrase in another tab"</h2>
            <p>
                "Type the passphrase here to keep working. Until then nothing more can be saved; what is on screen stays here."
            </p>
            <UnlockForm vault=vault id="elsewhere-passphrase" />
        </section>
    }
}
