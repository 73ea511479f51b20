//! The parts of a safety plan in the chosen language: each part's name and the prompt under it
//! (`locales/*/safety_plan.json`). The model's English names (`Section::title`) are the ones
//! written into files.

use crate::i18n::{t_string, Locale};
use crate::model::safety_plan::Section;
use leptos_i18n::I18nContext;

/// "1. Signs that things are getting hard".
pub fn section_label(i18n: I18nContext<Locale>, section: Section) -> &'static str {
    match section {
        Section::WarningSigns => t_string!(i18n, safety_plan.section.warning_signs.label),
        Section::Coping => t_string!(i18n, safety_plan.section.coping.label),
        Section::Distractions => t_string!(i18n, safety_plan.section.distractions.label),
        Section::People => t_string!(i18n, safety_plan.section.people.label),
        Section::Professionals => t_string!(i18n, safety_plan.section.professionals.label),
        Section::Surroundings => t_string!(i18n, safety_plan.section.surroundings.label),
        Section::Reasons => t_string!(i18n, safety_plan.section.reasons.label),
    }
}

/// The prompt under a part's name: what to write there, with an example or two.
pub fn section_hint(i18n: I18nContext<Locale>, section: Section) -> &'static str {
    match section {
        Section::WarningSigns => t_string!(i18n, safety_plan.section.warning_signs.hint),
        Section::Coping => t_string!(i18n, safety_plan.section.coping.hint),
        Section::Distractions => t_string!(i18n, safety_plan.section.distractions.hint),
        Section::People => t_string!(i18n, safety_plan.section.people.hint),
        Section::Professionals => t_string!(i18n, safety_plan.section.professionals.hint),
        Section::Surroundings => t_string!(i18n, safety_plan.section.surroundings.hint),
        Section::Reasons => t_string!(i18n, safety_plan.section.reasons.hint),
    }
}

/// The key of a part in `safety_plan.section`.
#[cfg(test)]
fn key(section: Section) -> String {
    section.code().replace('-', "_")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::language::locale_files;

    /// Every part has a name and a prompt in both languages, numbered in the order a person
    /// goes through them; the Spanish is Spanish.
    #[test]
    fn every_part_is_named_numbered_and_explained_in_both_languages() {
        let en = locale_files("en");
        let es = locale_files("es");
        for (i, section) in Section::ALL.into_iter().enumerate() {
            let key = key(section);
            let part = |files: &serde_json::Value, field: &str| {
                files["safety_plan"]["section"][&key][field]
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            };
            for files in [&en, &es] {
                assert!(
                    part(files, "label").starts_with(&format!("{}. ", i + 1)),
                    "{key}: {}",
                    part(files, "label")
                );
                assert!(part(files, "hint").ends_with('.'), "{key}");
            }
            crate::model::lang::assert_spanish(&part(&en, "label"), &part(&es, "label"));
            crate::model::lang::assert_spanish(&part(&en, "hint"), &part(&es, "hint"));
        }
    }
}
