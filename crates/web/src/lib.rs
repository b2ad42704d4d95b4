//! Browser helpers shared by the widget and the engine API bundle: the console prefix
//! and reading an options object, a language file or a configuration file's tree.
//!
//! **Must not import:** the widget, the engine API, the briefing or the journey; it only
//! converts JavaScript values into the text and MSP layers' types. Empty on targets other
//! than wasm32.
#![cfg(target_arch = "wasm32")]

use itcq_text::{Lang, Texts};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Reads a language file object `{lang: "de", texts: {key: text, …}}` as the loader
/// fetched it.
pub fn read_texts(file: &JsValue) -> Option<Texts> {
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).ok();
    let lang = Lang::parse(&get(file, "lang")?.as_string()?)?;
    let texts = get(file, "texts")?.dyn_into::<js_sys::Object>().ok()?;
    let entries = js_sys::Object::entries(&texts);
    let pairs = entries.iter().filter_map(|pair| {
        let pair: js_sys::Array = pair.dyn_into().ok()?;
        Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
    });
    Some(Texts::new(lang, pairs))
}

/// Converts a parsed JSON value (from the browser's `JSON.parse`) into the engine's tree;
/// `None` when it is nested deeper than `depth`.
pub fn read_node(v: &JsValue, depth: usize) -> Option<itcq_msp::custom::Node> {
    use itcq_msp::custom::Node;
    Some(if let Some(s) = v.as_string() {
        Node::Str(s)
    } else if let Some(n) = v.as_f64() {
        Node::Num(n)
    } else if let Some(b) = v.as_bool() {
        Node::Bool(b)
    } else if v.is_null() || v.is_undefined() {
        Node::Null
    } else if depth == 0 {
        return None;
    } else if js_sys::Array::is_array(v) {
        let list: js_sys::Array = v.clone().unchecked_into();
        let mut items = Vec::new();
        for x in list.iter() {
            items.push(read_node(&x, depth - 1)?);
        }
        Node::List(items)
    } else {
        let mut fields = Vec::new();
        for pair in js_sys::Object::entries(v.unchecked_ref()).iter() {
            let pair: js_sys::Array = pair.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            fields.push((key, read_node(&pair.get(1), depth - 1)?));
        }
        Node::Map(fields)
    })
}

/// Logs a warning with the `[ITCq]` prefix.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("[ITCq] {message}").into());
}

/// Reads a plain object of options into strings; non-string values are shown as JSON so
/// the configuration check can name them.
pub fn read_options(options: &JsValue) -> Vec<(String, String)> {
    let Some(obj) = options.dyn_ref::<js_sys::Object>() else {
        return Vec::new();
    };
    js_sys::Object::entries(obj)
        .iter()
        .filter_map(|entry| {
            let pair = entry.dyn_into::<js_sys::Array>().ok()?;
            let key = pair.get(0).as_string()?;
            let value = pair.get(1);
            if value.is_undefined() || value.is_null() {
                return None;
            }
            let text = value.as_string().or_else(|| {
                js_sys::JSON::stringify(&value)
                    .ok()
                    .and_then(|s| s.as_string())
            })?;
            Some((key, text))
        })
        .collect()
}
