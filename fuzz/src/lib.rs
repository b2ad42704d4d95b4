//! What each fuzz target checks of one input, shared by the targets (`fuzz_targets/`) and
//! by `tests/fuzz_seeds.rs`, which replays the seeds and every input that ever failed
//! through the same calls on every `make test`.
//!
//! Each check panics where a property breaks (that is the finding) and otherwise says
//! whether the input was read (`true`) or refused with a message (`false`).

use itcq::engine::profile::{Industry, ItManagement};
use itcq::engine::{Answers, Assessment, Profile, assess, assess_tuned, bank::Bank};
use itcq::engine::{briefing, code, custom, export, i18n};
use itcq::journey::Snapshot;

/// The time the saved-progress check restores at (milliseconds since 1970), so the seeds
/// do not expire.
pub const NOW_MS: u64 = 1_800_000_000_000;

/// A result code or link: refused with a message, or read into a result whose canonical
/// code reads back to the same result, and whose briefing and exports build.
pub fn code(text: &str) -> bool {
    let decoded = match code::decode(text) {
        Ok(d) => d,
        Err(e) => {
            assert!(!e.to_string().is_empty(), "a refusal names its reason");
            return false;
        }
    };
    let scored = export::Scored::new(decoded);
    let again = code::decode(&scored.code).expect("a canonical code reads back");
    assert_eq!(
        again, scored.decoded,
        "the canonical code carries the same result"
    );
    let t = i18n::english();
    let _ = briefing::briefing(&scored, t);
    let _ = briefing::row(&scored, t);
    let _ = export::json(&scored, Some("https://example.com/"));
    let _ = export::csv(std::slice::from_ref(&scored), None);
    true
}

/// An MSP's configuration file: a configuration and its named problems, never a panic;
/// whatever is applied goes onto the texts and into a report. True when it has no problem.
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
    let answers = Answers::empty(Bank::quick());
    let _ = assess_tuned(&profile, &answers, &t, &config.tuning);
    issues.is_empty()
}

/// A file handed to the engine, read both ways: as a JSON export (or code), as the rep page
/// reads it, and as an assessment, as `itcq assess` reads it. Each is refused with a message
/// or scored; the two answers are returned in that order.
pub fn import(text: &str) -> (bool, bool) {
    let export = match export::read(text) {
        Ok(scored) => {
            let _ = export::json(&scored, None);
            true
        }
        Err(e) => {
            assert!(!e.to_string().is_empty(), "a refusal names its reason");
            false
        }
    };
    let assessment = match Assessment::from_json(text) {
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
/// snapshot that saves back the same.
pub fn snapshot(text: &str) -> bool {
    match Snapshot::decode(text, NOW_MS) {
        Ok(snapshot) => {
            let again =
                Snapshot::decode(&snapshot.encode(), NOW_MS).expect("a saved snapshot reads back");
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
