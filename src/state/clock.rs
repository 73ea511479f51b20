//! Today's date, from the browser's clock in the person's own time zone.

use chrono::NaiveDate;

pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
