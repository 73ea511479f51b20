//! GAD-7 (and the GAD-2 from its first two questions): an anxiety screen, laid out as the
//! PHQ-9 is.

use super::super::{change, read};
use super::{legend, options, started, InstrumentSection, ToNeeds};
use crate::components::language::{model_lang, untranslated};
use crate::components::{ChoiceRadios, RadioGroup, Shown};
use crate::i18n::Locale;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::instrument::Question;
use crate::model::assessment::{gad7, Assessment};
use crate::model::lang::Lang;
use crate::state::PlanState;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

fn gad7_status(i18n: I18nContext<Locale>, lang: Lang, a: &Assessment) -> String {
    match (a.gad7.score(), a.gad7.gad2()) {
        (Ok(s), _) => {
            let band = s.band.label_in(lang);
            t_string!(i18n, gad7.status_score, total = s.total, band = band).to_string()
        }
        (Err(_), Ok(p)) if p.positive => {
            t_string!(i18n, gad7.status_gad2_positive, total = p.total).to_string()
        }
        (Err(_), Ok(p)) => t_string!(i18n, gad7.status_gad2_negative, total = p.total).to_string(),
        _ => started(i18n, a.gad7.is_started()),
    }
}

#[component]
pub(super) fn Gad7Form(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let english = untranslated();
    let plan = state.plan;
    let continued = RwSignal::new(false);
    let gad = Memo::new(move |_| read(plan, |a| a.gad7.clone()));
    let show_rest = move || {
        continued.get()
            || gad.with(|g| {
                g.gad2().is_ok_and(|s| s.positive) || g.items[2..].iter().any(Option::is_some)
            })
    };
    let item = move |q: Question| {
        let i = usize::from(q.number) - 1;
        view! {
            <RadioGroup
                name=format!("gad7-q{}", q.number)
                legend=legend(&q)
                options=options(&gad7::CHOICES)
                value=Signal::derive(move || gad.with(|g| g.answer(i + 1).map(|v| v.to_string())))
                on_change=Callback::new(move |v: String| {
                    let value = v.parse::<u8>().ok();
                    change(state, |a| {
                        if let Some(slot) = a.gad7.items.get_mut(i) {
                            *slot = value;
                        }
                    })
                })
                inline=true
            />
        }
    };
    let gad2_result = move || {
        let lang = lang();
        gad.with(|g| match g.gad2() {
            Ok(s) if s.positive => t_string!(i18n, gad7.gad2_positive, total = s.total).to_string(),
            Ok(s) => t_string!(i18n, gad7.gad2_negative, total = s.total).to_string(),
            Err(missing) => missing.plain_in(lang),
        })
    };
    let gad7_result = move || {
        let lang = lang();
        gad.with(|g| match g.score() {
            Ok(s) => {
                let band = s.band.label_in(lang);
                view! {
                    <p>
                        <strong>{t_string!(i18n, gad7.score, total = s.total, band = band)}</strong>
                        " "
                        {t!(i18n, gad7.bands)}
                        {g.points_to_anxiety().then(|| view! { <ToNeeds state=state /> })}
                    </p>
                }
                .into_any()
            }
            Err(missing) => view! { <p>{missing.plain_in(lang)}</p> }.into_any(),
        })
    };
    let difficulty_value = Signal::derive(move || gad.with(|g| g.difficulty));
    let on_difficulty = Callback::new(move |d| change(state, |a| a.gad7.difficulty = Some(d)));
    let difficulty_label = |d: gad7::Difficulty| d.label().to_string();
    // Unnumbered on the form. In English; in another language its hint (not part of the
    // score) is said in that language above it, outside the English question.
    let difficulty = move || {
        let legend = gad7::DIFFICULTY_QUESTION.text.to_string();
        match english() {
            None => view! {
                <ChoiceRadios name="gad7-difficulty" legend=legend
                    hint=move || t_string!(i18n, gad7.not_in_score).to_string()
                    label=difficulty_label value=difficulty_value on_change=on_difficulty />
            }
            .into_any(),
            Some(_) => view! {
                <ChoiceRadios name="gad7-difficulty" legend=legend
                    label=difficulty_label value=difficulty_value on_change=on_difficulty />
            }
            .into_any(),
        }
    };
    view! {
        <InstrumentSection
            id="instrument-gad7"
            name=Signal::derive(move || t_string!(i18n, gad7.name).to_string())
            status=Signal::derive(move || {
                let lang = lang();
                read(plan, |a| gad7_status(i18n, lang, a))
            })
            attribution=gad7::ATTRIBUTION
        >
            <div class="questions" lang=english>
                <p class="stem">{gad7::STEM}</p>
                {item(gad7::QUESTIONS[0])}
                {item(gad7::QUESTIONS[1])}
            </div>
            <div class="result" role="status">{gad2_result}</div>
            <Shown
                when=show_rest
                fallback=move || view! {
                    <button id="gad7-continue" on:click=move |_| continued.set(true)>
                        {t!(i18n, gad7.answer_all)}
                    </button>
                }
            >
                <div class="questions" lang=english>
                    {gad7::QUESTIONS[2..].iter().map(|q| item(*q)).collect_view()}
                </div>
                <Shown when=move || english().is_some()>
                    <p class="hint">{t!(i18n, gad7.not_in_score)}</p>
                </Shown>
                <div class="questions" lang=english>{difficulty}</div>
                <div class="result" role="status">{gad7_result}</div>
            </Shown>
        </InstrumentSection>
    }
}
