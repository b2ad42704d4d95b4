//! The engine's rules that the web pages need, written out for them so that no page
//! states a rule of its own: the languages, the seat segments, the limits on what the pages
//! read, the question weights, the lead form's fields, the profile's choices and the full
//! bank's answers.
//!
//! Two files carry them, both generated from here and checked by `tests/rules.rs`
//! (`ITCQ_WRITE_RULES=1 cargo test --test rules` rewrites them):
//! - `www/rules.js`, a module the rep page and the configurator import;
//! - a marked block inside `www/embed.js`, the loader, which is a classic script and loads
//!   nothing before the widget.

use itcq_core::bank::{MAX_EXTRAS, Scale};
use itcq_core::framework::{Goal, Weight};
use itcq_core::profile::{Industry, ItManagement, MAX_SEATS, Segment};
use itcq_core::report::NEAR_TARGET;
use itcq_formats::lead::Required;
use itcq_text::Lang;
use serde_json::{Value, json};

/// The rules, as one JSON object.
pub fn page_rules() -> Value {
    let required = Required::default();
    let lead_required: Vec<&str> = itcq_msp::custom::fields::LEAD_FIELDS
        .into_iter()
        .filter(|f| match *f {
            "name" => required.name,
            "company" => required.company,
            "phone" => required.phone,
            _ => true,
        })
        .collect();
    json!({
        "langs": Lang::ALL.iter().map(|l| json!({"code": l.code(), "name": l.native_name()}))
            .collect::<Vec<_>>(),
        "segments": Segment::ALL.map(Segment::label),
        "maxSeats": MAX_SEATS,
        "maxConfigBytes": itcq_msp::custom::MAX_BYTES,
        "maxExportBytes": itcq_formats::export::MAX_EXPORT_BYTES,
        "exportHeadBytes": itcq_formats::export::EXPORT_HEAD_BYTES,
        "maxCodeChars": itcq_formats::code::MAX_INPUT,
        "maxPortfolio": itcq_briefing::MAX_PORTFOLIO,
        "maxOwnQuestions": MAX_EXTRAS,
        "weights": {
            "low": Weight::Low.value(),
            "medium": Weight::Medium.value(),
            "high": Weight::High.value(),
        },
        "leadFields": itcq_msp::custom::fields::LEAD_FIELDS,
        "leadRequired": lead_required,
        "nearTarget": NEAR_TARGET,
        "industries": Industry::ALL.map(Industry::as_str),
        "itManagement": ItManagement::ALL.map(ItManagement::as_str),
        "goals": Goal::ALL.map(Goal::as_str),
        "inPlaceChoices": Scale::IN_PLACE_CHOICES,
    })
}

/// `www/rules.js`.
pub fn module() -> String {
    let rules = serde_json::to_string_pretty(&page_rules()).unwrap_or_default();
    format!(
        "// @ts-check\n\
         // The engine's rules the pages need, generated from the engine (src/rules.rs) by\n\
         // `ITCQ_WRITE_RULES=1 cargo test --test rules`: do not edit. A test fails when this file\n\
         // is out of date, and another when a page states one of these rules itself.\n\n\
         export const RULES = /** @type {{import(\"./itcq\").PageRules}} */ (Object.freeze({rules}));\n"
    )
}

/// The first and last line of the generated block in `www/embed.js`.
pub const LOADER_MARKS: (&str, &str) = (
    "// rules: generated from the engine (src/rules.rs); do not edit",
    "// end of the generated rules",
);

/// The generated block of `www/embed.js`, indented as the loader's body is.
pub fn loader_block() -> String {
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("'{}'", l.code()))
        .collect();
    format!(
        "  {}\n  const VERSION = '{}';\n  const LANGS = [{}];\n  const MAX_CONFIG = {};\n  const MAX_CODE = {};\n  {}\n",
        LOADER_MARKS.0,
        env!("CARGO_PKG_VERSION"),
        langs.join(", "),
        itcq_msp::custom::MAX_BYTES,
        itcq_formats::code::MAX_INPUT,
        LOADER_MARKS.1
    )
}

/// `embed.js` with its generated block replaced by the current one; `None` when the block's
/// marks are missing.
pub fn with_loader_block(embed: &str) -> Option<String> {
    let start = embed.find(LOADER_MARKS.0)?;
    let start = embed[..start].rfind('\n').map_or(0, |i| i + 1);
    let end = embed[start..].find(LOADER_MARKS.1)? + start;
    let end = embed[end..].find('\n').map_or(embed.len(), |i| end + i + 1);
    Some(format!(
        "{}{}{}",
        &embed[..start],
        loader_block(),
        &embed[end..]
    ))
}
