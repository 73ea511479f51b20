//! If the app ever panics, the WebAssembly module stops. Instead of a dead page, show a plain
//! explanation and a way to reload. Saved plans are untouched.

use crate::model::lang::Lang;
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
    // In the language the page was in (the i18n provider keeps <html lang> up to date).
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .map_or(Lang::En, |code| Lang::from_code(&code));
    let (title, text, reload) = words(lang);
    let Some(main) = make("main", "") else { return };
    main.set_class_name("page crash");
    let parts = [make("h1", title), make("p", text), make("pre", details)];
    for part in parts.into_iter().flatten() {
        let _ = main.append_child(&part);
    }
    if let Some(link) = make("a", reload) {
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_else(|| ".".into());
        let _ = link.set_attribute("href", &href);
        let _ = main.append_child(&link);
    }
    let _ = body.append_child(&main);
}

/// The heading, the explanation and the link, in `lang`.
fn words(lang: Lang) -> (&'static str, &'static str, &'static str) {
    match lang {
        Lang::En => (
            "Something went wrong",
            "The app hit a problem it could not recover from. Your saved plans are safe in this browser. Reload the page to carry on; the last second of typing may be missing.",
            "Reload the page",
        ),
        Lang::Es => (
            "Algo salió mal",
            "La aplicación tuvo un problema del que no pudo recuperarse. Sus planes guardados están a salvo en este navegador. Vuelva a cargar la página para seguir; puede faltar lo último que escribió.",
            "Volver a cargar la página",
        ),
    }
}
