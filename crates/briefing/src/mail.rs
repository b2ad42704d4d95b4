//! The follow-up email after the call, in the language of the texts it is written with
//! (the rep page writes it in the prospect's): their score against the recommendation,
//! the weakest blocks with their own answers, the first project as the MSP would pitch it,
//! a request for a call and the link to the results without contact details.

use crate::Briefing;
use itcq_msp::booking::encode;
use itcq_text::Texts;
use serde::Serialize;

/// A follow-up email draft.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Followup {
    /// Subject line.
    pub subject: String,
    /// Body, lines separated by `\n`.
    pub body: String,
    /// A `mailto:` link that opens the draft: addressed to the contact when the result
    /// carries a well-formed email, else with no recipient.
    pub mailto: String,
}

impl Followup {
    /// The follow-up email for a briefing, in the language of `t`.
    pub fn of(b: &Briefing, t: &Texts) -> Followup {
        let company = b.company.as_deref().unwrap_or_else(|| t.get("rep.unnamed"));
        let subject = t.fmt("brief.mail_subject", &[("company", company)]);
        let name = b
            .contact
            .as_ref()
            .map(|c| c.name.trim())
            .filter(|n| !n.is_empty());
        let mut lines: Vec<String> = vec![
            match name {
                Some(n) => t.fmt("brief.mail_hello_name", &[("name", n)]),
                None => t.get("brief.mail_hello").to_string(),
            },
            String::new(),
            t.fmt(
                "brief.mail_intro",
                &[
                    ("itcq", &t.score(b.itcq)),
                    ("target", &t.score(b.target_itcq)),
                ],
            ),
        ];
        if !b.weakest.is_empty() {
            lines.push(String::new());
            lines.push(t.get("brief.mail_areas").to_string());
            for w in &b.weakest {
                lines.push(match w.quotes.first() {
                    Some(q) => format!(
                        "- {}",
                        t.fmt(
                            "brief.mail_quote",
                            &[
                                ("block", &w.name),
                                ("answer", &q.answer),
                                ("question", &q.question),
                            ],
                        )
                    ),
                    None => format!("- {}", w.name),
                });
            }
        }
        if let Some(fp) = &b.first_project {
            lines.push(String::new());
            lines.push(t.fmt("brief.mail_first", &[("project", &fp.name)]));
            lines.push(fp.pitch.clone());
        }
        lines.push(String::new());
        lines.push(t.get("brief.mail_ask").to_string());
        if let Some(link) = &b.share_link {
            lines.push(String::new());
            lines.push(t.fmt("brief.mail_link", &[("link", link)]));
        }
        lines.push(String::new());
        lines.push(t.get("brief.mail_bye").to_string());
        let body = lines.join("\n");
        let to = b.mailto.as_deref().unwrap_or("mailto:");
        // RFC 6068: line breaks in a body are written %0D%0A.
        let mailto = format!(
            "{to}?subject={}&body={}",
            encode(&subject),
            encode(&body.replace('\n', "\r\n"))
        );
        Followup {
            subject,
            body,
            mailto,
        }
    }
}
