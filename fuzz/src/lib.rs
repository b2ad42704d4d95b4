//! What each fuzz target checks of one input, shared by the targets (`fuzz_targets/`) and
//! by `tests/fuzz_seeds.rs`, which replays the seeds and every input that ever failed
//! through the same calls on every `make test`.
//!
//! Each check panics where a property breaks (that is the finding) and otherwise says
//! whether the input was read (`true`) or refused with a message (`false`).

use itcq::engine::bank::BankRef;
use itcq::engine::profile::{Industry, ItManagement};
use itcq::engine::{Answer, Answers, Profile, assess, assess_tuned, import};
use itcq::engine::{briefing, code, custom, export, i18n};
use itcq::journey::Snapshot;

/// A configuration with two questions of the MSP's own, so codes and saved progress are
/// also read the way a widget or rep page with such a file reads them.
pub const OWN_QUESTIONS: &str = r#"{"itcq_config": 1, "assessment": {"extra": [
 {"id": "own_portal", "area": "clear.tools", "text": "Q1", "options": ["a", "b", "c", "d", "e"]},
 {"id": "own_offsite", "area": "continuous.backup", "weight": 5, "text": "Q2", "options": ["a", "b", "c", "d", "e"]}]}}"#;

/// [`OWN_QUESTIONS`], read once.
fn own_questions() -> &'static custom::Custom {
    static OWN: std::sync::OnceLock<custom::Custom> = std::sync::OnceLock::new();
    OWN.get_or_init(|| {
        let (c, issues) = custom::read_json(OWN_QUESTIONS);
        assert!(issues.is_empty(), "{issues:?}");
        c
    })
}

/// The time the saved-progress check restores at (milliseconds since 1970), so the seeds
/// do not expire.
pub const NOW_MS: u64 = 1_800_000_000_000;

/// A result code or link: refused with a message, or read into a result whose canonical
/// code reads back to the same result, and whose briefing and exports build. It is also
/// read with a configuration that has questions of the MSP's own, the same way. True when
/// either reading reads it.
pub fn code(text: &str) -> bool {
    let own = match export::read_tuned(text, &own_questions().bank, &own_questions().tuning) {
        Ok(scored) => {
            let again =
                export::read_tuned(&scored.code, &own_questions().bank, &own_questions().tuning)
                    .expect("a canonical code reads back with its configuration");
            assert_eq!(again.decoded, scored.decoded, "the same result");
            let _ = export::json(&scored, None, i18n::english());
            true
        }
        Err(e) => {
            assert!(!e.to_string().is_empty(), "a refusal names its reason");
            false
        }
    };
    let decoded = match code::decode(text) {
        Ok(d) => d,
        Err(e) => {
            assert!(!e.to_string().is_empty(), "a refusal names its reason");
            return own;
        }
    };
    let scored = export::Scored::new(decoded);
    let again = code::decode(&scored.code).expect("a canonical code reads back");
    assert_eq!(
        again, scored.decoded,
        "the canonical code carries the same result"
    );
    let t = i18n::english();
    let _ = briefing::briefing(&scored, t, None);
    let _ = briefing::row(&scored, t);
    let _ = export::json(&scored, Some("https://example.com/"), i18n::english());
    let _ = export::csv(std::slice::from_ref(&scored), None, i18n::english());
    true
}

/// An MSP's configuration file: a configuration and its named problems, never a panic;
/// whatever is applied goes onto the texts and into a report, whose result code reads back
/// with the same file. True when it has no problem.
pub fn config(text: &str) -> bool {
    let (config, issues) = custom::read_json(text);
    for i in &issues {
        assert!(!i.to_string().is_empty(), "a problem names itself");
    }
    let config = config.applied(&issues);
    let mut t = i18n::english().clone();
    config.overlay(&mut t);
    let _ = config.texts_for(i18n::Lang::De);
    let profile = Profile {
        company: None,
        seats: 40,
        industry: Industry::ALL[0],
        it_management: ItManagement::ALL[0],
        goals: Vec::new(),
    };
    let mut answers = Answers::empty(config.bank.clone());
    for i in 0..config.bank.questions.len() {
        answers.answer(i, Answer::Level((i % 5) as u8));
    }
    let _ = assess_tuned(&profile, &answers, &config.tuning);
    let code = code::encode(&profile, &answers, None, None);
    let back = export::read_tuned(&code, &config.bank, &config.tuning)
        .expect("a code reads with its file");
    assert_eq!(
        back.decoded.answers, answers,
        "the code carries every answer"
    );
    issues.is_empty()
}

/// A file handed to the engine, read both ways: as a JSON export (or code), as the rep page
/// reads it, and as an assessment, as `itcq assess` reads it. Each is refused with a message
/// or scored; the two answers are returned in that order.
pub fn import(text: &str) -> (bool, bool) {
    let export = match export::read(text) {
        Ok(scored) => {
            let _ = export::json(&scored, None, i18n::english());
            true
        }
        Err(e) => {
            assert!(!e.to_string().is_empty(), "a refusal names its reason");
            false
        }
    };
    let assessment = match import::assessment(text) {
        Ok(input) => {
            let _ = assess(&input);
            true
        }
        Err(e) => {
            assert!(!e.to_string().is_empty(), "a refusal names its reason");
            false
        }
    };
    (export, assessment)
}

/// Saved progress read back from storage: refused with a reason, or restored into a
/// snapshot that saves back the same; read for the quick bank and for one with questions
/// of the MSP's own. True when the quick bank's reading restores it.
pub fn snapshot(text: &str) -> bool {
    let plain = restore(text, &BankRef::default());
    restore(text, &own_questions().bank);
    plain
}

fn restore(text: &str, bank: &BankRef) -> bool {
    match Snapshot::decode(text, NOW_MS, bank) {
        Ok(snapshot) => {
            let again = Snapshot::decode(&snapshot.encode(), NOW_MS, bank)
                .expect("a saved snapshot reads back");
            assert_eq!(
                again.encode(),
                snapshot.encode(),
                "a snapshot saves back the same"
            );
            true
        }
        Err(e) => {
            assert!(!e.0.is_empty(), "a refusal names its reason");
            false
        }
    }
}
