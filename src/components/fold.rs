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
