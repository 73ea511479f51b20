//! PHQ-9 (and the PHQ-2 from its first two questions), with the 988 line when question 9 is
//! answered above "Not at all".

use super::super::{change, read};
use super::{legend, options, started, InstrumentSection, ToNeeds};
use crate::components::language::{model_lang, untranslated};
use crate::components::{ChoiceRadios, CrisisNotice, RadioGroup, Shown};
use crate::i18n::Locale;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::instrument::Question;
use crate::model::assessment::{phq9, Assessment};
use crate::model::lang::Lang;
use crate::state::PlanState;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

fn phq9_status(i18n: I18nContext<Locale>, lang: Lang, a: &Assessment) -> String {
    match (a.phq9.score(), a.phq9.phq2()) {
        (Ok(s), _) => {
            let band = s.band.label_in(lang);
            t_string!(
                i18n,
                assessment.phq9.status_score,
                total = s.total,
                band = band
            )
            .to_string()
        }
        (Err(_), Ok(p)) if p.positive => {
            t_string!(i18n, assessment.phq9.status_phq2_positive, total = p.total).to_string()
        }
        (Err(_), Ok(p)) => {
            t_string!(i18n, assessment.phq9.status_phq2_negative, total = p.total).to_string()
        }
        _ => started(i18n, a.phq9.is_started()),
    }
}

#[component]
pub(super) fn Phq9Form(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let english = untranslated();
    let plan = state.plan;
    let continued = RwSignal::new(false);
    let phq = Memo::new(move |_| read(plan, |a| a.phq9.clone()));
    let show_rest = move || {
        continued.get()
            || phq.with(|p| {
                p.phq2().is_ok_and(|s| s.positive) || p.items[2..].iter().any(Option::is_some)
            })
    };
    let item = move |q: Question| {
        let i = usize::from(q.number) - 1;
        view! {
            <RadioGroup
                name=format!("phq9-q{}", q.number)
                legend=legend(&q)
                options=options(&phq9::CHOICES)
                value=Signal::derive(move || phq.with(|p| p.answer(i + 1).map(|v| v.to_string())))
                on_change=Callback::new(move |v: String| {
                    let value = v.parse::<u8>().ok();
                    change(state, |a| a.phq9.items[i] = value)
                })
                inline=true
            />
        }
    };
    let phq2_result = move || {
        let lang = lang();
        phq.with(|p| match p.phq2() {
            Ok(s) if s.positive => {
                t_string!(i18n, assessment.phq9.phq2_positive, total = s.total).to_string()
            }
            Ok(s) => t_string!(i18n, assessment.phq9.phq2_negative, total = s.total).to_string(),
            Err(missing) => missing.plain_in(lang),
        })
    };
    let phq9_result = move || {
        let lang = lang();
        phq.with(|p| match p.score() {
            Ok(s) => {
                let band = s.band.label_in(lang);
                view! {
                    <p>
                        <strong>{t_string!(i18n, assessment.phq9.score, total = s.total, band = band)}</strong>
                        " "
                        {t!(i18n, assessment.phq9.bands)}
                        {p.points_to_depression().then(|| view! { <ToNeeds state=state /> })}
                    </p>
                }
                .into_any()
            }
            Err(missing) => view! { <p>{missing.plain_in(lang)}</p> }.into_any(),
        })
    };
    let flagged = Memo::new(move |_| phq.with(phq9::Phq9::self_harm_flag));
    let difficulty_value = Signal::derive(move || phq.with(|p| p.difficulty));
    let on_difficulty = Callback::new(move |d| change(state, |a| a.phq9.difficulty = Some(d)));
    let difficulty_label = |d: phq9::Difficulty| d.label().to_string();
    // Question 10 in English; in another language its hint (not part of the score) is said
    // in that language above it, outside the English question.
    let difficulty = move || {
        let legend = legend(&phq9::DIFFICULTY_QUESTION);
        match english() {
            None => view! {
                <ChoiceRadios name="phq9-q10" legend=legend
                    hint=move || t_string!(i18n, assessment.phq9.not_in_score).to_string()
                    label=difficulty_label value=difficulty_value on_change=on_difficulty />
            }
            .into_any(),
            Some(_) => view! {
                <ChoiceRadios name="phq9-q10" legend=legend
                    label=difficulty_label value=difficulty_value on_change=on_difficulty />
            }
            .into_any(),
        }
    };
    view! {
        <InstrumentSection
            id="instrument-phq9"
            name=Signal::derive(move || t_string!(i18n, assessment.phq9.name).to_string())
            status=Signal::derive(move || {
                let lang = lang();
                read(plan, |a| phq9_status(i18n, lang, a))
            })
            attribution=phq9::ATTRIBUTION
        >
            <div class="questions" lang=english>
                <p class="stem">{phq9::STEM}</p>
                {item(phq9::QUESTIONS[0])}
                {item(phq9::QUESTIONS[1])}
            </div>
            <div class="result" role="status">{phq2_result}</div>
            <Shown
                when=show_rest
                fallback=move || view! {
                    <button id="phq9-continue" on:click=move |_| continued.set(true)>
                        {t!(i18n, assessment.phq9.answer_all)}
                    </button>
                }
            >
                <div class="questions" lang=english>
                    {phq9::QUESTIONS[2..].iter().map(|q| item(*q)).collect_view()}
                </div>
                <div role="status">
                    <Shown when=move || flagged.get()>
                        <CrisisNotice id="crisis-phq9" inline=true />
                    </Shown>
                </div>
                <Shown when=move || english().is_some()>
                    <p class="hint">{t!(i18n, assessment.phq9.not_in_score)}</p>
                </Shown>
                <div class="questions" lang=english>{difficulty}</div>
                <div class="result" role="status">{phq9_result}</div>
            </Shown>
        </InstrumentSection>
    }
}
