//! A `<details>` section whose content is built only while it is open, so a plan with
//! hundreds of goals renders a line per goal until the person opens one.

use crate::components::shown::Shown;
use leptos::prelude::*;

#[component]
pub fn Fold(
    /// The `id` of the `<details>` element.
    #[prop(into)]
    id: String,
    /// Extra classes of the `<details>` element.
    #[prop(optional)]
    class: &'static str,
    /// What the closed section shows.
    summary: ViewFn,
    /// Whether it starts open.
    #[prop(optional)]
    open: bool,
    /// The content, built when opened.
    children: ChildrenFn,
) -> impl IntoView {
    let is_open = RwSignal::new(open);
    view! {
        <details
            id=id
            class=class
            open=open
            on:toggle=move |ev| {
                is_open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))
            }
        >
            <summary>{summary.run()}</summary>
            <Shown when=move || is_open.get()>{children()}</Shown>
        </details>
    }
}

/// A button that opens and closes a part of the page shown elsewhere (the header's settings
/// and the step list on a phone): says whether it is open (`aria-expanded`), names what it
/// controls, and shows a small arrow pointing the way it will move.
#[component]
pub fn FoldButton(
    /// Whether the part is open; the button turns it over.
    open: RwSignal<bool>,
    /// The `id` of the part it opens.
    controls: &'static str,
    /// The button's class.
    class: &'static str,
    /// What the button says.
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls=controls
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {children()}
            <span aria-hidden="true">{move || if open.get() { " \u{25B4}" } else { " \u{25BE}" }}</span>
        </button>
    }
}
