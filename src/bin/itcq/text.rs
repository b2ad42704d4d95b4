//! Readable text tables for the terminal.

use itcq::engine::bank::{Bank, Scale};
use itcq::engine::date::Date;
use itcq::engine::framework;
use itcq::engine::i18n::{Texts, named};
use itcq::engine::lead::Lead;
use itcq::engine::report::Report;
use itcq::engine::score::Band;
use std::fmt::Write;

/// Labels of the full bank's in-place answers, by level, for the terminal.
const IN_PLACE_LABELS: [(u8, &str); 3] = [(0, "Not in place"), (2, "Partly"), (4, "In place")];

fn label<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The framework as an indented outline, in the words of `t`.
pub fn framework(t: &Texts) -> String {
    let mut out = String::new();
    for block in &framework::BLOCKS {
        let _ = writeln!(
            out,
            "{} ({})\n  {}",
            named::block(t, block.id),
            block.id,
            t.of(&["block.", block.id.as_str(), ".question"])
        );
        for area in framework::areas_of(block.id) {
            let goals: Vec<&str> = area.goals.iter().map(|g| g.as_str()).collect();
            let _ = writeln!(
                out,
                "  {} [{}]\n    effort {}, R {}, A {}, goals {}",
                named::area(t, area.id),
                area.id,
                label(&area.effort),
                label(&area.responsible),
                label(&area.accountable),
                goals.join(", ")
            );
            for s in area.services {
                let name = named::service(t, s.id);
                let _ = writeln!(out, "    - {name} [{}, {}]", s.id, label(&s.weight));
            }
        }
        out.push('\n');
    }
    out
}

/// A bank as a numbered list, in the words of `t`.
pub fn questions(bank: &Bank, t: &Texts) -> String {
    let mut out = format!(
        "{} bank, version {}, {} questions\n\n",
        bank.id,
        bank.version,
        bank.questions.len()
    );
    let mut block = None;
    for (i, q) in bank.questions.iter().enumerate() {
        if block != Some(q.block) {
            block = Some(q.block);
            let _ = writeln!(out, "== {} ==", named::block(t, q.block));
        }
        let words = named::question(t, q);
        let _ = writeln!(
            out,
            "{:>3}. {} [{}, weight {}]\n     {}",
            i + 1,
            words.text,
            q.id,
            q.weight.value(),
            words.help
        );
        match &q.scale {
            Scale::Levels => {
                for (level, o) in words.options.iter().enumerate() {
                    let _ = writeln!(out, "     {level}: {o}");
                }
                let _ = writeln!(out, "     dont_know: Don't know");
            }
            Scale::InPlace => {
                let labels: Vec<String> = IN_PLACE_LABELS
                    .iter()
                    .map(|(l, t)| format!("{l}: {t}"))
                    .collect();
                let _ = writeln!(out, "     {}, dont_know, na", labels.join(", "));
            }
        }
    }
    out
}

fn score(s: Option<f64>) -> String {
    s.map_or_else(|| "-".to_string(), |s| format!("{s:.1}"))
}

fn band(t: &Texts, b: Option<Band>) -> &str {
    b.map_or("-", |b| named::band(t, b))
}

/// A report as the rep reads it, in the words of `t`.
pub fn report(r: &Report, t: &Texts) -> String {
    let mut out = String::new();
    let company = r
        .profile
        .company
        .as_deref()
        .map_or_else(|| "(company not named)".to_string(), clean);
    let _ = writeln!(
        out,
        "ITCq report: {company}, {} seats ({} segment), {} bank v{}",
        r.profile.seats,
        r.segment.label(),
        r.bank,
        r.bank_version
    );
    let _ = writeln!(
        out,
        "ITCq {:.1} / 100 ({}), 7C recommendation {:.1}",
        r.itcq,
        named::band(t, r.band),
        r.target_itcq
    );
    let _ = writeln!(
        out,
        "Completion {:.0}% ({} of {} answered, {} missing); \"Don't know\" {:.0}% ({})\n",
        r.completion * 100.0,
        r.answers.answered,
        r.answers.total,
        r.answers.missing,
        r.unknown_share * 100.0,
        r.answers.dont_know
    );
    let _ = writeln!(
        out,
        "{:<16} {:>6} {:>7} {:>6}  {:<11} {:>9}",
        "Block", "Score", "Recommended", "Gap", "Band", "Answered"
    );
    for b in &r.blocks {
        let _ = writeln!(
            out,
            "{:<16} {:>6} {:>7.0} {:>6}  {:<11} {:>4}/{:<4}",
            named::block(t, b.id),
            score(b.score),
            b.target,
            score(b.gap),
            band(t, b.band),
            b.answered,
            b.questions
        );
    }
    let _ = writeln!(out, "\nFinding: {}", named::unknown(t, r.unknown.level));
    if !r.unknown.blocks.is_empty() {
        let list: Vec<String> = r
            .unknown
            .blocks
            .iter()
            .map(|b| format!("{} {}", named::block(t, b.block), b.count))
            .collect();
        let _ = writeln!(out, "  \"Don't know\" by block: {}", list.join(", "));
    }
    let _ = writeln!(out, "\nAction plan");
    for phase in &r.plan.phases {
        let _ = writeln!(
            out,
            "\n{} — projected ITCq {:.1}",
            named::phase(t, phase.id),
            phase.projected_itcq
        );
        if phase.actions.is_empty() {
            let _ = writeln!(out, "  (nothing in this phase)");
        }
        for a in &phase.actions {
            let _ = writeln!(
                out,
                "  {}. {} ({}) +{:.1} ITCq; effort {}, R {}, A {}; score {:.1}, recommended {:.0}{}",
                a.rank,
                named::area(t, a.area),
                named::block(t, a.block),
                a.gain,
                label(&a.effort),
                label(&a.responsible),
                label(&a.accountable),
                a.score,
                a.target,
                if a.reaches_target {
                    " (counted up to the recommendation)"
                } else {
                    ""
                }
            );
            for s in &a.services {
                let _ = writeln!(out, "       - {}", named::service(t, s));
            }
        }
    }
    if !r.plan.beyond_target.is_empty() {
        let _ = writeln!(
            out,
            "\nBeyond the recommendation (not in the projection; ITCq each would add after the plan)"
        );
        for a in &r.plan.beyond_target {
            let _ = writeln!(
                out,
                "  {}. {} ({}) +{:.1} ITCq",
                a.rank,
                named::area(t, a.area),
                named::block(t, a.block),
                a.gain
            );
        }
    }
    out
}

/// Text from outside (a company name, contact details from a result code) made safe for a
/// terminal: control characters, which could move the cursor or recolour the screen, are
/// shown as `\u{..}` escapes.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// A report followed by the result's details: the day it was taken and the contact details
/// (when known), and the result code that reopens it.
pub fn result(
    r: &Report,
    t: &Texts,
    code: &str,
    taken_on: Option<Date>,
    lead: Option<&Lead>,
) -> String {
    let mut out = report(r, t);
    out.push('\n');
    if let Some(d) = taken_on {
        let _ = writeln!(out, "Taken on: {d}");
    }
    if let Some(l) = lead {
        let _ = writeln!(out, "Contact");
        for (field, value) in [
            ("Name", &l.name),
            ("Email", &l.email),
            ("Company", &l.company),
            ("Phone", &l.phone),
        ] {
            if !value.trim().is_empty() {
                let _ = writeln!(out, "  {field}: {}", clean(value));
            }
        }
        let _ = writeln!(
            out,
            "  Consent to be contacted: {}",
            if l.consent { "yes" } else { "no" }
        );
    }
    let _ = writeln!(out, "Result code: {code}");
    out
}
