//! The Evaluation step: for each goal, Goal Attainment Scaling and whether it was met, and a
//! summary of the whole plan with its GAS T-score.

use crate::components::evaluation_text::{gas_level_hint, gas_level_label, outcome_label};
use crate::components::goal_text::goal_status_label;
use crate::components::language::model_lang;
use crate::components::{Fold, RadioGroup, SelectField, Shown, TextArea, TextField};
use crate::i18n::{t, t_string, use_i18n, Locale};
use crate::model::evaluation::{
    signed, GasEdit, GasScale, GoalEvaluation, OutcomeResult, GAS_LEVELS, WEIGHT_MAX,
};
use crate::model::{Goal, GoalId};
use crate::state::PlanState;
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use std::sync::LazyLock;

/// The codes of the weights 1 to 100, made once (a select's codes live as long as the app).
static WEIGHT_CODES: LazyLock<Vec<String>> =
    LazyLock::new(|| (1..=WEIGHT_MAX).map(|w| w.to_string()).collect());

/// The code of a weight: "1" to "100" (one outside is shown as the nearest).
fn weight_code(weight: u8) -> &'static str {
    let i = usize::from(weight.clamp(1, WEIGHT_MAX)) - 1;
    WEIGHT_CODES.get(i).map_or("1", String::as_str)
}

#[component]
pub fn EvaluationStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let plan = state.plan;
    let ids = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    view! {
        <PlanSummary state=state />
        <section class="card" aria-labelledby="gas-heading">
            <h2 id="gas-heading">{t!(i18n, evaluation.gas.heading)}</h2>
            <p class="hint">{t!(i18n, evaluation.gas.hint)}</p>
            <Shown when=move || ids.with(Vec::is_empty)>
                <p class="empty">{t!(i18n, evaluation.gas.no_goals)}</p>
            </Shown>
            <ol class="evaluation-goals">
                <For each=move || ids.get() key=|id| *id let:id>
                    <GoalEvaluationCard state=state id=id />
                </For>
            </ol>
        </section>
    }
}

/// "Met: 1, Partly met: 2", or "None yet", in the chosen language (also on the follow-up
/// printout).
pub(crate) fn counts_in(
    i18n: I18nContext<Locale>,
    counts: impl Iterator<Item = (&'static str, usize)>,
) -> String {
    let parts: Vec<String> = counts
        .map(|(label, n)| {
            t_string!(i18n, evaluation.summary.count, label = label, n = n).to_string()
        })
        .collect();
    if parts.is_empty() {
        t_string!(i18n, evaluation.summary.none_yet).to_string()
    } else {
        parts.join(", ")
    }
}

#[component]
fn PlanSummary(state: PlanState) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let gas = Memo::new(move |_| plan.with(|p| p.gas_summary()));
    let counts = Memo::new(move |_| {
        let lang = lang();
        plan.with(|p| p.summary_counts_in(lang))
    });
    let score_line = move || gas.with(|g| g.sentence_in(lang()));
    view! {
        <section class="card" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t!(i18n, evaluation.summary.heading)}</h2>
            <p class="gas-score" aria-live="polite">{score_line}</p>
            <dl class="pairs">
                <dt>{t!(i18n, evaluation.summary.goals)}</dt>
                <dd>{move || counts.with(|c| counts_in(i18n, c.goals_by_status.iter().map(|(s, n)| (goal_status_label(i18n, *s), *n))))}</dd>
                <dt>{t!(i18n, evaluation.summary.met_or_not)}</dt>
                <dd>{move || counts.with(|c| counts_in(i18n, c.goals_by_result.iter().map(|(r, n)| (outcome_label(i18n, *r), *n))))}</dd>
                <dt>{t!(i18n, evaluation.summary.needs_resolved)}</dt>
                <dd>{move || counts.with(|c| t_string!(i18n, evaluation.summary.needs_count, resolved = c.needs_resolved, total = c.needs_total).to_string())}</dd>
                <dt>{t!(i18n, evaluation.summary.services_used)}</dt>
                <dd>{move || counts.with(|c| if c.services_used.is_empty() {
                    t_string!(i18n, evaluation.summary.none_yet).to_string()
                } else {
                    c.services_used.join(", ")
                })}</dd>
            </dl>
        </section>
    }
}

#[component]
fn GoalEvaluationCard(state: PlanState, id: GoalId) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    let goal = Memo::new(move |_| plan.with(|p| p.goal(id).cloned().unwrap_or_default()));
    let sentence = move || plan.with(|p| goal.with(|g| g.sentence_in(p.person_name(), lang())));
    let summary = ViewFn::from(move || {
        view! {
            <span class="progress-sentence">{sentence}</span>
            <span class="progress-standing">{move || goal.with(|g| {
                let score = match g.gas.valid_score() {
                    Some(s) => t_string!(i18n, evaluation.gas.scored, score = signed(s)).to_string(),
                    None => t_string!(i18n, evaluation.gas.not_scored).to_string(),
                };
                let result = match g.evaluation.result {
                    Some(r) => outcome_label(i18n, r),
                    None => t_string!(i18n, evaluation.gas.not_evaluated),
                };
                format!("{score} \u{b7} {result}")
            })}</span>
        }
    });
    let f = move |name: &str| format!("evaluation-{id}-{name}");
    let edit = move |change: Box<dyn FnOnce(&mut Goal)>| {
        state.edit(|p| {
            if let Some(g) = p.goal_mut(id) {
                change(g)
            }
        })
    };
    let eval_text = move |get: fn(&GoalEvaluation) -> &String| {
        Signal::derive(move || goal.with(|g| get(&g.evaluation).clone()))
    };
    let levels = move || {
        let mut levels = vec![(
            "none".to_string(),
            Signal::derive(move || t_string!(i18n, evaluation.gas.not_scored_yet).to_string()),
        )];
        levels.extend(GAS_LEVELS.iter().map(|(l, _)| {
            let l = *l;
            let text =
                Signal::derive(move || format!("{} {}", signed(l), gas_level_label(i18n, l)));
            (l.to_string(), text)
        }));
        levels
    };
    let results = move || {
        OutcomeResult::ALL
            .iter()
            .map(|r| {
                let r = *r;
                (
                    r.code().to_string(),
                    Signal::derive(move || outcome_label(i18n, r).to_string()),
                )
            })
            .collect::<Vec<_>>()
    };
    view! {
        <li>
            <Fold id=f("fold") class="progress-goal" summary=summary>
                <GasScaleFields id_prefix=format!("evaluation-{id}")
                    gas=Signal::derive(move || goal.with(|g| g.gas.clone()))
                    on_edit=Callback::new(move |change: GasEdit| edit(Box::new(move |g| g.gas.apply(change)))) />
                <RadioGroup name=f("score") legend=Signal::derive(move || t_string!(i18n, evaluation.gas.level_reached).to_string())
                    options=levels()
                    value=Signal::derive(move || Some(goal.with(|g| g.gas.valid_score().map_or("none".to_string(), |s| s.to_string()))))
                    on_change=Callback::new(move |v: String| {
                        let score = v.parse::<i8>().ok();
                        edit(Box::new(move |g| g.gas.score = score))
                    }) />
                <RadioGroup name=f("result") legend=Signal::derive(move || t_string!(i18n, evaluation.gas.met_legend).to_string()) inline=true
                    options=results()
                    value=Signal::derive(move || goal.with(|g| g.evaluation.result.map(|r| r.code().to_string())))
                    on_change=Callback::new(move |v: String| {
                        let result = OutcomeResult::from_code(&v);
                        edit(Box::new(move |g| g.evaluation.result = result))
                    }) />
                <TextArea id=f("helped") label=move || t_string!(i18n, evaluation.gas.helped)
                    value=eval_text(|e| &e.helped)
                    on_input=move |v| edit(Box::new(move |g| g.evaluation.helped = v)) />
                <TextArea id=f("hindered") label=move || t_string!(i18n, evaluation.gas.hindered)
                    value=eval_text(|e| &e.hindered)
                    on_input=move |v| edit(Box::new(move |g| g.evaluation.hindered = v)) />
            </Fold>
        </li>
    }
}

/// What each Goal Attainment Scaling level would look like, and how much the goal counts: the
/// same fields, on the same scale, on the Goals step (as the goal is set) and on Evaluation.
#[component]
pub(crate) fn GasScaleFields(
    /// The start of the fields' ids: `{id_prefix}-level-0` … `-level-4`, `{id_prefix}-weight`.
    id_prefix: String,
    /// The goal's scale.
    gas: Signal<GasScale>,
    /// Makes one change to the goal's scale.
    on_edit: Callback<GasEdit>,
) -> impl IntoView {
    let i18n = use_i18n();
    let f = move |name: &str| format!("{id_prefix}-{name}");
    // The texts of the choices, following the language chosen.
    // (Built when the fields are drawn. 1 to 10, and a larger weight a file brought, so it
    // shows as it is.)
    let weights = gas
        .with_untracked(GasScale::weight_choices)
        .into_iter()
        .map(|w| {
            let code = weight_code(w);
            let text = Signal::derive(move || match w {
                1 => t_string!(i18n, evaluation.gas.weight_usual),
                10 => t_string!(i18n, evaluation.gas.weight_ten),
                _ => code,
            });
            (code, text)
        })
        .collect::<Vec<_>>();
    view! {
        <fieldset class="gas-levels">
            <legend>{t!(i18n, evaluation.gas.levels_legend)}</legend>
            {GAS_LEVELS.iter().enumerate().map(|(i, (level, _))| {
                let level = *level;
                view! {
                    <TextField id=f(&format!("level-{i}")) label=move || gas_level_label(i18n, level)
                        hint=move || gas_level_hint(i18n, level)
                        value=Signal::derive(move || gas.with(|g| g.levels.get(i).cloned().unwrap_or_default()))
                        on_input=move |v| on_edit.run(GasEdit::Level(i, v)) />
                }
            }).collect_view()}
        </fieldset>
        <SelectField id=f("weight") label=move || t_string!(i18n, evaluation.gas.weight)
            options=weights
            value=Signal::derive(move || weight_code(gas.with(GasScale::counted_weight)))
            on_change=move |v| {
                let w = v.parse::<u8>().map_or(1, |w| w.clamp(1, WEIGHT_MAX));
                on_edit.run(GasEdit::Weight(w))
            } />
    }
}
