//! Barriers: a checklist in each part of life and one for everything, each ticked barrier with
//! ways to address it.

use super::{change, read};
use crate::components::language::model_lang;
use crate::components::{Checkbox, Shown, TextField};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::barriers::Barrier;
use crate::model::assessment::domains::Domain;
use crate::model::Choice;
use crate::state::PlanState;
use leptos::prelude::*;

#[component]
pub fn OverallBarriers(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="overall-barriers-heading">
            <h2 id="overall-barriers-heading">{t!(i18n, assessment.barriers.overall_heading)}</h2>
            <p class="hint">{t!(i18n, assessment.barriers.overall_hint)}</p>
            <BarrierChecklist state=state domain=None />
        </section>
    }
}

/// The checklist of barriers for one part of life, or overall when `domain` is `None`.
#[component]
pub fn BarrierChecklist(
    /// The open plan.
    state: PlanState,
    /// The part of life, or `None` for barriers that affect everything.
    domain: Option<Domain>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let prefix = domain.map(|d| d.code()).unwrap_or("overall");
    let ticked = Memo::new(move |_| {
        read(plan, |a| match domain {
            Some(d) => a.domain(d).barriers.clone(),
            None => a.barriers.clone(),
        })
    });
    let other = Signal::derive(move || {
        read(plan, |a| match domain {
            Some(d) => a.domain(d).other_barriers.clone(),
            None => a.other_barriers.clone(),
        })
    });
    view! {
        <fieldset class="barriers">
            <legend>{t!(i18n, assessment.barriers.legend)}</legend>
            <div class="options columns">
                {Barrier::ALL
                    .iter().copied()
                    .map(|b| {
                        view! {
                            <Checkbox
                                id=format!("{prefix}-barrier-{}", b.code())
                                label=Signal::derive(move || b.label_in(lang()).to_string())
                                checked=Signal::derive(move || ticked.with(|t| t.contains(&b)))
                                on_change=Callback::new(move |on| change(state, |a| a.set_barrier(domain, b, on)))
                            />
                        }
                    })
                    .collect_view()}
            </div>
            <TextField
                id=format!("{prefix}-other-barriers")
                label=move || t_string!(i18n, assessment.barriers.other)
                value=other
                on_input=move |v| change(state, |a| match domain {
                    Some(d) => a.domain_mut(d).other_barriers = v,
                    None => a.other_barriers = v,
                })
            />
            <Shown when=move || ticked.with(|t| !t.is_empty())>
                <div class="suggestions">
                    <p class="suggestions-title">{t!(i18n, assessment.barriers.ways)}</p>
                    <ul>
                        {move || ticked.get().into_iter().map(|b| view! {
                            <li>
                                <strong>{move || b.label_in(lang())}": "</strong>
                                {move || format!("{}.", b.suggestions_in(lang()).join("; "))}
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            </Shown>
        </fieldset>
    }
}
