//! "Why this step matters": the guidance for a step (`model::teaching::guidance`), in a
//! disclosure the person can open or close. Whether it is open is remembered in this browser.
//! It follows the language: switching changes its words and leaves it open or closed as it was.

use crate::components::language::{model_lang, translated_unless_english};
use crate::i18n::{t, use_i18n};
use crate::model::glossary;
use crate::model::teaching::guidance::guidance_in;
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
    let i18n = use_i18n();
    let lang = model_lang();
    // The chosen language while it is not English, so it holds on a step whose form is still
    // English (there <main> says lang="en").
    let own_lang = translated_unless_english();
    let open = match LocalStore.get(OPEN_KEY).ok().flatten().as_deref() {
        Some("yes") => true,
        Some("no") => false,
        _ => practice,
    };
    let toggled = move |ev: leptos::ev::Event| {
        let now_open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        let _ = LocalStore.set(OPEN_KEY, if now_open { "yes" } else { "no" });
    };
    // Built again when the language changes; the <details> itself stays, open or closed.
    let body = move || {
        let lang = lang();
        let g = guidance_in(step, lang);
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
        // The plain meaning of each word, from the one glossary the "Words explained" page
        // shows.
        let terms = (!g.terms.is_empty()).then(|| {
            let list = g
                .terms
                .iter()
                .filter_map(|slug| glossary::term(slug))
                .map(|t| view! { <dt>{t.word_in(lang)}</dt><dd>{t.plain_in(lang)}</dd> })
                .collect_view();
            view! {
                <h2>{t!(i18n, guidance.words)}</h2>
                <dl class="terms">{list}</dl>
            }
        });
        view! {
            <p>{g.what_it_is_for}</p>
            <h2>{t!(i18n, guidance.good)}</h2>
            <ul>{good}</ul>
            <h2>{t!(i18n, guidance.mistakes)}</h2>
            <ul>{mistakes}</ul>
            <h2>{t!(i18n, guidance.example)}</h2>
            <p>{g.example}</p>
            {terms}
        }
    };
    view! {
        <details class="guidance" open=open on:toggle=toggled lang=own_lang>
            <summary>{t!(i18n, guidance.heading)}</summary>
            {body}
        </details>
    }
}
