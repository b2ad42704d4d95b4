//! Answers and the assessment input: what a prospect or a vCIO hands to the engine.
//!
//! On the wire an answer is a level (`0`–`4`), `"dont_know"` or `"na"`. Answers are keyed
//! by question ID; [`Assessment::validate`] checks every ID and value against the bank and
//! returns [`Answers`], the answers in bank order, ready for scoring.

use crate::bank::{Bank, BankId, BankRef};
use crate::error::Error;
use crate::profile::Profile;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// One answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    /// A maturity level, 0 (nothing in place) to 4 (fully in place and managed).
    Level(u8),
    /// "Don't know": earns no credit and is counted as unknown.
    DontKnow,
    /// "Not applicable" (full bank only): leaves the denominator.
    NotApplicable,
}

/// The highest maturity level.
pub const TOP_LEVEL: u8 = 4;

impl Answer {
    /// Credit earned, 0.0–1.0, or `None` when the answer does not count (not applicable).
    pub fn credit(self) -> Option<f64> {
        match self {
            Answer::Level(l) => Some(f64::from(l.min(TOP_LEVEL)) / f64::from(TOP_LEVEL)),
            Answer::DontKnow => Some(0.0),
            Answer::NotApplicable => None,
        }
    }

    /// Whether the practice is fully in place.
    pub fn is_in_place(self) -> bool {
        matches!(self, Answer::Level(l) if l >= TOP_LEVEL)
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Answer::Level(l) => write!(f, "{l}"),
            Answer::DontKnow => f.write_str("\"dont_know\""),
            Answer::NotApplicable => f.write_str("\"na\""),
        }
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Level(l) => s.serialize_u8(*l),
            Answer::DontKnow => s.serialize_str("dont_know"),
            Answer::NotApplicable => s.serialize_str("na"),
        }
    }
}

const EXPECTED: &str = "a level 0-4, \"dont_know\" or (full bank only) \"na\"";

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(EXPECTED)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Answer, E> {
                u8::try_from(v)
                    .map(Answer::Level)
                    .map_err(|_| E::custom(format!("{v} is not accepted; expected {EXPECTED}")))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Answer, E> {
                match u64::try_from(v) {
                    Ok(u) => self.visit_u64(u),
                    Err(_) => Err(E::custom(format!(
                        "{v} is not accepted; expected {EXPECTED}"
                    ))),
                }
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Answer, E> {
                Err(E::custom(format!(
                    "{v:?} is not accepted; levels are whole numbers, expected {EXPECTED}"
                )))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
                match v {
                    "dont_know" => Ok(Answer::DontKnow),
                    "na" => Ok(Answer::NotApplicable),
                    other => Err(E::custom(format!(
                        "\"{other}\" is not accepted; expected {EXPECTED}"
                    ))),
                }
            }
        }
        d.deserialize_any(V)
    }
}

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
        for (id, &answer) in answers {
            let Some(pos) = bank.position(id) else {
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

    /// Sets the answer at a question position (engine-internal what-if computations).
    pub(crate) fn set(&mut self, pos: usize, answer: Answer) {
        self.by_position[pos] = Some(answer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(v: &str) -> Result<Answer, String> {
        serde_json::from_str::<Answer>(v).map_err(|e| e.to_string())
    }

    #[test]
    fn answers_parse_from_levels_and_keywords() {
        assert_eq!(parse("0"), Ok(Answer::Level(0)));
        assert_eq!(parse("4"), Ok(Answer::Level(4)));
        assert_eq!(parse("\"dont_know\""), Ok(Answer::DontKnow));
        assert_eq!(parse("\"na\""), Ok(Answer::NotApplicable));
    }

    #[test]
    fn bad_answers_say_what_is_accepted() {
        for bad in ["-1", "2.5", "\"yes\"", "null", "true", "[1]", "300"] {
            let err = parse(bad).unwrap_err();
            assert!(err.contains("expected a level 0-4"), "{bad}: {err}");
        }
    }

    #[test]
    fn answers_round_trip() {
        for a in [Answer::Level(3), Answer::DontKnow, Answer::NotApplicable] {
            let s = serde_json::to_string(&a).unwrap();
            assert_eq!(parse(&s), Ok(a));
        }
    }
}
