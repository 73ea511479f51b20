//! A modal confirmation built on the native `<dialog>`, which gives focus trapping, Escape to
//! close and focus return for free.

use crate::components::isolated;
use crate::components::language::translated_unless_english;
use crate::i18n::{t, use_i18n};
use leptos::html;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Numbers each dialog, so two on one page (Intake asks about a team member and about a
/// consent) do not share the ids their title and message are named by.
static DIALOGS: AtomicUsize = AtomicUsize::new(0);

/// What a dialog asks: shown while `Some`.
#[derive(Clone, Debug, PartialEq)]
pub struct Confirmation {
    pub title: String,
    pub message: String,
    /// Text of the button that does the thing, e.g. "Delete plan".
    pub confirm_label: String,
}

/// Shows `request` as a modal while it is `Some`; calls `on_confirm` when the person agrees.
/// Either way the request is cleared. The page words the question; Cancel is in the language
/// chosen, on every page.
#[component]
pub fn ConfirmDialog(
    /// The open question, if any.
    request: RwSignal<Option<Confirmation>>,
    /// Runs when the person presses the confirm button.
    on_confirm: impl Fn() + 'static,
) -> impl IntoView {
    confirm_dialog(request, Box::new(on_confirm))
}

// Compiled once: a body generic over `on_confirm` was compiled again for each page's dialog.
fn confirm_dialog(request: RwSignal<Option<Confirmation>>, on_confirm: Box<dyn Fn()>) -> AnyView {
    let i18n = use_i18n();
    // Pages not translated yet say lang="en" around the dialog; Cancel says its own.
    let cancel_lang = translated_unless_english();
    let dialog = NodeRef::<html::Dialog>::new();
    let n = DIALOGS.fetch_add(1, Ordering::Relaxed);
    let (title_id, message_id) = (format!("confirm-title-{n}"), format!("confirm-message-{n}"));
    let (labelled_by, described_by) = (title_id.clone(), message_id.clone());
    Effect::new(move |_| {
        let open = request.with(Option::is_some);
        if let Some(el) = dialog.get() {
            if open && !el.open() {
                let _ = el.show_modal();
            } else if !open && el.open() {
                el.close();
            }
        }
    });
    let text = move |f: fn(&Confirmation) -> String| {
        move || request.with(|r| r.as_ref().map(f).unwrap_or_default())
    };
    view! {
        <dialog
            node_ref=dialog
            class="confirm"
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:close=move |_| request.set(None)
        >
            <h2 id=title_id>{text(|r| r.title.clone())}</h2>
            <p id=message_id class="confirm-message">{move || isolated(text(|r| r.message.clone())())}</p>
            <div class="actions">
                <button class="danger" on:click=move |_| {
                    on_confirm();
                    request.set(None);
                }>{text(|r| r.confirm_label.clone())}</button>
                <button autofocus lang=cancel_lang on:click=move |_| request.set(None)>
                    {t!(i18n, common.cancel)}
                </button>
            </div>
        </dialog>
    }
    .into_any()
}
