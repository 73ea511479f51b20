//! A sentence with text a person typed or a file brought set into it, drawn so that text's
//! direction stays inside it: each part isolated with `model::text::isolate` becomes a `<bdi>`.
//! The page's text reads as the sentence without the invisible marks.

use crate::model::text::{pieces, Piece};
use leptos::prelude::*;

/// `sentence`, its isolated parts in `<bdi>` elements.
pub fn isolated(sentence: impl AsRef<str>) -> impl IntoView {
    pieces(sentence.as_ref())
        .into_iter()
        .map(|piece| match piece {
            Piece::Fixed(s) => s.to_string().into_any(),
            Piece::Isolated(s) => view! { <bdi>{s.to_string()}</bdi> }.into_any(),
        })
        .collect_view()
}
