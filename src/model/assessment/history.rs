//! Instrument scores across a plan's assessments, and how the latest compares with the one
//! before it.

use super::Assessment;
use crate::model::lang::Lang;

/// Which way is better for a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Better {
    Lower,
    Higher,
}

/// One instrument's score in each assessment, oldest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreLine {
    pub instrument: &'static str,
    /// `None` where the instrument was not complete in that assessment.
    pub values: Vec<Option<String>>,
    /// Latest against the one before, when both are scored, e.g. "from 18 to 9: down 9, better".
    pub change: Option<String>,
}

/// A score as a number (to compare) and as text (to show).
type Value = (i32, String);

struct Metric {
    /// The name in English and in Spanish.
    name: [&'static str; 2],
    better: Better,
    value: fn(&Assessment, Lang) -> Option<Value>,
}

/// "of" between a score and its highest value.
fn of(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "of",
        Lang::Es => "de",
    }
}

const METRICS: [Metric; 10] = [
    Metric {
        name: ["PHQ-9 (depression)", "PHQ-9 (depresi\u{f3}n)"],
        better: Better::Lower,
        value: |a, lang| {
            let s = a.phq9.score().ok()?;
            Some((
                s.total.into(),
                format!("{} ({})", s.total, s.band.label_in(lang)),
            ))
        },
    },
    Metric {
        name: [
            "PHQ-2 (first two questions)",
            "PHQ-2 (las dos primeras preguntas)",
        ],
        better: Better::Lower,
        value: |a, lang| {
            let s = a.phq9.phq2().ok()?;
            Some((
                s.total.into(),
                format!("{} ({})", s.total, positive(lang, s.positive)),
            ))
        },
    },
    Metric {
        name: ["GAD-7 (anxiety)", "GAD-7 (ansiedad)"],
        better: Better::Lower,
        value: |a, lang| {
            let s = a.gad7.score().ok()?;
            Some((
                s.total.into(),
                format!("{} ({})", s.total, s.band.label_in(lang)),
            ))
        },
    },
    Metric {
        name: [
            "GAD-2 (first two GAD-7 questions)",
            "GAD-2 (las dos primeras preguntas del GAD-7)",
        ],
        better: Better::Lower,
        value: |a, lang| {
            let s = a.gad7.gad2().ok()?;
            Some((
                s.total.into(),
                format!("{} ({})", s.total, positive(lang, s.positive)),
            ))
        },
    },
    Metric {
        name: [
            "Social needs (AHC), areas positive",
            "Necesidades sociales (AHC), \u{e1}reas positivas",
        ],
        better: Better::Lower,
        value: |a, lang| {
            if !a.ahc.missing().is_empty() {
                return None;
            }
            let positive = a.ahc.result().positive_areas_in(lang);
            let of = of(lang);
            let text = match positive.as_slice() {
                [] => format!("0 {of} 5"),
                names => format!(
                    "{} {of} 5 ({})",
                    names.len(),
                    names.join(", ").to_lowercase()
                ),
            };
            Some((positive.len() as i32, text))
        },
    },
    Metric {
        name: [
            "Safety total (AHC questions 7 to 10)",
            "Total de seguridad (preguntas 7 a 10 del AHC)",
        ],
        better: Better::Lower,
        value: |a, _| {
            let total = a.ahc.result().safety_total?;
            Some((total.into(), total.to_string()))
        },
    },
    Metric {
        name: ["Hunger Vital Sign", "Hunger Vital Sign (falta de comida)"],
        better: Better::Lower,
        value: |a, lang| {
            let risk = a.hvs.at_risk().ok()?;
            Some((
                risk.into(),
                super::hvs::result_label_in(risk, lang).to_string(),
            ))
        },
    },
    Metric {
        name: [
            "Everyday activities (Katz, 6 is independent)",
            "Actividades diarias (Katz, 6 es sin ayuda)",
        ],
        better: Better::Higher,
        value: |a, lang| {
            let s = a.katz.score().ok()?;
            Some((s.total.into(), format!("{} {} 6", s.total, of(lang))))
        },
    },
    Metric {
        name: ["AUDIT-C (alcohol)", "AUDIT-C (alcohol)"],
        better: Better::Lower,
        value: |a, lang| {
            let score = a.audit_c.score().ok()?;
            let text = match (a.audit_c.outcome(), lang) {
                (Ok(o), _) => o.described_in(lang),
                (Err(_), Lang::En) => format!("{} of 12, no cut-off chosen", score.total),
                (Err(_), Lang::Es) => format!("{} de 12, sin punto de corte elegido", score.total),
            };
            Some((score.total.into(), text))
        },
    },
    Metric {
        name: [
            "Drug screen (times in the past year)",
            "Pregunta sobre drogas (veces en el \u{fa}ltimo a\u{f1}o)",
        ],
        better: Better::Lower,
        value: |a, lang| {
            let positive = a.drug_screen.positive()?;
            let times = a.drug_screen.times?;
            let word = match (lang, positive) {
                (Lang::En, true) => "positive",
                (Lang::En, false) => "negative",
                (Lang::Es, true) => "positiva",
                (Lang::Es, false) => "negativa",
            };
            let times_i32 = i32::try_from(times).unwrap_or(i32::MAX);
            Some((times_i32, format!("{times} ({word})")))
        },
    },
];

/// "positive" or "negative", for a short screen's result.
fn positive(lang: Lang, positive: bool) -> &'static str {
    match (lang, positive) {
        (Lang::En, true) => "positive",
        (Lang::En, false) => "negative",
        (Lang::Es, true) => "positiva",
        (Lang::Es, false) => "negativa",
    }
}

/// The score lines for instruments scored in at least one assessment.
pub fn score_history(assessments: &[Assessment]) -> Vec<ScoreLine> {
    score_history_in(assessments, Lang::En)
}

/// The same, worded in `lang`.
pub fn score_history_in(assessments: &[Assessment], lang: Lang) -> Vec<ScoreLine> {
    METRICS
        .iter()
        .filter_map(|m| {
            let values: Vec<Option<Value>> =
                assessments.iter().map(|a| (m.value)(a, lang)).collect();
            if values.iter().all(Option::is_none) {
                return None;
            }
            let change = match values.as_slice() {
                [.., Some(before), Some(now)] => Some(describe_change(before, now, m.better, lang)),
                _ => None,
            };
            Some(ScoreLine {
                instrument: match lang {
                    Lang::En => m.name[0],
                    Lang::Es => m.name[1],
                },
                values: values
                    .into_iter()
                    .map(|v| v.map(|(_, text)| text))
                    .collect(),
                change,
            })
        })
        .collect()
}

fn describe_change(before: &Value, now: &Value, better: Better, lang: Lang) -> String {
    let diff = now.0 - before.0;
    let improved = (diff < 0) == (better == Better::Lower);
    match lang {
        Lang::En => {
            if diff == 0 {
                return "no change".into();
            }
            let verdict = if improved { "better" } else { "worse" };
            let direction = if diff < 0 { "down" } else { "up" };
            format!(
                "from {} to {}: {direction} {}, {verdict}",
                before.1,
                now.1,
                diff.abs()
            )
        }
        Lang::Es => {
            if diff == 0 {
                return "sin cambio".into();
            }
            let verdict = if improved { "mejor" } else { "peor" };
            let direction = if diff < 0 { "baj\u{f3}" } else { "subi\u{f3}" };
            format!(
                "de {} a {}: {direction} {}, {verdict}",
                before.1,
                now.1,
                diff.abs()
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn assessment(day: u32) -> Assessment {
        Assessment::new(NaiveDate::from_ymd_opt(2026, 11, day).unwrap_or_default())
    }

    #[test]
    fn nothing_scored_gives_no_lines() {
        assert!(score_history(&[assessment(1)]).is_empty());
        assert!(score_history(&[]).is_empty());
    }

    #[test]
    fn phq9_going_down_is_better() {
        let mut first = assessment(1);
        first.phq9.items = [3, 3, 2, 2, 2, 2, 2, 1, 1].map(Some);
        let mut second = first.follow_up(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default());
        second.phq9.items = [1, 1, 1, 1, 1, 1, 1, 1, 1].map(Some);
        let lines = score_history(&[first, second]);
        let phq9 = &lines[0];
        assert_eq!(phq9.instrument, "PHQ-9 (depression)");
        assert_eq!(
            phq9.values,
            vec![
                Some("18 (moderately severe)".to_string()),
                Some("9 (mild)".to_string())
            ]
        );
        assert_eq!(
            phq9.change.as_deref(),
            Some("from 18 (moderately severe) to 9 (mild): down 9, better")
        );
        assert_eq!(
            lines[1].change.as_deref(),
            Some("from 6 (positive) to 2 (negative): down 4, better")
        );
    }

    /// What the summary and the printouts show for the GAD-7: its score and band, and the
    /// GAD-2, right after the PHQ-9 lines.
    #[test]
    fn gad7_lines_follow_the_phq9_and_going_down_is_better() {
        let mut first = assessment(1);
        first.phq9.items = [1; 9].map(Some);
        first.gad7.items = [3, 3, 2, 2, 2, 1, 2].map(Some); // A5: 15, severe
        let mut second = first.follow_up(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default());
        second.gad7.items = [1, 1, 1, 1, 0, 0, 0].map(Some); // A2: 4, minimal
        let lines = score_history(&[first.clone(), second.clone()]);
        let names: Vec<_> = lines.iter().map(|l| l.instrument).collect();
        assert_eq!(
            names,
            vec![
                "PHQ-9 (depression)",
                "PHQ-2 (first two questions)",
                "GAD-7 (anxiety)",
                "GAD-2 (first two GAD-7 questions)"
            ]
        );
        assert_eq!(
            lines[2].values,
            vec![
                Some("15 (severe)".to_string()),
                Some("4 (minimal)".to_string())
            ]
        );
        assert_eq!(
            lines[2].change.as_deref(),
            Some("from 15 (severe) to 4 (minimal): down 11, better")
        );
        assert_eq!(
            lines[3].change.as_deref(),
            Some("from 6 (positive) to 2 (negative): down 4, better")
        );
        let es = score_history_in(&[first, second.clone()], Lang::Es);
        assert_eq!(es[2].instrument, "GAD-7 (ansiedad)");
        assert_eq!(
            es[2].change.as_deref(),
            Some("de 15 (grave) a 4 (m\u{ed}nima): baj\u{f3} 11, mejor")
        );
        // Unanswered: no GAD-7 line; only the first two: the GAD-2 line alone.
        second.gad7.items = [Some(2), Some(1), None, None, None, None, None];
        let alone = score_history(&[second]);
        let names: Vec<_> = alone.iter().map(|l| l.instrument).collect();
        assert!(!names.contains(&"GAD-7 (anxiety)"));
        assert_eq!(alone[2].values, vec![Some("3 (positive)".to_string())]);
    }

    #[test]
    fn katz_going_up_is_better_and_equal_is_no_change() {
        let mut first = assessment(1);
        first.katz.items = [0, 0, 1, 1, 1, 1].map(|i| Some(i == 1));
        let mut second = first.follow_up(NaiveDate::from_ymd_opt(2026, 11, 2).unwrap_or_default());
        second.katz.items[0] = Some(true);
        let third = second.follow_up(NaiveDate::from_ymd_opt(2026, 11, 3).unwrap_or_default());
        let lines = score_history(&[first.clone(), second.clone()]);
        assert_eq!(
            lines[0].change.as_deref(),
            Some("from 4 of 6 to 5 of 6: up 1, better")
        );
        let lines = score_history(&[first, second, third]);
        assert_eq!(lines[0].change.as_deref(), Some("no change"));
        assert_eq!(lines[0].values.len(), 3);
    }

    #[test]
    fn a_score_missing_in_the_latest_assessment_gives_no_change() {
        let mut first = assessment(1);
        first.hvs.worried = Some(super::super::ahc::FoodAnswer::Often);
        first.hvs.ran_out = Some(super::super::ahc::FoodAnswer::Never);
        let mut second = first.follow_up(NaiveDate::from_ymd_opt(2026, 11, 2).unwrap_or_default());
        second.hvs.ran_out = None;
        let lines = score_history(&[first, second]);
        assert_eq!(lines[0].instrument, "Hunger Vital Sign");
        assert_eq!(lines[0].values, vec![Some("At risk".to_string()), None]);
        assert_eq!(lines[0].change, None);
    }

    #[test]
    fn alcohol_and_drug_screens_have_lines_that_say_the_cut_off() {
        use super::super::audit_c::CutOff;
        let mut first = assessment(1);
        first.audit_c.items = [2, 1, 1].map(Some);
        first.audit_c.cut_off = Some(CutOff::Men);
        first.drug_screen.set_times(Some(20));
        let mut second = first.follow_up(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default());
        second.audit_c.items = [1, 1, 0].map(Some);
        second.drug_screen.set_declined(true);
        let lines = score_history(&[first.clone(), second]);
        let audit = lines
            .iter()
            .find(|l| l.instrument == "AUDIT-C (alcohol)")
            .unwrap();
        assert_eq!(
            audit.values[0].as_deref(),
            Some("4 of 12, positive with the cut-off for men (4 or more is positive)")
        );
        assert_eq!(
            audit.change.as_deref(),
            Some("from 4 of 12, positive with the cut-off for men (4 or more is positive) to 2 of 12, negative with the cut-off for men (4 or more is positive): down 2, better")
        );
        let drugs = lines
            .iter()
            .find(|l| l.instrument.starts_with("Drug screen"))
            .unwrap();
        assert_eq!(drugs.values, vec![Some("20 (positive)".to_string()), None]);
        assert_eq!(drugs.change, None, "not wanting to answer is not a result");
        // Scored but no cut-off chosen: the total, and that no cut-off was chosen.
        first.audit_c.cut_off = None;
        let lines = score_history_in(std::slice::from_ref(&first), Lang::Es);
        assert!(lines
            .iter()
            .any(|l| l.values[0].as_deref() == Some("4 de 12, sin punto de corte elegido")));
    }

    #[test]
    fn lines_in_spanish() {
        let mut first = assessment(1);
        first.phq9.items = [3, 3, 2, 2, 2, 2, 2, 1, 1].map(Some);
        first.katz.items = [0, 0, 1, 1, 1, 1].map(|i| Some(i == 1));
        let mut second = first.follow_up(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default());
        second.phq9.items = [1, 1, 1, 1, 1, 1, 1, 1, 1].map(Some);
        let both = [first, second];
        let lines = score_history_in(&both, Lang::Es);
        assert_eq!(lines[0].instrument, "PHQ-9 (depresi\u{f3}n)");
        assert_eq!(
            lines[0].change.as_deref(),
            Some("de 18 (moderadamente grave) a 9 (leve): baj\u{f3} 9, mejor")
        );
        assert_eq!(
            lines[1].change.as_deref(),
            Some("de 6 (positiva) a 2 (negativa): baj\u{f3} 4, mejor")
        );
        let katz = lines.last().map(|l| (l.values.clone(), l.change.clone()));
        assert_eq!(
            katz,
            Some((
                vec![Some("4 de 6".to_string()), Some("4 de 6".to_string())],
                Some("sin cambio".to_string())
            ))
        );
        assert_eq!(score_history_in(&both, Lang::En), score_history(&both));
    }
}
