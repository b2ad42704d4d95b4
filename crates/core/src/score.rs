//! Scoring: credit per answer, weighted area and block scores, the ITCq, maturity bands.
//!
//! - Credit of an answer = level ÷ 4. "Don't know" earns 0 (and is counted as unknown);
//!   "Not applicable" and missing answers leave the denominator.
//! - Area and block score = Σ(credit × weight) ÷ Σ(weight) × 100 over the questions that
//!   count. A quick question that covers two areas of its block counts in both areas and
//!   once in the block.
//! - An area or block with no answer that counts has no score (`None`), rather than a
//!   made-up 0.
//! - ITCq = the mean of the block scores; blocks without a score are left out of the mean
//!   (so a partial assessment scores what it knows and says how complete it is). With no
//!   block scored at all, the ITCq is 0.

use crate::answers::{Answer, Answers};
use crate::bank::{Bank, BankId, Question};
use crate::framework::{AREAS, BlockId};
use crate::tuning::Tuning;
use serde::{Deserialize, Serialize};

/// A weighted sum: Σ(credit × weight) and Σ(weight).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tally {
    earned: f64,
    possible: f64,
}

impl Tally {
    fn add(&mut self, credit: f64, weight: f64) {
        self.earned += credit * weight;
        self.possible += weight;
    }

    /// The score 0–100, or `None` when nothing counted.
    pub fn score(self) -> Option<f64> {
        (self.possible > 0.0).then(|| self.earned / self.possible * 100.0)
    }
}

/// Raw scores of one set of answers (unrounded).
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// Per block, in [`BlockId::ALL`] order.
    pub blocks: [Option<f64>; 7],
    /// Per area, in [`AREAS`] order.
    pub areas: Vec<Option<f64>>,
    /// The ITCq, 0–100.
    pub itcq: f64,
}

/// Scores a set of answers with the bank's weights.
pub fn score(answers: &Answers) -> Scores {
    score_tuned(answers, &Tuning::default())
}

/// Scores a set of answers with an MSP's question weights.
pub fn score_tuned(answers: &Answers, tuning: &Tuning) -> Scores {
    let bank = answers.bank();
    let mut blocks = [Tally::default(); 7];
    let mut areas = vec![Tally::default(); AREAS.len()];
    for (q, a) in bank.questions.iter().zip(answers.as_slice()) {
        let Some(credit) = a.and_then(Answer::credit) else {
            continue;
        };
        let w = weight(bank, q, tuning);
        blocks[q.block.index()].add(credit, w);
        for &i in &q.index.areas {
            areas[usize::from(i)].add(credit, w);
        }
    }
    let blocks = blocks.map(Tally::score);
    Scores {
        itcq: itcq(&blocks),
        blocks,
        areas: areas.into_iter().map(Tally::score).collect(),
    }
}

/// A question's weight in the score: the bank's, or an MSP's for the quick bank's questions.
pub fn weight(bank: &Bank, q: &Question, tuning: &Tuning) -> f64 {
    let w = if bank.id == BankId::Quick {
        tuning.weight(&q.id, q.weight.value())
    } else {
        q.weight.value()
    };
    f64::from(w)
}

/// The mean of the scored blocks (0 when none is scored).
pub fn itcq(blocks: &[Option<f64>; 7]) -> f64 {
    let scored: Vec<f64> = blocks.iter().flatten().copied().collect();
    if scored.is_empty() {
        0.0
    } else {
        scored.iter().sum::<f64>() / scored.len() as f64
    }
}

/// The score of a block in [`Scores`].
pub fn block_score(scores: &Scores, block: BlockId) -> Option<f64> {
    scores.blocks[block.index()]
}

/// Maturity band of a score.
///
/// Boundaries (score rounded to one decimal first): Initial 0–19.9, Developing 20–39.9,
/// Defined 40–59.9, Managed 60–79.9, Optimized 80–100. The names follow the CMMI idea of
/// maturity levels, in words an owner understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// 0–19.9: IT happens ad hoc; nobody could describe how it is run.
    Initial,
    /// 20–39.9: some practices exist but depend on individuals.
    Developing,
    /// 40–59.9: the main practices are defined and mostly followed.
    Defined,
    /// 60–79.9: practices are measured and managed.
    Managed,
    /// 80–100: practices are reviewed and improved continuously.
    Optimized,
}

impl Band {
    /// The stable string ID (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Initial => "initial",
            Band::Developing => "developing",
            Band::Defined => "defined",
            Band::Managed => "managed",
            Band::Optimized => "optimized",
        }
    }

    /// All bands, lowest first.
    pub const ALL: [Band; 5] = [
        Band::Initial,
        Band::Developing,
        Band::Defined,
        Band::Managed,
        Band::Optimized,
    ];

    /// The band of a score 0–100 (rounded to one decimal before banding, so the band
    /// always agrees with the score shown).
    pub fn of(score: f64) -> Band {
        let s = round1(score);
        if s < 20.0 {
            Band::Initial
        } else if s < 40.0 {
            Band::Developing
        } else if s < 60.0 {
            Band::Defined
        } else if s < 80.0 {
            Band::Managed
        } else {
            Band::Optimized
        }
    }

    /// The lowest score of the band.
    pub fn floor(self) -> f64 {
        match self {
            Band::Initial => 0.0,
            Band::Developing => 20.0,
            Band::Defined => 40.0,
            Band::Managed => 60.0,
            Band::Optimized => 80.0,
        }
    }
}

/// Rounds to one decimal, the precision of every score in a report.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Answers};
    use crate::bank::BankId;

    fn full_with(f: impl Fn(usize) -> Option<Answer>) -> Answers {
        let mut a = Answers::empty(BankId::Full.bank());
        for i in 0..a.as_slice().len() {
            if let Some(x) = f(i) {
                assert!(a.answer(i, x));
            }
        }
        a
    }

    #[test]
    fn credit_is_level_over_four() {
        assert_eq!(Answer::Level(0).credit(), Some(0.0));
        assert_eq!(Answer::Level(2).credit(), Some(0.5));
        assert_eq!(Answer::Level(3).credit(), Some(0.75));
        assert_eq!(Answer::Level(4).credit(), Some(1.0));
        assert_eq!(Answer::DontKnow.credit(), Some(0.0));
        assert_eq!(Answer::NotApplicable.credit(), None);
    }

    #[test]
    fn tally_is_weighted_mean() {
        let mut t = Tally::default();
        t.add(1.0, 5.0); // in place, high
        t.add(0.5, 3.0); // partly, medium
        t.add(0.0, 1.0); // not in place, low
        // (5 + 1.5 + 0) / 9 = 72.2…%
        let s = t.score().unwrap();
        assert!((s - 650.0 / 9.0).abs() < 1e-9, "{s}");
        assert_eq!(Tally::default().score(), None);
    }

    #[test]
    fn itcq_is_mean_of_scored_blocks() {
        assert_eq!(
            itcq(&[Some(10.0), Some(20.0), None, None, None, None, Some(60.0)]),
            30.0
        );
        assert_eq!(itcq(&[None; 7]), 0.0);
        assert_eq!(itcq(&[Some(50.0); 7]), 50.0);
    }

    #[test]
    fn not_applicable_and_missing_leave_the_denominator_dont_know_does_not() {
        // Everything in place except: question 0 "na", question 1 missing, question 2 "Don't know".
        let scores = score(&full_with(|i| match i {
            0 => Some(Answer::NotApplicable),
            1 => None,
            2 => Some(Answer::DontKnow),
            _ => Some(Answer::Level(4)),
        }));
        let bank = BankId::Full.bank();
        let block = bank.questions[0].block;
        let weights: Vec<f64> = bank
            .questions
            .iter()
            .filter(|q| q.block == block)
            .map(|q| f64::from(q.weight.value()))
            .collect();
        let total: f64 = weights[3..].iter().sum::<f64>() + weights[2];
        let expected = weights[3..].iter().sum::<f64>() / total * 100.0;
        let got = block_score(&scores, block).unwrap();
        assert!((got - expected).abs() < 1e-9, "{got} vs {expected}");
        for other in BlockId::ALL.iter().filter(|b| **b != block) {
            assert_eq!(block_score(&scores, *other), Some(100.0));
        }
    }

    #[test]
    fn block_with_only_na_has_no_score_and_is_left_out_of_itcq() {
        let bank = BankId::Full.bank();
        let scores = score(&full_with(|i| {
            Some(if bank.questions[i].block == BlockId::Clear {
                Answer::NotApplicable
            } else {
                Answer::Level(2)
            })
        }));
        assert_eq!(block_score(&scores, BlockId::Clear), None);
        assert_eq!(scores.itcq, 50.0);
    }

    #[test]
    fn band_boundaries() {
        let cases = [
            (0.0, Band::Initial),
            (19.94, Band::Initial),
            (19.95, Band::Developing),
            (20.0, Band::Developing),
            (39.9, Band::Developing),
            (40.0, Band::Defined),
            (59.9, Band::Defined),
            (60.0, Band::Managed),
            (79.9, Band::Managed),
            (80.0, Band::Optimized),
            (100.0, Band::Optimized),
        ];
        for (s, b) in cases {
            assert_eq!(Band::of(s), b, "score {s}");
        }
        for b in Band::ALL {
            assert_eq!(Band::of(b.floor()), b);
        }
    }
}
