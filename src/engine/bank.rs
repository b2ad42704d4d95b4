//! The two question banks and the answer scales.
//!
//! - `quick` ([`quick::QUICK`]): the prospect's self-assessment, about 30 questions with
//!   five concrete maturity options each, plus "Don't know".
//! - `full`: the vCIO's deep assessment, one question per framework service (139), answered
//!   Not in place / Partly / In place (levels 0, 2, 4), "Don't know" or "Not applicable".
//!
//! Questions are addressed by stable string IDs, never by position.

pub mod quick;

use crate::engine::answers::Answer;
use crate::engine::framework::{self, BlockId, Weight};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::OnceLock;

/// Which question bank an assessment uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BankId {
    /// The prospect's self-assessment.
    Quick,
    /// The vCIO's deep assessment, one question per service.
    Full,
}

impl BankId {
    /// The stable string ID.
    pub fn as_str(self) -> &'static str {
        match self {
            BankId::Quick => "quick",
            BankId::Full => "full",
        }
    }

    /// The bank itself.
    pub fn bank(self) -> &'static Bank {
        match self {
            BankId::Quick => Bank::quick(),
            BankId::Full => Bank::full(),
        }
    }
}

impl fmt::Display for BankId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A quick-bank question as written in [`quick::QUICK`].
#[derive(Debug)]
pub struct QuickQuestion {
    /// Stable ID.
    pub id: &'static str,
    /// The block the question belongs to (all its services are in this block).
    pub block: BlockId,
    /// The framework services the question probes.
    pub services: &'static [&'static str],
    /// Priority weight.
    pub weight: Weight,
    /// The question as the prospect reads it.
    pub text: &'static str,
    /// A short explanation shown on demand.
    pub help: &'static str,
    /// What each maturity level 0–4 looks like for this question.
    pub options: [&'static str; 5],
}

/// How a question is answered.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Scale {
    /// Five concrete options for levels 0–4, plus "Don't know".
    Levels {
        /// Option text per level, index = level.
        options: [&'static str; 5],
    },
    /// Not in place (0) / Partly (2) / In place (4), "Don't know" or "Not applicable".
    InPlace,
}

/// Labels of the [`Scale::InPlace`] answers, by level.
pub const IN_PLACE_LABELS: [(u8, &str); 3] = [(0, "Not in place"), (2, "Partly"), (4, "In place")];

impl Scale {
    /// Whether an answer is valid on this scale: levels 0–4 (quick) or 0, 2, 4 (full);
    /// "Don't know" always; "Not applicable" on the full bank's scale only.
    pub fn accepts(&self, answer: Answer) -> bool {
        match (self, answer) {
            (Scale::Levels { .. }, Answer::Level(l)) => l <= 4,
            (Scale::InPlace, Answer::Level(l)) => matches!(l, 0 | 2 | 4),
            (_, Answer::DontKnow) => true,
            (Scale::InPlace, Answer::NotApplicable) => true,
            (Scale::Levels { .. }, Answer::NotApplicable) => false,
        }
    }

    /// A description of the accepted answers, for error messages.
    pub fn accepted(&self) -> &'static str {
        match self {
            Scale::Levels { .. } => "a level 0-4 or \"dont_know\"",
            Scale::InPlace => {
                "0 (not in place), 2 (partly), 4 (in place), \"dont_know\" or \"na\" (not applicable)"
            }
        }
    }
}

/// A question of either bank.
#[derive(Debug, Clone, Serialize)]
pub struct Question {
    /// Stable ID (quick: a slug; full: the service ID).
    pub id: &'static str,
    /// The block it belongs to.
    pub block: BlockId,
    /// The delivery areas it covers (all in `block`), in framework order.
    pub areas: Vec<&'static str>,
    /// The services it probes.
    pub services: Vec<&'static str>,
    /// Priority weight.
    pub weight: Weight,
    /// The question text.
    pub text: &'static str,
    /// Help shown on demand.
    pub help: &'static str,
    /// How it is answered.
    pub scale: Scale,
}

/// A question bank.
#[derive(Debug, Serialize)]
pub struct Bank {
    /// Which bank.
    pub id: BankId,
    /// Version of the bank's content; bumped whenever questions change meaning.
    pub version: u32,
    /// Questions grouped by block in framework order.
    pub questions: Vec<Question>,
}

/// The current version of the quick bank.
pub const QUICK_VERSION: u32 = 1;
/// The current version of the full bank.
pub const FULL_VERSION: u32 = 1;

impl Bank {
    /// The quick bank (built once).
    pub fn quick() -> &'static Bank {
        static BANK: OnceLock<Bank> = OnceLock::new();
        BANK.get_or_init(|| Bank {
            id: BankId::Quick,
            version: QUICK_VERSION,
            questions: quick::QUICK.iter().map(quick_question).collect(),
        })
    }

    /// The full bank: one question per framework service (built once).
    pub fn full() -> &'static Bank {
        static BANK: OnceLock<Bank> = OnceLock::new();
        BANK.get_or_init(|| Bank {
            id: BankId::Full,
            version: FULL_VERSION,
            questions: framework::services()
                .map(|(area, s)| Question {
                    id: s.id,
                    block: area.block,
                    areas: vec![area.id],
                    services: vec![s.id],
                    weight: s.weight,
                    text: s.name,
                    help: s.help(),
                    scale: Scale::InPlace,
                })
                .collect(),
        })
    }

    /// Looks up a question by ID.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Position of a question by ID.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }
}

fn quick_question(q: &'static QuickQuestion) -> Question {
    // Areas follow from the services, in framework order; unknown services are caught by
    // the data tests, so they simply contribute no area here.
    let areas = framework::AREAS
        .iter()
        .filter(|a| a.services.iter().any(|s| q.services.contains(&s.id)))
        .map(|a| a.id)
        .collect();
    Question {
        id: q.id,
        block: q.block,
        areas,
        services: q.services.to_vec(),
        weight: q.weight,
        text: q.text,
        help: q.help,
        scale: Scale::Levels { options: q.options },
    }
}
