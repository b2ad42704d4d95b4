//! The fuzzers' seed corpus (`fuzz/seeds/`) and every input a fuzzer ever found to fail
//! (`fuzz/regressions/`), run on every `make test` through the very checks the fuzz targets
//! run (`fuzz/src/lib.rs`): bad input is refused with a message, never a panic, and what
//! reads back reads back the same. The counts prove the seeds exercise both outcomes.

#[path = "../fuzz/src/lib.rs"]
mod checks;

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

/// Runs `check` on every input of `target`, naming the file of a failing one; returns how
/// many were read and how many refused.
fn replay(target: &str, check: impl Fn(&str) -> bool) -> (usize, usize) {
    let all = inputs(target);
    let read = all
        .iter()
        .filter(|(path, text)| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(text)))
                .unwrap_or_else(|_| panic!("{} fails the {target} check", path.display()))
        })
        .count();
    (read, all.len() - read)
}

#[test]
fn code_inputs_decode_or_are_refused_with_a_message() {
    let (read, refused) = replay("code", checks::code);
    assert!(
        read >= 4 && refused >= 3,
        "the seeds read {read} and refuse {refused} codes"
    );
}

#[test]
fn config_inputs_give_a_configuration_and_named_problems() {
    let (clean, with_problems) = replay("config", checks::config);
    assert!(
        clean >= 2 && with_problems >= 10,
        "{clean} seed files pass the check, {with_problems} have problems"
    );
}

#[test]
fn import_inputs_are_scored_or_refused_with_a_message() {
    let (exports, _) = replay("import", |t| checks::import(t).0);
    let (assessments, _) = replay("import", |t| checks::import(t).1);
    let refused = inputs("import").len() - exports.min(assessments);
    assert!(
        exports >= 2 && assessments >= 2 && refused >= 2,
        "the seeds read {exports} exports and {assessments} assessments"
    );
}

#[test]
fn snapshot_inputs_restore_and_save_back_the_same_or_give_a_reason() {
    let (restored, refused) = replay("snapshot", checks::snapshot);
    assert!(
        restored >= 3 && refused >= 2,
        "the seeds restore {restored} and refuse {refused} snapshots"
    );
}
