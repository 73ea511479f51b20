//! One goal: its sentence, its SMART check, and the fields it is composed from, grouped by letter;
//! where it stands in the plan beside how it is going, and its attainment scale (optional).

use super::smart_marks::SmartMarks;
use crate::components::goal_text::{direction_label, goal_status_label, priority_label};
use crate::components::language::model_lang;
use crate::components::monitoring_text::how_going_label;
use crate::components::{
    focus_move_button, isolated, step_href, Checkbox, DateField, Fold, RadioGroup, SelectField,
    Shown, TextArea, TextField,
};
use crate::i18n::{t, t_string, use_i18n};
use crate::model::evaluation::GasEdit;
use crate::model::goals::smart::check_in;
use crate::model::goals::{Direction, GoalStatus, Priority};
use crate::model::{Goal, GoalId, Step};
use crate::pages::evaluation::GasScaleFields;
use crate::state::{today, PlanState};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;

/// The confidence choices by code: "" is not rated yet.
const CONFIDENCE: [&str; 12] = ["", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

#[component]
pub fn GoalCard(
    /// The open plan.
    state: PlanState,
    /// Which goal.
    id: GoalId,
    /// Whether the fields start unfolded (a goal just added).
    open: bool,
    /// The goals of the plan in order (for this goal's number and its move buttons).
    ids: Memo<Vec<GoalId>>,
    /// The person's name, as the goal sentence says it.
    person: Memo<String>,
    /// Asks to remove this goal.
    on_remove: Callback<GoalId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let plan = state.plan;
    // This goal alone: woken by edits of this goal (`edit_goal`) and by changes to the plan's
    // lists, not by typing in another goal.
    let goal = Memo::new(move |_| {
        state.track_goal(id);
        plan.with_untracked(|p| p.goal(id).cloned().unwrap_or_default())
    });
    let sentence = move || goal.with(|g| person.with(|name| g.shown_sentence_in(name, lang())));
    let marks = Memo::new(move |_| goal.with(|g| check_in(g, today(), lang())));
    // From the page's one list of ids and one name: two memos fewer per card, and a page may
    // hold hundreds of cards.
    let position = Memo::new(move |_| ids.with(|v| v.iter().position(|g| *g == id).unwrap_or(0)));
    let count = move || ids.with(Vec::len);
    let f = move |name: &str| format!("goal-{id}-{name}");

    let text =
        move |get: fn(&Goal) -> &String| Signal::derive(move || goal.with(|g| get(g).clone()));
    let set = move |put: fn(&mut Goal, String)| move |v: String| state.edit_goal(id, |g| put(g, v));
    let date = move |get: fn(&Goal) -> Option<NaiveDate>| Signal::derive(move || goal.with(get));
    let set_date = move |put: fn(&mut Goal, Option<NaiveDate>)| {
        move |d: Option<NaiveDate>| state.edit_goal(id, |g| put(g, d))
    };
    let moved = move |delta: isize| {
        state.edit(|p| {
            p.move_goal(id, delta);
        });
        focus_move_button(
            &f("goal"),
            position.get_untracked(),
            ids.with_untracked(Vec::len),
            delta,
        );
    };
    let needs = Memo::new(move |_| {
        plan.with(|p| {
            p.needs
                .iter()
                .map(|n| (n.id, n.display_statement()))
                .collect::<Vec<_>>()
        })
    });
    let plan_id = plan.with_untracked(|p| p.id);
    // The fields exist only while unfolded: a folded goal is its sentence and marks alone, so a
    // page of 200 goals builds and updates 200 short cards, not 4,000 fields.
    let unfolded = RwSignal::new(open);
    let toggled = move |ev: web_sys::Event| {
        unfolded.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
    };

    view! {
        <li class="goal">
            <article aria-labelledby=f("title")>
                <h3 id=f("title")>{move || t_string!(i18n, goals.card.title, number = position.get() + 1).to_string()}</h3>
                <p class="goal-sentence" id=f("sentence")>{move || isolated(sentence())}</p>
                <SmartMarks marks=marks id_prefix=f("smart") />
                <details class="goal-fields" open=open on:toggle=toggled>
                    <summary>{t!(i18n, goals.card.edit)}</summary>
                    <Shown when=move || unfolded.get()>
                        <fieldset class="letter-group">
                            <legend>{t!(i18n, goals.card.specific)}</legend>
                            <TextField id=f("action") label=move || t_string!(i18n, goals.card.action)
                                hint=move || t_string!(i18n, goals.card.action_hint)
                                value=text(|g| &g.action) on_input=set(|g, v| g.action = v) />
                            <TextField id=f("detail") label=move || t_string!(i18n, goals.card.detail)
                                hint=move || t_string!(i18n, goals.card.detail_hint)
                                value=text(|g| &g.detail) on_input=set(|g, v| g.detail = v) />
                            <TextField id=f("who") label=move || t_string!(i18n, goals.card.who)
                                hint=move || t_string!(i18n, goals.card.who_hint)
                                value=text(|g| &g.who) on_input=set(|g, v| g.who = v) />
                        </fieldset>
                        <fieldset class="letter-group">
                            <legend>{t!(i18n, goals.card.measurable)}</legend>
                            <div class="goal-grid">
                                <TextField id=f("measure") label=move || t_string!(i18n, goals.card.measure)
                                    hint=move || t_string!(i18n, goals.card.measure_hint)
                                    value=text(|g| &g.measure) on_input=set(|g, v| g.measure = v) />
                                <TextField id=f("unit") label=move || t_string!(i18n, goals.card.unit)
                                    hint=move || t_string!(i18n, goals.card.unit_hint)
                                    value=text(|g| &g.unit) on_input=set(|g, v| g.unit = v) />
                                <TextField id=f("baseline") label=move || t_string!(i18n, goals.card.baseline)
                                    hint=move || t_string!(i18n, goals.card.baseline_hint)
                                    value=text(|g| &g.baseline) on_input=set(|g, v| g.baseline = v) inputmode="decimal" />
                                <TextField id=f("target") label=move || t_string!(i18n, goals.card.target)
                                    hint=move || t_string!(i18n, goals.card.target_hint)
                                    value=text(|g| &g.target) on_input=set(|g, v| g.target = v) inputmode="decimal" />
                            </div>
                            <RadioGroup
                                name=f("direction")
                                legend=Signal::derive(move || t_string!(i18n, goals.card.direction).to_string())
                                options=Direction::ALL.into_iter().map(|d| (d.code().to_string(), Signal::derive(move || direction_label(i18n, d)))).collect()
                                value=Signal::derive(move || goal.with(|g| Some(g.direction.code().to_string())))
                                on_change=Callback::new(move |v: String| {
                                    if let Some(d) = Direction::from_code(&v) {
                                        state.edit_goal(id, |g| g.direction = d)
                                    }
                                })
                                inline=true
                            />
                            <TextField id=f("outcome") label=move || t_string!(i18n, goals.card.outcome)
                                hint=move || t_string!(i18n, goals.card.outcome_hint)
                                value=text(|g| &g.outcome) on_input=set(|g, v| g.outcome = v) />
                        </fieldset>
                        <fieldset class="letter-group">
                            <legend>{t!(i18n, goals.card.achievable)}</legend>
                            <SelectField id=f("confidence")
                                label=move || t_string!(i18n, goals.card.confidence)
                                options=CONFIDENCE.into_iter().map(|code| (code, Signal::derive(move || match code {
                                    "" => t_string!(i18n, goals.card.not_rated),
                                    "0" => t_string!(i18n, goals.card.not_sure),
                                    "10" => t_string!(i18n, goals.card.completely_sure),
                                    number => number,
                                }))).collect()
                                value=Signal::derive(move || {
                                    let c = goal.with(|g| g.confidence);
                                    CONFIDENCE.into_iter().find(|code| c.map(|c| c.to_string()).as_deref() == Some(*code))
                                        .unwrap_or("")
                                })
                                on_change=move |v| {
                                    let c = v.parse::<u8>().ok().filter(|c| *c <= 10);
                                    state.edit_goal(id, |g| g.confidence = c)
                                }
                            />
                            <TextField id=f("supports") label=move || t_string!(i18n, goals.card.supports)
                                value=text(|g| &g.supports) on_input=set(|g, v| g.supports = v) />
                            <TextField id=f("barriers") label=move || t_string!(i18n, goals.card.barriers)
                                value=text(|g| &g.known_barriers) on_input=set(|g, v| g.known_barriers = v) />
                        </fieldset>
                        <fieldset class="letter-group">
                            <legend>{t!(i18n, goals.card.relevant)}</legend>
                            <Shown
                                when=move || needs.with(|n| !n.is_empty())
                                fallback=move || view! {
                                    <p class="hint">
                                        {t!(i18n, goals.card.no_needs_before)}" "
                                        <A href=step_href(plan_id, Step::Needs)>{t!(i18n, goals.card.no_needs_link)}</A>
                                        " "{t!(i18n, goals.card.no_needs_after)}
                                    </p>
                                }
                            >
                                <fieldset class="radio-group">
                                    <legend>{t!(i18n, goals.card.which_needs)}</legend>
                                    <div class="options">
                                        {move || needs.get().into_iter().map(|(need, statement)| view! {
                                            <Checkbox
                                                id=format!("goal-{id}-need-{need}")
                                                label=statement
                                                checked=Signal::derive(move || goal.with(|g| g.needs.contains(&need)))
                                                on_change=Callback::new(move |on: bool| state.edit_goal(id, |g| {
                                                    g.needs.retain(|n| *n != need);
                                                    if on {
                                                        g.needs.push(need);
                                                    }
                                                }))
                                            />
                                        }).collect_view()}
                                    </div>
                                </fieldset>
                            </Shown>
                            <TextArea id=f("why") label=move || t_string!(i18n, goals.card.why)
                                value=text(|g| &g.why) on_input=set(|g, v| g.why = v) />
                        </fieldset>
                        <fieldset class="letter-group">
                            <legend>{t!(i18n, goals.card.time_bound)}</legend>
                            <div class="goal-grid">
                                <DateField id=f("start") label=move || t_string!(i18n, goals.card.start)
                                    value=date(|g| g.start_date) on_change=set_date(|g, d| g.start_date = d) />
                                <DateField id=f("target-date") label=move || t_string!(i18n, goals.card.target_date)
                                    value=date(|g| g.target_date) on_change=set_date(|g, d| g.target_date = d) />
                                <DateField id=f("review-date") label=move || t_string!(i18n, goals.card.review_date)
                                    value=date(|g| g.review_date) on_change=set_date(|g, d| g.review_date = d) />
                            </div>
                        </fieldset>
                        <div class="goal-grid">
                            <SelectField id=f("priority") label=move || t_string!(i18n, goals.card.priority)
                                options=Priority::ALL.into_iter().map(|p| (p.code(), Signal::derive(move || priority_label(i18n, p)))).collect()
                                value=Signal::derive(move || goal.with(|g| g.priority.code()))
                                on_change=move |v| {
                                    if let Some(pr) = Priority::from_code(&v) {
                                        state.edit_goal(id, |g| g.priority = pr)
                                    }
                                }
                            />
                            <SelectField id=f("status") label=move || t_string!(i18n, goals.card.status)
                                options=GoalStatus::ALL.into_iter().map(|s| (s.code(), Signal::derive(move || goal_status_label(i18n, s)))).collect()
                                value=Signal::derive(move || goal.with(|g| g.status.code()))
                                on_change=move |v| {
                                    if let Some(s) = GoalStatus::from_code(&v) {
                                        state.edit_goal(id, |g| g.status = s)
                                    }
                                }
                            />
                        </div>
                        // How it is going is kept on Monitoring; said here under its own name,
                        // and pointed out where it says work began while the plan says not.
                        <p class="hint" id=f("how-going")>{move || goal.with(|g| {
                            let status = how_going_label(i18n, g.how_going(today()));
                            t_string!(i18n, goals.card.how_going, status = status).to_string()
                        })}</p>
                        <Shown when=move || goal.with(Goal::begun_but_marked_not_started)>
                            <p class="hint" id=f("begun")>{move || {
                                let status = goal.with(|g| goal_status_label(i18n, g.status));
                                let active = goal_status_label(i18n, GoalStatus::Active);
                                t_string!(i18n, goals.card.begun_not_started, status = status, active = active).to_string()
                            }}</p>
                        </Shown>
                        // The attainment scale, best written as the goal is set: the same one
                        // the Evaluation step scores.
                        <Fold id=f("gas") class="goal-gas" open=goal.with_untracked(|g| g.gas.has_levels())
                            summary=ViewFn::from(move || view! { <span>{t!(i18n, goals.card.gas_summary)}</span> })>
                            <p class="hint">{t!(i18n, goals.card.gas_hint)}</p>
                            <GasScaleFields id_prefix=f("gas")
                                gas=Signal::derive(move || goal.with(|g| g.gas.clone()))
                                on_edit=Callback::new(move |change: GasEdit| state.edit_goal(id, |g| g.gas.apply(change))) />
                        </Fold>
                    </Shown>
                </details>
                <div class="actions">
                    <button id=f("goal-up") on:click=move |_| moved(-1) disabled=move || position.get() == 0>
                        {t!(i18n, goals.card.move_up)}
                    </button>
                    <button id=f("goal-down") on:click=move |_| moved(1)
                        disabled=move || { position.get() + 1 >= count() }>
                        {t!(i18n, goals.card.move_down)}
                    </button>
                    <button class="danger" on:click=move |_| on_remove.run(id)>{t!(i18n, goals.card.remove)}</button>
                </div>
            </article>
        </li>
    }
}
