//! The MSP's booking page (`data-booking-url`, `brand.cta.booking`): which scheduling
//! tool it is, recognised by its address, and the address opened from the results,
//! prefilled with what the prospect already gave, using only the URL parameters each
//! tool documents.
//!
//! | tool | recognised by | name | email | company, score and result link |
//! |---|---|---|---|---|
//! | Calendly | `calendly.com` | `name` | `email` | `a1` (the event's first invitee question) |
//! | Cal.com | `cal.com`, `*.cal.com` | `name` | `email` | `notes`, and `company` (a booking question with that identifier) |
//! | HubSpot Meetings | `meetings.hubspot.com`, `meetings-*.hubspot.com` | — | — | — |
//! | Microsoft Bookings | `/bookings/` on `outlook.office365.com`, `outlook.office.com`, `book.ms`, `bookings.cloud.microsoft` | — | — | — |
//!
//! HubSpot and Microsoft document no URL parameter that fills in a visitor's details
//! (HubSpot's meeting parameters belong to its booking API; Bookings' only parameter,
//! `RefID`, tracks campaigns), so their pages open as configured. Any other address
//! opens unchanged. Nothing is added without a lead: an anonymous prospect's booking
//! page carries no details at all.

/// A scheduling tool, recognised by the booking page's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// Calendly.
    Calendly,
    /// Cal.com (cloud).
    CalCom,
    /// HubSpot Meetings.
    HubSpot,
    /// Microsoft Bookings.
    MicrosoftBookings,
    /// Any other address: opened unchanged.
    Other,
}

impl Tool {
    /// The tool behind a booking page's address.
    pub fn of(url: &str) -> Tool {
        let rest = url
            .trim()
            .strip_prefix("https://")
            .or_else(|| url.trim().strip_prefix("http://"))
            .unwrap_or("");
        let (host, path) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
        let host = host.to_ascii_lowercase();
        let host = host.rsplit_once('@').map_or(host.as_str(), |(_, h)| h);
        let host = host.split(':').next().unwrap_or(host);
        let under = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
        if under("calendly.com") {
            Tool::Calendly
        } else if under("cal.com") {
            Tool::CalCom
        } else if host == "meetings.hubspot.com"
            || (host.starts_with("meetings-") && host.ends_with(".hubspot.com"))
        {
            Tool::HubSpot
        } else if host == "book.ms"
            || host == "bookings.cloud.microsoft"
            || (matches!(host, "outlook.office365.com" | "outlook.office.com")
                && path.to_ascii_lowercase().contains("/bookings"))
        {
            Tool::MicrosoftBookings
        } else {
            Tool::Other
        }
    }

    /// The name used in events and the docs (`calendly`, `cal_com`, `hubspot`,
    /// `microsoft_bookings`, `other`).
    pub fn as_str(self) -> &'static str {
        match self {
            Tool::Calendly => "calendly",
            Tool::CalCom => "cal_com",
            Tool::HubSpot => "hubspot",
            Tool::MicrosoftBookings => "microsoft_bookings",
            Tool::Other => "other",
        }
    }
}

/// What the booking page may be prefilled with: the contact the prospect gave with
/// consent, and a line for the call (company, score, the result link without contact
/// details).
#[derive(Debug, Clone, Copy)]
pub struct Prefill<'a> {
    /// The prospect's name.
    pub name: &'a str,
    /// The prospect's email.
    pub email: &'a str,
    /// The company.
    pub company: &'a str,
    /// One line for the host of the call: "Acme Ltd · ITCq 29 of 60 · https://…".
    pub note: &'a str,
}

/// Percent-encodes a query value (everything but unreserved characters), as a booking
/// link's or a `mailto:` link's query needs it.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The booking page to open: prefilled where the tool documents how, else as configured.
pub fn prefilled(url: &str, with: Option<&Prefill<'_>>) -> String {
    let url = url.trim();
    let Some(p) = with else {
        return url.to_string();
    };
    let params: Vec<(&str, &str)> = match Tool::of(url) {
        Tool::Calendly => vec![("name", p.name), ("email", p.email), ("a1", p.note)],
        Tool::CalCom => vec![
            ("name", p.name),
            ("email", p.email),
            ("company", p.company),
            ("notes", p.note),
        ],
        _ => Vec::new(),
    };
    let query: Vec<String> = params
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| format!("{k}={}", encode(v.trim())))
        .collect();
    if query.is_empty() {
        return url.to_string();
    }
    let (base, fragment) = url.split_at(url.find('#').unwrap_or(url.len()));
    let joiner = if base.contains('?') { "&" } else { "?" };
    format!("{base}{joiner}{}{fragment}", query.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: Prefill<'static> = Prefill {
        name: "Jane Doe",
        email: "jane@acme.example",
        company: "Acme & Co",
        note: "Acme & Co · ITCq 29 of 60 · https://msp.example/#itcq=Q1",
    };

    #[test]
    fn tools_are_recognised_by_address() {
        for (url, tool) in [
            ("https://calendly.com/acme-it/30min", Tool::Calendly),
            ("https://CALENDLY.com/acme-it", Tool::Calendly),
            ("https://cal.com/acme/review", Tool::CalCom),
            ("https://acme.cal.com/review", Tool::CalCom),
            ("https://meetings.hubspot.com/jdoe", Tool::HubSpot),
            ("https://meetings-eu1.hubspot.com/jdoe", Tool::HubSpot),
            (
                "https://outlook.office365.com/owa/calendar/AcmeIT@acme.example/bookings/",
                Tool::MicrosoftBookings,
            ),
            ("https://book.ms/b/AcmeIT", Tool::MicrosoftBookings),
            ("https://outlook.office365.com/mail/", Tool::Other),
            ("https://calendly.com.evil.example/x", Tool::Other),
            ("https://notcal.com/x", Tool::Other),
            ("https://acme.example/book", Tool::Other),
        ] {
            assert_eq!(Tool::of(url), tool, "{url}");
        }
    }

    #[test]
    fn calendly_and_cal_com_are_prefilled_with_their_documented_names() {
        assert_eq!(
            prefilled("https://calendly.com/acme-it/30min", Some(&P)),
            "https://calendly.com/acme-it/30min?name=Jane%20Doe&email=jane%40acme.example&a1=Acme%20%26%20Co%20%C2%B7%20ITCq%2029%20of%2060%20%C2%B7%20https%3A%2F%2Fmsp.example%2F%23itcq%3DQ1"
        );
        let cal = prefilled("https://cal.com/acme/review?duration=30#top", Some(&P));
        assert!(
            cal.starts_with("https://cal.com/acme/review?duration=30&name=Jane%20Doe&email=jane%40acme.example&company=Acme%20%26%20Co&notes=Acme"),
            "{cal}"
        );
        assert!(cal.ends_with("#top"), "{cal}");
    }

    #[test]
    fn other_tools_open_as_configured_and_nothing_is_added_without_a_lead() {
        for url in [
            "https://meetings.hubspot.com/jdoe",
            "https://book.ms/b/AcmeIT",
            "https://acme.example/book",
        ] {
            assert_eq!(prefilled(url, Some(&P)), url);
        }
        assert_eq!(
            prefilled("https://calendly.com/acme-it", None),
            "https://calendly.com/acme-it"
        );
        let empty = Prefill {
            name: " ",
            email: "",
            company: "",
            note: "",
        };
        assert_eq!(
            prefilled("https://calendly.com/acme-it", Some(&empty)),
            "https://calendly.com/acme-it"
        );
    }
}
