//! A wide table on a narrow screen: it scrolls sideways in its own box, never the page.

use leptos::prelude::*;

/// Holds a table that may be wider than a phone. Focusable, so it scrolls with the arrow keys
/// too, and named, so a screen reader says what the scrolling box holds (a group, not a
/// landmark: a printout has one per goal).
#[component]
pub fn TableScroll(
    /// What the table holds, e.g. "Progress entries".
    #[prop(into)]
    label: String,
    /// The table.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="group" aria-label=label>
            {children()}
        </div>
    }
}
