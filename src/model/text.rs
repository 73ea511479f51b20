//! Text a person typed or a file brought, set into the app's own sentences so that its
//! direction cannot leak out: a name with an unterminated right-to-left override (U+202E)
//! must not reverse "Imported the plan for …" around it.
//!
//! [`isolate`] wraps such text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain
//! text form of `<bdi>`. The isolate is applied where text is shown only, never to what is
//! stored or exported. On screen and on paper [`pieces`] splits a sentence again, so each
//! isolated part is drawn in a `<bdi>` element (`components::isolated`).

/// U+2068 FIRST STRONG ISOLATE: the text after it takes the direction of its first letter.
pub const FSI: char = '\u{2068}';
/// U+2069 POP DIRECTIONAL ISOLATE: ends the isolate, and every embedding or override opened
/// inside it.
pub const PDI: char = '\u{2069}';
/// U+2066 LEFT-TO-RIGHT ISOLATE and U+2067 RIGHT-TO-LEFT ISOLATE, the other two openers.
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';

fn opens_isolate(c: char) -> bool {
    matches!(c, LRI | RLI | FSI)
}

/// `text` isolated from the sentence around it: `FSI text PDI`. Empty text stays empty.
///
/// The text's own isolate marks are balanced first, so nothing in it can end the isolate
/// early (a stray PDI is dropped) or keep it open past its end (an unclosed one is closed).
/// Embeddings and overrides (U+202A to U+202E) need nothing: the closing PDI ends them.
pub fn isolate(text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let inner = balanced(text);
    let mut out = String::with_capacity(inner.len() + 6);
    out.push(FSI);
    out.push_str(&inner);
    out.push(PDI);
    out
}

/// `text` with every isolate it opens closed, and every PDI that closes nothing of its own
/// dropped.
pub fn balanced(text: &str) -> String {
    let mut depth = 0_usize;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if opens_isolate(c) {
            depth += 1;
        } else if c == PDI {
            if depth == 0 {
                continue;
            }
            depth -= 1;
        }
        out.push(c);
    }
    out.extend(std::iter::repeat_n(PDI, depth));
    out
}

/// A stretch of a sentence: the app's own words, or a part isolated by [`isolate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Fixed(&'a str),
    /// Without its outer FSI and PDI.
    Isolated(&'a str),
}

/// A sentence split into the app's words and the isolated parts set into it, in order. Empty
/// pieces are left out; an isolate still open at the end runs to the end. A PDI outside any
/// isolate is dropped.
pub fn pieces(sentence: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut depth = 0_usize;
    // Where the current piece starts, in bytes.
    let mut start = 0;
    for (i, c) in sentence.char_indices() {
        let after = i + c.len_utf8();
        if depth == 0 {
            if c == FSI {
                push(&mut out, Piece::Fixed(&sentence[start..i]));
                depth = 1;
                start = after;
            } else if c == PDI {
                push(&mut out, Piece::Fixed(&sentence[start..i]));
                start = after;
            }
        } else if opens_isolate(c) {
            depth += 1;
        } else if c == PDI {
            depth -= 1;
            if depth == 0 {
                push(&mut out, Piece::Isolated(&sentence[start..i]));
                start = after;
            }
        }
    }
    let rest = &sentence[start..];
    push(
        &mut out,
        if depth == 0 {
            Piece::Fixed(rest)
        } else {
            Piece::Isolated(rest)
        },
    );
    out
}

fn push<'a>(out: &mut Vec<Piece<'a>>, piece: Piece<'a>) {
    let (Piece::Fixed(s) | Piece::Isolated(s)) = piece;
    if !s.is_empty() {
        out.push(piece);
    }
}

/// `text` without the isolate marks [`isolate`] adds: what a person reading it would copy.
pub fn without_isolates(text: &str) -> String {
    text.chars().filter(|&c| c != FSI && c != PDI).collect()
}

/// `text` with every explicit direction control taken out (embeddings, overrides and isolates,
/// U+202A to U+202E and U+2066 to U+2069), for places that hold plain text only and cannot
/// isolate it: the page margins of a printout, drawn by CSS. Nothing it holds can then turn
/// the words around it.
pub fn without_direction_controls(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RLO: char = '\u{202e}';

    /// The levels the Unicode Bidirectional Algorithm's explicit rules (X1 to X8) give to the
    /// characters outside every isolate in `s`, in a left-to-right paragraph: enough to see
    /// whether an override inside an isolate leaks out of it. `None` for a character inside
    /// an isolate; the override in force for the others.
    fn outside_overrides(s: &str) -> Vec<(char, bool)> {
        // The stack of embeddings and isolates opened: (is an isolate, is an override).
        let mut stack: Vec<(bool, bool)> = Vec::new();
        let mut out = Vec::new();
        for c in s.chars() {
            let inside_isolate = stack.iter().any(|(iso, _)| *iso);
            match c {
                '\u{202a}' | '\u{202b}' => stack.push((false, false)),
                '\u{202d}' | '\u{202e}' => stack.push((false, true)),
                '\u{202c}' => {
                    if matches!(stack.last(), Some((false, _))) {
                        stack.pop();
                    }
                }
                LRI | RLI | FSI => {
                    if !inside_isolate {
                        out.push((c, stack.iter().any(|(_, o)| *o)));
                    }
                    stack.push((true, false));
                }
                PDI => {
                    // Closes the last isolate and everything opened after it; an unmatched
                    // PDI does nothing.
                    if let Some(at) = stack.iter().rposition(|(iso, _)| *iso) {
                        stack.truncate(at);
                    }
                    if !stack.iter().any(|(iso, _)| *iso) {
                        out.push((c, stack.iter().any(|(_, o)| *o)));
                    }
                }
                _ if !inside_isolate => out.push((c, stack.iter().any(|(_, o)| *o))),
                _ => {}
            }
        }
        out
    }

    fn overridden_outside(s: &str) -> String {
        outside_overrides(s)
            .into_iter()
            .filter(|(_, o)| *o)
            .map(|(c, _)| c)
            .collect()
    }

    #[test]
    fn a_right_to_left_override_in_a_name_does_not_reach_the_words_after_it() {
        let name = format!("Ana{RLO} Lopez");
        // Without the isolate, the words after the name are overridden: the bug.
        let bare = format!("Imported the plan for {name}. Open it below.");
        assert!(overridden_outside(&bare).contains("Open it below"));
        let shown = format!("Imported the plan for {}. Open it below.", isolate(&name));
        assert_eq!(overridden_outside(&shown), "", "{shown:?}");
        assert_eq!(shown.chars().filter(|&c| c == RLO).count(), 1);
    }

    #[test]
    fn empty_text_stays_empty() {
        assert_eq!(isolate(""), "");
        assert_eq!(balanced(""), "");
    }

    #[test]
    fn text_is_wrapped_as_typed() {
        assert_eq!(isolate("Ana López"), "\u{2068}Ana López\u{2069}");
        assert_eq!(isolate(" "), "\u{2068} \u{2069}");
    }

    #[test]
    fn already_isolated_text_is_fine() {
        let once = isolate("Ana");
        let twice = isolate(&once);
        assert_eq!(twice, "\u{2068}\u{2068}Ana\u{2069}\u{2069}");
        assert_eq!(pieces(&twice), vec![Piece::Isolated(&once)]);
        assert_eq!(without_isolates(&twice), "Ana");
    }

    #[test]
    fn a_stray_pdi_cannot_end_the_isolate_early() {
        let hostile = format!("\u{2069}{RLO}evil");
        let shown = format!("Plan for {} is saved.", isolate(&hostile));
        assert_eq!(overridden_outside(&shown), "", "{shown:?}");
        // Unbalanced, the stray PDI would have closed the isolate and the override leaked.
        let naive = format!("Plan for {FSI}{hostile}{PDI} is saved.");
        assert!(overridden_outside(&naive).contains("is saved"));
    }

    #[test]
    fn an_isolate_left_open_in_the_text_is_closed_with_it() {
        let open = format!("{RLI}abc");
        assert_eq!(balanced(&open), format!("{RLI}abc{PDI}"));
        let shown = format!("x {} y", isolate(&open));
        assert_eq!(
            pieces(&shown),
            vec![
                Piece::Fixed("x "),
                Piece::Isolated(&balanced(&open)),
                Piece::Fixed(" y"),
            ]
        );
    }

    #[test]
    fn balanced_text_is_kept_as_it_is() {
        let text = format!("a {LRI}b{PDI} {RLO}c");
        assert_eq!(balanced(&text), text);
    }

    #[test]
    fn a_sentence_splits_into_its_words_and_its_isolated_parts() {
        let s = format!(
            "Imported 1 plan from “{}”: “{}: {}”.",
            isolate("plan.json"),
            isolate("Ana"),
            isolate("Housing")
        );
        assert_eq!(
            pieces(&s),
            vec![
                Piece::Fixed("Imported 1 plan from “"),
                Piece::Isolated("plan.json"),
                Piece::Fixed("”: “"),
                Piece::Isolated("Ana"),
                Piece::Fixed(": "),
                Piece::Isolated("Housing"),
                Piece::Fixed("”."),
            ]
        );
        assert_eq!(
            without_isolates(&s),
            "Imported 1 plan from “plan.json”: “Ana: Housing”."
        );
    }

    #[test]
    fn plain_text_is_one_piece_and_empty_text_none() {
        assert_eq!(pieces("Nothing due"), vec![Piece::Fixed("Nothing due")]);
        assert_eq!(pieces(""), vec![]);
        assert_eq!(pieces(&isolate("")), vec![]);
    }

    #[test]
    fn an_isolate_open_at_the_end_runs_to_the_end_and_a_stray_pdi_is_dropped() {
        assert_eq!(
            pieces("a\u{2068}b"),
            vec![Piece::Fixed("a"), Piece::Isolated("b")]
        );
        assert_eq!(
            pieces("a\u{2069}b"),
            vec![Piece::Fixed("a"), Piece::Fixed("b")]
        );
    }

    #[test]
    fn direction_controls_are_taken_out_for_plain_text_places() {
        let name = format!("Ana{RLO} Lopez\u{2067}x\u{2069}\u{202a}y\u{202c}");
        assert_eq!(without_direction_controls(&name), "Ana Lopezxy");
        assert_eq!(without_direction_controls("María López"), "María López");
        assert_eq!(without_direction_controls(""), "");
    }
}
