//! The message My plans shows after an action, and the words for what each action returned
//! (`AppState`'s outcomes), in the language chosen when it happened.

use crate::components::isolated;
use crate::components::language::lang_now;
use crate::files::{NotSaved, Saved};
use crate::i18n::{t, tu_string, use_i18n, Locale};
use crate::model::text::isolate;
use crate::model::PlanId;
use crate::state::{Imported, ListError, NotImported};
use crate::storage::backup::FileError;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// A message shown after an action, with an optional undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// In the language chosen when it was written.
    pub text: String,
    /// Sentences under it, as a list (what an import left out).
    pub details: Vec<String>,
    pub undo: Option<PlanId>,
    pub error: bool,
}

impl Notice {
    pub fn info(text: String) -> Self {
        Self {
            text,
            details: Vec::new(),
            undo: None,
            error: false,
        }
    }

    pub fn error(text: String) -> Self {
        Self {
            text,
            details: Vec::new(),
            undo: None,
            error: true,
        }
    }
}

/// Why an action on the list did not happen.
pub fn failed(i18n: I18nContext<Locale>, e: &ListError) -> Notice {
    let lang = lang_now(i18n);
    Notice::error(match e {
        ListError::Load(e) => e.plain_in(lang),
        ListError::Save(e) => e.plain_in(lang),
        ListError::NoCase => tu_string!(i18n, plans.practice.no_case).into(),
    })
}

/// What a file save did.
pub fn saved(i18n: I18nContext<Locale>, result: &Result<Saved, NotSaved>) -> Notice {
    let lang = lang_now(i18n);
    match result {
        Ok(saved) => Notice::info(saved.said_in(lang)),
        Err(why) => Notice::error(why.said_in(lang)),
    }
}

/// Plan names in quotes, in the chosen language's quotes: "“Maria: Housing”, “John: Work”".
pub fn quoted(i18n: I18nContext<Locale>, names: impl IntoIterator<Item = String>) -> String {
    names
        .into_iter()
        .map(|name| tu_string!(i18n, plans.quoted, name = name).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What an import wrote, or why it wrote nothing.
pub fn imported(i18n: I18nContext<Locale>, result: Result<Imported, NotImported>) -> Notice {
    let lang = lang_now(i18n);
    match result {
        Ok(Imported {
            file_name,
            plans,
            left_out,
        }) => {
            let names = quoted(i18n, plans.iter().map(|s| s.full_name_in(lang)));
            let file = isolate(&file_name);
            let mut notice = Notice::info(match plans.len() {
                1 => tu_string!(i18n, plans.files.imported_one, file = file, names = names)
                    .to_string(),
                count => tu_string!(
                    i18n,
                    plans.files.imported_many,
                    count = count,
                    file = file,
                    names = names
                )
                .to_string(),
            });
            // What a Bundle from another system held that the plan did not take.
            notice.details = left_out.iter().map(|l| l.plain_in(lang)).collect();
            notice
        }
        Err(NotImported { file_name, error }) => not_imported(
            tu_string!(i18n, plans.files.failed, file = isolate(&file_name)).to_string(),
            error.plain_in(lang),
            i18n,
        ),
    }
}

/// A chosen file that could not be read.
pub fn refused(i18n: I18nContext<Locale>, file_name: &str, e: &FileError) -> Notice {
    not_imported(
        tu_string!(i18n, plans.files.refused, file = isolate(file_name)).to_string(),
        e.plain_in(lang_now(i18n)),
        i18n,
    )
}

/// "“file” could not be imported. Why. Nothing was changed."
fn not_imported(what: String, why: String, i18n: I18nContext<Locale>) -> Notice {
    Notice::error(format!(
        "{what} {why} {}",
        tu_string!(i18n, plans.files.nothing_changed)
    ))
}

/// The latest notice, with its undo when it has one, and a way to dismiss it.
#[component]
pub fn NoticeLine(
    /// The notice, or none.
    notice: RwSignal<Option<Notice>>,
    /// Puts back a deleted plan.
    on_undo: Callback<PlanId>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        notice.get().map(|n| {
            let undo = n.undo;
            let text = n.text;
            let details = (!n.details.is_empty()).then(|| view! {
                <ul class="notice-details">
                    {n.details.into_iter().map(|d| view! { <li>{isolated(d)}</li> }).collect_view()}
                </ul>
            });
            view! {
                <div class="notice" class:error=n.error role=if n.error { "alert" } else { "status" }>
                    <span>{isolated(text)}</span>
                    {details}
                    {undo.map(|id| view! {
                        <button on:click=move |_| on_undo.run(id)>{t!(i18n, plans.undo)}</button>
                    })}
                    <button class="link" on:click=move |_| notice.set(None)>{t!(i18n, plans.dismiss)}</button>
                </div>
            }
        })
    }
}
