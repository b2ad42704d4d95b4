//! ITCq's scoring core: the 7C IT Management Framework's structure, the question banks,
//! answers, the company profile, scores, targets, the action plan and the report.
//!
//! **Owns:** every rule of the arithmetic, as IDs, enums and numbers.
//! **Must not import:** any text (names, labels and sentences are the text layer's, keyed
//! by the IDs here), any JSON parser, any web crate, or any other ITCq crate. Everything
//! else in ITCq depends on this crate; it depends on nothing of ITCq.
//!
//! ```
//! use itcq_core::{Answer, Answers, Bank, Profile, assess_answers};
//! use itcq_core::profile::{Industry, ItManagement};
//!
//! let profile = Profile {
//!     company: None,
//!     seats: 45,
//!     industry: Industry::ProfessionalServices,
//!     it_management: ItManagement::OutsourcedMsp,
//!     goals: vec![],
//! };
//! let mut answers = Answers::empty(Bank::quick());
//! let backup = Bank::quick().position("backup_restore").unwrap();
//! assert!(answers.answer(backup, Answer::Level(3)));
//! let report = assess_answers(&profile, &answers);
//! assert!((0.0..=100.0).contains(&report.itcq));
//! ```

pub mod answer;
pub mod answers;
pub mod bank;
pub mod date;
pub mod error;
pub mod framework;
pub mod plan;
pub mod profile;
pub mod report;
pub mod score;
pub mod standards;
pub mod targets;
pub mod tuning;
pub mod util;

pub use answers::{Answer, Answers, Assessment};
pub use bank::{Bank, BankId};
pub use error::Error;
pub use profile::Profile;
pub use report::Report;
pub use tuning::Tuning;

/// Validates an assessment and produces its report: scores, targets, gaps and the plan.
pub fn assess(input: &Assessment) -> Result<Report, Error> {
    let answers = input.validate()?;
    Ok(assess_answers(&input.profile, &answers))
}

/// Produces the report for already validated answers with the framework's weights and
/// targets.
pub fn assess_answers(profile: &Profile, answers: &Answers) -> Report {
    assess_tuned(profile, answers, &Tuning::default())
}

/// Produces the report with an MSP's question weights and targets. Questions the profile
/// is not asked count as "Not applicable" ([`Answers::for_profile`]).
pub fn assess_tuned(profile: &Profile, answers: &Answers, tuning: &Tuning) -> Report {
    let answers = &answers.for_profile(profile);
    let scores = score::score_tuned(answers, tuning);
    let targets = targets::targets_tuned(profile, tuning);
    let plan = plan::plan(answers, &scores, &targets, profile, tuning);
    report::build(profile, answers, &scores, &targets, plan)
}
