//! The person's safety plan on paper: first on both printouts, each part that holds something
//! with its lines, in the order to go through them. Nothing while it is empty.

use crate::components::safety_plan_text::section_label;
use crate::i18n::{t_string, Locale};
use crate::model::CarePlan;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// The safety plan's section of a printout, when there is something in it.
pub fn safety_plan_part(i18n: I18nContext<Locale>, plan: &CarePlan) -> Option<AnyView> {
    let parts = plan.safety_plan.filled_sections();
    if parts.is_empty() {
        return None;
    }
    Some(
        view! {
            <section class="print-section print-safety-plan">
                <h3>{t_string!(i18n, safety_plan.print.heading)}</h3>
                <p class="print-lead">{t_string!(i18n, safety_plan.print.lead)}</p>
                {parts
                    .into_iter()
                    .map(|(section, lines)| view! {
                        <h4>{section_label(i18n, section)}</h4>
                        <ul class="safety-plan-lines">
                            {lines.into_iter().map(|line| view! { <li><bdi>{line}</bdi></li> }).collect_view()}
                        </ul>
                    })
                    .collect_view()}
            </section>
        }
        .into_any(),
    )
}
