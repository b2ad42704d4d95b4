//! Exports and lead delivery from the widget, through the engine's JSON API bundle
//! (`pkg/itcq_engine.js`), which the loader fetches only when it is first needed. The
//! widget hands the loader a function name and its arguments (the result code, its own
//! options) and goes on: the engine bundle saves files, prints the report, delivers the
//! lead and writes the outcome into the status element it is given. Keeping that work
//! (and any waiting on promises) out of the widget keeps the widget small.

use itcq_core::date::Date;
use itcq_formats::code;
use itcq_journey::State;
use js_sys::{Array, Function};
use wasm_bindgen::prelude::*;

/// How the widget reaches the engine bundle: the loader's
/// `(name, args, statusElement) => void`, and the options the widget was mounted with.
#[derive(Clone, PartialEq)]
pub struct EngineApi {
    /// Calls a function of the engine bundle; `None` when mounted without a loader.
    pub loader: Option<Function>,
    /// The mount options as given.
    pub options: JsValue,
}

impl EngineApi {
    /// Calls `name(...args)` in the engine bundle, in the background. Failures to load it
    /// are written into `status` (when given) and logged by the loader.
    pub fn call(&self, name: &str, args: &[JsValue], status: Option<&web_sys::Element>) {
        let Some(loader) = &self.loader else {
            crate::effects::warn(
                "exports are not available: the widget was mounted without the loader",
            );
            return;
        };
        let args: Array = args.iter().collect();
        let status = status.map_or(JsValue::NULL, |s| s.clone().into());
        let _ = loader.call3(&JsValue::NULL, &name.into(), &args, &status);
    }
}

/// Today, from the browser's clock.
pub fn today() -> Date {
    Date::from_unix_ms(js_sys::Date::now())
}

/// The result code of the current results, without contact details: what the prospect
/// sees, keeps and forwards. `None` until the profile is complete.
pub fn code_of(state: &State) -> Option<String> {
    encode(state, None)
}

/// The result code with the contact details the prospect sent: for the lead delivery to
/// the MSP's endpoints only, never shown.
pub fn lead_code(state: &State) -> Option<String> {
    encode(
        state,
        (state.lead_sent && !state.shared).then_some(&state.lead),
    )
}

fn encode(state: &State, lead: Option<&itcq_formats::lead::Lead>) -> Option<String> {
    let profile = state.profile.profile()?;
    Some(code::encode(
        &profile,
        &state.answers,
        // A shared result keeps its own date (or none); the prospect's own is dated today.
        if state.shared {
            state.taken_on
        } else {
            Some(today())
        },
        lead,
    ))
}

/// The page's address without its fragment: the base of result links.
pub fn page_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// A file name (without extension) for the company's exports: `itcq-<company>`, ASCII
/// letters and digits only.
#[cfg(feature = "results")]
pub fn file_name(state: &State) -> String {
    let slug: String = state
        .profile
        .company
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "itcq-results".to_string()
    } else {
        format!("itcq-{slug}")
    }
}
