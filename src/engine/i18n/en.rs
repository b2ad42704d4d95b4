//! The English catalogue: texts collected from the data, plus the interface copy.
//!
//! Domain texts stay next to their data (framework, banks, briefing) and are collected
//! here under keys derived from stable IDs; the interface copy and the templates of
//! composed sentences are listed in [`UI`]. Other languages translate exactly these keys.

use crate::engine::bank::quick::QUICK;
use crate::engine::briefing::{FIRST_PROJECT_PITCH, TALK, UNKNOWN_REVEALS};
use crate::engine::framework::{AREAS, BLOCKS, Effort, Goal, Role};
use crate::engine::plan::PhaseId;
use crate::engine::profile::{Industry, ItManagement};
use crate::engine::report::UnknownLevel;
use crate::engine::score::Band;

/// Every English key and text.
pub fn collect() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::with_capacity(1200);
    let mut put = |key: String, text: &str| out.push((key, text.to_string()));
    for b in &BLOCKS {
        let id = b.id.as_str();
        put(format!("block.{id}.name"), b.name);
        put(format!("block.{id}.question"), b.question);
        put(format!("block.{id}.benefit"), b.benefit);
        put(format!("block.{id}.risk"), b.risk);
    }
    for a in AREAS {
        put(format!("area.{}.name", a.id), a.name);
        put(format!("area.{}.desc", a.id), a.description());
        for s in a.services {
            put(format!("service.{}.name", s.id), s.name);
            put(format!("service.{}.help", s.id), s.help());
        }
    }
    for q in QUICK {
        put(format!("quick.{}.text", q.id), q.text);
        put(format!("quick.{}.help", q.id), q.help);
        for (level, o) in q.options.iter().enumerate() {
            put(format!("quick.{}.o{level}", q.id), o);
        }
    }
    for g in Goal::ALL {
        put(format!("goal.{}.label", g.as_str()), g.label());
        put(format!("goal.{}.desc", g.as_str()), g.description());
    }
    for e in Effort::ALL {
        put(format!("effort.{}", e.as_str()), e.label());
    }
    for r in Role::ALL {
        put(format!("role.{}", r.as_str()), r.label());
    }
    for i in Industry::ALL {
        put(format!("industry.{}", i.as_str()), i.label());
    }
    for m in ItManagement::ALL {
        put(format!("itm.{}", m.as_str()), m.label());
    }
    for b in Band::ALL {
        put(format!("band.{}.name", b.as_str()), b.name());
        put(format!("band.{}.desc", b.as_str()), b.description());
    }
    for p in PhaseId::ALL {
        put(format!("phase.{}", p.as_str()), p.name());
    }
    for u in UnknownLevel::ALL {
        put(format!("unknown.{}", u.as_str()), &u.to_string());
    }
    for t in &TALK {
        let id = t.block.as_str();
        put(format!("talk.{id}.stakes"), t.stakes);
        for (i, o) in t.openers.iter().enumerate() {
            put(format!("talk.{id}.opener{}", i + 1), o);
        }
        for (i, q) in t.questions.iter().enumerate() {
            put(format!("talk.{id}.question{}", i + 1), q);
        }
        put(format!("talk.{id}.unknown"), t.unknown);
    }
    for (id, text) in &UNKNOWN_REVEALS {
        put(format!("reveal.{id}"), text);
    }
    for (id, text) in &FIRST_PROJECT_PITCH {
        put(format!("pitch.{id}"), text);
    }
    for (key, text) in UI {
        put((*key).to_string(), text);
    }
    out
}

/// Interface copy and sentence templates, by key. `{name}` marks a placeholder.
pub static UI: &[(&str, &str)] = &[
    // Formats.
    ("fmt.decimal", "."),
    ("fmt.percent", "{n}%"),
    ("fmt.date", "{month} {d}, {y}"),
    ("month.1", "January"),
    ("month.2", "February"),
    ("month.3", "March"),
    ("month.4", "April"),
    ("month.5", "May"),
    ("month.6", "June"),
    ("month.7", "July"),
    ("month.8", "August"),
    ("month.9", "September"),
    ("month.10", "October"),
    ("month.11", "November"),
    ("month.12", "December"),
    // The bank names, as the printed report's footer uses them.
    ("bank.quick", "quick assessment"),
    ("bank.full", "full assessment"),
    // The block chart.
    ("chart.block", "{block} {score} of target {target}"),
    ("chart.block_none", "{block} not assessed"),
    ("chart.label", "Block scores against targets: {summary}"),
    ("chart.legend", "Bar: score. Line: target for this company."),
    // The printed report.
    ("pdf.title", "IT Competitiveness report"),
    ("pdf.title_company", "IT Competitiveness report: {company}"),
    ("pdf.no_msp", "IT assessment"),
    ("pdf.kicker", "IT Competitiveness quotient (ITCq)"),
    ("pdf.heading", "Your IT Competitiveness report"),
    (
        "pdf.target",
        "The target for a company of your size and goals is {target}.",
    ),
    ("pdf.partial", "Based on {answered} of {total} questions."),
    ("pdf.prepared_for", "Prepared for {name}."),
    ("pdf.taken_on", "Assessment taken on {date}."),
    ("pdf.profile", "{seats} people using IT · {industry} · IT run by: {it}."),
    ("pdf.blocks", "Your score per block"),
    ("pdf.block_score", "{score} of 100 · target {target}"),
    ("pdf.block_none", "Not assessed · target {target}"),
    ("pdf.unknown", "What you didn't know"),
    ("pdf.plan", "Your action plan"),
    ("pdf.plan_gain", "Doing the whole plan takes your ITCq from {from} to {to}."),
    ("pdf.phase", "{phase} · ITCq after this phase: {itcq}"),
    ("pdf.phase_empty", "Nothing needed here."),
    (
        "pdf.action_facts",
        "{block} · +{gain} ITCq · effort: {effort} · done by: {responsible} · answerable: {accountable}",
    ),
    ("pdf.next", "Next steps"),
    (
        "pdf.next_text",
        "A short conversation with {msp} turns this plan into the first concrete steps for your company.",
    ),
    ("pdf.email", "Email"),
    ("pdf.online", "Your results online"),
    (
        "pdf.footer",
        "Scored with the 7C IT Management Framework ({questions}, version {version}). Result code:",
    ),
    // The email a prospect sends the MSP.
    ("mail.subject", "My ITCq result: {itcq}"),
    (
        "mail.intro",
        "Hello {msp},\n\nI took the IT assessment on your website. My ITCq is {itcq} ({band}), against a target of {target}.",
    ),
    ("mail.blocks", "Block scores:"),
    ("mail.block", "{block}: {score} (target {target})"),
    ("mail.block_none", "{block}: not assessed"),
    ("mail.actions", "The first actions in my plan:"),
    ("mail.link", "My full results: {link}"),
    ("mail.close", "I'd like to talk about the results."),
    // Lead capture.
    ("lead.consent_short", "I agree to be contacted about my results."),
    // The rep briefing.
    ("brief.unknown_one", "{count} \"Don't know\" answer in {block}"),
    ("brief.unknown_many", "{count} \"Don't know\" answers in {block}"),
    // How each block stands against its target.
    (
        "report.meaning.not_assessed",
        "{block} was not assessed: no answer counted here yet.",
    ),
    (
        "report.meaning.on_target",
        "{block} meets the target of {target} for a company of your size and goals. {benefit} Keep it there with a yearly review.",
    ),
    (
        "report.meaning.near_target",
        "{block} scores {score} against a target of {target}: close. Closing the last {points} points brings this within reach: {benefit}",
    ),
    (
        "report.meaning.below_target",
        "{block} scores {score}, well below the target of {target} for a company like yours. The risk today: {risk}",
    ),
];
