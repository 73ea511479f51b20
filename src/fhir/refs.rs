//! Following references inside a Bundle, as FHIR R4 says ("Resolving references in Bundles"):
//!
//! - an absolute URL (`https://server/base/Patient/p1`, `urn:uuid:…`, `urn:oid:…`) matches an
//!   entry's `fullUrl` exactly (a version, `/_history/2`, is dropped first);
//! - a relative reference `Patient/p1` is made absolute against the base of the referencing
//!   entry's `fullUrl` when that is a RESTful URL (`https://server/base/CarePlan/c1` gives
//!   `https://server/base/`); when it is not (a `urn:uuid:`, or no `fullUrl`), it matches any
//!   entry whose resource has that type and id;
//! - `#id` is a resource contained in the referencing resource.
//!
//! Anything else, or something the Bundle does not hold, resolves to nothing. Never panics.

use serde_json::Value;
use std::collections::HashMap;

/// One entry of the Bundle that holds a resource.
struct Entry<'a> {
    full_url: Option<&'a str>,
    resource: &'a Value,
    kind: &'a str,
    id: Option<&'a str>,
}

/// The entries of a Bundle, to resolve references against.
pub struct Index<'a> {
    entries: Vec<Entry<'a>>,
    /// Entry positions by full URL (without a version), by type and id, and by the resource's
    /// address: looking up stays quick however many entries and references a file holds.
    by_url: HashMap<&'a str, usize>,
    by_type_id: HashMap<(&'a str, &'a str), usize>,
    by_address: HashMap<usize, usize>,
}

/// Where a reference was written: the entry's full URL (for relative references) and the
/// resource at the top of that entry (for contained ones).
#[derive(Clone, Copy)]
pub struct Site<'a> {
    pub full_url: Option<&'a str>,
    pub container: &'a Value,
}

/// What following a reference gave.
pub enum Resolved<'a> {
    /// The resource it points at.
    Found(&'a Value),
    /// A reference to something the file does not hold (or cannot be read as a reference).
    Missing,
    /// No reference at all (absent, or only a `display` or an `identifier`).
    None,
}

impl<'a> Resolved<'a> {
    pub fn found(self) -> Option<&'a Value> {
        match self {
            Resolved::Found(v) => Some(v),
            _ => None,
        }
    }
}

impl<'a> Index<'a> {
    pub fn new(entries: &'a [Value]) -> Self {
        let entries = entries
            .iter()
            .filter_map(|e| {
                let resource = e.get("resource").filter(|r| r.is_object())?;
                Some(Entry {
                    full_url: e.get("fullUrl").and_then(Value::as_str),
                    resource,
                    kind: resource
                        .get("resourceType")
                        .and_then(Value::as_str)
                        .unwrap_or_default(),
                    id: resource.get("id").and_then(Value::as_str),
                })
            })
            .collect::<Vec<Entry>>();
        // The first entry wins where a file repeats a full URL or an id.
        let (mut by_url, mut by_type_id, mut by_address) =
            (HashMap::new(), HashMap::new(), HashMap::new());
        for (i, e) in entries.iter().enumerate() {
            if let Some(url) = e.full_url {
                by_url.entry(without_version(url)).or_insert(i);
            }
            if let Some(id) = e.id {
                by_type_id.entry((e.kind, id)).or_insert(i);
            }
            by_address.entry(address(e.resource)).or_insert(i);
        }
        Index {
            entries,
            by_url,
            by_type_id,
            by_address,
        }
    }

    /// Every resource, in Bundle order, with its entry's full URL.
    pub fn resources(&self) -> impl Iterator<Item = (Site<'a>, &'a Value)> + '_ {
        self.entries.iter().map(|e| {
            (
                Site {
                    full_url: e.full_url,
                    container: e.resource,
                },
                e.resource,
            )
        })
    }

    /// The resources of one type, in Bundle order.
    pub fn of_type<'s>(
        &'s self,
        kind: &'s str,
    ) -> impl Iterator<Item = (Site<'a>, &'a Value)> + 's {
        self.entries
            .iter()
            .filter(move |e| e.kind == kind)
            .map(|e| {
                (
                    Site {
                        full_url: e.full_url,
                        container: e.resource,
                    },
                    e.resource,
                )
            })
    }

    /// Where the entry holding `resource` (a top-level resource or one contained in it) was
    /// written; a resource the Bundle does not hold is taken as written without a full URL.
    pub fn site_of(&self, resource: &'a Value, container: Site<'a>) -> Site<'a> {
        self.by_address
            .get(&address(resource))
            .and_then(|i| self.entries.get(*i))
            .map(|e| Site {
                full_url: e.full_url,
                container: e.resource,
            })
            .unwrap_or(container)
    }

    /// Follows a `Reference` element (`{"reference": "..."}`) written in `from`.
    pub fn resolve(&self, from: Site<'a>, reference: Option<&Value>) -> Resolved<'a> {
        match reference
            .and_then(|r| r.get("reference"))
            .and_then(Value::as_str)
        {
            Some(r) if !r.trim().is_empty() => self
                .resolve_str(from, r.trim())
                .map_or(Resolved::Missing, Resolved::Found),
            _ => Resolved::None,
        }
    }

    fn resolve_str(&self, from: Site<'a>, reference: &str) -> Option<&'a Value> {
        if let Some(id) = reference.strip_prefix('#') {
            return from
                .container
                .get("contained")
                .and_then(Value::as_array)?
                .iter()
                .find(|c| c.get("id").and_then(Value::as_str) == Some(id));
        }
        if reference.starts_with("urn:") || reference.contains("://") {
            return self.by_full_url(without_version(reference));
        }
        let (kind, id) = relative(reference)?;
        match from.full_url.and_then(restful_base) {
            Some(base) => self.by_full_url(&format!("{base}{kind}/{id}")),
            None => self
                .by_type_id
                .get(&(kind, id))
                .and_then(|i| self.entries.get(*i))
                .map(|e| e.resource),
        }
    }

    /// The resource whose entry has this full URL.
    pub fn find(&self, url: &str) -> Option<&'a Value> {
        self.by_full_url(url)
    }

    fn by_full_url(&self, url: &str) -> Option<&'a Value> {
        self.by_url
            .get(url)
            .and_then(|i| self.entries.get(*i))
            .map(|e| e.resource)
    }
}

/// A resource's identity while the Bundle is read (it is not changed meanwhile).
pub fn address(resource: &Value) -> usize {
    resource as *const Value as usize
}

/// A URL without its version: `…/Patient/p1/_history/2` is `…/Patient/p1`.
fn without_version(url: &str) -> &str {
    match url.find("/_history/") {
        Some(at) => url.get(..at).unwrap_or(url),
        None => url,
    }
}

/// `Type/id` (a version after it is dropped): the type and the id, when both look as FHIR
/// writes them.
fn relative(reference: &str) -> Option<(&str, &str)> {
    let mut parts = without_version(reference).split('/');
    let (kind, id) = (parts.next()?, parts.next()?);
    let ok = parts.next().is_none() && is_type(kind) && is_id(id);
    ok.then_some((kind, id))
}

/// The `[base]/` of a RESTful full URL: `https://server/fhir/Patient/p1` gives
/// `https://server/fhir/`.
fn restful_base(full_url: &str) -> Option<&str> {
    let url = without_version(full_url);
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return None;
    }
    let mut back = url.rsplitn(3, '/');
    let (id, kind, base) = (back.next()?, back.next()?, back.next()?);
    let base_len = base.len() + 1;
    (is_type(kind) && is_id(id) && base.contains("://") && !base.ends_with('/'))
        .then(|| url.get(..base_len))
        .flatten()
}

fn is_type(kind: &str) -> bool {
    kind.starts_with(|c: char| c.is_ascii_uppercase())
        && kind.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bases_of_restful_urls() {
        assert_eq!(
            restful_base("https://example.org/fhir/Patient/p1"),
            Some("https://example.org/fhir/")
        );
        assert_eq!(
            restful_base("http://a.org/Patient/p1/_history/3"),
            Some("http://a.org/")
        );
        assert_eq!(restful_base("urn:uuid:1234"), None);
        assert_eq!(restful_base("https://example.org/fhir/patient/p1"), None);
        assert_eq!(restful_base("https://Patient/p1"), None);
        assert_eq!(relative("Patient/p1"), Some(("Patient", "p1")));
        assert_eq!(relative("Patient/p1/_history/2"), Some(("Patient", "p1")));
        assert_eq!(relative("Patient?identifier=x"), None);
        assert_eq!(relative("Patient/"), None);
    }

    #[test]
    fn references_resolve_as_fhir_says() {
        let entries = json!([
            { "fullUrl": "https://a.org/fhir/Patient/p1", "resource": { "resourceType": "Patient", "id": "p1" } },
            { "fullUrl": "https://b.org/fhir/Patient/p1", "resource": { "resourceType": "Patient", "id": "p1", "gender": "b" } },
            { "fullUrl": "urn:uuid:5a0d6c1e-7b2f-4e8a-9c3d-1f2e3d4c5b6a", "resource": { "resourceType": "Goal", "id": "g1" } },
            { "resource": { "resourceType": "Condition", "id": "c1",
                "contained": [{ "resourceType": "Practitioner", "id": "pr" }] } }
        ]);
        let list = entries.as_array().map(Vec::as_slice).unwrap_or_default();
        let index = Index::new(list);
        let container = json!({});
        let at = |url: Option<&'static str>| Site {
            full_url: url,
            container: &container,
        };
        let gender = |r: Resolved| r.found().map(|p| p.get("gender").is_some());
        let from_b = at(Some("https://b.org/fhir/CarePlan/c"));
        let r = json!({ "reference": "Patient/p1" });
        assert_eq!(gender(index.resolve(from_b, Some(&r))), Some(true));
        let from_a = at(Some("https://a.org/fhir/CarePlan/c"));
        assert_eq!(gender(index.resolve(from_a, Some(&r))), Some(false));
        // No RESTful base: any Patient with that id.
        assert_eq!(gender(index.resolve(at(None), Some(&r))), Some(false));
        // A RESTful base with no such entry: missing.
        let from_c = at(Some("https://c.org/CarePlan/c"));
        assert!(matches!(index.resolve(from_c, Some(&r)), Resolved::Missing));
        let abs = json!({ "reference": "https://b.org/fhir/Patient/p1/_history/4" });
        assert_eq!(gender(index.resolve(at(None), Some(&abs))), Some(true));
        let urn = json!({ "reference": "urn:uuid:5a0d6c1e-7b2f-4e8a-9c3d-1f2e3d4c5b6a" });
        assert!(index.resolve(at(None), Some(&urn)).found().is_some());
        let display = json!({ "display": "Dr Who" });
        assert!(matches!(
            index.resolve(at(None), Some(&display)),
            Resolved::None
        ));
        // Contained: in the resource that holds the reference.
        let (from, _) = index.of_type("Condition").next().unwrap();
        let hash = json!({ "reference": "#pr" });
        assert!(index.resolve(from, Some(&hash)).found().is_some());
        assert!(matches!(
            index.resolve(at(None), Some(&hash)),
            Resolved::Missing
        ));
    }
}
