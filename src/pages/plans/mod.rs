//! My plans: every plan kept in this browser, newest edit first, and plans as files.

mod card;
mod due;
mod files;
mod practice;
mod protection;
mod safekeeping;

use crate::components::language::untranslated;
use crate::components::{step_href, ConfigProblems, ConfirmDialog, Confirmation};
use crate::model::teaching::Case;
use crate::model::{CarePlan, PlanId, PlanSummary, Step};
use crate::state::{repo, today, AppState};
use crate::storage::UnreadablePlan;
use card::{NewerItem, PlanCard, UnreadableItem};
use chrono::Utc;
use due::DueAcrossPlans;
use files::{import_reviewed, save_as_file, ImportFromFile, ImportReview, ImportReviewPanel};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use practice::PracticeCases;
use protection::PassphraseProtection;
use safekeeping::{BackupReminder, PrivateWindowWarning, StorageUse};

/// A message shown after an action, with an optional undo.
#[derive(Clone, Debug, PartialEq)]
struct Notice {
    text: String,
    undo: Option<PlanId>,
    error: bool,
}

impl Notice {
    fn info(text: String) -> Self {
        Self {
            text,
            undo: None,
            error: false,
        }
    }
    fn error(text: String) -> Self {
        Self {
            text,
            undo: None,
            error: true,
        }
    }
}

/// What the one confirmation dialog of the page is asking about.
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    Delete(PlanId),
    /// Deleting damaged data that was set aside under this key.
    Forget(String),
    /// Starting a practice copy again from the beginning: the copy, and its case.
    ResetPractice(PlanId, String),
    /// Importing the file under review, which replaces plans here.
    ReplaceOnImport,
}

#[component]
pub fn PlansPage() -> impl IntoView {
    let app = AppState::get();
    app.refresh();
    let notice = RwSignal::new(None::<Notice>);
    let confirm = RwSignal::new(None::<Confirmation>);
    let pending = StoredValue::new(None::<Pending>);
    let review = RwSignal::new(None::<ImportReview>);
    let navigate = use_navigate();
    let navigate_practice = navigate.clone();

    let create = move |_| {
        let plan = CarePlan::new(Utc::now());
        match repo().save(&plan, 0, Utc::now()) {
            // The address already holds the site's sub-path: the router must not add it again.
            Ok(_) => navigate(
                &step_href(plan.id, Step::Intake),
                NavigateOptions {
                    resolve: false,
                    ..Default::default()
                },
            ),
            Err(e) => notice.set(Some(Notice::error(e.plain()))),
        }
    };

    let restore = move |id: PlanId| {
        let Some(deleted) = app
            .deleted
            .with_untracked(|d| d.iter().find(|p| p.summary.id == id).cloned())
        else {
            return;
        };
        match repo().restore(&deleted) {
            Ok(()) => {
                app.deleted.update(|d| d.retain(|p| p.summary.id != id));
                notice.set(Some(Notice::info(format!(
                    "Restored \u{201c}{}\u{201d}.",
                    deleted.summary.full_name()
                ))));
            }
            Err(e) => notice.set(Some(Notice::error(e.plain()))),
        }
        app.refresh();
    };

    let do_delete = move |id: PlanId| {
        match repo().delete(id) {
            Ok(deleted) => {
                notice.set(Some(Notice {
                    text: format!("Deleted \u{201c}{}\u{201d}.", deleted.summary.full_name()),
                    undo: Some(id),
                    error: false,
                }));
                app.deleted.update(|d| d.push(deleted));
            }
            Err(e) => notice.set(Some(Notice::error(e.plain()))),
        }
        app.refresh();
    };

    let ask_delete = Callback::new(move |summary: PlanSummary| {
        pending.set_value(Some(Pending::Delete(summary.id)));
        confirm.set(Some(Confirmation {
            title: "Delete this plan?".into(),
            message: format!(
                "\u{201c}{}\u{201d} will be deleted from this browser. You can undo this until you close or reload this page.",
                summary.full_name()
            ),
            confirm_label: "Delete plan".into(),
        }));
    });

    let ask_forget = Callback::new(move |item: UnreadablePlan| {
        let name = item
            .last_known
            .as_ref()
            .map(|s| format!("\u{201c}{}\u{201d}", s.full_name()))
            .unwrap_or_else(|| "this plan".into());
        pending.set_value(Some(Pending::Forget(item.key)));
        confirm.set(Some(Confirmation {
            title: "Delete the damaged data?".into(),
            message: format!(
                "The damaged data of {name} will be deleted from this browser for good. If you may want help to recover it, download it first."
            ),
            confirm_label: "Delete the data".into(),
        }));
    });

    // A practice copy: made from the case, and opened at once.
    let start_practice = move |case_id: &'static str| -> Result<PlanId, String> {
        let case = Case::find(case_id).ok_or("There is no such practice case.")?;
        let mut plan = case.start_plan(today());
        // Dated by the day; started (and so last edited) now.
        plan.created_at = Utc::now();
        plan.updated_at = plan.created_at;
        repo().save(&plan, 0, Utc::now()).map_err(|e| e.plain())?;
        Ok(plan.id)
    };
    let on_start = Callback::new(move |case_id: &'static str| match start_practice(case_id) {
        Ok(id) => navigate_practice(
            &step_href(id, Step::Intake),
            NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        ),
        Err(e) => notice.set(Some(Notice::error(e))),
    });
    let on_reset = Callback::new(move |copy: PlanSummary| {
        let case_id = copy.practice.clone().unwrap_or_default();
        let name = Case::find(&case_id).map_or("this case", |c| c.name);
        pending.set_value(Some(Pending::ResetPractice(copy.id, case_id.clone())));
        confirm.set(Some(Confirmation {
            title: "Start the practice again?".into(),
            message: format!(
                "Your practice plan for {name} will be deleted and a fresh copy started from the story and the screening answers. Save it as a file first if you want to keep it."
            ),
            confirm_label: "Start again".into(),
        }));
    });
    let reset_practice = move |copy: PlanId, case_id: String| {
        let case = Case::find(&case_id);
        let result = match &case {
            Some(case) => repo()
                .delete(copy)
                .map_err(|e| e.plain())
                .and_then(|_| start_practice(case.id)),
            None => Err("There is no such practice case.".into()),
        };
        notice.set(Some(match result {
            Ok(_) => Notice::info(format!(
                "The practice copy of {}\u{2019}s case starts again from the beginning.",
                case.as_ref().map_or("the", |c| c.name)
            )),
            Err(e) => Notice::error(e),
        }));
        app.refresh();
    };

    let ask_replace = Callback::new(move |question: Confirmation| {
        pending.set_value(Some(Pending::ReplaceOnImport));
        confirm.set(Some(question));
    });
    let on_confirm = move || match pending.get_value() {
        Some(Pending::Delete(id)) => do_delete(id),
        Some(Pending::ReplaceOnImport) => import_reviewed(review, notice),
        Some(Pending::ResetPractice(copy, case_id)) => reset_practice(copy, case_id),
        Some(Pending::Forget(key)) => {
            if let Err(e) = repo().forget_recovered(&key) {
                notice.set(Some(Notice::error(e.plain())));
            }
            app.refresh();
        }
        None => {}
    };

    // Plans saved, added or deleted in another tab or window show here too.
    let other_tab =
        window_event_listener_untyped(crate::state::vault::STORED_EVENT, move |_| app.refresh());
    on_cleanup(move || other_tab.remove());

    // Changes after every save, import or deletion, so the storage lines are read again.
    let refresh = Memo::new(move |n: Option<&u64>| {
        notice.with(|_| ());
        app.listing.with(|_| ());
        n.map_or(0, |n| n + 1)
    });
    // Memos, so the lists are copied once per change, not once per reader.
    let plans = Memo::new(move |_| {
        app.listing
            .with(|l| l.as_ref().map(|l| l.plans.clone()).unwrap_or_default())
    });
    let count = Signal::derive(move || plans.with(Vec::len));
    let unreadable = Memo::new(move |_| {
        app.listing
            .with(|l| l.as_ref().map(|l| l.unreadable.clone()).unwrap_or_default())
    });
    let practice = Memo::new(move |_| {
        app.listing
            .with(|l| l.as_ref().map(|l| l.practice.clone()).unwrap_or_default())
    });
    let newer = Memo::new(move |_| {
        app.listing
            .with(|l| l.as_ref().map(|l| l.newer.clone()).unwrap_or_default())
    });
    let problem = move || {
        app.listing.with(|l| match l {
            Err(e) => Some(e.clone()),
            Ok(l) => l.index_problem.clone(),
        })
    };

    view! {
        <main id="main" class="page plans-page" lang=untranslated()>
            <h1 tabindex="-1">"My plans"</h1>
            <p class="lead">
                "Your care plans are kept only in this browser, on this device. Nothing is sent anywhere."
            </p>
            <ConfigProblems />
            <PrivateWindowWarning />
            <p>
                <button class="primary" on:click=create>"Start a new plan"</button>
            </p>
            {move || notice.get().map(|n| {
                let undo = n.undo;
                view! {
                    <div class="notice" class:error=n.error role=if n.error { "alert" } else { "status" }>
                        <span>{n.text}</span>
                        {undo.map(|id| view! {
                            <button on:click=move |_| restore(id)>"Undo"</button>
                        })}
                        <button class="link" on:click=move |_| notice.set(None)>"Dismiss"</button>
                    </div>
                }
            })}
            <ImportReviewPanel review=review notice=notice ask_confirm=ask_replace />
            {move || problem().map(|p| view! { <p class="notice error" role="alert">{p}</p> })}
            <Show
                when=move || plans.with(|p| !p.is_empty())
                fallback=|| view! { <p class="empty">"No plans yet. Start a new plan to begin."</p> }
            >
                <ul class="plan-list" aria-label="Plans">
                    <For each=move || plans.get() key=|s| (s.id, s.updated_at, s.title.clone(), s.person_name.clone()) let:summary>
                        <PlanCard summary=summary notice=notice on_delete=ask_delete />
                    </For>
                </ul>
                <DueAcrossPlans plans=plans />
            </Show>
            <Show when=move || newer.with(|n| !n.is_empty())>
                <section class="unreadable" aria-labelledby="newer-title">
                    <h2 id="newer-title">"Plans from a newer version of this app"</h2>
                    <ul>
                        <For each=move || newer.get() key=|n| (n.summary.id, n.summary.updated_at) let:item>
                            <NewerItem item=item />
                        </For>
                    </ul>
                </section>
            </Show>
            <Show when=move || unreadable.with(|u| !u.is_empty())>
                <section class="unreadable" aria-labelledby="unreadable-title">
                    <h2 id="unreadable-title">"Plans that could not be opened"</h2>
                    <p>
                        "The saved data below is damaged, or comes from a newer version of this app that this one cannot read. It has not been changed, and your other plans are not affected. Download it to keep a copy or to get help. If you saved this plan as a file before, you can bring it back with \u{201c}Import plans from a file\u{201d}."
                    </p>
                    <ul>
                        <For each=move || unreadable.get() key=|u| u.key.clone() let:item>
                            <UnreadableItem item=item on_forget=ask_forget />
                        </For>
                    </ul>
                </section>
            </Show>
            <section class="plan-files" aria-labelledby="files-title">
                <h2 id="files-title">"Plans as files"</h2>
                <p>
                    "Save your plans as a file to keep a backup, or to move them to another computer or browser. The file holds personal details: keep it somewhere safe."
                </p>
                <BackupReminder plans=count refresh=refresh />
                <p>
                    <button
                        disabled=move || plans.with(Vec::is_empty)
                        on:click=move |_| {
                            let ids: Vec<PlanId> = plans.with_untracked(|p| p.iter().map(|s| s.id).collect());
                            notice.set(Some(save_as_file(&ids)));
                        }
                    >"Save all plans as a file"</button>
                </p>
                <StorageUse plans=count refresh=refresh />
                <ImportFromFile review=review notice=notice />
            </section>
            <PracticeCases practice=practice on_start=on_start on_reset=on_reset />
            <PassphraseProtection plans=Signal::derive(move || plans.with(|p| p.iter().map(|s| s.id).collect())) />
            <Show when=move || app.deleted.with(|d| !d.is_empty())>
                <section class="deleted" aria-labelledby="deleted-title">
                    <h2 id="deleted-title">"Deleted during this visit"</h2>
                    <ul>
                        <For each=move || app.deleted.get() key=|d| d.summary.id let:item>
                            {
                                let id = item.summary.id;
                                view! {
                                    <li>
                                        <span>{item.summary.full_name()}</span>
                                        <button on:click=move |_| restore(id)>
                                            "Restore"
                                            <span class="visually-hidden">" " {item.summary.full_name()}</span>
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                </section>
            </Show>
            <ConfirmDialog request=confirm on_confirm=on_confirm />
        </main>
    }
}
