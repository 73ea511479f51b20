//! Instrument scores across a plan's assessments, and how the latest compares with the one
//! before it.

use super::Assessment;

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
    name: &'static str,
    better: Better,
    value: fn(&Assessment) -> Option<Value>,
}

const METRICS: [Metric; 6] = [
    Metric {
        name: "PHQ-9 (depression)",
        better: Better::Lower,
        value: |a| {
            let s = a.phq9.score().ok()?;
            Some((s.total.into(), format!("{} ({})", s.total, s.band.label())))
        },
    },
    Metric {
        name: "PHQ-2 (first two questions)",
        better: Better::Lower,
        value: |a| {
            let s = a.phq9.phq2().ok()?;
            let word = if s.positive { "positive" } else { "negative" };
            Some((s.total.into(), format!("{} ({word})", s.total)))
        },
    },
    Metric {
        name: "Social needs (AHC), areas positive",
        better: Better::Lower,
        value: |a| {
            if !a.ahc.missing().is_empty() {
                return None;
            }
            let positive = a.ahc.result().positive_areas();
            let text = match positive.as_slice() {
                [] => "0 of 5".to_string(),
                names => format!("{} of 5 ({})", names.len(), names.join(", ").to_lowercase()),
            };
            Some((positive.len() as i32, text))
        },
    },
    Metric {
        name: "Safety total (AHC questions 7 to 10)",
        better: Better::Lower,
        value: |a| {
            let total = a.ahc.result().safety_total?;
            Some((total.into(), total.to_string()))
        },
    },
    Metric {
        name: "Hunger Vital Sign",
        better: Better::Lower,
        value: |a| {
            let risk = a.hvs.at_risk().ok()?;
            Some((risk.into(), super::hvs::result_label(risk).to_string()))
        },
    },
    Metric {
        name: "Everyday activities (Katz, 6 is independent)",
        better: Better::Higher,
        value: |a| {
            let s = a.katz.score().ok()?;
            Some((s.total.into(), format!("{} of 6", s.total)))
        },
    },
];

/// The score lines for instruments scored in at least one assessment.
pub fn score_history(assessments: &[Assessment]) -> Vec<ScoreLine> {
    METRICS
        .iter()
        .filter_map(|m| {
            let values: Vec<Option<Value>> = assessments.iter().map(m.value).collect();
            if values.iter().all(Option::is_none) {
                return None;
            }
            let change = match values.as_slice() {
                [.., Some(before), Some(now)] => Some(describe_change(before, now, m.better)),
                _ => None,
            };
            Some(ScoreLine {
                instrument: m.name,
                values: values
                    .into_iter()
                    .map(|v| v.map(|(_, text)| text))
                    .collect(),
                change,
            })
        })
        .collect()
}

fn describe_change(before: &Value, now: &Value, better: Better) -> String {
    let diff = now.0 - before.0;
    if diff == 0 {
        return "no change".into();
    }
    let improved = (diff < 0) == (better == Better::Lower);
    let verdict = if improved { "better" } else { "worse" };
    let direction = if diff < 0 { "down" } else { "up" };
    format!(
        "from {} to {}: {direction} {}, {verdict}",
        before.1,
        now.1,
        diff.abs()
    )
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
}
