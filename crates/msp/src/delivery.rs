//! Lead delivery with no server of ours: the requests that carry a lead to the MSP (a
//! generic JSON webhook, HubSpot's forms submission API) and the outbox that keeps each
//! one until its endpoint accepts it.
//!
//! The rules live here, the network in the browser bindings: a delivery is due, sent,
//! and then either done (2xx), retried later with back-off (network errors, 408, 429, 5xx)
//! or given up (any other 4xx: the endpoint refuses it, and sending it again cannot help).
//! Every delivery carries a `delivery_id`, so an endpoint that did get a request whose
//! answer was lost can drop the repeat.

use crate::config::WidgetConfig;
use itcq_core::date::Date;
use itcq_core::plan::ranked;
use itcq_formats::export::{Scored, link, mail_summary, report_html};
use itcq_formats::lead::Lead;
use itcq_text::{Texts, named};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// The `localStorage` key of the outbox (the widget checks it on mount, the engine bundle
/// keeps it).
pub const OUTBOX_KEY: &str = "itcq:v1:outbox";

/// Version of the webhook payload's schema.
pub const PAYLOAD_VERSION: u32 = 1;

/// Most deliveries kept waiting; the oldest go first when more arrive.
pub const MAX_PENDING: usize = 50;

/// A delivery older than this is dropped (30 days, in milliseconds).
pub const MAX_AGE_MS: f64 = 30.0 * 86_400_000.0;

/// How long a sender holds a delivery before another tab may try it (milliseconds).
pub const LEASE_MS: f64 = 30_000.0;

/// Waits after the 1st, 2nd, … failed attempt (milliseconds); the last repeats.
pub const BACKOFF_MS: [f64; 6] = [
    2_000.0,
    10_000.0,
    60_000.0,
    300_000.0,
    1_800_000.0,
    21_600_000.0,
];

/// One request waiting to be delivered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Delivery {
    /// Unique ID, also in the payload.
    pub id: String,
    /// Where it goes.
    pub url: String,
    /// The JSON body.
    pub body: String,
    /// When it was queued (Unix ms).
    pub created_at: f64,
    /// Failed attempts so far.
    pub attempts: u32,
    /// Not before this time (Unix ms).
    pub next_at: f64,
    /// Held by a sender until this time (Unix ms).
    #[serde(default)]
    pub leased_until: f64,
}

/// The deliveries waiting on this device.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Outbox {
    /// Format version of the stored outbox.
    pub version: u32,
    /// Waiting deliveries, oldest first.
    pub pending: Vec<Delivery>,
}

/// What became of one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The endpoint accepted it (2xx).
    Delivered,
    /// Worth another try: no answer, 408, 429 or 5xx.
    Retry,
    /// Refused for good: any other status.
    Refused,
}

impl Outcome {
    /// The outcome of an HTTP status (0 = no response: network error, CORS, timeout).
    pub fn of_status(status: u16) -> Outcome {
        match status {
            200..=299 => Outcome::Delivered,
            0 | 408 | 425 | 429 | 500..=599 => Outcome::Retry,
            _ => Outcome::Refused,
        }
    }
}

impl Outbox {
    /// Reads a stored outbox; anything unreadable gives an empty one and the reason.
    pub fn parse(text: &str) -> (Outbox, Option<String>) {
        match serde_json::from_str::<Outbox>(text) {
            Ok(o) if o.version == 1 => (o, None),
            Ok(o) => (
                Outbox::default(),
                Some(format!("unknown outbox version {}", o.version)),
            ),
            Err(e) => (Outbox::default(), Some(format!("unreadable outbox: {e}"))),
        }
    }

    /// The text to store.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Queues deliveries, dropping the oldest beyond [`MAX_PENDING`].
    pub fn push(&mut self, items: Vec<Delivery>) {
        self.version = 1;
        self.pending.extend(items);
        let excess = self.pending.len().saturating_sub(MAX_PENDING);
        self.pending.drain(..excess);
    }

    /// Drops deliveries older than [`MAX_AGE_MS`]; returns how many.
    pub fn expire(&mut self, now: f64) -> usize {
        let before = self.pending.len();
        self.pending.retain(|d| now - d.created_at < MAX_AGE_MS);
        before - self.pending.len()
    }

    /// IDs of deliveries due now and not held by another sender; leases them.
    pub fn take_due(&mut self, now: f64) -> Vec<Delivery> {
        self.pending
            .iter_mut()
            .filter(|d| d.next_at <= now && d.leased_until <= now)
            .map(|d| {
                d.leased_until = now + LEASE_MS;
                d.clone()
            })
            .collect()
    }

    /// Records an attempt's outcome.
    pub fn settle(&mut self, id: &str, outcome: Outcome, now: f64) {
        match outcome {
            Outcome::Delivered | Outcome::Refused => self.pending.retain(|d| d.id != id),
            Outcome::Retry => {
                if let Some(d) = self.pending.iter_mut().find(|d| d.id == id) {
                    let wait = BACKOFF_MS[(d.attempts as usize).min(BACKOFF_MS.len() - 1)];
                    d.attempts += 1;
                    d.next_at = now + wait;
                    d.leased_until = 0.0;
                }
            }
        }
    }

    /// When the next delivery falls due, if any.
    pub fn next_due(&self) -> Option<f64> {
        self.pending
            .iter()
            .map(|d| d.next_at.max(d.leased_until))
            .reduce(f64::min)
    }
}

/// Where the lead came from and when, as the browser sees it.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// The page the widget is on (its URL without the fragment).
    pub page_url: &'a str,
    /// The page's title.
    pub page_title: &'a str,
    /// Now, Unix ms.
    pub now: f64,
    /// A unique prefix for delivery IDs (random, from the browser).
    pub nonce: &'a str,
    /// The prospect's language: labels and the summary message are written in it.
    pub texts: &'a Texts,
    /// The journey's lead ID when the widget may have sent a partial lead for it: the
    /// final lead then names the partial it supersedes.
    pub lead_id: Option<&'a str>,
}

/// The deliveries one lead needs under a configuration: one per configured endpoint.
pub fn deliveries(
    scored: &Scored,
    lead: &Lead,
    config: &WidgetConfig,
    ctx: &Context<'_>,
) -> Vec<Delivery> {
    let mut out = Vec::new();
    let id = |kind: &str| format!("{}-{kind}", ctx.nonce);
    let mut add = |id: String, url: String, body: String| {
        out.push(Delivery {
            id,
            url,
            body,
            created_at: ctx.now,
            attempts: 0,
            next_at: ctx.now,
            leased_until: 0.0,
        })
    };
    if let Some(url) = &config.webhook {
        let id = id("webhook");
        let body = webhook_body(scored, lead, config, ctx, &id);
        add(id, url.clone(), body);
    }
    if let Some((portal, form)) = &config.hubspot {
        add(
            id("hubspot"),
            format!("https://api.hsforms.com/submissions/v3/integration/submit/{portal}/{form}"),
            hubspot_body(scored, lead, config, ctx),
        );
    }
    out
}

/// ISO 8601 UTC time of a Unix time in milliseconds.
pub fn iso_time(ms: f64) -> String {
    let day = Date::from_unix_ms(ms);
    let secs = ((ms / 1000.0).floor() as i64).rem_euclid(86_400);
    format!(
        "{day}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// The generic webhook's JSON: the event, the contact, a summary for simple automations
/// (Zapier, Make), the full report, and what an automation needs to send the prospect
/// their results: the share link and the printable report (HTML), both without contact
/// details.
pub fn webhook_body(
    scored: &Scored,
    lead: &Lead,
    config: &WidgetConfig,
    ctx: &Context<'_>,
    id: &str,
) -> String {
    let r = &scored.report;
    let public = scored.without_contact();
    let blocks: serde_json::Map<String, serde_json::Value> = r
        .blocks
        .iter()
        .map(|b| (b.id.as_str().to_string(), json!(b.score)))
        .collect();
    let t = ctx.texts;
    let top: Vec<&str> = ranked(&r.plan)
        .iter()
        .take(3)
        .map(|a| named::area(t, a.area))
        .collect();
    json!({
        "event": "itcq.lead",
        "schema_version": PAYLOAD_VERSION,
        "delivery_id": id,
        "supersedes": ctx.lead_id.map(partial_id),
        "submitted_at": iso_time(ctx.now),
        "page": ctx.page_url,
        "lang": t.lang().code(),
        "contact": lead,
        "result_code": scored.code,
        "result_link": lang_link(ctx.page_url, &scored.code, t),
        "share_link": lang_link(ctx.page_url, &public.code, t),
        "send_report": config.send_report,
        "report_html": report_html(&public, &config.brand(), Some(ctx.page_url), t),
        "summary": {
            "itcq": r.itcq,
            "band": t.of(&["band.", r.band.as_str(), ".name"]),
            "target_itcq": r.target_itcq,
            "seats": r.profile.seats,
            "industry": t.of(&["industry.", r.profile.industry.as_str()]),
            "blocks": blocks,
            "top_actions": top,
        },
        "report": named::report(r, t),
    })
    .to_string()
}

/// The link to a result with the prospect's language after it (`#itcq=…&itcq-lang=de`):
/// the rep page writes the follow-up email in it.
fn lang_link(base: &str, code: &str, t: &Texts) -> String {
    format!("{}&itcq-lang={}", link(base, code), t.lang().code())
}

/// The `delivery_id` of a journey's partial lead: the final lead names it in
/// `supersedes`.
pub fn partial_id(lead_id: &str) -> String {
    format!("{lead_id}-partial")
}

/// What a partial lead reports of the journey so far.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    /// Questions answered.
    pub answered: usize,
    /// Questions asked of this company.
    pub asked: usize,
    /// The question the prospect was on (`None`: not on a question).
    pub question: Option<&'a str>,
}

/// A JSON string literal, escaped by hand (the widget builds this body, and a JSON
/// serializer would add to its download more than this whole function).
fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The resume link of a partial lead: the page with the answers so far (no contact
/// details) and the journey's lead ID, which reopens the same question on any device.
pub fn resume_link(page_url: &str, lead_id: &str, code: &str) -> String {
    let base = page_url.split('#').next().unwrap_or(page_url);
    format!("{base}#itcq-resume={lead_id}.{code}")
}

/// The `itcq.partial` event the widget sends (with `sendBeacon`, when the page is left)
/// for a prospect who gave contact details with consent and has not finished: the
/// contact, the progress, the answers so far as a result code without contact details,
/// and a link that resumes where they stopped. The final lead supersedes it.
pub fn partial_body(
    lead: &Lead,
    progress: Progress<'_>,
    code: &str,
    page_url: &str,
    lead_id: &str,
    now: f64,
    lang: &str,
) -> String {
    let page = page_url.split('#').next().unwrap_or(page_url);
    let percent = progress.answered * 100 / progress.asked.max(1);
    format!(
        concat!(
            "{{\"event\":\"itcq.partial\",\"schema_version\":{},\"delivery_id\":{},",
            "\"sent_at\":{},\"page\":{},\"lang\":{},",
            "\"contact\":{{\"name\":{},\"email\":{},\"company\":{},\"phone\":{},\"consent\":true}},",
            "\"progress\":{{\"answered\":{},\"asked\":{},\"percent\":{},\"question_id\":{}}},",
            "\"result_code\":{},\"resume_link\":{}}}"
        ),
        PAYLOAD_VERSION,
        json_str(&partial_id(lead_id)),
        json_str(&iso_time(now)),
        json_str(page),
        json_str(lang),
        json_str(lead.name.trim()),
        json_str(lead.email.trim()),
        json_str(lead.company.trim()),
        json_str(lead.phone.trim()),
        progress.answered,
        progress.asked,
        percent.min(100),
        progress
            .question
            .map_or_else(|| "null".to_string(), json_str),
        json_str(code),
        json_str(&resume_link(page, lead_id, code)),
    )
}

/// HubSpot's forms submission body (API v3): standard contact fields plus a `message`
/// with the summary and the result link. The form must have these fields.
pub fn hubspot_body(
    scored: &Scored,
    lead: &Lead,
    config: &WidgetConfig,
    ctx: &Context<'_>,
) -> String {
    let name = lead.name.trim();
    let (first, last) = name.split_once(' ').unwrap_or((name, ""));
    let link = link(ctx.page_url, &scored.code);
    let (_, message) = mail_summary(
        &scored.report,
        config.msp_display_name(ctx.texts),
        Some(&link),
        ctx.texts,
    );
    let mut fields = vec![
        json!({"objectTypeId": "0-1", "name": "email", "value": lead.email.trim()}),
        json!({"objectTypeId": "0-1", "name": "firstname", "value": first}),
        json!({"objectTypeId": "0-1", "name": "lastname", "value": last.trim()}),
        json!({"objectTypeId": "0-1", "name": "company", "value": lead.company.trim()}),
        json!({"objectTypeId": "0-1", "name": "message", "value": message}),
    ];
    if !lead.phone.trim().is_empty() {
        fields.push(json!({"objectTypeId": "0-1", "name": "phone", "value": lead.phone.trim()}));
    }
    json!({
        "submittedAt": format!("{:.0}", ctx.now),
        "fields": fields,
        "context": {"pageUri": ctx.page_url, "pageName": ctx.page_title},
        "legalConsentOptions": {"consent": {
            "consentToProcess": lead.consent,
            "text": ctx.texts.get("lead.consent_short"),
        }},
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_lead_is_valid_json_with_the_progress_and_a_resume_link_without_contact() {
        let lead = Lead {
            name: "Jane \"JD\" Doe\n".into(),
            email: "jane@acme.example".into(),
            company: "Acme \\ Sö\u{2028}hne".into(),
            phone: String::new(),
            consent: true,
        };
        let body = partial_body(
            &lead,
            Progress {
                answered: 20,
                asked: 36,
                question: Some("backup_restore"),
            },
            "Q2abc_-",
            "https://msp.example/check?x=1#itcq=old",
            "k3f9",
            0.0,
            "de",
        );
        let v: serde_json::Value = serde_json::from_str(&body).expect("valid JSON");
        assert_eq!(v["event"], "itcq.partial");
        assert_eq!(v["delivery_id"], "k3f9-partial");
        assert_eq!(v["sent_at"], "1970-01-01T00:00:00Z");
        assert_eq!(v["contact"]["name"], "Jane \"JD\" Doe");
        assert_eq!(v["contact"]["company"], "Acme \\ Sö\u{2028}hne");
        assert_eq!(v["progress"]["percent"], 55);
        assert_eq!(v["progress"]["question_id"], "backup_restore");
        assert_eq!(v["result_code"], "Q2abc_-");
        let resume = v["resume_link"].as_str().unwrap_or_default();
        assert_eq!(
            resume,
            "https://msp.example/check?x=1#itcq-resume=k3f9.Q2abc_-"
        );
        assert!(!resume.contains("jane") && !resume.contains("Acme"));
    }

    fn delivery(id: &str, now: f64) -> Delivery {
        Delivery {
            id: id.into(),
            url: "https://hooks.example/x".into(),
            body: "{}".into(),
            created_at: now,
            attempts: 0,
            next_at: now,
            leased_until: 0.0,
        }
    }

    #[test]
    fn retries_back_off_and_success_removes() {
        let mut o = Outbox::default();
        o.push(vec![delivery("a", 0.0), delivery("b", 0.0)]);
        let due = o.take_due(0.0);
        assert_eq!(due.len(), 2);
        // Leased: a second sender (another tab) gets nothing.
        assert!(o.take_due(1.0).is_empty());
        o.settle("a", Outcome::Delivered, 5.0);
        o.settle("b", Outcome::Retry, 5.0);
        assert_eq!(o.pending.len(), 1);
        assert_eq!(o.next_due(), Some(2_005.0));
        assert!(o.take_due(2_004.0).is_empty());
        assert_eq!(o.take_due(2_005.0).len(), 1);
        o.settle("b", Outcome::Retry, 2_005.0);
        assert_eq!(o.pending[0].next_at, 12_005.0);
        o.settle("b", Outcome::Refused, 13_000.0);
        assert!(o.pending.is_empty());
    }

    #[test]
    fn statuses_and_storage() {
        assert_eq!(Outcome::of_status(204), Outcome::Delivered);
        assert_eq!(Outcome::of_status(0), Outcome::Retry);
        assert_eq!(Outcome::of_status(503), Outcome::Retry);
        assert_eq!(Outcome::of_status(429), Outcome::Retry);
        assert_eq!(Outcome::of_status(400), Outcome::Refused);
        let mut o = Outbox::default();
        o.push((0..60).map(|i| delivery(&i.to_string(), 0.0)).collect());
        assert_eq!(o.pending.len(), MAX_PENDING);
        assert_eq!(o.pending[0].id, "10");
        assert_eq!(Outbox::parse(&o.to_text()).0, o);
        assert!(Outbox::parse("garbage").1.unwrap().contains("unreadable"));
        assert_eq!(o.expire(MAX_AGE_MS + 1.0), MAX_PENDING);
        // `date -u -d @1795000000 +%FT%TZ`
        assert_eq!(iso_time(1_795_000_000_000.0), "2026-11-18T11:06:40Z");
    }
}
