//! Answers and the assessment input: what a prospect or a vCIO hands to the engine.
//!
//! On the wire an answer is a level (`0`–`4`), `"dont_know"` or `"na"`. Answers are keyed
//! by question ID; [`Assessment::validate`] checks every ID and value against the bank and
//! returns [`Answers`], the answers in bank order, ready for scoring.

pub use crate::answer::{Answer, TOP_LEVEL};
use crate::bank::{Bank, BankId, BankRef};
use crate::error::Error;
use crate::profile::Profile;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// An assessment as handed to the engine: bank, profile and answers by question ID.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Which question bank the answers belong to.
    pub bank: BankId,
    /// The company.
    pub profile: Profile,
    /// Answers by question ID; questions not listed are missing. An ID given twice is
    /// rejected rather than silently taking the last value.
    #[serde(default, deserialize_with = "unique_answers")]
    pub answers: BTreeMap<String, Answer>,
}

impl Assessment {
    /// Checks the profile and every answer against the bank.
    pub fn validate(&self) -> Result<Answers, Error> {
        self.profile.validate()?;
        Answers::from_map(self.bank.bank(), &self.answers).map_err(|e| match e {
            Error::UnknownQuestion { id, bank, .. } => unknown_question(&id, bank),
            other => other,
        })
    }
}

fn unique_answers<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, Answer>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = BTreeMap<String, Answer>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object of answers by question ID")
        }
        fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((id, answer)) = map.next_entry::<String, Answer>()? {
                if out.insert(id.clone(), answer).is_some() {
                    return Err(de::Error::custom(format!(
                        "question \"{id}\" is answered more than once; give each question one answer"
                    )));
                }
            }
            Ok(out)
        }
    }
    d.deserialize_map(V)
}

fn unknown_question(id: &str, bank: BankId) -> Error {
    let other = match bank {
        BankId::Quick => BankId::Full,
        BankId::Full => BankId::Quick,
    };
    let hint = if other.bank().question(id).is_some() {
        format!(" (it belongs to the {other} bank)")
    } else {
        String::new()
    };
    Error::UnknownQuestion {
        id: id.to_string(),
        bank,
        hint,
    }
}

/// Validated answers in bank order; `None` marks a missing answer.
#[derive(Clone)]
pub struct Answers {
    bank: BankRef,
    by_position: Vec<Option<Answer>>,
}

impl fmt::Debug for Answers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Answers")
            .field("bank", &self.bank.id)
            .field("by_position", &self.by_position)
            .finish()
    }
}

impl PartialEq for Answers {
    fn eq(&self, other: &Self) -> bool {
        self.bank == other.bank && self.by_position == other.by_position
    }
}

impl Eq for Answers {}

impl Answers {
    /// Checks answers given by question ID against a bank and puts them in bank order.
    pub fn from_map(
        bank: impl Into<BankRef>,
        answers: &BTreeMap<String, Answer>,
    ) -> Result<Answers, Error> {
        let bank = bank.into();
        let mut by_position = vec![None; bank.questions.len()];
        let mut cursor = 0; // the map's IDs come in ascending order
        for (id, &answer) in answers {
            let Some(pos) = bank.position_walking(id, &mut cursor) else {
                return Err(Error::UnknownQuestion {
                    id: id.clone(),
                    bank: bank.id,
                    hint: String::new(),
                });
            };
            let scale = &bank.questions[pos].scale;
            if !scale.accepts(answer) {
                return Err(Error::InvalidAnswer {
                    id: id.clone(),
                    bank: bank.id,
                    found: answer.to_string(),
                    accepted: scale.accepted(),
                });
            }
            by_position[pos] = Some(answer);
        }
        Ok(Answers { bank, by_position })
    }

    /// Removes the answer at `pos` (a question that is no longer asked).
    pub fn clear(&mut self, pos: usize) {
        if let Some(a) = self.by_position.get_mut(pos) {
            *a = None;
        }
    }

    /// Sets the answer at a question position, if the question accepts it; returns
    /// whether it did.
    pub fn answer(&mut self, pos: usize, answer: Answer) -> bool {
        let ok = self
            .bank
            .questions
            .get(pos)
            .is_some_and(|q| q.scale.accepts(answer));
        if ok {
            self.by_position[pos] = Some(answer);
        }
        ok
    }

    /// No answers at all for a bank.
    pub fn empty(bank: impl Into<BankRef>) -> Answers {
        let bank = bank.into();
        Answers {
            by_position: vec![None; bank.questions.len()],
            bank,
        }
    }

    /// The bank the answers belong to.
    pub fn bank(&self) -> &Bank {
        &self.bank
    }

    /// The bank the answers belong to, to start other answers on it.
    pub fn bank_ref(&self) -> &BankRef {
        &self.bank
    }

    /// The bank's ID.
    pub fn bank_id(&self) -> BankId {
        self.bank.id
    }

    /// How many questions have an answer.
    pub fn answered(&self) -> usize {
        self.by_position.iter().flatten().count()
    }

    /// Answers by question position.
    pub fn as_slice(&self) -> &[Option<Answer>] {
        &self.by_position
    }

    /// The answers as scored for a company: the questions its profile is not asked
    /// ([`crate::bank::Applies`]) count as "Not applicable", whatever was answered.
    pub fn for_profile(&self, profile: &Profile) -> Answers {
        let mut out = self.clone();
        let own_it = profile.it_management.has_own_it_staff();
        for (pos, q) in self.bank.questions.iter().enumerate() {
            if !q.applies.to(profile.seats, own_it) {
                out.by_position[pos] = Some(Answer::NotApplicable);
            }
        }
        out
    }
}
