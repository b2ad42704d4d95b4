//! The fuzzers' seed corpus (`fuzz/seeds/`) and every input a fuzzer ever found to fail
//! (`fuzz/regressions/`), run through the calls each fuzz target makes (`fuzz/fuzz_targets/`;
//! keep the two in step) on every `make test`: bad input is refused with a message, never a
//! panic, and what reads back reads back the same.

use itcq::engine::profile::{Industry, ItManagement};
use itcq::engine::{Answers, Assessment, Profile, assess, assess_tuned, bank::Bank};
use itcq::engine::{briefing, code, custom, export, i18n};
use itcq::journey::Snapshot;
use std::fs;
use std::path::{Path, PathBuf};

fn inputs(target: &str) -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for dir in [
        root.join("seeds").join(target),
        root.join("regressions").join(target),
    ] {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let bytes = fs::read(e.path()).expect("a readable corpus file");
            out.push((e.path(), String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    out.sort();
    out
}

#[test]
fn code_inputs_decode_or_are_refused_with_a_message() {
    let all = inputs("code");
    assert!(all.len() >= 4, "the code seeds are missing");
    let (mut read, mut refused) = (0, 0);
    for (path, text) in all {
        match code::decode(&text) {
            Ok(decoded) => {
                let scored = export::Scored::new(decoded);
                let again = code::decode(&scored.code).expect("a canonical code reads back");
                assert_eq!(again, scored.decoded, "{}", path.display());
                let t = i18n::english();
                let _ = briefing::briefing(&scored, t);
                let _ = briefing::row(&scored, t);
                let _ = export::json(&scored, Some("https://example.com/"));
                let _ = export::csv(std::slice::from_ref(&scored), None);
                read += 1;
            }
            Err(e) => {
                assert!(!e.to_string().is_empty(), "{}", path.display());
                refused += 1;
            }
        }
    }
    assert!(read >= 4 && refused >= 3, "the seeds read and refuse codes");
}

#[test]
fn config_inputs_give_a_configuration_and_named_problems() {
    let all = inputs("config");
    assert!(all.len() >= 10, "the config seeds are missing");
    let profile = Profile {
        company: None,
        seats: 40,
        industry: Industry::ALL[0],
        it_management: ItManagement::ALL[0],
        goals: Vec::new(),
    };
    let mut clean = 0;
    for (path, text) in all {
        let (config, issues) = custom::read_json(&text);
        for i in &issues {
            assert!(!i.to_string().is_empty(), "{}", path.display());
        }
        clean += usize::from(issues.is_empty());
        let config = config.applied(&issues);
        let mut t = i18n::english().clone();
        config.overlay(&mut t);
        let _ = config.texts_for(i18n::Lang::De);
        let _ = assess_tuned(&profile, &Answers::empty(Bank::quick()), &t, &config.tuning);
    }
    assert!(clean >= 2, "the good seed files pass the check");
}

#[test]
fn import_inputs_are_scored_or_refused_with_a_message() {
    let all = inputs("import");
    assert!(all.len() >= 4, "the import seeds are missing");
    let (mut exports, mut assessments) = (0, 0);
    for (path, text) in all {
        match export::read(&text) {
            Ok(s) => {
                exports += 1;
                let _ = export::json(&s, None);
            }
            Err(e) => assert!(!e.to_string().is_empty(), "{}", path.display()),
        }
        match Assessment::from_json(&text) {
            Ok(input) => {
                assessments += 1;
                let _ = assess(&input);
            }
            Err(e) => assert!(!e.to_string().is_empty(), "{}", path.display()),
        }
    }
    assert!(
        exports >= 2 && assessments >= 2,
        "the valid seed files read"
    );
}

#[test]
fn snapshot_inputs_restore_and_save_back_the_same_or_give_a_reason() {
    let all = inputs("snapshot");
    assert!(all.len() >= 3, "the snapshot seeds are missing");
    let now = 1_800_000_000_000;
    let (mut restored, mut refused) = (0, 0);
    for (path, text) in all {
        match Snapshot::decode(&text, now) {
            Ok(s) => {
                let again =
                    Snapshot::decode(&s.encode(), now).expect("a saved snapshot reads back");
                assert_eq!(again.encode(), s.encode(), "{}", path.display());
                restored += 1;
            }
            Err(e) => {
                assert!(!e.0.is_empty(), "{}", path.display());
                refused += 1;
            }
        }
    }
    assert!(
        restored >= 3 && refused >= 2,
        "the seeds restore and refuse snapshots"
    );
}
