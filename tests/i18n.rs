//! Every language is complete: the same keys as English, no empty text, the same
//! placeholders, each key in the right file (see `i18n::Part`: `www/lang/<code>.json`,
//! `<code>.more.json`, `<code>.rep.json`). The English files are generated from the engine
//! (`ITCQ_WRITE_TEXTS=1 cargo test --test i18n` rewrites them).

use itcq::engine::i18n::{self, Lang, Part, Texts, placeholders};
use std::path::PathBuf;

fn path(lang: Lang, part: Part) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("www/lang")
        .join(part.file_name(lang))
}

fn load(lang: Lang, part: Part) -> Texts {
    let p = path(lang, part);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let t = i18n::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    assert_eq!(t.lang(), lang, "{} declares another language", p.display());
    for (k, _) in t.entries() {
        assert_eq!(
            Part::of(k),
            part,
            "{k} is in the wrong file, {}",
            p.display()
        );
    }
    t
}

/// With `ITCQ_WRITE_TEXTS` set, a translation's texts are re-sorted into the files their
/// keys belong in (after keys moved between parts).
fn resplit(lang: Lang) {
    let mut all = Texts::new(lang, Vec::<(String, String)>::new());
    for part in Part::ALL {
        if let Ok(text) = std::fs::read_to_string(path(lang, part)) {
            let t = i18n::parse_file(&text).unwrap();
            all.overlay(t.entries().map(|(k, v)| (k.to_string(), v.to_string())));
        }
    }
    for part in Part::ALL {
        std::fs::write(path(lang, part), i18n::write_file(&i18n::part(&all, part))).unwrap();
    }
}

#[test]
fn english_files_are_generated_from_the_engine() {
    if std::env::var_os("ITCQ_WRITE_TEXTS").is_some() {
        resplit(Lang::De);
        resplit(Lang::Es);
    }
    for part in Part::ALL {
        let want = i18n::write_file(&i18n::part(i18n::english(), part));
        if std::env::var_os("ITCQ_WRITE_TEXTS").is_some() {
            std::fs::write(path(Lang::En, part), &want).unwrap();
        }
        let have = std::fs::read_to_string(path(Lang::En, part)).unwrap_or_default();
        assert!(
            have == want,
            "{} is out of date: run ITCQ_WRITE_TEXTS=1 cargo test --test i18n",
            path(Lang::En, part).display()
        );
    }
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
        let mut t = load(lang, Part::Start);
        for part in [Part::More, Part::Rep] {
            t.overlay(
                load(lang, part)
                    .entries()
                    .map(|(k, v)| (k.to_string(), v.to_string())),
            );
        }
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
            "www/lang/{}*.json has {} problems:\n{}",
            lang.code(),
            problems.len(),
            problems.join("\n")
        );
    }
}

#[test]
fn a_translation_differs_from_english() {
    // Catches a file copied from English and never translated.
    let en = i18n::english();
    for lang in [Lang::De, Lang::Es] {
        let t = load(lang, Part::More);
        let same = t
            .entries()
            .filter(|(k, v)| en.try_get(k) == Some(*v) && v.len() > 20)
            .count();
        assert!(
            same < 5,
            "{}: {same} long texts are still English",
            lang.code()
        );
    }
}

/// The time shown on the welcome screen follows each language's words.
#[test]
fn the_reading_time_counts_each_language_s_words() {
    use itcq::engine::Bank;
    use itcq::engine::i18n::reading::{QUICK_WORDS, count_words};
    for (lang, words) in QUICK_WORDS {
        let mut t = load(lang, Part::Start);
        if lang == Lang::En {
            t = i18n::english().clone();
        } else {
            for part in [Part::More, Part::Rep] {
                t.overlay(
                    load(lang, part)
                        .entries()
                        .map(|(k, v)| (k.to_string(), v.to_string())),
                );
            }
        }
        let counted = count_words(&t, Bank::quick());
        assert_eq!(
            counted,
            words,
            "{}: the quick bank has {counted} words; set reading::QUICK_WORDS",
            lang.code()
        );
    }
}
