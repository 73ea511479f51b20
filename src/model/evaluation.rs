//! Evaluation: Goal Attainment Scaling (Kiresuk & Sherman 1968), each goal's outcome, and a
//! summary of the plan.

use super::goals::GoalStatus;
use super::lang::Lang;
use super::needs::NeedStatus;
use super::plan::CarePlan;
use super::services::ServiceStatus;
use serde::{de::Error as _, Deserialize, Deserializer, Serialize};
use std::ops::RangeInclusive;

/// The inter-goal correlation of the Kiresuk-Sherman formula (the usual default).
pub const RHO: f64 = 0.3;

/// The five Goal Attainment Scaling levels, worst first.
pub const GAS_LEVELS: [(i8, &str); 5] = [
    (-2, "Much less than expected"),
    (-1, "Less than expected"),
    (0, "Expected outcome"),
    (1, "More than expected"),
    (2, "Much more than expected"),
];

/// The weights offered on screen: 1 (the usual) to 10.
pub const WEIGHTS_OFFERED: RangeInclusive<u8> = 1..=10;

/// The highest weight kept from a file. Published GAS allows any positive weight; a file may
/// bring any whole number from 1 to this, and the screen shows it as it is.
pub const WEIGHT_MAX: u8 = 100;

/// A weight as read from a file: a whole number from 1 to [`WEIGHT_MAX`] is kept as it is, and
/// one outside counts as the nearest (0 or less as 1, above 100 as 100). `None` for a number that
/// is not whole.
pub fn weight_from(n: f64) -> Option<u8> {
    if !n.is_finite() || n.fract() != 0.0 {
        return None;
    }
    let w = n.clamp(1.0, f64::from(WEIGHT_MAX));
    // Whole and within 1..=100: exact in a u8.
    Some(w as u8)
}

/// Reads a stored weight with [`weight_from`]: anything but a number is wrong, as for any
/// other field.
fn read_weight<'de, D: Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    let n = f64::deserialize(d)?;
    weight_from(n).ok_or_else(|| D::Error::custom("a GAS weight must be a whole number"))
}

/// A goal's attainment scale: what each level would look like, a weight, and the score given
/// at evaluation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GasScale {
    /// What -2, -1, 0, +1 and +2 would look like, in that order.
    pub levels: [String; 5],
    /// How much the goal counts: 1 (the usual) to [`WEIGHT_MAX`]. A file's weight outside that
    /// is read as the nearest one ([`weight_from`]).
    #[serde(deserialize_with = "read_weight")]
    pub weight: u8,
    /// The level reached, -2 to +2; `None` until scored.
    pub score: Option<i8>,
}

impl Default for GasScale {
    fn default() -> Self {
        Self {
            levels: Default::default(),
            weight: 1,
            score: None,
        }
    }
}

/// One change to a goal's scale, as its fields make it on the Goals and Evaluation steps (both
/// edit the same scale).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GasEdit {
    /// What level -2 + the index (0 to 4) would look like.
    Level(usize, String),
    /// How much the goal counts: 1 to [`WEIGHT_MAX`] (one outside counts as the nearest).
    Weight(u8),
}

impl GasScale {
    /// Makes one change; a level outside -2..=+2 changes nothing.
    pub fn apply(&mut self, edit: GasEdit) {
        match edit {
            GasEdit::Level(i, text) => {
                if let Some(level) = self.levels.get_mut(i) {
                    *level = text;
                }
            }
            GasEdit::Weight(w) => self.weight = w.clamp(1, WEIGHT_MAX),
        }
    }

    /// Any level described: what the Goals step opens its scale for.
    pub fn has_levels(&self) -> bool {
        self.levels.iter().any(|l| !l.trim().is_empty())
    }

    /// Anything set at all: a level described, a weight other than the usual, a level reached.
    pub fn is_started(&self) -> bool {
        self.has_levels() || self.weight != 1 || self.valid_score().is_some()
    }

    /// The weight the T-score counts: 1 to [`WEIGHT_MAX`], whatever was set in the code.
    pub fn counted_weight(&self) -> u8 {
        self.weight.clamp(1, WEIGHT_MAX)
    }

    /// The weights to offer: 1 to 10, and the goal's own weight where a file brought a larger one.
    pub fn weight_choices(&self) -> Vec<u8> {
        let own = self.counted_weight();
        let mut choices: Vec<u8> = WEIGHTS_OFFERED.collect();
        if !WEIGHTS_OFFERED.contains(&own) {
            choices.push(own);
        }
        choices
    }

    /// The score if it is a real level (a stored value outside -2..=2 is ignored).
    pub fn valid_score(&self) -> Option<i8> {
        self.score.filter(|s| (-2..=2).contains(s))
    }

    pub fn level_text(&self, level: i8) -> &str {
        usize::try_from(level + 2)
            .ok()
            .and_then(|i| self.levels.get(i))
            .map_or("", |s| s.as_str())
    }
}

/// The Kiresuk-Sherman T-score of `(weight, score)` pairs:
/// T = 50 + 10·Σwx / √((1−ρ)·Σw² + ρ·(Σw)²). `None` for no goals or no weight.
pub fn t_score(scored: &[(f64, f64)], rho: f64) -> Option<f64> {
    let sum_wx: f64 = scored.iter().map(|(w, x)| w * x).sum();
    let sum_w: f64 = scored.iter().map(|(w, _)| w).sum();
    let sum_w2: f64 = scored.iter().map(|(w, _)| w * w).sum();
    let d = (1.0 - rho) * sum_w2 + rho * sum_w * sum_w;
    (d > 0.0).then(|| 50.0 + 10.0 * sum_wx / d.sqrt())
}

/// The plan's GAS result: the T-score over scored goals, and how many were left out.
#[derive(Clone, Debug, PartialEq)]
pub struct GasSummary {
    pub t_score: Option<f64>,
    pub scored: usize,
    pub unscored: usize,
}

impl GasSummary {
    /// The whole result in one line: score, meaning, and how many goals it rests on.
    pub fn sentence(&self) -> String {
        self.sentence_in(Lang::En)
    }

    /// The same in a language: "Puntuación GAS: 63.7. En general, ..."
    pub fn sentence_in(&self, lang: Lang) -> String {
        let left_out = match (self.unscored, lang) {
            (0, _) => String::new(),
            (1, Lang::En) => " 1 goal is not scored yet and is left out.".into(),
            (n, Lang::En) => format!(" {n} goals are not scored yet and are left out."),
            (1, Lang::Es) => " 1 meta todav\u{ed}a no tiene puntuaci\u{f3}n y queda fuera.".into(),
            (n, Lang::Es) => {
                format!(" {n} metas todav\u{ed}a no tienen puntuaci\u{f3}n y quedan fuera.")
            }
        };
        let n = self.scored;
        match (self.t_score, self.meaning_in(lang), lang) {
            (Some(t), Some(meaning), Lang::En) => format!(
                "GAS score: {t:.1}. {meaning} (50 means as expected; above 50, better.) Based on {n} scored goal{}.{left_out}",
                if n == 1 { "" } else { "s" }
            ),
            (Some(t), Some(meaning), Lang::Es) => format!(
                "Puntuaci\u{f3}n GAS: {t:.1}. {meaning} (50 quiere decir como se esperaba; m\u{e1}s de 50, mejor). Seg\u{fa}n {n} {}.{left_out}",
                if n == 1 { "meta puntuada" } else { "metas puntuadas" }
            ),
            (_, _, Lang::En) => format!("No GAS score yet: score at least one goal.{left_out}"),
            (_, _, Lang::Es) => format!(
                "Todav\u{ed}a no hay puntuaci\u{f3}n GAS: punt\u{fa}e al menos una meta.{left_out}"
            ),
        }
    }

    /// What the T-score means, in plain words: 50 is "as expected".
    pub fn meaning(&self) -> Option<&'static str> {
        self.meaning_in(Lang::En)
    }

    /// The same in a language.
    pub fn meaning_in(&self, lang: Lang) -> Option<&'static str> {
        let t = self.t_score?;
        let level = if (t - 50.0).abs() < 0.05 {
            0
        } else if t > 50.0 {
            1
        } else {
            -1
        };
        Some(match (level, lang) {
            (0, Lang::En) => "Overall, goals were met as expected.",
            (1, Lang::En) => "Overall, goals were met better than expected.",
            (_, Lang::En) => "Overall, goals were met less well than expected.",
            (0, Lang::Es) => "En general, las metas se cumplieron como se esperaba.",
            (1, Lang::Es) => "En general, las metas se cumplieron mejor de lo esperado.",
            (_, Lang::Es) => "En general, las metas se cumplieron peor de lo esperado.",
        })
    }
}

/// Whether a goal was met, at evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeResult {
    Met,
    PartlyMet,
    NotMet,
}

impl OutcomeResult {
    pub const ALL: [OutcomeResult; 3] = [
        OutcomeResult::Met,
        OutcomeResult::PartlyMet,
        OutcomeResult::NotMet,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OutcomeResult::Met => "met",
            OutcomeResult::PartlyMet => "partly-met",
            OutcomeResult::NotMet => "not-met",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            OutcomeResult::Met => "Met",
            OutcomeResult::PartlyMet => "Partly met",
            OutcomeResult::NotMet => "Not met",
        }
    }
}

/// A goal's outcome: met or not, and why, in the person's words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GoalEvaluation {
    pub result: Option<OutcomeResult>,
    pub helped: String,
    pub hindered: String,
}

impl GoalEvaluation {
    /// Anything recorded at all: met or not, what helped, what got in the way.
    pub fn is_started(&self) -> bool {
        self.result.is_some() || !self.helped.trim().is_empty() || !self.hindered.trim().is_empty()
    }
}

/// A GAS level as written on the scale: "+2", "0", "−1".
pub fn signed(level: i8) -> String {
    match level {
        l if l > 0 => format!("+{l}"),
        l if l < 0 => format!("\u{2212}{}", -l),
        _ => "0".into(),
    }
}

/// "Active: 2, Completed: 1", or "None yet".
pub fn counts_text<'a>(counts: impl Iterator<Item = (&'a str, usize)>) -> String {
    let parts: Vec<String> = counts.map(|(label, n)| format!("{label}: {n}")).collect();
    if parts.is_empty() {
        "None yet".into()
    } else {
        parts.join(", ")
    }
}

/// The plan at a glance, for the evaluation.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanSummaryCounts {
    /// Goals per lifecycle status, in the order of `GoalStatus::ALL`, statuses with none left out.
    pub goals_by_status: Vec<(GoalStatus, usize)>,
    pub goals_by_result: Vec<(OutcomeResult, usize)>,
    pub needs_resolved: usize,
    pub needs_total: usize,
    /// Services that were used: active or completed.
    pub services_used: Vec<String>,
}

impl CarePlan {
    pub fn gas_summary(&self) -> GasSummary {
        let scored: Vec<(f64, f64)> = self
            .goals
            .iter()
            .filter_map(|g| {
                let x = g.gas.valid_score()?;
                Some((f64::from(g.gas.counted_weight()), f64::from(x)))
            })
            .collect();
        GasSummary {
            t_score: t_score(&scored, RHO),
            scored: scored.len(),
            unscored: self.goals.len() - scored.len(),
        }
    }

    pub fn summary_counts(&self) -> PlanSummaryCounts {
        self.summary_counts_in(Lang::En)
    }

    /// The same, with a service that has no name yet called so in a language.
    pub fn summary_counts_in(&self, lang: Lang) -> PlanSummaryCounts {
        let goals_by_status = GoalStatus::ALL
            .into_iter()
            .map(|s| (s, self.goals.iter().filter(|g| g.status == s).count()))
            .filter(|(_, n)| *n > 0)
            .collect();
        let goals_by_result = OutcomeResult::ALL
            .into_iter()
            .map(|r| {
                let n = self
                    .goals
                    .iter()
                    .filter(|g| g.evaluation.result == Some(r))
                    .count();
                (r, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect();
        PlanSummaryCounts {
            goals_by_status,
            goals_by_result,
            needs_resolved: self
                .needs
                .iter()
                .filter(|n| n.status == NeedStatus::Resolved)
                .count(),
            needs_total: self.needs.len(),
            services_used: self
                .services
                .iter()
                .filter(|s| matches!(s.status, ServiceStatus::Active | ServiceStatus::Completed))
                .map(|s| s.display_name_in(lang))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Goal;
    use chrono::{NaiveDate, TimeZone, Utc};

    fn t(weights: &[f64], scores: &[f64]) -> f64 {
        let pairs: Vec<_> = weights
            .iter()
            .copied()
            .zip(scores.iter().copied())
            .collect();
        t_score(&pairs, RHO).unwrap()
    }

    /// The worked examples G1-G6 of the instruments reference.
    #[test]
    fn t_scores_match_the_worked_examples() {
        let cases: [(&[f64], &[f64], f64); 7] = [
            (&[1., 1., 1.], &[0., 1., -1.], 50.0),
            (&[1., 1., 1.], &[1., 1., 1.], 63.6931),
            (&[3., 2., 1.], &[-1., 0., 2.], 47.7967),
            (&[3., 5., 1., 4., 2., 6.], &[-2., 0., -1., 2., 0., 1.], 55.0),
            (&[1.], &[-2.], 30.0),
            (&[1., 1., 1.], &[-2., -2., -2.], 22.6139),
            (&[1., 1., 1.], &[2., 2., 2.], 77.3861),
        ];
        for (w, x, expected) in cases {
            let got = t(w, x);
            assert!((got - expected).abs() < 1e-4, "{w:?} {x:?}: {got}");
        }
    }

    #[test]
    fn one_goal_gives_fifty_plus_ten_times_its_score_whatever_rho() {
        for rho in [0.0, 0.3, 0.9] {
            let got = t_score(&[(1.0, 1.0)], rho).unwrap();
            assert!((got - 60.0).abs() < 1e-9);
        }
    }

    #[test]
    fn no_scored_goals_give_no_t_score() {
        assert_eq!(t_score(&[], RHO), None);
    }

    fn plan_with_scores(scores: &[Option<i8>]) -> CarePlan {
        let mut p = CarePlan::new(Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap());
        for s in scores {
            let mut g = Goal::new(NaiveDate::from_ymd_opt(2026, 11, 1).unwrap());
            g.gas.score = *s;
            p.goals.push(g);
        }
        p
    }

    #[test]
    fn unscored_goals_are_left_out_and_counted() {
        let p = plan_with_scores(&[Some(1), None, Some(1), Some(1), None]);
        let s = p.gas_summary();
        assert_eq!((s.scored, s.unscored), (3, 2));
        assert!((s.t_score.unwrap() - 63.6931).abs() < 1e-4);
        assert_eq!(
            s.meaning().unwrap(),
            "Overall, goals were met better than expected."
        );
        let none = plan_with_scores(&[None]).gas_summary();
        assert_eq!((none.t_score, none.scored, none.unscored), (None, 0, 1));
        assert_eq!(none.meaning(), None);
    }

    #[test]
    fn the_score_sentence_names_the_score_and_what_was_left_out() {
        let p = plan_with_scores(&[Some(1), None, Some(1), Some(1), None]);
        assert_eq!(
            p.gas_summary().sentence(),
            "GAS score: 63.7. Overall, goals were met better than expected. (50 means as expected; \
             above 50, better.) Based on 3 scored goals. 2 goals are not scored yet and are left out."
        );
        assert_eq!(
            plan_with_scores(&[Some(0)]).gas_summary().sentence(),
            "GAS score: 50.0. Overall, goals were met as expected. (50 means as expected; above \
             50, better.) Based on 1 scored goal."
        );
        assert_eq!(
            plan_with_scores(&[None]).gas_summary().sentence(),
            "No GAS score yet: score at least one goal. 1 goal is not scored yet and is left out."
        );
    }

    #[test]
    fn the_score_sentence_in_spanish_and_the_same_in_english() {
        for scores in [
            vec![Some(1), None, Some(1), Some(1), None],
            vec![Some(0)],
            vec![Some(-1), None],
            vec![None],
        ] {
            let s = plan_with_scores(&scores).gas_summary();
            assert_eq!(s.sentence_in(Lang::En), s.sentence());
            assert_eq!(s.meaning_in(Lang::En), s.meaning());
        }
        let es =
            |scores: &[Option<i8>]| plan_with_scores(scores).gas_summary().sentence_in(Lang::Es);
        assert_eq!(
            es(&[Some(1), None, Some(1), Some(1), None]),
            "Puntuaci\u{f3}n GAS: 63.7. En general, las metas se cumplieron mejor de lo esperado. \
             (50 quiere decir como se esperaba; m\u{e1}s de 50, mejor). Seg\u{fa}n 3 metas puntuadas. \
             2 metas todav\u{ed}a no tienen puntuaci\u{f3}n y quedan fuera."
        );
        assert_eq!(
            es(&[Some(-1), None]),
            "Puntuaci\u{f3}n GAS: 40.0. En general, las metas se cumplieron peor de lo esperado. \
             (50 quiere decir como se esperaba; m\u{e1}s de 50, mejor). Seg\u{fa}n 1 meta puntuada. \
             1 meta todav\u{ed}a no tiene puntuaci\u{f3}n y queda fuera."
        );
        assert_eq!(
            es(&[Some(0)]),
            "Puntuaci\u{f3}n GAS: 50.0. En general, las metas se cumplieron como se esperaba. \
             (50 quiere decir como se esperaba; m\u{e1}s de 50, mejor). Seg\u{fa}n 1 meta puntuada."
        );
        assert_eq!(
            es(&[]),
            "Todav\u{ed}a no hay puntuaci\u{f3}n GAS: punt\u{fa}e al menos una meta."
        );
    }

    #[test]
    fn levels_are_written_with_a_sign_and_counts_in_words() {
        assert_eq!(
            [-2, -1, 0, 1, 2].map(signed),
            ["\u{2212}2", "\u{2212}1", "0", "+1", "+2"]
        );
        assert_eq!(counts_text(std::iter::empty()), "None yet");
        assert_eq!(
            counts_text([("Met", 1), ("Partly met", 2)].into_iter()),
            "Met: 1, Partly met: 2"
        );
    }

    #[test]
    fn weights_count_and_a_stored_out_of_range_score_is_ignored() {
        let mut p = plan_with_scores(&[Some(-1), Some(0), Some(2), Some(7)]);
        for (g, w) in p.goals.iter_mut().zip([3, 2, 1, 1]) {
            g.gas.weight = w;
        }
        let s = p.gas_summary();
        assert_eq!(s.unscored, 1);
        assert!((s.t_score.unwrap() - 47.7967).abs() < 1e-4);
    }

    /// Worked example G4 of the reference, through the plan: weights 3, 5, 1, 4, 2, 6 and
    /// scores -2, 0, -1, +2, 0, +1 give exactly 55.
    #[test]
    fn worked_example_g4_with_a_weight_of_six() {
        let mut p = plan_with_scores(&[Some(-2), Some(0), Some(-1), Some(2), Some(0), Some(1)]);
        for (g, w) in p.goals.iter_mut().zip([3, 5, 1, 4, 2, 6]) {
            g.gas.weight = w;
        }
        let s = p.gas_summary();
        assert_eq!((s.scored, s.unscored), (6, 0));
        assert!((s.t_score.unwrap() - 55.0).abs() < 1e-4, "{s:?}");
        assert!(
            p.goals[5].gas.weight_choices().contains(&6),
            "6 can be chosen"
        );
    }

    #[test]
    fn one_to_ten_are_offered_and_a_larger_weight_from_a_file_is_shown_as_it_is() {
        let mut g = GasScale::default();
        assert_eq!(g.weight_choices(), (1..=10).collect::<Vec<u8>>());
        g.weight = 10;
        assert_eq!(g.weight_choices().len(), 10);
        g.weight = 42;
        assert_eq!(g.weight_choices().last(), Some(&42));
        assert_eq!(g.weight_choices().len(), 11);
        g.weight = 0;
        assert_eq!(g.counted_weight(), 1);
        g.weight = 200;
        assert_eq!(g.counted_weight(), 100);
    }

    #[test]
    fn stored_weights_from_1_to_100_are_kept_and_others_count_as_the_nearest() {
        let read = |weight: &str| {
            serde_json::from_str::<GasScale>(&format!(r#"{{"weight": {weight}}}"#))
                .map(|g| g.weight)
                .ok()
        };
        for w in [1, 2, 6, 10, 11, 42, 99, 100] {
            assert_eq!(read(&w.to_string()), Some(w), "{w} is kept");
        }
        assert_eq!(read("0"), Some(1));
        assert_eq!(read("-4"), Some(1));
        assert_eq!(read("101"), Some(100));
        assert_eq!(read("300"), Some(100));
        assert_eq!(read("1e300"), Some(100));
        assert_eq!(read("6.0"), Some(6));
        assert_eq!(
            read("2.5"),
            None,
            "not a whole number: wrong, as any wrong type"
        );
        assert_eq!(read("\"6\""), None);
        assert_eq!(read("null"), None);
        let missing: GasScale = serde_json::from_str("{}").unwrap();
        assert_eq!(missing.weight, 1);
        let g = GasScale {
            weight: 42,
            ..GasScale::default()
        };
        let again: GasScale = serde_json::from_str(&serde_json::to_string(&g).unwrap()).unwrap();
        assert_eq!(again, g);
    }

    #[test]
    fn level_texts_are_found_by_level() {
        let mut g = GasScale::default();
        g.levels[0] = "Still in the motel".into();
        g.levels[4] = "Own flat".into();
        assert_eq!(g.level_text(-2), "Still in the motel");
        assert_eq!(g.level_text(2), "Own flat");
        assert_eq!(g.level_text(3), "");
        assert_eq!(g.weight, 1);
    }

    #[test]
    fn the_fields_edit_one_scale() {
        let mut g = GasScale::default();
        assert!(!g.has_levels());
        g.apply(GasEdit::Level(2, "Walks 50 feet alone".into()));
        g.apply(GasEdit::Level(4, "Walks to the bus stop".into()));
        g.apply(GasEdit::Level(5, "not a level".into()));
        assert_eq!(g.level_text(0), "Walks 50 feet alone");
        assert_eq!(g.level_text(2), "Walks to the bus stop");
        assert!(g.has_levels());
        assert!(!g.levels.iter().any(|l| l == "not a level"));
        g.apply(GasEdit::Weight(3));
        assert_eq!(g.weight, 3);
        g.apply(GasEdit::Weight(0));
        assert_eq!(g.weight, 1);
        g.apply(GasEdit::Weight(200));
        assert_eq!(g.weight, WEIGHT_MAX);
        g.apply(GasEdit::Level(2, "  ".into()));
        g.apply(GasEdit::Level(4, String::new()));
        assert!(!g.has_levels(), "blank levels are not levels");
    }

    #[test]
    fn the_summary_counts_goals_needs_and_services() {
        let mut p = plan_with_scores(&[None, None, None]);
        p.goals[0].status = GoalStatus::Completed;
        p.goals[1].status = GoalStatus::Completed;
        p.goals[0].evaluation.result = Some(OutcomeResult::Met);
        p.goals[2].evaluation.result = Some(OutcomeResult::NotMet);
        p.add_need();
        let n = p.add_need();
        if let Some(need) = p.needs.iter_mut().find(|x| x.id == n) {
            need.status = NeedStatus::Resolved;
        }
        let a = p.add_service();
        p.service_mut(a).unwrap().organization = "Food bank".into();
        p.service_mut(a).unwrap().status = ServiceStatus::Active;
        p.add_service();
        let c = p.summary_counts();
        assert_eq!(
            c.goals_by_status,
            vec![(GoalStatus::Proposed, 1), (GoalStatus::Completed, 2)]
        );
        assert_eq!(
            c.goals_by_result,
            vec![(OutcomeResult::Met, 1), (OutcomeResult::NotMet, 1)]
        );
        assert_eq!((c.needs_resolved, c.needs_total), (1, 2));
        assert_eq!(c.services_used, vec!["Food bank".to_string()]);
        p.service_mut(a).unwrap().organization.clear();
        assert_eq!(p.summary_counts().services_used, vec!["Unnamed service"]);
        assert_eq!(
            p.summary_counts_in(Lang::Es).services_used,
            vec!["Servicio sin nombre"]
        );
    }
}
