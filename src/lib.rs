//! ITCq — the IT Competitiveness quotient.
//!
//! The crate has two faces:
//! - [`engine`]: the 7C IT Management Framework as data, the question banks, scoring,
//!   targets and the action plan. Plain Rust, no web dependencies; it runs natively
//!   (tests, the `itcq` CLI) and inside the browser.
//! - [`journey`]: the prospect's path through the assessment as a pure state machine
//!   (steps, input, events to raise), tested natively.
//! - `bindings` and `widget` (only on `wasm32`): the engine's JSON API for JavaScript and
//!   the embeddable Yew widget. They convert and render; they hold no domain rules.

pub mod engine;
pub mod journey;

#[cfg(all(target_arch = "wasm32", feature = "api"))]
pub mod bindings;
#[cfg(all(target_arch = "wasm32", any(feature = "widget", feature = "api")))]
mod web;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod widget;
