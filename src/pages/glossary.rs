//! "Words explained" (`/words`): every term from `model::glossary`, plainly. A link to
//! `/words#<term>` opens the page at that entry.

use crate::components::focus::heading_focused_on_mount;
use crate::components::language::model_lang;
use crate::i18n::{t, use_i18n};
use crate::model::glossary::{in_order, Term};
use crate::model::lang::Lang;
use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

/// The address of the whole glossary, or of one entry.
pub fn words_href(slug: Option<&str>) -> String {
    match slug {
        Some(slug) => format!("{}/words#{slug}", crate::routes::base()),
        None => format!("{}/words", crate::routes::base()),
    }
}

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let heading = heading_focused_on_mount();
    // Arriving at `/words#baseline`: the page is drawn after the browser looked for the anchor,
    // so go to the entry (and put the focus there) once it exists, after the heading took focus.
    Effect::new(move |_| {
        if heading.get().is_none() {
            return;
        }
        let hash = window().location().hash().unwrap_or_default();
        let slug = hash.trim_start_matches('#');
        if slug.is_empty() {
            return;
        }
        // Only an entry: any other id on the page (a header field) is not what the link meant.
        if crate::model::glossary::term(slug).is_none() {
            return;
        }
        if let Some(entry) = document()
            .get_element_by_id(slug)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            entry.scroll_into_view();
            let _ = entry.focus();
        }
    });
    view! {
        <main id="main" class="page glossary">
            <h1 tabindex="-1" node_ref=heading>{t!(i18n, app.words_explained)}</h1>
            <p class="lead">{t!(i18n, words.lead)}</p>
            // In the alphabetical order of the language shown; the anchors stay the same.
            <dl class="glossary-list">
                {move || {
                    let lang = lang();
                    in_order(lang).into_iter().map(|t| view! { <Entry term=*t lang=lang /> }).collect_view()
                }}
            </dl>
            <p><A href=crate::routes::home()>{t!(i18n, not_found.home)}</A></p>
        </main>
    }
}

#[component]
fn Entry(
    /// The word and its meaning.
    term: Term,
    /// The language to say them in.
    lang: Lang,
) -> impl IntoView {
    view! {
        // The focus lands on the whole entry, so a screen reader reads the word and its meaning.
        <div class="glossary-entry" id=term.slug tabindex="-1">
            <dt>{term.word_in(lang)}</dt>
            <dd>{term.plain_in(lang)}</dd>
        </div>
    }
}

/// A word that links to its entry in "Words explained".
#[component]
pub fn TermLink(
    /// The entry's anchor in `model::glossary::TERMS`, e.g. `"baseline"`.
    slug: &'static str,
) -> impl IntoView {
    let lang = model_lang();
    let word = move || crate::model::glossary::term(slug).map_or(slug, |t| t.word_in(lang()));
    view! { <A href=words_href(Some(slug)) attr:class="term-link">{word}</A> }
}
