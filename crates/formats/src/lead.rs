//! The prospect's contact details (the lead) and their validation.
//!
//! Messages are written for the prospect: they say what is wrong and what to enter.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest accepted name or company.
pub const MAX_FIELD: usize = 200;

/// Contact details given on the lead form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lead {
    /// Full name.
    pub name: String,
    /// Work email.
    pub email: String,
    /// Company.
    pub company: String,
    /// Phone (optional; empty when not given).
    #[serde(default)]
    pub phone: String,
    /// Consent to be contacted about the results.
    #[serde(default)]
    pub consent: bool,
}

/// A field of the lead form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LeadField {
    /// Full name.
    Name,
    /// Work email.
    Email,
    /// Company.
    Company,
    /// Phone.
    Phone,
    /// Consent checkbox.
    Consent,
}

/// Why a lead field was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadError {
    /// A required field is empty.
    Required(LeadField),
    /// A field is longer than [`MAX_FIELD`].
    TooLong(LeadField),
    /// The email address is not valid.
    Email,
    /// The phone number is not valid.
    Phone,
    /// The consent box is not ticked.
    Consent,
}

impl LeadError {
    /// The field the error belongs to.
    pub fn field(self) -> LeadField {
        match self {
            LeadError::Required(f) | LeadError::TooLong(f) => f,
            LeadError::Email => LeadField::Email,
            LeadError::Phone => LeadField::Phone,
            LeadError::Consent => LeadField::Consent,
        }
    }
}

impl LeadError {
    /// The key of the message (see [`itcq_text`]).
    pub fn key(self) -> &'static str {
        match self {
            LeadError::Required(LeadField::Name) => "error.lead.name",
            LeadError::Required(LeadField::Email) => "error.lead.email",
            LeadError::Required(LeadField::Company) => "error.lead.company",
            LeadError::Required(_) => "error.lead.required",
            LeadError::TooLong(_) => "error.lead.too_long",
            LeadError::Email => "error.lead.email_invalid",
            LeadError::Phone => "error.lead.phone",
            LeadError::Consent => "error.lead.consent",
        }
    }
}

impl fmt::Display for LeadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(itcq_text::english().get(self.key()))
    }
}

impl Lead {
    /// All problems with the lead, in form order (empty when it can be submitted), with
    /// name and company required and the phone optional.
    pub fn validate(&self) -> Vec<LeadError> {
        self.validate_with(&Required::default())
    }

    /// All problems with the lead, with the fields an MSP requires (email always is).
    pub fn validate_with(&self, required: &Required) -> Vec<LeadError> {
        let mut errors = Vec::new();
        for (field, value, needed) in [
            (LeadField::Name, &self.name, required.name),
            (LeadField::Email, &self.email, true),
            (LeadField::Company, &self.company, required.company),
        ] {
            let v = value.trim();
            if v.is_empty() {
                if needed {
                    errors.push(LeadError::Required(field));
                }
            } else if v.chars().count() > MAX_FIELD {
                errors.push(LeadError::TooLong(field));
            } else if field == LeadField::Email && !is_email(v) {
                errors.push(LeadError::Email);
            }
        }
        let phone = self.phone.trim();
        if phone.is_empty() && required.phone {
            errors.push(LeadError::Required(LeadField::Phone));
        } else if !phone.is_empty() {
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            let allowed = phone.chars().all(|c| {
                c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.' | '/')
            });
            if !allowed || !(6..=20).contains(&digits) {
                errors.push(LeadError::Phone);
            }
        }
        if !self.consent {
            errors.push(LeadError::Consent);
        }
        errors
    }

    /// The lead with surrounding spaces removed.
    pub fn trimmed(&self) -> Lead {
        Lead {
            name: self.name.trim().to_string(),
            email: self.email.trim().to_string(),
            company: self.company.trim().to_string(),
            phone: self.phone.trim().to_string(),
            consent: self.consent,
        }
    }
}

/// Which lead-form fields must be filled in (email always is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Required {
    /// Name required.
    pub name: bool,
    /// Company required.
    pub company: bool,
    /// Phone required.
    pub phone: bool,
}

impl Default for Required {
    fn default() -> Self {
        Required {
            name: true,
            company: true,
            phone: false,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
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
    }

    fn good() -> Lead {
        Lead {
            name: "Dana Smith".into(),
            email: "dana@example.com".into(),
            company: "Example Ltd".into(),
            phone: String::new(),
            consent: true,
        }
    }

    #[test]
    fn a_complete_lead_passes() {
        assert!(good().validate().is_empty());
        let mut l = good();
        l.phone = "+1 (555) 123-4567".into();
        assert!(l.validate().is_empty());
    }

    #[test]
    fn every_problem_is_reported_in_form_order() {
        let l = Lead {
            phone: "call me".into(),
            ..Lead::default()
        };
        let fields: Vec<LeadField> = l.validate().into_iter().map(LeadError::field).collect();
        assert_eq!(
            fields,
            [
                LeadField::Name,
                LeadField::Email,
                LeadField::Company,
                LeadField::Phone,
                LeadField::Consent
            ]
        );
    }

    #[test]
    fn bad_email_and_phone_say_what_to_enter() {
        let mut l = good();
        l.email = "dana at example".into();
        l.phone = "12".into();
        let msgs: Vec<String> = l.validate().iter().map(ToString::to_string).collect();
        assert!(msgs[0].contains("name@company.com"));
        assert!(msgs[1].contains("6 to 20 digits"));
    }
}
