//! The text size setting (normal, large, extra large), in the page header: it scales every
//! size on screen (they are all in rem) and is remembered in this browser. Printouts keep their
//! own sizes.

use crate::components::header_select::{Choice, HeaderSelect};
use crate::i18n::{t_string, use_i18n, Locale};
use crate::state::LocalStore;
use crate::storage::KeyValueStore;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// Where the choice is kept (not personal, never encrypted).
const KEY: &str = "careplan:text-size";

/// A text size: its stored code, its label, and the root font size it gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextSize {
    Normal,
    Large,
    ExtraLarge,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::ExtraLarge];

    pub fn code(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::ExtraLarge => "extra-large",
        }
    }

    /// Its name in the chosen language.
    pub fn label(self, i18n: I18nContext<Locale>) -> &'static str {
        match self {
            TextSize::Normal => t_string!(i18n, text_size.normal),
            TextSize::Large => t_string!(i18n, text_size.large),
            TextSize::ExtraLarge => t_string!(i18n, text_size.extra_large),
        }
    }

    /// Anything unknown (or nothing stored) is normal.
    pub fn from_code(code: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .unwrap_or(TextSize::Normal)
    }
}

/// The remembered size.
pub fn remembered() -> TextSize {
    TextSize::from_code(&LocalStore.get(KEY).ok().flatten().unwrap_or_default())
}

/// Puts `size` on the page: `data-text-size` on `<html>`, which style/main.css scales from.
pub fn apply(size: TextSize) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-text-size", size.code());
    }
}

#[component]
pub fn TextSizeControl() -> impl IntoView {
    let i18n = use_i18n();
    let size = RwSignal::new(remembered());
    let choices = TextSize::ALL
        .into_iter()
        .map(|s| Choice {
            code: s.code(),
            name: Signal::derive(move || s.label(i18n)),
            lang: None,
        })
        .collect();
    view! {
        <HeaderSelect
            id="text-size"
            label=Signal::derive(move || t_string!(i18n, text_size.label))
            choices=choices
            chosen=Signal::derive(move || size.get().code())
            on_change=move |code| {
                let chosen = TextSize::from_code(&code);
                size.set(chosen);
                apply(chosen);
                let _ = LocalStore.set(KEY, chosen.code());
            }
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_round_trip_and_anything_else_is_normal() {
        for size in TextSize::ALL {
            assert_eq!(TextSize::from_code(size.code()), size);
        }
        assert_eq!(TextSize::from_code(""), TextSize::Normal);
        assert_eq!(TextSize::from_code("huge<script>"), TextSize::Normal);
    }
}
