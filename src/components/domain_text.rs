//! The parts of life (assessment domains) in the chosen language, wherever they are named:
//! the goal library, needs, the assessment. (The model's English labels stay the ones written
//! into files.)

use crate::i18n::{t_string, Locale};
use crate::model::assessment::domains::Domain;
use leptos_i18n::I18nContext;

/// "Getting around" / "Cómo moverse".
pub fn domain_label(i18n: I18nContext<Locale>, domain: Domain) -> &'static str {
    match domain {
        Domain::PhysicalHealth => t_string!(i18n, domains.label.physical_health),
        Domain::Medications => t_string!(i18n, domains.label.medications),
        Domain::MentalHealth => t_string!(i18n, domains.label.mental_health),
        Domain::SubstanceUse => t_string!(i18n, domains.label.substance_use),
        Domain::DailyLiving => t_string!(i18n, domains.label.daily_living),
        Domain::Housing => t_string!(i18n, domains.label.housing),
        Domain::Food => t_string!(i18n, domains.label.food),
        Domain::Transportation => t_string!(i18n, domains.label.transportation),
        Domain::Money => t_string!(i18n, domains.label.money),
        Domain::SocialSupport => t_string!(i18n, domains.label.social_support),
        Domain::Safety => t_string!(i18n, domains.label.safety),
        Domain::Legal => t_string!(i18n, domains.label.legal),
        Domain::EducationWork => t_string!(i18n, domains.label.education_work),
        Domain::Culture => t_string!(i18n, domains.label.culture),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::language::locale_files;

    /// In English the interface shows the model's own labels, as before.
    #[test]
    fn english_texts_are_the_models_labels() {
        let en = locale_files("en");
        for d in Domain::ALL {
            let key = d.code().replace('-', "_");
            assert_eq!(
                en["domains"]["label"][&key].as_str(),
                Some(d.label()),
                "{key}"
            );
        }
    }
}
