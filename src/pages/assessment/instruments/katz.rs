//! The Katz index of independence in activities of daily living, in plain words.

use super::super::{change, read};
use super::{started, InstrumentSection, ToNeeds};
use crate::components::language::{model_lang, untranslated};
use crate::components::RadioGroup;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::{katz, Assessment};
use crate::state::PlanState;
use leptos::prelude::*;

#[component]
pub(super) fn KatzForm(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let english = untranslated();
    let plan = state.plan;
    let katz = Memo::new(move |_| read(plan, |a| a.katz.clone()));
    let status = move |a: &Assessment| match a.katz.score() {
        Ok(s) => {
            let label = s.label_in(lang());
            t_string!(
                i18n,
                assessment.katz.status_score,
                total = s.total,
                label = label
            )
            .to_string()
        }
        Err(_) => started(i18n, a.katz.is_started()),
    };
    let yes_no = || {
        vec![
            ("yes".to_string(), katz::INDEPENDENT.to_string()),
            ("no".to_string(), katz::NEEDS_HELP.to_string()),
        ]
    };
    let result = move || {
        let lang = lang();
        katz.with(|k| match k.score() {
            Ok(s) => {
                let label = s.label_in(lang);
                view! {
                    <p>
                        <strong>{t_string!(i18n, assessment.katz.score, total = s.total, label = label)}</strong>
                        " "
                        {t!(i18n, assessment.katz.six_means)}
                        {(s.total < 6).then(|| view! { <ToNeeds state=state /> })}
                    </p>
                }
                .into_any()
            }
            Err(missing) => view! { <p>{missing.plain_in(lang)}</p> }.into_any(),
        })
    };
    view! {
        <InstrumentSection
            id="instrument-katz"
            own_words=true
            name=Signal::derive(move || t_string!(i18n, assessment.katz.name).to_string())
            status=Signal::derive(move || read(plan, status))
            attribution=katz::ATTRIBUTION
        >
            <div class="questions" lang=english>
            <p class="stem">"For each activity: can the person do it with no supervision, direction or hands-on help?"</p>
            {katz::ACTIVITIES.iter().enumerate().map(|(i, act)| view! {
                <RadioGroup
                    name=format!("katz-q{}", i + 1)
                    legend=format!("{}. {}", i + 1, act.name)
                    hint=act.prompt
                    options=yes_no()
                    value=Signal::derive(move || katz.with(|k| k.items[i].map(|y| if y { "yes" } else { "no" }.to_string())))
                    on_change=Callback::new(move |v: String| change(state, |a| a.katz.items[i] = Some(v == "yes")))
                    inline=true
                />
            }).collect_view()}
            </div>
            <div class="result" role="status">{result}</div>
        </InstrumentSection>
    }
}
