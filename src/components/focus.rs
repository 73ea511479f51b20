//! Moving keyboard focus to where the person's attention should go next.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A page heading that takes focus when the page appears, so keyboard and screen-reader users
/// know the page changed. Put it on the `<h1 tabindex="-1">` as `node_ref`.
pub fn heading_focused_on_mount() -> NodeRef<leptos::html::H1> {
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h1) = heading.get() {
            let _ = h1.focus();
        }
    });
    heading
}

/// Focuses the page's main heading now, e.g. after a banner went away with the focused button.
pub fn focus_page_heading() {
    if let Some(h1) = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = h1.focus();
    }
}

/// Focuses an element once the view has caught up, e.g. a newly added field.
pub fn focus_later(element_id: String) {
    request_animation_frame(move || {
        if let Some(el) = html_element(&element_id) {
            let _ = el.focus();
        }
    });
}

/// After an item moved up (`-1`) or down (`+1`), keeps focus on the button that was pressed
/// (`{id_prefix}-up` / `-down`), or on the other one when the item reached the end of the list
/// and that button became disabled.
pub fn focus_move_button(id_prefix: &str, new_position: usize, count: usize, delta: isize) {
    let at_top = new_position == 0;
    let at_bottom = new_position + 1 >= count;
    let button = match delta {
        -1 if !at_top => "up",
        -1 => "down",
        _ if at_bottom => "up",
        _ => "down",
    };
    focus_later(format!("{id_prefix}-{button}"));
}

/// Opens a `<details>` element and focuses its summary.
pub fn open_details(details_id: &str) {
    if let Some(el) = html_element(details_id) {
        let _ = el.set_attribute("open", "");
        if let Ok(Some(summary)) = el.query_selector("summary") {
            if let Ok(summary) = summary.dyn_into::<web_sys::HtmlElement>() {
                let _ = summary.focus();
                summary.scroll_into_view();
            }
        }
    }
}

fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}
