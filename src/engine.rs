//! The ITCq engine: framework data, question banks, scoring, targets and the action plan.
//!
//! Pure Rust with no web dependencies: the same code runs under native tests, in the
//! `itcq` CLI and, compiled to WebAssembly, in the prospect's browser. The one entry
//! point is [`assess`].
//!
//! ```
//! use itcq::engine::{assess, Assessment};
//!
//! let input = r#"{"bank":"quick",
//!   "profile":{"seats":45,"industry":"professional_services",
//!              "it_management":"outsourced_msp","goals":["continuity"]},
//!   "answers":{"backup_restore":3}}"#;
//! let report = assess(&Assessment::from_json(input)?)?;
//! assert_eq!(report.completion > 0.0, true);
//! assert!((0.0..=100.0).contains(&report.itcq));
//! # Ok::<(), itcq::engine::Error>(())
//! ```

/// English prose in the data (framework, question bank): the text itself, or nothing in
/// the widget's browser build (feature `external-texts`), which reads every text from the
/// language file the loader fetched. See [`i18n`].
#[cfg(not(feature = "external-texts"))]
macro_rules! en {
    ($text:literal) => {
        $text
    };
}
#[cfg(feature = "external-texts")]
macro_rules! en {
    ($text:literal) => {
        ""
    };
}

pub mod answers;
pub mod bank;
pub mod briefing;
pub mod code;
pub mod config;
pub mod custom;
pub mod date;
pub mod delivery;
pub mod error;
pub mod export;
pub mod framework;
pub mod i18n;
pub mod lead;
pub mod plan;
pub mod profile;
pub mod report;
pub mod score;
pub mod targets;
pub mod util;

pub use answers::{Answer, Answers, Assessment};
pub use bank::{Bank, BankId};
pub use error::Error;
pub use profile::Profile;
pub use report::Report;

/// Validates an assessment and produces its report: scores, targets, gaps and the plan.
pub fn assess(input: &Assessment) -> Result<Report, Error> {
    let answers = input.validate()?;
    Ok(assess_answers(&input.profile, &answers))
}

/// Produces the report for already validated answers, in English.
pub fn assess_answers(profile: &Profile, answers: &Answers) -> Report {
    assess_answers_in(profile, answers, i18n::english())
}

/// Produces the report for already validated answers, with its texts (block and area
/// names, what each block's score means, the plan's names) from `texts`.
pub fn assess_answers_in(profile: &Profile, answers: &Answers, texts: &i18n::Texts) -> Report {
    assess_tuned(profile, answers, texts, &custom::Tuning::default())
}

/// Produces the report with an MSP's question weights and targets (see [`custom`]).
pub fn assess_tuned(
    profile: &Profile,
    answers: &Answers,
    texts: &i18n::Texts,
    tuning: &custom::Tuning,
) -> Report {
    let scores = score::score_tuned(answers, tuning);
    let targets = targets::targets_tuned(profile, tuning);
    let plan = plan::plan(answers, &scores, &targets, profile, tuning, texts);
    report::build(profile, answers, &scores, &targets, plan, texts)
}
