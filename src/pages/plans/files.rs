//! Plans as files on the My plans page: saving plans as a backup file, and importing one with
//! a review when the file holds plans that are already here.

use super::Notice;
use crate::components::language::lang_now;
use crate::components::{focus_later, isolated, Confirmation, RadioGroup};
use crate::fhir::LeftOut;
use crate::files::{read_text, save_plans, save_plans_noting};
use crate::i18n::{t, t_string, tu_string, use_i18n, Locale};
use crate::model::lang::Lang;
use crate::model::text::isolate;
use crate::model::PlanId;
use crate::state::{repo, AppState};
use crate::storage::backup::{self, Clash, FileError, FileRead};
use crate::storage::envelope::{ReadError, StoredPlan};
use crate::storage::repo::plan_key;
use crate::storage::UnreadablePlan;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_i18n::I18nContext;
use std::collections::{BTreeMap, BTreeSet};
use wasm_bindgen::JsCast;

/// Saves the plans with these ids as one backup file, and says what happened.
pub fn save_as_file(ids: &[PlanId], lang: Lang) -> Notice {
    match save_plans(ids, lang) {
        Ok(text) => Notice::info(text),
        Err(text) => Notice::error(text),
    }
}

/// Saves every plan listed as one backup file. Damaged plans already set aside (`unreadable`)
/// cannot be in it: the message names them, as it names any found damaged while saving.
pub fn save_all_as_file(
    i18n: I18nContext<Locale>,
    ids: &[PlanId],
    unreadable: &[UnreadablePlan],
) -> Notice {
    let lang = lang_now(i18n);
    let left_out = unreadable
        .iter()
        .filter(|u| matches!(u.error, ReadError::Unreadable(_)))
        .map(|u| match &u.last_known {
            Some(s) => tu_string!(i18n, plans.quoted, name = s.full_name_in(lang)).to_string(),
            None => tu_string!(i18n, plans.card.unknown).to_string(),
        })
        .collect();
    match save_plans_noting(ids, left_out, lang) {
        Ok(text) => Notice::info(text),
        Err(text) => Notice::error(text),
    }
}

/// Plan names in quotes, in the chosen language's quotes: "“Maria: Housing”, “John: Work”".
fn quoted(i18n: I18nContext<Locale>, names: impl IntoIterator<Item = String>) -> String {
    names
        .into_iter()
        .map(|name| tu_string!(i18n, plans.quoted, name = name).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A file that holds plans already in this browser, waiting for the person to say what to do.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReview {
    file_name: String,
    plans: Vec<StoredPlan>,
    /// Ids in the file that are already stored here.
    existing: BTreeSet<PlanId>,
    choices: BTreeMap<PlanId, Clash>,
    /// What a FHIR Bundle from another system held that the plan did not take.
    left_out: Vec<LeftOut>,
}

impl ImportReview {
    fn choice(&self, id: PlanId) -> Clash {
        self.choices.get(&id).copied().unwrap_or_default()
    }

    fn replacing(&self, lang: Lang) -> Vec<String> {
        self.plans
            .iter()
            .filter(|p| {
                self.existing.contains(&p.plan.id) && self.choice(p.plan.id) == Clash::Replace
            })
            .map(|p| p.plan.summary().full_name_in(lang))
            .collect()
    }
}

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
                Ok(FileRead { plans, left_out }) => {
                    let existing: BTreeSet<PlanId> = plans
                        .iter()
                        .map(|p| p.plan.id)
                        .filter(|id| matches!(repo().raw(&plan_key(*id)), Ok(Some(_))))
                        .collect();
                    let pending = ImportReview {
                        file_name,
                        plans,
                        existing,
                        choices: BTreeMap::new(),
                        left_out,
                    };
                    if pending.existing.is_empty() {
                        notice.set(Some(import(i18n, pending, app)));
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
            notice.set(Some(import(i18n, pending, app)));
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
            let clashing: Vec<StoredPlan> = pending
                .plans
                .iter()
                .filter(|p| pending.existing.contains(&p.plan.id))
                .cloned()
                .collect();
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
                r.choices.insert(id, choice);
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
    review: RwSignal<Option<ImportReview>>,
    notice: RwSignal<Option<Notice>>,
) {
    if let Some(pending) = review.get_untracked() {
        review.set(None);
        notice.set(Some(import(i18n, pending, AppState::get())));
    }
}

/// Writes the plans, all or none, and says what happened.
fn import(i18n: I18nContext<Locale>, pending: ImportReview, app: AppState) -> Notice {
    let ImportReview {
        file_name,
        plans,
        existing,
        choices,
        left_out,
    } = pending;
    let plans: Vec<_> = plans.into_iter().map(|p| p.plan).collect();
    let incoming = backup::resolve(
        plans,
        &existing,
        |id| choices.get(&id).copied().unwrap_or_default(),
        lang_now(i18n),
    );
    let result = repo().import(&incoming, Utc::now());
    app.refresh();
    match result {
        Ok(()) => {
            let names = quoted(
                i18n,
                incoming
                    .iter()
                    .map(|i| i.plan.summary().full_name_in(lang_now(i18n))),
            );
            let file = isolate(&file_name);
            let mut notice = Notice::info(match incoming.len() {
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
            notice.details = left_out
                .iter()
                .map(|l| l.plain_in(lang_now(i18n)))
                .collect();
            notice
        }
        Err(e) => not_imported(
            tu_string!(i18n, plans.files.failed, file = isolate(&file_name)).to_string(),
            e.plain_in(lang_now(i18n)),
            i18n,
        ),
    }
}

fn refused(i18n: I18nContext<Locale>, file_name: &str, e: &FileError) -> Notice {
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
