//! Which question bank an assessment uses, by its stable ID.

use serde::{Deserialize, Serialize};
use std::fmt;

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
}

impl fmt::Display for BankId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
