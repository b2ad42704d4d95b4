//! The MSP's configuration file (`data-config`): schema `itcq-config`, version 1.
//!
//! One JSON file carries everything an MSP can change: branding, which questions are asked
//! and how they weigh, the targets per company size, their own services per delivery area,
//! the lead form and any text in any language. [`read`] checks a whole file and names
//! every problem with its JSON path, what was found and what is accepted; it never stops
//! at the first one.
//!
//! The file reaches the engine as a [`Node`] tree, so the widget can hand over what the
//! browser's own `JSON.parse` produced without carrying a JSON parser, and native code
//! converts a `serde_json::Value`. The fields are documented in `docs/configuration.md`, and
//! as a JSON Schema in `docs/itcq-config-1.schema.json`.
//!
//! Texts an MSP writes (welcome, thank-you, consent, renamed questions, their service
//! names and pitches) become text overrides ([`Custom::texts`]): a plain string applies to
//! every language, an object `{"en": …, "de": …}` to each language named.

use crate::settings::{MAX_TEXT, check, edit_distance, is_web_url};
use itcq_core::Tuning;
use itcq_core::bank::{Bank, BankRef, Extra, MAX_EXTRAS, QuestionId, is_own_id, quick};
use itcq_core::framework::{self, AREAS, BlockId};
use itcq_core::profile::Segment;
use itcq_formats::lead::Required;
use itcq_text::Dec;
use itcq_text::{Lang, Texts};
use std::fmt;

/// The schema version this engine reads.
pub const VERSION: u32 = 1;
/// Longest accepted free text (welcome text, a service pitch, a text override).
pub const MAX_PROSE: usize = 1000;
/// Most text overrides accepted per language.
pub const MAX_OVERRIDES: usize = 1200;
/// Deepest nesting of the file that is read; the schema itself is four levels deep.
pub const MAX_DEPTH: usize = 8;
/// Largest configuration file read, in bytes.
pub const MAX_BYTES: usize = 256 * 1024;

/// The fields of each object of the file, as the reader accepts them and the JSON Schema
/// ([`crate::schema`]) lists them.
pub mod fields {
    /// The file's top level.
    pub const ROOT: [&str; 11] = [
        "$schema",
        "itcq_config",
        "strict",
        "lang",
        "analytics",
        "brand",
        "assessment",
        "targets",
        "catalogue",
        "lead",
        "texts",
    ];
    /// `brand`.
    pub const BRAND: [&str; 9] = [
        "name",
        "logo",
        "color",
        "font",
        "privacy_url",
        "contact_email",
        "cta",
        "welcome",
        "thanks",
    ];
    /// `brand.font`'s values.
    pub const FONTS: [&str; 2] = ["system", "inherit"];
    /// `brand.cta`.
    pub const CTA: [&str; 3] = ["label", "url", "booking"];
    /// `assessment`.
    pub const ASSESSMENT: [&str; 4] = ["bank", "questions", "extra", "auto_advance"];
    /// `assessment.questions.<id>`.
    pub const QUESTION: [&str; 4] = ["hide", "text", "help", "weight"];
    /// `assessment.extra[]`.
    pub const EXTRA: [&str; 6] = ["id", "area", "weight", "text", "help", "options"];
    /// `catalogue.<area id>`.
    pub const OFFER: [&str; 4] = ["name", "pitch", "price", "url"];
    /// `lead`.
    pub const LEAD: [&str; 4] = ["position", "required", "consent", "send_report"];
    /// `lead.required`'s values.
    pub const LEAD_FIELDS: [&str; 4] = ["name", "email", "company", "phone"];
}

/// A JSON value as the engine reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Num(f64),
    /// A string.
    Str(String),
    /// An array.
    List(Vec<Node>),
    /// An object: in file order from the browser, sorted by key from `serde_json`.
    Map(Vec<(String, Node)>),
}

impl From<serde_json::Value> for Node {
    fn from(v: serde_json::Value) -> Node {
        use serde_json::Value as V;
        match v {
            V::Null => Node::Null,
            V::Bool(b) => Node::Bool(b),
            V::Number(n) => Node::Num(n.as_f64().unwrap_or(f64::NAN)),
            V::String(s) => Node::Str(s),
            V::Array(a) => Node::List(a.into_iter().map(Node::from).collect()),
            V::Object(o) => Node::Map(o.into_iter().map(|(k, v)| (k, Node::from(v))).collect()),
        }
    }
}

impl Node {
    /// Parses JSON text (native tools and tests; the browser uses `JSON.parse`).
    pub fn parse_json(text: &str) -> Result<Node, String> {
        serde_json::from_str::<serde_json::Value>(text)
            .map(Node::from)
            .map_err(|e| format!("the file is not valid JSON: {e}"))
    }

    /// How a problem message shows what was found.
    fn found(&self) -> String {
        match self {
            Node::Null => "null".into(),
            Node::Bool(b) => b.to_string(),
            // Integer arithmetic: `f64` formatting would add about 9 KB to the widget.
            Node::Num(n) if n.fract() == 0.0 => Dec(*n, 0).to_string(),
            Node::Num(n) => {
                let mut s = Dec(*n, 3).to_string();
                while s.ends_with('0') {
                    s.pop();
                }
                if s.ends_with('.') {
                    s.push('0');
                }
                s
            }
            Node::Str(s) => {
                let short: String = s.chars().take(60).collect();
                let more = if short.len() < s.len() { "…" } else { "" };
                format!("\"{short}{more}\"")
            }
            Node::List(l) => format!("a list of {}", l.len()),
            Node::Map(_) => "an object".into(),
        }
    }
}

/// One problem in a configuration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Where, as a JSON path (`brand.color`, `texts.de["ui.welcome.title"]`).
    pub path: String,
    /// What was found (empty when something required is missing).
    pub found: String,
    /// What is accepted.
    pub accepted: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path == "(file)" {
            write!(f, "the configuration file: {}", self.accepted)
        } else if self.found.is_empty() {
            write!(f, "{}: missing; {}", self.path, self.accepted)
        } else {
            write!(f, "{}: found {}; {}", self.path, self.found, self.accepted)
        }
    }
}

/// A field that is valid but cannot take effect under the file's other settings (a
/// thank-you text with the lead form off, a text missing in a language the widget
/// speaks). It does not make the file invalid: the configurator and `itcq config` show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// Where, as a JSON path.
    pub path: String,
    /// What will happen, and what to do.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A language in English, for the check's messages.
#[cfg(not(feature = "external-texts"))]
fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::De => "German",
        Lang::Es => "Spanish",
    }
}

/// The typeface of the widget.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Font {
    /// The operating system's interface font (the default; looks the same on any site).
    #[default]
    System,
    /// The host page's font.
    Inherit,
}

/// A validated configuration file.
#[derive(Debug, Clone, PartialEq)]
pub struct Custom {
    /// `strict` (default true): with any problem, nothing of the file is applied.
    pub strict: bool,
    /// Widget settings in the `data-*` attributes' dataset form (`mspName`, `brandColor`,
    /// …), already checked; attributes on the script tag take precedence.
    pub settings: Vec<(&'static str, String)>,
    /// Typeface.
    pub font: Font,
    /// IDs of the quick-bank questions not asked.
    pub hidden: Vec<QuestionId>,
    /// The bank the widget asks: the quick bank, with the MSP's own questions
    /// (`assessment.extra`) after its own.
    pub bank: BankRef,
    /// Weights (the MSP's own questions' included) and targets.
    pub tuning: Tuning,
    /// Delivery areas with an MSP offer, and the offer's link.
    pub offers: Vec<(&'static str, Option<String>)>,
    /// Lead form fields that must be filled in.
    pub required: Required,
    /// Text overrides: language (`None` for every language), key, text.
    pub texts: Vec<(Option<Lang>, String, String)>,
    /// Fields that cannot take effect under the file's other settings.
    pub warnings: Vec<Warning>,
}

impl Default for Custom {
    fn default() -> Self {
        Custom {
            strict: true,
            settings: Vec::new(),
            font: Font::System,
            hidden: Vec::new(),
            bank: BankRef::default(),
            tuning: Tuning::default(),
            offers: Vec::new(),
            required: Required::default(),
            texts: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

impl Custom {
    /// Whether a text key is one of the MSP's own texts, which exist only in this file: a
    /// service (`offer.*`) or a question of its own (`quick.<own id>.*`).
    fn own_text(&self, key: &str) -> bool {
        key.starts_with("offer.")
            || key.strip_prefix("quick.").is_some_and(|rest| {
                let id = rest.split('.').next().unwrap_or("");
                let bank = &self.bank;
                bank.questions[bank.base_len()..].iter().any(|q| q.id == id)
            })
    }

    /// The text overrides for one language, in file order (later ones win). The MSP's
    /// own texts (services and questions of its own) given only in other languages fall
    /// back to the English one, else the first one given, so a service keeps its name, and
    /// a question its text, in every language.
    pub fn texts_for(&self, lang: Lang) -> Vec<(&str, &str)> {
        let applies = |l: &Option<Lang>| l.is_none_or(|l| l == lang);
        // The entry that stands in for a key with no text in this language.
        let stand_in = |key: &str| {
            let same: Vec<usize> = (0..self.texts.len())
                .filter(|&j| self.texts[j].1 == key)
                .collect();
            if same.iter().any(|&j| applies(&self.texts[j].0)) {
                return None;
            }
            let en = same.iter().find(|&&j| self.texts[j].0 == Some(Lang::En));
            en.or(same.first()).copied()
        };
        self.texts
            .iter()
            .enumerate()
            .filter(|(i, (l, k, _))| applies(l) || (self.own_text(k) && stand_in(k) == Some(*i)))
            .map(|(_, (_, k, v))| (k.as_str(), v.as_str()))
            .collect()
    }

    /// Puts this file's text overrides for the language of `t` on top of it.
    pub fn overlay(&self, t: &mut Texts) {
        t.overlay(self.texts_for(t.lang()));
    }

    /// Whether a checked file is refused as a whole: it is strict and has problems, so none
    /// of it is applied (never silently half-applied).
    pub fn refused(&self, issues: &[Issue]) -> bool {
        self.strict && !issues.is_empty()
    }

    /// What of a checked file is applied: nothing when it is refused, else all that was
    /// read right.
    pub fn applied(self, issues: &[Issue]) -> Custom {
        if self.refused(issues) {
            Custom::default()
        } else {
            self
        }
    }

    /// The MSP's offer for a delivery area: whether it has one, and its link.
    pub fn offer(&self, area: &str) -> Option<Option<&str>> {
        self.offers
            .iter()
            .find(|(a, _)| *a == area)
            .map(|(_, url)| url.as_deref())
    }
}

/// The first part of every text key (`ui` in `ui.welcome.title`).
pub const KEY_PREFIXES: [&str; 30] = [
    "rep", "cfg", "ui", "block", "area", "service", "quick", "goal", "effort", "role", "industry",
    "itm", "band", "phase", "unknown", "talk", "reveal", "pitch", "brief", "report", "chart",
    "pdf", "mail", "error", "bank", "lead", "notice", "fmt", "month", "angle",
];

/// Longest text key.
pub const MAX_KEY: usize = 80;

/// Whether a key has the shape of a text key (`ui.welcome.title`) under a known prefix.
/// The widget, which has no list of every key, checks this; tools with the English
/// catalogue check the exact key.
pub fn key_shape(key: &str) -> bool {
    let head = key.split('.').next().unwrap_or("");
    key.len() <= MAX_KEY
        && KEY_PREFIXES.contains(&head)
        && key.contains('.')
        && key
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
}

/// Reads a configuration file. `known_key` decides whether a text key exists. Returns the
/// configuration and every problem found; with problems and `strict`, the caller applies
/// nothing of it (see [`Custom::strict`]).
pub fn read(root: &Node, known_key: &dyn Fn(&str) -> bool) -> (Custom, Vec<Issue>) {
    let r = reader(root, known_key);
    (r.out, r.issues)
}

fn reader<'a>(root: &Node, known_key: &'a dyn Fn(&str) -> bool) -> Reader<'a> {
    let mut r = Reader {
        issues: Vec::new(),
        out: Custom::default(),
        known_key,
        pending: Vec::new(),
        localized: Vec::new(),
        lead_only: Vec::new(),
        text_langs: Vec::new(),
    };
    r.root(root);
    r.settle();
    r
}

/// Reads a configuration file's JSON text, checking text keys against the English
/// catalogue (native tools and the configurator: the exact check), and names the fields
/// that cannot take effect ([`Custom::warnings`]; the widget, which only applies a file,
/// does not look for them).
#[cfg(not(feature = "external-texts"))]
pub fn read_json(text: &str) -> (Custom, Vec<Issue>) {
    let known = |k: &str| itcq_text::english().try_get(k).is_some();
    match tree(text) {
        Ok(node) => {
            let mut r = reader(&node, &known);
            r.warn();
            (r.out, r.issues)
        }
        Err(refused) => refused,
    }
}

/// Reads a configuration file's JSON text with `known_key` deciding which text keys exist
/// (the engine bundle applies a file with the widget's own check, [`key_shape`], so both
/// accept and refuse the same files).
pub fn read_text(text: &str, known_key: &dyn Fn(&str) -> bool) -> (Custom, Vec<Issue>) {
    match tree(text) {
        Ok(node) => read(&node, known_key),
        Err(refused) => refused,
    }
}

/// A file's JSON text as a tree, or the file refused as a whole (too large, too deep, not
/// JSON), as the readers return it.
#[allow(clippy::result_large_err)] // built once per file, returned as is
fn tree(text: &str) -> Result<Node, (Custom, Vec<Issue>)> {
    let fail = |accepted: String| {
        let issue = Issue {
            path: "(file)".into(),
            found: String::new(),
            accepted,
        };
        Err((Custom::default(), vec![issue]))
    };
    if text.len() > MAX_BYTES {
        return fail(format!(
            "the file is {} KB; a configuration file is at most {} KB",
            text.len().div_ceil(1024),
            MAX_BYTES / 1024
        ));
    }
    match Node::parse_json(text) {
        Ok(node) if depth(&node) > MAX_DEPTH => fail(format!(
            "the file is nested more than {MAX_DEPTH} levels deep; the schema uses four"
        )),
        Ok(node) => Ok(node),
        Err(e) => fail(e),
    }
}

/// How deep a tree goes.
pub fn depth(node: &Node) -> usize {
    match node {
        Node::List(l) => 1 + l.iter().map(depth).max().unwrap_or(0),
        Node::Map(m) => 1 + m.iter().map(|(_, v)| depth(v)).max().unwrap_or(0),
        _ => 0,
    }
}

/// A text of 1 to `max` characters (trimmed), or nothing.
fn text_of(node: &Node, max: usize) -> Option<String> {
    match node {
        Node::Str(s) if (1..=max).contains(&s.trim().chars().count()) => Some(s.trim().to_string()),
        _ => None,
    }
}

/// A path segment: `.key` for plain names, `["key"]` otherwise.
fn join(path: &str, key: &str) -> String {
    let plain = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    match (path.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{path}.{key}"),
        (_, false) => {
            let mut s = format!("{path}[\"");
            for c in key.chars() {
                if c == '"' || c == '\\' {
                    s.push('\\');
                }
                s.push(c);
            }
            s.push_str("\"]");
            s
        }
    }
}

struct Reader<'a> {
    issues: Vec<Issue>,
    out: Custom,
    known_key: &'a dyn Fn(&str) -> bool,
    /// Settings shared with the attributes: dataset key, value, path, what was found.
    pending: Vec<(&'static str, String, String, String)>,
    /// Texts given by language: path, key, the languages given (for the check's warnings,
    /// which the widget's build does not make).
    #[cfg_attr(feature = "external-texts", allow(dead_code))]
    localized: Vec<(String, String, Vec<Lang>)>,
    /// Fields that only show with the lead form: their paths.
    #[cfg_attr(feature = "external-texts", allow(dead_code))]
    lead_only: Vec<String>,
    /// `texts.<lang>` objects: path, language.
    #[cfg_attr(feature = "external-texts", allow(dead_code))]
    text_langs: Vec<(String, Lang)>,
}

const FIVE_ANSWERS: &str =
    "use a list of exactly five answers, from not at all (level 0) to fully in place (level 4)";

const URL_ACCEPTED: &str = "use a full web address starting with https:// (or http://)";

/// Which field an object holds.
type Fields<'n> = Vec<(&'n str, &'n Node)>;

impl Reader<'_> {
    fn issue(&mut self, path: &str, found: Option<&Node>, accepted: impl Into<String>) {
        self.issues.push(Issue {
            path: if path.is_empty() {
                "(file)".into()
            } else {
                path.into()
            },
            found: found.map(Node::found).unwrap_or_default(),
            accepted: accepted.into(),
        });
    }

    /// Too many (or all) of something at `path`: what was found is the count.
    fn counted(&mut self, path: &str, found: String, accepted: impl Into<String>) {
        self.issues.push(Issue {
            path: path.into(),
            found,
            accepted: accepted.into(),
        });
    }

    /// A name (a setting, an ID, a key) that is not known at `path`; what was found is the
    /// name itself.
    fn unknown(&mut self, path: &str, name: &str, accepted: impl Into<String>) {
        self.issues.push(Issue {
            path: path.into(),
            found: format!("\"{name}\""),
            accepted: accepted.into(),
        });
    }

    /// A language code used as a key (`{"de": …}`), or an issue at `path`.
    fn lang_code(&mut self, path: &str, code: &str) -> Option<Lang> {
        let lang = Lang::parse(code).filter(|l| l.code() == code);
        if lang.is_none() {
            self.unknown(
                path,
                code,
                format!("use a language code: {}", Lang::accepted()),
            );
        }
        lang
    }

    /// The fields of an object, with unknown names reported (with a suggestion when one is
    /// close to a known name).
    fn object<'n>(&mut self, path: &str, node: &'n Node, known: &[&str]) -> Fields<'n> {
        let Node::Map(entries) = node else {
            self.issue(path, Some(node), "use an object { … }");
            return Vec::new();
        };
        let mut fields = Vec::new();
        for (k, v) in entries {
            if known.contains(&k.as_str()) {
                fields.push((k.as_str(), v));
            } else {
                let near = known
                    .iter()
                    .find(|n| n.len() > 3 && edit_distance(k, n) <= 2);
                let accepted = match near {
                    Some(n) => format!("unknown setting; did you mean \"{n}\"?"),
                    None => format!("unknown setting; use {}", known.join(", ")),
                };
                self.unknown(&join(path, k), k, accepted);
            }
        }
        fields
    }

    fn string(&mut self, path: &str, node: &Node, max: usize) -> Option<String> {
        let text = text_of(node, max);
        if text.is_none() {
            self.issue(
                path,
                Some(node),
                format!("use a text of 1 to {max} characters"),
            );
        }
        text
    }

    fn bool(&mut self, path: &str, node: &Node) -> Option<bool> {
        match node {
            Node::Bool(b) => Some(*b),
            _ => {
                self.issue(path, Some(node), "use true or false");
                None
            }
        }
    }

    fn int(&mut self, path: &str, node: &Node, lo: u8, hi: u8) -> Option<u8> {
        match node {
            Node::Num(n) if n.fract() == 0.0 && (f64::from(lo)..=f64::from(hi)).contains(n) => {
                Some(*n as u8)
            }
            _ => {
                self.issue(
                    path,
                    Some(node),
                    format!("use a whole number from {lo} to {hi}"),
                );
                None
            }
        }
    }

    fn choice(
        &mut self,
        path: &str,
        node: &Node,
        options: &[&'static str],
    ) -> Option<&'static str> {
        if let Node::Str(s) = node
            && let Some(o) = options.iter().find(|o| **o == s.trim())
        {
            return Some(o);
        }
        let list: Vec<String> = options.iter().map(|o| format!("\"{o}\"")).collect();
        self.issue(path, Some(node), format!("use one of {}", list.join(", ")));
        None
    }

    /// A text in every language (a string) or per language (`{"en": …, "de": …}`), stored
    /// as overrides of `key`.
    fn local(&mut self, path: &str, node: &Node, key: &str, max: usize) {
        match node {
            Node::Map(entries) => {
                if entries.is_empty() {
                    self.issue(path, Some(node), "name at least one language");
                }
                let mut given = Vec::new();
                for (code, v) in entries {
                    let p = join(path, code);
                    let Some(lang) = self.lang_code(&p, code) else {
                        continue;
                    };
                    if let Some(s) = self.string(&p, v, max) {
                        self.out.texts.push((Some(lang), key.into(), s));
                        given.push(lang);
                    }
                }
                if !given.is_empty() {
                    self.localized.push((path.to_string(), key.to_string(), given));
                }
            }
            _ => match text_of(node, max) {
                Some(s) => self.out.texts.push((None, key.into(), s)),
                None => self.issue(
                    path,
                    Some(node),
                    format!("use a text of 1 to {max} characters, or an object of such texts by language: {{\"en\": \"…\", \"de\": \"…\"}}"),
                ),
            },
        }
    }

    /// What cannot take effect under the file's other settings: with the lead form off,
    /// the fields only it shows; with one language set, the texts of the others; texts
    /// given by language, in a language the widget speaks and they lack.
    #[cfg(not(feature = "external-texts"))]
    fn warn(&mut self) {
        let setting = |key: &str| {
            self.out
                .settings
                .iter()
                .rev()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.as_str())
        };
        let mut warnings = Vec::new();
        if setting("leadPosition") == Some("off") {
            for path in &self.lead_only {
                warnings.push(Warning {
                    path: path.clone(),
                    message: "the lead form is off (lead.position), so this never shows; choose another position or remove it".into(),
                });
            }
        }
        let fixed = setting("lang").and_then(Lang::parse);
        for (path, lang) in &self.text_langs {
            if let Some(only) = fixed.filter(|only| only != lang) {
                warnings.push(Warning {
                    path: path.clone(),
                    message: format!(
                        "the widget always speaks {} (lang), so these {} texts never show",
                        lang_name(only),
                        lang_name(*lang)
                    ),
                });
            }
        }
        let spoken: Vec<Lang> = fixed.map_or_else(|| Lang::ALL.to_vec(), |l| vec![l]);
        for (path, key, given) in &self.localized {
            let own = self.out.own_text(key);
            for lang in spoken.iter().filter(|l| !given.contains(l)) {
                let instead = if own {
                    let stand_in = if given.contains(&Lang::En) {
                        Lang::En
                    } else {
                        given[0]
                    };
                    format!("the {} text", lang_name(stand_in))
                } else {
                    format!("ITCq's own {} text", lang_name(*lang))
                };
                warnings.push(Warning {
                    path: path.clone(),
                    message: format!(
                        "no {} text (\"{}\"): {}-speaking visitors see {instead}",
                        lang_name(*lang),
                        lang.code(),
                        lang_name(*lang)
                    ),
                });
            }
        }
        self.out.warnings = warnings;
    }

    /// A widget setting the file shares with the script tag's attributes: checked later,
    /// all together, by the attributes' own rules ([`crate::settings::check`]).
    fn setting(&mut self, path: &str, key: &'static str, node: &Node) {
        match node {
            Node::Str(s) => self
                .pending
                .push((key, s.clone(), path.to_string(), node.found())),
            _ => self.issue(path, Some(node), "use a text in quotes"),
        }
    }

    /// Checks the pending settings by the attributes' own rules
    /// ([`crate::settings::check`]); a wrong one becomes an issue at its path and is left out.
    fn settle(&mut self) {
        for (key, value, path, found) in std::mem::take(&mut self.pending) {
            match check(key, &value) {
                Ok(()) => self.out.settings.push((key, value)),
                Err(accepted) => self.issues.push(Issue {
                    path,
                    found,
                    accepted,
                }),
            }
        }
    }

    fn root(&mut self, node: &Node) {
        if !matches!(node, Node::Map(_)) {
            self.issue(
                "",
                Some(node),
                format!(
                    "a configuration file is one JSON object {{ … }} starting with \"itcq_config\": {VERSION}"
                ),
            );
            return;
        }
        let fields = self.object("", node, &fields::ROOT);
        let version = fields.iter().find(|(k, _)| *k == "itcq_config");
        match version {
            None => self.issue(
                "itcq_config",
                None,
                format!("add \"itcq_config\": {VERSION} to say which version of the schema the file follows"),
            ),
            Some((_, Node::Num(n))) if *n == f64::from(VERSION) => {}
            Some((_, v)) => self.issue(
                "itcq_config",
                Some(v),
                format!("this widget reads version {VERSION} of the configuration schema"),
            ),
        }
        // Texts last: they may name the keys of the MSP's own questions.
        let (texts, fields): (Fields, Fields) =
            fields.into_iter().partition(|(k, _)| *k == "texts");
        for (k, v) in fields.into_iter().chain(texts) {
            match k {
                "strict" => {
                    if let Some(b) = self.bool(k, v) {
                        self.out.strict = b;
                    }
                }
                "lang" => self.setting(k, "lang", v),
                "analytics" => self.setting(k, "analytics", v),
                "brand" => self.brand(v),
                "assessment" => self.assessment(v),
                "targets" => self.targets(v),
                "catalogue" => self.catalogue(v),
                "lead" => self.lead(v),
                "texts" => self.texts(v),
                _ => {}
            }
        }
    }

    fn brand(&mut self, node: &Node) {
        for (k, v) in self.object("brand", node, &fields::BRAND) {
            let p = join("brand", k);
            match k {
                "name" => self.setting(&p, "mspName", v),
                "logo" => self.setting(&p, "logoUrl", v),
                "color" => self.setting(&p, "brandColor", v),
                "privacy_url" => self.setting(&p, "privacyUrl", v),
                "contact_email" => self.setting(&p, "contactEmail", v),
                "font" => match self.choice(&p, v, &fields::FONTS) {
                    Some("inherit") => self.out.font = Font::Inherit,
                    _ => self.out.font = Font::System,
                },
                "cta" => {
                    for (ck, cv) in self.object(&p, v, &fields::CTA) {
                        let cp = join(&p, ck);
                        match ck {
                            "label" => self.local(&cp, cv, "ui.cta.button", MAX_TEXT),
                            "booking" => self.setting(&cp, "bookingUrl", cv),
                            _ => self.setting(&cp, "ctaUrl", cv),
                        }
                    }
                }
                "welcome" => self.local(&p, v, "ui.welcome.intro", MAX_PROSE),
                "thanks" => {
                    self.lead_only.push(p.clone());
                    self.local(&p, v, "ui.results.thanks", MAX_PROSE);
                }
                _ => {}
            }
        }
    }

    fn assessment(&mut self, node: &Node) {
        for (k, v) in self.object("assessment", node, &fields::ASSESSMENT) {
            let p = join("assessment", k);
            if k == "extra" {
                self.extras(&p, v);
                continue;
            }
            if k == "auto_advance" {
                if let Some(b) = self.bool(&p, v) {
                    let value = if b { "on" } else { "off" };
                    self.out.settings.push(("autoAdvance", value.to_string()));
                }
                continue;
            }
            if k == "bank" {
                if matches!(v, Node::Str(s) if s == "full") {
                    let accepted = format!(
                        "the widget asks the quick bank ({} questions); the full bank of {} is read by the rep page and the itcq CLI",
                        Bank::quick().questions.len(),
                        Bank::full().questions.len()
                    );
                    self.issue(&p, Some(v), accepted);
                } else {
                    self.choice(&p, v, &["quick"]);
                }
                continue;
            }
            let Node::Map(entries) = v else {
                self.issue(
                    &p,
                    Some(v),
                    "use an object of question IDs, such as {\"backup_restore\": {\"weight\": 3}}",
                );
                continue;
            };
            let bank = Bank::quick();
            for (id, q) in entries {
                let qp = join(&p, id);
                // A question version 2 of the bank merged into another: nothing to apply.
                if quick::is_retired(id) {
                    continue;
                }
                let Some(pos) = bank.position(id) else {
                    let ids: Vec<&str> = bank.questions.iter().map(|q| q.id.as_str()).collect();
                    let near = ids.iter().find(|n| edit_distance(id, n) <= 2);
                    let accepted = match near {
                        Some(n) => format!("no such question; did you mean \"{n}\"?"),
                        None => format!(
                            "no such question; use a quick-bank question ID: {}",
                            ids.join(", ")
                        ),
                    };
                    self.unknown(&qp, id, accepted);
                    continue;
                };
                for (qk, qv) in self.object(&qp, q, &fields::QUESTION) {
                    let fp = join(&qp, qk);
                    match qk {
                        "hide" => {
                            if self.bool(&fp, qv) == Some(true) {
                                self.out.hidden.push(bank.questions[pos].id.clone());
                            }
                        }
                        "weight" => {
                            if let Some(w) = self.int(&fp, qv, 1, 5) {
                                self.out.tuning.weights.push((id.to_string(), w));
                            }
                        }
                        _ => self.local(&fp, qv, &format!("quick.{id}.{qk}"), MAX_PROSE),
                    }
                }
            }
            if self.out.hidden.len() >= bank.questions.len() {
                self.out.hidden.clear();
                self.counted(
                    &p,
                    format!("all {} questions hidden", bank.questions.len()),
                    "keep at least one question asked",
                );
            }
        }
    }

    /// `assessment.extra`: the MSP's own questions, each mapped to a delivery area (and so
    /// to the area's block). A question with any problem is left out whole.
    fn extras(&mut self, path: &str, node: &Node) {
        let Node::List(items) = node else {
            self.issue(path, Some(node), "use a list of questions, such as [{\"id\": \"our_question\", \"area\": \"continuous.backup\", \"text\": \"…\", \"options\": [\"…\", \"…\", \"…\", \"…\", \"…\"]}]");
            return;
        };
        if items.len() > MAX_EXTRAS {
            self.counted(
                path,
                format!("{} questions", items.len()),
                format!("add at most {MAX_EXTRAS} questions of your own"),
            );
            return;
        }
        const REQUIRED: [(&str, &str); 4] = [
            (
                "id",
                "give the question an ID: lower-case letters, digits and _, such as \"our_backup_check\"",
            ),
            (
                "area",
                "name the delivery area the question probes, such as \"continuous.backup\"",
            ),
            ("text", "write the question"),
            ("options", FIVE_ANSWERS),
        ];
        let mut extras: Vec<Extra> = Vec::new();
        let mut weights = Vec::new();
        // Every ID given, of questions left out too, so a repeated ID is always named.
        let mut seen: Vec<String> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let p = format!("{path}[{i}]");
            let (issues, texts) = (self.issues.len(), self.out.texts.len());
            let fields = self.object(&p, item, &fields::EXTRA);
            if !matches!(item, Node::Map(_)) {
                continue;
            }
            for (name, what) in REQUIRED {
                if !fields.iter().any(|(k, _)| *k == name) {
                    self.issue(&join(&p, name), None, what);
                }
            }
            // The ID first: the question's texts are kept under it.
            let given = fields.iter().find(|(k, _)| *k == "id").map(|(_, v)| *v);
            let id = given.and_then(|v| self.extra_id(&join(&p, "id"), v, &seen));
            if let Some(Node::Str(g)) = given {
                seen.push(g.clone());
            }
            let key = format!("quick.{}.", id.as_deref().unwrap_or("_"));
            let (mut area, mut weight) = (None, None);
            for (k, v) in &fields {
                let fp = join(&p, k);
                match *k {
                    "area" => {
                        area = match v {
                            Node::Str(id) => self.area(&fp, id),
                            _ => {
                                self.issue(&fp, Some(v), "use a delivery area ID in quotes, such as \"continuous.backup\"");
                                None
                            }
                        }
                    }
                    "weight" => weight = self.int(&fp, v, 1, 5),
                    "options" => match v {
                        Node::List(os) if os.len() == 5 => {
                            for (l, o) in os.iter().enumerate() {
                                self.local(
                                    &format!("{fp}[{l}]"),
                                    o,
                                    &format!("{key}o{l}"),
                                    MAX_PROSE,
                                );
                            }
                        }
                        _ => self.issue(&fp, Some(v), FIVE_ANSWERS),
                    },
                    "text" | "help" => self.local(&fp, v, &format!("{key}{k}"), MAX_PROSE),
                    _ => {}
                }
            }
            match (id, area) {
                (Some(id), Some(area)) if self.issues.len() == issues => {
                    // Without a weight, the question weighs 3 (medium), as the bank's own.
                    if let Some(w) = weight {
                        weights.push((id.clone(), w));
                    }
                    extras.push(Extra {
                        id,
                        block: area.block,
                        area: area.id,
                    });
                }
                // Left out whole: none of its texts.
                _ => self.out.texts.truncate(texts),
            }
        }
        self.out.tuning.weights.extend(weights);
        self.out.bank = Bank::quick_with(&extras);
    }

    /// An ID for the MSP's own question: a new slug (the full bank's IDs have dots, so a
    /// slug is never one of them).
    fn extra_id(&mut self, path: &str, node: &Node, taken: &[String]) -> Option<String> {
        let Node::Str(id) = node else {
            self.issue(
                path,
                Some(node),
                "use an ID in quotes: lower-case letters, digits and _",
            );
            return None;
        };
        let accepted = if !is_own_id(id) {
            "use 2 to 40 lower-case letters, digits and _, starting with a letter"
        } else if Bank::quick().position(id).is_some() {
            "this is a question of the quick bank; change it under assessment.questions, or choose another ID"
        } else if taken.contains(id) {
            "another of your questions has this ID; give each its own"
        } else {
            return Some(id.clone());
        };
        self.issue(path, Some(node), accepted);
        None
    }

    /// A delivery area by ID, or an issue at `path` naming the closest ID or all of them.
    fn area(&mut self, path: &str, id: &str) -> Option<&'static framework::Area> {
        let found = AREAS.iter().find(|a| a.id == id);
        if found.is_none() {
            let ids: Vec<&str> = AREAS.iter().map(|a| a.id).collect();
            let accepted = match ids.iter().find(|n| edit_distance(id, n) <= 2) {
                Some(n) => format!("no such delivery area; did you mean \"{n}\"?"),
                None => format!("no such delivery area; use one of {}", ids.join(", ")),
            };
            self.unknown(path, id, accepted);
        }
        found
    }

    fn targets(&mut self, node: &Node) {
        let labels = Segment::ALL.map(Segment::label);
        for (k, v) in self.object("targets", node, &labels) {
            let p = join("targets", k);
            let Some(seg) = Segment::ALL.into_iter().find(|s| s.label() == k) else {
                continue;
            };
            let blocks = BlockId::ALL.map(BlockId::as_str);
            let mut row = [None; 7];
            for (b, t) in self.object(&p, v, &blocks) {
                let i = blocks.iter().position(|x| *x == b).unwrap_or(0);
                row[i] = self.int(&join(&p, b), t, 0, 100);
            }
            self.out.tuning.targets.push((seg, row));
        }
    }

    fn catalogue(&mut self, node: &Node) {
        let Node::Map(entries) = node else {
            self.issue("catalogue", Some(node), "use an object of delivery area IDs, such as {\"continuous.backup\": {\"name\": \"SafeBackup\"}}");
            return;
        };
        for (id, offer) in entries {
            let p = join("catalogue", id);
            let Some(area) = self.area(&p, id) else {
                continue;
            };
            let fields = self.object(&p, offer, &fields::OFFER);
            if matches!(offer, Node::Map(_)) && !fields.iter().any(|(k, _)| *k == "name") {
                self.issue(
                    &join(&p, "name"),
                    None,
                    "name the service you sell for this area",
                );
            }
            let mut url = None;
            for (k, v) in fields {
                let fp = join(&p, k);
                match k {
                    "url" => match v {
                        Node::Str(u) if is_web_url(u) => url = Some(u.trim().to_string()),
                        _ => self.issue(&fp, Some(v), URL_ACCEPTED),
                    },
                    "name" | "price" => {
                        self.local(&fp, v, &format!("offer.{}.{k}", area.id), MAX_TEXT)
                    }
                    _ => self.local(&fp, v, &format!("offer.{}.{k}", area.id), MAX_PROSE),
                }
            }
            // An offer without a readable name is left out (the issue says why).
            let name = format!("offer.{}.name", area.id);
            if self.out.texts.iter().any(|(_, k, _)| *k == name) {
                self.out.offers.push((area.id, url));
            }
        }
    }

    fn lead(&mut self, node: &Node) {
        for (k, v) in self.object("lead", node, &fields::LEAD) {
            let p = join("lead", k);
            if k != "position" {
                self.lead_only.push(p.clone());
            }
            match k {
                "position" => self.setting(&p, "leadPosition", v),
                "send_report" => {
                    if let Some(b) = self.bool(&p, v) {
                        let value = if b { "on" } else { "off" };
                        self.out.settings.push(("sendReport", value.to_string()));
                    }
                }
                "required" => {
                    let Node::List(items) = v else {
                        self.issue(
                            &p,
                            Some(v),
                            "use a list of fields, such as [\"name\", \"email\", \"phone\"]",
                        );
                        continue;
                    };
                    let mut req = Required {
                        name: false,
                        company: false,
                        phone: false,
                    };
                    let mut email = false;
                    for (i, item) in items.iter().enumerate() {
                        match self.choice(&format!("{p}[{i}]"), item, &fields::LEAD_FIELDS) {
                            Some("name") => req.name = true,
                            Some("company") => req.company = true,
                            Some("phone") => req.phone = true,
                            Some(_) => email = true,
                            None => {}
                        }
                    }
                    if !email {
                        self.issue(
                            &p,
                            Some(v),
                            "include \"email\": a lead needs an address to answer",
                        );
                    }
                    self.out.required = req;
                }
                _ => self.local(&p, v, "ui.lead.consent", MAX_PROSE),
            }
        }
    }

    fn texts(&mut self, node: &Node) {
        let Node::Map(langs) = node else {
            self.issue(
                "texts",
                Some(node),
                "use an object of languages, such as {\"de\": {\"ui.welcome.title\": \"…\"}}",
            );
            return;
        };
        for (code, v) in langs {
            let p = join("texts", code);
            let Some(lang) = self.lang_code(&p, code) else {
                continue;
            };
            self.text_langs.push((p.clone(), lang));
            let Node::Map(entries) = v else {
                self.issue(
                    &p,
                    Some(v),
                    "use an object of text keys and texts, such as {\"ui.welcome.title\": \"…\"}",
                );
                continue;
            };
            if entries.len() > MAX_OVERRIDES {
                self.issue(
                    &p,
                    Some(v),
                    format!("use at most {MAX_OVERRIDES} texts per language"),
                );
                continue;
            }
            for (key, text) in entries {
                let kp = join(&p, key);
                let retired = key
                    .strip_prefix("quick.")
                    .and_then(|k| k.split('.').next())
                    .is_some_and(quick::is_retired);
                if retired {
                    continue;
                }
                if !(self.known_key)(key) && !self.out.own_text(key) {
                    self.unknown(&kp, key, "no such text key; the keys are listed in lang/en.json, lang/en.more.json and lang/en.rep.json");
                } else if let Some(s) = self.string(&kp, text, MAX_PROSE) {
                    self.out.texts.push((Some(lang), key.clone(), s));
                }
            }
        }
    }
}
