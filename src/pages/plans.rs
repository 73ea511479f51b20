//! My plans: every plan kept in this browser, newest edit first.

use crate::components::{step_href, ConfirmDialog, Confirmation};
use crate::download::download_text;
use crate::model::{CarePlan, PlanId, PlanSummary, Step};
use crate::state::{repo, AppState};
use crate::storage::UnreadablePlan;
use chrono::{Local, Utc};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

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

#[component]
pub fn PlansPage() -> impl IntoView {
    let app = AppState::get();
    app.refresh();
    let notice = RwSignal::new(None::<Notice>);
    let confirm = RwSignal::new(None::<Confirmation>);
    let pending_delete = StoredValue::new(None::<PlanId>);
    let navigate = use_navigate();

    let create = move |_| {
        let plan = CarePlan::new(Utc::now());
        match repo().save(&plan, 0, Utc::now()) {
            Ok(_) => navigate(&step_href(plan.id, Step::Intake), Default::default()),
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

    let do_delete = move || {
        let Some(id) = pending_delete.get_value() else {
            return;
        };
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
        pending_delete.set_value(Some(summary.id));
        confirm.set(Some(Confirmation {
            title: "Delete this plan?".into(),
            message: format!(
                "\u{201c}{}\u{201d} will be deleted from this browser. You can undo this until you close or reload this page.",
                summary.full_name()
            ),
            confirm_label: "Delete plan".into(),
        }));
    });

    // Memos, so the lists are copied once per change, not once per reader.
    let plans = Memo::new(move |_| {
        app.listing
            .with(|l| l.as_ref().map(|l| l.plans.clone()).unwrap_or_default())
    });
    let unreadable = Memo::new(move |_| {
        app.listing
            .with(|l| l.as_ref().map(|l| l.unreadable.clone()).unwrap_or_default())
    });
    let problem = move || {
        app.listing.with(|l| match l {
            Err(e) => Some(e.clone()),
            Ok(l) => l.index_problem.clone(),
        })
    };

    view! {
        <main id="main" class="page plans-page">
            <h1 tabindex="-1">"My plans"</h1>
            <p class="lead">
                "Your care plans are kept only in this browser, on this device. Nothing is sent anywhere."
            </p>
            <p>
                <button class="primary" on:click=create>"Start a new plan"</button>
            </p>
            {move || notice.get().map(|n| {
                let undo = n.undo;
                view! {
                    <div class="notice" class:error=n.error role="status">
                        <span>{n.text}</span>
                        {undo.map(|id| view! {
                            <button on:click=move |_| restore(id)>"Undo"</button>
                        })}
                        <button class="link" on:click=move |_| notice.set(None)>"Dismiss"</button>
                    </div>
                }
            })}
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
            </Show>
            <Show when=move || unreadable.with(|u| !u.is_empty())>
                <section class="unreadable" aria-labelledby="unreadable-title">
                    <h2 id="unreadable-title">"Plans that could not be opened"</h2>
                    <p>
                        "The saved data below is damaged or from a newer version of this app. It has not been changed or deleted. You can download it to keep a copy or to get help."
                    </p>
                    <ul>
                        <For each=move || unreadable.get() key=|u| u.key.clone() let:item>
                            <UnreadableItem item=item />
                        </For>
                    </ul>
                </section>
            </Show>
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
            <ConfirmDialog request=confirm on_confirm=do_delete />
        </main>
    }
}

/// One plan in the list, with its actions.
#[component]
fn PlanCard(
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
                <button class="danger" on:click=move |_| on_delete.run(delete_summary.clone())>"Delete"</button>
            </div>
        </li>
    }
}

/// A stored plan that could not be read, with a way to download its raw data.
#[component]
fn UnreadableItem(
    /// The damaged entry.
    item: UnreadablePlan,
) -> impl IntoView {
    let name = item
        .last_known
        .as_ref()
        .map(PlanSummary::full_name)
        .unwrap_or_else(|| "A plan saved in this browser".into());
    let key = item.key.clone();
    let download = move |_| {
        if let Ok(Some(raw)) = repo().raw(&key) {
            let file = format!(
                "damaged-plan-{}.json",
                key.rsplit(':').next().unwrap_or("data")
            );
            download_text(&file, &raw);
        }
    };
    view! {
        <li class="unreadable-item">
            <strong>{name}</strong>
            <p>{item.error.plain()}</p>
            <button on:click=download>"Download the saved data"</button>
        </li>
    }
}
