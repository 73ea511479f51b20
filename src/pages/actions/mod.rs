//! The Actions & services step: for each goal, the steps that get it done: what, who, when,
//! how, status and the barrier each one addresses.

mod goal_steps;
mod services;
mod step_editor;

use goal_steps::GoalSteps;
use services::Services;
use step_editor::StepEditor;

use crate::components::language::model_lang;
use crate::components::{step_href, Shown};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::actions::Owner;
use crate::model::assessment::barriers::Barrier;
use crate::model::{ActionId, GoalId, Step};
use crate::state::PlanState;
use leptos::prelude::*;
use leptos_router::components::A;

/// Up to this many steps in the plan, every step's fields show at once; beyond, each step is
/// one line until opened (a big plan's thousand steps would be a hundred thousand fields).
pub(super) const STEPS_OPEN_AT_ONCE: usize = 30;

/// Lists every step editor needs, computed once per change for the whole page rather than once
/// per step (a plan can hold a thousand steps).
#[derive(Clone, Copy)]
pub(super) struct Shared {
    /// Who can do a step, as (code, name).
    pub(super) owners: Memo<Vec<(String, String)>>,
    /// Every goal, as (id, "Goal N: sentence"), in the chosen language.
    pub(super) goal_labels: Memo<Vec<(GoalId, String)>>,
    /// Steps suggested by the barriers in the assessment (the same for every goal), written in
    /// the chosen language.
    pub(super) suggestions: Memo<Vec<(Barrier, &'static str)>>,
    /// Steps added during this visit: they open ready to fill in.
    pub(super) fresh: StoredValue<Vec<ActionId>>,
    /// Whether steps start open (a plan with few steps).
    pub(super) open_at_start: bool,
}

#[component]
pub fn ActionsStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let goals = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    let id = plan.with_untracked(|p| p.id);
    let shared = Shared {
        owners: Memo::new(move |_| {
            let lang = lang();
            plan.with(|p| {
                let mut options = vec![
                    ("".to_string(), p.owner_name_in(&Owner::Unassigned, lang)),
                    ("person".to_string(), p.owner_name_in(&Owner::Person, lang)),
                ];
                options.extend(p.care_team.iter().map(|m| {
                    (
                        format!("member:{}", m.id),
                        p.owner_name_in(&Owner::Member(m.id), lang),
                    )
                }));
                options.extend(
                    p.services
                        .iter()
                        .map(|sv| (format!("service:{}", sv.id), sv.display_name_in(lang))),
                );
                options
            })
        }),
        goal_labels: Memo::new(move |_| {
            let lang = lang();
            plan.with(|p| {
                p.goals
                    .iter()
                    .enumerate()
                    .map(|(i, g)| {
                        let sentence = g.sentence_in(p.person_name(), lang);
                        let label =
                            t_string!(i18n, actions.goal_heading, n = i + 1, sentence = sentence);
                        (g.id, label.to_string())
                    })
                    .collect()
            })
        }),
        suggestions: Memo::new(move |_| {
            let lang = lang();
            plan.with(|p| p.suggested_steps_in(lang))
        }),
        fresh: StoredValue::new(Vec::new()),
        open_at_start: plan.with_untracked(|p| {
            p.goals.iter().map(|g| g.steps.len()).sum::<usize>() <= STEPS_OPEN_AT_ONCE
        }),
    };
    view! {
        <Shown
            when=move || goals.with(|g| !g.is_empty())
            fallback=move || view! {
                <section class="card">
                    <p>
                        {t!(i18n, actions.no_goals.before)}
                        <A href=step_href(id, Step::Goals)>{t!(i18n, actions.no_goals.link)}</A>
                        {t!(i18n, actions.no_goals.after)}
                    </p>
                </section>
            }
        >
            <For each=move || goals.get() key=|g| *g let:goal>
                <GoalSteps state=state goal=goal shared=shared />
            </For>
        </Shown>
        <Services state=state shared=shared />
    }
}
