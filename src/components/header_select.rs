//! A setting in the page header: a labelled drop-down list (text size, language).

use leptos::prelude::*;

/// One choice in a header setting.
pub struct Choice {
    /// What is stored and compared, e.g. `"large"`, `"es"`.
    pub code: &'static str,
    /// What it says, in the chosen language (or its own, for a language).
    pub name: Signal<&'static str>,
    /// The language `name` is written in, when it may not be the page's.
    pub lang: Option<&'static str>,
}

#[component]
pub fn HeaderSelect(
    /// Id of the list (its label points at it), also a class of the wrapper.
    id: &'static str,
    /// The label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The choices, in order.
    choices: Vec<Choice>,
    /// The code of the choice in force.
    #[prop(into)]
    chosen: Signal<&'static str>,
    /// Called with the code the person picked.
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <div class=format!("header-setting {id}")>
            <label for=id>{move || label.get()}</label>
            <select id=id on:change=move |ev| on_change(event_target_value(&ev))>
                {choices
                    .into_iter()
                    .map(|c| {
                        let code = c.code;
                        view! {
                            <option value=code lang=c.lang selected=move || chosen.get() == code>
                                {move || c.name.get()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
