//! Findings: what an assessment points to (a positive screen, a part of life rated high need,
//! or one rated moderate need with a problem written down), and the need each one proposes.
//! Findings about the same need share a [`NeedTopic`] and are proposed together, once. The
//! person decides whether a proposal becomes a need.

use super::ahc::{HomeProblem, Living};
use super::domains::{Domain, NeedLevel};
use super::{drug_screen, hvs, katz, Assessment};
use crate::model::ids::AssessmentId;
use crate::model::lang::Lang;
use crate::model::Choice;
use serde::{Deserialize, Serialize};

/// A kind of finding. The same kind from two instruments (the AHC food questions and the Hunger
/// Vital Sign) is one finding, so it proposes one need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKey {
    Depression,
    SelfHarmThoughts,
    /// GAD-7 (or GAD-2) positive.
    Anxiety,
    HousingUnstable,
    HomeProblems,
    FoodInsecurity,
    Transportation,
    Utilities,
    InterpersonalSafety,
    DailyActivities,
    /// AUDIT-C positive with the cut-off chosen.
    AlcoholUse,
    /// The single-question drug screen: 1 or more times in the past year.
    DrugUse,
    HighNeed(Domain),
    /// A part of life rated moderate need with a problem written in the person's words.
    ModerateNeed(Domain),
}

/// What a need is about. Findings with the same topic are one need: they are proposed as one
/// proposal listing every source, and once any of them is taken (a need carries it, or it was
/// dismissed) the topic is not proposed again. See [`FindingKey::topic`] for the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NeedTopic {
    /// Everything about one part of life: its screens and its rating.
    PartOfLife(Domain),
    /// Thoughts of self-harm (PHQ-9 question 9): urgent, never folded into low mood.
    SelfHarm,
    /// Anxiety (GAD-7 or GAD-2): its own need, apart from low mood.
    Anxiety,
    /// Utilities shut off or at risk (AHC question 6): its own help, apart from the home itself.
    Utilities,
}

impl NeedTopic {
    /// Stable text for element ids: the part of life's code, "self-harm", "anxiety" or
    /// "utilities".
    pub fn code(self) -> &'static str {
        match self {
            NeedTopic::PartOfLife(d) => d.code(),
            NeedTopic::SelfHarm => "self-harm",
            NeedTopic::Anxiety => "anxiety",
            NeedTopic::Utilities => "utilities",
        }
    }

    /// The part of life a need from this topic belongs to.
    pub fn domain(self) -> Domain {
        match self {
            NeedTopic::PartOfLife(d) => d,
            NeedTopic::SelfHarm | NeedTopic::Anxiety => Domain::MentalHealth,
            NeedTopic::Utilities => Domain::Housing,
        }
    }
}

/// How urgent a proposal is: a positive screen or a part of life rated high need comes before
/// a part of life rated moderate need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ProposalPriority {
    Lower,
    Higher,
}

/// A finding of one particular assessment: what a need links back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Finding {
    pub assessment: AssessmentId,
    pub key: FindingKey,
}

impl FindingKey {
    /// The part of life the finding belongs to; it marks that domain in the overview.
    pub fn domain(self) -> Domain {
        match self {
            FindingKey::Depression | FindingKey::SelfHarmThoughts | FindingKey::Anxiety => {
                Domain::MentalHealth
            }
            FindingKey::HousingUnstable | FindingKey::HomeProblems | FindingKey::Utilities => {
                Domain::Housing
            }
            FindingKey::FoodInsecurity => Domain::Food,
            FindingKey::Transportation => Domain::Transportation,
            FindingKey::InterpersonalSafety => Domain::Safety,
            FindingKey::DailyActivities => Domain::DailyLiving,
            FindingKey::AlcoholUse | FindingKey::DrugUse => Domain::SubstanceUse,
            FindingKey::HighNeed(d) | FindingKey::ModerateNeed(d) => d,
        }
    }

    /// The need this finding is about. The grouping rule, one need per row:
    ///
    /// | topic                  | findings                                                  |
    /// |------------------------|-----------------------------------------------------------|
    /// | Mental health and mood | PHQ-9 (or PHQ-2) depression; mood rated high or moderate  |
    /// | Thoughts of self-harm  | PHQ-9 question 9, alone: urgent                           |
    /// | Anxiety                | GAD-7 (or GAD-2), alone                                   |
    /// | Housing                | AHC 1 living situation; AHC 2 problems in the home; rated |
    /// | Utilities              | AHC 6, alone                                              |
    /// | Food                   | AHC 3-4 and the Hunger Vital Sign; food rated             |
    /// | Getting around         | AHC 5 transportation; getting around rated                |
    /// | Personal safety        | AHC 7-10; personal safety rated                           |
    /// | Everyday activities    | Katz index; everyday activities rated                     |
    /// | Alcohol, drugs, smoking| AUDIT-C; the drug screen; alcohol, drugs and smoking rated |
    /// | Any other part of life | rated high, or moderate with a problem written            |
    pub fn topic(self) -> NeedTopic {
        match self {
            FindingKey::SelfHarmThoughts => NeedTopic::SelfHarm,
            FindingKey::Anxiety => NeedTopic::Anxiety,
            FindingKey::Utilities => NeedTopic::Utilities,
            other => NeedTopic::PartOfLife(other.domain()),
        }
    }

    /// Whether the finding is a part of life's rating rather than a screen.
    pub fn is_rating(self) -> bool {
        matches!(self, FindingKey::HighNeed(_) | FindingKey::ModerateNeed(_))
    }

    /// A moderate rating is proposed after the screens and the high ratings.
    pub fn priority(self) -> ProposalPriority {
        match self {
            FindingKey::ModerateNeed(_) => ProposalPriority::Lower,
            _ => ProposalPriority::Higher,
        }
    }

    /// A few words naming the finding, for the overview.
    pub fn short_label(self) -> &'static str {
        self.short_label_in(Lang::En)
    }

    /// A few words naming the finding, in `lang`.
    pub fn short_label_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => match self {
                FindingKey::Depression => "Depression screen positive",
                FindingKey::SelfHarmThoughts => "Thoughts of self-harm",
                FindingKey::Anxiety => "Anxiety screen positive",
                FindingKey::HousingUnstable => "Housing not steady",
                FindingKey::HomeProblems => "Problems in the home",
                FindingKey::FoodInsecurity => "Food insecurity",
                FindingKey::Transportation => "Transportation screen positive",
                FindingKey::Utilities => "Utilities shut-off risk",
                FindingKey::InterpersonalSafety => "Safety screen positive",
                FindingKey::DailyActivities => "Needs help with everyday activities",
                FindingKey::AlcoholUse => "Alcohol screen positive",
                FindingKey::DrugUse => "Drug screen positive",
                FindingKey::HighNeed(_) => "Rated high need",
                FindingKey::ModerateNeed(_) => "Rated moderate need",
            },
            Lang::Es => match self {
                FindingKey::Depression => "Prueba de depresi\u{f3}n positiva",
                FindingKey::SelfHarmThoughts => "Pensamientos de hacerse da\u{f1}o",
                FindingKey::Anxiety => "Prueba de ansiedad positiva",
                FindingKey::HousingUnstable => "Vivienda inestable",
                FindingKey::HomeProblems => "Problemas en la vivienda",
                FindingKey::FoodInsecurity => "Falta de comida",
                FindingKey::Transportation => "Prueba de transporte positiva",
                FindingKey::Utilities => "Riesgo de corte de luz, gas o agua",
                FindingKey::InterpersonalSafety => "Prueba de seguridad positiva",
                FindingKey::DailyActivities => "Necesita ayuda con las actividades diarias",
                FindingKey::AlcoholUse => "Prueba de alcohol positiva",
                FindingKey::DrugUse => "Prueba de drogas positiva",
                FindingKey::HighNeed(_) => "Necesidad alta",
                FindingKey::ModerateNeed(_) => "Necesidad moderada",
            },
        }
    }

    /// The need this finding proposes, in plain words, from the answers that led to it.
    pub fn proposed_statement(self, a: &Assessment) -> String {
        self.proposed_statement_in(a, Lang::En)
    }

    /// The need this finding proposes, written in `lang`: it becomes the need's own words.
    pub fn proposed_statement_in(self, a: &Assessment, lang: Lang) -> String {
        let es = lang == Lang::Es;
        match self {
            FindingKey::Depression if es => {
                "Se siente con el \u{e1}nimo bajo o con depresi\u{f3}n gran parte del tiempo".into()
            }
            FindingKey::Depression => "Feeling down or depressed much of the time".into(),
            FindingKey::SelfHarmThoughts if es => {
                "Ha tenido pensamientos de hacerse da\u{f1}o: necesita un plan de seguridad y seguimiento con un profesional de salud"
                    .into()
            }
            FindingKey::SelfHarmThoughts => {
                "Has had thoughts of self-harm: needs a safety plan and follow-up with a clinician"
                    .into()
            }
            FindingKey::Anxiety if es => {
                "Siente nervios, ansiedad o preocupaci\u{f3}n gran parte del tiempo".into()
            }
            FindingKey::Anxiety => "Feeling nervous, anxious or worried much of the time".into(),
            FindingKey::HousingUnstable => match (a.ahc.living, lang) {
                (Some(Living::NotSteady), Lang::En) => "No steady place to live".into(),
                (Some(Living::NotSteady), Lang::Es) => "No tiene un lugar estable donde vivir".into(),
                (_, Lang::En) => "Worried about losing their home".into(),
                (_, Lang::Es) => "Le preocupa perder su vivienda".into(),
            },
            FindingKey::HomeProblems => {
                let problems: Vec<String> = a
                    .ahc
                    .home_problems
                    .iter()
                    .map(|p| match lang {
                        Lang::En => p.label().to_lowercase(),
                        Lang::Es => home_problem_es(*p).to_string(),
                    })
                    .collect();
                match lang {
                    Lang::En => format!("Problems in the home: {}", problems.join(", ")),
                    Lang::Es => format!("Problemas en la vivienda: {}", problems.join(", ")),
                }
            }
            FindingKey::FoodInsecurity if es => {
                "No siempre tiene suficiente comida (inseguridad alimentaria)".into()
            }
            FindingKey::FoodInsecurity => "Not always enough food (food insecurity)".into(),
            FindingKey::Transportation if es => {
                "No tiene un medio de transporte confiable para ir a citas, al trabajo o a las tiendas"
                    .into()
            }
            FindingKey::Transportation => {
                "No reliable way to get to appointments, work or shops".into()
            }
            FindingKey::Utilities if es => {
                "Le cortaron la luz, el gas, el combustible para calefacci\u{f3}n o el agua, o se los pueden cortar"
                    .into()
            }
            FindingKey::Utilities => {
                "Electric, gas, oil or water shut off or at risk of being shut off".into()
            }
            FindingKey::InterpersonalSafety if es => {
                "No siempre se siente a salvo con las personas que le rodean".into()
            }
            FindingKey::InterpersonalSafety => {
                "Does not always feel safe with people around them".into()
            }
            FindingKey::DailyActivities => match lang {
                Lang::En => format!(
                    "Needs help with everyday activities: {}",
                    a.katz.needs_help_with().join(", ").to_lowercase()
                ),
                Lang::Es => format!(
                    "Necesita ayuda con las actividades diarias: {}",
                    a.katz
                        .needs_help_with()
                        .into_iter()
                        .map(activity_es)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            },
            FindingKey::AlcoholUse if es => {
                "Bebe una cantidad de alcohol que puede da\u{f1}ar su salud".into()
            }
            FindingKey::AlcoholUse => "Drinks an amount of alcohol that may harm their health".into(),
            FindingKey::DrugUse if es => {
                "En el \u{fa}ltimo a\u{f1}o consumi\u{f3} drogas ilegales o medicamentos recetados por razones no m\u{e9}dicas"
                    .into()
            }
            FindingKey::DrugUse => {
                "Used illegal drugs or prescription medicines for non-medical reasons in the past year"
                    .into()
            }
            FindingKey::HighNeed(d) => match (first_concern(a, d), lang) {
                (Some(text), _) => format!("{}: {text}", d.label_in(lang)),
                (None, Lang::En) => format!("{}: high need", d.label()),
                (None, Lang::Es) => format!("{}: necesidad alta", d.label_in(lang)),
            },
            FindingKey::ModerateNeed(d) => match (first_concern(a, d), lang) {
                (Some(text), _) => format!("{}: {text}", d.label_in(lang)),
                (None, Lang::En) => format!("{}: moderate need", d.label()),
                (None, Lang::Es) => format!("{}: necesidad moderada", d.label_in(lang)),
            },
        }
    }

    /// Where the finding came from, e.g. "PHQ-9 total 18 (moderately severe)".
    pub fn evidence(self, a: &Assessment) -> String {
        self.evidence_in(a, Lang::En)
    }

    /// Where the finding came from, in `lang` (the questionnaires keep their names).
    pub fn evidence_in(self, a: &Assessment, lang: Lang) -> String {
        if lang == Lang::Es {
            return self.evidence_es(a);
        }
        match self {
            FindingKey::Depression => match (a.phq9.score(), a.phq9.phq2()) {
                (Ok(s), _) => format!("PHQ-9 total {} ({})", s.total, s.band.label()),
                (_, Ok(p)) => format!("PHQ-2 total {} (3 or more is positive)", p.total),
                _ => "PHQ-9".into(),
            },
            FindingKey::SelfHarmThoughts => {
                "PHQ-9 question 9 answered above \u{201c}Not at all\u{201d}".into()
            }
            FindingKey::Anxiety => match (a.gad7.score(), a.gad7.gad2()) {
                (Ok(s), _) => format!("GAD-7 total {} ({})", s.total, s.band.label()),
                (_, Ok(p)) => format!("GAD-2 total {} (3 or more is positive)", p.total),
                _ => "GAD-7".into(),
            },
            FindingKey::HousingUnstable => "AHC question 1, living situation".into(),
            FindingKey::HomeProblems => "AHC question 2, problems in the home".into(),
            FindingKey::FoodInsecurity => {
                let ahc = a.ahc.result().food.is_positive();
                let hvs = a.hvs.at_risk() == Ok(true);
                match (ahc, hvs) {
                    (true, true) => format!("AHC food questions and {}", hvs::NAME),
                    (false, true) => hvs::NAME.into(),
                    _ => "AHC food questions 3 and 4".into(),
                }
            }
            FindingKey::Transportation => "AHC question 5, transportation".into(),
            FindingKey::Utilities => "AHC question 6, utilities".into(),
            FindingKey::InterpersonalSafety => match a.ahc.result().safety_total {
                Some(total) => {
                    format!("AHC safety questions 7 to 10: total {total} (11 or more is positive)")
                }
                None => "AHC safety questions 7 to 10".into(),
            },
            FindingKey::DailyActivities => match a.katz.score() {
                Ok(s) => format!("Katz index {} of 6 ({})", s.total, s.label()),
                Err(_) => katz::NAME.into(),
            },
            FindingKey::AlcoholUse => alcohol_evidence(a, Lang::En),
            FindingKey::DrugUse => drug_evidence(a, Lang::En),
            FindingKey::HighNeed(d) => format!("{} rated high need", d.label()),
            FindingKey::ModerateNeed(d) => format!("{} rated moderate need", d.label()),
        }
    }

    fn evidence_es(self, a: &Assessment) -> String {
        match self {
            FindingKey::Depression => match (a.phq9.score(), a.phq9.phq2()) {
                (Ok(s), _) => format!("PHQ-9, total {} ({})", s.total, s.band.label_in(Lang::Es)),
                (_, Ok(p)) => format!("PHQ-2, total {} (3 o m\u{e1}s es positivo)", p.total),
                _ => "PHQ-9".into(),
            },
            FindingKey::SelfHarmThoughts => {
                "PHQ-9, pregunta 9: una respuesta distinta de \u{ab}Ning\u{fa}n d\u{ed}a\u{bb}".into()
            }
            FindingKey::Anxiety => match (a.gad7.score(), a.gad7.gad2()) {
                (Ok(s), _) => format!("GAD-7, total {} ({})", s.total, s.band.label_in(Lang::Es)),
                (_, Ok(p)) => format!("GAD-2, total {} (3 o m\u{e1}s es positivo)", p.total),
                _ => "GAD-7".into(),
            },
            FindingKey::HousingUnstable => "AHC, pregunta 1: situaci\u{f3}n de vivienda".into(),
            FindingKey::HomeProblems => "AHC, pregunta 2: problemas en la vivienda".into(),
            FindingKey::FoodInsecurity => {
                let ahc = a.ahc.result().food.is_positive();
                let hvs = a.hvs.at_risk() == Ok(true);
                match (ahc, hvs) {
                    (true, true) => format!("AHC, preguntas sobre comida, y {}", hvs::NAME),
                    (false, true) => hvs::NAME.into(),
                    _ => "AHC, preguntas 3 y 4 sobre comida".into(),
                }
            }
            FindingKey::Transportation => "AHC, pregunta 5: transporte".into(),
            FindingKey::Utilities => "AHC, pregunta 6: luz, gas y agua".into(),
            FindingKey::InterpersonalSafety => match a.ahc.result().safety_total {
                Some(total) => format!(
                    "AHC, preguntas 7 a 10 sobre seguridad: total {total} (11 o m\u{e1}s es positivo)"
                ),
                None => "AHC, preguntas 7 a 10 sobre seguridad".into(),
            },
            FindingKey::DailyActivities => match a.katz.score() {
                Ok(s) => format!("\u{cd}ndice de Katz: {} de 6 ({})", s.total, s.label_in(Lang::Es)),
                Err(_) => "\u{cd}ndice de Katz de actividades de la vida diaria".into(),
            },
            FindingKey::AlcoholUse => alcohol_evidence(a, Lang::Es),
            FindingKey::DrugUse => drug_evidence(a, Lang::Es),
            FindingKey::HighNeed(d) => {
                format!("Necesidad alta en \u{ab}{}\u{bb}", d.label_in(Lang::Es))
            }
            FindingKey::ModerateNeed(d) => {
                format!("Necesidad moderada en \u{ab}{}\u{bb}", d.label_in(Lang::Es))
            }
        }
    }
}

/// "AUDIT-C total 4 of 12, positive with the cut-off for men (4 or more is positive)", with the
/// note when every point is from question 1.
fn alcohol_evidence(a: &Assessment, lang: Lang) -> String {
    match a.audit_c.outcome() {
        Ok(o) => {
            let mut text = match lang {
                Lang::En => format!("AUDIT-C total {}", o.described_in(lang)),
                Lang::Es => format!("AUDIT-C, total {}", o.described_in(lang)),
            };
            if let Some(note) = o.first_only_note_in(lang) {
                text = format!("{text}; {note}");
            }
            text
        }
        Err(_) => "AUDIT-C".into(),
    }
}

/// "Drug screen: 3 times in the past year (1 or more is positive)".
fn drug_evidence(a: &Assessment, lang: Lang) -> String {
    match (a.drug_screen.times, lang) {
        (Some(1), Lang::En) => "Single-question drug screen: once in the past year (1 or more is positive)".into(),
        (Some(n), Lang::En) => format!(
            "Single-question drug screen: {n} times in the past year (1 or more is positive)"
        ),
        (Some(1), Lang::Es) => "Pregunta \u{fa}nica sobre drogas: una vez en el \u{fa}ltimo a\u{f1}o (1 o m\u{e1}s es positivo)".into(),
        (Some(n), Lang::Es) => format!(
            "Pregunta \u{fa}nica sobre drogas: {n} veces en el \u{fa}ltimo a\u{f1}o (1 o m\u{e1}s es positivo)"
        ),
        (None, _) => drug_screen::NAME.into(),
    }
}

/// A problem in the home as written inside a Spanish sentence.
fn home_problem_es(problem: HomeProblem) -> &'static str {
    match problem {
        HomeProblem::Pests => "plagas como insectos, hormigas o ratones",
        HomeProblem::Mold => "moho",
        HomeProblem::Lead => "pintura o tuber\u{ed}as con plomo",
        HomeProblem::NoHeat => "falta de calefacci\u{f3}n",
        HomeProblem::Stove => "horno o estufa que no funciona",
        HomeProblem::SmokeDetectors => "detectores de humo que faltan o no funcionan",
        HomeProblem::WaterLeaks => "goteras o fugas de agua",
    }
}

/// A Katz activity (its English name on the index) as written inside a Spanish sentence.
fn activity_es(name: &str) -> &str {
    match name {
        "Bathing" => "ba\u{f1}arse",
        "Dressing" => "vestirse",
        "Toileting" => "usar el inodoro",
        "Transferring" => "acostarse y levantarse de la cama o de una silla",
        "Continence" => "controlar la orina y las evacuaciones",
        "Feeding" => "comer",
        other => other,
    }
}

/// The first line the person wrote about a part of life's concerns, shortened to fit a need.
fn first_concern(a: &Assessment, d: Domain) -> Option<String> {
    a.domain(d)
        .concerns
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| truncate(l, 140))
}

/// Everything the assessment points to, in domain order then kind, without repeats.
/// A part of life rated moderate need counts only with a problem written in its concerns.
pub fn findings(a: &Assessment) -> Vec<FindingKey> {
    let ahc = a.ahc.result();
    let mut keys = Vec::new();
    if a.phq9.points_to_depression() {
        keys.push(FindingKey::Depression);
    }
    if a.phq9.self_harm_flag() {
        keys.push(FindingKey::SelfHarmThoughts);
    }
    if a.gad7.points_to_anxiety() {
        keys.push(FindingKey::Anxiety);
    }
    if ahc.living.is_positive() {
        if a.ahc.living.is_some_and(Living::is_positive) {
            keys.push(FindingKey::HousingUnstable);
        }
        if !a.ahc.home_problems.is_empty() {
            keys.push(FindingKey::HomeProblems);
        }
    }
    if ahc.food.is_positive() || a.hvs.at_risk() == Ok(true) {
        keys.push(FindingKey::FoodInsecurity);
    }
    if ahc.transportation.is_positive() {
        keys.push(FindingKey::Transportation);
    }
    if ahc.utilities.is_positive() {
        keys.push(FindingKey::Utilities);
    }
    if ahc.safety.is_positive() {
        keys.push(FindingKey::InterpersonalSafety);
    }
    if a.katz.score().is_ok_and(|s| s.total < 6) {
        keys.push(FindingKey::DailyActivities);
    }
    if a.audit_c.outcome().is_ok_and(|o| o.positive) {
        keys.push(FindingKey::AlcoholUse);
    }
    if a.drug_screen.positive() == Some(true) {
        keys.push(FindingKey::DrugUse);
    }
    for &d in Domain::ALL {
        match a.domain(d).level {
            NeedLevel::High => keys.push(FindingKey::HighNeed(d)),
            NeedLevel::Moderate if first_concern(a, d).is_some() => {
                keys.push(FindingKey::ModerateNeed(d))
            }
            _ => {}
        }
    }
    keys.sort_by_key(|k| (Domain::ALL.iter().position(|d| *d == k.domain()), *k));
    keys.dedup();
    keys
}

fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}\u{2026}", text[..cut].trim_end()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::ahc::{FoodAnswer, HomeProblem, Utilities};
    use chrono::NaiveDate;

    fn assessment() -> Assessment {
        Assessment::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default())
    }

    #[test]
    fn an_empty_assessment_finds_nothing() {
        assert!(findings(&assessment()).is_empty());
    }

    #[test]
    fn positive_food_and_housing_screens_propose_needs() {
        let mut a = assessment();
        a.ahc.living = Some(Living::WorriedAboutLosing);
        a.ahc.set_home_problem(HomeProblem::Mold, true);
        a.ahc.set_home_problem(HomeProblem::WaterLeaks, true);
        a.ahc.food_worried = Some(FoodAnswer::Sometimes);
        a.ahc.food_ran_out = Some(FoodAnswer::Never);
        a.ahc.transportation = Some(false);
        a.ahc.utilities = Some(Utilities::No);
        let keys = findings(&a);
        assert_eq!(
            keys,
            vec![
                FindingKey::HousingUnstable,
                FindingKey::HomeProblems,
                FindingKey::FoodInsecurity
            ]
        );
        assert_eq!(
            FindingKey::HousingUnstable.proposed_statement(&a),
            "Worried about losing their home"
        );
        assert_eq!(
            FindingKey::HomeProblems.proposed_statement(&a),
            "Problems in the home: mold, water leaks"
        );
        assert_eq!(FindingKey::FoodInsecurity.domain(), Domain::Food);
        assert_eq!(
            FindingKey::FoodInsecurity.evidence(&a),
            "AHC food questions 3 and 4"
        );
    }

    #[test]
    fn food_from_both_screens_is_one_finding() {
        let mut a = assessment();
        a.ahc.food_worried = Some(FoodAnswer::Often);
        a.ahc.food_ran_out = Some(FoodAnswer::Often);
        a.hvs.worried = Some(FoodAnswer::Often);
        a.hvs.ran_out = Some(FoodAnswer::Never);
        assert_eq!(findings(&a), vec![FindingKey::FoodInsecurity]);
        assert!(FindingKey::FoodInsecurity
            .evidence(&a)
            .contains("Hunger Vital Sign"));
    }

    #[test]
    fn depression_self_harm_daily_living_and_safety() {
        let mut a = assessment();
        a.phq9.items = [3, 3, 2, 2, 2, 2, 2, 1, 1].map(Some);
        a.ahc.safety = [3, 3, 3, 2].map(Some);
        a.katz.items = [0, 0, 1, 1, 1, 1].map(|i| Some(i == 1));
        assert_eq!(
            findings(&a),
            vec![
                FindingKey::Depression,
                FindingKey::SelfHarmThoughts,
                FindingKey::DailyActivities,
                FindingKey::InterpersonalSafety,
            ]
        );
        assert_eq!(
            FindingKey::Depression.evidence(&a),
            "PHQ-9 total 18 (moderately severe)"
        );
        assert_eq!(
            FindingKey::DailyActivities.proposed_statement(&a),
            "Needs help with everyday activities: bathing, dressing"
        );
        assert!(FindingKey::InterpersonalSafety
            .evidence(&a)
            .contains("total 11"));
    }

    #[test]
    fn negative_and_incomplete_screens_propose_nothing() {
        let mut a = assessment();
        a.phq9.items = [1, 1, 1, 1, 1, 1, 1, 1, 0].map(Some); // mild, no item-9 flag
        a.ahc.safety = [Some(5), Some(5), Some(5), None]; // incomplete
        a.katz.items = [Some(false), None, None, None, None, None];
        a.hvs.worried = Some(FoodAnswer::Often); // one of two answered
        assert!(findings(&a).is_empty());
    }

    #[test]
    fn a_positive_gad7_or_gad2_is_an_anxiety_finding() {
        let mut a = assessment();
        // A3: GAD-2 positive, GAD-7 5 (mild): the full score decides, no finding.
        a.gad7.items = [2, 1, 1, 1, 0, 0, 0].map(Some);
        assert!(findings(&a).is_empty());
        // A4: GAD-7 10 (moderate).
        a.gad7.items = [2, 2, 2, 1, 1, 1, 1].map(Some);
        assert_eq!(findings(&a), vec![FindingKey::Anxiety]);
        assert_eq!(
            FindingKey::Anxiety.evidence(&a),
            "GAD-7 total 10 (moderate)"
        );
        assert_eq!(
            FindingKey::Anxiety.evidence_in(&a, Lang::Es),
            "GAD-7, total 10 (moderada)"
        );
        assert_eq!(
            FindingKey::Anxiety.proposed_statement(&a),
            "Feeling nervous, anxious or worried much of the time"
        );
        assert_eq!(
            FindingKey::Anxiety.proposed_statement_in(&a, Lang::Es),
            "Siente nervios, ansiedad o preocupaci\u{f3}n gran parte del tiempo"
        );
        assert_eq!(FindingKey::Anxiety.domain(), Domain::MentalHealth);
        assert_eq!(
            a.screen_marks(Domain::MentalHealth),
            vec![FindingKey::Anxiety]
        );
        // Only the first two answered, 2 + 1: the GAD-2 is positive.
        a.gad7.items = [Some(2), Some(1), None, None, None, None, None];
        assert_eq!(findings(&a), vec![FindingKey::Anxiety]);
        assert_eq!(
            FindingKey::Anxiety.evidence(&a),
            "GAD-2 total 3 (3 or more is positive)"
        );
        // With depression too: two findings in the same part of life, two needs.
        a.phq9.items = [3, 3, 2, 2, 2, 2, 2, 1, 0].map(Some);
        assert_eq!(
            findings(&a),
            vec![FindingKey::Depression, FindingKey::Anxiety]
        );
    }

    #[test]
    fn a_domain_rated_high_proposes_a_need_in_the_persons_words() {
        let mut a = assessment();
        a.domain_mut(Domain::Legal).level = NeedLevel::High;
        assert_eq!(
            FindingKey::HighNeed(Domain::Legal).proposed_statement(&a),
            "Legal matters: high need"
        );
        a.domain_mut(Domain::Legal).concerns = "\n  Court date on 3 Dec for the DUI  \nmore".into();
        assert_eq!(findings(&a), vec![FindingKey::HighNeed(Domain::Legal)]);
        assert_eq!(
            FindingKey::HighNeed(Domain::Legal).proposed_statement(&a),
            "Legal matters: Court date on 3 Dec for the DUI"
        );
        a.domain_mut(Domain::Legal).level = NeedLevel::Low;
        assert!(findings(&a).is_empty());
    }

    /// Issue #26: a part of life rated moderate with a concrete problem written proposes a
    /// need in the person's words, at lower priority; moderate with nothing written does not.
    #[test]
    fn a_domain_rated_moderate_with_a_problem_written_proposes_a_lower_priority_need() {
        let mut a = assessment();
        a.domain_mut(Domain::Medications).level = NeedLevel::Moderate;
        a.domain_mut(Domain::Medications).concerns = "  \n".into();
        assert!(findings(&a).is_empty(), "nothing written");
        a.domain_mut(Domain::Medications).concerns =
            "Cannot afford the hepatitis C medicine\nand the refills".into();
        let key = FindingKey::ModerateNeed(Domain::Medications);
        assert_eq!(findings(&a), vec![key]);
        assert_eq!(
            key.proposed_statement(&a),
            "Medicines: Cannot afford the hepatitis C medicine"
        );
        assert_eq!(
            key.proposed_statement_in(&a, Lang::Es),
            "Medicamentos: Cannot afford the hepatitis C medicine"
        );
        assert_eq!(key.evidence(&a), "Medicines rated moderate need");
        assert_eq!(
            key.evidence_in(&a, Lang::Es),
            "Necesidad moderada en \u{ab}Medicamentos\u{bb}"
        );
        assert_eq!(key.short_label_in(Lang::Es), "Necesidad moderada");
        assert_eq!(key.priority(), ProposalPriority::Lower);
        assert_eq!(
            FindingKey::HighNeed(Domain::Medications).priority(),
            ProposalPriority::Higher
        );
        assert_eq!(FindingKey::Depression.priority(), ProposalPriority::Higher);
        assert!(key.is_rating() && !FindingKey::Transportation.is_rating());
        // The words cleared after it was dismissed: still a sentence.
        a.domain_mut(Domain::Medications).concerns.clear();
        assert_eq!(key.proposed_statement(&a), "Medicines: moderate need");
    }

    /// Issue #27: AUDIT-C positive with the chosen cut-off and the drug screen at 1 or more
    /// are findings about alcohol, drugs and smoking, proposed as one need with both sources.
    #[test]
    fn alcohol_and_drug_screens_propose_one_substance_use_need() {
        use super::super::audit_c::CutOff;
        let mut a = assessment();
        a.audit_c.items = [2, 1, 0].map(Some); // C2: 3
        a.audit_c.cut_off = Some(CutOff::Men);
        a.drug_screen.set_times(Some(0));
        assert!(
            findings(&a).is_empty(),
            "3 is negative for men; 0 times is negative"
        );
        a.audit_c.cut_off = Some(CutOff::Women);
        assert_eq!(findings(&a), vec![FindingKey::AlcoholUse]);
        assert_eq!(
            FindingKey::AlcoholUse.evidence(&a),
            "AUDIT-C total 3 of 12, positive with the cut-off for women (3 or more is positive)"
        );
        a.drug_screen.set_times(Some(12));
        assert_eq!(
            findings(&a),
            vec![FindingKey::AlcoholUse, FindingKey::DrugUse]
        );
        assert_eq!(
            FindingKey::DrugUse.evidence(&a),
            "Single-question drug screen: 12 times in the past year (1 or more is positive)"
        );
        assert_eq!(
            FindingKey::AlcoholUse.topic(),
            NeedTopic::PartOfLife(Domain::SubstanceUse)
        );
        assert_eq!(FindingKey::DrugUse.topic(), FindingKey::AlcoholUse.topic());
        assert_eq!(
            a.screen_marks(Domain::SubstanceUse),
            vec![FindingKey::AlcoholUse, FindingKey::DrugUse]
        );
        assert_eq!(
            FindingKey::AlcoholUse.proposed_statement(&a),
            "Drinks an amount of alcohol that may harm their health"
        );
        // In Spanish.
        assert_eq!(
            FindingKey::DrugUse.evidence_in(&a, Lang::Es),
            "Pregunta \u{fa}nica sobre drogas: 12 veces en el \u{fa}ltimo a\u{f1}o (1 o m\u{e1}s es positivo)"
        );
        assert!(FindingKey::AlcoholUse
            .evidence_in(&a, Lang::Es)
            .contains("punto de corte para mujeres"));
        for key in [FindingKey::AlcoholUse, FindingKey::DrugUse] {
            assert_ne!(
                key.proposed_statement_in(&a, Lang::Es),
                key.proposed_statement(&a)
            );
            assert_ne!(key.short_label_in(Lang::Es), key.short_label());
        }
        // Points all from question 1 are positive, and say so (C4).
        a.audit_c.items = [4, 0, 0].map(Some);
        assert!(FindingKey::AlcoholUse
            .evidence(&a)
            .ends_with("; all points are from question 1, so the person is likely drinking below recommended limits"));
    }

    #[test]
    fn unfinished_alcohol_and_drug_screens_propose_nothing() {
        use super::super::audit_c::CutOff;
        let mut a = assessment();
        a.audit_c.items = [4, 4, 4].map(Some); // 12, but no cut-off chosen yet
        a.drug_screen.set_declined(true); // did not want to answer: no result
        assert!(findings(&a).is_empty());
        a.audit_c.cut_off = Some(CutOff::Men);
        a.audit_c.items[2] = None;
        assert!(findings(&a).is_empty(), "question 3 unanswered");
        a.audit_c.items = [0, 0, 0].map(Some); // never drinks
        assert!(findings(&a).is_empty());
    }

    /// The grouping rule: which finding is about which need. Every finding kind is listed.
    #[test]
    fn each_finding_belongs_to_the_need_topic_of_the_table() {
        use NeedTopic::{PartOfLife, SelfHarm, Utilities as Bills};
        let table = [
            (FindingKey::Depression, PartOfLife(Domain::MentalHealth)),
            (
                FindingKey::HighNeed(Domain::MentalHealth),
                PartOfLife(Domain::MentalHealth),
            ),
            (
                FindingKey::ModerateNeed(Domain::MentalHealth),
                PartOfLife(Domain::MentalHealth),
            ),
            (FindingKey::SelfHarmThoughts, SelfHarm),
            (FindingKey::Anxiety, NeedTopic::Anxiety),
            (FindingKey::HousingUnstable, PartOfLife(Domain::Housing)),
            (FindingKey::HomeProblems, PartOfLife(Domain::Housing)),
            (
                FindingKey::HighNeed(Domain::Housing),
                PartOfLife(Domain::Housing),
            ),
            (FindingKey::Utilities, Bills),
            (FindingKey::FoodInsecurity, PartOfLife(Domain::Food)),
            (FindingKey::HighNeed(Domain::Food), PartOfLife(Domain::Food)),
            (
                FindingKey::Transportation,
                PartOfLife(Domain::Transportation),
            ),
            (
                FindingKey::HighNeed(Domain::Transportation),
                PartOfLife(Domain::Transportation),
            ),
            (
                FindingKey::ModerateNeed(Domain::Transportation),
                PartOfLife(Domain::Transportation),
            ),
            (FindingKey::InterpersonalSafety, PartOfLife(Domain::Safety)),
            (
                FindingKey::HighNeed(Domain::Safety),
                PartOfLife(Domain::Safety),
            ),
            (FindingKey::DailyActivities, PartOfLife(Domain::DailyLiving)),
            (FindingKey::AlcoholUse, PartOfLife(Domain::SubstanceUse)),
            (FindingKey::DrugUse, PartOfLife(Domain::SubstanceUse)),
            (
                FindingKey::HighNeed(Domain::SubstanceUse),
                PartOfLife(Domain::SubstanceUse),
            ),
            (
                FindingKey::HighNeed(Domain::DailyLiving),
                PartOfLife(Domain::DailyLiving),
            ),
            (
                FindingKey::ModerateNeed(Domain::Legal),
                PartOfLife(Domain::Legal),
            ),
        ];
        for (key, topic) in table {
            assert_eq!(key.topic(), topic, "{key:?}");
        }
        for &d in Domain::ALL {
            assert_eq!(FindingKey::HighNeed(d).topic(), PartOfLife(d));
            assert_eq!(FindingKey::ModerateNeed(d).topic(), PartOfLife(d));
        }
        // Self-harm stays apart from low mood; utilities apart from the home itself.
        assert_ne!(
            FindingKey::SelfHarmThoughts.topic(),
            FindingKey::Depression.topic()
        );
        assert_ne!(
            FindingKey::Utilities.topic(),
            FindingKey::HousingUnstable.topic()
        );
        // Anxiety stays apart from low mood and from the mood rating.
        assert_ne!(FindingKey::Anxiety.topic(), FindingKey::Depression.topic());
        assert_ne!(
            FindingKey::Anxiety.topic(),
            FindingKey::HighNeed(Domain::MentalHealth).topic()
        );
        assert_eq!(NeedTopic::Anxiety.domain(), Domain::MentalHealth);
        assert_eq!(SelfHarm.domain(), Domain::MentalHealth);
        assert_eq!(Bills.domain(), Domain::Housing);
        let mut codes: Vec<_> = Domain::ALL
            .iter()
            .map(|&d| PartOfLife(d).code())
            .chain([SelfHarm.code(), NeedTopic::Anxiety.code(), Bills.code()])
            .collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Domain::ALL.len() + 3, "element ids are unique");
    }

    /// English stays as it was; Spanish says the same, with the person's own words kept.
    #[test]
    fn findings_are_worded_in_english_or_spanish() {
        let mut a = assessment();
        a.ahc.living = Some(Living::WorriedAboutLosing);
        a.ahc.set_home_problem(HomeProblem::Mold, true);
        a.ahc.set_home_problem(HomeProblem::WaterLeaks, true);
        a.phq9.items = [3, 3, 2, 2, 2, 2, 2, 1, 1].map(Some);
        a.ahc.safety = [3, 3, 3, 2].map(Some);
        a.katz.items = [0, 0, 1, 1, 1, 1].map(|i| Some(i == 1));
        a.domain_mut(Domain::Legal).level = NeedLevel::High;
        a.domain_mut(Domain::Legal).concerns = "Court date".into();
        a.domain_mut(Domain::Culture).level = NeedLevel::Moderate;
        a.domain_mut(Domain::Culture).concerns = "Prefers a woman doctor".into();
        a.gad7.items = [3, 3, 2, 2, 2, 1, 2].map(Some);
        let keys = findings(&a);
        assert_eq!(keys.len(), 9);
        for key in &keys {
            assert_eq!(
                key.proposed_statement_in(&a, Lang::En),
                key.proposed_statement(&a)
            );
            assert_eq!(key.evidence_in(&a, Lang::En), key.evidence(&a));
            assert_eq!(key.short_label_in(Lang::En), key.short_label());
            let es = key.proposed_statement_in(&a, Lang::Es);
            assert_ne!(es, key.proposed_statement(&a), "{key:?}");
            assert_ne!(key.short_label_in(Lang::Es), key.short_label(), "{key:?}");
        }
        let es = |k: FindingKey| k.proposed_statement_in(&a, Lang::Es);
        let from = |k: FindingKey| k.evidence_in(&a, Lang::Es);
        assert_eq!(
            es(FindingKey::HousingUnstable),
            "Le preocupa perder su vivienda"
        );
        assert_eq!(
            es(FindingKey::HomeProblems),
            "Problemas en la vivienda: moho, goteras o fugas de agua"
        );
        assert_eq!(
            es(FindingKey::DailyActivities),
            "Necesita ayuda con las actividades diarias: ba\u{f1}arse, vestirse"
        );
        assert_eq!(
            es(FindingKey::HighNeed(Domain::Legal)),
            "Asuntos legales: Court date"
        );
        assert_eq!(
            from(FindingKey::Depression),
            "PHQ-9, total 18 (moderadamente grave)"
        );
        assert_eq!(
            from(FindingKey::DailyActivities),
            "\u{cd}ndice de Katz: 4 de 6 (limitaci\u{f3}n moderada)"
        );
        assert_eq!(
            from(FindingKey::HighNeed(Domain::Legal)),
            "Necesidad alta en \u{ab}Asuntos legales\u{bb}"
        );
        assert!(
            from(FindingKey::InterpersonalSafety).contains("total 11 (11 o m\u{e1}s es positivo)")
        );
        a.domain_mut(Domain::Legal).concerns.clear();
        assert_eq!(
            FindingKey::HighNeed(Domain::Legal).proposed_statement_in(&a, Lang::Es),
            "Asuntos legales: necesidad alta"
        );
    }

    #[test]
    fn every_part_of_life_has_a_spanish_name() {
        let mut names: Vec<_> = Domain::ALL.iter().map(|d| d.label_in(Lang::Es)).collect();
        for &d in Domain::ALL {
            assert_eq!(d.label_in(Lang::En), d.label());
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Domain::ALL.len());
    }

    #[test]
    fn long_concerns_are_shortened_on_a_character_boundary() {
        let long = "é".repeat(200);
        let short = truncate(&long, 140);
        assert_eq!(short.chars().count(), 141);
        assert!(short.ends_with('\u{2026}'));
    }

    #[test]
    fn finding_keys_survive_json() {
        let keys = vec![
            FindingKey::FoodInsecurity,
            FindingKey::HighNeed(Domain::Legal),
            FindingKey::ModerateNeed(Domain::Medications),
        ];
        let json = serde_json::to_string(&keys).unwrap();
        assert_eq!(
            json,
            r#"["food-insecurity",{"high-need":"legal"},{"moderate-need":"medications"}]"#
        );
        let back: Vec<FindingKey> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, keys);
    }
}
