//! The words a person meets in the app that are not everyday words, each explained plainly.
//! The glossary page lists them; each step's guidance (`teaching::guidance`) names the entries
//! for the words it uses, and the step links to them.

/// One word and what it means, in plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// The anchor of its entry on the glossary page, e.g. `"baseline"`.
    pub slug: &'static str,
    /// The word as the app writes it.
    pub word: &'static str,
    /// What it means: short sentences, common words.
    pub plain: &'static str,
}

/// Every entry, in alphabetical order of `word`.
pub const TERMS: &[Term] = &[
    Term {
        slug: "action-step",
        word: "Action step",
        plain: "One small thing someone will do to reach a goal, with who does it and by when.",
    },
    Term {
        slug: "assessment",
        word: "Assessment",
        plain: "Looking at how things are now, in each part of life, often with short questionnaires. It shows what is going well and what needs help.",
    },
    Term {
        slug: "barrier",
        word: "Barrier",
        plain: "Anything that gets in the way, such as cost, no ride, no time, or instructions that are hard to understand.",
    },
    Term {
        slug: "baseline",
        word: "Baseline",
        plain: "Where things are at the start, as a number. Later numbers are compared with it to see what changed.",
    },
    Term {
        slug: "bio-psycho-social",
        word: "Bio-psycho-social",
        plain: "Looking at the body (bio), the mind and mood (psycho) and the life around the person (social) together.",
    },
    Term {
        slug: "care-plan",
        word: "Care plan",
        plain: "A written plan of what a person wants to change, the steps to get there, and who helps. It is made with the person, not for them.",
    },
    Term {
        slug: "care-team",
        word: "Care team",
        plain: "Everyone who helps with the plan: the person, family, friends, doctors, counselors, a case manager.",
    },
    Term {
        slug: "case-management",
        word: "Case management",
        plain: "Working with a person to find out what they need, make a plan, link them to services and check how it goes. The case manager is the one who coordinates it.",
    },
    Term {
        slug: "case-management-model",
        word: "Case-management model",
        plain: "The style of help. For example, linking the person to services (brokerage), or frequent hands-on support from a small team (intensive).",
    },
    Term {
        slug: "closure",
        word: "Closure",
        plain: "Ending the plan because the goals are met, or the person no longer needs or wants it.",
    },
    Term {
        slug: "crisis-line",
        word: "Crisis line",
        plain: "A phone number to call or text for urgent help, at any time of day or night.",
    },
    Term {
        slug: "evaluation",
        word: "Evaluation",
        plain: "Looking back at the end of a plan: which goals were met, and what helped or got in the way.",
    },
    Term {
        slug: "gas",
        word: "GAS (Goal Attainment Scaling)",
        plain: "A way to score how far a goal was reached. Five levels are written down, from much less than expected (\u{2212}2) to much more than expected (+2). Expected is 0.",
    },
    Term {
        slug: "hand-off",
        word: "Hand-off",
        plain: "Passing care from one service or person to another, with the information they need.",
    },
    Term {
        slug: "intake",
        word: "Intake",
        plain: "The first meeting: who the plan is for, who helps them, and how to stay in touch.",
    },
    Term {
        slug: "monitoring",
        word: "Monitoring",
        plain: "Checking in regularly to see how the plan is going, and changing it when needed.",
    },
    Term {
        slug: "need",
        word: "Need",
        plain: "Something that makes health or daily life harder and that the plan will work on, such as \u{201c}not enough food at the end of the month\u{201d}.",
    },
    Term {
        slug: "owner",
        word: "Owner",
        plain: "The one person or service responsible for a step.",
    },
    Term {
        slug: "patient-assistance-program",
        word: "Patient assistance program",
        plain: "A program, often run by a drug maker, that gives medicines free or at low cost to people who cannot pay.",
    },
    Term {
        slug: "phq-9",
        word: "PHQ-9",
        plain: "Nine questions about mood over the last two weeks. The total (0 to 27) shows how strong the signs of depression are.",
    },
    Term {
        slug: "positive-screen",
        word: "Positive screen",
        plain: "A questionnaire result that points to a possible need, to talk through with the person.",
    },
    Term {
        slug: "progress-entry",
        word: "Progress entry",
        plain: "A dated note or number showing how a goal is going.",
    },
    Term {
        slug: "referral",
        word: "Referral",
        plain: "Asking another service, such as a clinic or a food bank, to see the person or take them on.",
    },
    Term {
        slug: "review",
        word: "Review",
        plain: "A meeting to look at the plan together and decide what to change.",
    },
    Term {
        slug: "screening",
        word: "Screening",
        plain: "A short, tested set of questions that points to a possible need. It is not a diagnosis.",
    },
    Term {
        slug: "service",
        word: "Service",
        plain: "An organization or program that helps: a clinic, a food bank, a ride service, a support group.",
    },
    Term {
        slug: "smart",
        word: "SMART goal",
        plain: "A goal that is Specific (what exactly), Measurable (how you will know), Achievable (realistic for this person), Relevant (it matters to them) and Time-bound (by when).",
    },
    Term {
        slug: "strengths",
        word: "Strengths",
        plain: "What the person is good at or already has: skills, people, habits. A plan builds on them.",
    },
    Term {
        slug: "t-score",
        word: "T-score",
        plain: "One number that sums up the GAS scores of several goals. 50 means the goals came out as expected; above 50 is better than expected, below 50 worse.",
    },
    Term {
        slug: "target",
        word: "Target",
        plain: "The number or outcome to reach.",
    },
    Term {
        slug: "transition",
        word: "Transition",
        plain: "What happens when the plan ends or the person moves to another service: who takes over and what to keep doing.",
    },
];

/// The entry with this anchor.
pub fn term(slug: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_in_alphabetical_order_with_unique_anchors() {
        let words: Vec<String> = TERMS.iter().map(|t| t.word.to_lowercase()).collect();
        let mut sorted = words.clone();
        sorted.sort();
        assert_eq!(words, sorted);
        for (i, t) in TERMS.iter().enumerate() {
            assert!(
                TERMS[i + 1..].iter().all(|o| o.slug != t.slug),
                "{} twice",
                t.slug
            );
            assert_eq!(term(t.slug), Some(t));
        }
        assert_eq!(term("nothing"), None);
    }

    /// Plain words: short sentences, and an explanation that does not lean on the word itself.
    #[test]
    fn explanations_are_short_plain_sentences() {
        for t in TERMS {
            assert!(t.plain.ends_with('.'), "{}", t.word);
            for sentence in t.plain.split(". ") {
                let words = sentence.split_whitespace().count();
                assert!(words <= 30, "{}: {words} words in “{sentence}”", t.word);
            }
            let head = t.word.split(' ').next().unwrap_or_default().to_lowercase();
            assert!(
                !t.plain.to_lowercase().starts_with(&head),
                "{} explains itself with itself",
                t.word
            );
            assert!(t
                .slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        }
    }

    #[test]
    fn the_terms_the_issue_names_are_there() {
        for slug in ["assessment", "smart", "baseline", "referral", "gas"] {
            assert!(term(slug).is_some(), "{slug}");
        }
    }
}
