//! Importing plans from a file on the My plans page, with a review when the file holds plans
//! that are already here. What the import does is `AppState::import`'s.

use super::notices::{imported, quoted, refused, Notice};
use crate::components::language::lang_now;
use crate::components::{focus_later, isolated, Confirmation, RadioGroup};
use crate::files::read_text;
use crate::i18n::{t, t_string, tu_string, use_i18n, Locale};
use crate::model::text::isolate;
use crate::state::{AppState, ImportReview};
use crate::storage::backup::{self, Clash};
use crate::storage::envelope::StoredPlan;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_i18n::I18nContext;
use wasm_bindgen::JsCast;

/// The file chooser. A file without clashes is imported at once; otherwise `review` is set.
#[component]
pub fn ImportFromFile(
    /// Set when the chosen file needs the person's decision.
    review: RwSignal<Option<ImportReview>>,
    /// Where to report what happened.
    notice: RwSignal<Option<Notice>>,
) -> impl IntoView {
    let app = AppState::get();
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        // Cleared, so choosing the same file again is noticed.
        input.set_value("");
        review.set(None);
        notice.set(None);
        let file_name = file.name();
        spawn_local(async move {
            let read = read_text(&file).await;
            match read.and_then(|text| backup::read_file_reporting(&text)) {
                Ok(read) => {
                    let pending = app.review_import(file_name, read);
                    if !pending.needs_review() {
                        notice.set(Some(imported(i18n, app.import(pending, lang_now(i18n)))));
                    } else {
                        review.set(Some(pending));
                        focus_later("import-review-title".into());
                    }
                }
                Err(e) => notice.set(Some(refused(i18n, &file_name, &e))),
            }
        });
    };
    view! {
        <div class="file-field">
            <label for="import-file">{t!(i18n, plans.files.import_label)}</label>
            <p class="hint" id="import-file-hint">{t!(i18n, plans.files.import_hint)}</p>
            <input
                id="import-file"
                type="file"
                accept=".json,application/json,application/fhir+json"
                aria-describedby="import-file-hint"
                on:change=on_change
            />
        </div>
    }
}

/// Asks what to do with each plan in the file that is already here.
#[component]
pub fn ImportReviewPanel(
    /// The file under review.
    review: RwSignal<Option<ImportReview>>,
    /// Where to report what happened.
    notice: RwSignal<Option<Notice>>,
    /// Asks the person to confirm replacing plans (the page owns the dialog).
    ask_confirm: Callback<Confirmation>,
) -> impl IntoView {
    let app = AppState::get();
    let i18n = use_i18n();
    let start = move |_| {
        let Some(pending) = review.get_untracked() else {
            return;
        };
        let replacing = pending.replacing(lang_now(i18n));
        if replacing.is_empty() {
            review.set(None);
            notice.set(Some(imported(i18n, app.import(pending, lang_now(i18n)))));
        } else {
            let count = replacing.len();
            let names = quoted(i18n, replacing);
            let (title, message) = if count == 1 {
                (
                    tu_string!(i18n, plans.files.replace_title_one).to_string(),
                    tu_string!(i18n, plans.files.replace_message_one, names = names).to_string(),
                )
            } else {
                (
                    tu_string!(i18n, plans.files.replace_title_many, count = count).to_string(),
                    tu_string!(i18n, plans.files.replace_message_many, names = names).to_string(),
                )
            };
            ask_confirm.run(Confirmation {
                title,
                message,
                confirm_label: tu_string!(i18n, plans.files.replace_confirm).into(),
            });
        }
    };
    move || {
        review.get().map(|pending| {
            let count = pending.plans.len();
            let clashing = pending.clashing();
            // Read in the chosen language: the panel is drawn again when it changes, and the
            // choices made so far are kept in `review`.
            let file = isolate(&pending.file_name);
            let intro = match (count, clashing.len()) {
                (1, _) => t_string!(i18n, plans.files.intro_one, file = file).to_string(),
                (_, 1) => {
                    t_string!(i18n, plans.files.intro_many_one, file = file, count = count)
                        .to_string()
                }
                (_, clashing) => t_string!(
                    i18n,
                    plans.files.intro_many_some,
                    file = file,
                    count = count,
                    clashing = clashing
                )
                .to_string(),
            };
            view! {
                <section class="import-review" aria-labelledby="import-review-title">
                    <h2 id="import-review-title" tabindex="-1">{t!(i18n, plans.files.review_title)}</h2>
                    <p>{isolated(intro)}</p>
                    {clashing.into_iter().map(|p| clash_choice(i18n, p, review)).collect_view()}
                    <div class="actions">
                        <button class="primary" on:click=start>{t!(i18n, plans.files.import)}</button>
                        <button on:click=move |_| {
                            review.set(None);
                            notice.set(Some(Notice::info(tu_string!(i18n, plans.files.cancelled).into())));
                        }>{t!(i18n, plans.cancel)}</button>
                    </div>
                </section>
            }
        })
    }
}

fn clash_choice(
    i18n: I18nContext<Locale>,
    plan: StoredPlan,
    review: RwSignal<Option<ImportReview>>,
) -> impl IntoView {
    let id = plan.plan.id;
    let name = plan.plan.summary().full_name_in(lang_now(i18n));
    let value =
        Signal::derive(move || review.with(|r| r.as_ref().map(|r| code(r.choice(id)).to_string())));
    let on_change = Callback::new(move |c: String| {
        let choice = if c == "replace" {
            Clash::Replace
        } else {
            Clash::KeepBoth
        };
        review.update(|r| {
            if let Some(r) = r {
                r.choose(id, choice);
            }
        });
    });
    view! {
        <RadioGroup
            name=format!("clash-{id}")
            legend=t_string!(i18n, plans.files.clash_legend, name = name).to_string()
            options=vec![
                ("keep-both".to_string(), t_string!(i18n, plans.files.keep_both).to_string()),
                ("replace".to_string(), t_string!(i18n, plans.files.replace).to_string()),
            ]
            value=value
            on_change=on_change
        />
    }
}

fn code(choice: Clash) -> &'static str {
    match choice {
        Clash::KeepBoth => "keep-both",
        Clash::Replace => "replace",
    }
}

/// Imports the plans under review, as the person chose.
pub fn import_reviewed(
    i18n: I18nContext<Locale>,
    app: AppState,
    review: RwSignal<Option<ImportReview>>,
    notice: RwSignal<Option<Notice>>,
) {
    if let Some(pending) = review.get_untracked() {
        review.set(None);
        let result = app.import(pending, lang_now(i18n));
        notice.set(Some(imported(i18n, result)));
    }
}
