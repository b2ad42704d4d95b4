//! What an MSP's configuration changes in the arithmetic: question weights (by question
//! ID) and base targets per seat segment. Read and checked by the MSP layer; the core only
//! applies it.

use crate::profile::Segment;

/// Question weights and base targets replacing the framework's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tuning {
    /// Question ID of the quick bank (the MSP's own questions included) → weight replacing
    /// the bank's.
    pub weights: Vec<(String, u8)>,
    /// Per segment, base targets replacing the framework's (block order as
    /// [`crate::framework::BlockId::ALL`]); goal and regulation uplifts still apply.
    pub targets: Vec<(Segment, [Option<u8>; 7])>,
}

impl Tuning {
    /// The weight of the question `id`, or `default`.
    pub fn weight(&self, id: &str, default: u32) -> u32 {
        self.weights
            .iter()
            .find(|(q, _)| q == id)
            .map_or(default, |(_, w)| u32::from(*w))
    }

    /// The base targets of a segment: the framework's, with this configuration's overrides.
    pub fn base(&self, segment: Segment, framework: [u8; 7]) -> [u8; 7] {
        let mut t = framework;
        if let Some((_, o)) = self.targets.iter().find(|(s, _)| *s == segment) {
            for (x, v) in t.iter_mut().zip(o) {
                if let Some(v) = v {
                    *x = *v;
                }
            }
        }
        t
    }
}
