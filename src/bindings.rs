//! JavaScript bindings: convert, call the engine, convert back. No domain rules here.
//!
//! Inputs arrive as plain JS objects and are read through JSON so that errors name the
//! offending path (`profile.seats: …`); outputs are plain objects (`null`, not
//! `undefined`; objects, not `Map`s).

use crate::engine::{self, Assessment, BankId, framework};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn into_error<E: std::fmt::Display>(err: E) -> JsError {
    JsError::new(&err.to_string())
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(into_error)
}

fn json_text(value: &JsValue) -> Result<String, JsError> {
    js_sys::JSON::stringify(value)
        .map_err(|_| {
            JsError::new(
                "input: not serialisable as JSON (cycles or BigInt values are not accepted)",
            )
        })?
        .as_string()
        .ok_or_else(|| JsError::new("input: expected an object"))
}

/// Scores an assessment (`{bank, profile, answers}`) and returns the report.
#[wasm_bindgen]
pub fn assess(input: JsValue) -> Result<JsValue, JsError> {
    let assessment = Assessment::from_json(&json_text(&input)?).map_err(into_error)?;
    let report = engine::assess(&assessment).map_err(into_error)?;
    to_js(&report)
}

/// Returns a question bank (`"quick"` or `"full"`).
#[wasm_bindgen]
pub fn questions(bank: &str) -> Result<JsValue, JsError> {
    let id = match bank {
        "quick" => BankId::Quick,
        "full" => BankId::Full,
        other => {
            return Err(JsError::new(&format!(
                "bank: \"{other}\" is not accepted; expected \"quick\" or \"full\""
            )));
        }
    };
    to_js(id.bank())
}

#[derive(Serialize)]
struct FrameworkData {
    blocks: &'static [framework::Block],
    areas: &'static [framework::Area],
}

/// Returns the 7C framework: blocks and delivery areas with their services.
#[wasm_bindgen]
pub fn framework() -> Result<JsValue, JsError> {
    to_js(&FrameworkData {
        blocks: &framework::BLOCKS,
        areas: framework::AREAS,
    })
}
