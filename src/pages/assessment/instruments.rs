//! The screening questionnaires, with exact published wording, scored as they are answered.
//! Each shows its attribution, says which questions are still unanswered, and points positive
//! screens to the Needs step. In another language the questions and their answers keep their
//! validated English wording (marked lang="en"); everything around them is translated.

use super::{change, read};
use crate::components::language::{model_lang, untranslated};
use crate::components::{step_href, Checkbox, CrisisNotice, RadioGroup, Shown};
use crate::config::Instrument;
use crate::i18n::Locale;
use crate::i18n::{t, t_string, use_i18n};
use crate::model::assessment::ahc::{self, FoodAnswer, HomeProblem, Living, Utilities};
use crate::model::assessment::instrument::{Choice, Question, ScreenResult};
use crate::model::assessment::{hvs, katz, phq9, Assessment};
use crate::model::lang::Lang;
use crate::model::Step;
use crate::state::{AgencyConfig, PlanState};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::components::A;

#[component]
pub fn Instruments(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let agency = AgencyConfig::get();
    let shows = move |i: Instrument| agency.with(|c| c.shows_instrument(i));
    view! {
        <section class="card" aria-labelledby="instruments-heading">
            <h2 id="instruments-heading">{t!(i18n, assessment.instruments.heading)}</h2>
            <p class="hint">{t!(i18n, assessment.instruments.hint)}</p>
            // Only the questionnaires the agency uses (all four unless config.json says otherwise).
            <Shown when=move || shows(Instrument::Phq9)><Phq9Form state=state /></Shown>
            <Shown when=move || shows(Instrument::Ahc)><AhcForm state=state /></Shown>
            <Shown when=move || shows(Instrument::Hvs)><HvsForm state=state /></Shown>
            <Shown when=move || shows(Instrument::Katz)><KatzForm state=state /></Shown>
        </section>
    }
}

/// An expandable questionnaire with its status in the summary line.
#[component]
fn InstrumentSection(
    /// Element id of the `<details>`.
    id: &'static str,
    /// The instrument's name, in the chosen language.
    #[prop(into)]
    name: Signal<String>,
    /// The name is a proper name in English (the Hunger Vital Sign).
    #[prop(optional)]
    english_name: bool,
    /// The questions are the app's own plain words about the index's activities (the Katz
    /// index), not a validated wording: said so instead.
    #[prop(optional)]
    own_words: bool,
    /// One line on where things stand, e.g. "Score 9 of 27: mild".
    status: Signal<String>,
    /// Who made the instrument and on what terms it is used (in English).
    attribution: &'static str,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let english = untranslated();
    let name_lang = move || english().filter(|_| english_name);
    view! {
        <details class="instrument" id=id>
            <summary>
                <span class="instrument-name" lang=name_lang>{move || name.get()}</span>
                <span class="instrument-status">{move || status.get()}</span>
            </summary>
            <div class="instrument-body">
                <Shown when=move || english().is_some()>
                    <p class="hint in-english">
                        {move || if own_words {
                            t_string!(i18n, assessment.katz.in_english)
                        } else {
                            t_string!(i18n, assessment.instruments.in_english)
                        }}
                    </p>
                </Shown>
                {children()}
                <p class="attribution" lang=english>{attribution}</p>
            </div>
        </details>
    }
}

fn options(choices: &[Choice]) -> Vec<(String, String)> {
    choices
        .iter()
        .map(|c| (c.value.to_string(), c.label.to_string()))
        .collect()
}

fn legend(q: &Question) -> String {
    format!("{}. {}", q.number, q.text)
}

/// A sentence for a positive screen, linking to where the proposed need waits.
#[component]
fn ToNeeds(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = state.plan.with_untracked(|p| p.id);
    view! {
        " " {t!(i18n, assessment.instruments.to_needs_before)} " "
        <A href=step_href(id, Step::Needs)>{t!(i18n, assessment.instruments.to_needs_link)}</A>
        {t!(i18n, assessment.instruments.to_needs_after)}
    }
}

// ---------------------------------------------------------------- PHQ-9

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

/// "Started" or "Not started".
fn started(i18n: I18nContext<Locale>, started: bool) -> String {
    if started {
        t_string!(i18n, assessment.instruments.started).to_string()
    } else {
        t_string!(i18n, assessment.instruments.not_started).to_string()
    }
}

#[component]
fn Phq9Form(
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
    let difficulty_options: Vec<(String, String)> = phq9::Difficulty::ALL
        .iter()
        .enumerate()
        .map(|(i, d)| (i.to_string(), d.label().to_string()))
        .collect();
    let difficulty_value = Signal::derive(move || {
        phq.with(|p| {
            p.difficulty.and_then(|d| {
                phq9::Difficulty::ALL
                    .iter()
                    .position(|x| *x == d)
                    .map(|i| i.to_string())
            })
        })
    });
    let on_difficulty = Callback::new(move |v: String| {
        let d = v
            .parse::<usize>()
            .ok()
            .and_then(|i| phq9::Difficulty::ALL.get(i).copied());
        change(state, |a| a.phq9.difficulty = d)
    });
    // Question 10 in English; in another language its hint (not part of the score) is said
    // in that language above it, outside the English question.
    let difficulty = move || {
        let options = difficulty_options.clone();
        let legend = legend(&phq9::DIFFICULTY_QUESTION);
        match english() {
            None => view! {
                <RadioGroup name="phq9-q10" legend=legend
                    hint=move || t_string!(i18n, assessment.phq9.not_in_score).to_string()
                    options=options value=difficulty_value on_change=on_difficulty />
            }
            .into_any(),
            Some(_) => view! {
                <RadioGroup name="phq9-q10" legend=legend
                    options=options value=difficulty_value on_change=on_difficulty />
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
                <div class="questions" lang=english>{difficulty.clone()}</div>
                <div class="result" role="status">{phq9_result}</div>
            </Shown>
        </InstrumentSection>
    }
}

// ---------------------------------------------------------------- AHC HRSN

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

fn food_options(answers: &[FoodAnswer]) -> Vec<(String, String)> {
    answers
        .iter()
        .map(|f| (f.code().to_string(), f.label().to_string()))
        .collect()
}

fn food_from(code: &str) -> Option<FoodAnswer> {
    FoodAnswer::ALL.into_iter().find(|f| f.code() == code)
}

#[component]
fn AhcForm(
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
    let living_options = Living::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| (i.to_string(), l.label().to_string()))
        .collect();
    let living = pick(
        "ahc-q1",
        &ahc::Q1,
        living_options,
        Signal::derive(move || {
            ahc.with(|a| {
                a.living
                    .and_then(|l| Living::ALL.iter().position(|x| *x == l))
                    .map(|i| i.to_string())
            })
        }),
        Callback::new(move |v: String| {
            let l = v
                .parse::<usize>()
                .ok()
                .and_then(|i| Living::ALL.get(i).copied());
            change(state, |a| a.ahc.living = l)
        }),
        false,
    );
    let food = move |name: &str,
                     q: &Question,
                     get: fn(&ahc::Ahc) -> Option<FoodAnswer>,
                     set: fn(&mut ahc::Ahc, Option<FoodAnswer>)| {
        pick(
            name,
            q,
            food_options(&FoodAnswer::AHC),
            Signal::derive(move || ahc.with(|a| get(a).map(|f| f.code().to_string()))),
            Callback::new(move |v: String| change(state, |a| set(&mut a.ahc, food_from(&v)))),
            true,
        )
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
    let utility_options = Utilities::ALL
        .iter()
        .enumerate()
        .map(|(i, u)| (i.to_string(), u.label().to_string()))
        .collect();
    let utilities = pick(
        "ahc-q6",
        &ahc::Q6,
        utility_options,
        Signal::derive(move || {
            ahc.with(|a| {
                a.utilities
                    .and_then(|u| Utilities::ALL.iter().position(|x| *x == u))
                    .map(|i| i.to_string())
            })
        }),
        Callback::new(move |v: String| {
            let u = v
                .parse::<usize>()
                .ok()
                .and_then(|i| Utilities::ALL.get(i).copied());
            change(state, |a| a.ahc.utilities = u)
        }),
        true,
    );
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
                    {HomeProblem::ALL.into_iter().map(|p| view! {
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

// ---------------------------------------------------------------- Hunger Vital Sign

#[component]
fn HvsForm(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = model_lang();
    let english = untranslated();
    let plan = state.plan;
    let hvs = Memo::new(move |_| read(plan, |a| a.hvs.clone()));
    let status = move |a: &Assessment| match a.hvs.at_risk() {
        Ok(risk) => hvs::result_label_in(risk, lang()).to_string(),
        Err(_) => started(i18n, a.hvs.is_started()),
    };
    let item = move |i: usize| {
        let q = hvs::QUESTIONS[i];
        view! {
            <RadioGroup
                name=format!("hvs-q{}", q.number)
                legend=legend(&q)
                options=food_options(&FoodAnswer::ALL)
                value=Signal::derive(move || hvs.with(|h| if i == 0 { h.worried } else { h.ran_out }.map(|f| f.code().to_string())))
                on_change=Callback::new(move |v: String| {
                    let answer = food_from(&v);
                    change(state, |a| if i == 0 { a.hvs.worried = answer } else { a.hvs.ran_out = answer })
                })
                inline=true
            />
        }
    };
    // The AHC food questions are the same two questions; offer their answers instead of
    // asking twice.
    let ahc_food = Memo::new(move |_| {
        read(plan, |a| match (a.ahc.food_worried, a.ahc.food_ran_out) {
            (Some(w), Some(r)) => Some((w, r)),
            _ => None,
        })
    });
    let copy_from_ahc = move |_| {
        if let Some((w, r)) = ahc_food.get_untracked() {
            change(state, |a| {
                a.hvs.worried = Some(w);
                a.hvs.ran_out = Some(r);
            })
        }
    };
    let result = move || {
        let lang = lang();
        hvs.with(|h| match h.at_risk() {
            Ok(true) => view! {
                <p><strong>{t!(i18n, assessment.hvs.at_risk)}</strong><ToNeeds state=state /></p>
            }
            .into_any(),
            Ok(false) => {
                view! { <p><strong>{t!(i18n, assessment.hvs.no_risk)}</strong></p> }.into_any()
            }
            Err(missing) => view! { <p>{missing.plain_in(lang)}</p> }.into_any(),
        })
    };
    view! {
        <InstrumentSection
            id="instrument-hvs"
            name=hvs::NAME
            english_name=true
            status=Signal::derive(move || read(plan, status))
            attribution=hvs::ATTRIBUTION
        >
            <p class="hint">{t!(i18n, assessment.hvs.same_questions)}</p>
            <Shown when=move || ahc_food.with(Option::is_some) && !hvs.with(hvs::Hvs::is_started)>
                <button id="hvs-copy-ahc" on:click=copy_from_ahc>{t!(i18n, assessment.hvs.copy)}</button>
            </Shown>
            <div class="questions" lang=english>
                {item(0)}
                {item(1)}
            </div>
            <div class="result" role="status">{result}</div>
        </InstrumentSection>
    }
}

// ---------------------------------------------------------------- Katz ADL

#[component]
fn KatzForm(
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
