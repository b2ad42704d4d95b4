//! Texts in the prospect's language: one catalogue of keyed texts per language.
//!
//! Every text a person reads has a stable key derived from stable IDs
//! (`block.continuous.name`, `quick.backup_restore.o3`, `ui.welcome.title`). English is
//! the [`en`] module's (domain texts, the briefing's talking material, interface copy);
//! [`english`] collects it. German and Spanish are language
//! files (`www/lang/de.json`, `www/lang/es.json`) with the same keys, written for a
//! business owner rather than translated word for word. An MSP's configuration can
//! override any key per language.
//!
//! Texts may hold named placeholders such as `{count}`; [`Texts::fmt`] fills them. Every
//! language must use the same placeholders for a key (checked by tests, see
//! [`placeholders`]).
//!
//! The widget's browser build leaves the English prose out of its wasm (feature
//! `external-texts`) and fetches `lang/<code>.json` for whichever language is in use, so
//! a German prospect downloads German only.
//!
//! **Owns:** languages, catalogues, number and date formatting, and the report in words
//! ([`named`]). **Must not import:** result codes, exports, MSP settings, the briefing's
//! logic or any web crate; it depends on the core only.

pub mod dec;
pub mod en;
pub mod named;
pub mod reading;
pub mod standards;

pub use dec::{Dec, dec0, dec1};

use itcq_core::date::Date;
use std::fmt::Write as _;

/// A language the product is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    /// English (the source language).
    #[default]
    En,
    /// German.
    De,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, source first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::De, Lang::Es];

    /// The ISO 639-1 code (`"de"`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
        }
    }

    /// The language's own name, for a language menu (never translated).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
        }
    }

    /// Reads a language tag as browsers and MSPs write it: `de`, `de-AT`, `es_MX`, `EN`.
    /// Only the primary subtag counts.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first supported language in a browser's preference list, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::parse)
            .unwrap_or_default()
    }

    /// The accepted values, for error messages.
    pub fn accepted() -> String {
        let codes: Vec<String> = Lang::ALL
            .iter()
            .map(|l| format!("\"{}\" ({})", l.code(), l.native_name()))
            .collect();
        codes.join(", ")
    }
}

/// A catalogue of texts in one language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Texts {
    lang: Lang,
    /// Sorted by key, keys unique.
    entries: Vec<(Box<str>, Box<str>)>,
}

impl Texts {
    /// A catalogue from key/text pairs; a later pair wins over an earlier one with the
    /// same key.
    pub fn new<K: Into<Box<str>>, V: Into<Box<str>>>(
        lang: Lang,
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Texts {
        // Language files are written with sorted keys, so each insertion lands at the end
        // and costs a binary search; a general sort here would add about 2 KB (gzipped)
        // to each wasm bundle for no gain.
        let mut t = Texts {
            lang,
            entries: Vec::new(),
        };
        t.overlay(pairs);
        t
    }

    /// Sets (or replaces) texts, for an MSP's overrides.
    pub fn overlay<K: Into<Box<str>>, V: Into<Box<str>>>(
        &mut self,
        pairs: impl IntoIterator<Item = (K, V)>,
    ) {
        for (k, v) in pairs {
            let (k, v) = (k.into(), v.into());
            match self.entries.binary_search_by(|(e, _)| (**e).cmp(&*k)) {
                Ok(i) => self.entries[i].1 = v,
                Err(i) => self.entries.insert(i, (k, v)),
            }
        }
    }

    /// The catalogue's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text of a key, if the catalogue has it.
    pub fn try_get(&self, key: &str) -> Option<&str> {
        self.entries
            .binary_search_by(|(k, _)| (**k).cmp(key))
            .ok()
            .map(|i| &*self.entries[i].1)
    }

    /// The text of a key; the key itself when missing, so a gap shows instead of hiding
    /// (tests keep every language complete).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.try_get(key).unwrap_or(key)
    }

    /// The text of a key made of parts (`["block.", id, ".name"]`); a marker when missing
    /// (the key was built here, so unlike [`Texts::get`] it cannot be returned).
    pub fn of(&self, parts: &[&str]) -> &str {
        self.try_get(&parts.concat()).unwrap_or("[missing text]")
    }

    /// A text with its `{name}` placeholders filled in.
    pub fn fmt(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.get(key), args)
    }

    /// All keys and texts, sorted by key.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(k, v)| (&**k, &**v))
    }

    /// Number of texts.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the catalogue is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// A number with `decimals` decimals (0–3) and this language's decimal separator.
    pub fn num(&self, x: f64, decimals: u8) -> String {
        let s = Dec(x, decimals).to_string();
        match (self.try_get("fmt.decimal"), s.split_once('.')) {
            (Some(sep), Some((whole, frac))) if sep != "." => [whole, sep, frac].concat(),
            _ => s,
        }
    }

    /// A score with one decimal (`62.5`, `62,5`).
    pub fn score(&self, x: f64) -> String {
        self.num(x, 1)
    }

    /// A percentage of a share 0–1, whole percent (`42%`, `42 %`).
    pub fn percent(&self, share: f64) -> String {
        let n = self.num(share * 100.0, 0);
        self.fmt("fmt.percent", &[("n", &n)])
    }

    /// A date as this language writes it (`23 November 2026`, `23. November 2026`).
    pub fn date(&self, date: Date) -> String {
        let (y, m, d) = date.ymd();
        let month = self.of(&["month.", &m.to_string()]).to_string();
        self.fmt(
            "fmt.date",
            &[
                ("d", &d.to_string()),
                ("month", &month),
                ("y", &y.to_string()),
            ],
        )
    }
}

/// Fills `{name}` placeholders; unknown placeholders are left as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, tail)) => {
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        let _ = write!(out, "{{{name}}}");
                    }
                }
                rest = tail;
            }
            None => {
                out.push('{');
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders of a text, sorted and unique (`{count}` → `count`).
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some((_, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else {
            break;
        };
        if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            names.push(name);
        }
        rest = tail;
    }
    // Few names per text: the small sort keeps the widget's wasm small.
    itcq_core::util::sort_small_by(&mut names, |a, b| a.cmp(b));
    names.dedup();
    names
}

/// The English catalogue, collected once from [`en`].
///
/// In the widget's browser build (feature `external-texts`) the domain's and the briefing's
/// English prose is left out of the wasm and this catalogue holds the interface copy only;
/// the widget always uses the catalogue the loader fetched.
pub fn english() -> &'static Texts {
    static EN: std::sync::OnceLock<Texts> = std::sync::OnceLock::new();
    EN.get_or_init(|| Texts::new(Lang::En, en::collect()))
}

/// Reads a language file: `{"format": "itcq-texts", "version": 1, "lang": "de",
/// "texts": {"key": "text", …}}`.
pub fn parse_file(json: &str) -> Result<Texts, String> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        format: String,
        version: u32,
        lang: String,
        texts: std::collections::BTreeMap<String, String>,
    }
    let file: File = serde_json::from_str(json).map_err(|e| format!("not a language file: {e}"))?;
    if file.format != FILE_FORMAT {
        return Err(format!(
            "format is \"{}\"; a language file has \"format\": \"{FILE_FORMAT}\"",
            file.format
        ));
    }
    if file.version != FILE_VERSION {
        return Err(format!(
            "version {} is not supported; this engine reads version {FILE_VERSION}",
            file.version
        ));
    }
    let lang = Lang::parse(&file.lang)
        .ok_or_else(|| format!("lang \"{}\" is not one of {}", file.lang, Lang::accepted()))?;
    Ok(Texts::new(lang, file.texts))
}

/// Writes a language file (keys sorted, one per line, stable for diffs).
pub fn write_file(texts: &Texts) -> String {
    let map: std::collections::BTreeMap<&str, &str> = texts.entries().collect();
    let file = serde_json::json!({
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "lang": texts.lang().code(),
        "texts": map,
    });
    let mut s = serde_json::to_string_pretty(&file).unwrap_or_default();
    s.push('\n');
    s
}

/// Which language file a text is in. The widget fetches [`Part::Start`] with its wasm
/// (the first-interaction payload, size-budgeted) and [`Part::More`] right after it has
/// mounted; the rep page also reads [`Part::Rep`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// `lang/<code>.json`: the welcome screen, with the notices and configuration
    /// problems it may show, and the number formats.
    Start,
    /// `lang/<code>.more.json`: the profile and goals, the questions, the lead form, the
    /// results, the printed report and the emails.
    More,
    /// `lang/<code>.rep.json`: the rep page's and the configurator's words, the rep
    /// briefing's talking points and the full bank's texts.
    Rep,
}

impl Part {
    /// Every part, in loading order.
    pub const ALL: [Part; 3] = [Part::Start, Part::More, Part::Rep];

    /// The file a key belongs in.
    pub fn of(key: &str) -> Part {
        // A service's help is its plain name in the prospect's plan, so it is not the rep's.
        let rep = [
            "talk.", "reveal.", "pitch.", "brief.", "rep.", "cfg.", "angle.",
        ]
        .iter()
        .any(|p| key.starts_with(p))
            || (key.starts_with("area.") && key.ends_with(".desc"))
            || (key.starts_with("block.") && key.ends_with(".question"));
        let later_ui = [
            "ui.results.",
            "ui.share.",
            "ui.cta.",
            "ui.chart.",
            "ui.restart",
            "ui.lead.",
            "ui.live.",
            "ui.question.",
            "ui.offer.",
            "ui.status.",
            // Every step after the welcome waits for the second file, which the widget
            // fetches as soon as it is up: the first file holds only what the welcome
            // screen (and a notice or a configuration problem on it) shows.
            "ui.profile.",
            "ui.goals.",
            "ui.dont_know",
            "ui.see_results",
            "error.",
            "industry.",
            "itm.",
            "goal.",
            "month.",
            "fmt.date",
        ]
        .iter()
        .any(|p| key.starts_with(p));
        let start = [
            // The header's stand-in name when the MSP gave none, shown on the welcome.
            "pdf.no_msp",
            "ui.",
            "error.",
            "notice.",
            "industry.",
            "itm.",
            "goal.",
            "fmt.",
            "month.",
        ]
        .iter()
        .any(|p| key.starts_with(p));
        if rep {
            Part::Rep
        } else if start && !later_ui {
            Part::Start
        } else {
            Part::More
        }
    }

    /// The file name for a language (`de.json`, `de.more.json`, `de.rep.json`).
    pub fn file_name(self, lang: Lang) -> String {
        match self {
            Part::Start => format!("{}.json", lang.code()),
            Part::More => format!("{}.more.json", lang.code()),
            Part::Rep => format!("{}.rep.json", lang.code()),
        }
    }
}

/// A key of [`Part::More`] that the widget checks to know the part has arrived.
pub const MORE_MARKER: &str = "ui.results.title";

/// The texts of one [`Part`] of a catalogue.
pub fn part(texts: &Texts, part: Part) -> Texts {
    Texts::new(
        texts.lang(),
        texts.entries().filter(|(k, _)| Part::of(k) == part),
    )
}

/// The `format` field of a language file.
pub const FILE_FORMAT: &str = "itcq-texts";
/// The version of the language file format.
pub const FILE_VERSION: u32 = 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_language_tags() {
        assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
        assert_eq!(Lang::parse("ES_mx"), Some(Lang::Es));
        assert_eq!(Lang::parse(" en "), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::negotiate(["fr-FR", "es-ES", "de"]), Lang::Es);
        assert_eq!(Lang::negotiate(["fr-FR"]), Lang::En);
    }

    #[test]
    fn fills_placeholders_and_keeps_unknown_ones() {
        assert_eq!(
            fill("{a} of {b}, {c}", &[("a", "3"), ("b", "30")]),
            "3 of 30, {c}"
        );
        assert_eq!(fill("no braces", &[]), "no braces");
        assert_eq!(fill("open { only", &[]), "open { only");
        assert_eq!(placeholders("{b} {a} {b} {not valid}"), ["a", "b"]);
    }

    #[test]
    fn later_pairs_win_and_lookups_find_them() {
        let mut t = Texts::new(Lang::De, [("b", "1"), ("a", "2"), ("b", "3")]);
        assert_eq!(t.get("b"), "3");
        assert_eq!(t.get("missing"), "missing");
        t.overlay([("a", "x")]);
        assert_eq!(t.try_get("a"), Some("x"));
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn formats_numbers_per_language() {
        let de = Texts::new(
            Lang::De,
            [
                ("fmt.decimal", ","),
                ("fmt.percent", "{n} %"),
                ("fmt.date", "{d}. {month} {y}"),
                ("month.11", "November"),
            ],
        );
        assert_eq!(de.score(62.5), "62,5");
        assert_eq!(de.percent(0.424), "42 %");
        assert_eq!(
            de.date(Date::from_ymd(2026, 11, 23).unwrap()),
            "23. November 2026"
        );
        assert_eq!(english().score(62.5), "62.5");
    }

    #[test]
    fn language_files_round_trip_and_bad_ones_are_named() {
        let t = Texts::new(Lang::Es, [("a", "uno")]);
        assert_eq!(parse_file(&write_file(&t)).unwrap(), t);
        assert!(
            parse_file("{}")
                .unwrap_err()
                .contains("not a language file")
        );
        let wrong = r#"{"format":"x","version":1,"lang":"de","texts":{}}"#;
        assert!(parse_file(wrong).unwrap_err().contains("itcq-texts"));
        let lang = r#"{"format":"itcq-texts","version":1,"lang":"fr","texts":{}}"#;
        assert!(parse_file(lang).unwrap_err().contains("\"de\" (Deutsch)"));
    }
}
