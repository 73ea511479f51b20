//! My plans: every plan kept in this browser, newest edit first, and plans as files.

mod card;
mod due;
mod files;
mod practice;
mod protection;
mod safekeeping;

use crate::components::language::{lang_now, model_lang};
use crate::components::{isolated, step_href, ConfigProblems, ConfirmDialog, Confirmation, Shown};
use crate::i18n::{t, t_string, tu_string, use_i18n, Locale};
use crate::model::teaching::Case;
use crate::model::{CarePlan, PlanId, PlanSummary, Step};
use crate::state::{repo, today, AppState};
use crate::storage::UnreadablePlan;
use card::{NewerItem, PlanCard, UnreadableItem};
use chrono::{DateTime, Datelike, Local, Utc};
use due::DueAcrossPlans;
use files::{import_reviewed, save_all_as_file, ImportFromFile, ImportReview, ImportReviewPanel};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use practice::PracticeCases;
use protection::PassphraseProtection;
use safekeeping::{BackupReminder, PrivateWindowWarning, StorageUse};

/// A message shown after an action, with an optional undo.
#[derive(Clone, Debug, PartialEq)]
struct Notice {
    /// In the language chosen when it was written.
    text: String,
    /// Sentences under it, as a list (what an import left out).
    details: Vec<String>,
    undo: Option<PlanId>,
    error: bool,
}

impl Notice {
    fn info(text: String) -> Self {
        Self {
            text,
            details: Vec::new(),
            undo: None,
            error: false,
        }
    }
    fn error(text: String) -> Self {
        Self {
            text,
            details: Vec::new(),
            undo: None,
            error: true,
        }
    }
}

/// When a plan was last edited, "5 Mar 2026, 14:30", the month in the chosen language.
fn edited_at(i18n: I18nContext<Locale>, at: DateTime<Utc>) -> String {
    let at = at.with_timezone(&Local);
    let month = match at.month() {
        1 => t_string!(i18n, plans.month.jan),
        2 => t_string!(i18n, plans.month.feb),
        3 => t_string!(i18n, plans.month.mar),
        4 => t_string!(i18n, plans.month.apr),
        5 => t_string!(i18n, plans.month.may),
        6 => t_string!(i18n, plans.month.jun),
        7 => t_string!(i18n, plans.month.jul),
        8 => t_string!(i18n, plans.month.aug),
        9 => t_string!(i18n, plans.month.sep),
        10 => t_string!(i18n, plans.month.oct),
        11 => t_string!(i18n, plans.month.nov),
        _ => t_string!(i18n, plans.month.dec),
    };
    format!("{} {month} {}", at.day(), at.format("%Y, %H:%M"))
}

/// A plan's full name, "Maria: Housing plan", with the stand-in for an empty name or title in
/// the language shown ("Rosa: Plan sin t\u{ed}tulo").
fn plan_name(summary: &PlanSummary) -> impl IntoView {
    let summary = summary.clone();
    let lang = model_lang();
    move || isolated(summary.full_name_in(lang()))
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
    let i18n = use_i18n();
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
            Err(e) => notice.set(Some(Notice::error(e.plain_in(lang_now(i18n))))),
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
                notice.set(Some(Notice::info(
                    tu_string!(
                        i18n,
                        plans.restored,
                        name = deleted.summary.full_name_in(lang_now(i18n))
                    )
                    .to_string(),
                )));
            }
            Err(e) => notice.set(Some(Notice::error(e.plain_in(lang_now(i18n))))),
        }
        app.refresh();
    };

    let do_delete = move |id: PlanId| {
        match repo().delete(id) {
            Ok(deleted) => {
                notice.set(Some(Notice {
                    undo: Some(id),
                    ..Notice::info(
                        tu_string!(
                            i18n,
                            plans.deleted,
                            name = deleted.summary.full_name_in(lang_now(i18n))
                        )
                        .to_string(),
                    )
                }));
                app.deleted.update(|d| d.push(deleted));
            }
            Err(e) => notice.set(Some(Notice::error(e.plain_in(lang_now(i18n))))),
        }
        app.refresh();
    };

    let ask_delete = Callback::new(move |summary: PlanSummary| {
        pending.set_value(Some(Pending::Delete(summary.id)));
        confirm.set(Some(Confirmation {
            title: tu_string!(i18n, plans.delete_title).into(),
            message: tu_string!(
                i18n,
                plans.delete_message,
                name = summary.full_name_in(lang_now(i18n))
            )
            .to_string(),
            confirm_label: tu_string!(i18n, plans.delete_confirm).into(),
        }));
    });

    let ask_forget = Callback::new(move |item: UnreadablePlan| {
        let message = match &item.last_known {
            Some(s) => tu_string!(
                i18n,
                plans.forget_message,
                name = s.full_name_in(lang_now(i18n))
            )
            .to_string(),
            None => tu_string!(i18n, plans.forget_message_unnamed).to_string(),
        };
        pending.set_value(Some(Pending::Forget(item.key)));
        confirm.set(Some(Confirmation {
            title: tu_string!(i18n, plans.forget_title).into(),
            message,
            confirm_label: tu_string!(i18n, plans.forget_confirm).into(),
        }));
    });

    // A practice copy: made from the case, and opened at once.
    let no_case = move || Notice::error(tu_string!(i18n, plans.practice.no_case).into());
    let start_practice = move |case_id: &'static str| -> Result<PlanId, Notice> {
        let case = Case::find(case_id).ok_or_else(no_case)?;
        // Its title and the person's words in the language shown; the copy keeps them.
        let mut plan = case.start_plan_in(today(), lang_now(i18n));
        // Dated by the day; started (and so last edited) now.
        plan.created_at = Utc::now();
        plan.updated_at = plan.created_at;
        repo()
            .save(&plan, 0, Utc::now())
            .map_err(|e| Notice::error(e.plain_in(lang_now(i18n))))?;
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
        Err(e) => notice.set(Some(e)),
    });
    let on_reset = Callback::new(move |copy: PlanSummary| {
        let case_id = copy.practice.clone().unwrap_or_default();
        let name = Case::find(&case_id)
            .map_or_else(|| tu_string!(i18n, plans.practice.this_case), |c| c.name);
        pending.set_value(Some(Pending::ResetPractice(copy.id, case_id.clone())));
        confirm.set(Some(Confirmation {
            title: tu_string!(i18n, plans.practice.reset_title).into(),
            message: tu_string!(i18n, plans.practice.reset_message, name = name).to_string(),
            confirm_label: tu_string!(i18n, plans.practice.reset_confirm).into(),
        }));
    });
    let reset_practice = move |copy: PlanId, case_id: String| {
        let result = match Case::find(&case_id) {
            Some(case) => repo()
                .delete(copy)
                .map_err(|e| Notice::error(e.plain_in(lang_now(i18n))))
                .and_then(|_| start_practice(case.id))
                .map(|_| {
                    Notice::info(
                        tu_string!(i18n, plans.practice.reset_done, name = case.name).to_string(),
                    )
                }),
            None => Err(no_case()),
        };
        notice.set(Some(result.unwrap_or_else(|e| e)));
        app.refresh();
    };

    let ask_replace = Callback::new(move |question: Confirmation| {
        pending.set_value(Some(Pending::ReplaceOnImport));
        confirm.set(Some(question));
    });
    let on_confirm = move || match pending.get_value() {
        Some(Pending::Delete(id)) => do_delete(id),
        Some(Pending::ReplaceOnImport) => import_reviewed(i18n, review, notice),
        Some(Pending::ResetPractice(copy, case_id)) => reset_practice(copy, case_id),
        Some(Pending::Forget(key)) => {
            if let Err(e) = repo().forget_recovered(&key) {
                notice.set(Some(Notice::error(e.plain_in(lang_now(i18n)))));
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
    let lang = model_lang();
    let problem = move || {
        let lang = lang();
        app.listing.with(|l| match l {
            Err(e) => Some(e.plain_in(lang)),
            Ok(l) => l.index_problem.as_ref().map(|p| p.plain_in(lang)),
        })
    };

    view! {
        // The page is in the chosen language; only the parts written by code not translated
        // yet (storage, the model, other components) say lang="en".
        <main id="main" class="page plans-page">
            <h1 tabindex="-1">{t!(i18n, plans.title)}</h1>
            <p class="lead">{t!(i18n, plans.lead)}</p>
            <ConfigProblems />
            <PrivateWindowWarning />
            <p>
                <button class="primary" on:click=create>{t!(i18n, plans.new_plan)}</button>
            </p>
            {move || notice.get().map(|n| {
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
                            <button on:click=move |_| restore(id)>{t!(i18n, plans.undo)}</button>
                        })}
                        <button class="link" on:click=move |_| notice.set(None)>{t!(i18n, plans.dismiss)}</button>
                    </div>
                }
            })}
            <ImportReviewPanel review=review notice=notice ask_confirm=ask_replace />
            {move || problem().map(|p| view! { <p class="notice error" role="alert">{p}</p> })}
            <Shown
                when=move || plans.with(|p| !p.is_empty())
                fallback=move || view! { <p class="empty">{t!(i18n, plans.empty)}</p> }
            >
                <ul class="plan-list" aria-label=move || t_string!(i18n, plans.list_label)>
                    <For each=move || plans.get() key=|s| (s.id, s.updated_at, s.title.clone(), s.person_name.clone()) let:summary>
                        <PlanCard summary=summary notice=notice on_delete=ask_delete />
                    </For>
                </ul>
                <DueAcrossPlans plans=plans />
            </Shown>
            <Shown when=move || newer.with(|n| !n.is_empty())>
                <section class="unreadable" aria-labelledby="newer-title">
                    <h2 id="newer-title">{t!(i18n, plans.newer_title)}</h2>
                    <ul>
                        <For each=move || newer.get() key=|n| (n.summary.id, n.summary.updated_at) let:item>
                            <NewerItem item=item />
                        </For>
                    </ul>
                </section>
            </Shown>
            <Shown when=move || unreadable.with(|u| !u.is_empty())>
                <section class="unreadable" aria-labelledby="unreadable-title">
                    <h2 id="unreadable-title">{t!(i18n, plans.unreadable_title)}</h2>
                    <p>{t!(i18n, plans.unreadable_text)}</p>
                    <ul>
                        <For each=move || unreadable.get() key=|u| u.key.clone() let:item>
                            <UnreadableItem item=item on_forget=ask_forget />
                        </For>
                    </ul>
                </section>
            </Shown>
            <section class="plan-files" aria-labelledby="files-title">
                <h2 id="files-title">{t!(i18n, plans.files_title)}</h2>
                <p>{t!(i18n, plans.files_text)}</p>
                <BackupReminder plans=count refresh=refresh />
                <p>
                    <button
                        disabled=move || plans.with(Vec::is_empty)
                        on:click=move |_| {
                            let ids: Vec<PlanId> = plans.with_untracked(|p| p.iter().map(|s| s.id).collect());
                            let set_aside = unreadable.get_untracked();
                            notice.set(Some(save_all_as_file(i18n, &ids, &set_aside)));
                            // A plan found damaged while saving is set aside and listed as such.
                            app.refresh();
                        }
                    >{t!(i18n, plans.save_all)}</button>
                </p>
                <StorageUse plans=count refresh=refresh />
                <ImportFromFile review=review notice=notice />
            </section>
            <PracticeCases practice=practice on_start=on_start on_reset=on_reset />
            <PassphraseProtection plans=Signal::derive(move || plans.with(|p| p.iter().map(|s| s.id).collect())) />
            <Shown when=move || app.deleted.with(|d| !d.is_empty())>
                <section class="deleted" aria-labelledby="deleted-title">
                    <h2 id="deleted-title">{t!(i18n, plans.deleted_title)}</h2>
                    <ul>
                        <For each=move || app.deleted.get() key=|d| d.summary.id let:item>
                            {
                                let id = item.summary.id;
                                view! {
                                    <li>
                                        <span>{plan_name(&item.summary)}</span>
                                        <button on:click=move |_| restore(id)>
                                            {t!(i18n, plans.restore)}
                                            <span class="visually-hidden">" " {plan_name(&item.summary)}</span>
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                </section>
            </Shown>
            <ConfirmDialog request=confirm on_confirm=on_confirm />
        </main>
    }
}
