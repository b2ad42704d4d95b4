//! The rep briefing: what a sales rep or vCIO needs before calling a prospect, built from
//! one result; and the portfolio row that lists many results side by side.
//!
//! The briefing leads with business, not technology, and fits one page: who the prospect
//! is and how to reach them, the three weakest blocks with the prospect's own answers, an
//! opener and a discovery question for each, one small first project in one of those
//! blocks (the foot in the door), at most three services to propose, and a call agenda.
//! Below it: the whole plan and what the "Don't know" answers reveal about who is (not) in
//! charge. For after the call: the briefing as text and Markdown for a CRM ([`crm`]) and
//! a follow-up email in the prospect's language ([`Followup`]).
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

mod crm;
mod mail;
pub use crm::{Style, crm};
pub use mail::Followup;

/// Most results one portfolio holds (the rep page reads, scores and exports them in chunks).
pub const MAX_PORTFOLIO: usize = 10_000;

/// The briefing for one result.
#[derive(Debug, Clone, Serialize)]
pub struct Briefing {
    /// The result code.
    pub code: String,
    /// The result code without the contact details: the same for every link to this
    /// result, so notes and portfolio history attach to it.
    pub result_id: String,
    /// The link to the result without contact details, when the briefing was opened from
    /// a link (the MSP's page with `#itcq=`).
    pub share_link: Option<String>,
    /// The day the assessment was taken.
    pub taken_on: Option<Date>,
    /// The prospect's contact details, when they sent them.
    pub contact: Option<Lead>,
    /// A `mailto:` address for the contact's email, when it is a well-formed address.
    pub mailto: Option<String>,
    /// A `tel:` address for the contact's phone, when it has digits to dial.
    pub tel: Option<String>,
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
    /// Questions asked of this company.
    pub asked: u32,
    /// Of those, answered ("Don't know" included).
    pub answered: u32,
    /// Of those, answered "Don't know".
    pub dont_know: u32,
    /// The answers in a line: "36 of 36 questions answered, 4 of them “Don't know”".
    pub answered_line: String,
    /// The block chart (SVG markup; every text in it is escaped).
    pub chart_svg: String,
    /// All seven blocks.
    pub blocks: Vec<BlockView>,
    /// The (up to) three weakest blocks, largest gap first, with talking material.
    pub weakest: Vec<WeakBlock>,
    /// The first project to propose: the best-ranked action of the plan in one of the
    /// weakest blocks (else the plan's first).
    pub first_project: Option<FirstProject>,
    /// At most three delivery areas to propose, with the framework's services: the first
    /// project's, then the best action of each other weak block.
    pub services: Vec<ServiceGroup>,
    /// The call, step by step, with minutes.
    pub agenda: Vec<AgendaItem>,
    /// The follow-up email after the call.
    pub followup: Followup,
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

/// The page a pasted link to a result points at (`https://msp.example/assess` of
/// `https://msp.example/assess#itcq=…`), when the input is such a link.
pub fn link_base(input: &str) -> Option<String> {
    let t = input.trim();
    let is_link = (t.starts_with("https://") || t.starts_with("http://")) && t.contains("itcq=");
    if !is_link {
        return None;
    }
    let page = t.split('#').next().unwrap_or(t);
    // The page's own query stays (a WordPress page may need `?page_id=12`); ITCq's
    // parameters go, so no code with contact details rides along.
    Some(match page.split_once('?') {
        Some((path, query)) => {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|p| !p.is_empty() && !p.starts_with("itcq"))
                .collect();
            if kept.is_empty() {
                path.to_string()
            } else {
                format!("{path}?{}", kept.join("&"))
            }
        }
        None => page.to_string(),
    })
}

/// A briefing with its note for a CRM in both styles, as the rep page takes it.
#[derive(Debug, Clone, Serialize)]
pub struct WithNotes {
    /// The briefing.
    #[serde(flatten)]
    pub briefing: Briefing,
    /// The briefing as plain text.
    pub crm_text: String,
    /// The briefing as Markdown.
    pub crm_markdown: String,
}

impl WithNotes {
    /// The briefing with its notes, in the language of `t`.
    pub fn of(briefing: Briefing, t: &Texts) -> WithNotes {
        WithNotes {
            crm_text: crm(&briefing, t, Style::Text),
            crm_markdown: crm(&briefing, t, Style::Markdown),
            briefing,
        }
    }
}

/// One step of the call.
#[derive(Debug, Clone, Serialize)]
pub struct AgendaItem {
    /// Minutes it takes.
    pub minutes: u32,
    /// What to do, in a sentence.
    pub text: String,
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

/// The first project: the best-ranked action in one of the weak blocks, so the project
/// follows from what the rep talks about; else the best quick win, else the plan's first.
fn first_action<'a>(scored: &'a Scored, weak: &[BlockId]) -> Option<&'a Action> {
    let plan = &scored.report.plan;
    ranked(plan)
        .into_iter()
        .find(|a| weak.contains(&a.block))
        .or_else(|| {
            plan.phases
                .iter()
                .find(|p| p.id == PhaseId::QuickWins)
                .and_then(|p| p.actions.first())
        })
        .or_else(|| ranked(plan).into_iter().next())
}

/// Most delivery areas the briefing proposes.
pub const MAX_PROPOSED: usize = 3;

/// What to propose: the first project's area, then the best-ranked action of each other
/// weak block (weakest first), then the plan's next actions, at most [`MAX_PROPOSED`].
fn proposed<'a>(
    scored: &'a Scored,
    first: Option<&'a Action>,
    weak: &[BlockId],
) -> Vec<&'a Action> {
    let all = ranked(&scored.report.plan);
    let mut picks: Vec<&Action> = first.into_iter().collect();
    let add = |picks: &mut Vec<&'a Action>, a: &'a Action| {
        if picks.len() < MAX_PROPOSED && !picks.iter().any(|p| p.area == a.area) {
            picks.push(a);
        }
    };
    for b in weak {
        if picks.iter().any(|p| p.block == *b) {
            continue;
        }
        if let Some(a) = all.iter().find(|a| a.block == *b) {
            add(&mut picks, a);
        }
    }
    for a in &all {
        add(&mut picks, a);
    }
    picks
}

/// The call, step by step: confirm who they are, their answers in the weak blocks, the
/// "Don't know" answers (when there are any), the first project and the next step.
fn agenda(b: &Briefing, t: &Texts) -> Vec<AgendaItem> {
    let mut profile = vec![seats(t, b.profile.seats)];
    profile.push(b.profile.industry.clone());
    profile.extend(b.profile.goals.iter().cloned());
    let areas: Vec<&str> = b.weakest.iter().map(|w| w.name.as_str()).collect();
    let mut items = vec![AgendaItem {
        minutes: 3,
        text: t.fmt("brief.agenda_open", &[("profile", &profile.join(", "))]),
    }];
    if !areas.is_empty() {
        items.push(AgendaItem {
            minutes: 12,
            text: t.fmt("brief.agenda_answers", &[("areas", &areas.join(", "))]),
        });
    }
    if b.dont_know > 0 {
        items.push(AgendaItem {
            minutes: 5,
            text: t.fmt("brief.agenda_unknowns", &[("n", &b.dont_know.to_string())]),
        });
    }
    if let Some(fp) = &b.first_project {
        items.push(AgendaItem {
            minutes: 7,
            text: t.fmt("brief.agenda_project", &[("project", &fp.name)]),
        });
    }
    items.push(AgendaItem {
        minutes: 3,
        text: t.get("brief.agenda_next").to_string(),
    });
    items
}

/// "45 seats" (or "1 seat") in the language of `t`.
pub(crate) fn seats(t: &Texts, n: u32) -> String {
    t.fmt(
        if n == 1 {
            "rep.seats_one"
        } else {
            "rep.seats_many"
        },
        &[("n", &n.to_string())],
    )
}

/// A `tel:` address for a phone number as typed: its digits, with a leading `+` kept.
fn tel(phone: &str) -> Option<String> {
    let p = phone.trim();
    let digits: String = p.chars().filter(char::is_ascii_digit).collect();
    (digits.len() >= 3).then(|| {
        if p.starts_with('+') {
            format!("tel:+{digits}")
        } else {
            format!("tel:{digits}")
        }
    })
}

/// The line of how many questions were answered, naming the "Don't know" ones.
fn answered_line(t: &Texts, asked: u32, answered: u32, dont_know: u32) -> String {
    let args = [
        ("answered", answered.to_string()),
        ("asked", asked.to_string()),
        ("dont_know", dont_know.to_string()),
    ];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    t.fmt(
        match dont_know {
            0 => "brief.answered",
            1 => "brief.answered_dk_one",
            _ => "brief.answered_dk_many",
        },
        &args,
    )
}

/// Builds the briefing for a scored result; `link_base`, the page a link to the result
/// points at (the MSP's page with the widget), makes the follow-up email link to the
/// result without contact details.
pub fn briefing(scored: &Scored, t: &Texts, link_base: Option<&str>) -> Briefing {
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
    let weakest: Vec<WeakBlock> = order
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
    let weak: Vec<BlockId> = weakest.iter().map(|w| w.id).collect();
    let first = first_action(scored, &weak);
    let first_project = first.map(|a| FirstProject {
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
    let services = proposed(scored, first, &weak)
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
    let d = &scored.decoded;
    let result_id = scored.public_code();
    let counts = &r.answers;
    let mut b = Briefing {
        code: scored.code.clone(),
        share_link: link_base.map(|base| itcq_formats::export::link(base, &result_id)),
        result_id,
        taken_on: d.taken_on,
        contact: d.lead.clone(),
        mailto: mailto(d.lead.as_ref()),
        tel: d.lead.as_ref().and_then(|l| tel(&l.phone)),
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
        asked: counts.total,
        answered: counts.answered,
        dont_know: counts.dont_know,
        answered_line: answered_line(t, counts.total, counts.answered, counts.dont_know),
        chart_svg: chart_svg(r, Color::DEFAULT, t),
        blocks,
        weakest,
        first_project,
        services,
        agenda: Vec::new(),
        followup: Followup::default(),
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
    };
    b.agenda = agenda(&b, t);
    b.followup = Followup::of(&b, t);
    b
}

/// One result in the portfolio table.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The result code.
    pub code: String,
    /// The result code without contact details (the same result reached by different
    /// links has one ID).
    pub result_id: String,
    /// What identifies the prospect across results: `email:<address>` and
    /// `company:<name>`, normalised. Two rows that share one are the same prospect.
    pub prospect: Vec<String>,
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
    /// The size segment's label.
    pub segment: &'static str,
    /// Industry label.
    pub industry: String,
    /// ITCq.
    pub itcq: f64,
    /// The ITCq the framework recommends for this company.
    pub target_itcq: f64,
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
    lead.filter(|l| is_email(&l.email)).map(|l| {
        // RFC 6068: the address percent-encoded, so `?`, `&` or `%` typed into it cannot
        // add a header (a Bcc) to the email.
        let (local, domain) = l
            .email
            .trim()
            .rsplit_once('@')
            .unwrap_or((l.email.trim(), ""));
        format!(
            "mailto:{}@{}",
            itcq_msp::booking::encode(local),
            itcq_msp::booking::encode(domain)
        )
    })
}

/// Legal forms left out when companies are compared ("Acme Ltd" is "ACME").
const LEGAL_FORMS: [&str; 16] = [
    "ltd", "limited", "llc", "inc", "corp", "co", "plc", "gmbh", "ag", "kg", "ug", "ohg", "sl",
    "sa", "slu", "bv",
];

/// What identifies a prospect: their email (lower case, when well formed) and their
/// company name (lower case, letters and digits only, without its legal form).
pub fn prospect_keys(email: Option<&str>, company: Option<&str>) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(e) = email.filter(|e| is_email(e)) {
        keys.push(format!("email:{}", e.trim().to_lowercase()));
    }
    if let Some(c) = company {
        let lower = c.to_lowercase();
        let words: Vec<&str> = lower
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty() && !LEGAL_FORMS.contains(w))
            .collect();
        if !words.is_empty() {
            keys.push(format!("company:{}", words.join(" ")));
        }
    }
    keys
}

/// The portfolio row of a scored result.
pub fn row(scored: &Scored, t: &Texts) -> Row {
    let r = &scored.report;
    let lead = scored.decoded.lead.as_ref();
    Row {
        code: scored.code.clone(),
        result_id: scored.public_code(),
        prospect: prospect_keys(lead.map(|l| l.email.as_str()), scored.company()),
        company: scored.company().map(str::to_string),
        contact_name: lead.map(|l| l.name.clone()).filter(|n| !n.is_empty()),
        email: lead.map(|l| l.email.clone()).filter(|n| !n.is_empty()),
        mailto: mailto(lead),
        taken_on: scored.decoded.taken_on,
        seats: r.profile.seats,
        segment: r.segment.label(),
        industry: s(t, &["industry.", r.profile.industry.as_str()]),
        itcq: r.itcq,
        target_itcq: r.target_itcq,
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
