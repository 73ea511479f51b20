//! What happened when something was saved as a file, and the sentence that says it
//! (`locales/*/files.json`). Pure: no browser here, so the words are tested natively.

use crate::i18n::{td_string, Locale};
use crate::model::lang::Lang;
use crate::model::PlanSummary;
use crate::storage::LoadError;

/// A file saved in the person's downloads.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// A backup file of these plans. `left_out` are plans that could not be in it because
    /// their saved data is damaged: by what the list remembers of them, when it does.
    Backup {
        file: String,
        plans: Vec<PlanSummary>,
        left_out: Vec<Option<PlanSummary>>,
    },
    /// A backup file of the plan as it is on screen, when storage is full.
    OnScreen { file: String },
    /// The plan as a FHIR Bundle, for other health and care systems.
    Fhir { file: String },
    /// `count` calendar reminders.
    Calendar { file: String, count: usize },
}

/// Why no file was saved.
#[derive(Clone, Debug, PartialEq)]
pub enum NotSaved {
    /// The browser refused the download.
    Refused,
    /// There was no plan to save.
    NoPlans,
    /// The plans could not be read (the first reason found).
    Unreadable(LoadError),
    /// A calendar file would hold nothing: no dated steps, reviews or appointments to come.
    NothingComingUp,
}

/// The interface language for the model's `lang`.
pub fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Es => Locale::es,
    }
}

/// A plan's name in the language's quotes: "“Maria: Housing”", or the stand-in for a plan
/// the list does not remember.
pub fn quoted(summary: Option<&PlanSummary>, lang: Lang) -> String {
    match summary {
        Some(s) => td_string!(locale(lang), plans.quoted, name = s.full_name_in(lang)).to_string(),
        None => td_string!(locale(lang), plans.card.unknown).to_string(),
    }
}

impl Saved {
    /// What was saved and where, in `lang`.
    pub fn said_in(&self, lang: Lang) -> String {
        let l = locale(lang);
        match self {
            Saved::Backup {
                file,
                plans,
                left_out,
            } => {
                let saved = match plans.as_slice() {
                    [one] => td_string!(
                        l,
                        files.saved_one,
                        name = one.full_name_in(lang),
                        file = file.as_str()
                    )
                    .to_string(),
                    many => td_string!(
                        l,
                        files.saved_many,
                        count = many.len(),
                        file = file.as_str()
                    )
                    .to_string(),
                };
                let names = left_out
                    .iter()
                    .map(|s| quoted(s.as_ref(), lang))
                    .collect::<Vec<_>>()
                    .join(", ");
                match left_out.len() {
                    0 => saved,
                    1 => format!(
                        "{saved} {}",
                        td_string!(l, plans.save_all_left_out_one, names = names)
                    ),
                    _ => format!(
                        "{saved} {}",
                        td_string!(l, plans.save_all_left_out_many, names = names)
                    ),
                }
            }
            Saved::OnScreen { file } => {
                td_string!(l, files.saved_on_screen, file = file.as_str()).to_string()
            }
            Saved::Fhir { file } => {
                td_string!(l, files.saved_fhir, file = file.as_str()).to_string()
            }
            Saved::Calendar { file, count: 1 } => {
                td_string!(l, files.saved_calendar_one, file = file.as_str()).to_string()
            }
            Saved::Calendar { file, count } => td_string!(
                l,
                files.saved_calendar_many,
                count = *count,
                file = file.as_str()
            )
            .to_string(),
        }
    }
}

impl NotSaved {
    /// Why nothing was saved, in `lang`.
    pub fn said_in(&self, lang: Lang) -> String {
        let l = locale(lang);
        match self {
            NotSaved::Refused => td_string!(l, files.refused).to_string(),
            NotSaved::NoPlans => td_string!(l, files.no_plans).to_string(),
            NotSaved::Unreadable(e) => {
                td_string!(l, files.nothing_saved, why = e.plain_in(lang)).to_string()
            }
            NotSaved::NothingComingUp => td_string!(l, files.nothing_coming_up).to_string(),
        }
    }
}

/// The sentence to show for a save, as `Outcome` shows it: `Ok` for what was saved, `Err` for
/// why not.
pub fn said(result: &Result<Saved, NotSaved>, lang: Lang) -> Result<String, String> {
    match result {
        Ok(saved) => Ok(saved.said_in(lang)),
        Err(why) => Err(why.said_in(lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::without_isolates;
    use crate::model::CarePlan;
    use chrono::{TimeZone, Utc};

    fn summary(name: &str, title: &str) -> PlanSummary {
        let mut plan = CarePlan::new(Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap());
        plan.person.name = name.into();
        plan.title = title.into();
        plan.summary()
    }

    trait Plain {
        /// What was said, without the marks that isolate each name.
        fn plain(&self, lang: Lang) -> String;
    }

    impl Plain for Saved {
        fn plain(&self, lang: Lang) -> String {
            without_isolates(&self.said_in(lang))
        }
    }

    impl Plain for NotSaved {
        fn plain(&self, lang: Lang) -> String {
            without_isolates(&self.said_in(lang))
        }
    }

    fn backup(plans: Vec<PlanSummary>, left_out: Vec<Option<PlanSummary>>) -> Saved {
        Saved::Backup {
            file: "care-plans-2026-11-22.json".into(),
            plans,
            left_out,
        }
    }

    /// The sentences files.rs wrote inline before they moved to locales, word for word.
    #[test]
    fn a_backup_names_its_one_plan_or_counts_them_in_both_languages() {
        let one = backup(vec![summary("Maria", "Housing")], Vec::new());
        assert_eq!(
            one.plain(Lang::En),
            "Saved \u{201c}Maria: Housing\u{201d} as the file \u{201c}care-plans-2026-11-22.json\u{201d}. Look for it in your downloads. It holds personal details: keep it somewhere safe."
        );
        assert_eq!(
            one.plain(Lang::Es),
            "Se guardó «Maria: Housing» como el archivo «care-plans-2026-11-22.json». Búsquelo en sus descargas. Contiene datos personales: téngalo en un lugar seguro."
        );
        let two = backup(vec![summary("Ana", "A"), summary("Ben", "B")], Vec::new());
        assert_eq!(
            two.plain(Lang::En),
            "Saved 2 plans as the file \u{201c}care-plans-2026-11-22.json\u{201d}. Look for it in your downloads. It holds personal details: keep it somewhere safe."
        );
        assert_eq!(
            two.plain(Lang::Es),
            "Se guardaron 2 planes como el archivo «care-plans-2026-11-22.json». Búsquelo en sus descargas. Contiene datos personales: téngalo en un lugar seguro."
        );
    }

    #[test]
    fn plans_left_out_are_named_after_what_was_saved() {
        let saved = backup(
            vec![summary("Ana", "A"), summary("Ben", "B")],
            vec![Some(summary("Broken", "Money"))],
        );
        assert_eq!(
            saved.plain(Lang::En),
            "Saved 2 plans as the file \u{201c}care-plans-2026-11-22.json\u{201d}. Look for it in your downloads. It holds personal details: keep it somewhere safe. Left out: \u{201c}Broken: Money\u{201d}, because its saved data is damaged. It is under \u{201c}Plans that could not be opened\u{201d}, where you can download it."
        );
        let saved = backup(
            vec![summary("Ana", "A")],
            vec![Some(summary("Dana", "Health")), None],
        );
        assert!(
            saved.plain(Lang::Es).ends_with(
                " Se dejaron fuera «Dana: Health», Un plan guardado en este navegador, porque sus datos guardados están dañados. Están en «Planes que no se pudieron abrir», donde puede descargarlos."
            ),
            "{}",
            saved.plain(Lang::Es)
        );
    }

    #[test]
    fn the_other_files_say_what_they_hold() {
        let file = "care-plan-maria-2026-11-22.ics".to_string();
        let one = Saved::Calendar {
            file: file.clone(),
            count: 1,
        };
        assert!(one
            .plain(Lang::En)
            .starts_with("Saved 1 reminder as \u{201c}care-plan-maria-2026-11-22.ics\u{201d}. Open it from your downloads"));
        let five = Saved::Calendar { file, count: 5 };
        assert!(five
            .plain(Lang::En)
            .starts_with("Saved 5 reminders as \u{201c}care-plan-maria-2026-11-22.ics\u{201d}."));
        assert!(five.plain(Lang::Es).starts_with(
            "Se guardó 5 recordatorios como «care-plan-maria-2026-11-22.ics». Ábralo"
        ));
        let fhir = Saved::Fhir {
            file: "care-plan-2026-11-22.fhir.json".into(),
        };
        assert_eq!(
            fhir.plain(Lang::En),
            "Saved the plan for other health and care systems as \u{201c}care-plan-2026-11-22.fhir.json\u{201d} (FHIR, a standard format). Look for it in your downloads. It holds personal details: keep it somewhere safe."
        );
        let screen = Saved::OnScreen {
            file: "care-plan-2026-11-22.json".into(),
        };
        assert_eq!(
            screen.plain(Lang::Es),
            "Se guardó el plan con todos sus cambios como «care-plan-2026-11-22.json». Búsquelo en sus descargas."
        );
    }

    #[test]
    fn why_nothing_was_saved_in_both_languages() {
        assert_eq!(
            NotSaved::Refused.plain(Lang::En),
            "The browser did not allow the file to be saved."
        );
        assert_eq!(
            NotSaved::Refused.plain(Lang::Es),
            "El navegador no permitió guardar el archivo."
        );
        assert_eq!(
            NotSaved::NoPlans.plain(Lang::Es),
            "No hay planes que guardar."
        );
        assert_eq!(
            NotSaved::Unreadable(LoadError::NotFound).plain(Lang::En),
            "Nothing was saved: There is no plan with this address in this browser."
        );
        assert!(NotSaved::NothingComingUp
            .plain(Lang::En)
            .starts_with("There is nothing coming up to remind you of"));
        assert_eq!(
            said(&Err(NotSaved::NoPlans), Lang::En),
            Err("There are no plans to save.".to_string())
        );
    }
}
