//! Radio groups and checkboxes with real labels, grouped in a fieldset whose legend is the
//! question, so screen readers read the question with every option and arrow keys move
//! between options.

use crate::components::isolated;
use crate::model::Choice;
use leptos::prelude::*;

/// A question answered by picking one option.
#[component]
pub fn RadioGroup<T>(
    /// Unique name of the group; option `code` gets the id `{name}-{code}`.
    #[prop(into)]
    name: String,
    /// The question, shown as the legend: fixed, or following the chosen language.
    #[prop(into)]
    legend: Signal<String>,
    /// Optional line under the question: fixed, or following the chosen language.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// The options as (code, label): the label is text, or a signal to follow the chosen
    /// language.
    options: Vec<(String, T)>,
    /// The code of the chosen option, if any.
    #[prop(into)]
    value: Signal<Option<String>>,
    /// Called with the code of the option chosen.
    on_change: Callback<String>,
    /// Lays short options out side by side.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView
where
    T: IntoView + 'static,
{
    let hint_id = hint.as_ref().map(|_| format!("{name}-hint"));
    let described_by = hint_id.clone();
    view! {
        <fieldset class="radio-group" class:inline=inline aria-describedby=described_by>
            <legend>{move || isolated(legend.get())}</legend>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{move || h.get()}</p> })}
            <div class="options">
                {options
                    .into_iter()
                    .map(|(code, label)| {
                        let id = format!("{name}-{code}");
                        let is_chosen = {
                            let code = code.clone();
                            move || value.with(|v| v.as_deref() == Some(code.as_str()))
                        };
                        view! {
                            <div class="option">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=name.clone()
                                    value=code.clone()
                                    prop:checked=is_chosen
                                    on:change=move |_| on_change.run(code.clone())
                                />
                                <label for=id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// A question answered by picking one of a model's choices ([`Choice`]): each option's value
/// and id come from its code, its words from `label`. Thin over [`RadioGroup`], so each enum
/// adds little code.
#[component]
pub fn ChoiceRadios<T: Choice>(
    /// Unique name of the group; option `code` gets the id `{name}-{code}`.
    #[prop(into)]
    name: String,
    /// The question, shown as the legend.
    #[prop(into)]
    legend: Signal<String>,
    /// Optional line under the question.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// The values offered, in order: all of them unless given.
    #[prop(optional)]
    only: Option<&'static [T]>,
    /// The words for each value.
    label: fn(T) -> String,
    /// The value chosen, if any.
    #[prop(into)]
    value: Signal<Option<T>>,
    /// Called with the value chosen.
    on_change: Callback<T>,
    /// Lays short options out side by side.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let options: Vec<(String, String)> = only
        .unwrap_or(T::ALL)
        .iter()
        .map(|c| (c.code().to_string(), label(*c)))
        .collect();
    let code = Signal::derive(move || value.get().map(|v| v.code().to_string()));
    let picked = Callback::new(move |code: String| {
        if let Some(v) = T::from_code(&code) {
            on_change.run(v)
        }
    });
    match hint {
        Some(hint) => view! {
            <RadioGroup name=name legend=legend hint=hint options=options value=code on_change=picked inline=inline />
        }
        .into_any(),
        None => view! {
            <RadioGroup name=name legend=legend options=options value=code on_change=picked inline=inline />
        }
        .into_any(),
    }
}

/// One tickable option.
#[component]
pub fn Checkbox(
    /// Unique id of the checkbox.
    #[prop(into)]
    id: String,
    /// Visible label: fixed, or following the chosen language.
    #[prop(into)]
    label: Signal<String>,
    /// Whether it is ticked.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state when ticked or unticked.
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="option">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{move || label.get()}</label>
        </div>
    }
}
