//! The widget's configuration as an MSP writes it: `data-*` attributes on the script tag.
//!
//! [`WidgetConfig::from_attributes`] never fails: every wrong value becomes a [`Problem`]
//! naming the attribute, what was found and what is accepted, and that setting falls back
//! to its default, so the prospect can still take the assessment while the MSP sees what to
//! fix. URLs are limited to `http(s)` (and root-relative paths for the logo), so nothing an
//! MSP types can become a `javascript:` link.

use crate::custom::{Custom, Issue};
use crate::settings::{Setting, parse};
use itcq_formats::Color;
use itcq_formats::export::Brand;
use itcq_text::{Lang, Texts};
use serde::Serialize;
use std::fmt;

pub use crate::settings::{Analytics, LeadPosition, MAX_TEXT, Mode, attribute_name, is_web_url};

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
    /// The MSP's booking page, opened prefilled from the call to action.
    pub booking_url: Option<String>,
    /// Whether choosing an answer moves on to the next question (default on).
    pub auto_advance: bool,
    /// Where the funnel events go.
    pub analytics: Analytics,
    /// The plan's actions ticked in a shared result's link, by rank.
    pub result_plan: Vec<u32>,
    /// Whether the MSP's automation emails the prospect their report.
    pub send_report: bool,
    /// An unfinished assessment to reopen, as a result code (from a partial lead's link).
    pub resume_code: Option<String>,
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
            booking_url: None,
            auto_advance: true,
            analytics: Analytics::Events,
            result_plan: Vec::new(),
            send_report: false,
            resume_code: None,
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

impl WidgetConfig {
    /// Reads the settings from dataset-style keys (`mspName`, `brandColor`, …). Unknown keys
    /// and wrong values become problems; the setting keeps its default.
    pub fn from_attributes(attrs: &[(String, String)]) -> (WidgetConfig, Vec<Problem>) {
        let mut c = WidgetConfig::default();
        let mut problems = Vec::new();
        let (mut portal, mut form) = (None, None);
        for (key, raw) in attrs {
            match parse(key, raw.trim()) {
                Ok(Setting::HubspotPortal(p)) => portal = Some(p),
                Ok(Setting::HubspotForm(f)) => form = Some(f),
                Ok(setting) => c.apply(setting),
                Err(refused) => problems.push(Problem {
                    visible: refused.visible,
                    attribute: attribute_name(key),
                    found: raw.trim().chars().take(80).collect(),
                    accepted: refused.accepted,
                }),
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
        // An attribute that is no ITCq setting at all is only logged, each time it is given.
        let quiet: Vec<String> = problems
            .iter()
            .filter(|p| !p.visible)
            .map(|p| p.attribute.clone())
            .collect();
        for p in problems.iter_mut().filter(|p| quiet.contains(&p.attribute)) {
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

    /// Takes one checked setting (the HubSpot pair is taken once both are read).
    fn apply(&mut self, setting: Setting) {
        match setting {
            Setting::MspName(v) => self.msp_name = Some(v),
            Setting::CtaLabel(v) => self.cta_label = Some(v),
            Setting::LogoUrl(v) => self.logo_url = Some(v),
            Setting::BrandColor(v) => self.brand_color = v,
            Setting::ContactEmail(v) => self.contact_email = Some(v),
            Setting::Webhook(v) => self.webhook = Some(v),
            Setting::CtaUrl(v) => self.cta_url = Some(v),
            Setting::PrivacyUrl(v) => self.privacy_url = Some(v),
            Setting::LeadPosition(v) => self.lead_position = v,
            Setting::BookingUrl(v) => self.booking_url = Some(v),
            Setting::AutoAdvance(v) => self.auto_advance = v,
            Setting::Analytics(v) => self.analytics = v,
            Setting::ResultPlan(v) => self.result_plan = v,
            Setting::SendReport(v) => self.send_report = v,
            Setting::ResumeCode(v) => self.resume_code = Some(v),
            Setting::Mode(v) => self.mode = v,
            Setting::Lang(v) => self.lang = Some(v),
            Setting::ResultCode(v) => self.result_code = Some(v),
            Setting::StorageKey(v) => self.storage_key = v,
            Setting::HubspotPortal(_) | Setting::HubspotForm(_) | Setting::Loader => {}
        }
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

    /// What the printable report shows of the MSP.
    pub fn brand(&self) -> Brand<'_> {
        Brand {
            msp_name: self.msp_name.as_deref(),
            color: self.brand_color,
            logo_url: self.logo_url.as_deref(),
            cta_url: self.cta_url.as_deref(),
            cta_label: self.cta_label.as_deref(),
            contact_email: self.contact_email.as_deref(),
            offers: &self.custom.offers,
        }
    }

    /// The call-to-action's label in the language of `t`.
    pub fn cta_label<'a>(&'a self, t: &'a Texts) -> &'a str {
        self.brand().cta_label(t)
    }

    /// The MSP's name, or a neutral stand-in in the language of `t`.
    pub fn msp_display_name<'a>(&'a self, t: &'a Texts) -> &'a str {
        self.brand().msp_display_name(t)
    }
}

#[cfg(test)]
mod tests {
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
    fn web_urls() {
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
