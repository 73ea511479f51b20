//! One plan in the My plans list, and a stored plan that cannot be read.

use super::files::save_as_file;
use super::Notice;
use crate::components::step_href;
use crate::files::download_text;
use crate::model::{PlanSummary, Step};
use crate::state::{repo, AppState};
use crate::storage::repo::{PLAN_PREFIX, RECOVERY_PREFIX};
use crate::storage::{NewerPlan, UnreadablePlan};
use chrono::{Local, Utc};
use leptos::prelude::*;
use leptos_router::components::A;

/// One plan in the list, with its actions.
#[component]
pub fn PlanCard(
    /// What is known about the plan.
    summary: PlanSummary,
    /// Where to report what happened.
    notice: RwSignal<Option<Notice>>,
    /// Asks to delete this plan.
    on_delete: Callback<PlanSummary>,
) -> impl IntoView {
    let app = AppState::get();
    let id = summary.id;
    let renaming = RwSignal::new(false);
    let new_title = RwSignal::new(summary.title.clone());
    let full_name = summary.full_name();
    let edited = summary
        .updated_at
        .with_timezone(&Local)
        .format("%-d %b %Y, %H:%M")
        .to_string();
    let title_id = format!("plan-{id}-title");

    let duplicate = move |_| {
        let result = repo().load(id).map_err(|e| e.plain()).and_then(|stored| {
            let copy = stored.plan.duplicate(Utc::now());
            repo()
                .save(&copy, 0, Utc::now())
                .map(|_| copy)
                .map_err(|e| e.plain())
        });
        notice.set(Some(match result {
            Ok(copy) => Notice::info(format!(
                "Made a copy: \u{201c}{}\u{201d}.",
                copy.summary().full_name()
            )),
            Err(e) => Notice::error(e),
        }));
        app.refresh();
    };

    let save_title = move || {
        let title = new_title.get_untracked().trim().to_string();
        let result = repo().load(id).map_err(|e| e.plain()).and_then(|stored| {
            let mut plan = stored.plan;
            plan.title = title;
            plan.updated_at = Utc::now();
            repo()
                .save(&plan, stored.revision, Utc::now())
                .map_err(|e| e.plain())
        });
        match result {
            Ok(_) => {
                renaming.set(false);
                notice.set(Some(Notice::info("Plan renamed.".into())));
                app.refresh();
            }
            Err(e) => notice.set(Some(Notice::error(e))),
        }
    };

    let delete_summary = summary.clone();
    let file_label = full_name.clone();
    let rename_input = format!("rename-{id}");
    let rename_label = format!("Rename {full_name}");
    let (display_name, display_title) = (summary.display_name(), summary.display_title());
    let (status_class, status_label) = (
        format!("status status-{}", summary.status.code()),
        summary.status.label(),
    );
    view! {
        <li class="plan-card">
            <h2 id=title_id.clone()>
                <A href=step_href(id, Step::Intake)>{display_name}</A>
            </h2>
            <p class="plan-title">{display_title}</p>
            <p class="meta">
                <span class=status_class>{status_label}</span>
                <span>"Last edited " {edited}</span>
            </p>
            <Show when=move || renaming.get()>
                <form class="rename" on:submit=move |ev| {
                    ev.prevent_default();
                    save_title();
                }>
                    <label for=rename_input.clone()>"New title for this plan"</label>
                    <input
                        id=rename_input.clone()
                        type="text"
                        autocomplete="off"
                        prop:value=move || new_title.get()
                        on:input=move |ev| new_title.set(event_target_value(&ev))
                    />
                    <button type="submit" class="primary">"Save title"</button>
                    <button type="button" on:click=move |_| renaming.set(false)>"Cancel"</button>
                </form>
            </Show>
            <div class="actions" role="group" aria-labelledby=title_id>
                <A href=step_href(id, Step::Intake) attr:class="button">
                    "Open" <span class="visually-hidden">" " {full_name}</span>
                </A>
                <button on:click=move |_| renaming.set(true) aria-label=rename_label>"Rename"</button>
                <button on:click=duplicate>"Duplicate"</button>
                <button on:click=move |_| notice.set(Some(save_as_file(&[id])))>
                    "Save as a file" <span class="visually-hidden">" " {file_label}</span>
                </button>
                <button class="danger" on:click=move |_| on_delete.run(delete_summary.clone())>"Delete"</button>
            </div>
        </li>
    }
}

/// A stored plan that could not be read, with a way to download its raw data and, once it
/// has been set aside, to delete it.
#[component]
pub fn UnreadableItem(
    /// The damaged entry.
    item: UnreadablePlan,
    /// Asks to delete data that was set aside.
    on_forget: Callback<UnreadablePlan>,
) -> impl IntoView {
    let name = item
        .last_known
        .as_ref()
        .map(PlanSummary::full_name)
        .unwrap_or_else(|| "A plan saved in this browser".into());
    let key = item.key.clone();
    let download = move |_| {
        if let Ok(Some(raw)) = repo().raw(&key) {
            let id = key
                .trim_start_matches(RECOVERY_PREFIX)
                .trim_start_matches(PLAN_PREFIX)
                .replace(':', "-");
            download_text(&format!("damaged-plan-{id}.json"), &raw);
        }
    };
    let forget = item.set_aside().then(|| {
        let item = item.clone();
        let name = name.clone();
        view! {
            <button class="danger" on:click=move |_| on_forget.run(item.clone())>
                "Delete this data"<span class="visually-hidden">" of " {name}</span>
            </button>
        }
    });
    view! {
        <li class="unreadable-item">
            <strong>{name}</strong>
            <p>{item.plain()}</p>
            <div class="actions">
                <button on:click=download>"Download the saved data"</button>
                {forget}
            </div>
        </li>
    }
}

/// A plan saved by a newer version of the app: it opens read-only.
#[component]
pub fn NewerItem(
    /// The plan.
    item: NewerPlan,
) -> impl IntoView {
    let name = item.summary.full_name();
    view! {
        <li class="unreadable-item">
            <A href=step_href(item.summary.id, Step::Intake)><strong>{name}</strong></A>
            <p>{format!(
                "Saved by a newer version of this app (format {}). You can open, read and print it here; only the newer version can change it.",
                item.version
            )}</p>
        </li>
    }
}
