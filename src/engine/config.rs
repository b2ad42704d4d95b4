//! The widget's configuration as an MSP writes it: `data-*` attributes on the script tag.
//!
//! [`WidgetConfig::from_attributes`] never fails: every wrong value becomes a [`Problem`]
//! naming the attribute, what was found and what is accepted, and that setting falls back
//! to its default, so the prospect can still take the assessment while the MSP sees what to
//! fix. URLs are limited to `http(s)` (and root-relative paths for the logo), so nothing an
//! MSP types can become a `javascript:` link.

use crate::engine::custom::{Custom, Issue};
use crate::engine::i18n::{Lang, Texts};
use serde::Serialize;
use std::fmt;

/// Where the lead form appears in the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LeadPosition {
    /// Between the last question and the results (the default).
    #[default]
    Before,
    /// At the end of the results.
    After,
    /// No lead form.
    Off,
}

/// How the widget is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// In the page, where the script tag (or `data-target`) is.
    #[default]
    Inline,
    /// A floating button that opens the assessment in a dialog.
    Popup,
}

/// A colour as `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color(pub [u8; 3]);

impl Color {
    /// The default brand colour: a blue with 6.4:1 contrast on white.
    pub const DEFAULT: Color = Color([0x0b, 0x5c, 0xad]);

    /// Parses `#rgb` or `#rrggbb` (case-insensitive).
    pub fn parse(s: &str) -> Option<Color> {
        let hex = s.trim().strip_prefix('#')?;
        let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
        let b = hex.as_bytes();
        match b.len() {
            3 => Some(Color([
                digit(b[0])? * 17,
                digit(b[1])? * 17,
                digit(b[2])? * 17,
            ])),
            6 => Some(Color([
                digit(b[0])? * 16 + digit(b[1])?,
                digit(b[2])? * 16 + digit(b[3])?,
                digit(b[4])? * 16 + digit(b[5])?,
            ])),
            _ => None,
        }
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * lin(self.0[0]) + 0.7152 * lin(self.0[1]) + 0.0722 * lin(self.0[2])
    }

    /// WCAG contrast ratio between two colours (1–21).
    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// White or black, whichever reads better on this colour (for button text). One of
    /// the two always reaches at least 4.58:1, above the 4.5:1 WCAG AA asks for text.
    pub fn text_on(self) -> Color {
        let white = Color([255, 255, 255]);
        let black = Color([0, 0, 0]);
        if self.contrast(white) >= self.contrast(black) {
            white
        } else {
            black
        }
    }

    /// A darker variant of the colour that reaches 4.5:1 on white, for links and text in
    /// the brand colour (the colour itself when it already does).
    pub fn readable_on_white(self) -> Color {
        let white = Color([255, 255, 255]);
        let mut c = self;
        while c.contrast(white) < 4.5 {
            c = Color(c.0.map(|x| (f64::from(x) * 0.85) as u8));
        }
        c
    }
}

/// `x` (0–1) to the power 2.4, from square roots alone: `powf` would bring 1.4 KB of
/// libm into the widget. 2.4 = 2 + the binary fraction 0.01100110011 (0.39990…), each
/// `x^(1/2^k)` a square root of the previous, so the result is within 0.1 % of `powf` over
/// the sRGB range, far finer than a contrast decision needs.
fn pow_2_4(x: f64) -> f64 {
    let mut root = x;
    let mut acc = x * x;
    for k in 1..=11 {
        root = root.sqrt();
        if matches!(k, 2 | 3 | 6 | 7 | 10 | 11) {
            acc *= root;
        }
    }
    acc
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0[0], self.0[1], self.0[2])
    }
}

/// One wrong configuration value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Whether the widget shows it in its box (wrong values of known settings, likely
    /// misspellings) or only logs it (attributes that other tools put on script tags,
    /// advice).
    pub visible: bool,
    /// The attribute as the MSP wrote it (`data-brand-color`).
    pub attribute: String,
    /// What was found.
    pub found: String,
    /// What is accepted.
    pub accepted: String,
}

impl From<&Issue> for Problem {
    fn from(i: &Issue) -> Problem {
        Problem {
            visible: true,
            attribute: format!("data-config {}", i.path),
            found: i.found.trim_matches('"').to_string(),
            accepted: i.accepted.clone(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.attribute == "data-config (file)" {
            write!(f, "data-config: {}", self.accepted)
        } else if self.found.is_empty() {
            write!(f, "{}: missing; {}", self.attribute, self.accepted)
        } else {
            write!(
                f,
                "{}: \"{}\" is not accepted; {}",
                self.attribute, self.found, self.accepted
            )
        }
    }
}

/// The widget's settings after validation.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetConfig {
    /// The MSP's name as shown to the prospect.
    pub msp_name: Option<String>,
    /// Logo URL.
    pub logo_url: Option<String>,
    /// Brand colour.
    pub brand_color: Color,
    /// Where leads and questions go (mailto link).
    pub contact_email: Option<String>,
    /// Booking or contact page.
    pub cta_url: Option<String>,
    /// The call-to-action's label (`data-cta-label`); without it the text `ui.cta.button`
    /// in the prospect's language.
    pub cta_label: Option<String>,
    /// Privacy policy shown with the consent box.
    pub privacy_url: Option<String>,
    /// Position of the lead form.
    pub lead_position: LeadPosition,
    /// Inline or popup.
    pub mode: Mode,
    /// The language the MSP chose (`data-lang`); without it the loader follows the
    /// browser's languages.
    pub lang: Option<Lang>,
    /// Key that separates this widget's saved answers from others on the same site.
    pub storage_key: String,
    /// Endpoint that receives each lead and report as JSON (a Zapier/Make catch hook, a
    /// CRM's form endpoint).
    pub webhook: Option<String>,
    /// HubSpot portal (account) ID and form GUID for HubSpot's forms submission API.
    pub hubspot: Option<(String, String)>,
    /// A result code to show at once (the loader passes it from a `#itcq=` link).
    pub result_code: Option<String>,
    /// What the MSP's configuration file changes beyond these settings.
    pub custom: Custom,
}

impl Default for WidgetConfig {
    fn default() -> Self {
        WidgetConfig {
            msp_name: None,
            logo_url: None,
            brand_color: Color::DEFAULT,
            contact_email: None,
            cta_url: None,
            cta_label: None,
            privacy_url: None,
            lead_position: LeadPosition::Before,
            mode: Mode::Inline,
            lang: None,
            storage_key: "default".to_string(),
            webhook: None,
            hubspot: None,
            result_code: None,
            custom: Custom::default(),
        }
    }
}

/// Every setting, as dataset keys.
const KNOWN_KEYS: [&str; 19] = [
    "config",
    "mspName",
    "logoUrl",
    "brandColor",
    "contactEmail",
    "ctaUrl",
    "ctaLabel",
    "privacyUrl",
    "leadPosition",
    "mode",
    "lang",
    "storageKey",
    "webhook",
    "hubspotPortal",
    "hubspotForm",
    "resultCode",
    "target",
    "buttonLabel",
    "manual",
];

/// Levenshtein distance between two short ASCII keys.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<u8> = b.bytes().map(|c| c.to_ascii_lowercase()).collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().map(|c| c.to_ascii_lowercase()).enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != b[j]))
                .min(row[j] + 1)
                .min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Settings the loader handles itself; accepted here without checks.
const LOADER_KEYS: [&str; 4] = ["target", "manual", "buttonLabel", "config"];
/// Longest accepted text value (names, labels).
pub const MAX_TEXT: usize = 200;
/// Longest accepted URL.
pub const MAX_URL: usize = 2000;

/// Turns `camelCase` dataset keys into the attribute the MSP wrote (`data-camel-case`).
pub fn attribute_name(key: &str) -> String {
    let mut out = String::from("data-");
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a string is a plausible email address (`name@domain.tld`, no spaces).
pub fn is_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    // Byte and `matches!` tests: `str::contains` would cost the widget 1.7 KB.
    let d = domain.as_bytes();
    s.len() <= 254
        && !local.is_empty()
        && local.len() <= 64
        && !d.contains(&b'@')
        && d.contains(&b'.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !d.windows(2).any(|w| w == b"..")
        && s.chars().all(|c| {
            !c.is_whitespace()
                && !c.is_control()
                && !matches!(
                    c,
                    '<' | '>' | '(' | ')' | '[' | ']' | '\\' | ',' | ';' | ':' | '"'
                )
        })
}

/// Whether a string is an absolute `http://` or `https://` URL with a host.
pub fn is_web_url(s: &str) -> bool {
    let s = s.trim();
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(r) => {
            let host = r.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty()
                && s.len() <= MAX_URL
                && s.chars().all(|c| !c.is_whitespace() && !c.is_control())
        }
        None => false,
    }
}

/// Whether a string is a HubSpot portal (account) ID: digits only.
fn is_hubspot_portal(s: &str) -> bool {
    let s = s.trim();
    (1..=12).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a string is a GUID such as HubSpot's form IDs (8-4-4-4-12 hex digits).
fn is_guid(s: &str) -> bool {
    let parts: Vec<&str> = s.trim().split('-').collect();
    parts.len() == 5
        && parts
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn is_root_relative(s: &str) -> bool {
    s.starts_with('/')
        && !s.starts_with("//")
        && s.len() <= MAX_URL
        && s.chars().all(|c| !c.is_whitespace() && !c.is_control())
}

impl WidgetConfig {
    /// Reads the settings from dataset-style keys (`mspName`, `brandColor`, …). Unknown keys
    /// and wrong values become problems; the setting keeps its default.
    pub fn from_attributes(attrs: &[(String, String)]) -> (WidgetConfig, Vec<Problem>) {
        let mut c = WidgetConfig::default();
        let mut problems = Vec::new();
        let mut hidden = Vec::new();
        let (mut portal, mut form) = (None, None);
        let mut problem = |key: &str, found: &str, accepted: &str| {
            problems.push(Problem {
                visible: true,
                attribute: attribute_name(key),
                found: found.chars().take(80).collect(),
                accepted: accepted.to_string(),
            })
        };
        for (key, raw) in attrs {
            let v = raw.trim();
            match key.as_str() {
                "mspName" => match text(v) {
                    Some(t) => c.msp_name = Some(t),
                    None => problem(key, v, "use your company's name, 1 to 200 characters"),
                },
                "ctaLabel" => match text(v) {
                    Some(t) => c.cta_label = Some(t),
                    None => problem(key, v, "use a button label of 1 to 200 characters"),
                },
                "logoUrl" => {
                    if is_web_url(v) || is_root_relative(v) {
                        c.logo_url = Some(v.to_string());
                    } else {
                        problem(key, v, "use an https:// address or a path starting with /")
                    }
                }
                "brandColor" => match Color::parse(v) {
                    Some(col) => c.brand_color = col,
                    None => problem(key, v, "use a hex colour such as #0a5 or #00aa55"),
                },
                "contactEmail" => {
                    if is_email(v) {
                        c.contact_email = Some(v.to_string());
                    } else {
                        problem(key, v, "use an email address such as sales@example.com")
                    }
                }
                "webhook" => {
                    if is_web_url(v) {
                        c.webhook = Some(v.trim().to_string());
                    } else {
                        problem(
                            key,
                            v,
                            "use the full address of your webhook, starting with https://",
                        )
                    }
                }
                "hubspotPortal" => {
                    if is_hubspot_portal(v) {
                        portal = Some(v.trim().to_string());
                    } else {
                        problem(
                            key,
                            v,
                            "use your HubSpot account ID, a number such as 12345678 (Settings > Account defaults)",
                        )
                    }
                }
                "hubspotForm" => {
                    if is_guid(v) {
                        form = Some(v.trim().to_ascii_lowercase());
                    } else {
                        problem(
                            key,
                            v,
                            "use the form's ID from HubSpot, such as 1a2b3c4d-0000-4a5b-8c9d-0123456789ab",
                        )
                    }
                }
                "ctaUrl" | "privacyUrl" => {
                    if is_web_url(v) {
                        let slot = if key == "ctaUrl" {
                            &mut c.cta_url
                        } else {
                            &mut c.privacy_url
                        };
                        *slot = Some(v.to_string());
                    } else {
                        problem(
                            key,
                            v,
                            "use a full web address starting with https:// (or http://)",
                        )
                    }
                }
                "leadPosition" => match v {
                    "before" => c.lead_position = LeadPosition::Before,
                    "after" => c.lead_position = LeadPosition::After,
                    "off" => c.lead_position = LeadPosition::Off,
                    _ => problem(key, v, "use \"before\" (default), \"after\" or \"off\""),
                },
                "mode" => match v {
                    "inline" => c.mode = Mode::Inline,
                    "popup" => c.mode = Mode::Popup,
                    _ => problem(key, v, "use \"inline\" (default) or \"popup\""),
                },
                "lang" => match Lang::parse(v) {
                    Some(l) => c.lang = Some(l),
                    None => problem(key, v, &format!("use one of {}", Lang::accepted())),
                },
                "resultCode" => c.result_code = Some(v.to_string()),
                "storageKey" => {
                    if !v.is_empty() && v.len() <= MAX_TEXT {
                        c.storage_key = v.to_string();
                    } else {
                        problem(key, v, "use 1 to 200 characters")
                    }
                }
                k if LOADER_KEYS.contains(&k) => {}
                k => {
                    // Script tags often carry other tools' attributes (data-cfasync,
                    // data-cookieconsent): those are only logged. Something close to one of
                    // ours is most likely a typo, and is shown with a suggestion.
                    let near = KNOWN_KEYS.iter().find(|known| edit_distance(k, known) <= 2);
                    let accepted = match near {
                        Some(known) => format!("did you mean {}?", attribute_name(known)),
                        None => format!(
                            "this is not an ITCq setting (ignored); ITCq reads {}",
                            KNOWN_KEYS.map(attribute_name).join(", ")
                        ),
                    };
                    problem(key, v, &accepted);
                    if near.is_none() {
                        hidden.push(attribute_name(key));
                    }
                }
            }
        }
        match (portal, form) {
            (Some(p), Some(f)) => c.hubspot = Some((p, f)),
            (None, None) => {}
            (p, _) => problems.push(Problem {
                visible: true,
                attribute: if p.is_some() {
                    "data-hubspot-form"
                } else {
                    "data-hubspot-portal"
                }
                .into(),
                found: String::new(),
                accepted: "HubSpot delivery needs both data-hubspot-portal and data-hubspot-form"
                    .into(),
            }),
        }
        for p in problems
            .iter_mut()
            .filter(|p| hidden.contains(&p.attribute))
        {
            p.visible = false;
        }
        if c.lead_position != LeadPosition::Off && c.privacy_url.is_none() {
            problems.push(Problem {
                visible: false,
                attribute: "data-privacy-url".into(),
                found: String::new(),
                accepted: "add the address of your privacy policy: the lead form links it next to the consent box".into(),
            });
        }
        (c, problems)
    }

    /// The settings of a configuration file that was read, under the script tag's
    /// attributes (an attribute wins over the same setting in the file).
    pub fn with_file(attrs: &[(String, String)], custom: Custom) -> (WidgetConfig, Vec<Problem>) {
        let mut merged = attrs.to_vec();
        for (k, v) in &custom.settings {
            if !attrs.iter().any(|(a, _)| a == k) {
                merged.push(((*k).to_string(), v.clone()));
            }
        }
        let (mut c, problems) = WidgetConfig::from_attributes(&merged);
        c.custom = custom;
        (c, problems)
    }

    /// The call-to-action's label in the language of `t`.
    pub fn cta_label<'a>(&'a self, t: &'a Texts) -> &'a str {
        self.cta_label
            .as_deref()
            .unwrap_or_else(|| t.get("ui.cta.button"))
    }

    /// The MSP's name, or a neutral stand-in in the language of `t`.
    pub fn msp_display_name<'a>(&'a self, t: &'a Texts) -> &'a str {
        self.msp_name
            .as_deref()
            .unwrap_or_else(|| t.get("ui.your_it_partner"))
    }
}

fn text(v: &str) -> Option<String> {
    let n = v.chars().count();
    (1..=MAX_TEXT).contains(&n).then(|| v.to_string())
}

#[cfg(test)]
mod tests {

    #[test]
    fn pow_2_4_is_within_a_tenth_of_a_percent_of_powf() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let exact = x.powf(2.4);
            assert!(
                (pow_2_4(x) - exact).abs() <= exact * 1e-3,
                "{c}: {} vs {exact}",
                pow_2_4(x)
            );
        }
    }
    use super::*;

    fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn other_tools_attributes_are_only_logged_and_typos_get_a_suggestion() {
        let (_, p) = WidgetConfig::from_attributes(&attrs(&[
            ("cfasync", "false"),
            ("mspNmae", "Acme"),
            ("privacyUrl", "https://acme.example/privacy"),
        ]));
        assert_eq!(p.len(), 2, "{p:?}");
        let cf = p.iter().find(|x| x.attribute == "data-cfasync").unwrap();
        assert!(!cf.visible && cf.accepted.contains("not an ITCq setting"));
        let typo = p.iter().find(|x| x.attribute == "data-msp-nmae").unwrap();
        assert!(typo.visible && typo.accepted.contains("did you mean data-msp-name?"));
    }

    #[test]
    fn a_lead_form_without_a_privacy_link_is_flagged_in_the_console() {
        let (_, p) = WidgetConfig::from_attributes(&attrs(&[]));
        assert_eq!(p.len(), 1);
        assert!(!p[0].visible && p[0].attribute == "data-privacy-url");
        let (_, p) = WidgetConfig::from_attributes(&attrs(&[("leadPosition", "off")]));
        assert!(p.is_empty());
    }

    #[test]
    fn button_text_always_reaches_aa_contrast() {
        for c in [
            [0x2e, 0x86, 0xde],
            [0x80, 0x80, 0x80],
            [0x77, 0x77, 0x77],
            [0, 0xaa, 0x55],
            [255, 212, 0],
        ] {
            let c = Color(c);
            assert!(c.contrast(c.text_on()) >= 4.5, "{c}");
        }
    }

    #[test]
    fn good_attributes_are_taken() {
        let (c, p) = WidgetConfig::from_attributes(&attrs(&[
            ("mspName", "Acme IT"),
            ("brandColor", "#0a5"),
            ("contactEmail", "sales@acme.example"),
            ("ctaUrl", "https://acme.example/book"),
            ("leadPosition", "after"),
            ("mode", "popup"),
            ("target", "#x"),
            ("privacyUrl", "https://acme.example/privacy"),
        ]));
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(c.msp_name.as_deref(), Some("Acme IT"));
        assert_eq!(c.brand_color, Color([0, 0xaa, 0x55]));
        assert_eq!(c.lead_position, LeadPosition::After);
        assert_eq!(c.mode, Mode::Popup);
    }

    #[test]
    fn wrong_values_name_the_attribute_and_what_is_accepted() {
        let (c, p) = WidgetConfig::from_attributes(&attrs(&[
            ("mode", "sideways"),
            ("brandColor", "blue-ish"),
            ("contactEmail", "not-an-email"),
            ("leadPosition", "middle"),
            ("ctaUrl", "javascript:alert(1)"),
            ("colour", "red"),
        ]));
        assert_eq!(c, WidgetConfig::default());
        let text: Vec<String> = p.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 7, "{text:?}"); // six values + the missing privacy link
        for (attr, accepted) in [
            ("data-mode", "\"inline\""),
            ("data-brand-color", "#0a5"),
            ("data-contact-email", "sales@example.com"),
            ("data-lead-position", "\"after\""),
            ("data-cta-url", "https://"),
            ("data-colour", "not an ITCq setting"),
        ] {
            assert!(
                text.iter()
                    .any(|t| t.starts_with(attr) && t.contains(accepted)),
                "{attr}: {text:?}"
            );
        }
    }

    #[test]
    fn colours_parse_and_pick_readable_text() {
        assert_eq!(Color::parse("#FFF"), Some(Color([255, 255, 255])));
        assert_eq!(Color::parse("#0b5cad"), Some(Color::DEFAULT));
        for bad in ["0b5cad", "#12", "#12345g", "red", "#1234567", ""] {
            assert_eq!(Color::parse(bad), None, "{bad}");
        }
        assert_eq!(Color::DEFAULT.text_on(), Color([255, 255, 255]));
        assert_eq!(Color([255, 221, 0]).text_on(), Color([0, 0, 0]));
        let light = Color([0x66, 0xdd, 0xaa]);
        assert!(light.readable_on_white().contrast(Color([255, 255, 255])) >= 4.5);
        assert_eq!(Color::DEFAULT.readable_on_white(), Color::DEFAULT);
    }

    #[test]
    fn emails_and_urls() {
        for ok in ["sales@acme.example", "a.b+c@d.co.uk"] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a@b",
            "@b.com",
            "a b@c.com",
            "a@b..com",
            "a@.b.com",
            "<a@b.com>",
            "a@b.com@c.com",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        for ok in ["https://acme.example", "http://acme.example/book?x=1"] {
            assert!(is_web_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "https://",
            "ftp://x.y",
            "//x.y",
            "https://a b.com",
            "data:text/html,x",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    #[test]
    fn attribute_names_are_rebuilt_from_dataset_keys() {
        assert_eq!(attribute_name("brandColor"), "data-brand-color");
        assert_eq!(attribute_name("mode"), "data-mode");
    }
}
