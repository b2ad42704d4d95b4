//! JavaScript bindings: convert, call the engine, convert back. No domain rules here.
//!
//! Inputs arrive as plain JS objects and are read through JSON so that errors name the
//! offending path (`profile.seats: …`); outputs are plain objects (`null`, not
//! `undefined`; objects, not `Map`s).
//!
//! **Must not import:** the widget or the journey. Empty on targets other than wasm32; the
//! web build makes it a cdylib.
#![cfg(target_arch = "wasm32")]

mod deliver;
mod markup;
mod save;

use itcq_briefing::{MAX_PORTFOLIO, Row};
use itcq_core::BankId;
use itcq_core::date::Date;
use itcq_formats::code;
use itcq_formats::export::{self, Scored};
use itcq_formats::import;
use itcq_formats::lead::Lead;
use itcq_msp::config::WidgetConfig;
use itcq_msp::custom::{self, Custom};
use itcq_text::named;
use itcq_text::{Texts, english};
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

pub use deliver::{deliver_lead, flush_outbox};
pub use save::save_export;

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
    let assessment = import::assessment(&json_text(&input)?).map_err(into_error)?;
    let report = itcq_core::assess(&assessment).map_err(into_error)?;
    to_js(&named::report(&report, english()))
}

/// The what-if of an assessment (`{bank, profile, answers}`): the ITCq, band, block
/// scores and statuses if the plan's actions of the given ranks were done (the numbers the
/// widget shows when the prospect ticks them).
#[wasm_bindgen(js_name = whatIf)]
pub fn what_if(input: JsValue, ranks: Vec<u32>) -> Result<JsValue, JsError> {
    let assessment = import::assessment(&json_text(&input)?).map_err(into_error)?;
    let report = itcq_core::assess(&assessment).map_err(into_error)?;
    to_js(&report.what_if(&ranks))
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
    to_js(&named::bank(id.bank(), english()))
}

/// Returns the 7C framework: blocks and delivery areas with their services.
#[wasm_bindgen]
pub fn framework() -> Result<JsValue, JsError> {
    to_js(&named::framework(english()))
}

fn read(text: &str) -> Result<Scored, JsError> {
    export::read(text).map_err(into_error)
}

fn texts(inputs: &JsValue) -> Result<Vec<String>, JsError> {
    let array = inputs.dyn_ref::<js_sys::Array>().ok_or_else(|| {
        JsError::new("inputs: expected an array of texts (codes, links or JSON exports)")
    })?;
    if array.length() as usize > MAX_PORTFOLIO {
        return Err(JsError::new(&format!(
            "inputs: {} given; at most {MAX_PORTFOLIO} results at once",
            array.length()
        )));
    }
    Ok(array
        .iter()
        .map(|v| v.as_string().unwrap_or_default())
        .collect())
}

/// Writes the result code of an assessment (`{bank, profile, answers}`), with the contact
/// details (`{name, email, company, phone, consent}`) or `null`, and the day taken
/// (`"YYYY-MM-DD"`) or `null`.
#[wasm_bindgen(js_name = encodeCode)]
pub fn encode_code(
    assessment: JsValue,
    contact: JsValue,
    taken_on: JsValue,
) -> Result<String, JsError> {
    let assessment = import::assessment(&json_text(&assessment)?).map_err(into_error)?;
    let answers = assessment.validate().map_err(into_error)?;
    let lead: Option<Lead> = if contact.is_null() || contact.is_undefined() {
        None
    } else {
        Some(
            serde_json::from_str(&json_text(&contact)?)
                .map_err(|e| JsError::new(&format!("contact: {e}")))?,
        )
    };
    let day = match taken_on.as_string() {
        Some(s) => Some(
            Date::parse(&s)
                .map_err(|e| e.to_string())
                .and_then(code::check_day)
                .map_err(|e| JsError::new(&format!("takenOn: {e}")))?,
        ),
        None => None,
    };
    Ok(code::encode(
        &assessment.profile,
        &answers,
        day,
        lead.as_ref(),
    ))
}

/// An MSP configuration file's JSON text as the rep page applies it: with its weights,
/// targets, services and texts, unless it is strict and has problems (the page lists them
/// through [`check_config`]).
fn rep_config(config: Option<String>, lang: &JsValue) -> (Custom, Texts) {
    let custom = file_of(config.as_deref());
    let mut t = texts_of(lang);
    custom.overlay(&mut t);
    (custom, t)
}

/// What of an MSP configuration file (JSON text) is applied, checked as the widget checks
/// it (text keys by their shape), so both apply the same files.
fn file_of(text: Option<&str>) -> Custom {
    match text {
        Some(text) => {
            let (custom, issues) = custom::read_text(text, &custom::key_shape);
            custom.applied(&issues)
        }
        None => Custom::default(),
    }
}

/// A language file (`lang`, all parts merged) with the text overrides of the MSP's
/// configuration file for that language on top, in the same form: the rep page's own words
/// follow the MSP's file as the briefing does.
#[wasm_bindgen(js_name = withOverrides)]
pub fn with_overrides(lang: JsValue, config: Option<String>) -> Result<JsValue, JsError> {
    let (_, t) = rep_config(config, &lang);
    let texts = js_sys::Object::new();
    for (k, v) in t.entries() {
        js_sys::Reflect::set(&texts, &k.into(), &v.into()).map_err(|_| JsError::new("texts"))?;
    }
    let file = js_sys::Object::new();
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&file, &k.into(), &v);
    set("format", "itcq-texts".into()).map_err(|_| JsError::new("format"))?;
    set("lang", t.lang().code().into()).map_err(|_| JsError::new("lang"))?;
    set("texts", texts.into()).map_err(|_| JsError::new("texts"))?;
    Ok(file.into())
}

/// The rep briefing for a code, a link or a JSON export's text, with its notes for a CRM
/// (`crm_text`, `crm_markdown`); `config` is the MSP's configuration file (JSON text), so
/// the briefing shows what their widget showed.
#[wasm_bindgen]
pub fn briefing(text: &str, lang: JsValue, config: Option<String>) -> Result<JsValue, JsError> {
    let (custom, t) = rep_config(config, &lang);
    let scored = export::read_tuned(text, &custom.bank, &custom.tuning).map_err(into_error)?;
    let b = itcq_briefing::briefing(&scored, &t, itcq_briefing::link_base(text).as_deref());
    to_js(&itcq_briefing::WithNotes::of(
        itcq_briefing::with_offers(b, &custom, &t),
        &t,
    ))
}

/// A briefing's block chart (its `chart_svg`) as an `<svg>` element of this page, built
/// node by node so that it works where Trusted Types are enforced; `undefined` if the text
/// is not the engine's chart (one `<svg>` with nothing active in it).
#[wasm_bindgen(js_name = chartNode)]
pub fn chart_node(svg: &str) -> Option<web_sys::Element> {
    let doc = web_sys::window()?.document()?;
    let mut nodes = markup::build(&doc, svg).ok()?;
    let node = nodes.pop().filter(|_| nodes.is_empty())?;
    let el = node.dyn_into::<web_sys::Element>().ok()?;
    (el.local_name() == "svg").then_some(el)
}

/// The texts of a language file the page fetched (`lang`), else English.
pub(crate) fn texts_of(lang: &JsValue) -> Texts {
    itcq_web::read_texts(lang).unwrap_or_else(|| english().clone())
}

#[derive(Serialize)]
struct Portfolio {
    rows: Vec<IndexedRow>,
    errors: Vec<InputError>,
}

/// A portfolio row with the position of its input in the call's list.
#[derive(Serialize)]
struct IndexedRow {
    index: usize,
    #[serde(flatten)]
    row: Row,
}

#[derive(Serialize)]
struct InputError {
    index: usize,
    message: String,
    /// `ReadError::kind`: the rep page reads a cut-off file whole again on `"json"` only.
    kind: &'static str,
}

/// Portfolio rows for many inputs, each with its input's `index`; the ones that cannot be
/// read are listed with their `index` and why.
#[wasm_bindgen]
pub fn portfolio(
    inputs: JsValue,
    lang: JsValue,
    config: Option<String>,
) -> Result<JsValue, JsError> {
    let (custom, t) = rep_config(config, &lang);
    let mut out = Portfolio {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (index, text) in texts(&inputs)?.iter().enumerate() {
        match export::read_tuned(text, &custom.bank, &custom.tuning) {
            Ok(s) => out.rows.push(IndexedRow {
                index,
                row: itcq_briefing::row(&s, &t),
            }),
            Err(e) => out.errors.push(InputError {
                index,
                message: e.to_string(),
                kind: e.kind(),
            }),
        }
    }
    to_js(&out)
}

/// One CSV sheet (header and a row per readable input) for a CRM import.
#[wasm_bindgen(js_name = portfolioCsv)]
pub fn portfolio_csv(
    inputs: JsValue,
    link_base: Option<String>,
    config: Option<String>,
) -> Result<String, JsError> {
    let (custom, t) = rep_config(config, &JsValue::UNDEFINED);
    let scored: Vec<Scored> = texts(&inputs)?
        .iter()
        .filter_map(|x| export::read_tuned(x, &custom.bank, &custom.tuning).ok())
        .collect();
    Ok(export::csv(&scored, link_base.as_deref(), &t))
}

/// The JSON export document of a result.
#[wasm_bindgen(js_name = exportJson)]
pub fn export_json(text: &str, link_base: Option<String>) -> Result<String, JsError> {
    Ok(export::json(&read(text)?, link_base.as_deref(), english()))
}

/// The CSV sheet (header and one row) of a result.
#[wasm_bindgen(js_name = exportCsv)]
pub fn export_csv(text: &str, link_base: Option<String>) -> Result<String, JsError> {
    Ok(export::csv(&[read(text)?], link_base.as_deref(), english()))
}

/// Reads widget options (dataset-style keys, and under `config` the MSP's configuration
/// file as the loader parsed it) into a validated configuration. A strict file with
/// problems is left out, as the widget leaves it out.
fn config_of(options: &JsValue) -> WidgetConfig {
    let mut attrs = itcq_web::read_options(options);
    let file = attrs.iter().position(|(k, _)| k == "config");
    let text = file.map(|i| attrs.remove(i).1);
    WidgetConfig::with_file(&attrs, file_of(text.as_deref())).0
}

/// The configuration of `options` and the texts of `lang` with its overrides on top.
fn configured(options: &JsValue, lang: &JsValue) -> (WidgetConfig, Texts) {
    let config = config_of(options);
    let mut t = texts_of(lang);
    config.custom.overlay(&mut t);
    (config, t)
}

/// A result read with the own questions, weights and targets of `config`.
fn read_for(text: &str, config: &WidgetConfig) -> Result<Scored, JsError> {
    export::read_tuned(text, &config.custom.bank, &config.custom.tuning).map_err(into_error)
}

/// Checks a widget's options, the script tag's `data-*` attributes as camelCase keys
/// (`{mspName, brandColor, webhook, …}`, values as strings), as the widget reads them:
/// `[{attribute, found, accepted, message, visible}]`, empty when every one is accepted.
/// `visible` is false for what the widget only logs (attributes other tools add). The
/// WordPress plugin's settings page shows each problem under its field.
#[wasm_bindgen(js_name = checkOptions)]
pub fn check_options(options: JsValue) -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Checked {
        attribute: String,
        found: String,
        accepted: String,
        message: String,
        visible: bool,
    }
    let attrs = itcq_web::read_options(&options);
    let (_, problems) = WidgetConfig::from_attributes(&attrs);
    to_js(
        &problems
            .into_iter()
            .map(|p| Checked {
                message: p.to_string(),
                attribute: p.attribute,
                found: p.found,
                accepted: p.accepted,
                visible: p.visible,
            })
            .collect::<Vec<_>>(),
    )
}

/// Checks an MSP configuration file's JSON text: `{valid, strict, issues: [{path, found,
/// accepted, message}], warnings: [{path, message}]}` (the configurator's validation;
/// warnings name fields that cannot take effect under the file's other settings and do
/// not make it invalid).
#[wasm_bindgen(js_name = checkConfig)]
pub fn check_config(text: &str) -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Checked {
        valid: bool,
        strict: bool,
        issues: Vec<IssueJs>,
        warnings: Vec<WarningJs>,
    }
    #[derive(Serialize)]
    struct WarningJs {
        path: String,
        message: String,
    }
    #[derive(Serialize)]
    struct IssueJs {
        path: String,
        found: String,
        accepted: String,
        message: String,
    }
    let (c, issues) = custom::read_json(text);
    to_js(&Checked {
        valid: issues.is_empty(),
        strict: c.strict,
        issues: issues
            .iter()
            .map(|i| IssueJs {
                message: i.to_string(),
                path: i.path.clone(),
                found: i.found.clone(),
                accepted: i.accepted.clone(),
            })
            .collect(),
        warnings: c
            .warnings
            .iter()
            .map(|w| WarningJs {
                path: w.path.clone(),
                message: w.to_string(),
            })
            .collect(),
    })
}

/// The printable report (a standalone HTML document) of a result, branded with the
/// widget's options (`mspName`, `brandColor`, `logoUrl`, `contactEmail`, `ctaUrl`, …).
#[wasm_bindgen(js_name = reportHtml)]
pub fn report_html(
    text: &str,
    options: JsValue,
    link_base: Option<String>,
    lang: JsValue,
) -> Result<String, JsError> {
    let (config, t) = configured(&options, &lang);
    Ok(export::report_html(
        &read_for(text, &config)?,
        &config.brand(),
        link_base.as_deref(),
        &t,
    ))
}
