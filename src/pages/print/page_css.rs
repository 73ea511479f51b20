//! The running header and footer of a printout: the person's name, the print date and page
//! numbers in the page margins (CSS `@page` margin boxes, Chromium 131 and later), and the
//! narrower page margins of "My plan".

/// The page margins of "My plan" (style/main.css gives every page 18mm 15mm): narrower, so
/// a plan of three goals, eight steps, two services and the crisis box fits on two Letter
/// pages in its large type. The running header and footer still fit in them.
pub const COMPACT_MARGINS: &str = "12mm 14mm";

/// The `@page` rules: `title` ("Care plan for Maria") at the top left, `printed` ("Printed 1
/// December 2026") at the top right, and "Page 1 of 2" in the words given; with `compact`,
/// the narrower margins of "My plan". Every text is escaped, so no name can end the CSS string
/// or the rule. (These rules are adopted after the page's style sheet, so they win over it.)
pub fn margin_boxes(title: &str, printed: &str, page: &str, of: &str, compact: bool) -> String {
    // Margin boxes do not inherit the page's font, so they get their own.
    let font = "font: 9pt system-ui, sans-serif; color: #1a1a1a;";
    let margin = if compact {
        format!("margin: {COMPACT_MARGINS}; ")
    } else {
        String::new()
    };
    format!(
        "@media print {{ @page {{ {margin}\
         @top-left {{ content: \"{}\"; {font} }} \
         @top-right {{ content: \"{}\"; {font} }} \
         @bottom-right {{ content: \"{} \" counter(page) \" {} \" counter(pages); {font} }} }} }}",
        css_string(title),
        css_string(printed),
        css_string(page),
        css_string(of)
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
        let css = margin_boxes(
            "Care plan for John",
            "Printed 22 November 2026",
            "Page",
            "of",
            false,
        );
        assert!(css.contains("@top-left { content: \"Care plan for John\"; font"));
        assert!(css.contains("@top-right { content: \"Printed 22 November 2026\"; font"));
        assert!(css.contains("content: \"Page \" counter(page) \" of \" counter(pages)"));
        let es = margin_boxes(
            "Plan de cuidado",
            "Impreso el 22 de noviembre de 2026",
            "P\u{e1}gina",
            "de",
            false,
        );
        assert!(es.contains("content: \"P\u{e1}gina \" counter(page) \" de \" counter(pages)"));
        assert!(
            !css.contains("margin:"),
            "the full plan keeps the page's margins"
        );
    }

    #[test]
    fn my_plan_has_narrower_margins_and_the_same_margin_boxes() {
        let full = margin_boxes("Care plan", "Printed", "Page", "of", false);
        let mine = margin_boxes("Care plan", "Printed", "Page", "of", true);
        assert!(mine.starts_with("@media print { @page { margin: 12mm 14mm; @top-left {"));
        assert_eq!(mine.replace("margin: 12mm 14mm; ", ""), full);
    }

    #[test]
    fn no_name_can_break_out_of_the_css_string() {
        let css = margin_boxes(
            "Jo\"; } body { display: none } \\ </style>\nX",
            "Printed",
            "Page",
            "of",
            false,
        );
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
