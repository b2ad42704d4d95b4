//! End-to-end tests of the `itcq` binary: output shapes, stdin and file input, and the
//! exit code 2 with a field-naming message on bad input.

use itcq::engine::plan::PhaseId;
use itcq::engine::{Assessment, Bank, assess};
use serde_json::{Value, json};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// Runs the binary with `args`, feeding `stdin` if given; returns (exit code, stdout, stderr).
fn itcq(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_itcq"));
    cmd.args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
    let mut child = cmd.spawn().expect("spawn itcq");
    let writer = stdin.map(|input| {
        let mut pipe = child.stdin.take().expect("stdin pipe");
        let input = input.to_owned();
        std::thread::spawn(move || {
            // The binary may exit before reading everything (e.g. on a usage error).
            let _ = pipe.write_all(input.as_bytes());
        })
    });
    let out = child.wait_with_output().expect("wait for itcq");
    if let Some(w) = writer {
        w.join().expect("stdin writer thread");
    }
    (
        out.status.code().expect("itcq killed by a signal"),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

/// A temporary file removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(contents: &str) -> TempFile {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "itcq-cli-test-{}-{n}-{:?}.json",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::write(&path, contents).expect("write temp file");
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("temp path is UTF-8")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn parse(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{stdout}"))
}

fn profile() -> Value {
    json!({
        "seats": 45,
        "industry": "professional_services",
        "it_management": "outsourced_msp",
        "goals": ["continuity"]
    })
}

/// A quick assessment with answers to every quick question, read from the bank at test
/// time: levels 0–4 in turn, every seventh "dont_know".
fn quick_input() -> String {
    let answers: serde_json::Map<String, Value> = Bank::quick()
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let a = if i % 7 == 6 {
                json!("dont_know")
            } else {
                json!(i % 5)
            };
            (q.id.to_string(), a)
        })
        .collect();
    json!({"bank": "quick", "profile": profile(), "answers": answers}).to_string()
}

/// A full assessment answering every question 0, 2, 4, "dont_know" or "na" in turn.
fn full_input() -> String {
    let answers: serde_json::Map<String, Value> = Bank::full()
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let a = match i % 5 {
                0 => json!(0),
                1 => json!(2),
                2 => json!(4),
                3 => json!("dont_know"),
                _ => json!("na"),
            };
            (q.id.to_string(), a)
        })
        .collect();
    json!({"bank": "full", "profile": profile(), "answers": answers}).to_string()
}

/// A quick assessment with one answer.
fn quick_with(id: &str, answer: Value) -> String {
    json!({"bank": "quick", "profile": profile(), "answers": {id: answer}}).to_string()
}

/// A full assessment with one answer.
fn full_with(id: &str, answer: Value) -> String {
    json!({"bank": "full", "profile": profile(), "answers": {id: answer}}).to_string()
}

/// A quick assessment with one profile field replaced.
fn with_profile(field: &str, value: Value) -> String {
    let mut p = profile();
    p[field] = value;
    json!({"bank": "quick", "profile": p, "answers": {"backup_restore": 3}}).to_string()
}

fn first_full_id() -> &'static str {
    Bank::full().questions[0].id
}

/// Runs `assess --format json` on stdin and asserts a rejection: exit 2, empty stdout, and
/// a stderr containing every one of `needles`. Returns stderr.
fn assert_rejected(input: &str, needles: &[&str]) -> String {
    let (code, stdout, stderr) = itcq(
        &["assess", "--answers", "-", "--format", "json"],
        Some(input),
    );
    assert_eq!(code, 2, "exit code for input {input}\nstderr: {stderr}");
    assert!(
        stdout.is_empty(),
        "stdout not empty for rejected input {input}:\n{stdout}"
    );
    for n in needles {
        assert!(
            stderr.contains(n),
            "stderr for input {input}\ndoes not mention {n:?}:\n{stderr}"
        );
    }
    assert_eq!(
        stderr.lines().count(),
        1,
        "expected a one-line message, got:\n{stderr}"
    );
    stderr
}

// ---------------------------------------------------------------------------------------
// itcq framework
// ---------------------------------------------------------------------------------------

#[test]
fn framework_text_mentions_every_block() {
    let (code, stdout, stderr) = itcq(&["framework"], None);
    assert_eq!(code, 0, "stderr: {stderr}");
    for block in &itcq::engine::framework::BLOCKS {
        assert!(
            stdout.contains(block.name),
            "framework text does not mention block {} ({:?})",
            block.id,
            block.name
        );
    }
}

#[test]
fn framework_json_has_7_blocks_27_areas_139_services() {
    let (code, stdout, stderr) = itcq(&["framework", "--format", "json"], None);
    assert_eq!(code, 0, "stderr: {stderr}");
    let v = parse(&stdout);
    let blocks = v["blocks"].as_array().expect("blocks is an array");
    assert_eq!(blocks.len(), 7, "blocks");
    let ids: Vec<&str> = blocks.iter().filter_map(|b| b["id"].as_str()).collect();
    assert_eq!(
        ids,
        [
            "continuous",
            "competent",
            "charged",
            "conscious",
            "controlled",
            "clear",
            "cost_effective"
        ],
        "block IDs in order"
    );
    let areas = v["areas"].as_array().expect("areas is an array");
    assert_eq!(areas.len(), 27, "areas");
    let services: usize = areas
        .iter()
        .map(|a| {
            a["services"]
                .as_array()
                .unwrap_or_else(|| panic!("area {} has no services array", a["id"]))
                .len()
        })
        .sum();
    assert_eq!(services, 139, "services in total");
}

// ---------------------------------------------------------------------------------------
// itcq questions
// ---------------------------------------------------------------------------------------

#[test]
fn questions_json_quick_has_the_bank_question_count() {
    let (code, stdout, stderr) = itcq(&["questions", "--bank", "quick", "--format", "json"], None);
    assert_eq!(code, 0, "stderr: {stderr}");
    let v = parse(&stdout);
    assert_eq!(v["id"], "quick");
    let qs = v["questions"].as_array().expect("questions array");
    assert_eq!(
        qs.len(),
        Bank::quick().questions.len(),
        "quick question count"
    );
    for (q, bq) in qs.iter().zip(&Bank::quick().questions) {
        assert_eq!(q["id"], bq.id, "quick question order");
        assert_eq!(
            q["scale"]["kind"], "levels",
            "quick question {} scale",
            bq.id
        );
    }
}

#[test]
fn questions_json_full_has_139_questions() {
    let (code, stdout, stderr) = itcq(&["questions", "--bank", "full", "--format", "json"], None);
    assert_eq!(code, 0, "stderr: {stderr}");
    let v = parse(&stdout);
    assert_eq!(v["id"], "full");
    let qs = v["questions"].as_array().expect("questions array");
    assert_eq!(qs.len(), 139, "full question count");
    assert!(v["version"].as_u64().unwrap_or(0) >= 1, "full bank version");
}

#[test]
fn questions_text_exits_0_for_both_banks() {
    for bank in ["quick", "full"] {
        let (code, stdout, stderr) = itcq(&["questions", "--bank", bank], None);
        assert_eq!(code, 0, "questions --bank {bank}: stderr: {stderr}");
        assert!(
            stdout.starts_with(&format!("{bank} bank")),
            "questions --bank {bank} text starts with:\n{}",
            stdout.lines().next().unwrap_or("")
        );
        let b = if bank == "quick" {
            Bank::quick()
        } else {
            Bank::full()
        };
        for q in &b.questions {
            assert!(
                stdout.contains(q.id),
                "questions --bank {bank} text does not list {}",
                q.id
            );
        }
    }
}

#[test]
fn questions_requires_a_valid_bank() {
    let (code, stdout, stderr) = itcq(&["questions", "--bank", "nope"], None);
    assert_eq!(code, 2, "stderr: {stderr}");
    assert!(stdout.is_empty(), "stdout: {stdout}");
    assert!(
        stderr.contains("nope") && stderr.contains("quick") && stderr.contains("full"),
        "clap message does not name the value and the accepted banks:\n{stderr}"
    );
}

// ---------------------------------------------------------------------------------------
// itcq assess: valid input
// ---------------------------------------------------------------------------------------

#[test]
fn assess_file_and_stdin_give_identical_json() {
    let input = quick_input();
    let file = TempFile::new(&input);
    let (code_f, out_f, err_f) = itcq(
        &["assess", "--answers", file.path(), "--format", "json"],
        None,
    );
    assert_eq!(code_f, 0, "file: stderr: {err_f}");
    let (code_s, out_s, err_s) = itcq(
        &["assess", "--answers", "-", "--format", "json"],
        Some(&input),
    );
    assert_eq!(code_s, 0, "stdin: stderr: {err_s}");
    assert_eq!(out_f, out_s, "file and stdin outputs differ");
    assert!(err_f.is_empty() && err_s.is_empty(), "unexpected stderr");
}

#[test]
fn assess_json_report_has_the_documented_keys() {
    let input = quick_input();
    let (code, stdout, stderr) = itcq(
        &["assess", "--answers", "-", "--format", "json"],
        Some(&input),
    );
    assert_eq!(code, 0, "stderr: {stderr}");
    let v = parse(&stdout);
    for key in [
        "itcq",
        "band",
        "completion",
        "unknown_share",
        "blocks",
        "areas",
        "plan",
        "schema_version",
        "bank_version",
    ] {
        assert!(v.get(key).is_some(), "report has no key {key}");
    }
    assert!(v["itcq"].is_number(), "itcq is a number");
    assert!(v["band"].is_string(), "band is a string");
    assert!(
        v["schema_version"].as_u64().unwrap_or(0) >= 1,
        "schema_version"
    );
    assert_eq!(
        v["bank_version"].as_u64(),
        Some(u64::from(Bank::quick().version)),
        "bank_version"
    );
    let completion = v["completion"].as_f64().expect("completion is a number");
    assert!(
        (completion - 1.0).abs() < 1e-9,
        "every question answered, completion {completion}"
    );

    let blocks = v["blocks"].as_array().expect("blocks array");
    assert_eq!(blocks.len(), 7, "blocks");
    for b in blocks {
        for key in ["id", "score", "target", "gap", "band"] {
            assert!(b.get(key).is_some(), "block {} has no key {key}", b["id"]);
        }
    }
    assert_eq!(
        v["areas"].as_array().expect("areas array").len(),
        27,
        "areas"
    );

    let phases = v["plan"]["phases"].as_array().expect("plan.phases array");
    assert_eq!(phases.len(), 3, "plan phases");
    for p in phases {
        assert!(p["actions"].is_array(), "phase {} actions", p["id"]);
        assert!(
            p["projected_itcq"].is_number(),
            "phase {} projected_itcq",
            p["id"]
        );
    }
}

#[test]
fn assess_json_equals_the_library_report() {
    for input in [quick_input(), full_input()] {
        let (code, stdout, stderr) = itcq(
            &["assess", "--answers", "-", "--format", "json"],
            Some(&input),
        );
        assert_eq!(code, 0, "stderr: {stderr}");
        let report = assess(&Assessment::from_json(&input).expect("valid input"))
            .expect("assessment accepted");
        let expected = serde_json::to_value(&report).expect("report serializes");
        assert_eq!(
            parse(&stdout),
            expected,
            "CLI JSON differs from the library's"
        );
    }
}

#[test]
fn assess_accepts_an_empty_answer_set() {
    let empty = json!({"bank": "quick", "profile": profile(), "answers": {}}).to_string();
    let absent = json!({"bank": "quick", "profile": profile()}).to_string();
    for input in [empty, absent] {
        let (code, stdout, stderr) = itcq(
            &["assess", "--answers", "-", "--format", "json"],
            Some(&input),
        );
        assert_eq!(code, 0, "input {input}: stderr: {stderr}");
        let v = parse(&stdout);
        assert_eq!(
            v["completion"].as_f64(),
            Some(0.0),
            "completion for {input}"
        );
        let blocks = v["blocks"].as_array().expect("blocks array");
        assert_eq!(blocks.len(), 7);
        for b in blocks {
            assert!(
                b["score"].is_null(),
                "block {} scored {} with no answers",
                b["id"],
                b["score"]
            );
        }
    }
}

#[test]
fn assess_text_mentions_itcq_and_the_three_phases() {
    let input = quick_input();
    let (code, stdout, stderr) = itcq(&["assess", "--answers", "-"], Some(&input));
    assert_eq!(code, 0, "stderr: {stderr}");
    assert!(
        stdout.contains("ITCq"),
        "text report lacks \"ITCq\":\n{stdout}"
    );
    for phase in [
        PhaseId::QuickWins,
        PhaseId::Next90Days,
        PhaseId::Next12Months,
    ] {
        assert!(
            stdout.contains(phase.name()),
            "text report lacks phase {:?}:\n{stdout}",
            phase.name()
        );
    }
}

// ---------------------------------------------------------------------------------------
// itcq assess: rejected input (exit 2, empty stdout, message names field and accepted)
// ---------------------------------------------------------------------------------------

#[test]
fn rejects_unknown_question_id() {
    assert_rejected(
        &quick_with("nope", json!(2)),
        &["answers.nope", "quick bank", "itcq questions --bank quick"],
    );
}

#[test]
fn rejects_full_bank_id_in_quick_assessment() {
    let id = first_full_id();
    assert_rejected(
        &quick_with(id, json!(2)),
        &[&format!("answers.{id}"), "belongs to the full bank"],
    );
}

#[test]
fn rejects_quick_id_in_full_assessment() {
    assert_rejected(
        &full_with("backup_restore", json!(2)),
        &["answers.backup_restore", "belongs to the quick bank"],
    );
}

#[test]
fn rejects_level_5_on_quick_question() {
    assert_rejected(
        &quick_with("backup_restore", json!(5)),
        &["answers.backup_restore", "5 is not accepted", "0-4"],
    );
}

#[test]
fn rejects_odd_levels_on_full_question() {
    let id = first_full_id();
    for level in [3, 1] {
        assert_rejected(
            &full_with(id, json!(level)),
            &[
                &format!("answers.{id}"),
                &format!("{level} is not accepted"),
                "0 (not in place), 2 (partly), 4 (in place)",
            ],
        );
    }
}

#[test]
fn accepts_even_levels_dont_know_and_na_on_full_question() {
    let id = first_full_id();
    for answer in [
        json!(0),
        json!(2),
        json!(4),
        json!("dont_know"),
        json!("na"),
    ] {
        let input = full_with(id, answer.clone());
        let (code, _, stderr) = itcq(
            &["assess", "--answers", "-", "--format", "json"],
            Some(&input),
        );
        assert_eq!(code, 0, "answer {answer} on {id}: stderr: {stderr}");
    }
}

#[test]
fn accepts_levels_0_to_4_and_dont_know_on_quick_question() {
    for answer in [
        json!(0),
        json!(1),
        json!(2),
        json!(3),
        json!(4),
        json!("dont_know"),
    ] {
        let input = quick_with("backup_restore", answer.clone());
        let (code, _, stderr) = itcq(
            &["assess", "--answers", "-", "--format", "json"],
            Some(&input),
        );
        assert_eq!(
            code, 0,
            "answer {answer} on backup_restore: stderr: {stderr}"
        );
    }
}

#[test]
fn rejects_na_on_quick_question() {
    assert_rejected(
        &quick_with("backup_restore", json!("na")),
        &["answers.backup_restore", "\"na\" is not accepted", "0-4"],
    );
}

#[test]
fn rejects_negative_level() {
    assert_rejected(
        &quick_with("backup_restore", json!(-1)),
        &["answers.backup_restore", "-1 is not accepted", "0-4"],
    );
}

#[test]
fn rejects_fractional_level() {
    assert_rejected(
        &quick_with("backup_restore", json!(2.5)),
        &[
            "answers.backup_restore",
            "2.5 is not accepted",
            "whole numbers",
            "0-4",
        ],
    );
}

#[test]
fn rejects_unknown_answer_string() {
    assert_rejected(
        &quick_with("backup_restore", json!("maybe")),
        &[
            "answers.backup_restore",
            "\"maybe\" is not accepted",
            "dont_know",
        ],
    );
}

#[test]
fn rejects_zero_seats() {
    assert_rejected(
        &with_profile("seats", json!(0)),
        &["profile.seats", "0 is not accepted", "from 1 to 100000"],
    );
}

#[test]
fn rejects_a_million_seats() {
    assert_rejected(
        &with_profile("seats", json!(1_000_000)),
        &[
            "profile.seats",
            "1000000 is not accepted",
            "from 1 to 100000",
        ],
    );
}

#[test]
fn rejects_unknown_industry() {
    assert_rejected(
        &with_profile("industry", json!("mining")),
        &["profile.industry", "mining", "professional_services"],
    );
}

#[test]
fn rejects_unknown_goal() {
    assert_rejected(
        &with_profile("goals", json!(["continuity", "world_domination"])),
        &["profile.goals", "world_domination", "grow_revenue"],
    );
}

#[test]
fn rejects_duplicate_goal() {
    assert_rejected(
        &with_profile("goals", json!(["continuity", "scale", "continuity"])),
        &["profile.goals", "\"continuity\" is listed more than once"],
    );
}

#[test]
fn rejects_unknown_top_level_field() {
    let input = json!({
        "bank": "quick",
        "profile": profile(),
        "answers": {},
        "extra": 1
    })
    .to_string();
    assert_rejected(&input, &["extra", "bank", "profile", "answers"]);
}

#[test]
fn rejects_unknown_profile_field() {
    assert_rejected(
        &with_profile("employees", json!(45)),
        &["employees", "seats", "industry"],
    );
}

#[test]
fn rejects_unknown_bank_in_input() {
    let input = json!({"bank": "medium", "profile": profile()}).to_string();
    assert_rejected(&input, &["bank", "medium", "quick", "full"]);
}

#[test]
fn rejects_truncated_json() {
    let input = quick_with("backup_restore", json!(3));
    let truncated = &input[..input.len() / 2];
    assert_rejected(truncated, &["EOF"]);
}

#[test]
fn rejects_empty_input() {
    let stderr = assert_rejected("", &["input", "EOF"]);
    assert!(
        stderr.contains("stdin"),
        "message does not name the source:\n{stderr}"
    );
}

#[test]
fn rejects_missing_answers_file() {
    let path = std::env::temp_dir().join(format!(
        "itcq-cli-test-{}-does-not-exist.json",
        std::process::id()
    ));
    let path = path.to_str().expect("UTF-8 path");
    let (code, stdout, stderr) = itcq(&["assess", "--answers", path, "--format", "json"], None);
    assert_eq!(code, 2, "stderr: {stderr}");
    assert!(stdout.is_empty(), "stdout: {stdout}");
    assert!(
        stderr.contains(path),
        "message does not name the path:\n{stderr}"
    );
}

#[test]
fn rejects_file_errors_with_the_file_name() {
    let file = TempFile::new(&quick_with("nope", json!(2)));
    let (code, stdout, stderr) = itcq(
        &["assess", "--answers", file.path(), "--format", "json"],
        None,
    );
    assert_eq!(code, 2, "stderr: {stderr}");
    assert!(stdout.is_empty(), "stdout: {stdout}");
    assert!(
        stderr.contains(file.path()) && stderr.contains("answers.nope"),
        "message does not name the file and the field:\n{stderr}"
    );
}

#[test]
fn assess_requires_answers_argument() {
    let (code, stdout, stderr) = itcq(&["assess"], None);
    assert_eq!(code, 2, "stderr: {stderr}");
    assert!(stdout.is_empty(), "stdout: {stdout}");
    assert!(stderr.contains("--answers"), "stderr: {stderr}");
}

#[test]
fn rejects_trailing_data_after_the_document() {
    let input = format!(
        "{} trailing garbage",
        quick_with("backup_restore", json!(3))
    );
    assert_rejected(&input, &["trailing"]);
}

#[test]
fn rejects_a_question_answered_twice() {
    let input = r#"{"bank":"quick","profile":{"seats":45,"industry":"legal","it_management":"outsourced_msp"},"answers":{"backup_restore":0,"backup_restore":4}}"#;
    assert_rejected(input, &["answers", "backup_restore", "more than once"]);
}

#[test]
fn a_fractional_level_is_shown_as_given() {
    assert_rejected(
        &quick_with("backup_restore", json!(4.0)),
        &["4.0", "whole numbers"],
    );
}

#[test]
fn negative_seats_say_what_is_accepted() {
    assert_rejected(
        &with_profile("seats", json!(-3)),
        &["profile.seats", "from 1 to 100000"],
    );
    assert_rejected(
        &with_profile("seats", json!("many")),
        &["profile.seats", "from 1 to 100000"],
    );
}

#[test]
fn truncated_json_names_no_placeholder_path() {
    let stderr = assert_rejected(
        r#"{"bank":"quick","profile":{"seats":4"#,
        &["profile", "EOF"],
    );
    assert!(!stderr.contains('?'), "{stderr}");
}
