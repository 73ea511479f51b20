//! Where things go on a goal's progress chart: pure arithmetic, so the drawing component only
//! places shapes and the scales are tested natively.

use super::progress::format_number;
use crate::model::dates;
use crate::model::lang::Lang;
use crate::model::Goal;
use chrono::NaiveDate;

/// Drawing area, in SVG user units.
pub const WIDTH: f64 = 640.0;
pub const HEIGHT: f64 = 260.0;
/// Room for the axis labels.
pub const LEFT: f64 = 70.0;
pub const RIGHT: f64 = 20.0;
pub const TOP: f64 = 20.0;
pub const BOTTOM: f64 = 40.0;

#[derive(Clone, Debug, PartialEq)]
pub struct ChartPoint {
    pub x: f64,
    pub y: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// The entries, oldest first.
    pub points: Vec<ChartPoint>,
    /// The starting point, at the goal's start date.
    pub baseline: Option<ChartPoint>,
    /// Height of the target line, and its label.
    pub target: Option<(f64, String)>,
    /// Position of the target date, and its label.
    pub target_date: Option<(f64, String)>,
    /// Labels along the side: height and text.
    pub y_ticks: Vec<(f64, String)>,
    /// Labels along the bottom: first and last date.
    pub x_ticks: Vec<(f64, String)>,
}

impl Chart {
    /// The chart of a goal's numeric entries; `None` when there is nothing numeric to draw.
    pub fn of(goal: &Goal) -> Option<Chart> {
        Self::of_in(goal, Lang::En)
    }

    /// The same, with its labels in a language: "16 de noviembre de 2026: 30 pies",
    /// "Objetivo: 50 pies".
    pub fn of_in(goal: &Goal, lang: Lang) -> Option<Chart> {
        let entries: Vec<(NaiveDate, f64)> = goal
            .dated_progress()
            .into_iter()
            .filter_map(|e| Some((e.date?, e.number()?)))
            .collect();
        if entries.is_empty() {
            return None;
        }
        let baseline = goal.baseline_value().zip(goal.start_date);
        let target = goal.target_value();
        let mut days: Vec<NaiveDate> = entries.iter().map(|(d, _)| *d).collect();
        days.extend(baseline.map(|(_, d)| d));
        days.extend(goal.target_date);
        let (first, last) = (*days.iter().min()?, *days.iter().max()?);
        let mut values: Vec<f64> = entries.iter().map(|(_, v)| *v).collect();
        values.extend(baseline.map(|(v, _)| v));
        values.extend(target);
        let (mut low, mut high) = values
            .iter()
            .fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(*v), h.max(*v)));
        if (high - low).abs() < f64::EPSILON {
            low -= 1.0;
            high += 1.0;
        }
        let span_days = (last - first).num_days().max(1) as f64;
        let x = |d: NaiveDate| {
            LEFT + (d - first).num_days() as f64 / span_days * (WIDTH - LEFT - RIGHT)
        };
        let y = |v: f64| TOP + (high - v) / (high - low) * (HEIGHT - TOP - BOTTOM);
        let unit = goal.unit.trim();
        let point = |d: NaiveDate, v: f64| ChartPoint {
            x: x(d),
            y: y(v),
            label: format!("{}: {}", dates::long_in(d, lang), format_number(v, unit)),
        };
        let mut x_ticks = vec![(x(first), dates::long_in(first, lang))];
        if last != first {
            x_ticks.push((x(last), dates::long_in(last, lang)));
        }
        let (target_words, target_date_words) = match lang {
            Lang::En => ("Target", "Target date"),
            Lang::Es => ("Objetivo", "Fecha objetivo"),
        };
        Some(Chart {
            points: entries.iter().map(|(d, v)| point(*d, *v)).collect(),
            baseline: baseline.map(|(v, d)| point(d, v)),
            target: target.map(|t| (y(t), format!("{target_words}: {}", format_number(t, unit)))),
            target_date: goal.target_date.map(|d| {
                let date = dates::long_in(d, lang);
                (x(d), format!("{target_date_words}: {date}"))
            }),
            y_ticks: vec![
                (y(high), format_number(high, "")),
                (y(low), format_number(low, "")),
            ],
            x_ticks,
        })
    }

    /// The entries as an SVG polyline `points` attribute.
    pub fn polyline(&self) -> String {
        self.points
            .iter()
            .map(|p| format!("{:.1},{:.1}", p.x, p.y))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::monitoring::progress::ProgressEntry;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn goal(entries: &[(NaiveDate, &str)]) -> Goal {
        let mut g = Goal::new(d(11, 1));
        g.unit = "feet".into();
        g.baseline = "10".into();
        g.target = "50".into();
        g.target_date = Some(d(12, 1));
        for (date, v) in entries {
            let mut e = ProgressEntry::new(*date);
            e.value = v.to_string();
            g.progress.push(e);
        }
        g
    }

    #[test]
    fn nothing_to_draw_without_numeric_entries() {
        assert_eq!(Chart::of(&goal(&[])), None);
        assert_eq!(Chart::of(&goal(&[(d(11, 5), "a bit")])), None);
    }

    #[test]
    fn the_chart_spans_start_to_target_date_and_baseline_to_target() {
        let c = Chart::of(&goal(&[(d(11, 16), "30")])).unwrap();
        let base = c.baseline.clone().unwrap();
        assert_eq!(base.x, LEFT, "the start date is at the left edge");
        assert_eq!(base.y, HEIGHT - BOTTOM, "the baseline is the lowest value");
        let (ty, label) = c.target.clone().unwrap();
        assert_eq!(ty, TOP, "the target is the highest value");
        assert_eq!(label, "Target: 50 feet");
        assert_eq!(c.target_date.clone().unwrap().0, WIDTH - RIGHT);
        let p = &c.points[0];
        assert!(
            (p.x - (LEFT + 0.5 * (WIDTH - LEFT - RIGHT))).abs() < 1e-9,
            "halfway in time"
        );
        assert!(
            (p.y - (TOP + 0.5 * (HEIGHT - TOP - BOTTOM))).abs() < 1e-9,
            "halfway up"
        );
        assert_eq!(p.label, "16 November 2026: 30 feet");
        assert_eq!(c.x_ticks.len(), 2);
    }

    #[test]
    fn the_labels_are_said_in_spanish_and_the_same_in_english() {
        let g = goal(&[(d(11, 16), "30")]);
        assert_eq!(Chart::of_in(&g, Lang::En), Chart::of(&g));
        let c = Chart::of_in(&g, Lang::Es).unwrap();
        assert_eq!(c.points[0].label, "16 de noviembre de 2026: 30 feet");
        assert_eq!(c.target.unwrap().1, "Objetivo: 50 feet");
        assert_eq!(
            c.target_date.unwrap().1,
            "Fecha objetivo: 1 de diciembre de 2026"
        );
        assert_eq!(c.x_ticks[0].1, "1 de noviembre de 2026");
        let en = Chart::of(&g).unwrap();
        assert_eq!(
            (c.points[0].x, c.points[0].y),
            (en.points[0].x, en.points[0].y)
        );
    }

    #[test]
    fn a_flat_chart_still_has_height_and_points_draw_in_date_order() {
        let mut g = goal(&[(d(11, 20), "10"), (d(11, 10), "10")]);
        g.target = "10".into();
        g.baseline.clear();
        g.target_date = None;
        let c = Chart::of(&g).unwrap();
        assert!(c.points.iter().all(|p| p.y > TOP && p.y < HEIGHT - BOTTOM));
        assert!(c.points[0].x < c.points[1].x);
        assert_eq!(c.polyline().split(' ').count(), 2);
    }
}
