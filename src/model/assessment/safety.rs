//! The crisis line shown beside a safety flag. 988 in the US by default; an agency will be able
//! to set its own (see the agency configuration issue).

/// How to reach urgent help, shown when a screen raises a safety flag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrisisLine {
    /// What to do, in one or two plain sentences.
    pub lines: Vec<String>,
    /// Whom to call in immediate danger.
    pub emergency: String,
}

impl Default for CrisisLine {
    /// The 988 Suicide & Crisis Lifeline (US), as worded in `reference/instruments.md` §7.
    fn default() -> Self {
        Self {
            lines: vec![
                "If you are having thoughts of hurting yourself, call or text 988 or chat at 988lifeline.org (988 Suicide & Crisis Lifeline: free, confidential, 24/7).".into(),
                "Veterans: dial 988 and press 1.".into(),
            ],
            emergency: "If you are in immediate danger, call 911.".into(),
        }
    }
}
