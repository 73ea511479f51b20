//! Contact notes on paper: all of them on the full plan, for the care team; on "My plan" only
//! the ones marked to share with the person.

use super::parts::table;
use crate::components::isolated;
use crate::i18n::{t_string, Locale};
use crate::model::lang::Lang;
use crate::model::text::isolate;
use crate::model::CarePlan;
use crate::pages::monitoring::contact_notes::{how_label, next_step_text};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// Every note, newest first, as a table.
pub fn full_plan_part(i18n: I18nContext<Locale>, plan: &CarePlan, lang: Lang) -> impl IntoView {
    let rows: Vec<Vec<String>> = plan
        .contact_notes_newest_first()
        .into_iter()
        .map(|n| {
            vec![
                n.when_in(lang),
                plan.contact_who_in(n, lang),
                n.how
                    .map(|h| how_label(i18n, h).to_string())
                    .unwrap_or_default(),
                plan.contact_about_in(n, lang).join("\n"),
                n.outcome.clone(),
                next_step_text(i18n, n, lang)
                    .map(|t| crate::model::text::without_isolates(&t))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    view! {
        <section class="print-section print-contact-notes">
            <h3>{t_string!(i18n, contact_notes.print.heading)}</h3>
            {table(
                None,
                &[
                    (t_string!(i18n, contact_notes.print.when), "col-when"),
                    (t_string!(i18n, contact_notes.print.who), "col-who"),
                    (t_string!(i18n, contact_notes.print.how), "col-how"),
                    (t_string!(i18n, contact_notes.print.about), "col-about"),
                    (t_string!(i18n, contact_notes.print.outcome), "col-outcome"),
                    (t_string!(i18n, contact_notes.print.next), "col-next"),
                ],
                rows,
                t_string!(i18n, contact_notes.print.empty),
            )}
        </section>
    }
}

/// The notes marked to share, for the person; nothing when there are none.
pub fn my_plan_part(
    i18n: I18nContext<Locale>,
    plan: &CarePlan,
    lang: Lang,
) -> Option<impl IntoView> {
    let notes: Vec<(String, String)> = plan
        .shared_contact_notes()
        .into_iter()
        .map(|n| {
            let when = match n.how {
                Some(h) => format!("{} ({})", n.when_in(lang), how_label(i18n, h)),
                None => n.when_in(lang),
            };
            let next = next_step_text(i18n, n, lang)
                .map(|t| format!("{}: {t}", t_string!(i18n, contact_notes.next_label)));
            let what = [Some(isolate(n.outcome.trim())), next]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(". ");
            (when, what)
        })
        .collect();
    (!notes.is_empty()).then(|| {
        view! {
            <section class="print-section">
                <h3>{t_string!(i18n, contact_notes.mine.heading)}</h3>
                <ul class="my-contact-notes">
                    {notes.into_iter().map(|(when, what)| view! {
                        <li><strong>{when}": "</strong>{isolated(what)}</li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
