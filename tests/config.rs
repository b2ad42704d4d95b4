//! The MSP's configuration file: a corpus of wrong files, each with the exact messages it
//! must produce, a complete valid file and what each of its settings changes.

mod common;

use common::profile;
use itcq::engine::Tuning;
use itcq::engine::bank::Bank;
use itcq::engine::config::WidgetConfig;
use itcq::engine::custom::{self, Custom, Font, Node};
use itcq::engine::framework::BlockId;
use itcq::engine::i18n::{Lang, english};
use itcq::engine::lead::{Lead, LeadError, LeadField};
use itcq::engine::{Answer, Answers, assess_answers, assess_tuned};
use itcq::journey::{Action, State, Step};
use std::collections::BTreeMap;
use std::path::Path;
use std::rc::Rc;

fn read(path: &Path) -> (Custom, Vec<String>) {
    let text = std::fs::read_to_string(path).unwrap();
    let (custom, issues) = custom::read_json(&text);
    let mut lines: Vec<String> = issues.iter().map(ToString::to_string).collect();
    lines.sort();
    (custom, lines)
}

/// Every file in `tests/config/bad/` gives exactly the messages in its `.txt` twin: each
/// names the JSON path, what was found and what is accepted.
#[test]
fn every_wrong_file_gets_its_messages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/config/bad");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 18, "the corpus has {} files", files.len());
    for path in files {
        let (_, got) = read(&path);
        let expected: Vec<String> = std::fs::read_to_string(path.with_extension("txt"))
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        assert!(!got.is_empty(), "{}: no problem found", path.display());
        assert_eq!(got, expected, "{}", path.display());
    }
}

#[test]
fn messages_name_path_found_and_accepted() {
    let (_, issues) = custom::read_json(r##"{"itcq_config": 1, "brand": {"color": "blue"}}"##);
    assert_eq!(issues.len(), 1);
    let i = &issues[0];
    assert_eq!(i.path, "brand.color");
    assert_eq!(i.found, "\"blue\"");
    assert!(i.accepted.contains("#00aa55"));
}

fn good() -> Custom {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/config/good.json");
    let (custom, issues) = read(&path);
    assert_eq!(issues, Vec::<String>::new());
    custom
}

#[test]
fn the_example_files_are_valid() {
    good();
    let file = "www/itcq-config.example.json";
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    let (custom, issues) = custom::read_json(&text);
    assert!(issues.is_empty(), "{file}: {issues:?}");
    assert!(custom.warnings.is_empty(), "{file}: {:?}", custom.warnings);
}

/// Fields that are valid but cannot take effect are named, without making the file
/// invalid: what only the lead form shows while it is off, the texts of another language
/// than the one the widget always speaks, and a text given by language that lacks one the
/// widget speaks (an own service's price shows in English instead; a built-in text, as
/// ITCq wrote it).
#[test]
fn fields_that_cannot_take_effect_are_named_and_the_file_stays_valid() {
    let warnings = |text: &str| {
        let (c, issues) = custom::read_json(text);
        assert!(issues.is_empty(), "{issues:?}");
        c.warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>()
    };
    let off = warnings(
        r#"{"itcq_config": 1, "brand": {"thanks": "Thanks!"}, "lead": {"position": "off", "required": ["email"]}}"#,
    );
    assert_eq!(off.len(), 2, "{off:?}");
    assert!(
        off[0].starts_with("brand.thanks: the lead form is off"),
        "{off:?}"
    );
    assert!(
        off[1].starts_with("lead.required: the lead form is off"),
        "{off:?}"
    );
    assert!(
        warnings(
            r#"{"itcq_config": 1, "brand": {"thanks": "Thanks!"}, "lead": {"position": "after"}}"#
        )
        .is_empty()
    );

    let price = warnings(
        r#"{"itcq_config": 1, "catalogue": {"continuous.backup": {"name": "Backup Care", "price": {"en": "From $990", "es": "Desde 990 $"}}}}"#,
    );
    assert_eq!(
        price,
        [
            r#"catalogue["continuous.backup"].price: no German text ("de"): German-speaking visitors see the English text"#
        ]
    );
    let welcome =
        warnings(r#"{"itcq_config": 1, "brand": {"welcome": {"en": "Hi", "de": "Hallo"}}}"#);
    assert_eq!(
        welcome,
        [
            r#"brand.welcome: no Spanish text ("es"): Spanish-speaking visitors see ITCq's own Spanish text"#
        ]
    );
    // One language for every visitor: only its text counts, other languages' texts never show.
    let fixed = warnings(
        r#"{"itcq_config": 1, "lang": "de", "brand": {"welcome": {"en": "Hi"}}, "texts": {"en": {"ui.welcome.title": "Hello"}}}"#,
    );
    assert_eq!(fixed.len(), 2, "{fixed:?}");
    assert!(
        fixed
            .iter()
            .any(|w| w.starts_with("texts.en: the widget always speaks German")),
        "{fixed:?}"
    );
    assert!(
        fixed
            .iter()
            .any(|w| w.starts_with(r#"brand.welcome: no German text ("de")"#)),
        "{fixed:?}"
    );
    // A plain text is the same in every language, by choice.
    assert!(warnings(r#"{"itcq_config": 1, "brand": {"welcome": "Hi"}}"#).is_empty());
}

#[test]
fn branding_and_lead_settings_feed_the_widget_settings_and_attributes_win() {
    let c = good();
    let attrs = vec![("brandColor".to_string(), "#aa0000".to_string())];
    let (config, problems) = WidgetConfig::with_file(&attrs, c);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(config.msp_name.as_deref(), Some("Northwind IT"));
    assert_eq!(config.logo_url.as_deref(), Some("/logo.svg"));
    assert_eq!(config.brand_color.to_string(), "#aa0000", "attribute wins");
    assert_eq!(
        config.cta_url.as_deref(),
        Some("https://northwind.example/book")
    );
    assert_eq!(config.lang, Some(Lang::De));
    assert_eq!(config.custom.font, Font::Inherit);
    assert_eq!(
        config.lead_position,
        itcq::engine::config::LeadPosition::After
    );
    let t = english();
    assert_eq!(config.cta_label(t), t.get("ui.cta.button"));
}

#[test]
fn texts_follow_the_language_and_a_plain_string_applies_to_all() {
    let c = good();
    let of = |lang| -> BTreeMap<String, String> {
        c.texts_for(lang)
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let (en, de, es) = (of(Lang::En), of(Lang::De), of(Lang::Es));
    assert_eq!(
        de["quick.backup_restore.text"],
        "Wann haben Sie zuletzt eine Datei aus der Sicherung wiederhergestellt?"
    );
    assert_eq!(
        en["quick.backup_restore.text"],
        "When did you last restore a file from backup?"
    );
    assert!(!es.contains_key("quick.backup_restore.text"));
    assert_eq!(es["ui.welcome.title"], "¿Qué tan competitiva es su TI?");
    assert!(!en.contains_key("ui.welcome.title"));
    for texts in [&en, &de, &es] {
        assert_eq!(texts["ui.results.thanks"], "Thank you!");
        assert_eq!(
            texts["offer.continuous.backup.name"],
            "Northwind SafeBackup"
        );
    }
    // The service's pitch was written in English and German: a Spanish prospect sees
    // the first one given rather than nothing.
    assert_eq!(
        es["offer.continuous.backup.pitch"],
        en["offer.continuous.backup.pitch"]
    );
    assert_ne!(
        de["offer.continuous.backup.pitch"],
        en["offer.continuous.backup.pitch"]
    );
    assert_eq!(
        c.offer("continuous.backup"),
        Some(Some("https://northwind.example/safebackup"))
    );
    assert_eq!(c.offer("continuous.drp"), None);
}

#[test]
fn targets_and_weights_change_the_report() {
    let c = good();
    let p = profile(); // 45 seats, continuity goal: Continuous +10
    let answers = {
        let mut a = Answers::empty(Bank::quick());
        for i in 0..Bank::quick().questions.len() {
            a.answer(i, Answer::Level((i % 5) as u8));
        }
        a
    };
    let plain = assess_answers(&p, &answers);
    let tuned = assess_tuned(&p, &answers, &c.tuning);
    let target = |r: &itcq::engine::Report, b: BlockId| r.blocks[b.index()].target;
    assert_eq!(target(&plain, BlockId::Continuous), 80.0);
    assert_eq!(
        target(&tuned, BlockId::Continuous),
        90.0,
        "80 from the file + 10"
    );
    assert_eq!(target(&tuned, BlockId::Clear), 55.0);
    assert_eq!(
        target(&tuned, BlockId::Competent),
        target(&plain, BlockId::Competent)
    );
    // backup_restore (answered 0) now weighs 5 instead of its bank weight: the
    // Continuous block changes, other blocks do not.
    let id = "backup_restore".to_string();
    assert_eq!(c.tuning.weights, vec![(id.clone(), 5)]);
    let block = |r: &itcq::engine::Report, b: BlockId| r.blocks[b.index()].score;
    assert_eq!(block(&tuned, BlockId::Clear), block(&plain, BlockId::Clear));
    let default = Tuning::default();
    assert_eq!(
        assess_tuned(&p, &answers, &default),
        plain,
        "no configuration, no change"
    );
    let heavier = Tuning {
        weights: vec![(id, 1)],
        targets: Vec::new(),
    };
    assert_ne!(
        block(&assess_tuned(&p, &answers, &heavier), BlockId::Continuous),
        block(&plain, BlockId::Continuous)
    );
}

#[test]
fn hidden_questions_are_skipped_forward_and_back_and_counted_out() {
    let mut c = Custom::default();
    let first = 0;
    let last = Bank::quick().questions.len() - 1;
    let id = |i: usize| Bank::quick().questions[i].id.clone();
    c.hidden = vec![id(first), id(2), id(last)];
    let (config, _) = WidgetConfig::with_file(&[], c);
    let mut s = State::new(Rc::new(config), None, None);
    // A company asked every question: 45 seats, an IT administrator of its own.
    s = common::through_profile(s);
    assert_eq!(s.step, Step::Question(1), "the first question is hidden");
    assert_eq!(s.asked(), Bank::quick().questions.len() - 3);
    assert_eq!(s.asked_number(1), 1);
    s = s
        .apply(Action::Choose(Answer::Level(2)))
        .apply(Action::Next);
    assert_eq!(s.step, Step::Question(3), "question 3 is hidden");
    assert_eq!(s.asked_number(3), 2);
    s = s.apply(Action::Back);
    assert_eq!(s.step, Step::Question(1));
    s = s.apply(Action::Back);
    assert_eq!(s.step, Step::Profile);
    s.step = Step::Question(last - 1);
    assert!(s.is_last_asked(last - 1));
    s = s
        .apply(Action::Choose(Answer::Level(1)))
        .apply(Action::Next);
    assert_eq!(s.step, Step::Lead);
    s = s.apply(Action::Back);
    assert_eq!(s.step, Step::Question(last - 1));
}

#[test]
fn required_lead_fields_follow_the_file() {
    let c = good(); // email, name, phone
    let lead = Lead {
        name: "Ana".into(),
        email: "ana@example.com".into(),
        consent: true,
        ..Lead::default()
    };
    assert_eq!(
        lead.validate(),
        vec![LeadError::Required(LeadField::Company)]
    );
    assert_eq!(
        lead.validate_with(&c.required),
        vec![LeadError::Required(LeadField::Phone)]
    );
}

#[test]
fn a_file_that_is_not_strict_says_so() {
    let (c, issues) = custom::read_json(
        r##"{"itcq_config": 1, "strict": false, "brand": {"color": "x", "name": "Acme"}}"##,
    );
    assert!(!c.strict);
    assert_eq!(issues.len(), 1);
    assert_eq!(c.settings, vec![("mspName", "Acme".to_string())]);
}

/// The widget has no list of every key and checks their shape instead: no real key may
/// fail that check.
#[test]
fn every_text_key_has_the_shape_the_widget_accepts() {
    for (key, _) in english().entries() {
        assert!(custom::key_shape(key), "{key}");
    }
    for bad in ["<script>", "ui", "ui..x", "nope.title", "ui.welcome title"] {
        assert!(!custom::key_shape(bad), "{bad}");
    }
}

#[test]
fn a_browser_tree_and_a_parsed_file_read_the_same() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/config/good.json"),
    )
    .unwrap();
    let node = Node::parse_json(&text).unwrap();
    let (a, _) = custom::read(&node, &custom::key_shape);
    // What the widget applies is the same; only the check names what cannot take effect.
    let checked = good();
    assert!(
        !checked.warnings.is_empty(),
        "good.json has Spanish texts under lang \"de\""
    );
    assert_eq!(
        a,
        Custom {
            warnings: Vec::new(),
            ..checked
        }
    );
}

#[test]
fn the_printed_report_uses_the_weights_targets_and_services_of_the_file() {
    use itcq::engine::code::{self, Decoded};
    use itcq::engine::export::{self, Scored};
    let mut file: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/config/good.json"),
        )
        .unwrap(),
    )
    .unwrap();
    file["catalogue"]["continuous.backup"]["name"] = "Safe<script>alert(1)</script>".into();
    let (c, issues) = custom::read_json(&file.to_string());
    assert!(issues.is_empty(), "{issues:?}");
    let (config, _) = WidgetConfig::with_file(&[], c);
    let mut t = english().clone();
    t.overlay(config.custom.texts_for(Lang::En));
    let mut answers = Answers::empty(Bank::quick());
    for i in 0..Bank::quick().questions.len() {
        answers.answer(i, Answer::Level(0));
    }
    let code = code::encode(&profile(), &answers, None, None);
    let scored = export::read_tuned(&code, &config.custom.bank, &config.custom.tuning).unwrap();
    let plain = Scored::new(Decoded {
        profile: profile(),
        answers,
        taken_on: None,
        lead: None,
    });
    assert_eq!(scored.report.blocks[0].target, 90.0);
    assert_eq!(plain.report.blocks[0].target, 80.0);
    let html = export::report_html(&scored, &config.brand(), None, &t);
    assert!(
        html.contains("Offered by Northwind IT"),
        "the plan names the MSP's offer"
    );
    assert!(html.contains("Safe&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>"));
    assert!(html.contains("https://northwind.example/safebackup"));
    assert!(
        html.contains("Book your IT review"),
        "the CTA label in the prospect's language"
    );
}

#[test]
fn resuming_at_a_question_hidden_since_goes_to_the_next_one_asked() {
    let (plain, _) = WidgetConfig::with_file(&[], Custom::default());
    let mut s = State::new(Rc::new(plain), None, None);
    s.step = Step::Question(4);
    let saved = s.snapshot().unwrap();
    let c = Custom {
        hidden: [4, 5]
            .map(|i| Bank::quick().questions[i].id.clone())
            .to_vec(),
        ..Custom::default()
    };
    let (config, _) = WidgetConfig::with_file(&[], c);
    let r = State::new(Rc::new(config), Some(saved), None).apply(Action::Resume);
    assert_eq!(r.step, Step::Question(6));
}

#[test]
fn review_edge_cases() {
    // Weights are for the quick bank: a full-bank result keeps the framework's weights.
    let full = Bank::full();
    let mut a = Answers::empty(full);
    for i in 0..full.questions.len() {
        a.answer(i, Answer::Level((i % 5) as u8));
    }
    let heavy = Tuning {
        weights: Bank::quick()
            .questions
            .iter()
            .map(|q| (q.id.to_string(), 5))
            .collect(),
        targets: Vec::new(),
    };
    assert_eq!(
        assess_tuned(&profile(), &a, &heavy).itcq,
        assess_answers(&profile(), &a).itcq
    );
    // Hiding every question is refused even when the file is not strict.
    let all: serde_json::Map<String, serde_json::Value> = Bank::quick()
        .questions
        .iter()
        .map(|q| (q.id.to_string(), serde_json::json!({"hide": true})))
        .collect();
    let file =
        serde_json::json!({"itcq_config": 1, "strict": false, "assessment": {"questions": all}});
    let (c, issues) = custom::read_json(&file.to_string());
    assert_eq!(issues.len(), 1);
    assert!(c.hidden.is_empty());
    // An offer without a readable name is not shown.
    let (c, issues) = custom::read_json(
        r#"{"itcq_config": 1, "strict": false, "catalogue": {"continuous.drp": {"name": 5, "url": "https://x.example"}, "clear.tools": "Tools"}}"#,
    );
    assert_eq!(issues.len(), 2, "{issues:?}");
    assert_eq!(c.offer("continuous.drp"), None);
    // Paths quote keys that are not plain names.
    let (_, issues) = custom::read_json(r#"{"itcq_config": 1, "texts": {"de": {"a\"b": "x"}}}"#);
    assert_eq!(issues[0].path, r#"texts.de["a\"b"]"#);
}
