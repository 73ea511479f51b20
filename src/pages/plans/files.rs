//! Plans as files on the My plans page: saving plans as a backup file, and importing one with
//! a review when the file holds plans that are already here.

use super::Notice;
use crate::components::{focus_later, Confirmation, RadioGroup};
use crate::files::{read_text, save_plans};
use crate::model::PlanId;
use crate::state::{repo, AppState};
use crate::storage::backup::{self, Clash, FileError};
use crate::storage::envelope::StoredPlan;
use crate::storage::repo::plan_key;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::{BTreeMap, BTreeSet};
use wasm_bindgen::JsCast;

/// Saves the plans with these ids as one backup file, and says what happened.
pub fn save_as_file(ids: &[PlanId]) -> Notice {
    match save_plans(ids) {
        Ok(text) => Notice::info(text),
        Err(text) => Notice::error(text),
    }
}

/// A file that holds plans already in this browser, waiting for the person to say what to do.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReview {
    file_name: String,
    plans: Vec<StoredPlan>,
    /// Ids in the file that are already stored here.
    existing: BTreeSet<PlanId>,
    choices: BTreeMap<PlanId, Clash>,
}

impl ImportReview {
    fn choice(&self, id: PlanId) -> Clash {
        self.choices.get(&id).copied().unwrap_or_default()
    }

    fn replacing(&self) -> Vec<String> {
        self.plans
            .iter()
            .filter(|p| {
                self.existing.contains(&p.plan.id) && self.choice(p.plan.id) == Clash::Replace
            })
            .map(|p| p.plan.summary().full_name())
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
            match read.and_then(|text| backup::read_file(&text)) {
                Ok(plans) => {
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
                    };
                    if pending.existing.is_empty() {
                        notice.set(Some(import(pending, app)));
                    } else {
                        review.set(Some(pending));
                        focus_later("import-review-title".into());
                    }
                }
                Err(e) => notice.set(Some(refused(&file_name, &e))),
            }
        });
    };
    view! {
        <div class="file-field">
            <label for="import-file">"Import plans from a file"</label>
            <p class="hint" id="import-file-hint">
                "Choose a file saved with \u{201c}Save as a file\u{201d} (it ends in .json), or a care plan from another health system in the FHIR standard format. Plans in it are added to this browser; nothing here is replaced without asking you."
            </p>
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
    let start = move |_| {
        let Some(pending) = review.get_untracked() else {
            return;
        };
        let replacing = pending.replacing();
        if replacing.is_empty() {
            review.set(None);
            notice.set(Some(import(pending, app)));
        } else {
            let names = replacing
                .iter()
                .map(|n| format!("\u{201c}{n}\u{201d}"))
                .collect::<Vec<_>>()
                .join(", ");
            ask_confirm.run(Confirmation {
                title: if replacing.len() == 1 {
                    "Replace a plan in this browser?".into()
                } else {
                    format!("Replace {} plans in this browser?", replacing.len())
                },
                message: format!(
                    "{names} in this browser will be replaced by the copy in the file. The plan as it is here now will be lost, and this cannot be undone."
                ),
                confirm_label: "Replace and import".into(),
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
            let intro = if count == 1 {
                format!(
                    "\u{201c}{}\u{201d} holds 1 plan, and it is already in this browser. Choose what to do with it.",
                    pending.file_name
                )
            } else {
                format!(
                    "\u{201c}{}\u{201d} holds {count} plans. {} already in this browser. Choose what to do with {}.",
                    pending.file_name,
                    if clashing.len() == 1 {
                        "One of them is".to_string()
                    } else {
                        format!("{} of them are", clashing.len())
                    },
                    if clashing.len() == 1 { "it" } else { "each" },
                )
            };
            view! {
                <section class="import-review" aria-labelledby="import-review-title">
                    <h2 id="import-review-title" tabindex="-1">"Import: some plans are already here"</h2>
                    <p>{intro}</p>
                    {clashing.into_iter().map(|p| clash_choice(p, review)).collect_view()}
                    <div class="actions">
                        <button class="primary" on:click=start>"Import"</button>
                        <button on:click=move |_| {
                            review.set(None);
                            notice.set(Some(Notice::info("Import cancelled. Nothing was changed.".into())));
                        }>"Cancel"</button>
                    </div>
                </section>
            }
        })
    }
}

fn clash_choice(plan: StoredPlan, review: RwSignal<Option<ImportReview>>) -> impl IntoView {
    let id = plan.plan.id;
    let name = plan.plan.summary().full_name();
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
            legend=format!("\u{201c}{name}\u{201d} is already in this browser")
            options=vec![
                ("keep-both".to_string(), "Keep both: add the plan from the file as a separate copy".to_string()),
                ("replace".to_string(), "Replace the plan in this browser with the one from the file".to_string()),
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
pub fn import_reviewed(review: RwSignal<Option<ImportReview>>, notice: RwSignal<Option<Notice>>) {
    if let Some(pending) = review.get_untracked() {
        review.set(None);
        notice.set(Some(import(pending, AppState::get())));
    }
}

/// Writes the plans, all or none, and says what happened.
fn import(pending: ImportReview, app: AppState) -> Notice {
    let ImportReview {
        file_name,
        plans,
        existing,
        choices,
    } = pending;
    let plans: Vec<_> = plans.into_iter().map(|p| p.plan).collect();
    let incoming = backup::resolve(plans, &existing, |id| {
        choices.get(&id).copied().unwrap_or_default()
    });
    let result = repo().import(&incoming, Utc::now());
    app.refresh();
    match result {
        Ok(()) => {
            let names = incoming
                .iter()
                .map(|i| format!("\u{201c}{}\u{201d}", i.plan.summary().full_name()))
                .collect::<Vec<_>>()
                .join(", ");
            Notice::info(format!(
                "Imported {} from \u{201c}{file_name}\u{201d}: {names}.",
                plural(incoming.len(), "plan", "plans")
            ))
        }
        Err(e) => Notice::error(format!(
            "\u{201c}{file_name}\u{201d} could not be imported: {} Nothing was changed.",
            e.plain()
        )),
    }
}

fn refused(file_name: &str, e: &FileError) -> Notice {
    Notice::error(format!(
        "\u{201c}{file_name}\u{201d} could not be imported. {} Nothing was changed.",
        e.plain()
    ))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
