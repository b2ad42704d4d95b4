//! The action plan: every delivery area below its target becomes an action, ranked and
//! grouped into phases, with the ITCq projected after each phase.
//!
//! - An action names the services to implement: those probed by the area's questions
//!   whose answers are below "in place" (including "Don't know").
//! - Its gain is recomputed by the engine: the ITCq with those answers raised to "in
//!   place", minus the current ITCq.
//! - Rank = gain × goal relevance ÷ effort cost, where relevance = 1 + 0.5 per chosen goal
//!   the area serves and cost is 1 / 2 / 4 for small / medium / large effort. Ties break
//!   on larger gain, then framework order — so the same input always gives the same plan.
//! - Phases: quick wins (next 30 days) take the three best-ranked small actions; the next
//!   90 days take the four best-ranked remaining small or medium actions; the next 12
//!   months take the rest. Each phase's projected ITCq assumes it and all earlier phases
//!   are done.

use crate::answers::{Answer, Answers, TOP_LEVEL};
use crate::framework::{AREAS, Area, BlockId, Effort, Goal, Role};
use crate::profile::Profile;
use crate::score::{Scores, round1, score_tuned};
use crate::targets::gap;
use crate::tuning::Tuning;
use crate::util::sort_small_by;
use serde::Serialize;

/// Most actions in the quick-wins phase.
pub const QUICK_WINS_MAX: usize = 3;
/// Most actions in the 90-day phase.
pub const NEXT_90_MAX: usize = 4;

/// One action: bring a delivery area up to its target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Action {
    /// Position in the overall ranking, 1 = do first.
    pub rank: u32,
    /// Delivery area ID.
    pub area: &'static str,
    /// The block of the area.
    pub block: BlockId,
    /// IDs of the services to implement, in framework order.
    pub services: Vec<&'static str>,
    /// Who usually does the work.
    pub responsible: Role,
    /// Who answers for the result.
    pub accountable: Role,
    /// Effort.
    pub effort: Effort,
    /// The chosen goals this area serves.
    pub goals: Vec<Goal>,
    /// The area's current score.
    pub score: f64,
    /// The area's target (its block's target).
    pub target: f64,
    /// Target − score.
    pub gap: f64,
    /// ITCq points this action adds on its own.
    pub gain: f64,
    /// Ranking key: gain × relevance ÷ effort cost.
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
}

struct Candidate {
    area_index: usize,
    lift: Vec<usize>,
    action: Action,
}

/// Builds the plan for a set of answers against per-block targets.
pub fn plan(
    answers: &Answers,
    current: &Scores,
    targets: &[u8; 7],
    profile: &Profile,
    tuning: &Tuning,
) -> Plan {
    let mut candidates: Vec<Candidate> = AREAS
        .iter()
        .enumerate()
        .filter_map(|(i, _)| candidate(i, answers, current, targets, profile, tuning))
        .collect();
    sort_small_by(&mut candidates, |a, b| {
        b.action
            .priority
            .total_cmp(&a.action.priority)
            .then(b.action.gain.total_cmp(&a.action.gain))
            .then(a.area_index.cmp(&b.area_index))
    });
    for (rank, c) in candidates.iter_mut().enumerate() {
        c.action.rank = rank as u32 + 1;
    }

    let mut buckets: [Vec<Candidate>; 3] = Default::default();
    for c in candidates {
        let phase = if c.action.effort == Effort::Small && buckets[0].len() < QUICK_WINS_MAX {
            0
        } else if c.action.effort != Effort::Large && buckets[1].len() < NEXT_90_MAX {
            1
        } else {
            2
        };
        buckets[phase].push(c);
    }

    let mut projected = answers.clone();
    let mut phases = Vec::with_capacity(3);
    for (id, bucket) in [
        PhaseId::QuickWins,
        PhaseId::Next90Days,
        PhaseId::Next12Months,
    ]
    .into_iter()
    .zip(buckets)
    {
        for c in &bucket {
            raise(&mut projected, &c.lift);
        }
        phases.push(Phase {
            id,
            horizon_days: id.horizon_days(),
            actions: bucket.into_iter().map(|c| c.action).collect(),
            projected_itcq: round1(score_tuned(&projected, tuning).itcq),
        });
    }
    Plan {
        projected_itcq: phases
            .last()
            .map_or(round1(current.itcq), |p| p.projected_itcq),
        phases,
    }
}

fn candidate(
    area_index: usize,
    answers: &Answers,
    current: &Scores,
    targets: &[u8; 7],
    profile: &Profile,
    tuning: &Tuning,
) -> Option<Candidate> {
    let area: &'static Area = &AREAS[area_index];
    let score_now = current.areas[area_index]?;
    let target = f64::from(targets[area.block.index()]);
    // The same gap the report shows for the area: from the rounded score.
    let area_gap = round1(gap(target, round1(score_now)));
    if area_gap <= 0.0 {
        return None;
    }
    let bank = answers.bank();
    let lift: Vec<usize> = bank
        .questions
        .iter()
        .zip(answers.as_slice())
        .enumerate()
        .filter(|(_, (q, a))| q.areas.contains(&area.id) && below_in_place(**a))
        .map(|(pos, _)| pos)
        .collect();
    if lift.is_empty() {
        return None;
    }
    let mut services: Vec<&'static str> = Vec::new();
    for s in area.services {
        let named = lift
            .iter()
            .any(|&pos| bank.questions[pos].services.contains(&s.id));
        if named {
            services.push(s.id);
        }
    }
    let mut done = answers.clone();
    raise(&mut done, &lift);
    let gain = score_tuned(&done, tuning).itcq - current.itcq;
    let goals: Vec<Goal> = area
        .goals
        .iter()
        .copied()
        .filter(|g| profile.has_goal(*g))
        .collect();
    let relevance = 1.0 + 0.5 * goals.len() as f64;
    let priority = gain * relevance / area.effort.cost();
    Some(Candidate {
        area_index,
        lift,
        action: Action {
            rank: 0,
            area: area.id,
            block: area.block,
            services,
            responsible: area.responsible,
            accountable: area.accountable,
            effort: area.effort,
            goals,
            score: round1(score_now),
            target,
            gap: area_gap,
            gain: round1(gain),
            priority: (priority * 1000.0).round() / 1000.0,
        },
    })
}

fn below_in_place(a: Option<Answer>) -> bool {
    matches!(a, Some(Answer::Level(l)) if l < TOP_LEVEL) || a == Some(Answer::DontKnow)
}

fn raise(answers: &mut Answers, positions: &[usize]) {
    for &pos in positions {
        answers.set(pos, Answer::Level(TOP_LEVEL));
    }
}

/// All actions of a plan in rank order.
pub fn ranked(plan: &Plan) -> Vec<&Action> {
    let mut all: Vec<&Action> = plan.phases.iter().flat_map(|p| &p.actions).collect();
    sort_small_by(&mut all, |a, b| a.rank.cmp(&b.rank));
    all
}
