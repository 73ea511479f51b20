//! One plan in the My plans list, and a stored plan that cannot be read.

use super::notices::{failed, saved, Notice};
use super::{edited_at, plan_name};
use crate::components::intake_text::plan_status_label;
use crate::components::language::{lang_now, model_lang};
use crate::components::step_href;
use crate::components::Shown;
use crate::i18n::{t, t_string, tu_string, use_i18n};
use crate::model::text::without_isolates;
use crate::model::{PlanSummary, Step};
use crate::state::AppState;
use crate::storage::{NewerPlan, UnreadablePlan};
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
    let i18n = use_i18n();
    let id = summary.id;
    let renaming = RwSignal::new(false);
    let new_title = RwSignal::new(summary.title.clone());
    let lang = model_lang();
    let updated_at = summary.updated_at;
    let title_id = format!("plan-{id}-title");

    let duplicate = move |_| {
        let lang = lang_now(i18n);
        notice.set(Some(match app.duplicate(id, lang) {
            Ok(copy) => Notice::info(
                tu_string!(i18n, plans.card.copied, name = copy.full_name_in(lang)).to_string(),
            ),
            Err(e) => failed(i18n, &e),
        }));
    };

    let save_title = move || match app.rename(id, &new_title.get_untracked()) {
        Ok(()) => {
            renaming.set(false);
            notice.set(Some(Notice::info(
                tu_string!(i18n, plans.card.renamed).into(),
            )));
        }
        Err(e) => notice.set(Some(failed(i18n, &e))),
    };

    let delete_summary = summary.clone();
    let (open_name, file_name) = (plan_name(&summary), plan_name(&summary));
    let rename_input = format!("rename-{id}");
    let name_summary = summary.clone();
    // An attribute holds no <bdi>, and is not drawn: the name without its isolate marks, so
    // the button is named as it reads ("Rename Rosa: ...").
    let rename_label = move || {
        t_string!(
            i18n,
            plans.card.rename_label,
            name = without_isolates(&name_summary.full_name_in(lang()))
        )
        .to_string()
    };
    let display_name = {
        let summary = summary.clone();
        move || summary.display_name_in(lang())
    };
    let display_title = {
        let summary = summary.clone();
        move || summary.display_title_in(lang())
    };
    let status = summary.status;
    let status_class = format!("status status-{}", status.code());
    view! {
        <li class="plan-card">
            <h2 id=title_id.clone()>
                <A href=step_href(id, Step::Intake)>{display_name}</A>
            </h2>
            <p class="plan-title">{display_title}</p>
            <p class="meta">
                <span class=status_class>{move || plan_status_label(i18n, status)}</span>
                <span>
                    {move || t_string!(i18n, plans.card.last_edited, when = edited_at(i18n, updated_at)).to_string()}
                </span>
            </p>
            <Shown when=move || renaming.get()>
                <form class="rename" on:submit=move |ev| {
                    ev.prevent_default();
                    save_title();
                }>
                    <label for=rename_input.clone()>{t!(i18n, plans.card.new_title)}</label>
                    <input
                        id=rename_input.clone()
                        type="text"
                        autocomplete="off"
                        prop:value=move || new_title.get()
                        on:input=move |ev| new_title.set(event_target_value(&ev))
                    />
                    <button type="submit" class="primary">{t!(i18n, plans.card.save_title)}</button>
                    <button type="button" on:click=move |_| renaming.set(false)>{t!(i18n, plans.cancel)}</button>
                </form>
            </Shown>
            <div class="actions" role="group" aria-labelledby=title_id>
                <A href=step_href(id, Step::Intake) attr:class="button">
                    {t!(i18n, plans.card.open)} <span class="visually-hidden">" " {open_name}</span>
                </A>
                <button on:click=move |_| renaming.set(true) aria-label=rename_label>{t!(i18n, plans.card.rename)}</button>
                <button on:click=duplicate>{t!(i18n, plans.card.duplicate)}</button>
                <button on:click=move |_| notice.set(Some(saved(i18n, &app.save_as_file(&[id]))))>
                    {t!(i18n, plans.card.save_file)} <span class="visually-hidden">" " {file_name}</span>
                </button>
                <button class="danger" on:click=move |_| on_delete.run(delete_summary.clone())>{t!(i18n, plans.card.delete)}</button>
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
    let i18n = use_i18n();
    let lang = model_lang();
    let last_known = item.last_known.clone();
    let name = move || match &last_known {
        Some(summary) => plan_name(summary).into_any(),
        None => t!(i18n, plans.card.unknown).into_any(),
    };
    let key = item.key.clone();
    let app = AppState::get();
    let download = move |_| {
        app.download_raw(&key);
    };
    let forget = item.set_aside().then(|| {
        let item = item.clone();
        let name = name.clone();
        view! {
            <button class="danger" on:click=move |_| on_forget.run(item.clone())>
                {t!(i18n, plans.card.forget)}
                <span class="visually-hidden">{t!(i18n, plans.card.forget_of, name = name)}</span>
            </button>
        }
    });
    view! {
        <li class="unreadable-item">
            <strong>{name}</strong>
            <p>{
                let item = item.clone();
                move || item.plain_in(lang())
            }</p>
            <div class="actions">
                <button on:click=download>{t!(i18n, plans.card.download)}</button>
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
    let i18n = use_i18n();
    let version = item.version;
    view! {
        <li class="unreadable-item">
            <A href=step_href(item.summary.id, Step::Intake)><strong>{plan_name(&item.summary)}</strong></A>
            <p>{move || t_string!(i18n, plans.card.newer_text, version = version).to_string()}</p>
        </li>
    }
}
