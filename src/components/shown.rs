//! `<Shown when=...>`: Leptos's `<Show>`, compiled once.
//!
//! `<Show>` is generic over its condition and its children, so each of the app's sixty uses
//! compiled its own copy of the rendering code (about 100 KiB of the wasm before optimizing).
//! Here the condition is a `Signal<bool>` and the children are boxed (`ChildrenFn`), so there
//! is one copy; only each use's own children are compiled per use, as before.

use leptos::prelude::*;

/// Shows its children while `when` is true, and `fallback` (nothing by default) otherwise.
/// The children are built again each time `when` turns true, as with `<Show>`.
#[component]
pub fn Shown(
    /// Whether to show the children; a closure, memo or signal. The children are rebuilt only
    /// when its value changes, not each time what it reads changes.
    #[prop(into)]
    when: Signal<bool>,
    /// What to show while `when` is true.
    children: ChildrenFn,
    /// What to show while `when` is false.
    #[prop(optional, into)]
    fallback: ViewFn,
) -> impl IntoView {
    let when = Memo::new(move |_| when.get());
    move || {
        if when.get() {
            children()
        } else {
            fallback.run()
        }
    }
}
