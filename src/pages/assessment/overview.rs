//! All parts of life at a glance: need level in words and colour, positive screens, and what
//! has not been looked at yet.

use super::read;
use crate::components::assessment_text::need_level_label;
use crate::components::language::model_lang;
use crate::components::open_details;
use crate::components::Shown;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::domains::{Domain, NeedLevel};
use crate::model::Choice;
use crate::state::{AgencyConfig, PlanState};
use leptos::prelude::*;

#[component]
pub fn Overview(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let agency = AgencyConfig::get();
    let not_assessed = Memo::new(move |_| {
        let list = read(plan, |a| a.not_assessed());
        agency.with(|c| {
            list.into_iter()
                .filter(|d| c.shows_domain(*d))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="overview-heading">
            <h2 id="overview-heading">{t!(i18n, assessment.overview.heading)}</h2>
            <ul class="overview-list" aria-label=move || t_string!(i18n, assessment.overview.list_label)>
                {move || agency.with(|c| c.domains.clone()).into_iter().map(|d| view! { <OverviewItem state=state domain=d /> }).collect_view()}
            </ul>
            <p class="not-assessed">
                {move || not_assessed.with(|list| match list.as_slice() {
                    [] => t_string!(i18n, assessment.overview.all_looked_at).to_string(),
                    list => {
                        let names = list.iter().map(|d| d.label_in(lang())).collect::<Vec<_>>().join(", ");
                        t_string!(i18n, assessment.overview.not_assessed, count = list.len(), list = names).to_string()
                    }
                })}
            </p>
        </section>
    }
}

#[component]
fn OverviewItem(
    /// The open plan.
    state: PlanState,
    /// The part of life shown.
    domain: Domain,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let level = Memo::new(move |_| read(plan, |a| a.domain(domain).level));
    let marks = Memo::new(move |_| read(plan, |a| a.screen_marks(domain)));
    let details_id = format!("domain-{}", domain.code());
    view! {
        <li class="overview-item">
            <button class="link" on:click=move |_| open_details(&details_id)>{move || domain.label_in(lang())}</button>
            <span class=move || level_class(level.get())>{move || need_level_label(i18n, level.get())}</span>
            <Shown when=move || marks.with(|m| !m.is_empty())>
                <ul class="marks">
                    {move || marks.get().into_iter().map(|k| view! { <li class="mark">{move || k.short_label_in(lang())}</li> }).collect_view()}
                </ul>
            </Shown>
        </li>
    }
}

/// The CSS class for a need level, also used by the domain summaries.
pub fn level_class(level: NeedLevel) -> String {
    format!("level level-{}", level.code())
}
