//! How long the quick assessment takes, computed from its words: reading at
//! [`WORDS_PER_MINUTE`] plus [`SECONDS_PER_ANSWER`] to choose each answer.
//!
//! The words are each question's text and its five options (the help is read on demand).
//! [`QUICK_WORDS`] holds their count per language for the built-in quick bank; the
//! language files' test recounts them from the texts (`ITCQ_WRITE_TEXTS=1 cargo test
//! --test i18n` prints the new counts when they change), so the time shown follows the words.

use crate::{Lang, Texts};
use itcq_core::bank::{Bank, Scale};

/// Reading speed assumed for a business reader on a phone.
pub const WORDS_PER_MINUTE: u32 = 200;
/// Time to choose an answer once the options are read.
pub const SECONDS_PER_ANSWER: u32 = 4;

/// Words of the built-in quick bank's questions and options, per language.
pub const QUICK_WORDS: [(Lang, u32); 3] = [(Lang::En, 1902), (Lang::De, 1831), (Lang::Es, 2102)];

/// The words of a bank's questions and options in `t` (the quick bank's scale only).
pub fn count_words(t: &Texts, bank: &Bank) -> u32 {
    let mut n = 0;
    for q in bank
        .questions
        .iter()
        .filter(|q| matches!(q.scale, Scale::Levels))
    {
        for part in [".text", ".o0", ".o1", ".o2", ".o3", ".o4"] {
            if let Some(text) = t.try_get(&["quick.", &q.id, part].concat()) {
                n += text.split_whitespace().count() as u32;
            }
        }
    }
    n
}

/// Minutes, rounded up, to answer `questions` questions of the quick bank in `lang`
/// (an MSP's own or hidden questions and those the profile skips change the count; each
/// question is taken at the bank's average length).
pub fn minutes(lang: Lang, questions: usize) -> u32 {
    let words = QUICK_WORDS
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(QUICK_WORDS[0].1, |(_, w)| *w);
    let per_question = f64::from(words) / f64::from(BUILT_IN);
    let q = questions as f64;
    let seconds =
        q * per_question / f64::from(WORDS_PER_MINUTE) * 60.0 + q * f64::from(SECONDS_PER_ANSWER);
    (seconds / 60.0).ceil().max(1.0) as u32
}

/// Questions of the built-in quick bank the word counts are for.
const BUILT_IN: u32 = 36;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_follow_the_words_and_the_questions() {
        // 1,902 words / 200 a minute = 9.5 min, + 36 × 4 s = 2.4 min → 12.
        assert_eq!(minutes(Lang::En, 36), 12);
        assert!(minutes(Lang::En, 30) < minutes(Lang::En, 36));
        assert_eq!(minutes(Lang::En, 0), 1);
        assert_eq!(BUILT_IN as usize, itcq_core::Bank::quick().questions.len());
    }
}
