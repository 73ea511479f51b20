//! Consent to share on the full plan: each consent as agreed, where it stands on the day
//! printed, and lines for the person and the case manager to sign and date.

use super::parts::table;
use crate::components::consent_text::{ended_text, state_text_from};
use crate::i18n::{t_string, use_i18n};
use crate::model::actions::Owner;
use crate::model::dates;
use crate::model::lang::Lang;
use crate::model::text::isolate;
use crate::model::{CarePlan, MemberId, ServiceId};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The consent section of the full plan.
pub fn consent_part(plan: &CarePlan, printed_on: NaiveDate, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let long = move |d| dates::long_in(d, lang);
    let rows: Vec<Vec<String>> = plan
        .consents
        .iter()
        .map(|c| {
            let who = plan
                .recipient_name(&c.recipient)
                .unwrap_or_else(|| t_string!(i18n, consent.nobody).to_string());
            let from = match c.from {
                Some(d) => t_string!(i18n, consent.print.from, date = long(d)).to_string(),
                None => t_string!(i18n, consent.print.no_start).to_string(),
            };
            let until = match c.until {
                Some(d) => t_string!(i18n, consent.print.until, date = long(d)).to_string(),
                None => t_string!(i18n, consent.print.until_withdrawn).to_string(),
            };
            let mut now = state_text_from(i18n, c.state_on(printed_on), c.from, lang);
            if let Some(note) = c
                .revoked
                .as_ref()
                .map(|r| r.note.trim())
                .filter(|n| !n.is_empty())
            {
                now.push('\n');
                now.push_str(&t_string!(i18n, consent.print.note, note = note).to_string());
            }
            vec![
                who,
                c.what.trim().to_string(),
                c.purpose.trim().to_string(),
                format!("{from}, {until}"),
                now,
            ]
        })
        .collect();
    let any = !rows.is_empty();
    view! {
        <section class="print-section print-consent">
            <h3>{t_string!(i18n, consent.print.heading)}</h3>
            {table(
                None,
                &[
                    (t_string!(i18n, consent.print.with), "col-name"),
                    (t_string!(i18n, consent.print.what), "col-what"),
                    (t_string!(i18n, consent.print.purpose), "col-what"),
                    (t_string!(i18n, consent.print.dates), "col-dates"),
                    (t_string!(i18n, consent.print.state), "col-status"),
                ],
                rows,
                t_string!(i18n, consent.print.empty),
            )}
            {any.then(|| view! {
                <p>{t_string!(i18n, consent.print.agree)}</p>
                <div class="signature-lines">
                    <div class="signature">
                        <p><span class="line"></span>{t_string!(i18n, consent.print.person)}</p>
                        <p><span class="line"></span>{t_string!(i18n, consent.print.date)}</p>
                    </div>
                    <div class="signature">
                        <p><span class="line"></span>{t_string!(i18n, consent.print.case_manager)}</p>
                        <p><span class="line"></span>{t_string!(i18n, consent.print.date)}</p>
                    </div>
                </div>
            })}
        </section>
    }
}

/// A care-team member's name for a printed table, with "Consent withdrawn on …" under it.
pub fn member_cell(
    plan: &CarePlan,
    id: MemberId,
    name: &str,
    day: NaiveDate,
    lang: Lang,
) -> String {
    with_mark(&isolate(name), plan.consent_mark_for_member(id, day), lang)
}

/// A service's name (isolated) for a printed table, with "Consent expired on …" under it.
pub fn service_cell(
    plan: &CarePlan,
    id: ServiceId,
    name: String,
    day: NaiveDate,
    lang: Lang,
) -> String {
    with_mark(
        &isolate(&name),
        plan.consent_mark_for_service(id, day),
        lang,
    )
}

/// Who does a step, for a printed table, with the mark of the member or service it names.
/// Names and roles as typed are isolated (`text::isolate`), as every typed name in a cell.
pub fn owner_cell(plan: &CarePlan, owner: &Owner, day: NaiveDate, lang: Lang) -> String {
    let name = plan.owner_name_shown_in(owner, lang);
    let mark = match owner {
        Owner::Member(id) => plan.consent_mark_for_member(*id, day),
        Owner::Service(id) => plan.consent_mark_for_service(*id, day),
        _ => None,
    };
    with_mark(&name, mark, lang)
}

fn with_mark(name: &str, mark: Option<crate::model::consent::Ended>, lang: Lang) -> String {
    match mark {
        Some(m) => {
            let mark = ended_text(use_i18n(), m, lang);
            if name.trim().is_empty() {
                mark
            } else {
                format!("{name}\n{mark}")
            }
        }
        None => name.to_string(),
    }
}
