//! Protecting plans with a passphrase, on My plans: turn it on (after a plain warning and the
//! offer of a backup file), lock, change the passphrase, turn it off.

use crate::components::language::lang_now;
use crate::components::{Checkbox, Outcome, OutcomeMessage, TextField};
use crate::files::said;
use crate::i18n::{t, t_string, tu_string, use_i18n, Locale};
use crate::model::PlanId;
use crate::state::{AppState, Protection, Vault};
use crate::storage::sealed::{check_new_passphrase, ProtectionError};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

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
    let i18n = use_i18n();
    view! {
        <section class="protection" aria-labelledby="protection-title">
            <h2 id="protection-title">{t!(i18n, plans.protection.title)}</h2>
            {move || match protection.get() {
                Protection::Unlocked => view! { <ProtectionOn vault=vault /> }.into_any(),
                _ => view! { <ProtectionOff vault=vault plans=plans /> }.into_any(),
            }}
        </section>
    }
    .into_any()
}

/// Runs an async vault action, showing "working" and then its outcome: `Ok` with a sentence to
/// show (or an empty one for none), or why not, in the language chosen when it ended.
fn run<F>(
    busy: RwSignal<bool>,
    line: RwSignal<OutcomeMessage>,
    i18n: I18nContext<Locale>,
    action: F,
) where
    F: std::future::Future<Output = Result<String, ProtectionError>> + 'static,
{
    // Taken now: inside the task there is no reactive owner to ask.
    let app = AppState::get();
    busy.set(true);
    line.set(None);
    leptos::task::spawn_local(async move {
        let result = action.await.map_err(|e| e.plain_in(lang_now(i18n)));
        busy.set(false);
        line.set(Some(result).filter(|r| r.as_ref().map_or(true, |t| !t.is_empty())));
        app.refresh();
    });
}

#[component]
fn ProtectionOff(vault: Vault, plans: Signal<Vec<PlanId>>) -> impl IntoView {
    let i18n = use_i18n();
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let understood = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let message = RwSignal::new(OutcomeMessage::None);
    let backup = RwSignal::new(OutcomeMessage::None);
    let app = AppState::get();
    let save_backup = move |_| {
        let saved = plans.with_untracked(|ids| app.save_as_file(ids));
        backup.set(Some(said(&saved, lang_now(i18n))));
    };
    let turn_on = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, r) = (new.get_untracked(), again.get_untracked());
        if let Err(why) = check_new_passphrase(&p, &r) {
            message.set(Some(Err(why.plain_in(lang_now(i18n)))));
            return;
        }
        if !understood.get_untracked() {
            message.set(Some(Err(tu_string!(i18n, plans.protection.tick).into())));
            return;
        }
        run(busy, message, i18n, async move {
            match vault.turn_on(&p).await? {
                0 => Ok(String::new()),
                n => Ok(tu_string!(i18n, plans.protection.not_encrypted, n = n).to_string()),
            }
        });
    };
    view! {
        <p>{t!(i18n, plans.protection.off_text)}</p>
        <p class="notice warning">
            <strong>{t!(i18n, plans.protection.warning)}</strong>
            {t!(i18n, plans.protection.warning_rest)}
        </p>
        <p>
            <button disabled=move || plans.with(Vec::is_empty) on:click=save_backup>
                {t!(i18n, plans.protection.save_backup)}
            </button>
        </p>
        <Outcome message=backup />
        <form class="protection-form" on:submit=turn_on>
            <TextField id="new-passphrase" label=move || t_string!(i18n, plans.protection.new_passphrase) kind="password"
                hint=move || t_string!(i18n, plans.protection.new_hint)
                autocomplete="new-password" value=new on_input=move |v| new.set(v) />
            <TextField id="new-passphrase-again" label=move || t_string!(i18n, plans.protection.again) kind="password"
                autocomplete="new-password" value=again on_input=move |v| again.set(v) />
            <Checkbox id="passphrase-understood"
                label=move || t_string!(i18n, plans.protection.understood)
                checked=understood on_change=Callback::new(move |v| understood.set(v)) />
            <p>
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() {
                        t_string!(i18n, plans.protection.turning_on)
                    } else {
                        t_string!(i18n, plans.protection.turn_on)
                    }}
                </button>
            </p>
            <Outcome message=message />
        </form>
    }
}

#[component]
fn ProtectionOn(vault: Vault) -> impl IntoView {
    let i18n = use_i18n();
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
            changed.set(Some(Err(why.plain_in(lang_now(i18n)))));
            return;
        }
        run(busy, changed, i18n, async move {
            vault.change_passphrase(&c, &n).await?;
            current.set(String::new());
            new.set(String::new());
            again.set(String::new());
            Ok(tu_string!(i18n, plans.protection.changed).into())
        });
    };
    let turn_off = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = off_passphrase.get_untracked();
        run(busy, off, i18n, async move {
            vault.turn_off(&p).await.map(|()| String::new())
        });
    };
    view! {
        <p class="notice" role="status">{t!(i18n, plans.protection.on_text)}</p>
        <details>
            <summary>{t!(i18n, plans.protection.change)}</summary>
            <form class="protection-form" on:submit=change>
                <TextField id="current-passphrase" label=move || t_string!(i18n, plans.protection.current) kind="password"
                    autocomplete="current-password" value=current on_input=move |v| current.set(v) />
                <TextField id="changed-passphrase" label=move || t_string!(i18n, plans.protection.new_passphrase) kind="password"
                    hint=move || t_string!(i18n, plans.protection.changed_hint) autocomplete="new-password"
                    value=new on_input=move |v| new.set(v) />
                <TextField id="changed-passphrase-again" label=move || t_string!(i18n, plans.protection.new_again) kind="password"
                    autocomplete="new-password" value=again on_input=move |v| again.set(v) />
                <p><button type="submit" disabled=move || busy.get()>{t!(i18n, plans.protection.change)}</button></p>
                <Outcome message=changed />
            </form>
        </details>
        <details>
            <summary>{t!(i18n, plans.protection.turn_off)}</summary>
            <form class="protection-form" on:submit=turn_off>
                <p>{t!(i18n, plans.protection.turn_off_text)}</p>
                <TextField id="off-passphrase" label=move || t_string!(i18n, plans.protection.passphrase) kind="password"
                    autocomplete="current-password" value=off_passphrase
                    on_input=move |v| off_passphrase.set(v) />
                <p><button type="submit" class="danger" disabled=move || busy.get()>{t!(i18n, plans.protection.turn_off)}</button></p>
                <Outcome message=off />
            </form>
        </details>
    }
}
