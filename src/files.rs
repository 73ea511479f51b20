//! Files on the person's device: saving text as a download and reading a file they chose.
//! Everything stays on the device; nothing is uploaded.

use crate::i18n::{td_string, Locale};
use crate::model::lang::Lang;
use crate::model::{calendar, CarePlan, PlanId};
use crate::state::{repo, LocalStore};
use crate::storage::backup::{self, check_size, FileError};
use crate::storage::envelope::{ReadError, StoredPlan};
use crate::storage::safekeeping;
use crate::storage::LoadError;
use chrono::{Local, Utc};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a JSON file named `name`. Fails quietly (returns false) if the browser
/// refuses.
pub fn download_text(name: &str, text: &str) -> bool {
    try_download(name, text, "application/json").is_ok()
}

fn try_download(name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let document = window.document().ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// The whole text of a file the person chose. The size is checked first, so a huge file is
/// refused without being read into memory.
pub async fn read_text(file: &web_sys::File) -> Result<String, FileError> {
    // `size` is a double in the File API; anything odd counts as too big.
    let size = file.size();
    let bytes = if size.is_finite() && size >= 0.0 {
        size as u64
    } else {
        u64::MAX
    };
    check_size(bytes)?;
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Unreadable)?;
    text.as_string().ok_or(FileError::Unreadable)
}

/// What to say when the browser refused a download.
fn refused(lang: Lang) -> String {
    match lang {
        Lang::En => "The browser did not allow the file to be saved.",
        Lang::Es => "El navegador no permitió guardar el archivo.",
    }
    .into()
}

/// A stored plan to save as a file, or why nothing was saved.
fn load(id: PlanId, lang: Lang) -> Result<StoredPlan, String> {
    repo().load(id).map_err(|e| nothing_saved(&e, lang))
}

/// Saves the plans with these ids as one backup file in the person's downloads. Returns the
/// sentence to show, in `lang`: what was saved and where, or why nothing was. See
/// [`save_plans_noting`] for plans whose data cannot be read.
pub fn save_plans(ids: &[PlanId], lang: Lang) -> Result<String, String> {
    save_plans_noting(ids, Vec::new(), lang)
}

/// [`save_plans`], saying also that the plans named in `left_out` (damaged data already set
/// aside, see `Repo::list`) are not in the file. A plan whose data turns out damaged now is left
/// out and named the same way, so one damaged plan never stops the backup of the others;
/// nothing is saved when none can be read, or when storage itself refuses.
pub fn save_plans_noting(
    ids: &[PlanId],
    mut left_out: Vec<String>,
    lang: Lang,
) -> Result<String, String> {
    let mut plans = Vec::with_capacity(ids.len());
    let mut damaged = None;
    for id in ids {
        match repo().load(*id) {
            Ok(stored) => plans.push(stored),
            Err(e @ (LoadError::SetAside | LoadError::Read(ReadError::Unreadable(_)))) => {
                left_out.push(repo().last_known(*id).map_or_else(
                    || td_string!(locale(lang), plans.card.unknown).to_string(),
                    |s| quoted(s.full_name_in(lang), lang),
                ));
                damaged.get_or_insert(e);
            }
            Err(e) => return Err(nothing_saved(&e, lang)),
        }
    }
    if plans.is_empty() {
        return Err(match damaged {
            Some(e) => nothing_saved(&e, lang),
            None => match lang {
                Lang::En => "There are no plans to save.".into(),
                Lang::Es => "No hay planes que guardar.".into(),
            },
        });
    }
    let refs: Vec<_> = plans.iter().map(|p| &p.plan).collect();
    let name = backup::file_name(&refs, Local::now().date_naive());
    let saved = backup::to_file(&plans, Utc::now())
        .map(|text| download_text(&name, &text))
        .unwrap_or(false);
    if !saved {
        return Err(refused(lang));
    }
    // For the backup reminder on My plans; failing to note it loses nothing.
    let _ = safekeeping::record_backup(&LocalStore, Utc::now());
    let saved = match (plans.as_slice(), lang) {
        ([one], Lang::En) => format!(
            "Saved \u{201c}{}\u{201d} as the file \u{201c}{name}\u{201d}. Look for it in your downloads. It holds personal details: keep it somewhere safe.",
            one.plan.summary().full_name_in(lang)
        ),
        (many, Lang::En) => format!(
            "Saved {} plans as the file \u{201c}{name}\u{201d}. Look for it in your downloads. It holds personal details: keep it somewhere safe.",
            many.len()
        ),
        ([one], Lang::Es) => format!(
            "Se guardó «{}» como el archivo «{name}». Búsquelo en sus descargas. Contiene datos personales: téngalo en un lugar seguro.",
            one.plan.summary().full_name_in(lang)
        ),
        (many, Lang::Es) => format!(
            "Se guardaron {} planes como el archivo «{name}». Búsquelo en sus descargas. Contiene datos personales: téngalo en un lugar seguro.",
            many.len()
        ),
    };
    Ok(match left_out.len() {
        0 => saved,
        1 => format!(
            "{saved} {}",
            td_string!(
                locale(lang),
                plans.save_all_left_out_one,
                names = left_out.join(", ")
            )
        ),
        _ => format!(
            "{saved} {}",
            td_string!(
                locale(lang),
                plans.save_all_left_out_many,
                names = left_out.join(", ")
            )
        ),
    })
}

fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Es => Locale::es,
    }
}

/// A plan's name in the language's quotes: "“Maria: Housing”".
fn quoted(name: String, lang: Lang) -> String {
    td_string!(locale(lang), plans.quoted, name = name).to_string()
}

/// "Nothing was saved: why."
fn nothing_saved(e: &LoadError, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Nothing was saved: {}", e.plain_in(lang)),
        Lang::Es => format!("No se guardó nada: {}", e.plain_in(lang)),
    }
}

/// Saves one plan as a FHIR R4 Bundle, for another health or care system. Returns the sentence
/// to show, as [`save_plans`] does.
pub fn save_fhir(id: PlanId, lang: Lang) -> Result<String, String> {
    let stored = load(id, lang)?;
    let name = backup::fhir_file_name(&stored.plan, Local::now().date_naive());
    let saved = serde_json::to_string_pretty(&crate::fhir::to_bundle(&stored.plan))
        .map(|text| download_text(&name, &text))
        .unwrap_or(false);
    if !saved {
        return Err(refused(lang));
    }
    Ok(match lang {
        Lang::En => format!(
            "Saved the plan for other health and care systems as \u{201c}{name}\u{201d} (FHIR, a standard format). Look for it in your downloads. It holds personal details: keep it somewhere safe."
        ),
        Lang::Es => format!(
            "Se guardó el plan para otros sistemas de salud y de cuidado como «{name}» (FHIR, un formato estándar). Búsquelo en sus descargas. Contiene datos personales: téngalo en un lugar seguro."
        ),
    })
}

/// Saves the plan's upcoming reviews, steps, appointments and dates as a calendar file
/// (iCalendar, .ics). Returns the sentence to show, as [`save_plans`] does. The file itself is
/// in English (exports are).
pub fn save_calendar(id: PlanId, lang: Lang) -> Result<String, String> {
    let stored = load(id, lang)?;
    let today = Local::now().date_naive();
    let count = calendar::reminders(&stored.plan, today).len();
    if count == 0 {
        return Err(match lang {
            Lang::En => "There is nothing coming up to remind you of: give steps, reviews or appointments a date first.".into(),
            Lang::Es => "No hay nada próximo que recordarle: primero ponga fecha a los pasos, las revisiones o las citas.".into(),
        });
    }
    let name = backup::ics_file_name(&stored.plan, today);
    let text = calendar::to_ics(&stored.plan, today, Utc::now());
    if try_download(&name, &text, "text/calendar").is_err() {
        return Err(refused(lang));
    }
    Ok(match lang {
        Lang::En => {
            let reminders = if count == 1 {
                "1 reminder".to_string()
            } else {
                format!("{count} reminders")
            };
            format!(
                "Saved {reminders} as \u{201c}{name}\u{201d}. Open it from your downloads to add them to your calendar; saving a newer file later updates them instead of adding copies. Calendars that sync online will hold these step names and dates too."
            )
        }
        Lang::Es => {
            let reminders = if count == 1 {
                "1 recordatorio".to_string()
            } else {
                format!("{count} recordatorios")
            };
            format!(
                "Se guardó {reminders} como «{name}». Ábralo desde sus descargas para agregarlo a su calendario; si más adelante guarda un archivo más nuevo, se actualizan en lugar de duplicarse. Los calendarios que se sincronizan en internet también tendrán estos nombres de pasos y fechas."
            )
        }
    })
}

/// Saves the plan as it is on screen (not as stored) as a backup file: for when storage is full
/// and the latest changes exist only here. Returns the sentence to show.
pub fn save_plan_on_screen(plan: &CarePlan, lang: Lang) -> Result<String, String> {
    let now = Utc::now();
    let stored = StoredPlan {
        plan: plan.clone(),
        revision: 0,
        saved_at: now,
    };
    let name = backup::file_name(&[plan], Local::now().date_naive());
    let saved = backup::to_file(&[stored], now)
        .map(|text| download_text(&name, &text))
        .unwrap_or(false);
    if !saved {
        return Err(refused(lang));
    }
    let _ = safekeeping::record_backup(&LocalStore, now);
    Ok(match lang {
        Lang::En => format!(
            "Saved the plan with all your changes as \u{201c}{name}\u{201d}. Look for it in your downloads."
        ),
        Lang::Es => format!(
            "Se guardó el plan con todos sus cambios como «{name}». Búsquelo en sus descargas."
        ),
    })
}
