//! One goal: its sentence, its SMART check, and the fields it is composed from, grouped by letter.

use super::smart_marks::SmartMarks;
use crate::components::{
    focus_move_button, step_href, Checkbox, DateField, RadioGroup, SelectField, TextArea, TextField,
};
use crate::model::goals::smart::check;
use crate::model::goals::{Direction, GoalStatus, Priority};
use crate::model::{Goal, GoalId, Step};
use crate::state::{today, PlanState};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;

const CONFIDENCE: [(&str, &str); 12] = [
    ("", "Not rated yet"),
    ("0", "0 (not sure at all)"),
    ("1", "1"),
    ("2", "2"),
    ("3", "3"),
    ("4", "4"),
    ("5", "5"),
    ("6", "6"),
    ("7", "7"),
    ("8", "8"),
    ("9", "9"),
    ("10", "10 (completely sure)"),
];

#[component]
pub fn GoalCard(
    /// The open plan.
    state: PlanState,
    /// Which goal.
    id: GoalId,
    /// Whether the fields start unfolded (a goal just added).
    open: bool,
    /// Asks to remove this goal.
    on_remove: Callback<GoalId>,
) -> impl IntoView {
    let plan = state.plan;
    // This goal alone: woken by edits of this goal (`edit_goal`) and by changes to the plan's
    // lists, not by typing in another goal.
    let goal = Memo::new(move |_| {
        state.track_goal(id);
        plan.with_untracked(|p| p.goal(id).cloned().unwrap_or_default())
    });
    let person = Memo::new(move |_| plan.with(|p| p.person_name().to_string()));
    let sentence = move || goal.with(|g| person.with(|name| g.sentence(name)));
    let marks = Memo::new(move |_| goal.with(|g| check(g, today())));
    let position =
        Memo::new(move |_| plan.with(|p| p.goals.iter().position(|g| g.id == id).unwrap_or(0)));
    let count = Memo::new(move |_| plan.with(|p| p.goals.len()));
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
            count.get_untracked(),
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
                <h3 id=f("title")>{move || format!("Goal {}", position.get() + 1)}</h3>
                <p class="goal-sentence" id=f("sentence")>{sentence}</p>
                <SmartMarks marks=marks id_prefix=f("smart") />
                <details class="goal-fields" open=open on:toggle=toggled>
                    <summary>"Edit this goal"</summary>
                    <Show when=move || unfolded.get()>
                        <fieldset class="letter-group">
                            <legend>"S \u{2014} Specific: what will be done, and by whom"</legend>
                            <TextField id=f("action") label="What will be done"
                                hint="An action, e.g. \u{201c}walk\u{201d}, \u{201c}take my evening pills\u{201d}, \u{201c}call the housing office\u{201d}."
                                value=text(|g| &g.action) on_input=set(|g, v| g.action = v) />
                            <TextField id=f("detail") label="Any detail (optional)"
                                hint="Words after the amount, e.g. \u{201c}without help\u{201d}, \u{201c}each morning\u{201d}."
                                value=text(|g| &g.detail) on_input=set(|g, v| g.detail = v) />
                            <TextField id=f("who") label="Who will do it (optional)"
                                hint="Leave empty if it is the person the plan is for."
                                value=text(|g| &g.who) on_input=set(|g, v| g.who = v) />
                        </fieldset>
                        <fieldset class="letter-group">
                            <legend>"M \u{2014} Measurable: how you will know"</legend>
                            <div class="goal-grid">
                                <TextField id=f("measure") label="What is measured"
                                    hint="E.g. distance walked, drinks a week."
                                    value=text(|g| &g.measure) on_input=set(|g, v| g.measure = v) />
                                <TextField id=f("unit") label="Unit" hint="E.g. feet, minutes a day, times a week."
                                    value=text(|g| &g.unit) on_input=set(|g, v| g.unit = v) />
                                <TextField id=f("baseline") label="Where things are now (baseline)"
                                    hint="The number today."
                                    value=text(|g| &g.baseline) on_input=set(|g, v| g.baseline = v) />
                                <TextField id=f("target") label="Target number" hint="The number to reach."
                                    value=text(|g| &g.target) on_input=set(|g, v| g.target = v) />
                            </div>
                            <RadioGroup
                                name=f("direction")
                                legend="The number should"
                                options=Direction::ALL.iter().map(|d| (d.code().to_string(), d.label().to_string())).collect()
                                value=Signal::derive(move || goal.with(|g| Some(g.direction.code().to_string())))
                                on_change=Callback::new(move |v: String| {
                                    if let Some(d) = Direction::from_code(&v) {
                                        state.edit_goal(id, |g| g.direction = d)
                                    }
                                })
                                inline=true
                            />
                            <TextField id=f("outcome") label="Or, where no number fits: what anyone could see when it is done"
                                hint="E.g. \u{201c}there is a signed lease\u{201d}."
                                value=text(|g| &g.outcome) on_input=set(|g, v| g.outcome = v) />
                        </fieldset>
                        <fieldset class="letter-group">
                            <legend>"A \u{2014} Achievable: can it be done?"</legend>
                            <SelectField id=f("confidence")
                                label="How sure are you that you can do this? (0 to 10)"
                                options=CONFIDENCE.to_vec()
                                value=Signal::derive(move || {
                                    let c = goal.with(|g| g.confidence);
                                    CONFIDENCE.iter().find(|(code, _)| c.map(|c| c.to_string()).as_deref() == Some(*code))
                                        .map(|(code, _)| *code).unwrap_or("")
                                })
                                on_change=move |v| {
                                    let c = v.parse::<u8>().ok().filter(|c| *c <= 10);
                                    state.edit_goal(id, |g| g.confidence = c)
                                }
                            />
                            <TextField id=f("supports") label="Who or what will help"
                                value=text(|g| &g.supports) on_input=set(|g, v| g.supports = v) />
                            <TextField id=f("barriers") label="What might get in the way"
                                value=text(|g| &g.known_barriers) on_input=set(|g, v| g.known_barriers = v) />
                        </fieldset>
                        <fieldset class="letter-group">
                            <legend>"R \u{2014} Relevant: why this goal"</legend>
                            <Show
                                when=move || needs.with(|n| !n.is_empty())
                                fallback=move || view! {
                                    <p class="hint">
                                        "No needs yet. Add them on the "
                                        <A href=step_href(plan_id, Step::Needs)>"Needs step"</A>
                                        " to link this goal to one."
                                    </p>
                                }
                            >
                                <fieldset class="radio-group">
                                    <legend>"Which needs does it help with?"</legend>
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
                            </Show>
                            <TextArea id=f("why") label="Why it matters, in the person's own words"
                                value=text(|g| &g.why) on_input=set(|g, v| g.why = v) />
                        </fieldset>
                        <fieldset class="letter-group">
                            <legend>"T \u{2014} Time-bound: by when"</legend>
                            <div class="goal-grid">
                                <DateField id=f("start") label="Start date"
                                    value=date(|g| g.start_date) on_change=set_date(|g, d| g.start_date = d) />
                                <DateField id=f("target-date") label="Target date"
                                    value=date(|g| g.target_date) on_change=set_date(|g, d| g.target_date = d) />
                                <DateField id=f("review-date") label="Review date (optional)"
                                    value=date(|g| g.review_date) on_change=set_date(|g, d| g.review_date = d) />
                            </div>
                        </fieldset>
                        <div class="goal-grid">
                            <SelectField id=f("priority") label="Priority"
                                options=Priority::ALL.iter().map(|p| (p.code(), p.label())).collect()
                                value=Signal::derive(move || goal.with(|g| g.priority.code()))
                                on_change=move |v| {
                                    if let Some(pr) = Priority::from_code(&v) {
                                        state.edit_goal(id, |g| g.priority = pr)
                                    }
                                }
                            />
                            <SelectField id=f("status") label="Status"
                                options=GoalStatus::ALL.iter().map(|s| (s.code(), s.label())).collect()
                                value=Signal::derive(move || goal.with(|g| g.status.code()))
                                on_change=move |v| {
                                    if let Some(s) = GoalStatus::from_code(&v) {
                                        state.edit_goal(id, |g| g.status = s)
                                    }
                                }
                            />
                        </div>
                    </Show>
                </details>
                <div class="actions">
                    <button id=f("goal-up") on:click=move |_| moved(-1) disabled=move || position.get() == 0>
                        "Move up"
                    </button>
                    <button id=f("goal-down") on:click=move |_| moved(1)
                        disabled=move || { position.get() + 1 >= count.get() }>
                        "Move down"
                    </button>
                    <button class="danger" on:click=move |_| on_remove.run(id)>"Remove"</button>
                </div>
            </article>
        </li>
    }
}
