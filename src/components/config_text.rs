//! What was wrong with the agency's `config.json`, in the chosen language
//! (`locales/*/config.json`). The reader (`config::read`) says where and why
//! ([`Reason`]); the words are here. Each `match` names every reason, so a new one does not
//! build until it has its text. The field keeps the file's own (English) name.

use crate::config::{Problem, Reason};
use crate::i18n::{td_string, Locale};

/// "“resources[2].phone”: should be text in quotes; it was left out.", or the reason alone
/// for the whole file.
pub fn problem_text(locale: Locale, problem: &Problem) -> String {
    let reason = reason_text(locale, &problem.reason);
    if problem.field.is_empty() {
        reason
    } else {
        td_string!(
            locale,
            config.problem_at,
            field = problem.field.as_str(),
            reason
        )
        .to_string()
    }
}

/// Why, and what the app does instead.
pub fn reason_text(locale: Locale, reason: &Reason) -> String {
    match reason {
        Reason::NotLoaded { status } => {
            td_string!(locale, config.reason.not_loaded, status = *status).to_string()
        }
        Reason::TooLarge { mb } => {
            td_string!(locale, config.reason.too_large, mb = *mb).to_string()
        }
        Reason::NotJson { line, column } => td_string!(
            locale,
            config.reason.not_json,
            line = *line,
            column = *column
        )
        .to_string(),
        Reason::NotObject => td_string!(locale, config.reason.not_object).to_string(),
        Reason::UnknownLanguage { code, known } => td_string!(
            locale,
            config.reason.unknown_language,
            code = code.as_str(),
            known = known.as_str()
        )
        .to_string(),
        Reason::NoCrisisLines => td_string!(locale, config.reason.no_crisis_lines).to_string(),
        Reason::TemplateDomain => td_string!(locale, config.reason.template_domain).to_string(),
        Reason::TemplateIncomplete => {
            td_string!(locale, config.reason.template_incomplete).to_string()
        }
        Reason::TemplateDirection => {
            td_string!(locale, config.reason.template_direction).to_string()
        }
        Reason::ResourceNoName => td_string!(locale, config.reason.resource_no_name).to_string(),
        Reason::ResourceCategory { known } => td_string!(
            locale,
            config.reason.resource_category,
            known = known.as_str()
        )
        .to_string(),
        Reason::NotText => td_string!(locale, config.reason.not_text).to_string(),
        Reason::TooLong { max } => {
            td_string!(locale, config.reason.too_long, max = *max).to_string()
        }
        Reason::NotGroup => td_string!(locale, config.reason.not_group).to_string(),
        Reason::TooManyItems { max } => {
            td_string!(locale, config.reason.too_many_items, max = *max).to_string()
        }
        Reason::NotList => td_string!(locale, config.reason.not_list).to_string(),
        Reason::UnknownInstrument { code, known } => td_string!(
            locale,
            config.reason.unknown_instrument,
            code = code.as_str(),
            known = known.as_str()
        )
        .to_string(),
        Reason::UnknownDomain { code } => {
            td_string!(locale, config.reason.unknown_domain, code = code.as_str()).to_string()
        }
        Reason::UnknownKey => td_string!(locale, config.reason.unknown_key).to_string(),
        Reason::LogoNotFile => td_string!(locale, config.reason.logo_not_file).to_string(),
        Reason::LogoNotPicture => td_string!(locale, config.reason.logo_not_picture).to_string(),
        Reason::NotHttps => td_string!(locale, config.reason.not_https).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{parse, MAX_BYTES};
    use crate::model::lang::assert_spanish;
    use serde_json::json;

    fn say(problems: &[Problem], field: &str) -> String {
        problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| problem_text(Locale::en, p))
            .unwrap_or_else(|| panic!("no problem with {field}: {problems:?}"))
    }

    #[test]
    fn a_file_that_is_not_json_or_too_large_says_why() {
        let why = problem_text(Locale::en, &parse("{ \"agency\": ").problems[0]);
        assert!(
            why.starts_with("The file is not valid JSON (line 1, column "),
            "{why}"
        );
        let huge = format!("{{\"_c\": \"{}\"}}", "x".repeat(MAX_BYTES));
        assert!(problem_text(Locale::en, &parse(&huge).problems[0]).contains("larger than 2 MB"));
    }

    #[test]
    fn each_bad_field_is_named() {
        let loaded = parse(&json!({ "agnecy": {}, "instruments": ["phq9", "gad-7"] }).to_string());
        assert_eq!(
            say(&loaded.problems, "instruments[1]"),
            "\u{201c}instruments[1]\u{201d}: \u{201c}gad-7\u{201d} is not a questionnaire this app has (phq9, gad7, ahc, hvs, katz, audit-c, drug-screen); it was left out."
        );
        assert_eq!(
            say(&loaded.problems, "agnecy"),
            "\u{201c}agnecy\u{201d}: is not a setting this app knows (check the spelling in the README); it was left out."
        );
    }

    #[test]
    fn a_website_must_be_https_in_both_languages() {
        let loaded = parse(
            &json!({ "agency": { "name": "Eastside", "website": "http://eastside.example" } })
                .to_string(),
        );
        let problem = &loaded.problems[0];
        assert_eq!(
            problem_text(Locale::en, problem),
            "\u{201c}agency.website\u{201d}: should be a web address starting with https://; it was left out."
        );
        assert_eq!(
            problem_text(Locale::es, problem),
            "\u{ab}agency.website\u{bb}: debe ser una direcci\u{f3}n web que empiece por https://; se dej\u{f3} fuera."
        );
    }

    #[test]
    fn an_unknown_language_lists_those_the_app_has() {
        let loaded = parse(r#"{"default_language": "fr"}"#);
        assert!(problem_text(Locale::en, &loaded.problems[0])
            .contains("en (English), es (Espa\u{f1}ol)"));
    }

    #[test]
    fn every_mistake_is_named_in_spanish_too() {
        let long = "x".repeat(1_001);
        let many: Vec<_> = (0..=5_000)
            .map(|i| json!({ "name": format!("R{i}") }))
            .collect();
        let file = json!({
            "colour": "red",
            "agency": { "name": 42, "logo": "https://x.org/a.png", "website": "ftp://x", "address": long },
            "crisis_line": { "lines": [] },
            "default_language": "fr",
            "instruments": ["phq9", "gad-7"],
            "domains": "housing",
            "goal_templates": [
                { "domain": "moon", "title": "T", "action": "a" },
                { "domain": "housing", "title": "T" },
                { "domain": "housing", "title": "T", "action": "a", "direction": "up" },
                "not a template"
            ],
            "resources": many,
        });
        let mut problems = parse(&file.to_string()).problems;
        problems.extend(parse("{ \"agency\": ").problems);
        problems.extend(parse("[1]").problems);
        problems.extend(parse(&json!({ "agency": { "logo": "logo.txt" } }).to_string()).problems);
        problems.extend(parse(&json!({ "domains": ["moon"] }).to_string()).problems);
        problems.extend(
            parse(
                &json!({ "resources": [{ "phone": "1" }, { "name": "A", "category": "zzz" }] })
                    .to_string(),
            )
            .problems,
        );
        problems.push(Problem {
            field: String::new(),
            reason: Reason::NotLoaded { status: 500 },
        });
        problems.push(Problem {
            field: String::new(),
            reason: Reason::TooLarge { mb: 2 },
        });
        assert!(problems.len() >= 18, "{problems:?}");
        for p in &problems {
            assert_spanish(&problem_text(Locale::en, p), &problem_text(Locale::es, p));
        }
        let colour = problems.iter().find(|p| p.field == "colour");
        assert_eq!(
            colour.map(|p| problem_text(Locale::es, p)).as_deref(),
            Some("«colour»: no es un ajuste que conozca esta aplicación (revise cómo se escribe en el README); se dejó fuera.")
        );
    }
}
