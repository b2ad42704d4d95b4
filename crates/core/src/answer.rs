//! One answer to one question: a level (`0`–`4`), "Don't know" or "Not applicable", and
//! the credit it earns. On the wire an answer is a level, `"dont_know"` or `"na"`.

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
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
