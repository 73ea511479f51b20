//! Files on the person's device: saving text as a download and reading a file they chose.
//! Everything stays on the device; nothing is uploaded. Each save takes the plans it is given
//! (the plan on screen, or the plans My plans read for it) and never reads storage itself;
//! what happened is a [`Saved`] or a [`NotSaved`], worded by [`outcome`].

pub mod outcome;

pub use outcome::{said, NotSaved, Saved};

use crate::model::lang::Lang;
use crate::model::{calendar, CarePlan, PlanSummary};
use crate::state::LocalStore;
use crate::storage::backup::{self, check_size, FileError};
use crate::storage::envelope::StoredPlan;
use crate::storage::safekeeping;
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

/// Saves `plans` as one backup file in the person's downloads. `left_out` are plans that could
/// not be in it (damaged data), named in the sentence that says what was saved.
pub fn write_backup(
    plans: &[StoredPlan],
    left_out: Vec<Option<PlanSummary>>,
) -> Result<Saved, NotSaved> {
    if plans.is_empty() {
        return Err(NotSaved::NoPlans);
    }
    let now = Utc::now();
    let refs: Vec<_> = plans.iter().map(|p| &p.plan).collect();
    let file = backup::file_name(&refs, Local::now().date_naive());
    let saved = backup::to_file(plans, now)
        .map(|text| download_text(&file, &text))
        .unwrap_or(false);
    if !saved {
        return Err(NotSaved::Refused);
    }
    // For the backup reminder on My plans; failing to note it loses nothing.
    let _ = safekeeping::record_backup(&LocalStore, now);
    Ok(Saved::Backup {
        file,
        plans: plans.iter().map(|p| p.plan.summary()).collect(),
        left_out,
    })
}

/// [`write_backup`] with nothing left out, as the sentence to show in `lang`.
pub fn save_plans(plans: &[StoredPlan], lang: Lang) -> Result<String, String> {
    said(&write_backup(plans, Vec::new()), lang)
}

/// Saves the plan as a FHIR R4 Bundle, for another health or care system.
pub fn write_fhir(plan: &CarePlan) -> Result<Saved, NotSaved> {
    let file = backup::fhir_file_name(plan, Local::now().date_naive());
    let saved = serde_json::to_string_pretty(&crate::fhir::to_bundle(plan))
        .map(|text| download_text(&file, &text))
        .unwrap_or(false);
    if !saved {
        return Err(NotSaved::Refused);
    }
    Ok(Saved::Fhir { file })
}

/// [`write_fhir`], as the sentence to show in `lang`.
pub fn save_fhir(plan: &CarePlan, lang: Lang) -> Result<String, String> {
    said(&write_fhir(plan), lang)
}

/// Saves the plan's upcoming reviews, steps, appointments and dates as a calendar file
/// (iCalendar, .ics). The file itself is in English (exports are).
pub fn write_calendar(plan: &CarePlan) -> Result<Saved, NotSaved> {
    let today = Local::now().date_naive();
    let count = calendar::reminders(plan, today).len();
    if count == 0 {
        return Err(NotSaved::NothingComingUp);
    }
    let file = backup::ics_file_name(plan, today);
    let text = calendar::to_ics(plan, today, Utc::now());
    if try_download(&file, &text, "text/calendar").is_err() {
        return Err(NotSaved::Refused);
    }
    Ok(Saved::Calendar { file, count })
}

/// [`write_calendar`], as the sentence to show in `lang`.
pub fn save_calendar(plan: &CarePlan, lang: Lang) -> Result<String, String> {
    said(&write_calendar(plan), lang)
}

/// Saves the plan as it is on screen (not as stored) as a backup file: for when storage is full
/// and the latest changes exist only here.
pub fn write_on_screen(plan: &CarePlan) -> Result<Saved, NotSaved> {
    let now = Utc::now();
    let stored = StoredPlan {
        plan: plan.clone(),
        revision: 0,
        saved_at: now,
    };
    let file = backup::file_name(&[plan], Local::now().date_naive());
    let saved = backup::to_file(&[stored], now)
        .map(|text| download_text(&file, &text))
        .unwrap_or(false);
    if !saved {
        return Err(NotSaved::Refused);
    }
    let _ = safekeeping::record_backup(&LocalStore, now);
    Ok(Saved::OnScreen { file })
}

/// [`write_on_screen`], as the sentence to show in `lang`.
pub fn save_plan_on_screen(plan: &CarePlan, lang: Lang) -> Result<String, String> {
    said(&write_on_screen(plan), lang)
}
