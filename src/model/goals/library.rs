//! Starting points for common goals, by part of life. Choosing one fills the goal's fields; the
//! person then adapts it (baseline, dates, why it matters are theirs to fill).

use super::{Direction, Goal};
use crate::model::assessment::domains::Domain;
use crate::model::lang::Lang;
use chrono::NaiveDate;

/// A pre-filled goal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Template {
    pub domain: Domain,
    /// Short name in the library list.
    pub title: &'static str,
    pub action: &'static str,
    pub detail: &'static str,
    pub measure: &'static str,
    pub unit: &'static str,
    pub target: &'static str,
    pub direction: Direction,
    /// For goals with no number.
    pub outcome: &'static str,
}

// One row of the table below; positional so the table reads as a table.
#[allow(clippy::too_many_arguments)]
const fn t(
    domain: Domain,
    title: &'static str,
    action: &'static str,
    detail: &'static str,
    measure: &'static str,
    unit: &'static str,
    target: &'static str,
    direction: Direction,
    outcome: &'static str,
) -> Template {
    Template {
        domain,
        title,
        action,
        detail,
        measure,
        unit,
        target,
        direction,
        outcome,
    }
}

use Direction::{Decrease, Increase};
use Domain::*;

#[rustfmt::skip]
pub const TEMPLATES: &[Template] = &[
    // Health
    t(PhysicalHealth, "Walk further", "walk", "without help", "distance walked", "feet", "50", Increase, ""),
    t(PhysicalHealth, "Keep blood sugar in range", "have morning blood sugar under 130 on", "", "mornings in range", "mornings a week", "5", Increase, ""),
    t(PhysicalHealth, "See a regular doctor", "go to a check-up with a primary care doctor", "", "", "", "", Increase, "the visit has happened and the next one is booked"),
    t(PhysicalHealth, "Fewer emergency visits", "have", "", "emergency room visits", "emergency room visits a month", "0", Decrease, ""),
    // Medications
    t(Medications, "Take medicines as prescribed", "take all medicines as prescribed", "using a pill box", "days with every dose taken", "days a week", "7", Increase, ""),
    t(Medications, "A medicine list I understand", "go over the medicine list with the pharmacist", "", "", "", "", Increase, "it is clear what each medicine is for and when to take it"),
    t(Medications, "Afford my medicines", "apply for a patient assistance program", "for the costliest medicine", "", "", "", Increase, "the program has approved the application"),
    // Mental health
    t(MentalHealth, "Go to counseling", "go to", "", "sessions attended", "counseling sessions a month", "4", Increase, ""),
    t(MentalHealth, "Lower depression score", "have a PHQ-9 depression score of", "", "PHQ-9 score", "points", "9", Decrease, ""),
    t(MentalHealth, "A safety plan", "make a written safety plan", "with a counselor", "", "", "", Increase, "there is a copy at home with the people to call"),
    t(MentalHealth, "Daily calming practice", "do a breathing or calming exercise", "for 10 minutes", "days practised", "days a week", "5", Increase, ""),
    // Substance use
    t(SubstanceUse, "Drink less", "drink", "", "drinks", "drinks a week", "7", Decrease, ""),
    t(SubstanceUse, "Go to recovery meetings", "go to", "", "meetings attended", "recovery meetings a week", "3", Increase, ""),
    t(SubstanceUse, "Sober days", "stay sober", "in a row", "sober days in a row", "days", "30", Increase, ""),
    // Daily living
    t(DailyLiving, "Bathe safely", "bathe without help", "using a shower chair and grab bar", "baths without help", "times a week", "3", Increase, ""),
    t(DailyLiving, "Home help in place", "set up home help", "for cleaning and shopping", "", "", "", Increase, "a home helper visits every week"),
    t(DailyLiving, "Cook simple meals", "cook", "at home", "meals cooked", "simple meals a week", "4", Increase, ""),
    // Housing
    t(Housing, "Safe, steady housing", "move into safe, steady housing", "", "", "", "", Increase, "there is a signed lease or a confirmed place"),
    t(Housing, "Apply for housing help", "send", "", "applications sent", "applications for housing help", "3", Increase, ""),
    t(Housing, "Fix problems in the home", "get the landlord to fix the problems", "in the home", "", "", "", Increase, "the repairs are done"),
    // Food
    t(Food, "Enough food each week", "have enough food", "", "days with enough food", "days a week", "7", Increase, ""),
    t(Food, "Sign up for food benefits", "apply for food benefits (SNAP)", "", "", "", "", Increase, "the benefit card has arrived"),
    t(Food, "Use a food pantry", "visit a food pantry", "", "pantry visits", "times a month", "2", Increase, ""),
    // Transportation
    t(Transportation, "Rides to appointments", "get to", "by ride or bus", "appointments reached", "percent of appointments", "100", Increase, ""),
    t(Transportation, "Bus pass", "get a reduced-fare bus pass", "", "", "", "", Increase, "the pass has arrived"),
    t(Transportation, "Learn the bus route", "take the bus", "to the clinic without help", "trips on my own", "times", "2", Increase, ""),
    // Money
    t(Money, "Health insurance", "apply for health coverage", "", "", "", "", Increase, "the insurance card has arrived"),
    t(Money, "A monthly budget", "follow a written budget for", "", "months on budget", "months in a row", "3", Increase, ""),
    t(Money, "Pay down a bill", "owe", "on the electric bill", "amount owed", "dollars", "0", Decrease, ""),
    // Social support
    t(SocialSupport, "Weekly contact", "talk with a trusted friend or family member", "", "calls or visits", "times a week", "2", Increase, ""),
    t(SocialSupport, "Join a group", "go to a support or community group", "", "meetings attended", "times a month", "2", Increase, ""),
    t(SocialSupport, "Caregiver break", "arrange respite care", "for the caregiver", "", "", "", Increase, "the caregiver has had a break of at least a day"),
];

/// The same starting points in Spanish, in the same order (a test keeps them in step). Each
/// reads as a sentence with `Goal::sentence_in(name, Lang::Es)`: "Sam va a caminar 50 pies sin
/// ayuda, subiendo desde 10 pies hoy"; an outcome follows "de modo que", so it is subjunctive.
#[rustfmt::skip]
pub const TEMPLATES_ES: &[Template] = &[
    // Salud
    t(PhysicalHealth, "Caminar más lejos", "caminar", "sin ayuda", "distancia que camina", "pies", "50", Increase, ""),
    t(PhysicalHealth, "Mantener el azúcar en la sangre en rango", "tener el azúcar de la mañana por debajo de 130 durante", "", "mañanas en rango", "mañanas a la semana", "5", Increase, ""),
    t(PhysicalHealth, "Tener un médico de cabecera", "ir a una revisión con un médico de atención primaria", "", "", "", "", Increase, "se haya hecho la consulta y la próxima esté programada"),
    t(PhysicalHealth, "Menos visitas a emergencias", "tener", "", "visitas a la sala de emergencias", "visitas a la sala de emergencias al mes", "0", Decrease, ""),
    // Medicinas
    t(Medications, "Tomar las medicinas como se recetaron", "tomar todas las medicinas como se recetaron", "con un pastillero", "días con todas las dosis tomadas", "días a la semana", "7", Increase, ""),
    t(Medications, "Una lista de medicinas que entiendo", "repasar la lista de medicinas con el farmacéutico", "", "", "", "", Increase, "quede claro para qué es cada medicina y cuándo tomarla"),
    t(Medications, "Poder pagar mis medicinas", "solicitar un programa de ayuda para pacientes", "para la medicina más cara", "", "", "", Increase, "el programa haya aprobado la solicitud"),
    // Salud mental
    t(MentalHealth, "Ir a consejería", "ir a", "", "sesiones a las que fue", "sesiones de consejería al mes", "4", Increase, ""),
    t(MentalHealth, "Bajar el puntaje de depresión", "tener un puntaje de depresión PHQ-9 de", "", "puntaje del PHQ-9", "puntos", "9", Decrease, ""),
    t(MentalHealth, "Un plan de seguridad", "hacer un plan de seguridad por escrito", "con un consejero", "", "", "", Increase, "haya una copia en casa con las personas a quienes llamar"),
    t(MentalHealth, "Calmarse cada día", "hacer un ejercicio de respiración o de relajación", "durante 10 minutos", "días de práctica", "días a la semana", "5", Increase, ""),
    // Alcohol y drogas
    t(SubstanceUse, "Beber menos", "tomar", "", "bebidas", "bebidas alcohólicas a la semana", "7", Decrease, ""),
    t(SubstanceUse, "Ir a reuniones de recuperación", "ir a", "", "reuniones a las que fue", "reuniones de recuperación a la semana", "3", Increase, ""),
    t(SubstanceUse, "Días sin consumir", "mantenerse sin consumir", "seguidos", "días seguidos sin consumir", "días", "30", Increase, ""),
    // Actividades diarias
    t(DailyLiving, "Bañarse con seguridad", "bañarse sin ayuda", "con una silla de ducha y una barra de apoyo", "baños sin ayuda", "veces a la semana", "3", Increase, ""),
    t(DailyLiving, "Ayuda en casa", "conseguir ayuda en casa", "para la limpieza y las compras", "", "", "", Increase, "una persona venga a ayudar cada semana"),
    t(DailyLiving, "Cocinar comidas sencillas", "cocinar", "en casa", "comidas cocinadas", "comidas sencillas a la semana", "4", Increase, ""),
    // Vivienda
    t(Housing, "Vivienda segura y estable", "mudarse a una vivienda segura y estable", "", "", "", "", Increase, "haya un contrato de alquiler firmado o un lugar confirmado"),
    t(Housing, "Pedir ayuda para la vivienda", "enviar", "", "solicitudes enviadas", "solicitudes de ayuda para la vivienda", "3", Increase, ""),
    t(Housing, "Arreglar problemas de la vivienda", "lograr que el dueño arregle los problemas", "de la vivienda", "", "", "", Increase, "las reparaciones estén hechas"),
    // Comida
    t(Food, "Suficiente comida cada semana", "tener suficiente comida", "", "días con suficiente comida", "días a la semana", "7", Increase, ""),
    t(Food, "Inscribirse en la ayuda para comida", "solicitar la ayuda para comprar comida (SNAP)", "", "", "", "", Increase, "haya llegado la tarjeta de beneficios"),
    t(Food, "Usar un banco de comida", "ir a un banco de comida", "", "visitas al banco de comida", "veces al mes", "2", Increase, ""),
    // Transporte
    t(Transportation, "Llegar a las citas", "llegar al", "en transporte o en autobús", "citas a las que llegó", "% de las citas", "100", Increase, ""),
    t(Transportation, "Pase de autobús", "conseguir un pase de autobús con tarifa reducida", "", "", "", "", Increase, "haya llegado el pase"),
    t(Transportation, "Aprender la ruta del autobús", "tomar el autobús", "hasta la clínica sin ayuda", "viajes por su cuenta", "veces", "2", Increase, ""),
    // Dinero
    t(Money, "Seguro médico", "solicitar un seguro médico", "", "", "", "", Increase, "haya llegado la tarjeta del seguro"),
    t(Money, "Un presupuesto mensual", "seguir un presupuesto por escrito durante", "", "meses dentro del presupuesto", "meses seguidos", "3", Increase, ""),
    t(Money, "Pagar una cuenta", "deber", "en la cuenta de la luz", "cantidad que debe", "dólares", "0", Decrease, ""),
    // Apoyo de otras personas
    t(SocialSupport, "Contacto cada semana", "hablar con un amigo o familiar de confianza", "", "llamadas o visitas", "veces a la semana", "2", Increase, ""),
    t(SocialSupport, "Unirse a un grupo", "ir a un grupo de apoyo o de la comunidad", "", "reuniones a las que fue", "veces al mes", "2", Increase, ""),
    t(SocialSupport, "Un descanso para quien cuida", "organizar un cuidado de relevo", "para quien cuida", "", "", "", Increase, "quien cuida haya tenido un descanso de al menos un día"),
];

/// The app's own starting points in `lang`.
pub fn templates_in(lang: Lang) -> &'static [Template] {
    match lang {
        Lang::En => TEMPLATES,
        Lang::Es => TEMPLATES_ES,
    }
}

/// A template the agency added in its configuration: the same fields, owned.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnedTemplate {
    pub domain: Domain,
    pub title: String,
    pub action: String,
    pub detail: String,
    pub measure: String,
    pub unit: String,
    pub target: String,
    pub direction: Direction,
    pub outcome: String,
}

impl Template {
    pub fn to_owned_template(&self) -> OwnedTemplate {
        OwnedTemplate {
            domain: self.domain,
            title: self.title.into(),
            action: self.action.into(),
            detail: self.detail.into(),
            measure: self.measure.into(),
            unit: self.unit.into(),
            target: self.target.into(),
            direction: self.direction,
            outcome: self.outcome.into(),
        }
    }

    /// A new goal filled from this template, starting on `start`.
    pub fn to_goal(&self, start: NaiveDate) -> Goal {
        self.to_owned_template().to_goal(start)
    }
}

impl OwnedTemplate {
    /// A new goal filled from this template, starting on `start`.
    pub fn to_goal(&self, start: NaiveDate) -> Goal {
        Goal {
            action: self.action.clone(),
            detail: self.detail.clone(),
            measure: self.measure.clone(),
            unit: self.unit.clone(),
            target: self.target.clone(),
            direction: self.direction,
            outcome: self.outcome.clone(),
            ..Goal::new(start)
        }
    }
}

/// One starting point as the library shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub template: OwnedTemplate,
    /// Whether its words are the app's own, in the language asked for; an agency's are as the
    /// agency wrote them.
    pub own: bool,
}

/// The whole library: the app's templates in `lang`, then the agency's, each part of life
/// together.
pub fn library_in(extra: &[OwnedTemplate], lang: Lang) -> Vec<Entry> {
    let own = templates_in(lang).iter().map(|t| Entry {
        template: t.to_owned_template(),
        own: true,
    });
    let agency = extra.iter().map(|t| Entry {
        template: t.clone(),
        own: false,
    });
    let mut all: Vec<Entry> = own.chain(agency).collect();
    // A stable sort keeps the app's own first within each part of life.
    all.sort_by_key(|e| e.template.domain);
    all
}

/// The entries for one part of life, with their places in `library`.
pub fn for_domain(library: &[Entry], domain: Domain) -> impl Iterator<Item = (usize, &Entry)> {
    library
        .iter()
        .enumerate()
        .filter(move |(_, e)| e.template.domain == domain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::goals::smart::{check, Letter};

    #[test]
    fn at_least_three_starting_points_for_each_major_part_of_life() {
        for d in [
            PhysicalHealth,
            Medications,
            MentalHealth,
            Housing,
            Food,
            Transportation,
            Money,
            SocialSupport,
            DailyLiving,
        ] {
            assert!(
                for_domain(&library_in(&[], Lang::En), d).count() >= 3,
                "{d:?}"
            );
        }
    }

    #[test]
    fn every_template_is_specific_and_measurable_once_a_baseline_is_added() {
        let start = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        for t in TEMPLATES {
            let mut goal = t.to_goal(start);
            if !goal.target.is_empty() {
                goal.baseline = match t.direction {
                    Direction::Decrease => "1000".into(),
                    _ => "0".into(),
                };
            }
            let marks = check(&goal, start);
            for m in &marks[..2] {
                assert!(m.pass, "{}: {:?} {}", t.title, m.letter, m.reason);
            }
            assert_eq!(marks[1].letter, Letter::Measurable);
            assert_eq!(goal.start_date, Some(start));
            goal.target_date = Some(start);
            let sentence = goal.sentence("Sam");
            assert!(
                !sentence.contains("  ") && !sentence.contains('?'),
                "{sentence}"
            );
        }
    }

    #[test]
    fn the_spanish_starting_points_match_the_english_ones_and_read_as_spanish_goals() {
        use crate::model::goals::smart::check_in;
        let start = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        assert_eq!(TEMPLATES_ES.len(), TEMPLATES.len());
        for (en, es) in TEMPLATES.iter().zip(TEMPLATES_ES) {
            assert_eq!(
                (en.domain, en.direction, en.target),
                (es.domain, es.direction, es.target),
                "{}",
                es.title
            );
            assert_eq!(en.outcome.is_empty(), es.outcome.is_empty(), "{}", es.title);
            assert_eq!(en.detail.is_empty(), es.detail.is_empty(), "{}", es.title);
            assert_eq!(en.unit.is_empty(), es.unit.is_empty(), "{}", es.title);
            let mut goal = es.to_goal(start);
            if !goal.target.is_empty() {
                goal.baseline = match es.direction {
                    Direction::Decrease => "1000".into(),
                    _ => "0".into(),
                };
            }
            let marks = check_in(&goal, start, Lang::Es);
            for m in &marks[..2] {
                assert!(m.pass, "{}: {:?} {}", es.title, m.letter, m.reason);
            }
            goal.target_date = Some(start);
            let sentence = goal.sentence_in("Sam", Lang::Es);
            assert!(
                !sentence.contains("  ") && !sentence.contains('?'),
                "{sentence}"
            );
            let words = format!("{} {sentence}", es.title);
            assert!(
                crate::model::lang::english_words(&words).is_empty(),
                "English in {words:?}"
            );
        }
        let mut walk = TEMPLATES_ES[0].to_goal(start);
        walk.baseline = "10".into();
        walk.target_date = NaiveDate::from_ymd_opt(2026, 12, 5);
        assert_eq!(
            walk.sentence_in("John", Lang::Es),
            "Para el 5 de diciembre de 2026, John va a caminar 50 pies sin ayuda, subiendo desde 10 pies hoy."
        );
    }

    #[test]
    fn in_spanish_the_agencys_templates_are_kept_as_written_and_told_apart() {
        let mut extra = TEMPLATES[0].to_owned_template();
        extra.domain = Housing;
        extra.title = "Keep the apartment".into();
        let all = library_in(std::slice::from_ref(&extra), Lang::Es);
        let housing: Vec<_> = for_domain(&all, Housing)
            .map(|(_, e)| (e.template.title.as_str(), e.own))
            .collect();
        assert_eq!(housing.first(), Some(&("Vivienda segura y estable", true)));
        assert_eq!(housing.last(), Some(&("Keep the apartment", false)));
    }

    #[test]
    fn the_agencys_templates_join_their_part_of_life_after_the_apps_own() {
        let mut extra = TEMPLATES[0].to_owned_template();
        extra.domain = Housing;
        extra.title = "Keep the apartment".into();
        let all = library_in(std::slice::from_ref(&extra), Lang::En);
        assert_eq!(all.len(), TEMPLATES.len() + 1);
        let housing: Vec<_> = for_domain(&all, Housing)
            .map(|(_, e)| e.template.title.as_str())
            .collect();
        assert_eq!(housing.last(), Some(&"Keep the apartment"));
        assert_eq!(
            housing.len(),
            for_domain(&library_in(&[], Lang::En), Housing).count() + 1
        );
        let (index, _) = for_domain(&all, Housing).last().unwrap();
        assert_eq!(all[index].template, extra);
        assert!(!all[index].own);
    }

    #[test]
    fn a_template_reads_as_a_sentence() {
        let start = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
        let mut g = TEMPLATES[0].to_goal(start);
        g.baseline = "10".into();
        g.target_date = NaiveDate::from_ymd_opt(2026, 12, 5);
        assert_eq!(
            g.sentence("John"),
            "By 5 December 2026, John will walk 50 feet without help, up from 10 feet today."
        );
        let all = library_in(&[], Lang::En);
        let pantry = for_domain(&all, Food)
            .map(|(_, e)| &e.template)
            .find(|t| t.title == "Use a food pantry");
        let mut g = pantry.map(|t| t.to_goal(start)).unwrap_or_default();
        g.baseline = "0".into();
        g.target_date = NaiveDate::from_ymd_opt(2027, 1, 31);
        assert_eq!(
            g.sentence("Maria"),
            "By 31 January 2027, Maria will visit a food pantry 2 times a month, up from 0 times a month today."
        );
    }
}
