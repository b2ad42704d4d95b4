//! One setting of the widget, as an MSP writes it in a `data-*` attribute or in the
//! configuration file: which settings there are, what each accepts, and the value checks
//! they share (text lengths, web addresses, typos). The attributes
//! ([`crate::config`]) and the configuration file ([`crate::custom`]) both check their
//! settings here, so a value is accepted or refused the same way, with the same words.

use itcq_formats::Color;
use itcq_formats::lead::is_email;
use itcq_text::Lang;
use serde::Serialize;

/// Where the lead form appears in the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LeadPosition {
    /// Before the questions: contact first, then the profile and the questions.
    Start,
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

/// Where the widget's funnel events go besides the host element's DOM events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Analytics {
    /// Only the DOM events (the default).
    #[default]
    Events,
    /// Also pushed to `window.dataLayer` (Google Tag Manager, GA4).
    DataLayer,
}

/// Every setting, as dataset keys.
pub const KNOWN_KEYS: [&str; 25] = [
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
    "bookingUrl",
    "autoAdvance",
    "analytics",
    "resultPlan",
    "sendReport",
    "resumeCode",
];

/// Levenshtein distance between two short ASCII keys.
pub fn edit_distance(a: &str, b: &str) -> usize {
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

/// Why one setting's value is refused: what is accepted, and whether the widget shows it
/// (an attribute that is no ITCq setting at all is only logged).
pub struct Refused {
    /// What is accepted.
    pub accepted: String,
    /// Whether the widget shows it (else it is only logged).
    pub visible: bool,
}

/// A setting's value refused, with what is accepted (shown in the widget).
fn refuse(accepted: &str) -> Result<Setting, Refused> {
    Err(Refused {
        accepted: accepted.to_string(),
        visible: true,
    })
}

/// One setting's value, checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Setting {
    /// `mspName`.
    MspName(String),
    /// `ctaLabel`.
    CtaLabel(String),
    /// `logoUrl`.
    LogoUrl(String),
    /// `brandColor`.
    BrandColor(Color),
    /// `contactEmail`.
    ContactEmail(String),
    /// `webhook`.
    Webhook(String),
    /// `hubspotPortal` (HubSpot needs the form too).
    HubspotPortal(String),
    /// `hubspotForm` (HubSpot needs the portal too).
    HubspotForm(String),
    /// `ctaUrl`.
    CtaUrl(String),
    /// `privacyUrl`.
    PrivacyUrl(String),
    /// `leadPosition`.
    LeadPosition(LeadPosition),
    /// `mode`.
    Mode(Mode),
    /// `lang`.
    Lang(Lang),
    /// `resultCode` (checked when the widget opens it).
    ResultCode(String),
    /// `storageKey`.
    StorageKey(String),
    /// `bookingUrl`: a scheduling page (Calendly, Cal.com, HubSpot Meetings, Microsoft
    /// Bookings or any other), opened from the call to action.
    BookingUrl(String),
    /// `autoAdvance`: whether choosing an answer moves on to the next question.
    AutoAdvance(bool),
    /// `analytics`: whether the funnel events also go to `window.dataLayer`.
    Analytics(Analytics),
    /// `resultPlan`: the plan's actions a shared result had ticked, by rank.
    ResultPlan(Vec<u32>),
    /// `sendReport`: whether the MSP's automation emails the prospect their report (the
    /// confirmation then says it is coming).
    SendReport(bool),
    /// `resumeCode`: an unfinished assessment to reopen (from a partial lead's link).
    ResumeCode(String),
    /// A setting the loader handles itself (`target`, `manual`, `buttonLabel`, `config`).
    Loader,
}

/// Checks one setting (dataset-style key, the value trimmed): the value, or what is accepted.
pub fn parse(key: &str, v: &str) -> Result<Setting, Refused> {
    Ok(match key {
        "mspName" => match text(v) {
            Some(t) => Setting::MspName(t),
            None => return refuse("use your company's name, 1 to 200 characters"),
        },
        "ctaLabel" => match text(v) {
            Some(t) => Setting::CtaLabel(t),
            None => return refuse("use a button label of 1 to 200 characters"),
        },
        "logoUrl" if (v.starts_with("https://") && is_web_url(v)) || is_root_relative(v) => {
            Setting::LogoUrl(v.to_string())
        }
        "logoUrl" => return refuse("use an https:// address or a path starting with /"),
        "brandColor" => match Color::parse(v) {
            Some(col) => Setting::BrandColor(col),
            None => return refuse("use a hex colour such as #0a5 or #00aa55"),
        },
        "contactEmail" if is_email(v) => Setting::ContactEmail(v.to_string()),
        "contactEmail" => return refuse("use an email address such as sales@example.com"),
        "webhook" if is_web_url(v) => Setting::Webhook(v.trim().to_string()),
        "webhook" => return refuse("use the full address of your webhook, starting with https://"),
        "hubspotPortal" if is_hubspot_portal(v) => Setting::HubspotPortal(v.trim().to_string()),
        "hubspotPortal" => {
            return refuse(
                "use your HubSpot account ID, a number such as 12345678 (Settings > Account defaults)",
            );
        }
        "hubspotForm" if is_guid(v) => Setting::HubspotForm(v.trim().to_ascii_lowercase()),
        "hubspotForm" => {
            return refuse(
                "use the form's ID from HubSpot, such as 1a2b3c4d-0000-4a5b-8c9d-0123456789ab",
            );
        }
        "ctaUrl" if is_web_url(v) => Setting::CtaUrl(v.to_string()),
        "privacyUrl" if is_web_url(v) => Setting::PrivacyUrl(v.to_string()),
        "ctaUrl" | "privacyUrl" => {
            return refuse("use a full web address starting with https:// (or http://)");
        }
        "leadPosition" => match v {
            "start" => Setting::LeadPosition(LeadPosition::Start),
            "before" => Setting::LeadPosition(LeadPosition::Before),
            "after" => Setting::LeadPosition(LeadPosition::After),
            "off" => Setting::LeadPosition(LeadPosition::Off),
            _ => return refuse("use \"before\" (default), \"start\", \"after\" or \"off\""),
        },
        "bookingUrl" if v.starts_with("https://") && is_web_url(v) => {
            Setting::BookingUrl(v.to_string())
        }
        "bookingUrl" => {
            return refuse(
                "use the https:// address of your booking page (Calendly, Cal.com, HubSpot Meetings, Microsoft Bookings or another)",
            );
        }
        "autoAdvance" => match v {
            "on" => Setting::AutoAdvance(true),
            "off" => Setting::AutoAdvance(false),
            _ => {
                return refuse(
                    "use \"on\" (default: choosing an answer moves on) or \"off\" (the prospect presses Next)",
                );
            }
        },
        "analytics" => match v {
            "events" => Setting::Analytics(Analytics::Events),
            "datalayer" => Setting::Analytics(Analytics::DataLayer),
            _ => {
                return refuse(
                    "use \"datalayer\" (also push the funnel to window.dataLayer) or \"events\" (default: DOM events only)",
                );
            }
        },
        "mode" => match v {
            "inline" => Setting::Mode(Mode::Inline),
            "popup" => Setting::Mode(Mode::Popup),
            _ => return refuse("use \"inline\" (default) or \"popup\""),
        },
        "lang" => match Lang::parse(v) {
            Some(l) => Setting::Lang(l),
            None => return refuse(&format!("use one of {}", Lang::accepted())),
        },
        "resultCode" => Setting::ResultCode(v.to_string()),
        "resumeCode" => Setting::ResumeCode(v.to_string()),
        "sendReport" => match v {
            "on" => Setting::SendReport(true),
            "off" => Setting::SendReport(false),
            _ => {
                return refuse(
                    "use \"on\" (your automation emails the prospect their report from the lead delivery) or \"off\" (default)",
                );
            }
        },
        "resultPlan" => match plan_ranks(v) {
            Some(ranks) => Setting::ResultPlan(ranks),
            None => {
                return refuse(
                    "use the plan's action ranks separated by dots, such as 1.3.4 (at most 40, each 1 to 999)",
                );
            }
        },
        "storageKey" if !v.is_empty() && v.len() <= MAX_TEXT => Setting::StorageKey(v.to_string()),
        "storageKey" => return refuse("use 1 to 200 characters"),
        k if LOADER_KEYS.contains(&k) => Setting::Loader,
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
            return Err(Refused {
                accepted,
                visible: near.is_some(),
            });
        }
    })
}

/// Whether one setting's value is accepted, as the script tag's attribute would be;
/// otherwise what is accepted. The configuration file checks its settings with it.
pub fn check(key: &str, value: &str) -> Result<(), String> {
    parse(key, value.trim()).map(|_| ()).map_err(|r| r.accepted)
}

/// The ranks of a result link's ticked actions (`1.3.4`; empty: none).
pub fn plan_ranks(v: &str) -> Option<Vec<u32>> {
    if v.is_empty() {
        return Some(Vec::new());
    }
    let ranks: Option<Vec<u32>> = v
        .split('.')
        .map(|r| {
            { (1..=3).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_digit()) }
                .then(|| r.parse().ok())
                .flatten()
                .filter(|n| *n >= 1)
        })
        .collect();
    ranks.filter(|r| r.len() <= 40)
}

/// A text of 1 to [`MAX_TEXT`] characters.
fn text(v: &str) -> Option<String> {
    let n = v.chars().count();
    (1..=MAX_TEXT).contains(&n).then(|| v.to_string())
}
