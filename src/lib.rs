//! ITCq — the IT Competitiveness quotient.
//!
//! The crate has two faces:
//! - [`engine`]: the 7C IT Management Framework as data, the question banks, scoring,
//!   targets and the action plan. Plain Rust, no web dependencies; it runs natively
//!   (tests, the `itcq` CLI) and inside the browser.
//! - `bindings` (only on `wasm32`): a thin conversion layer that hands the engine to
//!   JavaScript. It holds no domain rules.

pub mod engine;

#[cfg(target_arch = "wasm32")]
mod bindings;
