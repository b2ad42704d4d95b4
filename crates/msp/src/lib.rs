//! ITCq's MSP layer: what an MSP sets and what reaches the MSP.
//!
//! - [`booking`]: the MSP's booking page, recognised by address and prefilled;
//! - [`config`]: the script tag's `data-*` attributes, checked into a [`WidgetConfig`];
//! - [`custom`]: the configuration file (branding, questions, weights, targets, own
//!   questions, offers, texts), checked into a [`Custom`];
//! - [`delivery`]: the lead sent to the MSP's webhook or by email, and the outbox that
//!   keeps it until it arrives;
//! - [`schema`]: the configuration file as a JSON Schema, built from the reader's rules;
//! - [`settings`]: one setting and what it accepts, shared by the attributes and the file.
//!
//! **Owns:** every rule about an MSP's settings and lead delivery. **Must not import:** the
//! briefing, the journey or any web crate; it depends on the core, the text layer and the
//! formats.

pub mod booking;
pub mod config;
pub mod custom;
pub mod delivery;
pub mod schema;
pub mod settings;

pub use config::WidgetConfig;
pub use custom::Custom;
