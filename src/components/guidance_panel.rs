//! "Why this step matters": the guidance for a step (`model::teaching::guidance`), in a
//! disclosure the person can open or close. Whether it is open is remembered in this browser.

use crate::model::glossary;
use crate::model::teaching::guidance::{guidance, HEADING};
use crate::model::Step;
use crate::state::LocalStore;
use crate::storage::KeyValueStore;
use leptos::prelude::*;

/// Where the choice to show or hide the guidance is kept (not personal, never encrypted).
const OPEN_KEY: &str = "careplan:guidance-open";

#[component]
pub fn GuidancePanel(
    /// The step the guidance is for.
    step: Step,
    /// In a practice copy the guidance is open unless the person closed it.
    #[prop(optional)]
    practice: bool,
) -> impl IntoView {
    let g = guidance(step);
    let open = match LocalStore.get(OPEN_KEY).ok().flatten().as_deref() {
        Some("yes") => true,
        Some("no") => false,
        _ => practice,
    };
    let toggled = move |ev: leptos::ev::Event| {
        let now_open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        let _ = LocalStore.set(OPEN_KEY, if now_open { "yes" } else { "no" });
    };
    let good = g
        .good_looks_like
        .iter()
        .map(|line| view! { <li>{*line}</li> })
        .collect_view();
    let mistakes = g
        .common_mistakes
        .iter()
        .map(|m| view! { <li><strong>{m.mistake}</strong>" " {m.instead}</li> })
        .collect_view();
    // The plain meaning of each word, from the one glossary the "Words explained" page shows.
    let terms = (!g.terms.is_empty()).then(|| {
        let list = g
            .terms
            .iter()
            .filter_map(|slug| glossary::term(slug))
            .map(|t| view! { <dt>{t.word}</dt><dd>{t.plain}</dd> })
            .collect_view();
        view! {
            <h2>"Words used here"</h2>
            <dl class="terms">{list}</dl>
        }
    });
    view! {
        <details class="guidance" open=open on:toggle=toggled>
            <summary>{HEADING}</summary>
            <p>{g.what_it_is_for}</p>
            <h2>"What good looks like"</h2>
            <ul>{good}</ul>
            <h2>"Common mistakes"</h2>
            <ul>{mistakes}</ul>
            <h2>"An example"</h2>
            <p>{g.example}</p>
            {terms}
        </details>
    }
}
