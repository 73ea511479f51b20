//! Keeping plans safe in a browser: how much of local storage they use, and when the person
//! last saved a backup file. Plain Rust over the key-value store, tested natively.

use super::kv::{KeyValueStore, StoreError};
use crate::model::lang::Lang;
use chrono::{DateTime, Utc};

/// Every key this app writes starts with this.
pub const APP_PREFIX: &str = "careplan:";
/// When a backup file of every plan (or of one) was last saved from this browser.
pub const LAST_BACKUP_KEY: &str = "careplan:last-backup";
/// What browsers allow a site in local storage, roughly (Chromium and Firefox: 5 million
/// characters).
pub const BUDGET: usize = 5_000_000;
/// After this many days without a backup file, the app reminds the person.
pub const REMIND_AFTER_DAYS: i64 = 30;

/// Characters of local storage this app's keys and values take.
pub fn usage(store: &impl KeyValueStore) -> Result<usize, StoreError> {
    let mut total = 0;
    for key in store.keys()? {
        if key.starts_with(APP_PREFIX) {
            let value = store.get(&key)?.unwrap_or_default();
            total += key.chars().count() + value.chars().count();
        }
    }
    Ok(total)
}

/// "Your plans take up 0.4 MB of the about 5 MB this browser keeps for this app."
/// In `lang`; the decimal point is the one both English and the Spanish of the Americas use.
pub fn usage_sentence(used: usize, lang: Lang) -> String {
    let mb = used as f64 / 1_000_000.0;
    let budget = BUDGET / 1_000_000;
    let small = used > 0 && mb < 0.1;
    let nearly_full = used * 5 >= BUDGET * 4;
    let mut s = match (lang, small) {
        (Lang::En, true) => format!("Your plans take up less than 0.1 MB of the about {budget} MB this browser keeps for this app."),
        (Lang::En, false) => format!("Your plans take up {mb:.1} MB of the about {budget} MB this browser keeps for this app."),
        (Lang::Es, true) => format!("Sus planes ocupan menos de 0.1 MB de los unos {budget} MB que este navegador guarda para esta aplicación."),
        (Lang::Es, false) => format!("Sus planes ocupan {mb:.1} MB de los unos {budget} MB que este navegador guarda para esta aplicación."),
    };
    if nearly_full {
        s.push_str(match lang {
            Lang::En => " That is nearly full: save your plans as a file, then delete plans you no longer need.",
            Lang::Es => " Está casi lleno: guarde sus planes como archivo y luego borre los planes que ya no necesite.",
        });
    }
    s
}

/// Records that a backup file was saved now.
pub fn record_backup(store: &impl KeyValueStore, now: DateTime<Utc>) -> Result<(), StoreError> {
    store.set(LAST_BACKUP_KEY, &now.to_rfc3339())
}

/// When the last backup file was saved; `None` when never, or when the record is unreadable.
pub fn last_backup(store: &impl KeyValueStore) -> Option<DateTime<Utc>> {
    let raw = store.get(LAST_BACKUP_KEY).ok().flatten()?;
    DateTime::parse_from_rfc3339(raw.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// The reminder to show, if any: with plans and no backup file for `REMIND_AFTER_DAYS` days.
pub fn backup_reminder(
    last: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    plans: usize,
    lang: Lang,
) -> Option<String> {
    if plans == 0 {
        return None;
    }
    match (last, lang) {
        (None, Lang::En) => Some(
            "You have not saved a backup file of your plans from this browser yet. If the browser\u{2019}s data is cleared, plans without a backup are lost."
                .into(),
        ),
        (None, Lang::Es) => Some(
            "Todavía no ha guardado desde este navegador una copia de seguridad de sus planes en un archivo. Si se borran los datos del navegador, los planes sin copia de seguridad se pierden."
                .into(),
        ),
        (Some(t), _) => {
            let days = (now - t).num_days();
            (days >= REMIND_AFTER_DAYS).then(|| match lang {
                Lang::En => format!("Your last backup file is {days} days old. Save a new one, so recent changes are safe too."),
                Lang::Es => format!("Su última copia de seguridad tiene {days} días. Guarde una nueva, para que los cambios recientes también estén a salvo."),
            })
        }
    }
}

/// Whether the browser's storage quota suggests a private (incognito) window, whose data is
/// deleted when it closes. Chromium gives a private window a quota sized from memory, well
/// below twice the JavaScript heap limit, and an ordinary window a share of the disk; without
/// the heap limit (other browsers) anything under 1 GiB is taken as private. A hint, not proof,
/// so the warning says "may".
pub fn looks_private(quota_bytes: f64, heap_limit_bytes: Option<f64>) -> bool {
    const GIB: f64 = 1024.0 * 1024.0 * 1024.0;
    let limit = heap_limit_bytes
        .filter(|h| *h > 0.0)
        .map_or(GIB, |h| 2.0 * h);
    quota_bytes > 0.0 && quota_bytes < limit
}

/// The warning for a window that looks private.
pub fn private_window_warning(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "This may be a private (incognito) window. Plans kept in a private window are deleted when the window closes. Save your plans as a file before you close it, or use an ordinary window.",
        Lang::Es => "Puede que esta sea una ventana privada (de incógnito). Los planes de una ventana privada se borran al cerrarla. Guarde sus planes como archivo antes de cerrarla, o use una ventana normal.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;
    use chrono::TimeZone;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
    }

    #[test]
    fn usage_counts_only_this_apps_keys() {
        let store = MemoryStore::new();
        assert_eq!(usage(&store).unwrap(), 0);
        store.set("careplan:plan:1", "abcd").unwrap();
        store.set("other-app", "xxxxxxxxxx").unwrap();
        assert_eq!(usage(&store).unwrap(), "careplan:plan:1".len() + 4);
    }

    #[test]
    fn usage_in_words() {
        assert_eq!(
            usage_sentence(420_000, Lang::En),
            "Your plans take up 0.4 MB of the about 5 MB this browser keeps for this app."
        );
        assert!(usage_sentence(2_000, Lang::En).contains("less than 0.1 MB"));
        assert!(usage_sentence(0, Lang::En).contains("0.0 MB"));
        assert!(usage_sentence(4_100_000, Lang::En).contains("nearly full"));
        assert!(!usage_sentence(3_900_000, Lang::En).contains("nearly full"));
    }

    #[test]
    fn a_reminder_when_there_is_no_backup_or_it_is_old() {
        assert!(
            backup_reminder(None, at(30), 0, Lang::En).is_none(),
            "no plans, nothing to back up"
        );
        assert!(backup_reminder(None, at(30), 2, Lang::En)
            .unwrap()
            .contains("not saved a backup"));
        assert!(backup_reminder(Some(at(20)), at(30), 2, Lang::En).is_none());
        let old = Utc.with_ymd_and_hms(2026, 10, 1, 9, 0, 0).unwrap();
        assert_eq!(
            backup_reminder(Some(old), at(30), 1, Lang::En).unwrap(),
            "Your last backup file is 60 days old. Save a new one, so recent changes are safe too."
        );
    }

    #[test]
    fn the_last_backup_is_remembered_and_a_bad_record_is_ignored() {
        let store = MemoryStore::new();
        assert_eq!(last_backup(&store), None);
        record_backup(&store, at(22)).unwrap();
        assert_eq!(last_backup(&store), Some(at(22)));
        store.set(LAST_BACKUP_KEY, "yesterday").unwrap();
        assert_eq!(last_backup(&store), None);
    }

    #[test]
    fn a_small_quota_looks_like_a_private_window() {
        let gib = 1024.0 * 1024.0 * 1024.0;
        let heap = Some(4.0 * gib);
        assert!(
            looks_private(100.0 * 1024.0 * 1024.0, heap),
            "Chromium incognito"
        );
        assert!(looks_private(6.0 * gib, heap));
        assert!(!looks_private(120.0 * gib, heap), "a share of the disk");
        assert!(!looks_private(10.0 * gib, heap));
        assert!(looks_private(500.0 * 1024.0 * 1024.0, None));
        assert!(!looks_private(2.0 * gib, None));
        assert!(!looks_private(0.0, heap), "an unknown quota says nothing");
        assert!(!looks_private(f64::NAN, heap));
    }
}

#[cfg(test)]
mod spanish {
    use super::*;
    use crate::model::lang::assert_spanish;
    use chrono::TimeZone;

    #[test]
    fn storage_use_reminders_and_the_private_window_warning_in_spanish() {
        assert_eq!(
            usage_sentence(420_000, Lang::Es),
            "Sus planes ocupan 0.4 MB de los unos 5 MB que este navegador guarda para esta aplicación."
        );
        assert!(usage_sentence(2_000, Lang::Es).contains("menos de 0.1 MB"));
        assert!(usage_sentence(4_100_000, Lang::Es).contains("casi lleno"));
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
        let old = Utc.with_ymd_and_hms(2026, 10, 1, 9, 0, 0).unwrap();
        assert_eq!(
            backup_reminder(Some(old), now, 1, Lang::Es).unwrap(),
            "Su última copia de seguridad tiene 60 días. Guarde una nueva, para que los cambios recientes también estén a salvo."
        );
        for (en, es) in [
            (
                backup_reminder(None, now, 1, Lang::En),
                backup_reminder(None, now, 1, Lang::Es),
            ),
            (
                Some(usage_sentence(4_100_000, Lang::En)),
                Some(usage_sentence(4_100_000, Lang::Es)),
            ),
            (
                Some(private_window_warning(Lang::En).into()),
                Some(private_window_warning(Lang::Es).into()),
            ),
        ] {
            assert_spanish(&en.unwrap(), &es.unwrap());
        }
    }
}
