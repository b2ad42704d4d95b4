//! Errors for everything the engine accepts from outside: answers files, profiles and
//! question IDs. Each message names the offending field or value and what is accepted.

use crate::bank::id::BankId;

/// Why an assessment input was rejected.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    /// The input is not valid JSON or does not have the expected shape.
    #[error("{path}: {message}")]
    Input {
        /// Where in the document (`profile.industry`, `answers`, `input` for the whole).
        path: String,
        /// What was wrong and what is accepted.
        message: String,
    },
    /// An answer refers to a question the bank does not have.
    #[error(
        "answers.{id}: no such question in the {bank} bank{hint}; `itcq questions --bank {bank}` lists the accepted IDs"
    )]
    UnknownQuestion {
        /// The question ID as given.
        id: String,
        /// The bank of the assessment.
        bank: BankId,
        /// Extra explanation, e.g. that the ID belongs to the other bank.
        hint: String,
    },
    /// An answer is not accepted for its question.
    #[error("answers.{id}: {found} is not accepted; {bank} bank questions take {accepted}")]
    InvalidAnswer {
        /// The question ID.
        id: String,
        /// The bank of the assessment.
        bank: BankId,
        /// The value as given.
        found: String,
        /// What the question accepts.
        accepted: &'static str,
    },
    /// The seat count is outside the accepted range.
    #[error(
        "profile.seats: {found} is not accepted; give the number of people using IT, from 1 to {max}"
    )]
    Seats {
        /// The seat count as given.
        found: u32,
        /// The largest accepted.
        max: u32,
    },
    /// A goal is listed twice.
    #[error("profile.goals: \"{0}\" is listed more than once; list each goal once")]
    DuplicateGoal(&'static str),
}
