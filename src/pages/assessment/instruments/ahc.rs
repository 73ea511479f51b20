//! The AHC health-related social needs screening: living situation, food, transportation,
//! utilities and safety.

use super::super::{change, read};
use super::{legend, options, started, InstrumentSection, ToNeeds};
use crate::components::language::{model_lang, untranslated};
use crate::components::{Checkbox, ChoiceRadios, RadioGroup, SafetyPlanOffer};
use crate::i18n::Locale;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::ahc::{self, FoodAnswer, HomeProblem, Living, Utilities};
use crate::model::assessment::instrument::{Question, ScreenResult};
use crate::model::assessment::Assessment;
use crate::model::lang::Lang;
use crate::model::Choice;
use crate::state::PlanState;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

fn ahc_status(i18n: I18nContext<Locale>, lang: Lang, a: &Assessment) -> String {
    let missing = a.ahc.missing();
    if missing.len() == 10 {
        return started(i18n, false);
    }
    let positive = a.ahc.result().positive_areas_in(lang);
    let found = match positive.as_slice() {
        [] => t_string!(i18n, assessment.ahc.no_positive).to_string(),
        names => {
            let areas = names.join(", ").to_lowercase();
            t_string!(i18n, assessment.ahc.positive, areas = areas).to_string()
        }
    };
    if missing.is_empty() {
        t_string!(i18n, assessment.ahc.done, found = found).to_string()
    } else {
        let n = 10 - missing.len();
        t_string!(i18n, assessment.ahc.answered, n = n, found = found).to_string()
    }
}

#[component]
pub(super) fn AhcForm(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let english = untranslated();
    let plan = state.plan;
    let ahc = Memo::new(move |_| read(plan, |a| a.ahc.clone()));
    let pick = |name: &str,
                q: &Question,
                opts: Vec<(String, String)>,
                value: Signal<Option<String>>,
                on: Callback<String>,
                inline: bool| {
        view! {
            <RadioGroup name=name.to_string() legend=legend(q) options=opts value=value on_change=on inline=inline />
        }
    };
    let living = view! {
        <ChoiceRadios
            name="ahc-q1"
            legend=legend(&ahc::Q1)
            label=|l: Living| l.label().to_string()
            value=Signal::derive(move || ahc.with(|a| a.living))
            on_change=Callback::new(move |l| change(state, |a| a.ahc.living = Some(l)))
        />
    };
    let food = move |name: &'static str,
                     q: &Question,
                     get: fn(&ahc::Ahc) -> Option<FoodAnswer>,
                     set: fn(&mut ahc::Ahc, Option<FoodAnswer>)| {
        view! {
            <ChoiceRadios
                name=name
                legend=legend(q)
                only=&FoodAnswer::AHC
                label=|f: FoodAnswer| f.label().to_string()
                value=Signal::derive(move || ahc.with(get))
                on_change=Callback::new(move |f| change(state, |a| set(&mut a.ahc, Some(f))))
                inline=true
            />
        }
    };
    let yes_no = vec![
        ("yes".to_string(), "Yes".to_string()),
        ("no".to_string(), "No".to_string()),
    ];
    let transport = pick(
        "ahc-q5",
        &ahc::Q5,
        yes_no,
        Signal::derive(move || {
            ahc.with(|a| {
                a.transportation
                    .map(|y| if y { "yes" } else { "no" }.to_string())
            })
        }),
        Callback::new(move |v: String| change(state, |a| a.ahc.transportation = Some(v == "yes"))),
        true,
    );
    let utilities = view! {
        <ChoiceRadios
            name="ahc-q6"
            legend=legend(&ahc::Q6)
            label=|u: Utilities| u.label().to_string()
            value=Signal::derive(move || ahc.with(|a| a.utilities))
            on_change=Callback::new(move |u| change(state, |a| a.ahc.utilities = Some(u)))
            inline=true
        />
    };
    let safety = ahc::SAFETY_QUESTIONS
        .iter()
        .enumerate()
        .map(|(i, q)| {
            pick(
                &format!("ahc-q{}", q.number),
                q,
                options(&ahc::SAFETY_CHOICES),
                Signal::derive(move || ahc.with(|a| a.safety[i].map(|v| v.to_string()))),
                Callback::new(move |v: String| {
                    let value = v.parse::<u8>().ok();
                    change(state, |a| a.ahc.safety[i] = value)
                }),
                true,
            )
        })
        .collect_view();
    let result = move || {
        let lang = lang();
        let r = ahc.with(ahc::Ahc::result);
        let any_positive = r.areas().iter().any(|(_, res)| res.is_positive());
        let safety_line = r.safety_total.map(|total| {
            let cut = ahc::SAFETY_CUT_POINT;
            t_string!(i18n, assessment.ahc.safety_total, total = total, cut = cut).to_string()
        });
        view! {
            <ul class="area-results">
                {r.areas_in(lang).into_iter().map(|(name, res)| {
                    let (class, text) = match res {
                        ScreenResult::Positive => {
                            ("positive", t_string!(i18n, assessment.ahc.result_positive).to_string())
                        }
                        ScreenResult::Negative => {
                            ("negative", t_string!(i18n, assessment.ahc.result_negative).to_string())
                        }
                        ScreenResult::Incomplete(m) => ("incomplete", m.plain_in(lang)),
                    };
                    view! { <li class=class><strong>{name}": "</strong>{text}</li> }
                }).collect_view()}
            </ul>
            {safety_line.map(|l| view! { <p>{l}</p> })}
            {r.safety.is_positive().then(|| view! { <SafetyPlanOffer /> })}
            {any_positive.then(|| view! { <p><ToNeeds state=state /></p> })}
        }
    };
    view! {
        <InstrumentSection
            id="instrument-ahc"
            name=Signal::derive(move || t_string!(i18n, assessment.ahc.name).to_string())
            status=Signal::derive(move || {
                let lang = lang();
                read(plan, |a| ahc_status(i18n, lang, a))
            })
            attribution=ahc::ATTRIBUTION
        >
            <h3 class="part">{t!(i18n, assessment.ahc.living)}</h3>
            <div class="questions" lang=english>{living}</div>
            <fieldset class="radio-group" aria-describedby="ahc-q2-hint" lang=english>
                <legend>{legend(&ahc::Q2)}</legend>
                <p class="hint" id="ahc-q2-hint">"Choose all that apply."</p>
                <div class="options columns">
                    {HomeProblem::ALL.iter().copied().map(|p| view! {
                        <Checkbox
                            id=format!("ahc-q2-{}", p.code())
                            label=p.label()
                            checked=Signal::derive(move || ahc.with(|a| a.home_problems.contains(&p)))
                            on_change=Callback::new(move |on| change(state, |a| a.ahc.set_home_problem(p, on)))
                        />
                    }).collect_view()}
                    <Checkbox
                        id="ahc-q2-none"
                        label=ahc::NONE_OF_THE_ABOVE.label
                        checked=Signal::derive(move || ahc.with(|a| a.no_home_problems))
                        on_change=Callback::new(move |on| change(state, |a| a.ahc.set_no_home_problems(on)))
                    />
                </div>
            </fieldset>
            <h3 class="part">{t!(i18n, assessment.ahc.food)}</h3>
            <div class="questions" lang=english>
                <p class="stem">{ahc::FOOD_INTRO}</p>
                {food("ahc-q3", &ahc::Q3, |a| a.food_worried, |a, v| a.food_worried = v)}
                {food("ahc-q4", &ahc::Q4, |a| a.food_ran_out, |a, v| a.food_ran_out = v)}
            </div>
            <h3 class="part">{t!(i18n, assessment.ahc.transportation)}</h3>
            <div class="questions" lang=english>{transport}</div>
            <h3 class="part">{t!(i18n, assessment.ahc.utilities)}</h3>
            <div class="questions" lang=english>{utilities}</div>
            <h3 class="part">{t!(i18n, assessment.ahc.safety)}</h3>
            <div class="questions" lang=english>
                <p class="stem">{ahc::SAFETY_INTRO}</p>
                {safety}
            </div>
            <div class="result" role="status">{result}</div>
        </InstrumentSection>
    }
}
