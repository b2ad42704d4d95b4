//! The report: everything the engine concludes from one assessment, as one
//! serde-serializable value with a schema version and the bank's version.
//!
//! Scores are rounded to one decimal; shares (completion, unknown share) are 0–1 with
//! three decimals.

use crate::answers::{Answer, Answers};
use crate::bank::{BankId, QuestionId};
use crate::framework::{AREAS, BlockId};
use crate::plan::Plan;
use crate::profile::{Profile, Segment};
use crate::score::{Band, Scores, round1};
use crate::targets::gap;
use crate::util::sort_small_by;
use serde::Serialize;

/// Version of the report's JSON schema; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// The full result of an assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Version of this schema.
    pub schema_version: u32,
    /// The bank the answers belong to.
    pub bank: BankId,
    /// The bank's content version.
    pub bank_version: u32,
    /// The company profile as given.
    pub profile: Profile,
    /// The profile's size segment.
    pub segment: Segment,
    /// The IT Competitiveness quotient, 0–100.
    pub itcq: f64,
    /// The ITCq's maturity band.
    pub band: Band,
    /// The mean of the block targets: the ITCq the framework recommends for this company.
    pub target_itcq: f64,
    /// Share of the bank's questions answered, 0–1.
    pub completion: f64,
    /// Share of given answers that were "Don't know", 0–1.
    pub unknown_share: f64,
    /// Answer counts.
    pub answers: AnswerCounts,
    /// The "Don't know" finding.
    pub unknown: UnknownFinding,
    /// One entry per block, in framework order.
    pub blocks: Vec<BlockResult>,
    /// One entry per delivery area, in framework order.
    pub areas: Vec<AreaResult>,
    /// The action plan.
    pub plan: Plan,
}

/// How many questions were answered, and how.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerCounts {
    /// Questions asked of this company: the bank's, less those its profile is not asked.
    pub total: u32,
    /// Questions the profile is not asked (they count as "Not applicable" and are not in
    /// `total`).
    pub not_asked: u32,
    /// Questions with an answer (including "Don't know" and "Not applicable").
    pub answered: u32,
    /// "Don't know" answers.
    pub dont_know: u32,
    /// "Not applicable" answers.
    pub not_applicable: u32,
    /// Questions without an answer.
    pub missing: u32,
    /// IDs of the questions without an answer, in bank order.
    pub missing_ids: Vec<QuestionId>,
}

/// Scores of one block.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BlockResult {
    /// Block ID.
    pub id: BlockId,
    /// Score 0–100, or `null` when no answer counted.
    pub score: Option<f64>,
    /// The framework's target for this company.
    pub target: f64,
    /// max(0, target − score); `null` when there is no score.
    pub gap: Option<f64>,
    /// Band of the score; `null` when there is no score.
    pub band: Option<Band>,
    /// Questions of the block.
    pub questions: u32,
    /// Of those, answered.
    pub answered: u32,
    /// Of those, "Don't know".
    pub dont_know: u32,
    /// How the score stands against the target.
    pub status: BlockStatus,
}

/// How a block's score stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockStatus {
    /// No answer counted.
    NotAssessed,
    /// At or above target.
    OnTarget,
    /// Below target by at most [`NEAR_TARGET`] points.
    NearTarget,
    /// Further below target.
    BelowTarget,
}

/// The largest gap still called "near target".
pub const NEAR_TARGET: f64 = 10.0;

impl BlockStatus {
    /// The stable string ID.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockStatus::NotAssessed => "not_assessed",
            BlockStatus::OnTarget => "on_target",
            BlockStatus::NearTarget => "near_target",
            BlockStatus::BelowTarget => "below_target",
        }
    }

    /// The status of a gap (`None`: not assessed).
    pub fn of(gap: Option<f64>) -> BlockStatus {
        match gap {
            None => BlockStatus::NotAssessed,
            Some(g) if g <= 0.0 => BlockStatus::OnTarget,
            Some(g) if g <= NEAR_TARGET => BlockStatus::NearTarget,
            Some(_) => BlockStatus::BelowTarget,
        }
    }
}

/// Scores of one delivery area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaResult {
    /// Area ID.
    pub id: &'static str,
    /// The block of the area.
    pub block: BlockId,
    /// Score 0–100, or `null` when no answer counted.
    pub score: Option<f64>,
    /// The target (the block's target).
    pub target: f64,
    /// max(0, target − score); `null` when there is no score.
    pub gap: Option<f64>,
}

/// How much of the IT picture the respondent could not see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnknownLevel {
    /// No "Don't know" answers.
    None,
    /// Under 10 % of answers.
    Minor,
    /// 10 % to under 25 %.
    Notable,
    /// 25 % or more.
    Significant,
}

impl UnknownLevel {
    /// Every value, in order.
    pub const ALL: [UnknownLevel; 4] = [
        UnknownLevel::None,
        UnknownLevel::Minor,
        UnknownLevel::Notable,
        UnknownLevel::Significant,
    ];

    /// The stable string ID (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            UnknownLevel::None => "none",
            UnknownLevel::Minor => "minor",
            UnknownLevel::Notable => "notable",
            UnknownLevel::Significant => "significant",
        }
    }

    /// The level of an unknown share (0–1).
    pub fn of(share: f64) -> UnknownLevel {
        if share <= 0.0 {
            UnknownLevel::None
        } else if share < 0.10 {
            UnknownLevel::Minor
        } else if share < 0.25 {
            UnknownLevel::Notable
        } else {
            UnknownLevel::Significant
        }
    }
}

/// The "Don't know" finding: not knowing is itself a transparency gap (the Clear block's
/// question).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnknownFinding {
    /// Severity.
    pub level: UnknownLevel,
    /// Share of given answers that were "Don't know", 0–1.
    pub share: f64,
    /// Number of "Don't know" answers.
    pub count: u32,
    /// Blocks with at least one "Don't know", most first (ties in framework order).
    pub blocks: Vec<BlockUnknowns>,
    /// IDs of the questions answered "Don't know", in bank order.
    pub questions: Vec<QuestionId>,
}

/// "Don't know" answers in one block.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BlockUnknowns {
    /// The block.
    pub block: BlockId,
    /// How many "Don't know" answers it had.
    pub count: u32,
}

fn share(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (f64::from(part) / f64::from(whole) * 1000.0).round() / 1000.0
    }
}

/// Builds the report from validated answers, their scores, targets and plan.
pub fn build(
    profile: &Profile,
    answers: &Answers,
    scores: &Scores,
    targets: &[u8; 7],
    plan: Plan,
) -> Report {
    let bank = answers.bank();
    let own_it = profile.it_management.has_own_it_staff();
    let mut per_block = [(0u32, 0u32, 0u32); 7]; // questions, answered, dont_know
    let mut counts = AnswerCounts {
        total: 0,
        not_asked: 0,
        answered: 0,
        dont_know: 0,
        not_applicable: 0,
        missing: 0,
        missing_ids: Vec::new(),
    };
    let mut unknown_ids = Vec::new();
    for (q, a) in bank.questions.iter().zip(answers.as_slice()) {
        if !q.applies.to(profile.seats, own_it) {
            counts.not_asked += 1;
            continue;
        }
        counts.total += 1;
        let b = &mut per_block[q.block.index()];
        b.0 += 1;
        match a {
            None => {
                counts.missing += 1;
                counts.missing_ids.push(q.id.clone());
            }
            Some(a) => {
                counts.answered += 1;
                b.1 += 1;
                match a {
                    Answer::DontKnow => {
                        counts.dont_know += 1;
                        b.2 += 1;
                        unknown_ids.push(q.id.clone());
                    }
                    Answer::NotApplicable => counts.not_applicable += 1,
                    Answer::Level(_) => {}
                }
            }
        }
    }

    let blocks: Vec<BlockResult> = BlockId::ALL
        .iter()
        .map(|&id| {
            let score = scores.blocks[id.index()].map(round1);
            let target = f64::from(targets[id.index()]);
            let (questions, answered, dont_know) = per_block[id.index()];
            let gap = score.map(|s| round1(gap(target, s)));
            let status = BlockStatus::of(gap);
            BlockResult {
                id,
                score,
                target,
                gap,
                band: score.map(Band::of),
                questions,
                answered,
                dont_know,
                status,
            }
        })
        .collect();

    let areas = AREAS
        .iter()
        .zip(&scores.areas)
        .map(|(area, s)| {
            let score = s.map(round1);
            let target = f64::from(targets[area.block.index()]);
            AreaResult {
                id: area.id,
                block: area.block,
                score,
                target,
                gap: score.map(|s| round1(gap(target, s))),
            }
        })
        .collect();

    let mut unknown_blocks: Vec<BlockUnknowns> = blocks
        .iter()
        .filter(|b| b.dont_know > 0)
        .map(|b| BlockUnknowns {
            block: b.id,
            count: b.dont_know,
        })
        .collect();
    sort_small_by(&mut unknown_blocks, |a, b| {
        b.count.cmp(&a.count).then(a.block.cmp(&b.block))
    });

    let unknown_share = share(counts.dont_know, counts.answered);
    let level = UnknownLevel::of(unknown_share);
    let itcq = round1(scores.itcq);
    let target_itcq =
        round1(targets.iter().map(|&t| f64::from(t)).sum::<f64>() / targets.len() as f64);

    Report {
        schema_version: SCHEMA_VERSION,
        bank: answers.bank_id(),
        bank_version: bank.version,
        profile: profile.clone(),
        segment: profile.segment(),
        itcq,
        band: Band::of(itcq),
        target_itcq,
        completion: share(counts.answered, counts.total),
        unknown_share,
        unknown: UnknownFinding {
            level,
            share: unknown_share,
            count: counts.dont_know,
            blocks: unknown_blocks,
            questions: unknown_ids,
        },
        answers: counts,
        blocks,
        areas,
        plan,
    }
}

/// The result if some of the plan's actions were done: the ITCq, its band and each
/// block's score, from the actions' own gains (the same numbers the plan shows and adds
/// up: today's ITCq plus the chosen actions' gains).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhatIf {
    /// The ITCq with the chosen actions done.
    pub itcq: f64,
    /// Its band.
    pub band: Band,
    /// Each block's score (framework order; `None` when not scored).
    pub blocks: [Option<f64>; 7],
    /// Each block's status against its recommendation.
    pub status: [BlockStatus; 7],
}

impl Report {
    /// Each block's status against its recommendation, in framework order.
    pub fn status(&self) -> [BlockStatus; 7] {
        std::array::from_fn(|i| self.blocks[i].status)
    }

    /// The result if the plan's actions of the given ranks were done (ranks not in the
    /// plan are ignored; with none, today's result).
    pub fn what_if(&self, ranks: &[u32]) -> WhatIf {
        let mut blocks: [Option<f64>; 7] = std::array::from_fn(|i| self.blocks[i].score);
        let mut itcq = self.itcq;
        for a in self.plan.phases.iter().flat_map(|p| &p.actions) {
            if ranks.contains(&a.rank)
                && let Some(s) = &mut blocks[a.block.index()]
            {
                *s += a.block_gain;
                itcq += a.gain;
            }
        }
        let blocks = blocks.map(|b| b.map(round1));
        let status = std::array::from_fn(|i| {
            BlockStatus::of(blocks[i].map(|s| round1(gap(self.blocks[i].target, s))))
        });
        // The shown gains add up to the plan's projections, so ticking every action
        // gives the plan's projected ITCq exactly.
        let itcq = round1(itcq);
        WhatIf {
            itcq,
            band: Band::of(itcq),
            blocks,
            status,
        }
    }
}
