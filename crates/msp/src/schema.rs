//! The configuration file as a JSON Schema (draft 2020-12), for editors and other tools.
//!
//! Built from the reader's own rules: the fields of each object ([`fields`]), the
//! languages, question, block and area IDs, seat segments and the length limits come from
//! the constants [`crate::custom`], [`crate::settings`] and the core check with. The value
//! patterns (colour, addresses, email, the IDs of one's own questions) restate the checks
//! as regular expressions; the tests hold them to the engine's verdicts on the example
//! files and the bad corpus. `docs/itcq-config-1.schema.json` is this schema;
//! a test keeps the file up to date and validates the example files against it.
//!
//! The schema says what a file may contain. Some of the reader's checks are not shape:
//! a text key that has the right shape but does not exist (`itcq config` and the
//! configurator catch it), two of the MSP's own questions with the same ID, and a file
//! over 256 KB or nested more than 8 levels deep.

use crate::custom::{KEY_PREFIXES, MAX_KEY, MAX_OVERRIDES, MAX_PROSE, VERSION, fields};
use crate::settings::{MAX_TEXT, MAX_URL};
use itcq_core::bank::{Bank, MAX_EXTRAS, OWN_ID_LEN};
use itcq_core::framework::{AREAS, BlockId};
use itcq_core::profile::Segment;
use itcq_text::Lang;
use serde_json::{Map, Value, json};

/// The schema's file name: `docs/` holds it, and the web build puts it beside `embed.js`,
/// so a configuration file hosted with ITCq can name it in `$schema`.
pub const FILE_NAME: &str = "itcq-config-1.schema.json";

/// An object with exactly these fields, each described by `props`.
fn object(props: Vec<(&str, Value)>) -> Value {
    let mut map = Map::new();
    for (k, v) in props {
        map.insert(k.to_string(), v);
    }
    json!({"type": "object", "properties": map, "additionalProperties": false})
}

/// The fields of `names` in order, each with its schema from `of`.
fn fields_of(names: &[&'static str], of: impl Fn(&str) -> Value) -> Vec<(&'static str, Value)> {
    names.iter().map(|n| (*n, of(n))).collect()
}

/// A reference to one of the schema's `$defs`.
fn def(name: &str) -> Value {
    json!({"$ref": format!("#/$defs/{name}")})
}

/// A text of 1 to `max` characters.
fn string(max: usize) -> Value {
    json!({"type": "string", "minLength": 1, "maxLength": max, "pattern": "\\S"})
}

/// A text an MSP writes: a string for every language, or an object by language.
fn text_def(max: usize) -> Value {
    let by_lang: Vec<(&str, Value)> = Lang::ALL.iter().map(|l| (l.code(), string(max))).collect();
    let mut by_lang = object(by_lang);
    by_lang["minProperties"] = json!(1);
    json!({"anyOf": [string(max), by_lang]})
}

/// A short text (a name, a label, a price): `$defs/short_text`.
fn short() -> Value {
    def("short_text")
}

/// Prose (a question, a pitch, a welcome): `$defs/prose`.
fn prose() -> Value {
    def("prose")
}

/// An absolute `http(s)` address: `$defs/web_url`.
fn web_url() -> Value {
    def("web_url")
}

/// A whole number from `lo` to `hi`.
fn int(lo: u8, hi: u8) -> Value {
    json!({"type": "integer", "minimum": lo, "maximum": hi})
}

/// A language code (`de`); the file's `lang` is read as browsers write it, in any case and
/// with a region (`DE`, `de-AT`).
fn lang_pattern(as_tag: bool) -> String {
    let codes: Vec<String> = Lang::ALL
        .iter()
        .map(|l| {
            if as_tag {
                l.code()
                    .chars()
                    .map(|c| format!("[{c}{}]", c.to_ascii_uppercase()))
                    .collect()
            } else {
                l.code().to_string()
            }
        })
        .collect();
    let codes = codes.join("|");
    if as_tag {
        format!("^\\s*({codes})([-_][A-Za-z0-9]*)*\\s*$")
    } else {
        format!("^({codes})$")
    }
}

/// The JSON Schema of configuration files of this version.
pub fn schema() -> Value {
    let quick: Vec<&str> = Bank::quick()
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    let areas: Vec<&str> = AREAS.iter().map(|a| a.id).collect();
    let blocks: Vec<&str> = BlockId::ALL.iter().map(|b| b.as_str()).collect();
    let segments = Segment::ALL.map(Segment::label);

    let brand = object(fields_of(&fields::BRAND, |f| match f {
        "name" => string(MAX_TEXT),
        "logo" => json!({"type": "string", "maxLength": MAX_URL,
            "pattern": "^\\s*(https://[^/?#\\s]+[^\\s]*|/[^/\\s][^\\s]*|/)\\s*$"}),
        "color" => {
            json!({"type": "string", "pattern": "^\\s*#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\\s*$"})
        }
        "font" => json!({"enum": fields::FONTS}),
        "privacy_url" => web_url(),
        "contact_email" => json!({"type": "string", "maxLength": 254,
            "pattern": "^\\s*[^\\s@<>()\\[\\]\\\\,;:\"]{1,64}@[^\\s@<>()\\[\\]\\\\,;:\".]+(\\.[^\\s@<>()\\[\\]\\\\,;:\".]+)+\\s*$"}),
        "cta" => object(fields_of(&fields::CTA, |f| match f {
            "label" => short(),
            "booking" => json!({"type": "string", "maxLength": MAX_URL,
                "pattern": "^\\s*https://[^/?#\\s]+[^\\s]*\\s*$"}),
            _ => web_url(),
        })),
        _ => prose(),
    }));

    let question = object(fields_of(&fields::QUESTION, |f| match f {
        "hide" => json!({"type": "boolean"}),
        "weight" => int(1, 5),
        _ => prose(),
    }));
    let mut questions = Map::new();
    for id in &quick {
        questions.insert((*id).to_string(), def("question"));
    }
    // Every question hidden leaves nothing to ask.
    let all_hidden = json!({
        "type": "object",
        "required": quick,
        "properties": quick.iter().map(|id| (id.to_string(),
            json!({"type": "object", "required": ["hide"],
                "properties": {"hide": {"const": true}}})))
            .collect::<Map<String, Value>>(),
    });
    let questions = json!({
        "type": "object",
        "properties": questions,
        "additionalProperties": false,
        "not": all_hidden,
    });

    let mut extra = object(fields_of(&fields::EXTRA, |f| match f {
        "id" => json!({"type": "string",
            "pattern": format!("^[a-z][a-z0-9_]{{{},{}}}$", OWN_ID_LEN.0 - 1, OWN_ID_LEN.1 - 1),
            "not": {"enum": quick}}),
        "area" => json!({"enum": areas}),
        "weight" => int(1, 5),
        "options" => json!({"type": "array", "items": prose(),
            "minItems": 5, "maxItems": 5}),
        _ => prose(),
    }));
    extra["required"] = json!(["id", "area", "text", "options"]);
    let assessment = object(fields_of(&fields::ASSESSMENT, |f| match f {
        "bank" => json!({"const": "quick"}),
        "auto_advance" => json!({"type": "boolean"}),
        "questions" => questions.clone(),
        _ => json!({"type": "array", "items": extra.clone(), "maxItems": MAX_EXTRAS}),
    }));

    let row = object(blocks.iter().map(|b| (*b, int(0, 100))).collect());
    let targets = object(segments.iter().map(|s| (*s, def("targets_row"))).collect());

    let mut offer = object(fields_of(&fields::OFFER, |f| match f {
        "url" => web_url(),
        "name" | "price" => short(),
        _ => prose(),
    }));
    offer["required"] = json!(["name"]);
    let catalogue = object(areas.iter().map(|a| (*a, def("offer"))).collect());

    let lead = object(fields_of(&fields::LEAD, |f| match f {
        "position" => json!({"enum": ["start", "before", "after", "off"]}),
        "send_report" => json!({"type": "boolean"}),
        "required" => json!({"type": "array", "items": {"enum": fields::LEAD_FIELDS},
            "contains": {"const": "email"}}),
        _ => prose(),
    }));

    let overrides = json!({
        "type": "object",
        "maxProperties": MAX_OVERRIDES,
        "propertyNames": {"maxLength": MAX_KEY,
            "pattern": format!("^({})(\\.[A-Za-z0-9_]+)+$", KEY_PREFIXES.join("|"))},
        "additionalProperties": string(MAX_PROSE),
    });
    let texts = json!({
        "type": "object",
        "propertyNames": {"pattern": lang_pattern(false)},
        "additionalProperties": overrides,
    });

    let mut root = object(fields_of(&fields::ROOT, |f| match f {
        "$schema" => json!({"type": "string"}),
        "itcq_config" => json!({"const": VERSION}),
        "strict" => json!({"type": "boolean"}),
        "analytics" => json!({"enum": ["events", "datalayer"]}),
        "lang" => json!({"type": "string", "pattern": lang_pattern(true)}),
        "brand" => brand.clone(),
        "assessment" => assessment.clone(),
        "targets" => targets.clone(),
        "catalogue" => catalogue.clone(),
        "lead" => lead.clone(),
        _ => texts.clone(),
    }));
    let root_map = root.as_object_mut().expect("an object");
    let mut head = Map::new();
    head.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    head.insert(
        "title".into(),
        json!(format!("ITCq configuration file, version {VERSION}")),
    );
    head.insert(
        "description".into(),
        json!("What an MSP changes in its ITCq assessment: branding, questions, weights, targets, its own questions, services, the lead form and texts. See docs/configuration.md."),
    );
    head.extend(std::mem::take(root_map));
    head.insert("required".into(), json!(["itcq_config"]));
    head.insert(
        "$defs".into(),
        json!({
            "short_text": text_def(MAX_TEXT),
            "prose": text_def(MAX_PROSE),
            "web_url": {"type": "string", "maxLength": MAX_URL,
                "pattern": "^\\s*https?://[^/?#\\s]+[^\\s]*\\s*$"},
            "question": question,
            "targets_row": row,
            "offer": offer,
        }),
    );
    Value::Object(head)
}

/// The schema as the committed file writes it (pretty, with a final line break).
pub fn schema_text() -> String {
    let mut s = serde_json::to_string_pretty(&schema()).unwrap_or_default();
    s.push('\n');
    s
}
