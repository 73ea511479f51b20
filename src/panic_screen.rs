//! If the app ever panics, the WebAssembly module stops. Instead of a dead page, show a plain
//! explanation and a way to reload. Saved plans are untouched.

use std::panic::PanicHookInfo;

pub fn install() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

fn show(details: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    body.set_text_content(None);
    let make = |tag: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Some(main) = make("main", "") else { return };
    main.set_class_name("page crash");
    let parts = [
        make("h1", "Something went wrong"),
        make(
            "p",
            "The app hit a problem it could not recover from. Your saved plans are safe in this browser. Reload the page to carry on; the last second of typing may be missing.",
        ),
        make("pre", details),
    ];
    for part in parts.into_iter().flatten() {
        let _ = main.append_child(&part);
    }
    if let Some(link) = make("a", "Reload the page") {
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_else(|| ".".into());
        let _ = link.set_attribute("href", &href);
        let _ = main.append_child(&link);
    }
    let _ = body.append_child(&main);
}
