//! Protecting plans with a passphrase, on My plans: turn it on (after a plain warning and the
//! offer of a backup file), lock, change the passphrase, turn it off.

use crate::components::{Checkbox, Outcome, OutcomeMessage, TextField};
use crate::files::save_plans;
use crate::model::PlanId;
use crate::state::{AppState, Protection, Vault};
use crate::storage::sealed::check_new_passphrase;
use leptos::prelude::*;

#[component]
pub fn PassphraseProtection(
    /// The plans a backup file would hold.
    #[prop(into)]
    plans: Signal<Vec<PlanId>>,
) -> impl IntoView {
    let Some(vault) = Vault::get() else {
        return ().into_any();
    };
    let protection = vault.protection;
    view! {
        <section class="protection" aria-labelledby="protection-title">
            <h2 id="protection-title">"Protect your plans with a passphrase"</h2>
            {move || match protection.get() {
                Protection::Unlocked => view! { <ProtectionOn vault=vault /> }.into_any(),
                _ => view! { <ProtectionOff vault=vault plans=plans /> }.into_any(),
            }}
        </section>
    }
    .into_any()
}

/// Runs an async vault action, showing "working" and then its outcome: `Ok` with a sentence to
/// show (or an empty one for none), or why not.
fn run<F>(busy: RwSignal<bool>, message: RwSignal<OutcomeMessage>, action: F)
where
    F: std::future::Future<Output = Result<String, String>> + 'static,
{
    // Taken now: inside the task there is no reactive owner to ask.
    let app = AppState::get();
    busy.set(true);
    message.set(None);
    leptos::task::spawn_local(async move {
        let result = action.await;
        busy.set(false);
        message.set(Some(result).filter(|r| r.as_ref().map_or(true, |t| !t.is_empty())));
        app.refresh();
    });
}

#[component]
fn ProtectionOff(vault: Vault, plans: Signal<Vec<PlanId>>) -> impl IntoView {
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let understood = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let message = RwSignal::new(OutcomeMessage::None);
    let backup = RwSignal::new(OutcomeMessage::None);
    let save_backup = move |_| backup.set(Some(save_plans(&plans.get_untracked())));
    let turn_on = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, r) = (new.get_untracked(), again.get_untracked());
        if let Err(why) = check_new_passphrase(&p, &r) {
            message.set(Some(Err(why)));
            return;
        }
        if !understood.get_untracked() {
            message.set(Some(Err("Tick the box to say you understand that a forgotten passphrase cannot be recovered.".into())));
            return;
        }
        run(busy, message, async move {
            match vault.turn_on(&p).await? {
                0 => Ok(String::new()),
                n => Ok(format!("{n} saved items could not be encrypted yet, because this browser\u{2019}s storage is full. They stay readable, and are encrypted the next time the plans are unlocked with more space free.")),
            }
        });
    };
    view! {
        <p>
            "Anyone who uses this browser can open the plans in it. With a passphrase, the plans are stored encrypted (scrambled so that they cannot be read) and open only after the passphrase is typed, each time the app is opened."
        </p>
        <p class="notice warning">
            <strong>"If the passphrase is forgotten, nobody can open the plans again"</strong>
            ": not you, not your agency, not the makers of this app. Save a backup file first and keep it somewhere safe. Backup files are not protected by the passphrase."
        </p>
        <p>
            <button disabled=move || plans.with(Vec::is_empty) on:click=save_backup>"Save a backup file now"</button>
        </p>
        <Outcome message=backup />
        <form class="protection-form" on:submit=turn_on>
            <TextField id="new-passphrase" label="New passphrase" kind="password"
                hint="At least 8 characters. A few words you will remember work well."
                autocomplete="new-password" value=new on_input=move |v| new.set(v) />
            <TextField id="new-passphrase-again" label="Type the passphrase again" kind="password"
                autocomplete="new-password" value=again on_input=move |v| again.set(v) />
            <Checkbox id="passphrase-understood"
                label="I understand that a forgotten passphrase cannot be recovered"
                checked=understood on_change=Callback::new(move |v| understood.set(v)) />
            <p>
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { "Turning on\u{2026}" } else { "Turn on protection" }}
                </button>
            </p>
            <Outcome message=message />
        </form>
    }
}

#[component]
fn ProtectionOn(vault: Vault) -> impl IntoView {
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let off_passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let changed = RwSignal::new(OutcomeMessage::None);
    let off = RwSignal::new(OutcomeMessage::None);
    let change = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (c, n, r) = (
            current.get_untracked(),
            new.get_untracked(),
            again.get_untracked(),
        );
        if let Err(why) = check_new_passphrase(&n, &r) {
            changed.set(Some(Err(why)));
            return;
        }
        run(busy, changed, async move {
            vault.change_passphrase(&c, &n).await?;
            current.set(String::new());
            new.set(String::new());
            again.set(String::new());
            Ok("The passphrase is changed. Use the new one from now on.".into())
        });
    };
    let turn_off = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = off_passphrase.get_untracked();
        run(busy, off, async move {
            vault.turn_off(&p).await.map(|()| String::new())
        });
    };
    view! {
        <p class="notice" role="status">
            "Your plans are protected with a passphrase and stored encrypted. They lock when this app is closed or reloaded, or when you press \u{201c}Lock\u{201d} at the top of the page."
        </p>
        <details>
            <summary>"Change the passphrase"</summary>
            <form class="protection-form" on:submit=change>
                <TextField id="current-passphrase" label="Current passphrase" kind="password"
                    autocomplete="current-password" value=current on_input=move |v| current.set(v) />
                <TextField id="changed-passphrase" label="New passphrase" kind="password"
                    hint="At least 8 characters." autocomplete="new-password"
                    value=new on_input=move |v| new.set(v) />
                <TextField id="changed-passphrase-again" label="Type the new passphrase again" kind="password"
                    autocomplete="new-password" value=again on_input=move |v| again.set(v) />
                <p><button type="submit" disabled=move || busy.get()>"Change the passphrase"</button></p>
                <Outcome message=changed />
            </form>
        </details>
        <details>
            <summary>"Turn off protection"</summary>
            <form class="protection-form" on:submit=turn_off>
                <p>"The plans will be stored without encryption again, readable by anyone who uses this browser."</p>
                <TextField id="off-passphrase" label="Passphrase" kind="password"
                    autocomplete="current-password" value=off_passphrase
                    on_input=move |v| off_passphrase.set(v) />
                <p><button type="submit" class="danger" disabled=move || busy.get()>"Turn off protection"</button></p>
                <Outcome message=off />
            </form>
        </details>
    }
}
