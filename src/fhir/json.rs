//! Small helpers to build and read FHIR JSON without writing empty elements (FHIR forbids empty
//! strings, arrays and objects) and without ever panicking on what a file holds.

use super::EXT;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde_json::{Map, Value};
use std::fmt::Display;
use uuid::Uuid;

/// An object of the pairs that have a value, in the order given.
pub fn obj(pairs: Vec<(&str, Option<Value>)>) -> Value {
    let mut map = Map::new();
    for (key, value) in pairs {
        if let Some(value) = value {
            map.insert(key.to_string(), value);
        }
    }
    Value::Object(map)
}

/// A FHIR string, or nothing when there is no text.
pub fn text(s: &str) -> Option<Value> {
    (!s.trim().is_empty()).then(|| Value::String(s.to_string()))
}

/// An array, or nothing when it would be empty.
pub fn list(items: Vec<Value>) -> Option<Value> {
    (!items.is_empty()).then_some(Value::Array(items))
}

pub fn date(d: Option<NaiveDate>) -> Option<Value> {
    d.map(|d| Value::String(d.to_string()))
}

pub fn instant(t: DateTime<Utc>) -> Value {
    Value::String(t.to_rfc3339_opts(SecondsFormat::AutoSi, true))
}

pub fn urn(id: impl Display) -> String {
    format!("urn:uuid:{id}")
}

pub fn reference(url: &str) -> Value {
    serde_json::json!({ "reference": url })
}

/// A stable id for a resource made from an item of the plan (the care team from the plan,
/// an observation from an assessment): the item's uuid with its first bytes mixed with `tag`.
pub fn derived(id: impl Display, tag: u8) -> String {
    let mut bytes = Uuid::parse_str(&id.to_string())
        .unwrap_or_default()
        .into_bytes();
    bytes[0] ^= 0xA5;
    bytes[1] ^= tag;
    bytes[2] ^= tag.rotate_left(3);
    Uuid::from_bytes(bytes).to_string()
}

pub fn coding(system: &str, code: &str, display: &str) -> Value {
    obj(vec![
        ("system", text(system)),
        ("code", text(code)),
        ("display", text(display)),
    ])
}

/// `{"coding": [..], "text": ..}`
pub fn concept(system: &str, code: &str, display: &str) -> Value {
    obj(vec![
        (
            "coding",
            Some(Value::Array(vec![coding(system, code, display)])),
        ),
        ("text", text(display)),
    ])
}

fn ext_with(name: &str, key: &str, value: Value) -> Value {
    let mut map = Map::new();
    map.insert("url".into(), Value::String(format!("{EXT}{name}")));
    map.insert(key.into(), value);
    Value::Object(map)
}

/// An extension of this app holding text; nothing when there is no text.
pub fn ext_string(name: &str, s: &str) -> Option<Value> {
    text(s).map(|v| ext_with(name, "valueString", v))
}

pub fn ext_code(name: &str, code: &str) -> Option<Value> {
    text(code).map(|v| ext_with(name, "valueCode", v))
}

pub fn ext_reference(name: &str, url: &str) -> Value {
    ext_with(name, "valueReference", reference(url))
}

/// A sub-extension of a complex extension: its url is the bare name.
pub fn part(name: &str, key: &str, value: Option<Value>) -> Option<Value> {
    value.map(|v| {
        let mut map = Map::new();
        map.insert("url".into(), Value::String(name.into()));
        map.insert(key.into(), v);
        Value::Object(map)
    })
}

// --- Reading ----------------------------------------------------------------------------------

/// The value at a dotted path: `"target.0.dueDate"`. Numbers index arrays.
pub fn at<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, key| match v {
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
        Value::Object(map) => map.get(key),
        _ => None,
    })
}

/// The text at a path, or empty.
pub fn str_at(v: &Value, path: &str) -> String {
    at(v, path)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// The items of the array at a path (none when absent or not an array).
pub fn items<'a>(v: &'a Value, path: &str) -> &'a [Value] {
    at(v, path)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// This app's extension `name` on an element.
pub fn ext<'a>(v: &'a Value, name: &str) -> Option<&'a Value> {
    let url = format!("{EXT}{name}");
    items(v, "extension")
        .iter()
        .find(|e| e.get("url").and_then(Value::as_str) == Some(url.as_str()))
}

/// Every instance of this app's extension `name` on an element.
pub fn exts<'a>(v: &'a Value, name: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
    let url = format!("{EXT}{name}");
    items(v, "extension")
        .iter()
        .filter(move |e| e.get("url").and_then(Value::as_str) == Some(url.as_str()))
}

/// The text of extension `name` (valueString or valueCode), or empty.
pub fn ext_str(v: &Value, name: &str) -> String {
    ext(v, name)
        .and_then(|e| e.get("valueString").or_else(|| e.get("valueCode")))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// A sub-extension's value of a complex extension.
pub fn part_of<'a>(complex: &'a Value, name: &str, key: &str) -> Option<&'a Value> {
    items(complex, "extension")
        .iter()
        .find(|e| e.get("url").and_then(Value::as_str) == Some(name))
        .and_then(|e| e.get(key))
}

pub fn part_str(complex: &Value, name: &str) -> String {
    part_of(complex, name, "valueString")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// A date (the first ten characters of a FHIR date or dateTime).
pub fn parse_date(v: Option<&Value>) -> Option<NaiveDate> {
    let s = v?.as_str()?;
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

pub fn parse_instant(v: Option<&Value>) -> Option<DateTime<Utc>> {
    let s = v?.as_str()?;
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// The uuid in `urn:uuid:<uuid>` (or a bare uuid).
pub fn uuid_of(reference: &str) -> Option<&str> {
    let id = reference.strip_prefix("urn:uuid:").unwrap_or(reference);
    Uuid::parse_str(id).ok().map(|_| id)
}
