//! What an import from a FHIR Bundle did not bring over, in words a person understands.

use crate::model::lang::Lang;

/// A part of a Bundle the plan did not take, said after "Imported 1 plan from …".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeftOut {
    /// Observations that are neither scores of this app's own questionnaires nor progress on a
    /// goal of the plan.
    Observations { count: usize },
    /// Records of kinds the app reads (needs, goals, services ...) that the care plan does
    /// not point at: each FHIR type with how many.
    Unlinked { kinds: Vec<(String, usize)> },
    /// Records of kinds the app has no place for: each FHIR type with how many.
    OtherRecords { kinds: Vec<(String, usize)> },
    /// Care plan activities that point at a kind of record that is neither a step nor a
    /// service (an `Appointment`, a `MedicationRequest` ...): each type with how many.
    OtherActivities { kinds: Vec<(String, usize)> },
    /// References to something the file does not hold (or that cannot be read as one).
    Missing { part: Missing, count: usize },
    /// Steps tied to no goal in the file: kept under a new goal, still to be described.
    StepsWithoutGoal { count: usize },
}

/// What pointed at something the file does not hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The care plan's subject.
    Person,
    /// The care plan's care team.
    CareTeam,
    /// A care team participant's member.
    TeamMember,
    /// A need the care plan (or a goal) points at.
    Need,
    /// A goal the care plan (or a step) points at.
    Goal,
    /// A care plan activity's reference.
    Activity,
}

/// Kinds named at most in one sentence; more end in "…".
const KINDS_SHOWN: usize = 8;

/// "MedicationRequest (2), Encounter".
fn kinds_list(kinds: &[(String, usize)]) -> String {
    let mut list = kinds
        .iter()
        .take(KINDS_SHOWN)
        .map(|(kind, n)| match n {
            1 => kind.clone(),
            n => format!("{kind} ({n})"),
        })
        .collect::<Vec<_>>()
        .join(", ");
    if kinds.len() > KINDS_SHOWN {
        list.push_str(", …");
    }
    list
}

fn total(kinds: &[(String, usize)]) -> usize {
    kinds.iter().map(|(_, n)| n).sum()
}

impl LeftOut {
    /// A sentence a person can understand.
    pub fn plain(&self) -> String {
        self.plain_in(Lang::En)
    }

    /// The same in `lang`. FHIR's own names for kinds of records stay as they are.
    pub fn plain_in(&self, lang: Lang) -> String {
        if lang == Lang::Es {
            return self.plain_es();
        }
        let was = |n: usize| if n == 1 { "was" } else { "were" };
        let it = |n: usize| if n == 1 { "it" } else { "them" };
        let s = |n: usize| if n == 1 { "" } else { "s" };
        match self {
            LeftOut::Observations { count: n } => format!(
                "{n} observation{} (Observation) {} not brought over: the app keeps scores from its own questionnaires and progress toward a goal only.",
                s(*n),
                was(*n)
            ),
            LeftOut::Unlinked { kinds } => {
                let n = total(kinds);
                format!(
                    "{n} record{} in the file {} not brought over, because the care plan does not point at {}: {}.",
                    s(n),
                    was(n),
                    it(n),
                    kinds_list(kinds)
                )
            }
            LeftOut::OtherRecords { kinds } => {
                let n = total(kinds);
                format!(
                    "{n} other record{} {} not brought over, because the app has no place for {}: {}.",
                    s(n),
                    was(n),
                    it(n),
                    kinds_list(kinds)
                )
            }
            LeftOut::OtherActivities { kinds } => {
                let n = total(kinds);
                let activity = if n == 1 { "activity" } else { "activities" };
                format!(
                    "{n} {activity} of the care plan {} not brought over: the app keeps steps and services only ({}).",
                    was(n),
                    kinds_list(kinds)
                )
            }
            LeftOut::Missing { part, count: n } => {
                let n = *n;
                match part {
                    Missing::Person => "The person the care plan is for is not in the file, so their name and details were not brought over.".into(),
                    Missing::CareTeam => "The care team the care plan points at is not in the file, so it was not brought over.".into(),
                    Missing::TeamMember => format!(
                        "{n} member{} of the care team point{} at details that are not in the file: only the name and role the care team gives were brought over.",
                        s(n),
                        if n == 1 { "s" } else { "" }
                    ),
                    Missing::Need => format!(
                        "{n} need{} the plan points at {} not in the file, so {} not brought over.",
                        s(n),
                        if n == 1 { "is" } else { "are" },
                        if n == 1 { "it was" } else { "they were" }
                    ),
                    Missing::Goal => format!(
                        "{n} goal{} the plan points at {} not in the file, so {} not brought over.",
                        s(n),
                        if n == 1 { "is" } else { "are" },
                        if n == 1 { "it was" } else { "they were" }
                    ),
                    Missing::Activity => format!(
                        "{n} {} of the care plan point{} at a record that is not in the file, so {} not brought over.",
                        if n == 1 { "activity" } else { "activities" },
                        if n == 1 { "s" } else { "" },
                        if n == 1 { "it was" } else { "they were" }
                    ),
                }
            }
            LeftOut::StepsWithoutGoal { count: n } => format!(
                "{n} step{} of the care plan {} tied to no goal in the file: {} under a new goal at the end of the goals, still to be described.",
                s(*n),
                if *n == 1 { "is" } else { "are" },
                if *n == 1 { "it is" } else { "they are" }
            ),
        }
    }

    fn plain_es(&self) -> String {
        // "No se importó 1 …" / "No se importaron 2 …"
        let imported = |n: usize| if n == 1 { "importó" } else { "importaron" };
        let lo = |n: usize, fem: bool| match (n == 1, fem) {
            (true, false) => "lo",
            (true, true) => "la",
            (false, false) => "los",
            (false, true) => "las",
        };
        let s = |n: usize| if n == 1 { "" } else { "s" };
        let es = |n: usize| if n == 1 { "" } else { "es" };
        match self {
            LeftOut::Observations { count: n } => format!(
                "No se {} {n} observaci{} (Observation): la aplicación solo guarda las puntuaciones de sus propios cuestionarios y el avance hacia una meta.",
                imported(*n),
                if *n == 1 { "ón" } else { "ones" }
            ),
            LeftOut::Unlinked { kinds } => {
                let n = total(kinds);
                format!(
                    "No se {} {n} registro{} del archivo, porque el plan de cuidado no {} menciona: {}.",
                    imported(n),
                    s(n),
                    lo(n, false),
                    kinds_list(kinds)
                )
            }
            LeftOut::OtherRecords { kinds } => {
                let n = total(kinds);
                format!(
                    "No se {} {n} registro{} más, porque la aplicación no tiene dónde guardar{}: {}.",
                    imported(n),
                    s(n),
                    lo(n, false),
                    kinds_list(kinds)
                )
            }
            LeftOut::OtherActivities { kinds } => {
                let n = total(kinds);
                format!(
                    "No se {} {n} actividad{} del plan de cuidado: la aplicación solo guarda pasos y servicios ({}).",
                    imported(n),
                    es(n),
                    kinds_list(kinds)
                )
            }
            LeftOut::Missing { part, count: n } => {
                let n = *n;
                match part {
                    Missing::Person => "La persona del plan de cuidado no está en el archivo, así que no se importaron su nombre ni sus datos.".into(),
                    Missing::CareTeam => "El equipo de cuidado que menciona el plan no está en el archivo, así que no se importó.".into(),
                    Missing::TeamMember => format!(
                        "{n} miembro{} del equipo de cuidado remite{} a datos que no están en el archivo: solo se importaron el nombre y el papel que da el equipo de cuidado.",
                        s(n),
                        if n == 1 { "" } else { "n" }
                    ),
                    Missing::Need => format!(
                        "{n} necesidad{} que menciona el plan no {} en el archivo, así que no se {}.",
                        es(n),
                        if n == 1 { "está" } else { "están" },
                        imported(n)
                    ),
                    Missing::Goal => format!(
                        "{n} meta{} que menciona el plan no {} en el archivo, así que no se {}.",
                        s(n),
                        if n == 1 { "está" } else { "están" },
                        imported(n)
                    ),
                    Missing::Activity => format!(
                        "{n} actividad{} del plan de cuidado remite{} a un registro que no está en el archivo, así que no se {}.",
                        es(n),
                        if n == 1 { "" } else { "n" },
                        imported(n)
                    ),
                }
            }
            LeftOut::StepsWithoutGoal { count: n } => format!(
                "{n} paso{} del plan de cuidado no {} unido{} a ninguna meta en el archivo: {} bajo una meta nueva al final de las metas, todavía por describir.",
                s(*n),
                if *n == 1 { "está" } else { "están" },
                s(*n),
                if *n == 1 { "queda" } else { "quedan" }
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lang::assert_spanish;

    fn every() -> Vec<LeftOut> {
        let kinds = |n| vec![("MedicationRequest".to_string(), n)];
        let mut all = Vec::new();
        for n in [1, 2] {
            all.extend([
                LeftOut::Observations { count: n },
                LeftOut::Unlinked { kinds: kinds(n) },
                LeftOut::OtherRecords { kinds: kinds(n) },
                LeftOut::OtherActivities { kinds: kinds(n) },
                LeftOut::StepsWithoutGoal { count: n },
            ]);
            for part in [
                Missing::Person,
                Missing::CareTeam,
                Missing::TeamMember,
                Missing::Need,
                Missing::Goal,
                Missing::Activity,
            ] {
                all.push(LeftOut::Missing { part, count: n });
            }
        }
        all
    }

    #[test]
    fn every_sentence_is_in_english_and_spanish() {
        for l in every() {
            let (en, es) = (l.plain(), l.plain_in(Lang::Es));
            assert!(en.ends_with('.') && es.ends_with('.'), "{en} / {es}");
            assert!(!en.contains("..") && !es.contains(".."));
            assert_spanish(&en, &es);
        }
        assert_eq!(
            LeftOut::Observations { count: 2 }.plain(),
            "2 observations (Observation) were not brought over: the app keeps scores from its own questionnaires and progress toward a goal only."
        );
        assert_eq!(
            LeftOut::OtherRecords {
                kinds: vec![("MedicationRequest".into(), 2), ("Encounter".into(), 1)]
            }
            .plain(),
            "3 other records were not brought over, because the app has no place for them: MedicationRequest (2), Encounter."
        );
    }
}
