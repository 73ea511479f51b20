//! Keeping plans safe in a browser: how much of local storage they use, and when the person
//! last saved a backup file. Plain Rust over the key-value store, tested natively.

use super::kv::{KeyValueStore, StoreError};
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
pub fn usage_sentence(used: usize) -> String {
    let mb = used as f64 / 1_000_000.0;
    let shown = if used > 0 && mb < 0.1 {
        "less than 0.1".to_string()
    } else {
        format!("{mb:.1}")
    };
    let mut s = format!(
        "Your plans take up {shown} MB of the about {} MB this browser keeps for this app.",
        BUDGET / 1_000_000
    );
    if used * 5 >= BUDGET * 4 {
        s.push_str(" That is nearly full: save your plans as a file, then delete plans you no longer need.");
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
) -> Option<String> {
    if plans == 0 {
        return None;
    }
    match last {
        None => Some(
            "You have not saved a backup file of your plans from this browser yet. If the browser\u{2019}s data is cleared, plans without a backup are lost."
                .into(),
        ),
        Some(t) => {
            let days = (now - t).num_days();
            (days >= REMIND_AFTER_DAYS).then(|| {
                format!("Your last backup file is {days} days old. Save a new one, so recent changes are safe too.")
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
pub const PRIVATE_WINDOW_WARNING: &str = "This may be a private (incognito) window. Plans kept in a private window are deleted when the window closes. Save your plans as a file before you close it, or use an ordinary window.";

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
            usage_sentence(420_000),
            "Your plans take up 0.4 MB of the about 5 MB this browser keeps for this app."
        );
        assert!(usage_sentence(2_000).contains("less than 0.1 MB"));
        assert!(usage_sentence(0).contains("0.0 MB"));
        assert!(usage_sentence(4_100_000).contains("nearly full"));
        assert!(!usage_sentence(3_900_000).contains("nearly full"));
    }

    #[test]
    fn a_reminder_when_there_is_no_backup_or_it_is_old() {
        assert!(
            backup_reminder(None, at(30), 0).is_none(),
            "no plans, nothing to back up"
        );
        assert!(backup_reminder(None, at(30), 2)
            .unwrap()
            .contains("not saved a backup"));
        assert!(backup_reminder(Some(at(20)), at(30), 2).is_none());
        let old = Utc.with_ymd_and_hms(2026, 10, 1, 9, 0, 0).unwrap();
        assert_eq!(
            backup_reminder(Some(old), at(30), 1).unwrap(),
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
