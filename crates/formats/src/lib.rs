//! ITCq's formats: how a result travels and is read back.
//!
//! - [`code`]: the compact result code (profile, answers, date and, only when the prospect
//!   chose to send them, contact details) that links, saved progress and the rep page carry;
//! - [`lead`]: the prospect's contact details and their checks;
//! - [`import`]: an assessment from JSON;
//! - [`export`]: the JSON document, CSV rows, the printable report, the block chart and the
//!   email summary, and reading any of them back;
//! - [`markup`]: the report's and chart's markup read back as tokens, for a browser to
//!   build node by node;
//! - [`color`]: brand colours and their contrast rules.
//!
//! **Owns:** every byte format of a result. **Must not import:** the MSP's settings (the
//! printable report takes a [`export::Brand`]), the briefing, the journey or any web crate;
//! it depends on the core and the text layer only.

pub mod code;
pub mod color;
pub mod export;
pub mod import;
pub mod lead;
pub mod markup;

pub use color::Color;
