//! The Evaluation step: for each goal, Goal Attainment Scaling and whether it was met, and a
//! summary of the whole plan with its GAS T-score.

use crate::components::{Fold, RadioGroup, SelectField, TextArea, TextField};
use crate::model::evaluation::{counts_text, signed, GoalEvaluation, OutcomeResult, GAS_LEVELS};
use crate::model::{Goal, GoalId};
use crate::state::PlanState;
use leptos::prelude::*;

const WEIGHTS: [(&str, &str); 5] = [
    ("1", "1 (usual)"),
    ("2", "2"),
    ("3", "3"),
    ("4", "4"),
    ("5", "5 (counts most)"),
];

#[component]
pub fn EvaluationStep(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let plan = state.plan;
    let ids = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    view! {
        <PlanSummary state=state />
        <section class="card" aria-labelledby="gas-heading">
            <h2 id="gas-heading">"Each goal"</h2>
            <p class="hint">
                "Goal Attainment Scaling (GAS) compares what happened with what was expected. For each goal, describe five levels, from much less than expected (\u{2212}2) to much more than expected (+2), with the expected outcome in the middle (0). Best done when the goal is set; at evaluation, pick the level reached."
            </p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">"No goals yet: write them in the Goals step."</p>
            </Show>
            <ol class="evaluation-goals">
                <For each=move || ids.get() key=|id| *id let:id>
                    <GoalEvaluationCard state=state id=id />
                </For>
            </ol>
        </section>
    }
}

#[component]
fn PlanSummary(state: PlanState) -> impl IntoView {
    let plan = state.plan;
    let gas = Memo::new(move |_| plan.with(|p| p.gas_summary()));
    let counts = Memo::new(move |_| plan.with(|p| p.summary_counts()));
    let score_line = move || gas.with(|g| g.sentence());
    view! {
        <section class="card" aria-labelledby="summary-heading">
            <h2 id="summary-heading">"The plan at a glance"</h2>
            <p class="gas-score" aria-live="polite">{score_line}</p>
            <dl class="pairs">
                <dt>"Goals"</dt>
                <dd>{move || counts.with(|c| counts_text(c.goals_by_status.iter().map(|(s, n)| (s.label(), *n))))}</dd>
                <dt>"Met or not"</dt>
                <dd>{move || counts.with(|c| counts_text(c.goals_by_result.iter().map(|(r, n)| (r.label(), *n))))}</dd>
                <dt>"Needs resolved"</dt>
                <dd>{move || counts.with(|c| format!("{} of {}", c.needs_resolved, c.needs_total))}</dd>
                <dt>"Services used"</dt>
                <dd>{move || counts.with(|c| if c.services_used.is_empty() { "None yet".to_string() } else { c.services_used.join(", ") })}</dd>
            </dl>
        </section>
    }
}

#[component]
fn GoalEvaluationCard(state: PlanState, id: GoalId) -> impl IntoView {
    let plan = state.plan;
    let goal = Memo::new(move |_| plan.with(|p| p.goal(id).cloned().unwrap_or_default()));
    let sentence = move || plan.with(|p| goal.with(|g| g.sentence(p.person_name())));
    let summary = ViewFn::from(move || {
        view! {
            <span class="progress-sentence">{sentence}</span>
            <span class="progress-standing">{move || goal.with(|g| {
                let score = g.gas.valid_score().map_or("GAS not scored".to_string(), |s| format!("GAS {}", signed(s)));
                let result = g.evaluation.result.map_or("not evaluated", OutcomeResult::label);
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
    view! {
        <li>
            <Fold id=f("fold") class="progress-goal" summary=summary>
                <fieldset class="gas-levels">
                    <legend>"What each level would look like"</legend>
                    {GAS_LEVELS.iter().enumerate().map(|(i, (level, name))| {
                        let label: &'static str = name;
                        view! {
                            <TextField id=f(&format!("level-{i}")) label=label
                                hint=level_hint(*level)
                                value=Signal::derive(move || goal.with(|g| g.gas.levels[i].clone()))
                                on_input=move |v| edit(Box::new(move |g| g.gas.levels[i] = v)) />
                        }
                    }).collect_view()}
                </fieldset>
                <SelectField id=f("weight") label="How much this goal counts (weight)"
                    options=WEIGHTS.to_vec()
                    value=Signal::derive(move || {
                        let w = goal.with(|g| g.gas.weight).to_string();
                        WEIGHTS.iter().find(|(c, _)| *c == w).map_or("1", |(c, _)| c)
                    })
                    on_change=move |v| {
                        let w = v.parse().unwrap_or(1);
                        edit(Box::new(move |g| g.gas.weight = w))
                    } />
                <RadioGroup name=f("score") legend="Level reached"
                    options={
                        let mut o = vec![("none".to_string(), "Not scored yet".to_string())];
                        o.extend(GAS_LEVELS.iter().map(|(l, name)| (l.to_string(), format!("{} {name}", signed(*l)))));
                        o
                    }
                    value=Signal::derive(move || Some(goal.with(|g| g.gas.valid_score().map_or("none".to_string(), |s| s.to_string()))))
                    on_change=Callback::new(move |v: String| {
                        let score = v.parse::<i8>().ok();
                        edit(Box::new(move |g| g.gas.score = score))
                    }) />
                <RadioGroup name=f("result") legend="Was the goal met?" inline=true
                    options=OutcomeResult::ALL.iter().map(|r| (r.code().to_string(), r.label().to_string())).collect()
                    value=Signal::derive(move || goal.with(|g| g.evaluation.result.map(|r| r.code().to_string())))
                    on_change=Callback::new(move |v: String| {
                        let result = OutcomeResult::from_code(&v);
                        edit(Box::new(move |g| g.evaluation.result = result))
                    }) />
                <TextArea id=f("helped") label="What helped"
                    value=eval_text(|e| &e.helped)
                    on_input=move |v| edit(Box::new(move |g| g.evaluation.helped = v)) />
                <TextArea id=f("hindered") label="What got in the way"
                    value=eval_text(|e| &e.hindered)
                    on_input=move |v| edit(Box::new(move |g| g.evaluation.hindered = v)) />
            </Fold>
        </li>
    }
}

fn level_hint(level: i8) -> &'static str {
    match level {
        -2 => "\u{2212}2: for example, where things are now, or worse.",
        -1 => "\u{2212}1: some progress, but less than hoped.",
        0 => "0: the expected outcome, usually the goal as written.",
        1 => "+1: a bit better than the goal.",
        _ => "+2: much better than the goal.",
    }
}
