//! Every language is complete: the same keys as English, no empty text, the same
//! placeholders. `www/lang/en.json` is generated from the engine's English
//! (`ITCQ_WRITE_TEXTS=1 cargo test --test i18n` rewrites it).

use itcq::engine::i18n::{self, Lang, Texts, placeholders};
use std::path::PathBuf;

fn path(lang: Lang) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("www/lang/{}.json", lang.code()))
}

fn load(lang: Lang) -> Texts {
    let p = path(lang);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let t = i18n::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    assert_eq!(t.lang(), lang, "{} declares another language", p.display());
    t
}

#[test]
fn english_file_is_generated_from_the_engine() {
    let want = i18n::write_file(i18n::english());
    if std::env::var_os("ITCQ_WRITE_TEXTS").is_some() {
        std::fs::write(path(Lang::En), &want).unwrap();
    }
    let have = std::fs::read_to_string(path(Lang::En)).unwrap_or_default();
    assert!(
        have == want,
        "www/lang/en.json is out of date: run ITCQ_WRITE_TEXTS=1 cargo test --test i18n"
    );
}

#[test]
fn english_has_no_empty_text() {
    for (k, v) in i18n::english().entries() {
        assert!(!v.trim().is_empty(), "English text {k} is empty");
    }
}

#[test]
fn every_language_has_every_key_with_the_same_placeholders() {
    let en = i18n::english();
    for lang in [Lang::De, Lang::Es] {
        let t = load(lang);
        let mut problems = Vec::new();
        for (key, text) in en.entries() {
            match t.try_get(key) {
                None => problems.push(format!("{key}: missing")),
                Some(v) if v.trim().is_empty() => problems.push(format!("{key}: empty")),
                Some(v) if placeholders(v) != placeholders(text) => problems.push(format!(
                    "{key}: placeholders {:?}, English has {:?}",
                    placeholders(v),
                    placeholders(text)
                )),
                Some(_) => {}
            }
        }
        for (key, _) in t.entries() {
            if en.try_get(key).is_none() {
                problems.push(format!("{key}: not an English key (stale?)"));
            }
        }
        assert!(
            problems.is_empty(),
            "www/lang/{}.json has {} problems:\n{}",
            lang.code(),
            problems.len(),
            problems.join("\n")
        );
    }
}
