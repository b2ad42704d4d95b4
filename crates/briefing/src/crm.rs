//! The briefing as a note for a CRM or an email, in Markdown or plain text: the one-page
//! briefing first (who, the score against the recommendation, the weakest blocks with the
//! prospect's own answers, an opener and a discovery question, the first project, the
//! services to propose, the call agenda), then the plan and the "Don't know" findings.
//! Every line comes from the briefing.

use crate::Briefing;
use itcq_text::Texts;

/// How the note is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Markdown: `#` headings, `**` labels, `-` lists.
    Markdown,
    /// Plain text: underlined headings, `-` lists, no markup (for CRMs that show text
    /// as typed).
    Text,
}

/// A note being written in one style.
struct Doc {
    style: Style,
    out: String,
}

impl Doc {
    fn heading(&mut self, level: usize, text: &str) {
        match self.style {
            Style::Markdown => {
                self.out.push_str(&"#".repeat(level));
                self.out.push(' ');
                self.out.push_str(text);
                self.out.push_str("\n\n");
            }
            Style::Text => {
                self.out.push_str(text);
                self.out.push('\n');
                if level < 3 {
                    let mark = if level == 1 { "=" } else { "-" };
                    self.out.push_str(&mark.repeat(text.chars().count()));
                    self.out.push('\n');
                }
                self.out.push('\n');
            }
        }
    }

    fn para(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push_str("\n\n");
    }

    fn strong(&mut self, text: &str) {
        match self.style {
            Style::Markdown => self.para(&format!("**{text}**")),
            Style::Text => self.para(text),
        }
    }

    fn item(&mut self, text: &str) {
        self.out.push_str("- ");
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn labelled(&mut self, label: &str, text: &str) {
        match self.style {
            Style::Markdown => self.item(&format!("**{label}:** {text}")),
            Style::Text => self.item(&format!("{label}: {text}")),
        }
    }

    fn numbered(&mut self, n: usize, text: &str) {
        self.out.push_str(&format!("{n}. {text}\n"));
    }

    fn end_list(&mut self) {
        self.out.push('\n');
    }
}

impl Doc {
    /// A text the prospect typed (company, name, email, phone), as this style shows it: in
    /// Markdown, characters that would make a link, markup or emphasis are escaped, so a
    /// CRM that renders Markdown shows the text as typed.
    fn typed(&self, text: &str) -> String {
        match self.style {
            Style::Text => text.to_string(),
            Style::Markdown => {
                let mut out = String::with_capacity(text.len());
                for c in text.chars() {
                    if matches!(
                        c,
                        '\\' | '`'
                            | '*'
                            | '_'
                            | '['
                            | ']'
                            | '<'
                            | '>'
                            | '#'
                            | '|'
                            | '!'
                            | '('
                            | ')'
                    ) {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out
            }
        }
    }
}

/// The briefing as a note in `style`, in the language of `t`.
pub fn crm(b: &Briefing, t: &Texts, style: Style) -> String {
    let mut d = Doc {
        style,
        out: String::new(),
    };
    let company = d.typed(b.company.as_deref().unwrap_or("—"));
    d.heading(1, &t.fmt("brief.md_title", &[("company", &company)]));
    match &b.contact {
        Some(c) => {
            let parts: Vec<String> = [c.name.as_str(), c.email.as_str(), c.phone.as_str()]
                .into_iter()
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(|x| d.typed(x))
                .collect();
            d.labelled(t.get("brief.md_contact"), &parts.join(", "));
        }
        None => d.item(t.get("brief.md_no_contact")),
    }
    if let Some(day) = b.taken_on {
        d.item(&t.date(day));
    }
    let p = &b.profile;
    let mut profile = vec![
        crate::seats(t, p.seats),
        p.industry.clone(),
        p.it_management.clone(),
    ];
    profile.extend(p.goals.iter().cloned());
    d.item(&profile.join(" · "));
    if let Some(link) = &b.share_link {
        d.item(link);
    }
    d.end_list();
    d.strong(&t.fmt(
        "brief.md_itcq",
        &[
            ("itcq", &t.score(b.itcq)),
            ("band", &b.band),
            ("target", &t.score(b.target_itcq)),
        ],
    ));
    d.para(&b.answered_line);
    d.labelled(t.get("brief.it_angle"), &b.it_angle);
    d.labelled(t.get("brief.industry_question"), &b.industry_question);
    d.end_list();

    d.heading(2, t.get("brief.md_weakest"));
    for w in &b.weakest {
        let score = w.score.map_or("–".to_string(), |s| t.score(s));
        d.heading(
            3,
            &format!(
                "{}: {}",
                w.name,
                t.fmt(
                    "rep.score_vs_target",
                    &[("score", &score), ("target", &t.score(w.target))]
                )
            ),
        );
        for q in &w.quotes {
            d.labelled(
                t.get("brief.told_us"),
                &format!("“{}” ({})", q.answer, q.question),
            );
        }
        if let Some(o) = w.openers.first() {
            d.labelled(t.get("brief.opener"), o);
        }
        if let Some(q) = w.questions.first() {
            d.labelled(t.get("brief.question"), q);
        }
        if !w.insurers_ask.is_empty() {
            d.labelled(t.get("brief.insurers_ask"), &w.insurers_ask);
        }
        d.end_list();
    }
    if let Some(fp) = &b.first_project {
        d.heading(
            2,
            &format!("{}: {}", t.get("brief.md_first_project"), fp.name),
        );
        d.para(&fp.pitch);
        d.labelled(t.get("brief.project_angle"), &fp.angle);
        d.end_list();
    }
    if !b.services.is_empty() {
        d.heading(2, t.get("brief.md_propose"));
        for g in &b.services {
            let mut line = format!("{} ({})", g.name, g.block);
            if !g.services.is_empty() {
                line.push_str(": ");
                line.push_str(&g.services.join(", "));
            }
            if let Some(o) = &g.offer {
                line.push_str(&format!(" — {}", o.name));
            }
            d.item(&line);
        }
        d.end_list();
    }
    d.heading(2, t.get("brief.md_agenda"));
    for (i, a) in b.agenda.iter().enumerate() {
        let minutes = t.fmt("brief.minutes", &[("n", &a.minutes.to_string())]);
        d.numbered(i + 1, &format!("{} ({minutes})", a.text));
    }
    d.end_list();

    d.heading(2, t.get("brief.md_plan"));
    for phase in &b.plan {
        d.heading(
            3,
            &format!("{} (ITCq {})", phase.name, t.score(phase.projected_itcq)),
        );
        for a in &phase.actions {
            d.item(&format!("{} ({}) +{}", a.name, a.block, t.score(a.gain)));
        }
        d.end_list();
    }
    if !b.beyond.is_empty() {
        d.heading(3, t.get("pdf.beyond"));
        for a in &b.beyond {
            d.item(&format!("{} ({}) +{}", a.name, a.block, t.score(a.gain)));
        }
        d.end_list();
    }
    if !b.unknowns.reveals.is_empty() {
        d.heading(2, t.get("brief.md_unknowns"));
        for r in &b.unknowns.reveals {
            d.item(&format!("{} ({}): {}", r.question, r.block, r.reveal));
        }
        d.end_list();
    }
    let mut out = d.out.trim_end().to_string();
    out.push('\n');
    out
}
