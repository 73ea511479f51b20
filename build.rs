//! Compiles the interface text (locales/en/*.json, locales/es/*.json) into the `i18n` module.
//! Each file is a namespace named for the page or part it serves (`plans.json` holds
//! `plans.*`), so the text of one page can change without touching another's.

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    // A new namespace file is noticed as a change of the folder.
    println!("cargo::rerun-if-changed=locales/en");
    let mut namespaces = Vec::new();
    for entry in std::fs::read_dir("locales/en")? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            if let Some(name) = path.file_stem().and_then(|s| s.to_str()) {
                namespaces.push(name.to_string());
            }
        }
    }
    namespaces.sort();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    // interpolate_display: text with {{ values }} can also be a plain String (t_string!), for
    // attributes and messages built in code.
    let config = Config::new("en")?
        .add_locale("es")?
        .add_namespaces(&namespaces)?
        .parse_options(ParseOptions::default().interpolate_display(true));
    let translations = TranslationsInfos::parse(config)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(out.join("i18n"))?;
    Ok(())
}
