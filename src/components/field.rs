//! Labelled form fields bound to a getter and a setter. Every field has a visible label and an
//! optional one-line hint tied to it with `aria-describedby`.
//!
//! Labels, hints and the texts of options may be fixed (`label="Name"`) or follow the chosen
//! language (`label=move || t_string!(i18n, ...)`): then only the words change when the person
//! switches language, and the field, what is typed in it and the focus stay.

use crate::components::language::translated_unless_english;
use crate::components::shown::Shown;
use crate::i18n::{t, use_i18n};
use chrono::NaiveDate;
use leptos::prelude::*;

/// A single-line text input.
#[component]
pub fn TextField(
    /// Unique id of the input; the label points at it.
    #[prop(into)]
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Optional one-line hint under the label.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// Current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new value on every keystroke.
    on_input: impl Fn(String) + 'static,
    /// The input type: "text", "tel", "email"...
    #[prop(default = "text")]
    kind: &'static str,
    /// Browser autofill hint, e.g. "name" or "off".
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// Id of a `<datalist>` with suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
    /// The keyboard a phone shows: `"decimal"` for a number (a number pad with a point).
    /// The value is still kept as typed, so a half-typed number is never rewritten.
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    text_field(
        id,
        label,
        hint,
        value,
        Box::new(on_input),
        FieldKind {
            kind,
            autocomplete,
            list,
            inputmode,
        },
    )
}

/// What sort of `<input>` a text field is.
struct FieldKind {
    kind: &'static str,
    autocomplete: &'static str,
    list: Option<&'static str>,
    inputmode: Option<&'static str>,
}

// The bodies of the fields take their callback boxed: a body generic over the callback was
// compiled again for every field of the app (each callback is its own type), about 70 KiB of
// the wasm before optimizing.
fn text_field(
    id: String,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    value: Signal<String>,
    on_input: Box<dyn Fn(String)>,
    field: FieldKind,
) -> AnyView {
    let FieldKind {
        kind,
        autocomplete,
        list,
        inputmode,
    } = field;
    let hint_id = hint_id(&id, hint);
    view! {
        <div class="field">
            <LabelAndHint id=id.clone() label=label hint=hint />
            <input
                id=id
                type=kind
                autocomplete=autocomplete
                list=list
                inputmode=inputmode
                aria-describedby=hint_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| on_input(event_target_value(&ev))
            />
        </div>
    }
    .into_any()
}

/// A multi-line text box, for answers in the person's own words.
#[component]
pub fn TextArea(
    /// Unique id of the text box.
    #[prop(into)]
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Optional one-line hint under the label.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// Current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new value on every keystroke.
    on_input: impl Fn(String) + 'static,
) -> impl IntoView {
    text_area(id, label, hint, value, Box::new(on_input))
}

fn text_area(
    id: String,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    value: Signal<String>,
    on_input: Box<dyn Fn(String)>,
) -> AnyView {
    let hint_id = hint_id(&id, hint);
    view! {
        <div class="field">
            <LabelAndHint id=id.clone() label=label hint=hint />
            <textarea
                id=id
                rows="4"
                aria-describedby=hint_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| on_input(event_target_value(&ev))
            ></textarea>
        </div>
    }
    .into_any()
}

/// A date picker; an empty or unfinished date counts as no date.
#[component]
pub fn DateField(
    /// Unique id of the input.
    #[prop(into)]
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Optional one-line hint under the label.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// Current value.
    #[prop(into)]
    value: Signal<Option<NaiveDate>>,
    /// Called with the new date, or `None` when cleared.
    on_change: impl Fn(Option<NaiveDate>) + 'static,
) -> impl IntoView {
    date_field(id, label, hint, value, std::rc::Rc::new(on_change))
}

fn date_field(
    id: String,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    value: Signal<Option<NaiveDate>>,
    on_change: std::rc::Rc<dyn Fn(Option<NaiveDate>)>,
) -> AnyView {
    let on_leave = on_change.clone();
    // A date typed only in part, or one that does not exist (31 February), when the person
    // moves on: the date saved before is kept, and they are told.
    let incomplete = RwSignal::new(false);
    let i18n = use_i18n();
    // Also shown inside steps not translated yet (lang="en").
    let error_lang = translated_unless_english();
    let error_id = format!("{id}-error");
    let described_by = {
        let hint_id = hint_id(&id, hint);
        let error_id = error_id.clone();
        move || {
            let mut ids: Vec<String> = hint_id.iter().cloned().collect();
            if incomplete.get() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field">
            <LabelAndHint id=id.clone() label=label hint=hint />
            <input
                id=id
                type="date"
                aria-describedby=described_by
                aria-invalid=move || incomplete.get().then_some("true")
                prop:value=move || value.get().map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
                on:change=move |ev| {
                    // Typing a date part by part passes through incomplete dates ("11/0/2026"),
                    // which the field reports as empty. Clearing the stored date then would write
                    // "" back and wipe what is half typed; wait for a whole date, or a cleared field.
                    let input = event_target::<web_sys::HtmlInputElement>(&ev);
                    let text = input.value();
                    if text.is_empty() && input.validity().bad_input() {
                        return;
                    }
                    incomplete.set(false);
                    on_change(parse_date(&text))
                }
                on:blur=move |ev| {
                    let input = event_target::<web_sys::HtmlInputElement>(&ev);
                    let half_typed = input.validity().bad_input();
                    incomplete.set(half_typed);
                    // Every part cleared with the keyboard: the field may send no change, so the
                    // date is cleared here.
                    if !half_typed && input.value().is_empty() && value.get_untracked().is_some() {
                        on_leave(None);
                    }
                }
            />
            <Shown when=move || incomplete.get()>
                <p class="field-error" id=error_id.clone() lang=error_lang>
                    {t!(i18n, common.date_incomplete)}
                </p>
            </Shown>
        </div>
    }
    .into_any()
}

/// A drop-down list of `(code, label)` options; `""` stands for "not chosen".
#[component]
pub fn SelectField<T>(
    /// Unique id of the select.
    #[prop(into)]
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The choices, as (code, text): the text is a `&'static str`, or a signal to follow the
    /// chosen language.
    options: Vec<(&'static str, T)>,
    /// The code of the current choice.
    #[prop(into)]
    value: Signal<&'static str>,
    /// Called with the code chosen.
    on_change: impl Fn(String) + 'static,
) -> impl IntoView
where
    T: IntoView + 'static,
{
    let options = options
        .into_iter()
        .map(|(code, text)| (code, text.into_any()))
        .collect();
    select_field(id, label, options, value, Box::new(on_change))
}

fn select_field(
    id: String,
    label: Signal<String>,
    options: Vec<(&'static str, AnyView)>,
    value: Signal<&'static str>,
    on_change: Box<dyn Fn(String)>,
) -> AnyView {
    view! {
        <div class="field">
            <LabelAndHint id=id.clone() label=label hint=None />
            <select id=id on:change=move |ev| on_change(event_target_value(&ev))>
                {options
                    .into_iter()
                    .map(|(code, text)| {
                        view! {
                            <option value=code selected=move || value.get() == code>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// The label of a field and its optional hint, which the field names in `aria-describedby`.
#[component]
fn LabelAndHint(
    /// Id of the field the label is for.
    id: String,
    /// Visible label.
    label: Signal<String>,
    /// Optional one-line hint.
    hint: Option<Signal<String>>,
) -> impl IntoView {
    let hint_id = hint_id(&id, hint);
    view! {
        <label for=id>{move || label.get()}</label>
        {hint.map(|h| view! { <p class="hint" id=hint_id>{move || h.get()}</p> })}
    }
}

/// The id of a field's hint, when it has one.
fn hint_id<H>(id: &str, hint: Option<H>) -> Option<String> {
    hint.map(|_| format!("{id}-hint"))
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}
