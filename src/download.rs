//! Saving text as a file the person downloads. Everything stays on the device.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file named `name`. Fails quietly (returns false) if the browser refuses.
pub fn download_text(name: &str, text: &str) -> bool {
    try_download(name, text).is_ok()
}

fn try_download(name: &str, text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let document = window.document().ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}
