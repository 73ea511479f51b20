//! "Why this step matters": guidance for each step of the case-management process, in plain
//! words for patients, families and trainees. Structured, so a page can lay out each part and
//! show or hide it.

use crate::model::steps::Step;

/// The panel's heading, the same on every step.
pub const HEADING: &str = "Why this step matters";

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

/// The guidance for `step`.
pub fn guidance(step: Step) -> Guidance {
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
    Guidance {
        step,
        what_it_is_for,
        good_looks_like,
        common_mistakes,
        example,
        terms,
    }
}

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
}
