//! "Why this step matters": guidance for each step of the case-management process, in plain
//! words for patients, families and trainees. Structured, so a page can lay out each part and
//! show or hide it. In English (`guidance`, as the model keeps it) and in Spanish
//! (`guidance_in(step, Lang::Es)`); the words used are the glossary's, in either language.

use crate::model::lang::Lang;
use crate::model::steps::Step;

// The panel's own headings ("Why this step matters", ...) are interface text:
// `locales/*/guidance.json`.

/// The guidance for one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guidance {
    pub step: Step,
    /// What the step is for, and why it matters.
    pub what_it_is_for: &'static str,
    /// Signs of a good job, one per line.
    pub good_looks_like: &'static [&'static str],
    pub common_mistakes: &'static [Mistake],
    /// A short example from the practice cases.
    pub example: &'static str,
    /// Words used on the step that need explaining: anchors of `glossary::TERMS` entries.
    pub terms: &'static [&'static str],
}

/// A common mistake and what to do instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mistake {
    pub mistake: &'static str,
    pub instead: &'static str,
}

const fn m(mistake: &'static str, instead: &'static str) -> Mistake {
    Mistake { mistake, instead }
}

/// The guidance for `step`, in English.
pub fn guidance(step: Step) -> Guidance {
    guidance_in(step, Lang::En)
}

/// The guidance for `step` in `lang`. The words used (`terms`) are the same glossary entries
/// in every language; `Term::word_in` and `plain_in` give their words.
pub fn guidance_in(step: Step, lang: Lang) -> Guidance {
    let (what_it_is_for, good_looks_like, common_mistakes, example, terms) = match step {
        Step::Intake => INTAKE,
        Step::Assessment => ASSESSMENT,
        Step::Needs => NEEDS,
        Step::Goals => GOALS,
        Step::Actions => ACTIONS,
        Step::Monitoring => MONITORING,
        Step::Evaluation => EVALUATION,
        Step::Transition => TRANSITION,
        Step::Print => PRINT,
    };
    let (what_it_is_for, good_looks_like, common_mistakes, example) = match lang {
        Lang::En => (what_it_is_for, good_looks_like, common_mistakes, example),
        Lang::Es => spanish(step),
    };
    Guidance {
        step,
        what_it_is_for,
        good_looks_like,
        common_mistakes,
        example,
        terms,
    }
}

/// The Spanish of a step's guidance: what it is for, what good looks like, the common
/// mistakes and the example (its words used are the English's `terms`).
fn spanish(step: Step) -> Texts {
    match step {
        Step::Intake => INTAKE_ES,
        Step::Assessment => ASSESSMENT_ES,
        Step::Needs => NEEDS_ES,
        Step::Goals => GOALS_ES,
        Step::Actions => ACTIONS_ES,
        Step::Monitoring => MONITORING_ES,
        Step::Evaluation => EVALUATION_ES,
        Step::Transition => TRANSITION_ES,
        Step::Print => PRINT_ES,
    }
}

type Texts = (
    &'static str,
    &'static [&'static str],
    &'static [Mistake],
    &'static str,
);

type Parts = (
    &'static str,
    &'static [&'static str],
    &'static [Mistake],
    &'static str,
    &'static [&'static str],
);

const INTAKE: Parts = (
    "Intake is the first meeting. It sets out who the plan is for, what matters to them, who already helps, and how you will work together. A good start builds trust, and trust is what makes the rest of the plan work.",
    &[
        "The name the person likes to be called, and how they like to be contacted.",
        "What matters most to them, written in their own words.",
        "Everyone who helps, family and friends as well as professionals, with a way to reach them.",
        "A case-management model chosen on purpose and explained to the person.",
    ],
    &[
        m("Filling in the form instead of listening.", "Let the person tell their story first, then fill in the form from what they said."),
        m("Writing what matters in staff words, such as \u{201c}non-compliant\u{201d}.", "Quote the person: \u{201c}I want to stay in my own home.\u{201d}"),
        m("Leaving family and friends off the care team.", "Ask whom they count on, and add them if the person agrees."),
    ],
    "Sandra says what matters most is \u{201c}staying in my own home and out of the hospital\u{201d}. Her daughter Linda, her nurse case manager and her doctor go on the care team.",
    &[
        "care-plan",
        "case-management",
        "care-team",
        "case-management-model",
    ],
);

const ASSESSMENT: Parts = (
    "The assessment looks at the whole of a person's life, not just an illness, to find what is hard and what is going well. A need that is not found here is usually missing from the plan too.",
    &[
        "Every part of life looked at, including housing, money, food, transport and support, not only health.",
        "Strengths written down as well as problems: they are what the plan builds on.",
        "Screening questionnaires asked in full, word for word, and scored by the app.",
        "Barriers ticked: what has got in the way of care, such as cost or no ride.",
        "Concerns written in the person's own words.",
        "After a safety flag, a safety plan offered and made with the person, in their own words.",
    ],
    &[
        m("Looking only at the diagnosis.", "A person with diabetes may also have no ride to the clinic or no money for medicines. Go through every part of life."),
        m("Writing down only problems.", "Note strengths too: a sister who calls every week, a steady job, going to meetings."),
        m("Skipping barriers.", "Ask what got in the way before. A barrier missed now will block the plan later."),
        m("Changing the words of a screening questionnaire.", "Read it exactly as written, so the score means what it should."),
    ],
    "John's screening shows no steady place to live and no reliable transport, and his depression score (PHQ-9) is 13, in the moderate range. His strengths: 12 days without a drink, and a sister who calls every Sunday.",
    &[
        "assessment",
        "bio-psycho-social",
        "screening",
        "phq-9",
        "barrier",
        "safety-plan",
    ],
);

const NEEDS: Parts = (
    "Needs turn what the assessment found into the problems the plan will work on, in the order that matters to the person. Goals, steps and services all hang from them.",
    &[
        "Each need written in plain words as a problem, not as a service (\u{201c}no safe place to live\u{201d}, not \u{201c}refer to housing\u{201d}).",
        "Linked to what the assessment found, so anyone can see why it is there.",
        "Put in order with the person: what matters most to them first.",
        "Every finding of the assessment either made a need or set aside with the person.",
    ],
    &[
        m("Writing a service as the need (\u{201c}needs a referral\u{201d}).", "Name the problem; the referral comes later, as a step."),
        m("Ordering needs by what staff think matters.", "Ask the person what to work on first. Urgent safety needs still come first."),
        m("Missing a need the assessment pointed to.", "Go through every positive screen and every part of life rated high need, and accept or set aside each one."),
    ],
    "James: 1. Choosing a treatment he understands, with counseling and doctor follow-up that fit together. 2. Getting back to what he enjoys: Saturday rides with his friend Sam.",
    &[
        "need",
        "positive-screen",
        "referral",
    ],
);

const GOALS: Parts = (
    "A goal says what will be different, and by when, in a way anyone can check. Clear goals let the person see progress, and let everyone know whether the plan is working.",
    &[
        "SMART: specific, measurable, achievable, relevant and time-bound.",
        "Chosen by the person, for a reason they give in their own words.",
        "A starting point (baseline) and a target with a unit, or an outcome anyone could see.",
        "Confidence of 7 or more out of 10; if it is lower, a smaller first step.",
        "Linked to the need it helps with, and at least one goal for each need that matters most.",
    ],
    &[
        m("Goals that are tasks: \u{201c}call the housing office\u{201d}.", "A task is a step. Ask what the call is for: \u{201c}move into safe housing within two months\u{201d}."),
        m("Goals the person did not choose: \u{201c}John will take his medicine as told\u{201d}.", "Ask what the person wants and why, and write the reason in their words."),
        m("Vague words with no measure: \u{201c}improve mood\u{201d}, \u{201c}eat better\u{201d}.", "Say how much, and how it will be seen: \u{201c}walk 20 minutes a day, 5 days a week\u{201d}."),
        m("No date, or a date years away.", "Pick a date a few weeks or months away; break a big goal into shorter ones."),
        m("Missing barriers: ignoring what could get in the way.", "Write the known barriers and the supports next to the goal, and plan a step for each barrier."),
    ],
    "Sandra will take all her medicines as on her schedule 7 days a week, using a weekly pill box, up from 3 days a week today, within four weeks. Why: \u{201c}I want to stay out of the hospital and in my own home.\u{201d}",
    &[
        "smart",
        "baseline",
        "target",
        "barrier",
    ],
);

const ACTIONS: Parts = (
    "Action steps turn a goal into who does what, and when. Services and referrals bring in help from outside. A step with no one named and no date quietly does not happen.",
    &[
        "Every step has an owner (the person, someone on the care team, or a service) and a date.",
        "Small steps; the first one can be done this week.",
        "Each barrier found in the assessment has a step that deals with it.",
        "Each referral recorded with the organization, the date it was sent and the next appointment.",
        "The person does some steps themselves, with help where needed.",
    ],
    &[
        m("Steps with no owner: \u{201c}housing to be arranged\u{201d}.", "Name who: the person, a family member, the case manager or a service."),
        m("Steps with no date.", "Give each step a date, or a repeat such as every week."),
        m("Missing barriers: a referral to a clinic the person cannot get to.", "For each barrier, add a step: a bus pass, a ride service, an interpreter, instructions in plain words."),
        m("The case manager does everything.", "Share the steps, so the person builds skills and confidence."),
    ],
    "John's goal is to get to all his appointments. Steps: apply for a reduced-fare bus pass (John, this week); book rides with the ride service (Ana, his case manager, within two weeks). Barrier dealt with: no easy way to get there.",
    &[
        "action-step",
        "service",
        "referral",
        "owner",
        "patient-assistance-program",
    ],
);

const MONITORING: Parts = (
    "Monitoring means checking in regularly to see what is working, what is not, and what has changed. Plans go stale quickly; regular reviews keep them useful and catch problems early.",
    &[
        "A review schedule set from the start, such as every two weeks, plus dates after key events.",
        "Progress written down for each goal, with numbers where the goal has them.",
        "The person takes part in every review.",
        "The plan changes when needs change: new needs added, steps adjusted.",
    ],
    &[
        m("No review date: the plan is written and filed away.", "Set the next review before the meeting ends."),
        m("Reviewing without the person.", "Hold the review with them, by phone if needed."),
        m("Keeping a goal that is clearly not working.", "Talk about what got in the way, then choose a smaller step or a different way."),
    ],
    "James's plan is reviewed every four weeks, with one extra review just after his doctor's follow-up visit.",
    &[
        "monitoring",
        "review",
        "progress-entry",
    ],
);

const EVALUATION: Parts = (
    "Evaluation looks back: which goals were met, which were not, and why. It shows what helped, so the next plan can build on it.",
    &[
        "Each goal marked met, partly met or not met, with the reason.",
        "A comparable rating with Goal Attainment Scaling where it helps.",
        "The person's own view of what changed.",
        "Lessons carried into the next plan.",
    ],
    &[
        m("Counting only whether steps were done.", "Look at the goal itself: did the thing that matters change?"),
        m("Blaming the person when a goal was not met.", "Ask what got in the way; often it is a barrier the plan did not deal with."),
        m("Skipping evaluation when the plan closes.", "Take ten minutes to look at each goal together."),
    ],
    "Sandra had no hospital visits in three months: goal met. She still mixes up her evening pills: partly met, so the pharmacist will add picture labels.",
    &[
        "evaluation",
        "gas",
        "t-score",
    ],
);

const TRANSITION: Parts = (
    "Transition is how the plan ends or moves on: to another service, another place, or to the person managing on their own. A planned hand-off stops people falling through the gaps.",
    &[
        "The next setting and who takes over, with contact details.",
        "What to do, and whom to call, if things get worse.",
        "A follow-up check after the hand-off.",
        "Needs still open passed on, not dropped.",
    ],
    &[
        m("Closing the plan without telling the next service.", "Send a summary and check that it arrived."),
        m("No plan for setbacks.", "Write down the warning signs and the number to call."),
        m("Leaving open needs behind.", "List every need not yet resolved and who will work on it next."),
    ],
    "When John moves into sober housing in the next county, his plan goes to the case manager there, and a follow-up call is set for two weeks later.",
    &[
        "transition",
        "hand-off",
        "closure",
    ],
);

const PRINT: Parts = (
    "The printed plan is what the person takes home and shares with family and the care team. A clear page helps everyone remember who does what, and by when.",
    &[
        "Plain words and large text the person can read.",
        "Goals, steps with owners and dates, services with contacts, and the next review date.",
        "Whom to call in a crisis, on the page.",
        "A practice plan clearly marked as practice.",
    ],
    &[
        m("Printing staff notes the person has not seen.", "Print only what the person agrees to share."),
        m("Handing over a long, dense document.", "Keep it short; the one-page \u{201c}my plan\u{201d} is often best."),
        m("Forgetting who else needs a copy.", "Ask the person who should have one, such as a caregiver."),
    ],
    "Sandra keeps her one-page plan on the fridge, next to her large-print medicine schedule.",
    &["care-plan", "crisis-line"],
);

// In Spanish: plain words a patient understands, "usted", and the words the Spanish steps use.

const INTAKE_ES: Texts = (
    "La admisión es la primera reunión. Aquí se anota para quién es el plan, qué le importa, quiénes ya le ayudan y cómo van a trabajar juntos. Un buen comienzo crea confianza, y la confianza es lo que hace funcionar el resto del plan.",
    &[
        "El nombre con el que a la persona le gusta que la llamen, y cómo prefiere que la contacten.",
        "Lo que más le importa, escrito con sus propias palabras.",
        "Todos los que ayudan, la familia y las amistades además de los profesionales, con una forma de comunicarse con ellos.",
        "Un modelo de administración de casos elegido a propósito y explicado a la persona.",
    ],
    &[
        m("Llenar el formulario en vez de escuchar.", "Deje que la persona cuente primero su historia. Después llene el formulario con lo que dijo."),
        m("Escribir lo que importa con palabras del personal, como \u{201c}no cumple\u{201d}.", "Use las palabras de la persona: \u{201c}Quiero quedarme en mi propia casa\u{201d}."),
        m("Dejar a la familia y a las amistades fuera del equipo de cuidado.", "Pregunte con quién cuenta la persona, y agréguelos si ella está de acuerdo."),
    ],
    "Sandra dice que lo que más le importa es \u{201c}quedarme en mi propia casa y fuera del hospital\u{201d}. Su hija Linda, la enfermera que administra su caso y su médico forman parte del equipo de cuidado.",
);

const ASSESSMENT_ES: Texts = (
    "La valoración mira toda la vida de la persona, no solo una enfermedad, para encontrar lo que es difícil y lo que va bien. Una necesidad que no se encuentra aquí casi siempre falta también en el plan.",
    &[
        "Se mira cada parte de la vida, no solo la salud: también la vivienda, el dinero, la comida, el transporte y el apoyo.",
        "Se anotan las fortalezas además de los problemas: son la base del plan.",
        "Los cuestionarios de tamizaje se hacen completos, palabra por palabra, y la aplicación calcula la puntuación.",
        "Se marcan los obstáculos: lo que ha impedido recibir cuidado, como el costo o no tener cómo llegar.",
        "Las preocupaciones se escriben con las propias palabras de la persona.",
        "Después de una señal de riesgo, se ofrece un plan de seguridad y se hace con la persona, con sus propias palabras.",
    ],
    &[
        m("Mirar solo el diagnóstico.", "Una persona con diabetes quizás tampoco tiene cómo llegar a la clínica o dinero para sus medicinas. Revise cada parte de la vida."),
        m("Anotar solo los problemas.", "Anote también las fortalezas: una hermana que llama cada semana, un trabajo estable, ir a las reuniones."),
        m("Saltarse los obstáculos.", "Pregunte qué fue un obstáculo antes. Un obstáculo que no se ve ahora va a frenar el plan más adelante."),
        m("Cambiar las palabras de un cuestionario de tamizaje.", "Léalo tal como está escrito, para que la puntuación signifique lo que debe."),
    ],
    "El tamizaje de John muestra que no tiene un lugar fijo para vivir ni un transporte con el que pueda contar. Su puntuación de depresión (PHQ-9) es 13, en el rango moderado. Sus fortalezas: 12 días sin tomar alcohol, y una hermana que lo llama cada domingo.",
);

const NEEDS_ES: Texts = (
    "Las necesidades convierten lo que encontró la valoración en los problemas en los que va a trabajar el plan, en el orden que le importa a la persona. Las metas, los pasos y los servicios parten de ellas.",
    &[
        "Cada necesidad está escrita con palabras sencillas como un problema, no como un servicio (\u{201c}no tiene un lugar seguro para vivir\u{201d}, no \u{201c}referir a vivienda\u{201d}).",
        "Está unida a lo que encontró la valoración, para que cualquiera vea por qué está ahí.",
        "Se ordenan con la persona: primero lo que más le importa.",
        "Cada cosa que encontró la valoración se vuelve una necesidad, o se deja de lado junto con la persona.",
    ],
    &[
        m("Escribir un servicio como necesidad (\u{201c}necesita un referido\u{201d}).", "Nombre el problema; el referido viene después, como un paso."),
        m("Ordenar las necesidades según lo que el personal cree que importa.", "Pregunte a la persona en qué quiere trabajar primero. Las necesidades urgentes de seguridad siguen yendo primero."),
        m("Pasar por alto una necesidad que la valoración señaló.", "Revise cada resultado positivo de un tamizaje y cada parte de la vida con necesidad alta. Acepte cada uno, o déjelo de lado."),
    ],
    "James: 1. Elegir un tratamiento que entienda, con consejería y citas con el médico que encajen entre sí. 2. Volver a lo que disfruta: los paseos de los sábados con su amigo Sam.",
);

const GOALS_ES: Texts = (
    "Una meta dice qué va a cambiar, y para cuándo, de una forma que cualquiera puede comprobar. Con metas claras, la persona ve su avance y todos saben si el plan funciona.",
    &[
        "SMART (sigla en inglés): específica, medible, alcanzable, relevante y con una fecha.",
        "La elige la persona, por una razón que da con sus propias palabras.",
        "Un punto de partida (línea de base) y un número a alcanzar con su unidad, o un resultado que cualquiera podría ver.",
        "Una seguridad de 7 o más de 10; si es menor, un primer paso más pequeño.",
        "Está unida a la necesidad con la que ayuda, y hay al menos una meta para cada necesidad que más importa.",
    ],
    &[
        m("Metas que son tareas: \u{201c}llamar a la oficina de vivienda\u{201d}.", "Una tarea es un paso. Pregunte para qué es la llamada: \u{201c}mudarse a una vivienda segura en dos meses\u{201d}."),
        m("Metas que la persona no eligió: \u{201c}John va a tomar su medicina como se le indicó\u{201d}.", "Pregunte qué quiere la persona y por qué, y escriba la razón con sus palabras."),
        m("Palabras vagas, sin medida: \u{201c}mejorar el ánimo\u{201d}, \u{201c}comer mejor\u{201d}.", "Diga cuánto, y cómo se va a ver: \u{201c}caminar 20 minutos al día, 5 días a la semana\u{201d}."),
        m("Sin fecha, o con una fecha dentro de años.", "Elija una fecha dentro de unas semanas o meses. Divida una meta grande en otras más cortas."),
        m("Olvidar los obstáculos: no pensar en lo que podría estorbar.", "Escriba junto a la meta los obstáculos que conoce y los apoyos, y planee un paso para cada obstáculo."),
    ],
    "Sandra va a tomar todas sus medicinas según su horario 7 días a la semana, con un pastillero semanal, en un plazo de cuatro semanas. Hoy las toma 3 días a la semana. Por qué: \u{201c}Quiero quedarme fuera del hospital y en mi propia casa.\u{201d}",
);

const ACTIONS_ES: Texts = (
    "Los pasos de acción convierten una meta en quién hace qué y para cuándo. Los servicios y los referidos traen ayuda de fuera. Un paso sin nadie a cargo y sin fecha no se hace, y nadie lo nota.",
    &[
        "Cada paso tiene un responsable (la persona, alguien del equipo de cuidado o un servicio) y una fecha.",
        "Pasos pequeños; el primero se puede hacer esta semana.",
        "Cada obstáculo que encontró la valoración tiene un paso que se ocupa de él.",
        "Cada referido se anota con la organización, la fecha en que se envió y la próxima cita.",
        "La persona hace algunos pasos ella misma, con ayuda donde haga falta.",
    ],
    &[
        m("Pasos sin responsable: \u{201c}se va a conseguir vivienda\u{201d}.", "Diga quién: la persona, un familiar, el administrador de casos o un servicio."),
        m("Pasos sin fecha.", "Dele a cada paso una fecha, o que se repita, por ejemplo cada semana."),
        m("Olvidar los obstáculos: un referido a una clínica a la que la persona no puede llegar.", "Para cada obstáculo, agregue un paso: un pase de autobús, un servicio de transporte, un intérprete, instrucciones con palabras sencillas."),
        m("El administrador de casos lo hace todo.", "Repartan los pasos, para que la persona gane habilidad y confianza."),
    ],
    "La meta de John es llegar a todas sus citas. Pasos: pedir un pase de autobús con tarifa reducida (John, esta semana); reservar viajes con el servicio de transporte (Ana, su administradora de casos, en dos semanas). Obstáculo atendido: no tiene una forma fácil de llegar.",
);

const MONITORING_ES: Texts = (
    "El seguimiento es revisar con regularidad qué funciona, qué no y qué cambió. Los planes quedan viejos muy rápido. Las revisiones periódicas los mantienen útiles y encuentran los problemas a tiempo.",
    &[
        "Un calendario de revisiones fijado desde el principio, por ejemplo cada dos semanas, y fechas después de sucesos importantes.",
        "El avance de cada meta anotado, con números cuando la meta los tiene.",
        "La persona participa en cada revisión.",
        "El plan cambia cuando cambian las necesidades: se agregan necesidades nuevas y se ajustan los pasos.",
    ],
    &[
        m("Sin fecha de revisión: el plan se escribe y se archiva.", "Fije la próxima revisión antes de que termine la reunión."),
        m("Revisar sin la persona.", "Haga la revisión con ella, por teléfono si hace falta."),
        m("Mantener una meta que claramente no funciona.", "Hablen de lo que fue un obstáculo. Luego elijan un paso más pequeño o un camino distinto."),
    ],
    "El plan de James se revisa cada cuatro semanas, con una revisión más justo después de su cita de seguimiento con el médico.",
);

const EVALUATION_ES: Texts = (
    "La evaluación mira hacia atrás: qué metas se cumplieron, cuáles no y por qué. Muestra lo que ayudó, para que el próximo plan parta de ahí.",
    &[
        "Cada meta marcada como se cumplió, se cumplió en parte o no se cumplió, con la razón.",
        "Una calificación que se puede comparar, con la Escala de Logro de Metas (GAS) cuando ayuda.",
        "Lo que la persona misma piensa que cambió.",
        "Lo aprendido pasa al próximo plan.",
    ],
    &[
        m("Contar solo si se hicieron los pasos.", "Mire la meta misma: ¿cambió lo que importa?"),
        m("Culpar a la persona cuando una meta no se cumplió.", "Pregunte qué fue un obstáculo. Muchas veces es un obstáculo del que el plan no se ocupó."),
        m("Saltarse la evaluación cuando el plan se cierra.", "Tómense diez minutos para mirar juntos cada meta."),
    ],
    "Sandra no tuvo que ir al hospital en tres meses: la meta se cumplió. Todavía confunde sus pastillas de la noche: se cumplió en parte, así que el farmacéutico va a agregar etiquetas con dibujos.",
);

const TRANSITION_ES: Texts = (
    "La transición es cómo termina el plan o cómo pasa a otro lugar: a otro servicio, a otro sitio, o a que la persona se maneje por su cuenta. Un traspaso bien planeado evita que alguien se quede sin ayuda en el camino.",
    &[
        "Adónde va la persona después y quién sigue con el cuidado, con sus datos de contacto.",
        "Qué hacer, y a quién llamar, si las cosas empeoran.",
        "Una llamada de seguimiento después del traspaso.",
        "Las necesidades que siguen pendientes se pasan a otros, no se abandonan.",
    ],
    &[
        m("Cerrar el plan sin avisar al próximo servicio.", "Envíe un resumen y confirme que llegó."),
        m("No tener un plan por si hay retrocesos.", "Anote las señales de alerta y el número al que se debe llamar."),
        m("Dejar atrás necesidades pendientes.", "Haga una lista de cada necesidad sin resolver y de quién va a trabajar en ella después."),
    ],
    "Cuando John se mude a una vivienda para personas en recuperación en el condado vecino, su plan pasa al administrador de casos de allá. Se fija una llamada de seguimiento dos semanas después.",
);

const PRINT_ES: Texts = (
    "El plan impreso es lo que la persona se lleva a casa y comparte con su familia y el equipo de cuidado. Una página clara ayuda a todos a recordar quién hace qué y para cuándo.",
    &[
        "Palabras sencillas y letra grande que la persona pueda leer.",
        "Las metas, los pasos con su responsable y su fecha, los servicios con sus contactos y la fecha de la próxima revisión.",
        "A quién llamar en una crisis, en la misma página.",
        "Un plan de práctica marcado claramente como práctica.",
    ],
    &[
        m("Imprimir notas del personal que la persona no ha visto.", "Imprima solo lo que la persona acepta compartir."),
        m("Entregar un documento largo y difícil de leer.", "Que sea corto; muchas veces lo mejor es la página \u{201c}Mi plan\u{201d}."),
        m("Olvidar quién más necesita una copia.", "Pregunte a la persona quién debería tener una, por ejemplo quien la cuida."),
    ],
    "Sandra tiene su plan de una página en el refrigerador, junto a su horario de medicinas en letra grande.",
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::glossary::term;

    fn all_text(g: &Guidance) -> String {
        let mut parts = vec![g.what_it_is_for, g.example];
        parts.extend(g.good_looks_like);
        for mistake in g.common_mistakes {
            parts.push(mistake.mistake);
            parts.push(mistake.instead);
        }
        parts.join(" ")
    }

    #[test]
    fn every_step_has_every_part() {
        for step in Step::ALL {
            let g = guidance(step);
            assert_eq!(g.step, step);
            assert!(g.what_it_is_for.len() > 60, "{step:?}");
            assert!(g.good_looks_like.len() >= 3, "{step:?}");
            assert!(g.common_mistakes.len() >= 3, "{step:?}");
            assert!(!g.example.is_empty(), "{step:?}");
            assert!(!g.terms.is_empty(), "{step:?}");
            for slug in g.terms {
                assert!(term(slug).is_some(), "{step:?}: no glossary entry {slug}");
            }
        }
    }

    #[test]
    fn the_mistakes_trainers_ask_about_are_covered() {
        let goals = all_text(&guidance(Step::Goals));
        assert!(goals.contains("tasks"));
        assert!(goals.contains("did not choose"));
        assert!(goals.contains("Missing barriers"));
        assert!(all_text(&guidance(Step::Actions)).contains("Missing barriers"));
        assert!(all_text(&guidance(Step::Monitoring)).contains("No review date"));
    }

    #[test]
    fn clinical_words_are_explained_where_they_are_used() {
        let jargon = [
            "PHQ-9",
            "SMART",
            "baseline",
            "referral",
            "bio-psycho-social",
            "Goal Attainment Scaling",
            "patient assistance program",
        ];
        for step in Step::ALL {
            let g = guidance(step);
            let text = all_text(&g).to_lowercase();
            for word in jargon {
                if text.contains(&word.to_lowercase()) {
                    assert!(
                        g.terms
                            .iter()
                            .filter_map(|slug| term(slug))
                            .any(|t| t.word.to_lowercase().contains(&word.to_lowercase())),
                        "{step:?} uses {word} without explaining it"
                    );
                }
            }
        }
    }

    /// The sentences of a text, cut at each full stop followed by more.
    fn longest_sentence(text: &str) -> usize {
        text.split(". ")
            .map(|s| s.split_whitespace().count())
            .max()
            .unwrap_or_default()
    }

    /// Plain words for patients: no long sentences, in either language.
    #[test]
    fn sentences_are_short_in_both_languages() {
        for step in Step::ALL {
            for (lang, most) in [(Lang::En, 30), (Lang::Es, 32)] {
                let g = guidance_in(step, lang);
                let mut texts = vec![g.what_it_is_for, g.example];
                texts.extend(g.good_looks_like);
                for mistake in g.common_mistakes {
                    texts.extend([mistake.mistake, mistake.instead]);
                }
                for text in texts {
                    let words = longest_sentence(text);
                    assert!(words <= most, "{step:?} {lang:?}: {words} words in {text}");
                }
            }
        }
    }

    #[test]
    fn english_is_what_the_model_keeps() {
        for step in Step::ALL {
            assert_eq!(guidance(step), guidance_in(step, Lang::En));
        }
    }

    /// Every step in Spanish: each part there, translated (not the English), the same number
    /// of lines as the English, and the same words explained.
    #[test]
    fn every_step_has_every_part_in_spanish() {
        for step in Step::ALL {
            let en = guidance(step);
            let es = guidance_in(step, Lang::Es);
            assert_eq!(es.step, step);
            assert_eq!(es.terms, en.terms, "{step:?}");
            assert!(es.what_it_is_for.len() > 60, "{step:?}");
            assert!(!es.example.is_empty(), "{step:?}");
            assert_eq!(
                es.good_looks_like.len(),
                en.good_looks_like.len(),
                "{step:?}"
            );
            assert_eq!(
                es.common_mistakes.len(),
                en.common_mistakes.len(),
                "{step:?}"
            );
            assert_ne!(es.what_it_is_for, en.what_it_is_for, "{step:?}");
            assert_ne!(es.example, en.example, "{step:?}");
            for (a, b) in es.good_looks_like.iter().zip(en.good_looks_like) {
                assert_ne!(a, b, "{step:?}");
                assert!(!a.trim().is_empty(), "{step:?}");
            }
            for (a, b) in es.common_mistakes.iter().zip(en.common_mistakes) {
                assert_ne!(a.mistake, b.mistake, "{step:?}");
                assert_ne!(a.instead, b.instead, "{step:?}");
                assert!(!a.mistake.trim().is_empty() && !a.instead.trim().is_empty());
            }
            // Spanish words, not English ones left behind.
            let text = all_text(&es).to_lowercase();
            for english in [" the ", " and ", " with ", " what ", " who "] {
                assert!(!text.contains(english), "{step:?}: {english:?}");
            }
            // The people in the examples keep their names.
            for name in ["Sandra", "John", "James", "Linda", "Ana", "Sam"] {
                assert_eq!(
                    en.example.contains(name),
                    es.example.contains(name),
                    "{step:?}: {name}"
                );
            }
        }
    }

    #[test]
    fn the_mistakes_trainers_ask_about_are_covered_in_spanish() {
        let goals = all_text(&guidance_in(Step::Goals, Lang::Es));
        assert!(goals.contains("tareas"));
        assert!(goals.contains("no eligió"));
        assert!(goals.contains("Olvidar los obstáculos"));
        assert!(all_text(&guidance_in(Step::Actions, Lang::Es)).contains("Olvidar los obstáculos"));
        assert!(
            all_text(&guidance_in(Step::Monitoring, Lang::Es)).contains("Sin fecha de revisión")
        );
    }

    #[test]
    fn clinical_words_are_explained_where_they_are_used_in_spanish() {
        let jargon = [
            "PHQ-9",
            "SMART",
            "línea de base",
            "referido",
            "bio-psico-social",
            "escala de logro de metas",
            "programa de ayuda al paciente",
        ];
        for step in Step::ALL {
            let g = guidance_in(step, Lang::Es);
            let text = all_text(&g).to_lowercase();
            for word in jargon {
                if text.contains(&word.to_lowercase()) {
                    assert!(
                        g.terms.iter().filter_map(|slug| term(slug)).any(|t| t
                            .word_in(Lang::Es)
                            .to_lowercase()
                            .contains(&word.to_lowercase())),
                        "{step:?} uses {word} without explaining it"
                    );
                }
            }
        }
    }
}
