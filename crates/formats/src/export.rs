//! Exports of one result: the shareable link, the JSON document, CSV rows for a CRM, the
//! printable report (an HTML document the browser prints or saves as PDF), the block chart
//! as SVG and the summary for an email. Also reads any of them back: a code, a link or a
//! JSON export all give the same [`Decoded`] result.
//!
//! Everything here is text in, text out; the browser bindings and the CLI only move it.
//! All text from outside (company, contact, MSP settings) is escaped for its target:
//! HTML-escaped in the report and the SVG, quoted and defused against spreadsheet formulas
//! in CSV.

use crate::code::{self, CodeError, Decoded};
use crate::color::Color;
use crate::lead::Lead;
use itcq_core::Tuning;
use itcq_core::assess_tuned;
use itcq_core::bank::{BankId, BankRef};
use itcq_core::date::Date;
use itcq_core::plan::ranked;
use itcq_core::report::Report;
use itcq_core::standards;
use itcq_text::{Texts, named};
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// Version of the JSON export document's schema.
pub const EXPORT_VERSION: u32 = 1;

/// The `format` field of a JSON export.
pub const EXPORT_FORMAT: &str = "itcq-export";

/// Largest JSON export accepted, in bytes.
pub const MAX_EXPORT_BYTES: usize = 5 * 1024 * 1024;

/// One result with its report: what every export is made from.
#[derive(Debug, Clone)]
pub struct Scored {
    /// What the code carries.
    pub decoded: Decoded,
    /// The canonical result code (with the contact details only if the code had them).
    pub code: String,
    /// The report recomputed from the answers.
    pub report: Report,
}

impl Scored {
    /// Scores decoded answers with the framework's weights and targets, and keeps their
    /// code.
    pub fn new(decoded: Decoded) -> Scored {
        Scored::new_tuned(decoded, &Tuning::default())
    }

    /// [`Scored::new`] with an MSP's question weights and targets.
    pub fn new_tuned(decoded: Decoded, tuning: &Tuning) -> Scored {
        let code = code::encode(
            &decoded.profile,
            &decoded.answers,
            decoded.taken_on,
            decoded.lead.as_ref(),
        );
        let report = assess_tuned(&decoded.profile, &decoded.answers, tuning);
        Scored {
            decoded,
            code,
            report,
        }
    }

    /// The same result without the contact details: what may be forwarded (the share
    /// link, the printed report the prospect receives).
    pub fn without_contact(&self) -> Scored {
        let code = self.public_code();
        let mut decoded = self.decoded.clone();
        decoded.lead = None;
        Scored {
            decoded,
            code,
            report: self.report.clone(),
        }
    }

    /// The result code without the contact details: the same for every link to this
    /// result, with or without them.
    pub fn public_code(&self) -> String {
        let d = &self.decoded;
        code::encode(&d.profile, &d.answers, d.taken_on, None)
    }

    /// The company name: from the contact details, else from the profile.
    pub fn company(&self) -> Option<&str> {
        self.decoded
            .lead
            .as_ref()
            .map(|l| l.company.as_str())
            .filter(|c| !c.trim().is_empty())
            .or(self.decoded.profile.company.as_deref())
            .filter(|c| !c.trim().is_empty())
    }
}

/// Why a text could not be read as a result.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The text is (or holds) a result code that is not valid.
    #[error("{0}")]
    Code(#[from] CodeError),
    /// The text looks like JSON but is not an ITCq export.
    #[error("not an ITCq JSON export: {0}")]
    Json(String),
    /// The text is too large.
    #[error(
        "the file is {0} bytes; an ITCq JSON export is at most {MAX_EXPORT_BYTES} bytes (5 MB)"
    )]
    TooLarge(usize),
}

impl ReadError {
    /// What kind of problem it is, as a stable ID: `"json"` (the text is not an export it
    /// can read, such as a cut-off file whose head does not hold the code), `"code"` (the
    /// result code itself) or `"too_large"`.
    pub fn kind(&self) -> &'static str {
        match self {
            ReadError::Code(_) => "code",
            ReadError::Json(_) => "json",
            ReadError::TooLarge(_) => "too_large",
        }
    }
}

#[derive(Deserialize)]
struct ExportHead {
    format: String,
    #[serde(default)]
    schema_version: Option<u32>,
    result_code: String,
}

/// The bytes at the start of a JSON export that hold its `format`, `schema_version` and
/// `result_code` when it is as ITCq writes it (those come first, and a code is at most
/// [`code::MAX_INPUT`] characters): a reader of many exports needs to read only these.
pub const EXPORT_HEAD_BYTES: usize = 8 * 1024;
const _: () = assert!(EXPORT_HEAD_BYTES >= code::MAX_INPUT + 1024);

/// The head of a JSON export cut off after its code (such as its first
/// [`EXPORT_HEAD_BYTES`]), read in document order as far as `result_code` with `format`
/// and `schema_version` (once all three are in hand, the rest is not read). `None` when the
/// text does not give all three before it ends or breaks.
fn head(text: &str) -> Option<ExportHead> {
    use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
    struct Seed<'a>(&'a mut Option<ExportHead>);
    /// The error that stops the reader once the code is in hand.
    const STOP: &str = "stop";
    impl<'de> DeserializeSeed<'de> for Seed<'_> {
        type Value = ();
        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_map(self)
        }
    }
    impl<'de> Visitor<'de> for Seed<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an ITCq JSON export")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let mut format = None;
            let mut schema_version = None;
            let mut result_code = None;
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                match key.as_ref() {
                    "format" => format = Some(map.next_value::<String>()?),
                    "schema_version" => schema_version = Some(map.next_value::<Option<u32>>()?),
                    "result_code" => result_code = Some(map.next_value::<String>()?),
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                if let (Some(f), Some(v), Some(c)) = (&format, &schema_version, &result_code) {
                    *self.0 = Some(ExportHead {
                        format: f.clone(),
                        schema_version: *v,
                        result_code: c.clone(),
                    });
                    return Err(de::Error::custom(STOP));
                }
            }
            Ok(())
        }
    }
    let mut found = None;
    let mut reader = serde_json::Deserializer::from_str(text);
    let _ = Seed(&mut found).deserialize(&mut reader);
    found
}

/// Reads a result from a pasted code, a link holding one, or a JSON export's text.
///
/// A JSON export is read through its `result_code` (the report inside it is recomputed,
/// never trusted), so an edited export cannot show scores its answers do not give. An
/// export cut off after its `format`, `schema_version` and `result_code`, such as its first
/// [`EXPORT_HEAD_BYTES`] as ITCq writes it, reads the same as the whole file; a whole text
/// is read whole, so anything wrong after the code is still named.
pub fn read(text: &str) -> Result<Scored, ReadError> {
    read_tuned(text, &BankRef::default(), &Tuning::default())
}

/// [`read`] with an MSP's quick bank (with its own questions), question weights and
/// targets, so a result reads as the prospect saw it in that MSP's widget.
pub fn read_tuned(text: &str, quick: &BankRef, tuning: &Tuning) -> Result<Scored, ReadError> {
    let decode = |code: &str| {
        code::decode_with(code, |id| match id {
            BankId::Quick => Some(quick.clone()),
            BankId::Full => Some(id.bank().into()),
        })
    };
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.starts_with('{') {
        if trimmed.len() > MAX_EXPORT_BYTES {
            return Err(ReadError::TooLarge(trimmed.len()));
        }
        let head: ExportHead = match serde_json::from_str(trimmed) {
            Ok(h) => h,
            // Cut off: its head may still hold the code.
            Err(e) => match head(trimmed).filter(|_| e.is_eof()) {
                Some(h) => h,
                None => return Err(ReadError::Json(e.to_string())),
            },
        };
        if head.format != EXPORT_FORMAT {
            return Err(ReadError::Json(format!(
                "format is \"{}\"; expected \"{EXPORT_FORMAT}\"",
                head.format.chars().take(40).collect::<String>()
            )));
        }
        if let Some(v) = head.schema_version.filter(|v| *v > EXPORT_VERSION) {
            return Err(ReadError::Json(format!(
                "schema_version {v} comes from a newer ITCq; this version reads {EXPORT_VERSION}"
            )));
        }
        return Ok(Scored::new_tuned(decode(&head.result_code)?, tuning));
    }
    Ok(Scored::new_tuned(decode(trimmed)?, tuning))
}

/// The link that reopens a result: `base` without its fragment, then `#itcq=<code>`.
pub fn link(base: &str, code: &str) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}#itcq={code}")
}

#[derive(Serialize)]
struct ExportDoc<'a> {
    format: &'static str,
    schema_version: u32,
    result_code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    result_link: Option<String>,
    taken_on: Option<Date>,
    contact: Option<&'a Lead>,
    report: named::Named<'a, Report>,
}

/// The JSON export: `{format, schema_version, result_code, result_link?, taken_on,
/// contact, report}`, pretty-printed, the report in the words of `t`. `link_base` is the
/// page the link should open.
pub fn json(result: &Scored, link_base: Option<&str>, t: &Texts) -> String {
    let doc = ExportDoc {
        format: EXPORT_FORMAT,
        schema_version: EXPORT_VERSION,
        result_code: &result.code,
        result_link: link_base.map(|b| link(b, &result.code)),
        taken_on: result.decoded.taken_on,
        contact: result.decoded.lead.as_ref(),
        report: named::report(&result.report, t),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 24] = [
    "name",
    "email",
    "company",
    "phone",
    "consent",
    "taken_on",
    "seats",
    "industry",
    "it_management",
    "itcq",
    "band",
    "target_itcq",
    "continuous",
    "competent",
    "charged",
    "conscious",
    "controlled",
    "clear",
    "cost_effective",
    "action_1",
    "action_2",
    "action_3",
    "result_code",
    "result_link",
];

/// One CSV cell: quoted when needed, and text that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return) prefixed with `'`.
pub fn csv_cell(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if defused.contains([',', '"', '\n', '\r']) || defused.trim() != defused {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// The CSV header line (with CRLF).
pub fn csv_header() -> String {
    let mut line = CSV_COLUMNS.join(",");
    line.push_str("\r\n");
    line
}

/// One CSV line (with CRLF) for a result, its words from `t`; `link_base` makes the
/// result link column.
pub fn csv_row(result: &Scored, link_base: Option<&str>, t: &Texts) -> String {
    let r = &result.report;
    let lead = result.decoded.lead.as_ref();
    let num = |x: Option<f64>| x.map(|v| format!("{v:.1}")).unwrap_or_default();
    let actions = ranked(&r.plan);
    let mut cells: Vec<String> = vec![
        lead.map(|l| l.name.clone()).unwrap_or_default(),
        lead.map(|l| l.email.clone()).unwrap_or_default(),
        result.company().unwrap_or_default().to_string(),
        lead.map(|l| l.phone.clone()).unwrap_or_default(),
        lead.map(|l| if l.consent { "yes" } else { "no" })
            .unwrap_or_default()
            .to_string(),
        result
            .decoded
            .taken_on
            .map(|d| d.to_string())
            .unwrap_or_default(),
        r.profile.seats.to_string(),
        t.of(&["industry.", r.profile.industry.as_str()])
            .to_string(),
        t.of(&["itm.", r.profile.it_management.as_str()])
            .to_string(),
        num(Some(r.itcq)),
        named::band(t, r.band).to_string(),
        num(Some(r.target_itcq)),
    ];
    cells.extend(r.blocks.iter().map(|b| num(b.score)));
    cells.extend((0..3).map(|i| {
        actions
            .get(i)
            .map(|a| named::area(t, a.area).to_string())
            .unwrap_or_default()
    }));
    cells.push(result.code.clone());
    cells.push(link_base.map(|b| link(b, &result.code)).unwrap_or_default());
    let mut line = cells
        .iter()
        .map(|c| csv_cell(c))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// A whole CSV sheet: header and one row per result.
pub fn csv(results: &[Scored], link_base: Option<&str>, t: &Texts) -> String {
    let mut out = csv_header();
    for r in results {
        out.push_str(&csv_row(r, link_base, t));
    }
    out
}

/// Escapes text for HTML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The block chart in words, for screen readers (the widget's chart and the printed one):
/// "Block scores against targets: Continuous 41 of target 70; …".
pub fn chart_label(report: &Report, t: &Texts) -> String {
    let summary = report
        .blocks
        .iter()
        .map(|b| match b.score {
            Some(s) => t.fmt(
                "chart.block",
                &[
                    ("block", named::block(t, b.id)),
                    ("score", &t.num(s, 0)),
                    ("target", &t.num(b.target, 0)),
                ],
            ),
            None => t.fmt("chart.block_none", &[("block", named::block(t, b.id))]),
        })
        .collect::<Vec<_>>()
        .join("; ");
    t.fmt("chart.label", &[("summary", &summary)])
}

/// The block chart as a standalone SVG: one bar per block with its target marked.
pub fn chart_svg(report: &Report, brand: Color, t: &Texts) -> String {
    let bar = brand.readable_on_white();
    let (row, label_w, bar_w) = (30, 130, 400);
    let height = 24 + row * report.blocks.len();
    let mut s = format!(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {height}\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>",
        w = label_w + bar_w + 60,
        label = esc(&chart_label(report, t)),
    );
    for (i, b) in report.blocks.iter().enumerate() {
        let y = 8 + row * i;
        let score = b.score.unwrap_or(0.0);
        let width = (score / 100.0 * bar_w as f64).round();
        let tx = label_w as f64 + b.target / 100.0 * bar_w as f64;
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{ty}\" font-size=\"13\" fill=\"#1b1f24\">{name}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{bar_w}\" height=\"18\" fill=\"#e8ebef\"/>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{width}\" height=\"18\" fill=\"{bar}\"/>\
             <line x1=\"{tx:.1}\" x2=\"{tx:.1}\" y1=\"{y1}\" y2=\"{y2}\" stroke=\"#1b1f24\" stroke-width=\"2\"/>\
             <text x=\"{vx}\" y=\"{ty}\" font-size=\"12\" fill=\"#1b1f24\">{value}</text>",
            ty = y + 14,
            name = esc(named::block(t, b.id)),
            y1 = y - 3,
            y2 = y + 21,
            vx = label_w + bar_w + 8,
            value = b.score.map_or("–".to_string(), |v| t.num(v, 0)),
        );
    }
    let _ = write!(
        s,
        "<text x=\"{label_w}\" y=\"{ly}\" font-size=\"11\" fill=\"#4a5563\">{}</text></svg>",
        esc(t.get("chart.legend")),
        ly = height - 2
    );
    s
}

/// What the printable report shows of the MSP: name, colour, logo, call to action, contact
/// and the delivery areas it offers a service for. The MSP layer fills it from its settings.
#[derive(Debug, Clone, Default)]
pub struct Brand<'a> {
    /// The MSP's name, if given.
    pub msp_name: Option<&'a str>,
    /// The brand colour.
    pub color: Color,
    /// The logo's address.
    pub logo_url: Option<&'a str>,
    /// The call to action's address.
    pub cta_url: Option<&'a str>,
    /// The call to action's label, if the MSP wrote one.
    pub cta_label: Option<&'a str>,
    /// The MSP's email address.
    pub contact_email: Option<&'a str>,
    /// Delivery areas with an MSP offer, and the offer's link.
    pub offers: &'a [(&'static str, Option<String>)],
}

impl<'a> Brand<'a> {
    /// The call to action's label: the MSP's, else the default in the language of `t`.
    pub fn cta_label(&self, t: &'a Texts) -> &'a str {
        self.cta_label.unwrap_or_else(|| t.get("ui.cta.button"))
    }

    /// The MSP's name, or a neutral stand-in in the language of `t`.
    pub fn msp_display_name(&self, t: &'a Texts) -> &'a str {
        self.msp_name.unwrap_or_else(|| t.get("ui.your_it_partner"))
    }

    /// The MSP's offer for a delivery area: whether it has one, and its link.
    pub fn offer(&self, area: &str) -> Option<Option<&str>> {
        self.offers
            .iter()
            .find(|(a, _)| *a == area)
            .map(|(_, url)| url.as_deref())
    }
}

/// The printable report as a standalone HTML document (styles inline, no scripts) in the
/// language of `t`: the browser prints it or saves it as PDF. `brand` carries the MSP's
/// branding and contact.
pub fn report_html(result: &Scored, brand: &Brand, link_base: Option<&str>, t: &Texts) -> String {
    report_document(result, brand, link_base, t, true)
}

/// The report's next steps: the MSP's call to action, email and the link to the results
/// (the code as given: the widget prints the one without contact details).
fn next_steps(h: &mut String, result: &Scored, brand: &Brand, link_base: Option<&str>, t: &Texts) {
    let msp = brand.msp_display_name(t);
    let _ = write!(
        h,
        "<section class=\"next\"><h2>{}</h2><p>{}</p>",
        esc(t.get("pdf.next")),
        esc(&t.fmt("pdf.next_text", &[("msp", msp)]))
    );
    if let Some(url) = brand.cta_url {
        let _ = write!(
            h,
            "<p>{}: <a href=\"{u}\">{u}</a></p>",
            esc(brand.cta_label(t)),
            u = esc(url)
        );
    }
    if let Some(email) = brand.contact_email {
        let _ = write!(
            h,
            "<p>{}: <a href=\"mailto:{e}\">{e}</a></p>",
            esc(t.get("pdf.email")),
            e = esc(email)
        );
    }
    if let Some(base) = link_base {
        let _ = write!(
            h,
            "<p>{}: <a class=\"code\" href=\"{l}\">{l}</a></p>",
            esc(t.get("pdf.online")),
            l = esc(&link(base, &result.code))
        );
    }
    h.push_str("</section>");
}

/// The report's stylesheet: the brand colours, then the layout for screen and print.
pub fn report_css(brand: &Brand) -> String {
    format!(
        ":root{{--brand:{};--brand-text:{}}}{}",
        brand.color,
        brand.color.readable_on_white(),
        include_str!("export/report.css"),
    )
}

/// [`report_html`], with the `<style>` element only when `inline_css`: a site whose
/// Content-Security-Policy refuses inline styles gets the document without it, and the
/// caller adopts [`report_css`] as a constructed stylesheet, which that policy allows.
pub fn report_document(
    result: &Scored,
    brand: &Brand,
    link_base: Option<&str>,
    t: &Texts,
    inline_css: bool,
) -> String {
    let r = &result.report;
    let msp = brand.msp_display_name(t);
    let company = result.company();
    let title = match company {
        Some(c) => t.fmt("pdf.title_company", &[("company", c)]),
        None => t.get("pdf.title").to_string(),
    };
    let mut h = String::with_capacity(24_000);
    let _ = write!(
        h,
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title>",
        t.lang().code(),
        esc(&title),
    );
    if inline_css {
        let _ = write!(h, "<style>{}</style>", report_css(brand));
    }
    h.push_str("</head><body>");
    // The summary: one or two pages an owner reads; the full assessment follows as the
    // appendix.
    h.push_str("<section class=\"summary\"><div class=\"brand\">");
    if let Some(logo) = brand.logo_url {
        let _ = write!(h, "<img src=\"{}\" alt=\"\">", esc(logo));
    }
    let _ = write!(
        h,
        "<span>{}</span></div><p class=\"kicker\">{}</p><h1>{}</h1>",
        esc(brand.msp_name.unwrap_or(t.get("pdf.no_msp"))),
        esc(t.get("pdf.kicker")),
        esc(t.get("pdf.heading")),
    );
    if let Some(c) = company {
        let _ = write!(h, "<p class=\"company\">{}</p>", esc(c));
    }
    let gap = r.target_itcq - r.itcq;
    let gap = if gap > 0.05 {
        t.fmt(
            "ui.results.gap_below",
            &[("gap", &t.score(gap)), ("target", &t.score(r.target_itcq))],
        )
    } else {
        t.fmt("ui.results.gap_at", &[("target", &t.score(r.target_itcq))])
    };
    let _ = write!(
        h,
        "<p class=\"score\"><strong>{}</strong><span>/ 100</span></p><p><span class=\"band\">{}</span> · {}</p><p class=\"gap\">{}</p>",
        t.score(r.itcq),
        esc(t.of(&["band.", r.band.as_str(), ".name"])),
        esc(t.of(&["band.", r.band.as_str(), ".desc"])),
        esc(&gap),
    );
    if r.answers.missing > 0 {
        let _ = write!(
            h,
            "<p>{}</p>",
            esc(&t.fmt(
                "pdf.partial",
                &[
                    ("answered", &r.answers.answered.to_string()),
                    ("total", &r.answers.total.to_string()),
                ],
            ))
        );
    }
    h.push_str("<p class=\"meta\">");
    if let Some(l) = &result.decoded.lead {
        let _ = write!(
            h,
            "{} ",
            esc(&t.fmt("pdf.prepared_for", &[("name", &l.name)]))
        );
    }
    if let Some(d) = result.decoded.taken_on {
        let _ = write!(
            h,
            "{} ",
            esc(&t.fmt("pdf.taken_on", &[("date", &t.date(d))]))
        );
    }
    let _ = write!(
        h,
        "{}</p>",
        esc(&t.fmt(
            "pdf.profile",
            &[
                ("seats", &r.profile.seats.to_string()),
                (
                    "industry",
                    t.of(&["industry.", r.profile.industry.as_str()])
                ),
                ("it", t.of(&["itm.", r.profile.it_management.as_str()])),
            ],
        ))
    );
    // The seven blocks at a glance: score, recommendation and status in words.
    let _ = write!(
        h,
        "<table class=\"glance\"><caption>{}</caption><tbody>",
        esc(t.get("ui.results.blocks"))
    );
    for b in &r.blocks {
        let score = b.score.map_or_else(|| "–".to_string(), |s| t.num(s, 0));
        let _ = write!(
            h,
            "<tr class=\"{}\"><th>{} <span>{}</span></th><td>{} / {}</td><td class=\"word\">{}</td></tr>",
            b.status.as_str(),
            esc(named::block(t, b.id)),
            esc(t.of(&["block.", b.id.as_str(), ".plain"])),
            score,
            t.num(b.target, 0),
            esc(t.of(&["ui.status.", b.status.as_str()])),
        );
    }
    h.push_str("</tbody></table>");
    // The three first steps, each with the prospect's own answer.
    let top: Vec<_> = ranked(&r.plan).into_iter().take(3).collect();
    if !top.is_empty() {
        let _ = write!(
            h,
            "<h2>{}</h2><ol class=\"top\">",
            esc(t.get("ui.results.top"))
        );
        for a in top {
            let _ = write!(
                h,
                "<li><strong>{}</strong> <span class=\"facts\">+{} ITCq</span>",
                esc(named::plain_area(t, a.area)),
                t.score(a.gain)
            );
            if let Some(said) = named::weakest_answer(t, &result.decoded.answers, a) {
                let _ = write!(
                    h,
                    "<br><em>{}</em>",
                    esc(&t.fmt("ui.results.you_said", &[("answer", said)]))
                );
            }
            h.push_str("</li>");
        }
        h.push_str("</ol>");
    }
    next_steps(&mut h, result, brand, link_base, t);
    h.push_str("</section>");
    // The appendix: the full assessment.
    let _ = write!(
        h,
        "<section class=\"appendix\"><p class=\"kicker\">{}</p><h2>{}</h2>",
        esc(t.get("pdf.appendix")),
        esc(t.get("pdf.blocks"))
    );
    h.push_str(&chart_svg(r, brand.color, t));
    h.push_str("<ul class=\"blocks\">");
    for b in &r.blocks {
        let target = t.num(b.target, 0);
        let _ = write!(
            h,
            "<li><h3>{}</h3><p class=\"status\">{}</p><p>{}</p></li>",
            esc(named::block(t, b.id)),
            esc(&match b.score {
                Some(s) => t.fmt(
                    "pdf.block_score",
                    &[("score", &t.num(s, 0)), ("target", &target)]
                ),
                None => t.fmt("pdf.block_none", &[("target", &target)]),
            }),
            esc(&named::meaning(t, b))
        );
    }
    let _ = write!(
        h,
        "</ul><div class=\"box\"><h3>{}</h3><p>{}</p></div></section>",
        esc(t.get("pdf.unknown")),
        esc(named::unknown(t, r.unknown.level))
    );
    // Plan.
    let _ = write!(
        h,
        "<section><h2>{}</h2><p>{}</p>",
        esc(t.get("pdf.plan")),
        esc(&t.fmt(
            "pdf.plan_gain",
            &[
                ("from", &t.score(r.itcq)),
                ("to", &t.score(r.plan.projected_itcq)),
            ],
        ))
    );
    for p in &r.plan.phases {
        let _ = write!(
            h,
            "<div class=\"phase\"><h3>{}</h3>",
            esc(&t.fmt(
                "pdf.phase",
                &[
                    ("phase", named::phase(t, p.id)),
                    ("itcq", &t.score(p.projected_itcq)),
                ],
            ))
        );
        if p.actions.is_empty() {
            let _ = write!(h, "<p>{}</p></div>", esc(t.get("pdf.phase_empty")));
            continue;
        }
        h.push_str("<ol class=\"actions\">");
        for a in &p.actions {
            let _ = write!(
                h,
                "<li><strong>{}</strong><p class=\"facts\">{}</p><ul class=\"services\">",
                esc(named::plain_area(t, a.area)),
                esc(&t.fmt(
                    "pdf.action_facts",
                    &[
                        ("block", t.of(&["block.", a.block.as_str(), ".name"])),
                        ("gain", &t.score(a.gain)),
                        ("effort", t.of(&["effort.", a.effort.as_str()])),
                        ("responsible", t.of(&["role.", a.responsible.as_str()])),
                        ("accountable", t.of(&["role.", a.accountable.as_str()])),
                    ],
                ))
            );
            for s in &a.services {
                let _ = write!(h, "<li>{}</li>", esc(named::plain_service(t, s)));
            }
            h.push_str("</ul>");
            if a.reaches_target {
                let _ = write!(
                    h,
                    "<p class=\"facts\">{}</p>",
                    esc(t.get("pdf.reaches_target"))
                );
            }
            // The MSP's own service for the area, when their configuration names one.
            if let Some(url) = brand.offer(a.area) {
                let text = |field: &str| t.try_get(&format!("offer.{}.{field}", a.area));
                let name = text("name").unwrap_or_default();
                let _ = write!(
                    h,
                    "<div class=\"offer\"><p class=\"facts\">{}</p><p><strong>{}</strong></p>",
                    esc(&t.fmt("ui.offer.title", &[("msp", msp)])),
                    esc(name)
                );
                if let Some(pitch) = text("pitch") {
                    let _ = write!(h, "<p>{}</p>", esc(pitch));
                }
                if let Some(price) = text("price") {
                    let _ = write!(
                        h,
                        "<p>{}</p>",
                        esc(&t.fmt("ui.offer.price", &[("price", price)]))
                    );
                }
                if let Some(url) = url {
                    let _ = write!(h, "<p><a href=\"{u}\">{u}</a></p>", u = esc(url));
                }
                h.push_str("</div>");
            }
            h.push_str("</li>");
        }
        h.push_str("</ol></div>");
    }
    if !r.plan.beyond_target.is_empty() {
        let _ = write!(
            h,
            "<div class=\"phase\"><h3>{}</h3><p>{}</p><ul>",
            esc(t.get("pdf.beyond")),
            esc(t.get("pdf.beyond_intro"))
        );
        for a in &r.plan.beyond_target {
            let _ = write!(
                h,
                "<li>{} <span class=\"facts\">{}</span></li>",
                esc(named::plain_area(t, a.area)),
                esc(&t.fmt("pdf.beyond_gain", &[("gain", &t.score(a.gain))]))
            );
        }
        h.push_str("</ul></div>");
    }
    h.push_str("</section>");
    // What insurers and auditors ask about the weakest areas (the plan's first actions).
    let asked: Vec<(&str, String)> = ranked(&r.plan)
        .into_iter()
        .map(|a| (a.area, named::asks_line(&standards::asks(&a.questions), 3)))
        .filter(|(_, line)| !line.is_empty())
        .take(4)
        .collect();
    if !asked.is_empty() {
        let _ = write!(
            h,
            "<section class=\"asks\"><h2>{}</h2><p class=\"facts\">{}</p><ul>",
            esc(t.get("pdf.asks")),
            esc(t.get("pdf.asks_intro"))
        );
        for (area, line) in asked {
            let _ = write!(
                h,
                "<li>{}</li>",
                esc(&t.fmt(
                    "pdf.asks_area",
                    &[("area", named::plain_area(t, area)), ("items", &line)]
                ))
            );
        }
        h.push_str("</ul></section>");
    }
    let _ = write!(
        h,
        "<footer>{} <span class=\"code\">{}</span></footer></body></html>",
        esc(&t.fmt(
            "pdf.footer",
            &[
                ("questions", t.of(&["bank.", r.bank.as_str()])),
                ("version", &r.bank_version.to_string()),
            ],
        )),
        esc(&result.code)
    );
    h
}

/// The subject and body of the email a prospect sends the MSP with their results, in the
/// language of `t`.
pub fn mail_summary(report: &Report, msp: &str, link: Option<&str>, t: &Texts) -> (String, String) {
    let itcq = t.score(report.itcq);
    let subject = t.fmt("mail.subject", &[("itcq", &itcq)]);
    let mut body = t.fmt(
        "mail.intro",
        &[
            ("msp", msp),
            ("itcq", &itcq),
            ("band", t.of(&["band.", report.band.as_str(), ".name"])),
            ("target", &t.score(report.target_itcq)),
        ],
    );
    body.push_str("\n\n");
    body.push_str(t.get("mail.blocks"));
    body.push('\n');
    for b in &report.blocks {
        let line = match b.score {
            Some(s) => t.fmt(
                "mail.block",
                &[
                    ("block", named::block(t, b.id)),
                    ("score", &t.num(s, 0)),
                    ("target", &t.num(b.target, 0)),
                ],
            ),
            None => t.fmt("mail.block_none", &[("block", named::block(t, b.id))]),
        };
        let _ = writeln!(body, "- {line}");
    }
    body.push('\n');
    body.push_str(t.get("mail.actions"));
    body.push('\n');
    for a in ranked(&report.plan).iter().take(3) {
        let _ = writeln!(body, "- {}", named::area(t, a.area));
    }
    if let Some(l) = link {
        let _ = write!(body, "\n{}\n", t.fmt("mail.link", &[("link", l)]));
    }
    body.push('\n');
    body.push_str(t.get("mail.close"));
    body.push('\n');
    (subject, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use itcq_core::answers::{Answer, Answers};
    use itcq_core::bank::Bank;
    use itcq_core::profile::{Industry, ItManagement, Profile};

    fn result(company: &str, lead: Option<Lead>) -> Scored {
        let mut answers = Answers::empty(Bank::quick());
        for i in 0..Bank::quick().questions.len() {
            answers.answer(i, Answer::Level((i % 5) as u8));
        }
        answers.answer(3, Answer::DontKnow);
        let profile = Profile {
            company: Some(company.into()),
            seats: 60,
            industry: Industry::Finance,
            it_management: ItManagement::InternalAdmin,
            goals: vec![],
        };
        Scored::new(Decoded {
            profile,
            answers,
            taken_on: Date::parse("2026-11-23").ok(),
            lead,
        })
    }

    #[test]
    fn csv_defuses_formulas_and_quotes() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-2"), "'-2");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("plain"), "plain");
        let r = result("=cmd|' /C calc'!A0", None);
        let sheet = csv(
            &[r],
            Some("https://msp.example/check"),
            itcq_text::english(),
        );
        let row = sheet.lines().nth(1).unwrap();
        assert!(row.contains(",'=cmd|' /C calc'!A0,"), "{row}");
        assert_eq!(sheet.lines().next().unwrap().split(',').count(), 24);
        assert!(row.contains("#itcq=B"), "{row}");
    }

    #[test]
    fn html_escapes_everything_from_outside() {
        let lead = Lead {
            name: "<script>alert(1)</script>".into(),
            email: "a@b.co".into(),
            company: "<img src=x onerror=alert(1)>".into(),
            phone: String::new(),
            consent: true,
        };
        let r = result("x", Some(lead));
        let html = report_html(
            &r,
            &Brand::default(),
            Some("https://msp.example/"),
            itcq_text::english(),
        );
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img src=x"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains(&format!("{:.1}", r.report.itcq)));
    }

    #[test]
    fn any_export_reads_back_to_the_same_result() {
        let r = result("Acme", None);
        let doc = json(&r, Some("https://msp.example/it#top"), itcq_text::english());
        assert!(doc.contains("\"result_link\": \"https://msp.example/it#itcq=B"));
        let back = read(&doc).unwrap();
        assert_eq!(back.report, r.report);
        assert_eq!(
            read(&link("https://x.example/", &r.code)).unwrap().code,
            r.code
        );
        assert!(
            matches!(read("{\"format\":\"other\",\"result_code\":\"B\"}"), Err(ReadError::Json(m)) if m.contains("expected \"itcq-export\""))
        );
        assert!(matches!(read("{nope"), Err(ReadError::Json(_))));
    }
}
