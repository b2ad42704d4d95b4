//! The action plan: what closes the gap between the company's scores and the framework's
//! recommendation, in three phases, with numbers that add up.
//!
//! - **What an action proposes.** An action belongs to one delivery area. It raises the
//!   area's questions whose answer does not yet imply every service of the area they probe,
//!   and names only those services: each answer level says, as data, which services it
//!   already implies ([`Question::in_place_from`]). "Don't know" implies none.
//! - **What an action gains.** Only its own area's share of those answers: a question that
//!   probes `k` areas gives each of them `1/k` of its weight. Raising one area's share to
//!   "in place" lifts the block score by `Σ (1 − credit) × weight/k ÷ Σ block weight × 100`
//!   and the ITCq by that ÷ the number of scored blocks. So the actions' gains are
//!   independent and add up: no action takes credit for another area's answers.
//! - **Up to the recommendation, not to 100.** Actions are taken in rank order; each one
//!   claims at most what is left of its block's gap to the target. An action whose block has
//!   already reached its target goes to [`Plan::beyond_target`], a separate list with its
//!   own gains, which the plan's projection does not include. An action that claims part of
//!   what it could do is marked `reaches_target`.
//! - **Rank** = risk × shortfall × goal relevance ÷ effort cost, where risk is the area's
//!   documented risk weight (1–3, see the framework data), shortfall is the area's share of
//!   the missing credit in question-weight units (`Σ (1 − credit) × weight/k`, so a block
//!   with few questions does not win by having a small denominator), relevance is
//!   1 + 0.5 per chosen goal the area serves, and cost is 1 / 2 / 4 for small / medium /
//!   large effort. Ties break on larger gain, then framework order.
//! - **Phases:** quick wins (next 30 days) take the three best-ranked small actions; the
//!   next 90 days take the four best-ranked remaining small or medium actions; the next 12
//!   months take the rest. Two areas that are the same framework service in different
//!   blocks (say, the responsibility matrix of Charged and of Clear) never share the first
//!   two phases: the later one moves on.
//! - **Projections:** each phase's projected ITCq assumes it and all earlier phases are
//!   done. Shown gains are rounded so that they add up exactly to the shown projections
//!   (each shown gain is within 0.1 of its exact value).
//! - **Roles** follow who runs IT today: work the framework gives the company's own IT staff
//!   goes to an IT provider when the company has none.

use crate::answers::{Answer, Answers, TOP_LEVEL};
use crate::bank::{Question, QuestionId};
use crate::framework::{AREAS, BlockId, Effort, Goal, Role};
use crate::profile::Profile;
use crate::score::{Scores, round1, weight};
use crate::tuning::Tuning;
use crate::util::sort_small_by;
use serde::Serialize;

/// Most actions in the quick-wins phase.
pub const QUICK_WINS_MAX: usize = 3;
/// Most actions in the 90-day phase.
pub const NEXT_90_MAX: usize = 4;

/// Most services of one delivery area (checked by the framework's data tests).
pub const MAX_AREA_SERVICES: usize = 10;

/// One action: bring a delivery area towards its target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Action {
    /// Position in the overall ranking, 1 = do first.
    pub rank: u32,
    /// Delivery area ID.
    pub area: &'static str,
    /// The block of the area.
    pub block: BlockId,
    /// IDs of the services to implement (those the answers do not imply), in framework
    /// order.
    pub services: Vec<&'static str>,
    /// The questions whose answers the action raises, in bank order.
    pub questions: Vec<QuestionId>,
    /// Who does the work, for this company.
    pub responsible: Role,
    /// Who answers for the result.
    pub accountable: Role,
    /// Effort.
    pub effort: Effort,
    /// The chosen goals this area serves.
    pub goals: Vec<Goal>,
    /// The area's risk weight, 1–3.
    pub risk: u8,
    /// The area's current score.
    pub score: f64,
    /// The area's target (its block's target).
    pub target: f64,
    /// Target − score (0 when the area itself is at target).
    pub gap: f64,
    /// ITCq points this action adds (rounded so the plan's gains add up to its
    /// projections).
    pub gain: f64,
    /// Points this action adds to its block's score (counted up to the recommendation;
    /// beyond it, what the action would add there). The what-if adds these up.
    pub block_gain: f64,
    /// Whether the action alone does more than is left of its block's gap, so the plan
    /// counts it only up to the target.
    pub reaches_target: bool,
    /// Ranking key: risk × shortfall × relevance ÷ effort cost.
    pub priority: f64,
}

/// The three horizons of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseId {
    /// Next 30 days.
    QuickWins,
    /// Next 90 days.
    Next90Days,
    /// Next 12 months.
    Next12Months,
}

impl PhaseId {
    /// Every value, in order.
    pub const ALL: [PhaseId; 3] = [
        PhaseId::QuickWins,
        PhaseId::Next90Days,
        PhaseId::Next12Months,
    ];

    /// The stable string ID (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            PhaseId::QuickWins => "quick_wins",
            PhaseId::Next90Days => "next90_days",
            PhaseId::Next12Months => "next12_months",
        }
    }

    /// Horizon in days from today.
    pub fn horizon_days(self) -> u32 {
        match self {
            PhaseId::QuickWins => 30,
            PhaseId::Next90Days => 90,
            PhaseId::Next12Months => 365,
        }
    }
}

/// A phase of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phase {
    /// Which phase.
    pub id: PhaseId,
    /// Horizon in days.
    pub horizon_days: u32,
    /// Actions, best first.
    pub actions: Vec<Action>,
    /// The ITCq once this and all earlier phases are done.
    pub projected_itcq: f64,
}

/// The action plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// Phases in time order (always all three, possibly empty).
    pub phases: Vec<Phase>,
    /// The ITCq once the whole plan is done.
    pub projected_itcq: f64,
    /// Actions beyond the recommendation: areas whose block reaches its target without
    /// them. Each gain is what the action would add after the plan; the projection does not
    /// include them.
    pub beyond_target: Vec<Action>,
}

/// One area's possible action before the plan caps it.
struct Candidate {
    area_index: usize,
    /// Block points the area's share adds when raised to "in place".
    points: f64,
    /// Unrounded ITCq points claimed within the target.
    claimed: f64,
    action: Action,
}

/// What one area's answers leave open, added up in one pass over the answers.
#[derive(Default)]
struct AreaTally {
    /// Σ (1 − credit) × weight/k over the area's questions below "in place".
    shortfall: f64,
    /// Per service of the area, whether some answer does not imply it.
    open: [bool; MAX_AREA_SERVICES],
    /// Positions of the questions the action would raise, in bank order.
    questions: Vec<usize>,
}

/// The role that does the work for this company: the framework's, except that work for
/// the company's own IT staff goes to an IT provider when it has none.
pub fn role_for(role: Role, profile: &Profile) -> Role {
    match role {
        Role::InternalIt if !profile.it_management.has_own_it_staff() => Role::Msp,
        other => other,
    }
}

/// What an answer credits, for questions that count.
fn credit(a: Option<Answer>) -> Option<f64> {
    a.and_then(Answer::credit)
}

/// The level an answer stands for when asking which services it implies ("Don't know"
/// implies none).
fn level(a: Option<Answer>) -> Option<u8> {
    match a {
        Some(Answer::Level(l)) => Some(l),
        Some(Answer::DontKnow) => Some(0),
        _ => None,
    }
}

/// Marks, in `open` (one flag per service of the area with index `area` in [`AREAS`]), the
/// services of that area that question `q` probes and an answer at `level` does not imply;
/// returns whether it marked any. An MSP's own question names no services: it probes its
/// area as a whole, so below "in place" it marks all of the area's services.
fn mark_open(q: &Question, level: u8, area: u8, open: &mut [bool]) -> bool {
    if q.services.is_empty() {
        let n = AREAS[usize::from(area)].services.len();
        if level < TOP_LEVEL {
            open[..n].fill(true);
        }
        return level < TOP_LEVEL && n > 0;
    }
    let mut any = false;
    for &(k, a, pos) in &q.index.services {
        if a == area && level < q.in_place_from[usize::from(k)] {
            open[usize::from(pos)] = true;
            any = true;
        }
    }
    any
}

/// Builds the plan for a set of answers against per-block targets.
pub fn plan(
    answers: &Answers,
    current: &Scores,
    targets: &[u8; 7],
    profile: &Profile,
    tuning: &Tuning,
) -> Plan {
    let bank = answers.bank();
    let scored_blocks = current.blocks.iter().flatten().count();
    // One pass over the answers: Σ weight of the questions that count, per block (the block
    // score's denominator), and per area what its answers leave open.
    let mut block_weight = [0.0f64; 7];
    let mut tally: Vec<AreaTally> = AREAS.iter().map(|_| AreaTally::default()).collect();
    for (pos, (q, a)) in bank.questions.iter().zip(answers.as_slice()).enumerate() {
        let (Some(c), Some(l)) = (credit(*a), level(*a)) else {
            continue;
        };
        let w = weight(bank, q, tuning);
        block_weight[q.block.index()] += w;
        if c >= 1.0 {
            continue;
        }
        let share = (1.0 - c) * w / q.areas.len() as f64;
        for &ai in &q.index.areas {
            let t = &mut tally[usize::from(ai)];
            if mark_open(q, l, ai, &mut t.open) {
                t.shortfall += share;
                t.questions.push(pos);
            }
        }
    }

    let mut candidates: Vec<Candidate> = Vec::new();
    for (area_index, (area, t)) in AREAS.iter().zip(tally).enumerate() {
        let b = area.block.index();
        let (Some(score_now), Some(_)) = (current.areas[area_index], current.blocks[b]) else {
            continue;
        };
        if t.questions.is_empty() || block_weight[b] <= 0.0 {
            continue;
        }
        let shortfall = t.shortfall;
        let questions: Vec<QuestionId> = t
            .questions
            .iter()
            .map(|&i| bank.questions[i].id.clone())
            .collect();
        // Framework order, each service once.
        let services: Vec<&'static str> = area
            .services
            .iter()
            .zip(t.open)
            .filter(|(_, o)| *o)
            .map(|(s, _)| s.id)
            .collect();
        let goals: Vec<Goal> = area
            .goals
            .iter()
            .copied()
            .filter(|g| profile.has_goal(*g))
            .collect();
        let relevance = 1.0 + 0.5 * goals.len() as f64;
        let priority = f64::from(area.risk) * shortfall * relevance / area.effort.cost();
        let target = f64::from(targets[b]);
        candidates.push(Candidate {
            area_index,
            points: shortfall / block_weight[b] * 100.0,
            claimed: 0.0,
            action: Action {
                rank: 0,
                area: area.id,
                block: area.block,
                services,
                questions,
                responsible: role_for(area.responsible, profile),
                accountable: role_for(area.accountable, profile),
                effort: area.effort,
                goals,
                risk: area.risk,
                score: round1(score_now),
                target,
                gap: round1((target - round1(score_now)).max(0.0)),
                gain: 0.0,
                block_gain: 0.0,
                reaches_target: false,
                priority: (priority * 1000.0).round() / 1000.0,
            },
        });
    }
    let n = scored_blocks.max(1) as f64;
    // Rank order, sorting small keys rather than whole candidates.
    let mut order: Vec<(f64, f64, usize, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (c.action.priority, c.points, c.area_index, i))
        .collect();
    sort_small_by(&mut order, |a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.total_cmp(&a.1))
            .then(a.2.cmp(&b.2))
    });
    let mut slots: Vec<Option<Candidate>> = candidates.into_iter().map(Some).collect();
    let candidates = order.iter().filter_map(|o| slots[o.3].take());

    // Claim each block's gap in rank order.
    let mut left: [f64; 7] = std::array::from_fn(|b| match current.blocks[b] {
        Some(s) => (f64::from(targets[b]) - s).max(0.0),
        None => 0.0,
    });
    let mut in_plan = Vec::new();
    let mut beyond = Vec::new();
    for (rank, mut c) in candidates.enumerate() {
        c.action.rank = rank as u32 + 1;
        let b = c.action.block.index();
        let claim = c.points.min(left[b]);
        if claim > 1e-9 {
            left[b] -= claim;
            c.claimed = claim / n;
            c.action.block_gain = round1(claim);
            c.action.reaches_target = claim + 1e-9 < c.points;
            in_plan.push(c);
        } else {
            c.action.gain = round1(c.points / n);
            c.action.block_gain = round1(c.points);
            beyond.push(c.action);
        }
    }

    // Phases by effort; same-service twins never share the first two phases.
    let mut buckets: [Vec<Candidate>; 3] = Default::default();
    for c in in_plan {
        let twin_in = |bucket: &Vec<Candidate>| {
            bucket
                .iter()
                .any(|x| same_service(x.action.area, c.action.area))
        };
        let phase = if c.action.effort == Effort::Small
            && buckets[0].len() < QUICK_WINS_MAX
            && !twin_in(&buckets[0])
        {
            0
        } else if c.action.effort != Effort::Large
            && buckets[1].len() < NEXT_90_MAX
            && !twin_in(&buckets[1])
        {
            1
        } else {
            2
        };
        buckets[phase].push(c);
    }

    // Cumulative rounding: shown gains add up to shown projections.
    let start = current.itcq;
    let mut exact = start;
    let mut shown = round1(start);
    let mut phases = Vec::with_capacity(3);
    for (id, bucket) in PhaseId::ALL.into_iter().zip(buckets) {
        let mut actions = Vec::with_capacity(bucket.len());
        for mut c in bucket {
            exact += c.claimed;
            let next = round1(exact);
            c.action.gain = round1(next - shown);
            shown = next;
            actions.push(c.action);
        }
        phases.push(Phase {
            id,
            horizon_days: id.horizon_days(),
            actions,
            projected_itcq: shown,
        });
    }
    Plan {
        projected_itcq: shown,
        phases,
        beyond_target: beyond,
    }
}

/// Whether two areas are the same framework service in different blocks (the framework
/// repeats a few, such as the responsibility matrix in Charged and Clear): same slug.
pub fn same_service(a: &str, b: &str) -> bool {
    fn slug(id: &str) -> &str {
        id.split_once('.').map_or(id, |x| x.1)
    }
    a != b && slug(a) == slug(b)
}

/// All actions of a plan in rank order (not those beyond the target).
pub fn ranked(plan: &Plan) -> Vec<&Action> {
    let mut all: Vec<&Action> = plan.phases.iter().flat_map(|p| &p.actions).collect();
    sort_small_by(&mut all, |a, b| a.rank.cmp(&b.rank));
    all
}
