//! End-to-end tests of the `itcq` binary: output shapes, stdin and file input, result codes
//! (`assess --code`, `decode`, `batch`), and the exit code 2 with a field-naming message on
//! bad input.

use itcq::engine::date::Date;
use itcq::engine::export::{self, Scored};
use itcq::engine::i18n::{english, named};
use itcq::engine::lead::Lead;
use itcq::engine::plan::PhaseId;
use itcq::engine::{Bank, assess, code, import};
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
    &Bank::full().questions[0].id
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
            stdout.contains(named::block(english(), block.id)),
            "framework text does not mention block {} ({:?})",
            block.id,
            named::block(english(), block.id)
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
        assert_eq!(q["id"], bq.id.as_str(), "quick question order");
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
                stdout.contains(q.id.as_str()),
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
        let report =
            assess(&import::assessment(&input).expect("valid input")).expect("assessment accepted");
        let expected =
            serde_json::to_value(named::report(&report, english())).expect("report serializes");
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
            stdout.contains(named::phase(english(), phase)),
            "text report lacks phase {:?}:\n{stdout}",
            named::phase(english(), phase)
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

// ---------------------------------------------------------------------------------------
// Result codes: assess --code, decode, batch
// ---------------------------------------------------------------------------------------

/// The result code of an assessment input, as the library writes it.
fn code_of(input: &str, taken_on: Option<&str>, lead: Option<&Lead>) -> String {
    let a = import::assessment(input).expect("valid input");
    let answers = a.validate().expect("valid answers");
    let day = taken_on.map(|d| Date::parse(d).expect("a date"));
    code::encode(&a.profile, &answers, day, lead)
}

fn lead() -> Lead {
    Lead {
        name: "Ana Ñúñez".into(),
        email: "ana@example.com".into(),
        company: "Müller & Söhne GmbH".into(),
        phone: "+49 30 1234".into(),
        consent: true,
    }
}

fn read(text: &str) -> Scored {
    export::read(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// A code with one character changed in the middle.
fn damaged(code: &str) -> String {
    let mid = code.len() / 2;
    let c = if &code[mid..=mid] == "A" { "B" } else { "A" };
    format!("{}{c}{}", &code[..mid], &code[mid + 1..])
}

#[test]
fn assess_code_prints_only_the_code() {
    let input = quick_input();
    let (status, stdout, stderr) = itcq(&["assess", "--answers", "-", "--code"], Some(&input));
    assert_eq!(status, 0, "stderr: {stderr}");
    assert!(stderr.is_empty(), "stderr: {stderr}");
    let expected = code_of(&input, None, None);
    assert_eq!(stdout, format!("{expected}\n"));
    // The code reopens the same report.
    let report = assess(&import::assessment(&input).expect("valid")).expect("accepted");
    assert_eq!(read(&expected).report, report);
}

/// `--taken-on` puts the day in the code (as the browser's full assessment does); a day
/// that is not one is refused with a message naming the flag.
#[test]
fn assess_code_carries_the_day_it_is_given() {
    let input = full_input();
    let with_day = |day: &str| {
        itcq(
            &["assess", "--answers", "-", "--code", "--taken-on", day],
            Some(&input),
        )
    };
    let (status, stdout, stderr) = with_day("2026-03-09");
    assert_eq!(status, 0, "stderr: {stderr}");
    let decoded = code::decode(stdout.trim()).expect("a code");
    assert_eq!(
        decoded.taken_on.map(|d| d.to_string()).as_deref(),
        Some("2026-03-09")
    );
    assert_eq!(stdout.trim(), code_of(&input, Some("2026-03-09"), None));
    let (status, _, stderr) = with_day("2026-02-30");
    assert_eq!(status, 2);
    assert!(stderr.contains("--taken-on"), "{stderr}");
    // A day the code cannot carry is refused, not dropped.
    let (status, _, stderr) = with_day("2019-05-01");
    assert_eq!(status, 2);
    assert!(stderr.contains("use a day from 2020-01-01"), "{stderr}");
}

#[test]
fn assess_text_ends_with_the_result_code() {
    for input in [quick_input(), full_input()] {
        let (status, stdout, stderr) = itcq(&["assess", "--answers", "-"], Some(&input));
        assert_eq!(status, 0, "stderr: {stderr}");
        let line = format!("Result code: {}", code_of(&input, None, None));
        assert_eq!(stdout.lines().last(), Some(line.as_str()), "{stdout}");
    }
}

#[test]
fn assess_code_cannot_be_combined_with_a_format() {
    let (status, stdout, stderr) = itcq(
        &["assess", "--answers", "-", "--code", "--format", "json"],
        Some(&quick_input()),
    );
    assert_eq!(status, 2, "stderr: {stderr}");
    assert!(stdout.is_empty(), "stdout: {stdout}");
    assert!(
        stderr.contains("--code") && stderr.contains("--format"),
        "{stderr}"
    );
}

#[test]
fn decode_text_shows_the_report_the_day_and_the_contact() {
    let code = code_of(&quick_input(), Some("2026-11-23"), Some(&lead()));
    let (status, stdout, stderr) = itcq(&["decode", &code], None);
    assert_eq!(status, 0, "stderr: {stderr}");
    assert!(stderr.is_empty(), "stderr: {stderr}");
    let report = read(&code).report;
    assert!(stdout.starts_with("ITCq report: "), "{stdout}");
    assert!(
        stdout.contains(&format!("ITCq {:.1} / 100", report.itcq)),
        "{stdout}"
    );
    for phase in [
        PhaseId::QuickWins,
        PhaseId::Next90Days,
        PhaseId::Next12Months,
    ] {
        assert!(
            stdout.contains(named::phase(english(), phase)),
            "no {:?}:\n{stdout}",
            named::phase(english(), phase)
        );
    }
    for line in [
        "Taken on: 2026-11-23",
        "Contact",
        "  Name: Ana Ñúñez",
        "  Email: ana@example.com",
        "  Company: Müller & Söhne GmbH",
        "  Phone: +49 30 1234",
        "  Consent to be contacted: yes",
    ] {
        assert!(
            stdout.lines().any(|l| l == line),
            "no line {line:?}:\n{stdout}"
        );
    }
    assert_eq!(
        stdout.lines().last(),
        Some(format!("Result code: {code}").as_str())
    );
}

#[test]
fn decode_text_of_an_anonymous_code_has_no_contact_or_day() {
    let code = code_of(&quick_input(), None, None);
    let (status, stdout, stderr) = itcq(&["decode", &code], None);
    assert_eq!(status, 0, "stderr: {stderr}");
    assert!(!stdout.contains("Taken on:"), "{stdout}");
    assert!(!stdout.lines().any(|l| l == "Contact"), "{stdout}");
    // Same text as `assess` prints for the same answers.
    let (_, assessed, _) = itcq(&["assess", "--answers", "-"], Some(&quick_input()));
    assert_eq!(stdout, assessed);
}

#[test]
fn decode_json_of_a_link_is_the_export_document() {
    let code = code_of(&full_input(), Some("2026-11-23"), Some(&lead()));
    let link = format!("https://msp.example/check?utm=x#itcq={code}");
    let (status, stdout, stderr) = itcq(&["decode", &link, "--format", "json"], None);
    assert_eq!(status, 0, "stderr: {stderr}");
    let v = parse(&stdout);
    assert_eq!(v, parse(&export::json(&read(&code), None, english())));
    assert_eq!(v["format"], "itcq-export");
    assert_eq!(v["result_code"], code.as_str());
    assert_eq!(v["taken_on"], "2026-11-23");
    assert_eq!(v["contact"]["email"], "ana@example.com");
    let report = assess(&import::assessment(&full_input()).expect("valid")).expect("accepted");
    assert_eq!(
        v["report"],
        serde_json::to_value(named::report(&report, english())).expect("serializes")
    );
}

#[test]
fn decode_reads_stdin_and_files() {
    let code = code_of(&quick_input(), None, Some(&lead()));
    let (status, from_arg, _) = itcq(&["decode", &code], None);
    assert_eq!(status, 0);
    let (status, from_stdin, stderr) = itcq(&["decode", "-"], Some(&format!("{code}\n")));
    assert_eq!(status, 0, "stderr: {stderr}");
    assert_eq!(from_stdin, from_arg);
    let export_file = TempFile::new(&export::json(&read(&code), None, english()));
    let (status, from_file, stderr) = itcq(&["decode", export_file.path()], None);
    assert_eq!(status, 0, "stderr: {stderr}");
    assert_eq!(from_file, from_arg);
}

#[test]
fn decode_refuses_a_damaged_code_with_the_reason() {
    let code = code_of(&quick_input(), None, None);
    for bad in [
        damaged(&code),
        format!("https://msp.example/#itcq={}", damaged(&code)),
    ] {
        let (status, stdout, stderr) = itcq(&["decode", &bad], None);
        assert_eq!(status, 2, "stderr: {stderr}");
        assert!(stdout.is_empty(), "stdout: {stdout}");
        assert!(
            stderr.starts_with("itcq: ")
                && stderr.contains("damaged")
                && stderr.contains("copy it again"),
            "{stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    let (status, _, stderr) = itcq(&["decode", &format!("{code}xy")], None);
    assert_eq!(status, 2);
    assert!(stderr.contains("2 extra characters"), "{stderr}");
    let (status, _, stderr) = itcq(&["decode", "-"], Some(""));
    assert_eq!(status, 2);
    assert!(
        stderr.contains("stdin") && stderr.contains("empty"),
        "{stderr}"
    );
}

#[test]
fn decode_names_a_file_that_does_not_exist() {
    let (status, stdout, stderr) = itcq(&["decode", "results-that-do-not-exist.json"], None);
    assert_eq!(status, 2, "stderr: {stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("results-that-do-not-exist.json: no file of that name"),
        "{stderr}"
    );
}

#[test]
fn batch_prints_the_good_results_and_reports_the_bad_line() {
    let first = code_of(&quick_input(), Some("2026-11-23"), Some(&lead()));
    let second = code_of(&full_input(), None, None);
    let third = code_of(&with_profile("seats", json!(7)), None, None);
    let lines = TempFile::new(&format!(
        "https://msp.example/check#itcq={second}\r\n\n   \nnot a code\n"
    ));
    let export_file = TempFile::new(&export::json(&read(&third), None, english()));
    let (status, stdout, stderr) = itcq(&["batch", &first, lines.path(), export_file.path()], None);
    assert_eq!(status, 2, "stderr: {stderr}");
    let expected = export::csv(
        &[read(&first), read(&second), read(&third)],
        None,
        english(),
    );
    assert_eq!(stdout, expected);
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(rows.len(), 4, "header and 3 rows:\n{stdout}");
    assert_eq!(format!("{}\r\n", rows[0]), export::csv_header());
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!("itcq: {}: line 4: ", lines.path()))
            && stderr.contains("U+0020 at position 4"),
        "{stderr}"
    );
}

#[test]
fn batch_of_good_inputs_exits_0() {
    let first = code_of(&quick_input(), None, None);
    let second = code_of(&full_input(), Some("2026-11-23"), Some(&lead()));
    let base = "https://msp.example/check";
    let (status, stdout, stderr) = itcq(&["batch", &first, &second, "--link-base", base], None);
    assert_eq!(status, 0, "stderr: {stderr}");
    assert!(stderr.is_empty(), "stderr: {stderr}");
    assert_eq!(
        stdout,
        export::csv(&[read(&first), read(&second)], Some(base), english())
    );
    assert!(
        stdout.contains(&format!("{base}#itcq={second}")),
        "{stdout}"
    );

    let (status, stdout, stderr) = itcq(
        &[
            "batch",
            &first,
            &second,
            "--format",
            "json",
            "--link-base",
            base,
        ],
        None,
    );
    assert_eq!(status, 0, "stderr: {stderr}");
    let docs = parse(&stdout);
    let expected: Vec<Value> = [&first, &second]
        .iter()
        .map(|c| parse(&export::json(&read(c), Some(base), english())))
        .collect();
    assert_eq!(docs, Value::Array(expected));

    // Its own JSON output, and codes piped in, read back as the same results.
    let array = TempFile::new(&stdout);
    let (status, again, stderr) = itcq(&["batch", array.path()], None);
    assert_eq!(status, 0, "stderr: {stderr}");
    assert_eq!(
        again,
        export::csv(&[read(&first), read(&second)], None, english())
    );
    let (status, piped, stderr) = itcq(&["batch", "-"], Some(&format!("{first}\n{second}\n")));
    assert_eq!(status, 0, "stderr: {stderr}");
    assert_eq!(piped, again);
}

#[test]
fn batch_reports_every_bad_input_and_still_prints_a_sheet() {
    let code = code_of(&quick_input(), None, None);
    let empty = TempFile::new("\n\n");
    let (status, stdout, stderr) = itcq(
        &["batch", &damaged(&code), empty.path(), "missing-file.txt"],
        None,
    );
    assert_eq!(status, 2, "stderr: {stderr}");
    assert_eq!(stdout, export::csv_header());
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(lines[0].contains(&damaged(&code)[..20]) && lines[0].contains("damaged"));
    assert!(lines[1].contains(empty.path()) && lines[1].contains("empty"));
    assert!(lines[2].contains("missing-file.txt: no file of that name"));
    let (status, stdout, _) = itcq(&["batch", &damaged(&code), "--format", "json"], None);
    assert_eq!(status, 2);
    assert_eq!(parse(&stdout), json!([]));
}

#[test]
fn batch_needs_an_input_and_a_web_link_base() {
    let (status, stdout, stderr) = itcq(&["batch"], None);
    assert_eq!(status, 2, "stderr: {stderr}");
    assert!(stdout.is_empty());
    assert!(stderr.contains("<INPUT>"), "{stderr}");
    let code = code_of(&quick_input(), None, None);
    let (status, stdout, stderr) = itcq(&["batch", &code, "--link-base", "msp.example"], None);
    assert_eq!(status, 2, "stderr: {stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("--link-base") && stderr.contains("https://"),
        "{stderr}"
    );
}

#[test]
fn config_checks_a_file_and_names_each_problem() {
    let good = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/config/good.json");
    let (code, out, err) = itcq(&["config", good], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("valid (schema version 1)"), "{out}");
    let bad = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/config/bad/06-brand-values.json"
    );
    let (code, out, err) = itcq(&["config", bad], None);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("brand.color: found \"blue\"; use a hex colour"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 6, "{err}");
    let (code, _, err) = itcq(
        &["config", "-"],
        Some("{\"itcq_config\": 1, \"lang\": \"fr\"}"),
    );
    assert_eq!(code, 2);
    assert!(err.contains("stdin") || err.contains("-: lang"), "{err}");
    let (_, help, _) = itcq(&["config", "--help"], None);
    assert!(help.contains("Check an MSP configuration file"), "{help}");
}

/// A configuration with one question of the MSP's own, and a result code made with it
/// (every answer at level 4, the own one at 0).
fn own_question_code() -> (TempFile, String) {
    let file = r#"{"itcq_config": 1, "assessment": {"extra": [{"id": "own_portal", "area": "clear.tools",
        "weight": 5, "text": "Can staff see their requests?", "options": ["No", "Ask", "Mail", "Portal", "Portal, timed"]}]}}"#;
    let (custom, issues) = itcq::engine::custom::read_json(file);
    assert!(issues.is_empty(), "{issues:?}");
    let mut answers = itcq::engine::Answers::empty(custom.bank.clone());
    for i in 0..custom.bank.questions.len() {
        let level = if i < custom.bank.base_len() { 4 } else { 0 };
        answers.answer(i, itcq::engine::Answer::Level(level));
    }
    let profile = itcq::engine::Profile {
        company: None,
        seats: 45,
        industry: itcq::engine::profile::Industry::ALL[0],
        it_management: itcq::engine::profile::ItManagement::ALL[0],
        goals: Vec::new(),
    };
    (
        TempFile::new(file),
        code::encode(&profile, &answers, None, None),
    )
}

#[test]
fn decode_opens_a_result_with_the_msp_s_own_questions_only_with_their_file() {
    let (file, code) = own_question_code();
    let (status, _, stderr) = itcq(&["decode", &code], None);
    assert_eq!(status, 2);
    assert!(stderr.contains("1 question the MSP added"), "{stderr}");
    assert!(stderr.contains("configuration file"), "{stderr}");
    let (status, stdout, stderr) = itcq(
        &["decode", &code, "--config", file.path(), "--format", "json"],
        None,
    );
    assert_eq!(status, 0, "{stderr}");
    let doc = parse(&stdout);
    assert_eq!(doc["result_code"], code.as_str());
    let areas: Vec<&str> = doc["report"]["plan"]["phases"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["actions"].as_array().unwrap())
        .map(|a| a["area"].as_str().unwrap())
        .collect();
    // Clear is above the recommendation with every other answer in place, so the own
    // question's area is the one action, listed beyond the target.
    assert!(areas.is_empty(), "{areas:?}");
    let beyond: Vec<&str> = doc["report"]["plan"]["beyond_target"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["area"].as_str().unwrap())
        .collect();
    assert_eq!(
        beyond,
        ["clear.tools"],
        "the own question's area is the one gap"
    );
    let (status, stdout, _) = itcq(&["config", file.path()], None);
    assert_eq!(status, 0);
    assert!(stdout.contains("1 own questions"), "{stdout}");
    // A refused file says so, and names its problem.
    let bad = TempFile::new(r#"{"itcq_config": 1, "assessment": {"extra": [{"id": "x"}]}}"#);
    let (status, _, stderr) = itcq(&["decode", &code, "--config", bad.path()], None);
    assert_eq!(status, 2);
    assert!(stderr.contains("is not applied"), "{stderr}");
    assert!(stderr.contains("assessment.extra[0].id"), "{stderr}");
}

/// The briefing of a 45-seat accounting firm with an outside provider: the prospect's own
/// answers quoted in its weakest areas, the second-opinion angle, the industry's question,
/// and what insurers ask; as Markdown for a CRM and as JSON.
#[test]
fn briefing_quotes_the_prospect_s_answers_and_fits_who_runs_it() {
    let input = json!({
        "bank": "quick",
        "profile": {"company": "Miller & Ortiz CPAs", "seats": 45, "industry": "accounting",
            "it_management": "outsourced_msp", "goals": ["continuity", "compliance"]},
        "answers": {"backup_restore": 2, "incident_response": 0, "mfa": 1, "it_audits": 0,
            "it_targets": 1, "vendor_management": "dont_know", "service_expectations": 0}
    })
    .to_string();
    let (status, code, stderr) = itcq(&["assess", "--answers", "-", "--code"], Some(&input));
    assert_eq!(status, 0, "{stderr}");
    let code = code.trim().to_string();
    let (status, md, stderr) = itcq(&["briefing", &code], None);
    assert_eq!(status, 0, "{stderr}");
    let en = itcq::engine::i18n::english();
    // The weakest Continuous answer, quoted as the prospect chose it.
    assert!(
        md.contains(&format!(
            "**You told us:** “{}”",
            en.get("quick.incident_response.o0")
        )),
        "{md}"
    );
    // The same note as plain text, for CRMs that show text as typed.
    let (status, text, _) = itcq(&["briefing", &code, "--format", "text"], None);
    assert_eq!(status, 0);
    assert!(
        text.contains(&format!(
            "You told us: “{}”",
            en.get("quick.incident_response.o0")
        )),
        "{text}"
    );
    assert!(!text.contains("**") && !text.contains("\n#"), "{text}");
    assert!(
        text.contains("7 of 35 questions answered, 1 of them \"Don't know\""),
        "{text}"
    );
    assert!(md.contains(en.get("angle.outsourced_msp.opener")), "{md}");
    assert!(md.contains(en.get("angle.industry.accounting")), "{md}");
    assert!(md.contains("CIS 17.1"), "insurers' questions named: {md}");
    assert!(md.contains(en.get("brief.md_no_contact")), "{md}");
    assert!(md.contains("the 7C framework recommends"), "{md}");
    let (status, json, _) = itcq(&["briefing", &code, "--format", "json"], None);
    assert_eq!(status, 0);
    let b = parse(&json);
    let weakest = b["weakest"].as_array().unwrap();
    assert!(!weakest.is_empty());
    for w in weakest {
        for q in w["quotes"].as_array().unwrap() {
            assert!(!q["answer"].as_str().unwrap().is_empty());
        }
    }
    assert_eq!(
        b["first_project"]["angle"].as_str(),
        Some(en.get("angle.outsourced_msp.project"))
    );
    // Every opener is asked as a question.
    for w in weakest {
        for o in w["openers"].as_array().unwrap() {
            assert!(o.as_str().unwrap().ends_with('?'), "{o}");
        }
    }
    let (status, _, stderr) = itcq(&["briefing", "not-a-code"], None);
    assert_eq!(status, 2);
    assert!(!stderr.is_empty());
}
