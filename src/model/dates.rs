//! Dates as people read them.

use super::lang::Lang;
use chrono::{Datelike, NaiveDate};

/// "22 November 2026".
pub fn long(date: NaiveDate) -> String {
    long_in(date, Lang::En)
}

/// "22 November 2026" / "22 de noviembre de 2026". (chrono's own month names are English
/// only without its `unstable-locales` feature, which would add the whole CLDR to the wasm.)
pub fn long_in(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => date.format("%-d %B %Y").to_string(),
        Lang::Es => format!(
            "{} de {} de {}",
            date.day(),
            month_name(date.month(), Lang::Es),
            date.year()
        ),
    }
}

/// The name of a month (1 to 12) as written inside a sentence: "November" / "noviembre".
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let names = match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    };
    let index = usize::try_from(month.clamp(1, 12) - 1).unwrap_or_default();
    names[index]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates_have_no_leading_zero() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap_or_default();
        assert_eq!(long(d), "5 December 2026");
        assert_eq!(long_in(d, Lang::En), "5 December 2026");
    }

    #[test]
    fn spanish_dates_read_as_spoken() {
        let d = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap_or_default();
        assert_eq!(long_in(d, Lang::Es), "1 de septiembre de 2026");
        let d = NaiveDate::from_ymd_opt(2027, 1, 31).unwrap_or_default();
        assert_eq!(long_in(d, Lang::Es), "31 de enero de 2027");
    }

    #[test]
    fn month_names_match_chronos_english() {
        for month in 1..=12 {
            let d = NaiveDate::from_ymd_opt(2026, month, 1).unwrap_or_default();
            assert_eq!(month_name(month, Lang::En), d.format("%B").to_string());
        }
        assert_eq!(month_name(0, Lang::Es), "enero");
        assert_eq!(month_name(13, Lang::Es), "diciembre");
    }
}
