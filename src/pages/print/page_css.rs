//! The running header and footer of a printout: the person's name, the print date and page
//! numbers in the page margins (CSS `@page` margin boxes, Chromium 131 and later).

use crate::model::dates;
use chrono::NaiveDate;

/// The `@page` rules for a plan printed on `date`. The name is escaped, so no name can end
/// the CSS string or the rule.
pub fn margin_boxes(person_name: &str, date: NaiveDate) -> String {
    let name = match person_name.trim() {
        "" => "Care plan".to_string(),
        n => format!("Care plan for {n}"),
    };
    // Margin boxes do not inherit the page's font, so they get their own.
    let font = "font: 9pt system-ui, sans-serif; color: #1a1a1a;";
    format!(
        "@media print {{ @page {{ \
         @top-left {{ content: \"{}\"; {font} }} \
         @top-right {{ content: \"Printed {}\"; {font} }} \
         @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); {font} }} }} }}",
        css_string(&name),
        dates::long(date)
    )
}

/// Text safe inside a double-quoted CSS string.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            // Line breaks and other controls as hex escapes (the space ends the escape).
            c if c.is_control() => out.push_str(&format!("\\{:x} ", c as u32)),
            // `<` as an escape too, so the text never reads as an HTML tag.
            '<' => out.push_str("\\3c "),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_and_date_go_in_the_margins() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        let css = margin_boxes("John", date);
        assert!(css.contains("@top-left { content: \"Care plan for John\"; font"));
        assert!(css.contains("Printed 22 November 2026"));
        assert!(css.contains("counter(pages)"));
        assert!(margin_boxes("  ", date).contains("\"Care plan\""));
    }

    #[test]
    fn no_name_can_break_out_of_the_css_string() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        let css = margin_boxes("Jo\"; } body { display: none } \\ </style>\nX", date);
        assert!(css.contains("Jo\\\"; } body { display: none } \\\\ \\3c /style>\\a X"));
        // Every quote left in the name part is escaped.
        let name_part = css.split("@top-right").next().unwrap_or_default();
        let unescaped = name_part.matches('"').count() - name_part.matches("\\\"").count();
        assert_eq!(
            unescaped, 2,
            "only the quotes that open and close the string"
        );
    }
}
