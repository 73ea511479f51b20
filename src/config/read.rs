//! Reading `config.json`: every field checked on its own, so one mistake costs only that field.

use super::{Agency, Config, Instrument, Loaded, Problem, Reason, Resource, LANGUAGES, MAX_BYTES};
use crate::model::assessment::domains::Domain;
use crate::model::assessment::safety::CrisisLine;
use crate::model::goals::library::OwnedTemplate;
use crate::model::goals::Direction;
use crate::model::services::ServiceKind;
use crate::model::Choice;
use serde_json::{Map, Value};

/// Longest text kept in a field; longer text is cut there.
const MAX_TEXT: usize = 1_000;
/// Most resources and goal templates read; the rest are left out.
const MAX_ITEMS: usize = 5_000;

const TOP: [&str; 7] = [
    "agency",
    "crisis_line",
    "default_language",
    "instruments",
    "domains",
    "goal_templates",
    "resources",
];
const AGENCY: [&str; 6] = ["name", "logo", "phone", "email", "address", "website"];
const CRISIS: [&str; 2] = ["lines", "emergency"];
const TEMPLATE: [&str; 9] = [
    "domain",
    "title",
    "action",
    "detail",
    "measure",
    "unit",
    "target",
    "direction",
    "outcome",
];
const RESOURCE: [&str; 7] = [
    "name", "category", "phone", "address", "hours", "website", "notes",
];

/// Reads the text of a config file. Never fails: what cannot be used is listed in
/// `problems` and its default is kept.
pub fn parse(text: &str) -> Loaded {
    let mut r = Reader::default();
    let config = r.config(text);
    Loaded {
        config,
        problems: r.problems,
    }
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}

impl Reader {
    /// Notes a problem: where, and why.
    fn problem(&mut self, field: impl Into<String>, reason: Reason) {
        self.problems.push(Problem {
            field: field.into(),
            reason,
        });
    }

    fn config(&mut self, text: &str) -> Config {
        let mut config = Config::default();
        if text.len() > MAX_BYTES {
            self.problem(
                "",
                Reason::TooLarge {
                    mb: MAX_BYTES / (1024 * 1024),
                },
            );
            return config;
        }
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                self.problem(
                    "",
                    Reason::NotJson {
                        line: e.line(),
                        column: e.column(),
                    },
                );
                return config;
            }
        };
        let Value::Object(top) = value else {
            self.problem("", Reason::NotObject);
            return config;
        };
        self.unknown_keys(&top, &TOP, "");
        if let Some(agency) = self.object(top.get("agency"), "agency") {
            config.agency = self.agency(agency);
        }
        if let Some(crisis) = self.object(top.get("crisis_line"), "crisis_line") {
            config.crisis_line = self.crisis_line(crisis);
        }
        match self.text(&top, "default_language", "") {
            code if code.is_empty() => {}
            code if LANGUAGES.iter().any(|(c, _)| *c == code) => {
                config.default_language = Some(code)
            }
            code => {
                let all: Vec<_> = LANGUAGES
                    .iter()
                    .map(|(c, name)| format!("{c} ({name})"))
                    .collect();
                self.problem(
                    "default_language",
                    Reason::UnknownLanguage {
                        code,
                        known: all.join(", "),
                    },
                );
            }
        }
        if let Some(codes) = self.codes(top.get("instruments"), "instruments") {
            config.instruments = self.known(codes, "instruments", |c| {
                Instrument::from_code(c).ok_or_else(|| {
                    let all: Vec<_> = Instrument::ALL.iter().map(|i| i.code()).collect();
                    Reason::UnknownInstrument {
                        code: c.to_string(),
                        known: all.join(", "),
                    }
                })
            });
            config.instruments = Instrument::ALL
                .iter()
                .copied()
                .filter(|i| config.instruments.contains(i))
                .collect();
        }
        if let Some(codes) = self.codes(top.get("domains"), "domains") {
            let chosen = self.known(codes, "domains", |c| {
                Domain::from_code(c).ok_or_else(|| Reason::UnknownDomain {
                    code: c.to_string(),
                })
            });
            config.domains = Domain::ALL
                .iter()
                .copied()
                .filter(|d| chosen.contains(d))
                .collect();
        }
        if let Some(items) = self.array(top.get("goal_templates"), "goal_templates") {
            config.goal_templates = (items.iter().take(MAX_ITEMS).enumerate())
                .filter_map(|(i, v)| self.template(v, &format!("goal_templates[{i}]")))
                .collect();
        }
        if let Some(items) = self.array(top.get("resources"), "resources") {
            config.resources = (items.iter().take(MAX_ITEMS).enumerate())
                .filter_map(|(i, v)| self.resource(v, &format!("resources[{i}]")))
                .collect();
        }
        config
    }

    fn agency(&mut self, obj: &Map<String, Value>) -> Agency {
        self.unknown_keys(obj, &AGENCY, "agency");
        let logo = self.text(obj, "logo", "agency");
        let website = self.text(obj, "website", "agency");
        Agency {
            name: self.text(obj, "name", "agency"),
            logo: self.checked(logo, "agency.logo", logo_problem),
            phone: self.text(obj, "phone", "agency"),
            email: self.text(obj, "email", "agency"),
            address: self.text(obj, "address", "agency"),
            website: self.checked(website, "agency.website", web_problem),
        }
    }

    fn crisis_line(&mut self, obj: &Map<String, Value>) -> CrisisLine {
        self.unknown_keys(obj, &CRISIS, "crisis_line");
        let mut line = CrisisLine::default();
        if let Some(items) = self.array(obj.get("lines"), "crisis_line.lines") {
            let lines: Vec<String> = (items.iter().enumerate())
                .filter_map(|(i, v)| self.string(v, &format!("crisis_line.lines[{i}]")))
                .filter(|s| !s.is_empty())
                .collect();
            if lines.is_empty() {
                self.problem("crisis_line.lines", Reason::NoCrisisLines);
            } else {
                line.lines = lines;
            }
        }
        if obj.contains_key("emergency") {
            match self.text(obj, "emergency", "crisis_line") {
                t if t.is_empty() => {}
                t => line.emergency = t,
            }
        }
        line
    }

    fn template(&mut self, v: &Value, field: &str) -> Option<OwnedTemplate> {
        let obj = self.object(Some(v), field)?;
        self.unknown_keys(obj, &TEMPLATE, field);
        let domain_code = self.text(obj, "domain", field);
        let Some(domain) = Domain::from_code(&domain_code) else {
            self.problem(format!("{field}.domain"), Reason::TemplateDomain);
            return None;
        };
        let title = self.text(obj, "title", field);
        let action = self.text(obj, "action", field);
        let outcome = self.text(obj, "outcome", field);
        if title.is_empty() || (action.is_empty() && outcome.is_empty()) {
            self.problem(field, Reason::TemplateIncomplete);
            return None;
        }
        let direction = match self.text(obj, "direction", field).as_str() {
            "" => Direction::Increase,
            code => Direction::from_code(code).unwrap_or_else(|| {
                self.problem(format!("{field}.direction"), Reason::TemplateDirection);
                Direction::Increase
            }),
        };
        Some(OwnedTemplate {
            domain,
            title,
            action,
            detail: self.text(obj, "detail", field),
            measure: self.text(obj, "measure", field),
            unit: self.text(obj, "unit", field),
            target: self.text(obj, "target", field),
            direction,
            outcome,
        })
    }

    fn resource(&mut self, v: &Value, field: &str) -> Option<Resource> {
        let obj = self.object(Some(v), field)?;
        self.unknown_keys(obj, &RESOURCE, field);
        let name = self.text(obj, "name", field);
        if name.is_empty() {
            self.problem(field, Reason::ResourceNoName);
            return None;
        }
        let category = match self.text(obj, "category", field).as_str() {
            "" => ServiceKind::Other,
            code => category(code).unwrap_or_else(|| {
                let all: Vec<_> = ServiceKind::ALL.iter().map(|k| k.code()).collect();
                self.problem(
                    format!("{field}.category"),
                    Reason::ResourceCategory {
                        known: all.join(", "),
                    },
                );
                ServiceKind::Other
            }),
        };
        let website = self.text(obj, "website", field);
        Some(Resource {
            name,
            category,
            phone: self.text(obj, "phone", field),
            address: self.text(obj, "address", field),
            hours: self.text(obj, "hours", field),
            website: self.checked(website, &format!("{field}.website"), web_problem),
            notes: self.text(obj, "notes", field),
        })
    }

    /// The text at `key`, trimmed and cut to `MAX_TEXT`; empty when absent or not text.
    fn text(&mut self, obj: &Map<String, Value>, key: &str, prefix: &str) -> String {
        let field = if prefix.is_empty() {
            key.to_string()
        } else {
            format!("{prefix}.{key}")
        };
        match obj.get(key) {
            None | Some(Value::Null) => String::new(),
            Some(v) => self.string(v, &field).unwrap_or_default(),
        }
    }

    fn string(&mut self, v: &Value, field: &str) -> Option<String> {
        let Some(s) = v.as_str() else {
            self.problem(field, Reason::NotText);
            return None;
        };
        let s = s.trim();
        if s.chars().count() > MAX_TEXT {
            self.problem(field, Reason::TooLong { max: MAX_TEXT });
            return Some(s.chars().take(MAX_TEXT).collect());
        }
        Some(s.to_string())
    }

    /// `text` if `check` finds nothing wrong with it, else empty with the problem noted.
    fn checked(&mut self, text: String, field: &str, check: fn(&str) -> Option<Reason>) -> String {
        if text.is_empty() {
            return text;
        }
        match check(&text) {
            None => text,
            Some(reason) => {
                self.problem(field, reason);
                String::new()
            }
        }
    }

    fn object<'a>(&mut self, v: Option<&'a Value>, field: &str) -> Option<&'a Map<String, Value>> {
        match v? {
            Value::Object(map) => Some(map),
            Value::Null => None,
            _ => {
                self.problem(field, Reason::NotGroup);
                None
            }
        }
    }

    fn array<'a>(&mut self, v: Option<&'a Value>, field: &str) -> Option<&'a Vec<Value>> {
        match v? {
            Value::Array(items) => {
                if items.len() > MAX_ITEMS {
                    self.problem(field, Reason::TooManyItems { max: MAX_ITEMS });
                }
                Some(items)
            }
            Value::Null => None,
            _ => {
                self.problem(field, Reason::NotList);
                None
            }
        }
    }

    /// A list of codes (text); `None` when absent or not a list.
    fn codes(&mut self, v: Option<&Value>, field: &str) -> Option<Vec<(usize, String)>> {
        let items = self.array(v, field)?;
        Some(
            (items.iter().enumerate())
                .filter_map(|(i, v)| {
                    let s = self.string(v, &format!("{field}[{i}]"))?;
                    Some((i, s.to_lowercase()))
                })
                .collect(),
        )
    }

    fn known<T>(
        &mut self,
        codes: Vec<(usize, String)>,
        field: &str,
        read: impl Fn(&str) -> Result<T, Reason>,
    ) -> Vec<T> {
        codes
            .into_iter()
            .filter_map(|(i, code)| match read(&code) {
                Ok(t) => Some(t),
                Err(reason) => {
                    self.problem(format!("{field}[{i}]"), reason);
                    None
                }
            })
            .collect()
    }

    fn unknown_keys(&mut self, obj: &Map<String, Value>, known: &[&str], prefix: &str) {
        for key in obj.keys() {
            // Keys starting with "_" are comments ("_comment": "...").
            if key.starts_with('_') || known.contains(&key.as_str()) {
                continue;
            }
            let field = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            self.problem(field, Reason::UnknownKey);
        }
    }
}

/// A service kind from its code, or from a plainer word an agency may use.
fn category(text: &str) -> Option<ServiceKind> {
    let code = text.trim().to_lowercase().replace([' ', '_'], "-");
    ServiceKind::from_code(&code).or(match code.as_str() {
        "health" => Some(ServiceKind::Medical),
        "money" | "benefits" => Some(ServiceKind::Financial),
        "mental" => Some(ServiceKind::MentalHealth),
        "peer" => Some(ServiceKind::PeerSupport),
        "transport" => Some(ServiceKind::Transportation),
        _ => None,
    })
}

/// A logo must be a picture file on the same site, named relative to `index.html`, so the app
/// never loads anything from elsewhere.
fn logo_problem(path: &str) -> Option<Reason> {
    let safe = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'));
    let lower = path.to_ascii_lowercase();
    let picture = [".png", ".svg", ".jpg", ".jpeg", ".webp", ".gif"]
        .iter()
        .any(|ext| lower.ends_with(ext));
    if !safe || path.starts_with('/') || path.contains("..") || path.contains("//") {
        Some(Reason::LogoNotFile)
    } else if !picture {
        Some(Reason::LogoNotPicture)
    } else {
        None
    }
}

/// A website must be a secure address (`https://`); a plain `http://` one is refused like any
/// other mistake, as the README says.
fn web_problem(url: &str) -> Option<Reason> {
    let lower = url.to_ascii_lowercase();
    let ok = lower.starts_with("https://")
        && url.len() > "https://".len()
        && !url.chars().any(char::is_whitespace);
    (!ok).then_some(Reason::NotHttps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fields(loaded: &Loaded) -> Vec<&str> {
        loaded.problems.iter().map(|p| p.field.as_str()).collect()
    }

    #[test]
    fn no_settings_is_the_default_app() {
        let loaded = parse("{}");
        assert_eq!(loaded, Loaded::default());
        assert_eq!(loaded.config.crisis_line, CrisisLine::default());
        assert_eq!(loaded.config.instruments, Instrument::ALL.to_vec());
    }

    #[test]
    fn a_full_config_is_read() {
        let text = json!({
            "_comment": "Edit me",
            "agency": {
                "name": "  Eastside Community Services ",
                "logo": "images/logo.svg",
                "phone": "555-0100",
                "email": "help@eastside.example",
                "address": "1 Main Street",
                "website": "https://eastside.example"
            },
            "crisis_line": {
                "lines": ["Call the Eastside crisis line: 555-0199, day and night."],
                "emergency": "In danger now? Call 911."
            },
            "instruments": ["katz", "PHQ9"],
            "domains": ["housing", "food"],
            "goal_templates": [{
                "domain": "housing", "title": "Keep the apartment", "action": "pay rent on time",
                "measure": "months paid on time", "unit": "months", "target": "6"
            }],
            "resources": [
                { "name": "County Food Bank", "category": "food", "phone": "555-0150",
                  "hours": "Mon-Fri 9-5", "website": "https://food.example" },
                { "name": "Ride Line", "category": "transport" },
                { "name": "Legal Aid", "category": "Legal", "notes": "Free for seniors" }
            ]
        })
        .to_string();
        let loaded = parse(&text);
        assert_eq!(loaded.problems, vec![]);
        let c = loaded.config;
        assert_eq!(c.agency.name, "Eastside Community Services");
        assert_eq!(c.agency.logo, "images/logo.svg");
        assert_eq!(
            c.agency.contact_line(),
            "555-0100 \u{b7} help@eastside.example \u{b7} 1 Main Street \u{b7} https://eastside.example"
        );
        assert_eq!(
            c.crisis_line.lines,
            vec!["Call the Eastside crisis line: 555-0199, day and night."]
        );
        assert_eq!(c.crisis_line.emergency, "In danger now? Call 911.");
        assert_eq!(
            c.instruments,
            vec![Instrument::Phq9, Instrument::Katz],
            "the app's order"
        );
        assert_eq!(c.domains, vec![Domain::Housing, Domain::Food]);
        assert_eq!(c.goal_templates.len(), 1);
        assert_eq!(c.goal_templates[0].direction, Direction::Increase);
        let kinds: Vec<_> = c.resources.iter().map(|r| r.category).collect();
        assert_eq!(
            kinds,
            vec![
                ServiceKind::Food,
                ServiceKind::Transportation,
                ServiceKind::Legal
            ]
        );
    }

    #[test]
    fn the_alcohol_and_drug_screens_are_on_by_default_and_can_be_turned_on_or_off() {
        let none = Config::default();
        assert!(none.shows_instrument(Instrument::AuditC));
        assert!(none.shows_instrument(Instrument::DrugScreen));
        let only = parse(&json!({ "instruments": ["drug-screen", "audit-c"] }).to_string());
        assert_eq!(only.problems, vec![]);
        assert_eq!(
            only.config.instruments,
            vec![Instrument::AuditC, Instrument::DrugScreen],
            "the app's order"
        );
        let without = parse(&json!({ "instruments": ["phq9", "katz"] }).to_string());
        assert_eq!(without.problems, vec![]);
        assert!(!without.config.shows_instrument(Instrument::AuditC));
        assert!(!without.config.shows_instrument(Instrument::DrugScreen));
        assert!(without.config.shows_instrument(Instrument::Phq9));
        let alcohol = parse(&json!({ "instruments": ["audit-c"] }).to_string()).config;
        assert!(alcohol.shows_instrument(Instrument::AuditC));
        assert!(!alcohol.shows_instrument(Instrument::DrugScreen));
    }

    #[test]
    fn a_file_that_is_not_json_or_not_an_object_gives_the_defaults_and_says_why() {
        for text in ["{ \"agency\": ", "[1, 2]", "", "\"text\""] {
            let loaded = parse(text);
            assert_eq!(loaded.config, Config::default(), "{text}");
            assert_eq!(loaded.problems.len(), 1, "{text}");
            assert_eq!(loaded.problems[0].field, "");
        }
        assert!(matches!(
            parse("{ \"agency\": ").problems[0].reason,
            Reason::NotJson { line: 1, .. }
        ));
        assert_eq!(parse("[1, 2]").problems[0].reason, Reason::NotObject);
        let huge = format!("{{\"_c\": \"{}\"}}", "x".repeat(MAX_BYTES));
        assert_eq!(parse(&huge).problems[0].reason, Reason::TooLarge { mb: 2 });
    }

    #[test]
    fn each_bad_field_is_named_and_the_rest_is_used() {
        let text = json!({
            "agency": { "name": 42, "phone": "555-0100", "logo": "https://cdn.example/logo.png",
                        "website": "javascript:alert(1)", "colour": "red" },
            "crisis_line": { "lines": [] },
            "instruments": ["phq9", "gad-7"],
            "domains": "housing",
            "goal_templates": [{ "domain": "space", "title": "x", "action": "y" }, { "domain": "food" }],
            "resources": [
                { "name": "Food Bank", "category": "groceries", "website": "food.example" },
                { "phone": "555" },
                "Legal Aid"
            ],
            "agnecy": {}
        })
        .to_string();
        let loaded = parse(&text);
        let mut got = fields(&loaded);
        got.sort();
        assert_eq!(
            got,
            vec![
                "agency.colour",
                "agency.logo",
                "agency.name",
                "agency.website",
                "agnecy",
                "crisis_line.lines",
                "domains",
                "goal_templates[0].domain",
                "goal_templates[1]",
                "instruments[1]",
                "resources[0].category",
                "resources[0].website",
                "resources[1]",
                "resources[2]",
            ]
        );
        let c = &loaded.config;
        assert_eq!(c.agency.name, "");
        assert_eq!(
            c.agency.phone, "555-0100",
            "the good field next to a bad one is kept"
        );
        assert_eq!(c.agency.logo, "", "nothing is loaded from another site");
        assert_eq!(c.agency.website, "");
        assert_eq!(c.crisis_line, CrisisLine::default());
        assert_eq!(c.instruments, vec![Instrument::Phq9]);
        assert_eq!(c.domains, Domain::ALL.to_vec());
        assert!(c.goal_templates.is_empty());
        assert_eq!(c.resources.len(), 1);
        assert_eq!(c.resources[0].category, ServiceKind::Other);
        let why = |field: &str| {
            loaded
                .problems
                .iter()
                .find(|p| p.field == field)
                .map(|p| p.reason.clone())
        };
        assert_eq!(
            why("instruments[1]"),
            Some(Reason::UnknownInstrument {
                code: "gad-7".into(),
                known: "phq9, gad7, ahc, hvs, katz, audit-c, drug-screen".into()
            })
        );
        assert_eq!(why("agnecy"), Some(Reason::UnknownKey));
    }

    #[test]
    fn the_gad7_is_shown_unless_the_config_leaves_it_out() {
        assert!(Config::default().shows_instrument(Instrument::Gad7));
        assert!(parse("{}").config.shows_instrument(Instrument::Gad7));
        let only = parse(&json!({ "instruments": ["gad7"] }).to_string());
        assert_eq!(only.problems, vec![]);
        assert_eq!(only.config.instruments, vec![Instrument::Gad7]);
        let both = parse(&json!({ "instruments": ["GAD7", "phq9"] }).to_string());
        assert_eq!(
            both.config.instruments,
            vec![Instrument::Phq9, Instrument::Gad7],
            "the app's order: the GAD-7 right after the PHQ-9"
        );
        let without = parse(&json!({ "instruments": ["phq9", "katz"] }).to_string()).config;
        assert!(!without.shows_instrument(Instrument::Gad7));
        assert!(without.shows_instrument(Instrument::Phq9));
    }

    #[test]
    fn websites_must_start_with_https() {
        for ok in ["https://eastside.example", "HTTPS://Eastside.example/help"] {
            assert_eq!(web_problem(ok), None, "{ok}");
        }
        for bad in [
            "http://eastside.example",
            "HTTP://eastside.example",
            "https://",
            "eastside.example",
            "https://east side.example",
        ] {
            assert!(web_problem(bad).is_some(), "{bad}");
        }
        let loaded = parse(
            &json!({
                "agency": { "name": "Eastside", "website": "http://eastside.example" },
                "resources": [{ "name": "Food Bank", "website": "http://food.example" }]
            })
            .to_string(),
        );
        assert_eq!(
            fields(&loaded),
            vec!["agency.website", "resources[0].website"]
        );
        assert_eq!(loaded.config.agency.website, "");
        assert_eq!(loaded.config.agency.name, "Eastside", "the rest is used");
        assert_eq!(loaded.config.resources[0].website, "");
        assert_eq!(loaded.problems[0].reason, Reason::NotHttps);
    }

    #[test]
    fn logos_stay_on_the_same_site() {
        for ok in ["logo.png", "img/agency-logo.SVG", "a_b.webp"] {
            assert_eq!(logo_problem(ok), None, "{ok}");
        }
        for bad in [
            "https://cdn.example/logo.png",
            "//cdn.example/logo.png",
            "/logo.png",
            "../logo.png",
            "logo.png?x=1",
            "data:image/png;base64,AAAA",
            "logo.exe",
        ] {
            assert!(logo_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn long_text_is_cut_and_said() {
        let text = json!({ "agency": { "name": "n".repeat(MAX_TEXT + 5) } }).to_string();
        let loaded = parse(&text);
        assert_eq!(loaded.config.agency.name.len(), MAX_TEXT);
        assert_eq!(fields(&loaded), vec!["agency.name"]);
    }

    #[test]
    fn odd_values_anywhere_never_panic() {
        for text in [
            "null",
            "{\"resources\": null, \"agency\": null}",
            "{\"resources\": [null, 1, [], {}]}",
            "{\"goal_templates\": [{\"domain\": \"food\", \"title\": \"t\", \"outcome\": \"o\", \"direction\": 5}]}",
            "{\"crisis_line\": {\"lines\": [1, \"\", \"ok\"], \"emergency\": []}}",
            "{\"instruments\": [null, {}, \"phq9\"]}",
        ] {
            let _ = parse(text);
        }
    }

    #[test]
    fn a_default_language_must_be_one_the_app_has() {
        assert_eq!(
            parse(r#"{"default_language": "es"}"#)
                .config
                .default_language,
            Some("es".to_string())
        );
        assert_eq!(parse("{}").config.default_language, None);
        for text in [
            r#"{"default_language": "fr"}"#,
            r#"{"default_language": 1}"#,
        ] {
            let loaded = parse(text);
            assert_eq!(loaded.config.default_language, None, "{text}");
            assert_eq!(fields(&loaded), vec!["default_language"], "{text}");
        }
        assert_eq!(
            parse(r#"{"default_language": "fr"}"#).problems[0].reason,
            Reason::UnknownLanguage {
                code: "fr".into(),
                known: "en (English), es (Espa\u{f1}ol)".into()
            }
        );
    }

    #[test]
    fn the_shipped_example_is_valid() {
        let loaded = parse(include_str!("../../public/config.example.json"));
        assert_eq!(loaded.problems, vec![], "{:?}", loaded.problems);
        assert!(!loaded.config.agency.name.is_empty());
        assert!(loaded.config.resources.len() >= 3);
        assert!(!loaded.config.goal_templates.is_empty());
    }
}
