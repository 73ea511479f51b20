//! Dates as people read them.

use chrono::NaiveDate;

/// "22 November 2026".
pub fn long(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates_have_no_leading_zero() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap_or_default();
        assert_eq!(long(d), "5 December 2026");
    }
}
