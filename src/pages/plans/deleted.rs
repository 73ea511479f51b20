//! Plans deleted during this visit, on My plans, each with a way to put it back.

use super::plan_name;
use crate::components::Shown;
use crate::i18n::{t, use_i18n};
use crate::model::PlanId;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn DeletedThisVisit(
    /// Puts a deleted plan back.
    on_restore: Callback<PlanId>,
) -> impl IntoView {
    let app = AppState::get();
    let i18n = use_i18n();
    view! {
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
                                    <button on:click=move |_| on_restore.run(id)>
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
    }
}
