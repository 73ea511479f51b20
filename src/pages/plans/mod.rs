//! My plans: every plan kept in this browser, newest edit first, and plans as files.

mod card;
mod deleted;
mod due;
mod files;
mod notices;
mod practice;
mod protection;
mod safekeeping;

use crate::components::language::{lang_now, model_lang};
use crate::components::{isolated, step_href, ConfigProblems, ConfirmDialog, Confirmation, Shown};
use crate::i18n::{t, t_string, tu_string, use_i18n, Locale};
use crate::model::teaching::Case;
use crate::model::{PlanId, PlanSummary, Step};
use crate::state::{AppState, ImportReview};
use crate::storage::UnreadablePlan;
use card::{NewerItem, PlanCard, UnreadableItem};
use chrono::{DateTime, Datelike, Local, Utc};
use deleted::DeletedThisVisit;
use due::DueAcrossPlans;
use files::{import_reviewed, ImportFromFile, ImportReviewPanel};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use notices::{failed, saved, Notice, NoticeLine};
use practice::PracticeCases;
use protection::PassphraseProtection;
use safekeeping::{BackupReminder, PrivateWindowWarning, StorageUse};

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
    let say = move |n: Notice| notice.set(Some(n));
    let error = move |why: String| say(Notice::error(why));
    // A plan just made opens at once. The address already holds the site's sub-path: the router
    // must not add it again.
    let navigate = use_navigate();
    let open = Callback::new(move |id: PlanId| {
        let options = NavigateOptions {
            resolve: false,
            ..Default::default()
        };
        navigate(&step_href(id, Step::Intake), options)
    });

    let create = move |_| match app.create() {
        Ok(id) => open.run(id),
        Err(e) => error(e.plain_in(lang_now(i18n))),
    };
    let restore = Callback::new(move |id: PlanId| {
        let lang = lang_now(i18n);
        match app.restore(id) {
            Some(Ok(s)) => say(Notice::info(
                tu_string!(i18n, plans.restored, name = s.full_name_in(lang)).to_string(),
            )),
            Some(Err(e)) => error(e.plain_in(lang)),
            None => {}
        }
    });
    let delete = move |id: PlanId| {
        let lang = lang_now(i18n);
        match app.delete(id) {
            Ok(s) => say(Notice {
                undo: Some(id),
                ..Notice::info(
                    tu_string!(i18n, plans.deleted, name = s.full_name_in(lang)).to_string(),
                )
            }),
            Err(e) => error(e.plain_in(lang)),
        }
    };
    let reset_practice = move |copy: PlanId, case_id: String| {
        say(match app.reset_practice(copy, &case_id, lang_now(i18n)) {
            Ok(name) => {
                Notice::info(tu_string!(i18n, plans.practice.reset_done, name = name).to_string())
            }
            Err(e) => failed(i18n, &e),
        })
    };
    let on_start = Callback::new(move |case_id: &'static str| {
        match app.start_practice(case_id, lang_now(i18n)) {
            Ok(id) => open.run(id),
            Err(e) => say(failed(i18n, &e)),
        }
    });

    // Actions that are confirmed first, in the page's one dialog.
    let ask = move |what: Pending, question: Confirmation| {
        pending.set_value(Some(what));
        confirm.set(Some(question));
    };
    let ask_delete = Callback::new(move |summary: PlanSummary| {
        let question = Confirmation {
            title: tu_string!(i18n, plans.delete_title).into(),
            message: tu_string!(
                i18n,
                plans.delete_message,
                name = summary.full_name_in(lang_now(i18n))
            )
            .to_string(),
            confirm_label: tu_string!(i18n, plans.delete_confirm).into(),
        };
        ask(Pending::Delete(summary.id), question);
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
        let question = Confirmation {
            title: tu_string!(i18n, plans.forget_title).into(),
            message,
            confirm_label: tu_string!(i18n, plans.forget_confirm).into(),
        };
        ask(Pending::Forget(item.key), question);
    });
    let on_reset = Callback::new(move |copy: PlanSummary| {
        let case_id = copy.practice.clone().unwrap_or_default();
        let name = Case::find(&case_id)
            .map_or_else(|| tu_string!(i18n, plans.practice.this_case), |c| c.name);
        let question = Confirmation {
            title: tu_string!(i18n, plans.practice.reset_title).into(),
            message: tu_string!(i18n, plans.practice.reset_message, name = name).to_string(),
            confirm_label: tu_string!(i18n, plans.practice.reset_confirm).into(),
        };
        ask(Pending::ResetPractice(copy.id, case_id), question);
    });
    let ask_replace = Callback::new(move |question| ask(Pending::ReplaceOnImport, question));
    let on_confirm = move || match pending.get_value() {
        Some(Pending::Delete(id)) => delete(id),
        Some(Pending::ReplaceOnImport) => import_reviewed(i18n, app, review, notice),
        Some(Pending::ResetPractice(copy, case_id)) => reset_practice(copy, case_id),
        Some(Pending::Forget(key)) => {
            if let Err(e) = app.forget(&key) {
                error(e.plain_in(lang_now(i18n)));
            }
        }
        None => {}
    };
    let save_all = move |_| say(saved(i18n, &app.save_all()));

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
            <NoticeLine notice=notice on_undo=restore />
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
                    <button disabled=move || plans.with(Vec::is_empty) on:click=save_all>
                        {t!(i18n, plans.save_all)}
                    </button>
                </p>
                <StorageUse plans=count refresh=refresh />
                <ImportFromFile review=review notice=notice />
            </section>
            <PracticeCases practice=practice on_start=on_start on_reset=on_reset />
            <PassphraseProtection plans=Signal::derive(move || plans.with(|p| p.iter().map(|s| s.id).collect())) />
            <DeletedThisVisit on_restore=restore />
            <ConfirmDialog request=confirm on_confirm=on_confirm />
        </main>
    }
}
