//! The framework benchmark: a target score per block for a company's size and goals.
//!
//! These are the framework's recommendations, not industry averages. How they are set:
//! - a base target per block for each seat segment ([`BASE`]): larger companies depend
//!   more on IT and can carry more process, so every target rises with size; Continuous
//!   (security and continuity) is the highest in every segment because its failures are
//!   the most expensive; strategy and governance (Conscious, Controlled) start lowest for
//!   the smallest companies, where a light touch is right;
//! - +10 on every block a chosen goal depends on ([`goal_blocks`]);
//! - +5 on Continuous and Controlled for regulated industries (finance, healthcare,
//!   legal, accounting and tax, public sector);
//! - at most +10 on a block from goals and regulation together ([`UPLIFT_CAP`]): two goals
//!   or a regulator asking for the same block ask for it to be done well, not for a
//!   company of 45 seats to run it like a 300-seat one;
//! - capped at 100.
//!
//! An MSP's configuration can replace the base targets of any segment
//! ([`Tuning`]); the uplifts and the cap still apply.

use crate::framework::{BlockId, Goal};
use crate::profile::Profile;
use crate::tuning::Tuning;

/// Base target per segment (rows: 1-19, 20-50, 51-150, 151-300, 301+), per block in
/// [`BlockId::ALL`] order (Continuous, Competent, Charged, Conscious, Controlled, Clear,
/// Cost effective).
pub const BASE: [[u8; 7]; 5] = [
    [60, 50, 45, 35, 35, 40, 45],
    [70, 60, 55, 45, 45, 50, 55],
    [75, 65, 65, 55, 55, 60, 60],
    [80, 70, 70, 65, 65, 65, 65],
    [85, 75, 75, 70, 70, 70, 70],
];

/// Points a goal adds to each block it depends on.
pub const GOAL_UPLIFT: u8 = 10;
/// Points a regulated industry adds to Continuous and Controlled.
pub const REGULATED_UPLIFT: u8 = 5;
/// Most points goals and regulation together add to one block.
pub const UPLIFT_CAP: u8 = 10;

/// The blocks a business goal depends on.
pub fn goal_blocks(goal: Goal) -> &'static [BlockId] {
    use BlockId::*;
    match goal {
        // Revenue comes from using technology in the offer and in sales: strategy and a
        // professional, productive IT ecosystem.
        Goal::GrowRevenue => &[Conscious, Competent],
        // Costs fall with budget control and measured, governed operations.
        Goal::CutCosts => &[CostEffective, Controlled],
        // Continuity needs security and proactive, owned operations.
        Goal::Continuity => &[Continuous, Charged],
        // Compliance needs security, audits and transparency.
        Goal::Compliance => &[Continuous, Controlled, Clear],
        // Scaling needs a strategy, standardised professional IT and clear ownership.
        Goal::Scale => &[Conscious, Competent, Charged],
    }
}

/// Target per block (in [`BlockId::ALL`] order) for a profile.
pub fn targets(profile: &Profile) -> [u8; 7] {
    targets_tuned(profile, &Tuning::default())
}

/// Target per block for a profile, with an MSP's base targets for its segment.
pub fn targets_tuned(profile: &Profile, tuning: &Tuning) -> [u8; 7] {
    let segment = profile.segment();
    let base = tuning.base(segment, BASE[segment.index()]);
    let mut up = [0u8; 7];
    for goal in &profile.goals {
        for b in goal_blocks(*goal) {
            up[b.index()] = up[b.index()].saturating_add(GOAL_UPLIFT);
        }
    }
    if profile.industry.is_regulated() {
        for b in [BlockId::Continuous, BlockId::Controlled] {
            up[b.index()] = up[b.index()].saturating_add(REGULATED_UPLIFT);
        }
    }
    std::array::from_fn(|i| base[i].saturating_add(up[i].min(UPLIFT_CAP)).min(100))
}

/// Gap = max(0, target − current).
pub fn gap(target: f64, current: f64) -> f64 {
    (target - current).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Industry, ItManagement};

    fn profile(seats: u32, industry: Industry, goals: Vec<Goal>) -> Profile {
        Profile {
            company: None,
            seats,
            industry,
            it_management: ItManagement::OutsourcedMsp,
            goals,
        }
    }

    #[test]
    fn base_targets_follow_the_segment() {
        for (seats, row) in [
            (1, 0),
            (19, 0),
            (20, 1),
            (50, 1),
            (51, 2),
            (150, 2),
            (151, 3),
            (300, 3),
            (301, 4),
            (5000, 4),
        ] {
            let p = profile(seats, Industry::Other, vec![]);
            assert_eq!(targets(&p), BASE[row], "{seats} seats");
        }
    }

    #[test]
    fn targets_rise_with_size() {
        for w in BASE.windows(2) {
            assert!(w[0].iter().zip(&w[1]).all(|(a, b)| a < b), "{w:?}");
        }
    }

    #[test]
    fn goals_raise_their_blocks_by_ten_without_stacking() {
        let base = targets(&profile(45, Industry::Other, vec![]));
        let t = targets(&profile(
            45,
            Industry::Other,
            vec![Goal::Continuity, Goal::Compliance],
        ));
        let c = BlockId::Continuous.index();
        assert_eq!(t[c], base[c] + 10); // both goals depend on Continuous: still +10
        assert_eq!(
            t[BlockId::Charged.index()],
            base[BlockId::Charged.index()] + 10
        );
        assert_eq!(t[BlockId::Clear.index()], base[BlockId::Clear.index()] + 10);
        assert_eq!(
            t[BlockId::CostEffective.index()],
            base[BlockId::CostEffective.index()]
        );
    }

    #[test]
    fn regulated_industries_raise_security_and_control() {
        let base = targets(&profile(100, Industry::Retail, vec![]));
        let t = targets(&profile(100, Industry::Healthcare, vec![]));
        for b in BlockId::ALL {
            let up = if matches!(b, BlockId::Continuous | BlockId::Controlled) {
                5
            } else {
                0
            };
            assert_eq!(t[b.index()], base[b.index()] + up, "{b}");
        }
    }

    #[test]
    fn uplifts_are_capped_per_block() {
        for seats in [12, 45, 200, 1000] {
            let base = targets(&profile(seats, Industry::Other, vec![]));
            let t = targets(&profile(seats, Industry::Accounting, Goal::ALL.to_vec()));
            for b in 0..7 {
                assert!(t[b] <= base[b] + UPLIFT_CAP, "{seats} seats, block {b}");
                assert!(t[b] <= 100);
            }
        }
        // A 45-seat accounting firm choosing continuity and compliance: Continuous at 80,
        // not the 95 that stacking gave.
        let t = targets(&profile(
            45,
            Industry::Accounting,
            vec![Goal::Continuity, Goal::Compliance],
        ));
        assert_eq!(t[BlockId::Continuous.index()], 80);
    }

    #[test]
    fn gap_is_never_negative() {
        assert_eq!(gap(70.0, 50.0), 20.0);
        assert_eq!(gap(70.0, 90.0), 0.0);
    }
}
