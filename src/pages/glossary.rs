//! "Words explained" (`/words`): every term from `model::glossary`, plainly. A link to
//! `/words#<term>` opens the page at that entry.

use crate::components::focus::heading_focused_on_mount;
use crate::components::language::untranslated;
use crate::model::glossary::{Term, TERMS};
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
        <main id="main" class="page glossary" lang=untranslated()>
            <h1 tabindex="-1" node_ref=heading>"Words explained"</h1>
            <p class="lead">
                "Some words in care planning are not everyday words. Here is what each one means."
            </p>
            <dl class="glossary-list">
                {TERMS.iter().map(|t| view! { <Entry term=*t /> }).collect_view()}
            </dl>
            <p><A href=crate::routes::home()>"Go to My plans"</A></p>
        </main>
    }
}

#[component]
fn Entry(
    /// The word and its meaning.
    term: Term,
) -> impl IntoView {
    view! {
        // The focus lands on the whole entry, so a screen reader reads the word and its meaning.
        <div class="glossary-entry" id=term.slug tabindex="-1">
            <dt>{term.word}</dt>
            <dd>{term.plain}</dd>
        </div>
    }
}

/// A word that links to its entry in "Words explained".
#[component]
pub fn TermLink(
    /// The entry's anchor in `model::glossary::TERMS`, e.g. `"baseline"`.
    slug: &'static str,
) -> impl IntoView {
    let word = crate::model::glossary::term(slug).map_or(slug, |t| t.word);
    view! { <A href=words_href(Some(slug)) attr:class="term-link">{word}</A> }
}
