//! The rep briefing: what a sales rep or vCIO needs before calling a prospect, built from
//! one result; and the portfolio row that lists many results side by side.
//!
//! The briefing leads with business, not technology: the three weakest blocks with
//! conversation openers and discovery questions, one small first project to propose (the
//! foot in the door), the framework's services to offer, and what the "Don't know"
//! answers reveal about who is (not) in charge.
//!
//! **Owns:** what the rep page shows of one result and of many. **Must not import:** the
//! journey or any web crate; its words are the text layer's catalogue, its numbers the
//! core's report.

use itcq_core::answers::Answer;
use itcq_core::bank::{BankId, Question, QuestionId, Scale};
use itcq_core::date::Date;
use itcq_core::framework::BlockId;
use itcq_core::plan::{Action, PhaseId, ranked};
use itcq_core::report::{BlockStatus, UnknownLevel};
use itcq_core::score::round1;
use itcq_core::standards;
use itcq_core::targets::gap;
use itcq_core::util::sort_small_by;
use itcq_formats::Color;
use itcq_formats::export::{Scored, chart_svg};
use itcq_formats::lead::{Lead, is_email};
use itcq_msp::custom::Custom;
use itcq_text::{Texts, named};
use serde::Serialize;

/// Most results one portfolio holds (the rep page reads, scores and exports them in chunks).
pub const MAX_PORTFOLIO: usize = 10_000;

/// The briefing for one result.
#[derive(Debug, Clone, Serialize)]
pub struct Briefing {
    /// The result code.
    pub code: String,
    /// The day the assessment was taken.
    pub taken_on: Option<Date>,
    /// The prospect's contact details, when they sent them.
    pub contact: Option<Lead>,
    /// A `mailto:` address for the contact's email, when it is a well-formed address.
    pub mailto: Option<String>,
    /// The company name.
    pub company: Option<String>,
    /// The profile in words.
    pub profile: ProfileView,
    /// The opening question that fits who runs IT today.
    pub it_angle: String,
    /// A discovery question about what the prospect's industry asks of IT.
    pub industry_question: String,
    /// The ITCq.
    pub itcq: f64,
    /// Its band's name.
    pub band: String,
    /// What the band means.
    pub band_description: String,
    /// The ITCq the framework recommends for this company.
    pub target_itcq: f64,
    /// How far the ITCq is below the recommendation (0 when it is reached).
    pub itcq_gap: f64,
    /// Share of questions answered, 0–1.
    pub completion: f64,
    /// The block chart (SVG markup; every text in it is escaped).
    pub chart_svg: String,
    /// All seven blocks.
    pub blocks: Vec<BlockView>,
    /// The (up to) three weakest blocks, largest gap first, with talking material.
    pub weakest: Vec<WeakBlock>,
    /// The first project to propose.
    pub first_project: Option<FirstProject>,
    /// The framework's services to propose, area by area in plan order.
    pub services: Vec<ServiceGroup>,
    /// What the "Don't know" answers reveal.
    pub unknowns: Unknowns,
    /// The plan by phase.
    pub plan: Vec<PhaseView>,
    /// What lies beyond the framework's recommendation (not in the plan's projection; each
    /// gain is what the action would add after the plan).
    pub beyond: Vec<ActionView>,
}

/// The company profile in words.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileView {
    /// People using IT.
    pub seats: u32,
    /// The size segment's label.
    pub segment: &'static str,
    /// The industry's label.
    pub industry: String,
    /// Who manages IT today.
    pub it_management: String,
    /// The chosen goals' labels.
    pub goals: Vec<String>,
}

/// One block's scores.
#[derive(Debug, Clone, Serialize)]
pub struct BlockView {
    /// Block ID.
    pub id: BlockId,
    /// Block name.
    pub name: String,
    /// Score, if assessed.
    pub score: Option<f64>,
    /// Target.
    pub target: f64,
    /// Gap to target, if assessed.
    pub gap: Option<f64>,
    /// Against the target.
    pub status: BlockStatus,
}

/// A weak block and what to say about it.
#[derive(Debug, Clone, Serialize)]
pub struct WeakBlock {
    /// Block ID.
    pub id: BlockId,
    /// Block name.
    pub name: String,
    /// Score, if assessed.
    pub score: Option<f64>,
    /// Target.
    pub target: f64,
    /// Gap to target, if assessed.
    pub gap: Option<f64>,
    /// Why it matters to the business.
    pub stakes: String,
    /// The prospect's own answers in this block, weakest first (at most two).
    pub quotes: Vec<Quote>,
    /// What an insurer or auditor will ask about those answers (official IDs and names).
    pub insurers_ask: String,
    /// Conversation openers (questions).
    pub openers: Vec<String>,
    /// Discovery questions.
    pub questions: Vec<String>,
}

/// One of the prospect's answers, quoted.
#[derive(Debug, Clone, Serialize)]
pub struct Quote {
    /// The question's ID.
    pub question_id: String,
    /// The question as the prospect read it.
    pub question: String,
    /// The answer they chose, in their words ("Don't know" included).
    pub answer: String,
}

/// The recommended first project.
#[derive(Debug, Clone, Serialize)]
pub struct FirstProject {
    /// Delivery area ID.
    pub area: &'static str,
    /// Action name.
    pub name: String,
    /// Block name.
    pub block: String,
    /// Effort label.
    pub effort: String,
    /// ITCq points gained.
    pub gain: f64,
    /// How to pitch it.
    pub pitch: String,
    /// How to frame it for who runs IT today (a second opinion next to an MSP, support
    /// for an IT team, work off the owner's desk).
    pub angle: String,
    /// The services it consists of.
    pub services: Vec<String>,
    /// The MSP's own service for the area, from their configuration file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offer: Option<Offer>,
}

/// The MSP's own service for a delivery area (their configuration's catalogue).
#[derive(Debug, Clone, Serialize)]
pub struct Offer {
    /// Service name.
    pub name: String,
    /// Short pitch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pitch: Option<String>,
    /// Indicative price or range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
    /// Link to the service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Services of one delivery area to propose.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceGroup {
    /// Delivery area ID.
    pub area: &'static str,
    /// Action name.
    pub name: String,
    /// Block name.
    pub block: String,
    /// Service names.
    pub services: Vec<String>,
    /// The MSP's own service for the area, from their configuration file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offer: Option<Offer>,
}

/// What the "Don't know" answers reveal.
#[derive(Debug, Clone, Serialize)]
pub struct Unknowns {
    /// Severity.
    pub level: UnknownLevel,
    /// The finding as the prospect saw it.
    pub message: String,
    /// Number of "Don't know" answers.
    pub count: u32,
    /// Per question (quick bank) or per block (full bank): what it reveals.
    pub reveals: Vec<Reveal>,
}

/// One "Don't know" and what it reveals.
#[derive(Debug, Clone, Serialize)]
pub struct Reveal {
    /// The question asked (quick bank), or how many went unanswered (full bank).
    pub question: String,
    /// Block name.
    pub block: String,
    /// What it reveals.
    pub reveal: String,
}

/// One phase of the plan, compact.
#[derive(Debug, Clone, Serialize)]
pub struct PhaseView {
    /// Phase name.
    pub name: String,
    /// ITCq after the phase.
    pub projected_itcq: f64,
    /// Its actions.
    pub actions: Vec<ActionView>,
}

/// One action, compact.
#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    /// Action name.
    pub name: String,
    /// Block name.
    pub block: String,
    /// Effort label.
    pub effort: String,
    /// ITCq points gained.
    pub gain: f64,
}

impl ActionView {
    /// An action of the plan in the briefing's words.
    fn of(a: &Action, t: &Texts) -> ActionView {
        ActionView {
            name: named::area(t, a.area).to_string(),
            block: block_name(t, a.block),
            effort: s(t, &["effort.", a.effort.as_str()]),
            gain: a.gain,
        }
    }
}

/// A text of `texts` as an owned string.
fn s(t: &Texts, parts: &[&str]) -> String {
    t.of(parts).to_string()
}

fn block_name(t: &Texts, b: BlockId) -> String {
    s(t, &["block.", b.as_str(), ".name"])
}

/// The prospect's answer to question `pos` in words, if it was answered with a level or
/// "Don't know".
fn answer_words(t: &Texts, q: &Question, a: Answer) -> Option<String> {
    Some(match (a, &q.scale) {
        (Answer::DontKnow, _) => t.get("ui.dont_know").to_string(),
        (Answer::Level(l), Scale::Levels) => s(t, &["quick.", &q.id, ".o", &l.to_string()]),
        (Answer::Level(0), Scale::InPlace) => t.get("brief.level_not_in_place").to_string(),
        (Answer::Level(4), Scale::InPlace) => t.get("brief.level_in_place").to_string(),
        (Answer::Level(_), Scale::InPlace) => t.get("brief.level_partly").to_string(),
        (Answer::NotApplicable, _) => return None,
    })
}

/// The prospect's weakest answers in a block (lowest credit, then heavier weight, then bank
/// order), at most `max`, quoted.
fn quotes(scored: &Scored, block: BlockId, t: &Texts, max: usize) -> Vec<(QuestionId, Quote)> {
    let answers = &scored.decoded.answers;
    let bank = answers.bank();
    let mut weak: Vec<(usize, &Question, Answer)> = bank
        .questions
        .iter()
        .zip(answers.as_slice())
        .enumerate()
        .filter(|(_, (q, _))| q.block == block)
        .filter_map(|(i, (q, a))| {
            let a = (*a)?;
            let c = a.credit()?;
            (c < 1.0).then_some((i, q, a))
        })
        .collect();
    sort_small_by(&mut weak, |x, y| {
        let cx = x.2.credit().unwrap_or(0.0);
        let cy = y.2.credit().unwrap_or(0.0);
        cx.total_cmp(&cy)
            .then(y.1.weight.cmp(&x.1.weight))
            .then(x.0.cmp(&y.0))
    });
    weak.into_iter()
        .filter_map(|(_, q, a)| {
            let words = named::question(t, q);
            Some((
                q.id.clone(),
                Quote {
                    question_id: q.id.to_string(),
                    question: words.text.to_string(),
                    answer: answer_words(t, q, a)?,
                },
            ))
        })
        .take(max)
        .collect()
}

/// The first project: the best quick win, else the best-ranked action.
fn first_action(scored: &Scored) -> Option<&Action> {
    let plan = &scored.report.plan;
    plan.phases
        .iter()
        .find(|p| p.id == PhaseId::QuickWins)
        .and_then(|p| p.actions.first())
        .or_else(|| ranked(plan).into_iter().next())
}

/// Builds the briefing for a scored result.
pub fn briefing(scored: &Scored, t: &Texts) -> Briefing {
    let r = &scored.report;
    let blocks: Vec<BlockView> = r
        .blocks
        .iter()
        .map(|b| BlockView {
            id: b.id,
            name: named::block(t, b.id).to_string(),
            score: b.score,
            target: b.target,
            gap: b.gap,
            status: b.status,
        })
        .collect();
    // Weakest: assessed blocks by gap (largest first), then lower score, then framework order.
    let mut order: Vec<&BlockView> = blocks.iter().filter(|b| b.score.is_some()).collect();
    sort_small_by(&mut order, |a, b| {
        let key = |v: &BlockView| (v.gap.unwrap_or(0.0), -v.score.unwrap_or(0.0));
        let (ka, kb) = (key(a), key(b));
        kb.0.total_cmp(&ka.0)
            .then(kb.1.total_cmp(&ka.1))
            .then(a.id.index().cmp(&b.id.index()))
    });
    let weakest = order
        .into_iter()
        .take(3)
        .map(|b| {
            let id = b.id.as_str();
            let quoted = quotes(scored, b.id, t, 2);
            let ids: Vec<QuestionId> = quoted.iter().map(|(id, _)| id.clone()).collect();
            WeakBlock {
                id: b.id,
                name: named::block(t, b.id).to_string(),
                score: b.score,
                target: b.target,
                gap: b.gap,
                quotes: quoted.into_iter().map(|(_, q)| q).collect(),
                insurers_ask: named::asks_line(&standards::asks(&ids), 2),
                stakes: s(t, &["talk.", id, ".stakes"]),
                openers: ["1", "2", "3"]
                    .map(|n| s(t, &["talk.", id, ".opener", n]))
                    .to_vec(),
                questions: ["1", "2", "3", "4"]
                    .map(|n| s(t, &["talk.", id, ".question", n]))
                    .to_vec(),
            }
        })
        .collect();
    let first_project = first_action(scored).map(|a| FirstProject {
        area: a.area,
        name: named::area(t, a.area).to_string(),
        block: block_name(t, a.block),
        effort: s(t, &["effort.", a.effort.as_str()]),
        gain: a.gain,
        pitch: s(t, &["pitch.", a.area]),
        angle: s(t, &["angle.", r.profile.it_management.as_str(), ".project"]),
        services: a
            .services
            .iter()
            .map(|x| named::service(t, x).to_string())
            .collect(),
        offer: None,
    });
    let services = ranked(&r.plan)
        .into_iter()
        .map(|a| ServiceGroup {
            area: a.area,
            name: named::area(t, a.area).to_string(),
            block: block_name(t, a.block),
            services: a
                .services
                .iter()
                .map(|x| named::service(t, x).to_string())
                .collect(),
            offer: None,
        })
        .collect();
    let bank = scored.decoded.answers.bank();
    let mut reveals = Vec::new();
    match bank.id {
        BankId::Quick => {
            for (q, a) in bank.questions.iter().zip(scored.decoded.answers.as_slice()) {
                if *a == Some(Answer::DontKnow) {
                    reveals.push(Reveal {
                        question: s(t, &["quick.", &q.id, ".text"]),
                        block: block_name(t, q.block),
                        // The MSP's own questions have no reveal of their own.
                        reveal: match t.try_get(&["reveal.", &q.id].concat()) {
                            Some(r) => r.to_string(),
                            None => t.get("brief.reveal_own").to_string(),
                        },
                    });
                }
            }
        }
        BankId::Full => {
            for b in &r.unknown.blocks {
                reveals.push(Reveal {
                    question: t.fmt(
                        if b.count == 1 {
                            "brief.unknown_one"
                        } else {
                            "brief.unknown_many"
                        },
                        &[
                            ("count", &b.count.to_string()),
                            ("block", &block_name(t, b.block)),
                        ],
                    ),
                    block: block_name(t, b.block),
                    reveal: s(t, &["talk.", b.block.as_str(), ".unknown"]),
                });
            }
        }
    }
    Briefing {
        code: scored.code.clone(),
        taken_on: scored.decoded.taken_on,
        contact: scored.decoded.lead.clone(),
        mailto: mailto(scored.decoded.lead.as_ref()),
        company: scored.company().map(str::to_string),
        it_angle: s(t, &["angle.", r.profile.it_management.as_str(), ".opener"]),
        industry_question: s(t, &["angle.industry.", r.profile.industry.as_str()]),
        profile: ProfileView {
            seats: r.profile.seats,
            segment: r.segment.label(),
            industry: s(t, &["industry.", r.profile.industry.as_str()]),
            it_management: s(t, &["itm.", r.profile.it_management.as_str()]),
            goals: r
                .profile
                .goals
                .iter()
                .map(|g| s(t, &["goal.", g.as_str(), ".label"]))
                .collect(),
        },
        itcq: r.itcq,
        band: s(t, &["band.", r.band.as_str(), ".name"]),
        band_description: s(t, &["band.", r.band.as_str(), ".desc"]),
        target_itcq: r.target_itcq,
        itcq_gap: round1(gap(r.target_itcq, r.itcq)),
        completion: r.completion,
        chart_svg: chart_svg(r, Color::DEFAULT, t),
        blocks,
        weakest,
        first_project,
        services,
        unknowns: Unknowns {
            level: r.unknown.level,
            message: named::unknown(t, r.unknown.level).to_string(),
            count: r.unknown.count,
            reveals,
        },
        plan: r
            .plan
            .phases
            .iter()
            .map(|p| PhaseView {
                name: named::phase(t, p.id).to_string(),
                projected_itcq: p.projected_itcq,
                actions: p.actions.iter().map(|a| ActionView::of(a, t)).collect(),
            })
            .collect(),
        beyond: r
            .plan
            .beyond_target
            .iter()
            .map(|a| ActionView::of(a, t))
            .collect(),
    }
}

/// One result in the portfolio table.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The result code.
    pub code: String,
    /// Company name.
    pub company: Option<String>,
    /// Contact name.
    pub contact_name: Option<String>,
    /// Contact email.
    pub email: Option<String>,
    /// A `mailto:` address for the email, when it is a well-formed address.
    pub mailto: Option<String>,
    /// Day taken.
    pub taken_on: Option<Date>,
    /// People using IT.
    pub seats: u32,
    /// Industry label.
    pub industry: String,
    /// ITCq.
    pub itcq: f64,
    /// Band name.
    pub band: String,
    /// The seven block scores.
    pub blocks: Vec<RowBlock>,
    /// The best-ranked action.
    pub top_action: Option<String>,
}

/// A block score in a portfolio row.
#[derive(Debug, Clone, Serialize)]
pub struct RowBlock {
    /// Block ID.
    pub id: BlockId,
    /// Block name.
    pub name: String,
    /// Score, if assessed.
    pub score: Option<f64>,
}

/// A `mailto:` address for a contact's email, when it is a well-formed address.
fn mailto(lead: Option<&Lead>) -> Option<String> {
    lead.filter(|l| is_email(&l.email))
        .map(|l| format!("mailto:{}", l.email.trim()))
}

/// The portfolio row of a scored result.
pub fn row(scored: &Scored, t: &Texts) -> Row {
    let r = &scored.report;
    let lead = scored.decoded.lead.as_ref();
    Row {
        code: scored.code.clone(),
        company: scored.company().map(str::to_string),
        contact_name: lead.map(|l| l.name.clone()).filter(|n| !n.is_empty()),
        email: lead.map(|l| l.email.clone()).filter(|n| !n.is_empty()),
        mailto: mailto(lead),
        taken_on: scored.decoded.taken_on,
        seats: r.profile.seats,
        industry: s(t, &["industry.", r.profile.industry.as_str()]),
        itcq: r.itcq,
        band: s(t, &["band.", r.band.as_str(), ".name"]),
        blocks: r
            .blocks
            .iter()
            .map(|b| RowBlock {
                id: b.id,
                name: named::block(t, b.id).to_string(),
                score: b.score,
            })
            .collect(),
        top_action: ranked(&r.plan)
            .first()
            .map(|a| named::area(t, a.area).to_string()),
    }
}

/// The MSP's own service for an area, when their configuration names one; its texts come
/// from `t` with the configuration's texts on top.
pub fn offer(custom: &Custom, area: &str, t: &Texts) -> Option<Offer> {
    let url = custom.offer(area)?;
    let text = |field: &str| {
        t.try_get(&format!("offer.{area}.{field}"))
            .map(str::to_string)
    };
    Some(Offer {
        name: text("name").unwrap_or_default(),
        pitch: text("pitch"),
        price: text("price"),
        url: url.map(str::to_string),
    })
}

/// Adds the MSP's own services (their configuration's catalogue) to a briefing.
pub fn with_offers(mut b: Briefing, custom: &Custom, t: &Texts) -> Briefing {
    if let Some(fp) = &mut b.first_project {
        fp.offer = offer(custom, fp.area, t);
    }
    for g in &mut b.services {
        g.offer = offer(custom, g.area, t);
    }
    b
}

/// The briefing as Markdown, for a CRM note or an email: who, the score against the
/// recommendation, the weakest areas with the prospect's own answers, the first project,
/// the plan and the "Don't know" findings. Every line comes from the briefing.
pub fn markdown(b: &Briefing, t: &Texts) -> String {
    use std::fmt::Write as _;
    let mut m = String::new();
    let company = b.company.as_deref().unwrap_or("—");
    let _ = writeln!(
        m,
        "# {}\n",
        t.fmt("brief.md_title", &[("company", company)])
    );
    match &b.contact {
        Some(c) => {
            let parts: Vec<&str> = [c.name.as_str(), c.email.as_str(), c.phone.as_str()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect();
            let _ = writeln!(m, "- {}: {}", t.get("brief.md_contact"), parts.join(", "));
        }
        None => {
            let _ = writeln!(m, "- {}", t.get("brief.md_no_contact"));
        }
    }
    if let Some(day) = b.taken_on {
        let _ = writeln!(m, "- {}", t.date(day));
    }
    let p = &b.profile;
    let mut profile = vec![
        format!("{} seats ({})", p.seats, p.segment),
        p.industry.clone(),
        p.it_management.clone(),
    ];
    profile.extend(p.goals.iter().cloned());
    let _ = writeln!(m, "- {}\n", profile.join(" · "));
    let _ = writeln!(
        m,
        "**{}**\n",
        t.fmt(
            "brief.md_itcq",
            &[
                ("itcq", &t.score(b.itcq)),
                ("band", &b.band),
                ("target", &t.score(b.target_itcq)),
            ],
        )
    );
    let _ = writeln!(m, "- **{}:** {}", t.get("brief.it_angle"), b.it_angle);
    let _ = writeln!(
        m,
        "- **{}:** {}\n",
        t.get("brief.industry_question"),
        b.industry_question
    );
    let _ = writeln!(m, "## {}\n", t.get("brief.md_weakest"));
    for w in &b.weakest {
        let score = w.score.map_or("–".to_string(), |s| t.score(s));
        let _ = writeln!(
            m,
            "### {}: {}\n",
            w.name,
            t.fmt(
                "rep.score_vs_target",
                &[("score", &score), ("target", &t.score(w.target))]
            )
        );
        for q in &w.quotes {
            let _ = writeln!(
                m,
                "- {}: “{}” ({})",
                t.get("brief.told_us"),
                q.answer,
                q.question
            );
        }
        if !w.insurers_ask.is_empty() {
            let _ = writeln!(m, "- {}: {}", t.get("brief.insurers_ask"), w.insurers_ask);
        }
        let _ = writeln!(m, "\n{}:\n", t.get("brief.md_openers"));
        for o in &w.openers {
            let _ = writeln!(m, "- {o}");
        }
        let _ = writeln!(m, "\n{}:\n", t.get("brief.md_questions"));
        for q in &w.questions {
            let _ = writeln!(m, "- {q}");
        }
        m.push('\n');
    }
    if let Some(fp) = &b.first_project {
        let _ = writeln!(
            m,
            "## {}: {}\n\n{}\n\n**{}:** {}\n",
            t.get("brief.md_first_project"),
            fp.name,
            fp.pitch,
            t.get("brief.project_angle"),
            fp.angle
        );
        for s in &fp.services {
            let _ = writeln!(m, "- {s}");
        }
        m.push('\n');
    }
    let _ = writeln!(m, "## {}\n", t.get("brief.md_plan"));
    for phase in &b.plan {
        let _ = writeln!(
            m,
            "### {} (ITCq {})\n",
            phase.name,
            t.score(phase.projected_itcq)
        );
        for a in &phase.actions {
            let _ = writeln!(m, "- {} ({}) +{}", a.name, a.block, t.score(a.gain));
        }
        m.push('\n');
    }
    if !b.beyond.is_empty() {
        let _ = writeln!(m, "### {}\n", t.get("pdf.beyond"));
        for a in &b.beyond {
            let _ = writeln!(m, "- {} ({}) +{}", a.name, a.block, t.score(a.gain));
        }
        m.push('\n');
    }
    if !b.unknowns.reveals.is_empty() {
        let _ = writeln!(m, "## {}\n", t.get("brief.md_unknowns"));
        for r in &b.unknowns.reveals {
            let _ = writeln!(m, "- {} ({}): {}", r.question, r.block, r.reveal);
        }
    }
    m
}
