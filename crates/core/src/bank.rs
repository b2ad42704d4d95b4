//! The two question banks and the answer scales.
//!
//! - `quick` ([`quick::QUICK`]): the prospect's self-assessment, about 30 questions with
//!   five concrete maturity options each, plus "Don't know".
//! - `full`: the vCIO's deep assessment, one question per framework service (139), answered
//!   Not in place / Partly / In place (levels 0, 2, 4), "Don't know" or "Not applicable".
//!
//! Questions are addressed by stable string IDs, never by position.
//!
//! An MSP may append up to [`MAX_EXTRAS`] questions of its own to the quick bank
//! ([`Bank::quick_with`]); assessments then hold that configured bank through a [`BankRef`].

pub(crate) mod id;
pub mod quick;

pub use id::BankId;

use crate::answer::Answer;
use crate::framework::{self, BlockId, Weight};
use serde::Serialize;
use std::fmt;
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

impl BankId {
    /// The bank itself.
    pub fn bank(self) -> &'static Bank {
        match self {
            BankId::Quick => Bank::quick(),
            BankId::Full => Bank::full(),
        }
    }
}

/// A quick-bank question as written in [`quick::QUICK`].
#[derive(Debug)]
pub struct QuickQuestion {
    /// Stable ID.
    pub id: &'static str,
    /// The block the question belongs to (all its services are in this block).
    pub block: BlockId,
    /// The framework services the question probes, each with the lowest answer level that
    /// already implies it is in place.
    pub services: &'static [(&'static str, u8)],
    /// Priority weight.
    pub weight: Weight,
    /// Which companies are asked the question.
    pub applies: Applies,
}

/// Which companies a question is asked of. A question that does not apply to a profile is
/// not asked and counts as "Not applicable": it leaves the score's denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "seats", rename_all = "snake_case")]
pub enum Applies {
    /// Every company.
    Always,
    /// Companies with at least this many seats: the practice only pays off once IT is a
    /// team's work (measured targets, project methods, internal service levels).
    FromSeats(u32),
    /// Companies with IT staff of their own (an administrator or a department), or at least
    /// this many seats: written IT procedures and an IT org chart organize several people
    /// doing IT; a small company served by one provider answers the same in `who_does_what`.
    OwnItOrFromSeats(u32),
}

impl Applies {
    /// Whether a company of `seats` seats, with or without IT staff of its own, is asked.
    pub fn to(self, seats: u32, own_it_staff: bool) -> bool {
        match self {
            Applies::Always => true,
            Applies::FromSeats(n) => seats >= n,
            Applies::OwnItOrFromSeats(n) => own_it_staff || seats >= n,
        }
    }
}

/// How a question is answered.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Scale {
    /// Five concrete options for levels 0–4, plus "Don't know".
    Levels,
    /// Not in place (0) / Partly (2) / In place (4), "Don't know" or "Not applicable".
    InPlace,
}

impl Scale {
    /// The full bank's answers in the order a form offers them: in place, partly, not in
    /// place, "Don't know", "Not applicable".
    pub const IN_PLACE_CHOICES: [Answer; 5] = [
        Answer::Level(4),
        Answer::Level(2),
        Answer::Level(0),
        Answer::DontKnow,
        Answer::NotApplicable,
    ];

    /// Whether an answer is valid on this scale: levels 0–4 (quick) or 0, 2, 4 (full);
    /// "Don't know" always; "Not applicable" on the full bank's scale only.
    pub fn accepts(&self, answer: Answer) -> bool {
        match (self, answer) {
            (Scale::Levels, Answer::Level(l)) => l <= 4,
            (Scale::InPlace, Answer::Level(l)) => matches!(l, 0 | 2 | 4),
            (_, Answer::DontKnow) => true,
            (Scale::InPlace, Answer::NotApplicable) => true,
            (Scale::Levels, Answer::NotApplicable) => false,
        }
    }

    /// A description of the accepted answers, for error messages.
    pub fn accepted(&self) -> &'static str {
        match self {
            Scale::Levels => "a level 0-4 or \"dont_know\"",
            Scale::InPlace => {
                "0 (not in place), 2 (partly), 4 (in place), \"dont_know\" or \"na\" (not applicable)"
            }
        }
    }
}

/// A question's stable ID (quick: a slug; full: the service ID; an MSP's own question: the
/// slug its configuration gives). Owned by its bank and freed with it, so reading many
/// configurations keeps nothing behind.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuestionId(Box<str>);

impl QuestionId {
    /// The ID of a question.
    pub fn new(id: &str) -> QuestionId {
        QuestionId(id.into())
    }

    /// The ID as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for QuestionId {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for QuestionId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for QuestionId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for QuestionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for QuestionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for QuestionId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A question of either bank.
#[derive(Debug, Clone, Serialize)]
pub struct Question {
    /// Stable ID.
    pub id: QuestionId,
    /// The block it belongs to.
    pub block: BlockId,
    /// The delivery areas it covers (all in `block`), in framework order.
    pub areas: Vec<&'static str>,
    /// The services it probes.
    pub services: Vec<&'static str>,
    /// Per service (same order), the lowest answer level that implies it is in place
    /// (always 4 in the full bank and for an MSP's own questions).
    pub in_place_from: Vec<u8>,
    /// Priority weight.
    pub weight: Weight,
    /// How it is answered.
    pub scale: Scale,
    /// Which companies are asked it.
    pub applies: Applies,
    /// Where the question sits in the framework, worked out once when its bank is built:
    /// the scoring and the plan add up per area by index, never by comparing IDs.
    #[serde(skip)]
    pub index: QuestionIndex,
}

/// A question's place in the framework by position: its areas as indices into
/// [`framework::AREAS`] (same order as [`Question::areas`]), and for each of its services
/// every area of the question holding it with the service's position there.
#[derive(Debug, Clone, Default)]
pub struct QuestionIndex {
    /// Per entry of [`Question::areas`], its index in [`framework::AREAS`].
    pub areas: Vec<u8>,
    /// `(k, area, position)`: service `k` of [`Question::services`] is service `position`
    /// of the area with index `area` in [`framework::AREAS`].
    pub services: Vec<(u8, u8, u8)>,
}

impl QuestionIndex {
    /// The index of a question that covers `areas` and probes `services` (IDs unknown to
    /// the framework are left out: the data tests catch them).
    fn of(areas: &[&str], services: &[&str]) -> QuestionIndex {
        let area_index: Vec<u8> = areas
            .iter()
            .filter_map(|id| framework::AREAS.iter().position(|a| a.id == *id))
            .map(|i| i as u8)
            .collect();
        let mut slots = Vec::new();
        for (k, id) in services.iter().enumerate() {
            for &ai in &area_index {
                let area = &framework::AREAS[usize::from(ai)];
                if let Some(pos) = area.services.iter().position(|s| s.id == *id) {
                    slots.push((k as u8, ai, pos as u8));
                }
            }
        }
        QuestionIndex {
            areas: area_index,
            services: slots,
        }
    }
}

impl Question {
    /// A question with its [`QuestionIndex`] worked out.
    #[allow(clippy::too_many_arguments)]
    fn new(
        id: QuestionId,
        block: BlockId,
        areas: Vec<&'static str>,
        services: Vec<&'static str>,
        in_place_from: Vec<u8>,
        weight: Weight,
        scale: Scale,
        applies: Applies,
    ) -> Question {
        let index = QuestionIndex::of(&areas, &services);
        Question {
            id,
            block,
            areas,
            services,
            in_place_from,
            weight,
            scale,
            applies,
            index,
        }
    }

    /// The services an answer at `level` does not yet imply, in the question's order.
    pub fn missing_at(&self, level: u8) -> impl Iterator<Item = &'static str> + '_ {
        self.services
            .iter()
            .zip(&self.in_place_from)
            .filter(move |(_, from)| level < **from)
            .map(|(s, _)| *s)
    }
}

/// A question bank.
#[derive(Debug, Serialize)]
pub struct Bank {
    /// Which bank.
    pub id: BankId,
    /// Version of the bank's content; bumped whenever questions change meaning.
    pub version: u32,
    /// Questions grouped by block in framework order, then the MSP's own questions.
    pub questions: Vec<Question>,
    /// How many of the last questions are the MSP's own (0 for the built-in banks).
    pub extras: usize,
    /// Question positions in the order of their IDs, to find a question by ID in
    /// logarithmic time.
    #[serde(skip)]
    by_id: Vec<u16>,
}

/// Shortest and longest ID of an MSP's own question.
pub const OWN_ID_LEN: (usize, usize) = (2, 40);

/// Whether `id` is written as an MSP's own question's ID is: [`OWN_ID_LEN`] lower-case
/// letters, digits and `_`, starting with a letter (a full-bank ID has dots, so it is never
/// one).
pub fn is_own_id(id: &str) -> bool {
    (OWN_ID_LEN.0..=OWN_ID_LEN.1).contains(&id.len())
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Most questions an MSP may add to the quick bank.
pub const MAX_EXTRAS: usize = 5;

/// An MSP's own question, appended to the quick bank. Its texts are text overrides
/// (`quick.<id>.text`, `.help`, `.o0`–`.o4`) like those of the bank's own questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extra {
    /// Stable ID: a slug that is no question ID of either bank.
    pub id: String,
    /// The block it belongs to.
    pub block: BlockId,
    /// The delivery area of `block` it probes.
    pub area: &'static str,
}

/// A bank as an assessment holds it: a built-in bank, or the quick bank with an MSP's own
/// questions (shared, built once per configuration).
#[derive(Debug, Clone)]
pub struct BankRef(Arc<Bank>);

impl Deref for BankRef {
    type Target = Bank;
    fn deref(&self) -> &Bank {
        &self.0
    }
}

impl From<&'static Bank> for BankRef {
    /// The shared handle of a built-in bank (the only banks that are `'static`).
    fn from(bank: &'static Bank) -> BankRef {
        match bank.id {
            BankId::Quick => BankRef::default(),
            BankId::Full => BankRef(Bank::full_shared().clone()),
        }
    }
}

impl PartialEq for BankRef {
    /// Same bank, version and questions (by ID).
    fn eq(&self, other: &BankRef) -> bool {
        self.id == other.id
            && self.version == other.version
            && self.questions.len() == other.questions.len()
            && self
                .questions
                .iter()
                .zip(&other.questions)
                .all(|(a, b)| a.id == b.id)
    }
}

impl Eq for BankRef {}

impl Default for BankRef {
    /// The quick bank.
    fn default() -> BankRef {
        BankRef(Bank::quick_shared().clone())
    }
}

/// The highest answer level ("in place").
const TOP: u8 = 4;

/// The current version of the quick bank.
pub const QUICK_VERSION: u32 = 2;
/// The current version of the full bank.
pub const FULL_VERSION: u32 = 1;

impl Bank {
    /// A bank of these questions, with its index by ID.
    fn new(id: BankId, version: u32, questions: Vec<Question>, extras: usize) -> Bank {
        let mut by_id: Vec<u16> = (0..questions.len() as u16).collect();
        // Once per bank, at most a few hundred IDs: the small sort keeps the wasm small.
        crate::util::sort_small_by(&mut by_id, |a, b| {
            questions[usize::from(*a)]
                .id
                .cmp(&questions[usize::from(*b)].id)
        });
        Bank {
            id,
            version,
            questions,
            extras,
            by_id,
        }
    }

    /// The quick bank (built once).
    pub fn quick() -> &'static Bank {
        Bank::quick_shared()
    }

    fn quick_shared() -> &'static Arc<Bank> {
        static BANK: OnceLock<Arc<Bank>> = OnceLock::new();
        BANK.get_or_init(|| {
            Arc::new(Bank::new(
                BankId::Quick,
                QUICK_VERSION,
                quick::QUICK.iter().map(quick_question).collect(),
                0,
            ))
        })
    }

    /// The quick bank with an MSP's own questions appended, in the order given. Without
    /// any, the built-in quick bank itself.
    pub fn quick_with(extras: &[Extra]) -> BankRef {
        if extras.is_empty() {
            return BankRef::default();
        }
        let mut questions = Bank::quick().questions.clone();
        questions.extend(extras.iter().map(|e| {
            Question::new(
                QuestionId::new(&e.id),
                e.block,
                vec![e.area],
                Vec::new(),
                Vec::new(),
                Weight::Medium,
                Scale::Levels,
                Applies::Always,
            )
        }));
        BankRef(Arc::new(Bank::new(
            BankId::Quick,
            QUICK_VERSION,
            questions,
            extras.len(),
        )))
    }

    /// The full bank: one question per framework service (built once).
    pub fn full() -> &'static Bank {
        Bank::full_shared()
    }

    fn full_shared() -> &'static Arc<Bank> {
        static BANK: OnceLock<Arc<Bank>> = OnceLock::new();
        BANK.get_or_init(|| {
            Arc::new(Bank::new(
                BankId::Full,
                FULL_VERSION,
                framework::services()
                    .map(|(area, s)| {
                        Question::new(
                            QuestionId::new(s.id),
                            area.block,
                            vec![area.id],
                            vec![s.id],
                            vec![TOP],
                            s.weight,
                            Scale::InPlace,
                            Applies::Always,
                        )
                    })
                    .collect(),
                0,
            ))
        })
    }

    /// The number of questions before the MSP's own.
    pub fn base_len(&self) -> usize {
        self.questions.len() - self.extras
    }

    /// A one-byte fingerprint of the MSP's own questions (IDs and areas, in order), so a
    /// result code or saved progress made with other questions is told apart; 0 without
    /// any.
    pub fn extras_fingerprint(&self) -> u8 {
        let own = &self.questions[self.base_len()..];
        if own.is_empty() {
            return 0;
        }
        // FNV-1a over "id:area;" for each question, folded to a byte.
        let mut h: u32 = 0x811c_9dc5;
        for q in own {
            for part in [&q.id, ":", q.areas.first().copied().unwrap_or(""), ";"] {
                for b in part.bytes() {
                    h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
                }
            }
        }
        (h ^ h >> 8 ^ h >> 16 ^ h >> 24) as u8
    }

    /// Looks up a question by ID.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.position(id).map(|i| &self.questions[i])
    }

    /// The question IDs of an earlier version of this bank, in that version's order, for
    /// reading its result codes: answers are matched by ID, and the current version's new
    /// questions read as unanswered. `None` for the current version or one never made.
    pub fn ids_of_version(&self, version: u32) -> Option<&'static [&'static str]> {
        match (self.id, version) {
            (BankId::Quick, 1) if version != self.version => Some(&quick::V1),
            _ => None,
        }
    }

    /// The position of `id` for a caller walking IDs in ascending order: `cursor` (start
    /// at 0) keeps where the walk stands in the bank's ID order, so finding every answer of
    /// a sorted map takes one pass instead of one search each.
    pub fn position_walking(&self, id: &str, cursor: &mut usize) -> Option<usize> {
        while let Some(&i) = self.by_id.get(*cursor) {
            match self.questions[usize::from(i)].id.as_str().cmp(id) {
                std::cmp::Ordering::Less => *cursor += 1,
                std::cmp::Ordering::Equal => return Some(usize::from(i)),
                std::cmp::Ordering::Greater => return None,
            }
        }
        None
    }

    /// Position of a question by ID.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id
            .binary_search_by(|&i| self.questions[usize::from(i)].id.as_str().cmp(id))
            .ok()
            .map(|k| usize::from(self.by_id[k]))
    }
}

fn quick_question(q: &'static QuickQuestion) -> Question {
    // Areas follow from the services, in framework order; unknown services are caught by
    // the data tests, so they simply contribute no area here.
    let areas = framework::AREAS
        .iter()
        .filter(|a| {
            a.services
                .iter()
                .any(|s| q.services.iter().any(|x| x.0 == s.id))
        })
        .map(|a| a.id)
        .collect();
    Question::new(
        QuestionId::new(q.id),
        q.block,
        areas,
        q.services.iter().map(|x| x.0).collect(),
        q.services.iter().map(|x| x.1.min(TOP)).collect(),
        q.weight,
        Scale::Levels,
        q.applies,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::AREAS;

    /// The index by ID and the index into the framework agree with the IDs they stand for,
    /// in both banks and with an MSP's own questions.
    #[test]
    fn indices_agree_with_the_ids() {
        let own = Bank::quick_with(&[Extra {
            id: "aa_first_by_name".into(),
            block: BlockId::Clear,
            area: AREAS.iter().find(|a| a.block == BlockId::Clear).unwrap().id,
        }]);
        for bank in [Bank::quick(), Bank::full(), &own] {
            for (i, q) in bank.questions.iter().enumerate() {
                assert_eq!(bank.position(&q.id), Some(i), "{}", q.id);
                let areas: Vec<&str> = q
                    .index
                    .areas
                    .iter()
                    .map(|&a| AREAS[usize::from(a)].id)
                    .collect();
                assert_eq!(areas, q.areas, "{}", q.id);
                for &(k, a, pos) in &q.index.services {
                    let area = &AREAS[usize::from(a)];
                    assert_eq!(
                        area.services[usize::from(pos)].id,
                        q.services[usize::from(k)]
                    );
                    assert!(q.areas.contains(&area.id));
                }
                // Every service is found in one of the question's areas.
                for k in 0..q.services.len() {
                    assert!(
                        q.index.services.iter().any(|s| usize::from(s.0) == k),
                        "{}",
                        q.id
                    );
                }
            }
            assert_eq!(bank.position("no_such_question"), None);
            // Walking the IDs in ascending order finds each, and a missing one in between.
            let mut ids: Vec<&str> = bank.questions.iter().map(|q| q.id.as_str()).collect();
            ids.sort_unstable();
            let mut cursor = 0;
            for id in &ids {
                assert_eq!(bank.position_walking(id, &mut cursor), bank.position(id));
            }
            let mut cursor = 0;
            assert_eq!(bank.position_walking("a", &mut cursor), None);
            assert_eq!(
                bank.position_walking(ids[0], &mut cursor),
                bank.position(ids[0])
            );
            assert_eq!(bank.position_walking("zzzz", &mut cursor), None);
        }
    }
}
