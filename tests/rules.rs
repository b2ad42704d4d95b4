//! The pages' copies of the engine's rules are generated from it (`itcq::rules`):
//! `www/rules.js` and the marked block of `www/embed.js`. `ITCQ_WRITE_RULES=1 cargo test
//! --test rules` rewrites both; `tests/node/rules.test.mjs` checks no page states a rule
//! of its own.

use std::path::Path;

fn check(file: &str, want: String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    if std::env::var_os("ITCQ_WRITE_RULES").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{file} is out of date: run ITCQ_WRITE_RULES=1 cargo test --test rules"
    );
}

#[test]
fn the_pages_rules_module_is_the_engine_s() {
    check("www/rules.js", itcq::rules::module());
}

#[test]
fn the_loader_s_rules_are_the_engine_s() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/embed.js");
    let embed = std::fs::read_to_string(path).unwrap();
    let want = itcq::rules::with_loader_block(&embed)
        .expect("www/embed.js has the generated block's marks");
    check("www/embed.js", want);
}

#[test]
fn the_rules_say_what_the_engine_does() {
    let rules = itcq::rules::page_rules();
    assert_eq!(rules["langs"][1]["code"], "de");
    assert_eq!(rules["maxConfigBytes"], 256 * 1024);
    assert_eq!(
        rules["leadRequired"],
        serde_json::json!(["name", "email", "company"])
    );
    assert_eq!(rules["weights"]["high"], 5);
    assert_eq!(rules["segments"][0], "1-19");
}
