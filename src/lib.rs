//! ITCq — the IT Competitiveness quotient.
//!
//! This package is the facade over the workspace's layers and the `itcq` CLI. The layers,
//! each a crate under `crates/` whose dependencies point one way (see
//! `docs/architecture.md`):
//!
//! | crate | owns |
//! |---|---|
//! | `itcq-core` | the framework's structure, banks, answers, profile, scores, targets, plan, report: IDs and numbers |
//! | `itcq-text` | languages, catalogues, the report in words |
//! | `itcq-formats` | result codes, contact details, imports, exports |
//! | `itcq-msp` | the script tag's settings, the configuration file, lead delivery |
//! | `itcq-briefing` | the rep briefing and portfolio rows |
//! | `itcq-journey` | the prospect's path as a pure state machine |
//! | `itcq-widget`, `itcq-api` | the browser bundles (wasm32 only) |
//!
//! [`engine`] gathers the native layers under one path for the CLI, the tests and the
//! benchmarks:
//!
//! ```
//! use itcq::engine::{assess, import};
//!
//! let input = r#"{"bank":"quick",
//!   "profile":{"seats":45,"industry":"professional_services",
//!              "it_management":"outsourced_msp","goals":["continuity"]},
//!   "answers":{"backup_restore":3}}"#;
//! let report = assess(&import::assessment(input)?)?;
//! assert!(report.completion > 0.0);
//! assert!((0.0..=100.0).contains(&report.itcq));
//! # Ok::<(), itcq::engine::Error>(())
//! ```

pub mod engine;
pub mod rules;

pub use itcq_journey as journey;
