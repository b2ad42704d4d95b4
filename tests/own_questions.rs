//! The MSP's own questions (`assessment.extra` in the configuration file): read into the
//! bank after its own questions, asked within their block, counted in their block's score
//! and their area's actions, carried by result codes (format 2) and by saved progress.

mod common;

use common::profile;
use itcq::engine::bank::{Bank, BankRef};
use itcq::engine::code::{self, CodeError};
use itcq::engine::config::WidgetConfig;
use itcq::engine::custom::{self, Custom};
use itcq::engine::framework::BlockId;
use itcq::engine::i18n::{Lang, english};
use itcq::engine::{Answer, Answers, Report, assess_tuned};
use itcq::engine::{briefing, export};
use itcq::journey::{Action, Snapshot, State, Step};
use std::rc::Rc;

/// Two questions of the MSP's own: one in a Clear area (texts in English and German,
/// weight 5), one in a Continuous area (one text for every language, no help).
const FILE: &str = r#"{
  "itcq_config": 1,
  "assessment": {
    "extra": [
      {
        "id": "ticket_portal",
        "area": "clear.tools",
        "weight": 5,
        "text": {"en": "Can your staff see the status of their IT requests?", "de": "Sehen Ihre Leute, wie weit ihre IT-Anfragen sind?"},
        "help": {"en": "A portal or regular updates both count."},
        "options": [
          {"en": "No, requests go by phone", "de": "Nein, alles per Telefon"},
          "By asking around",
          "By e-mail updates",
          "In a portal",
          "In a portal, with agreed response times"
        ]
      },
      {
        "id": "offsite_copy",
        "area": "continuous.backup",
        "text": "Is a copy of your data kept outside the office?",
        "options": ["No", "Sometimes", "Weekly", "Daily", "Daily, and tested"]
      }
    ]
  }
}"#;

fn custom(text: &str) -> Custom {
    let (c, issues) = custom::read_json(text);
    assert!(issues.is_empty(), "{issues:?}");
    c
}

/// Every question answered `level`, the MSP's own ones `own`.
fn answers(bank: &BankRef, level: u8, own: u8) -> Answers {
    let mut a = Answers::empty(bank.clone());
    for i in 0..bank.questions.len() {
        let l = if i < bank.base_len() { level } else { own };
        assert!(a.answer(i, Answer::Level(l)));
    }
    a
}

fn report(c: &Custom, a: &Answers) -> Report {
    assess_tuned(&profile(), a, &c.tuning)
}

#[test]
fn own_questions_follow_the_bank_s_own_with_their_block_area_and_weight() {
    let c = custom(FILE);
    let base = Bank::quick().questions.len();
    let bank = &c.bank;
    assert_eq!(bank.questions.len(), base + 2);
    assert_eq!((bank.extras, bank.base_len()), (2, base));
    let q = &bank.questions[base];
    assert_eq!(
        (q.id.as_str(), q.block, q.areas.clone()),
        ("ticket_portal", BlockId::Clear, vec!["clear.tools"])
    );
    let q = &bank.questions[base + 1];
    assert_eq!(
        (q.id.as_str(), q.block, q.areas.clone()),
        (
            "offsite_copy",
            BlockId::Continuous,
            vec!["continuous.backup"]
        )
    );
    assert_eq!(
        c.tuning.weights,
        vec![("ticket_portal".to_string(), 5)],
        "the weight given, by question ID"
    );
    assert_eq!(
        bank.questions[..base]
            .iter()
            .map(|q| q.id.as_str())
            .collect::<Vec<_>>(),
        Bank::quick()
            .questions
            .iter()
            .map(|q| q.id.as_str())
            .collect::<Vec<_>>(),
        "the bank's own questions keep their places"
    );
    assert_ne!(bank.extras_fingerprint(), 0);
    assert_eq!(Custom::default().bank.extras, 0);
}

#[test]
fn own_question_texts_apply_in_every_language() {
    let c = custom(FILE);
    // The file's overrides for a language, later ones winning, as they are laid over the
    // language's texts.
    let text = |lang: Lang, key: &str| {
        c.texts_for(lang)
            .into_iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.to_string())
    };
    assert_eq!(
        text(Lang::De, "quick.ticket_portal.text").as_deref(),
        Some("Sehen Ihre Leute, wie weit ihre IT-Anfragen sind?")
    );
    assert_eq!(
        text(Lang::Es, "quick.ticket_portal.text").as_deref(),
        Some("Can your staff see the status of their IT requests?"),
        "a language not given falls back to English"
    );
    assert_eq!(
        text(Lang::De, "quick.ticket_portal.o0").as_deref(),
        Some("Nein, alles per Telefon")
    );
    assert_eq!(
        text(Lang::Es, "quick.ticket_portal.o4").as_deref(),
        Some("In a portal, with agreed response times")
    );
    assert_eq!(
        text(Lang::De, "quick.ticket_portal.help").as_deref(),
        Some("A portal or regular updates both count.")
    );
    assert_eq!(
        text(Lang::En, "quick.offsite_copy.help"),
        None,
        "no help given"
    );
}

#[test]
fn an_own_question_counts_in_its_block_and_its_area_s_actions() {
    let c = custom(FILE);
    let clear = BlockId::Clear.index();
    let good = report(&c, &answers(&c.bank, 4, 4));
    let weak = report(&c, &answers(&c.bank, 4, 0));
    let score = |r: &Report| r.blocks[clear].score.unwrap();
    assert_eq!(score(&good), 100.0);
    assert!(score(&weak) < 100.0, "{}", score(&weak));
    assert!(weak.itcq < good.itcq);
    // In the plan, or beyond the recommendation when Clear reaches it without.
    let actions = |r: &Report| -> Vec<&str> {
        r.plan
            .phases
            .iter()
            .flat_map(|p| p.actions.iter().map(|a| a.area))
            .chain(r.plan.beyond_target.iter().map(|a| a.area))
            .collect()
    };
    assert!(
        actions(&weak).contains(&"clear.tools"),
        "{:?}",
        actions(&weak)
    );
    assert!(!actions(&good).contains(&"clear.tools"));
    // The weight from the file counts: weight 1 pulls the block down less.
    let light = custom(&FILE.replace("\"weight\": 5", "\"weight\": 1"));
    let lighter = report(&light, &answers(&light.bank, 4, 0));
    assert!(score(&lighter) > score(&weak));
}

#[test]
fn the_journey_asks_own_questions_at_the_end_of_their_block() {
    let c = custom(FILE);
    let bank = c.bank.clone();
    let base = bank.base_len();
    let (config, _) = WidgetConfig::with_file(&[], c);
    let mut s = State::new(Rc::new(config), None, None);
    // A company asked every question: 45 seats, an IT administrator of its own.
    s = common::through_profile(s);
    let mut asked = Vec::new();
    while let Step::Question(i) = s.step {
        asked.push(i);
        s = s
            .apply(Action::Choose(Answer::Level(3)))
            .apply(Action::Next);
    }
    assert_eq!(asked.len(), base + 2, "every question once");
    assert_eq!(s.answered(), base + 2);
    let block_of = |i: usize| bank.questions[i].block;
    let last_continuous = (0..base)
        .filter(|&i| block_of(i) == BlockId::Continuous)
        .max()
        .unwrap();
    let at = |i: usize| asked.iter().position(|&j| j == i).unwrap();
    assert_eq!(at(base + 1), at(last_continuous) + 1, "{asked:?}");
    let last_clear = (0..base)
        .filter(|&i| block_of(i) == BlockId::Clear)
        .max()
        .unwrap();
    assert_eq!(at(base), at(last_clear) + 1, "{asked:?}");
    let blocks: Vec<usize> = asked.iter().map(|&i| block_of(i).index()).collect();
    assert!(blocks.is_sorted(), "block by block: {blocks:?}");
    // Back from the question after the own one returns to it.
    s.step = Step::Question(asked[at(base + 1) + 1]);
    s = s.apply(Action::Back);
    assert_eq!(s.step, Step::Question(base + 1));
    assert_eq!(s.asked_number(base + 1), at(base + 1) + 1);
}

#[test]
fn result_codes_carry_own_questions_and_say_where_to_open_them() {
    let c = custom(FILE);
    let a = answers(&c.bank, 2, 1);
    let code = code::encode(&profile(), &a, None, None);
    assert!(code.starts_with('C'), "format 2: {code}");
    let scored = export::read_tuned(&code, &c.bank, &c.tuning).unwrap();
    assert_eq!(scored.decoded.answers, a);
    assert_eq!(scored.code, code, "the canonical code is the same");
    // Without the configuration: a message that names the file.
    let err = code::decode(&code).unwrap_err();
    assert_eq!(
        err,
        CodeError::OwnQuestions {
            found: 2,
            configured: 0
        }
    );
    let msg = err.to_string();
    assert!(msg.contains("2 questions the MSP added"), "{msg}");
    assert!(msg.contains("configuration file"), "{msg}");
    // With other questions of the MSP's own, even as many.
    let other = custom(&FILE.replace("offsite_copy", "offsite_kopie"));
    let err = export::read_tuned(&code, &other.bank, &other.tuning)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("other questions of the MSP's own (2)"),
        "{err}"
    );
    let fewer = custom(&FILE.replace(
        r#"{
        "id": "offsite_copy""#,
        r#"{
        "weight": 1, "id": "offsite_copy""#,
    ));
    assert!(
        export::read_tuned(&code, &fewer.bank, &fewer.tuning).is_ok(),
        "weights are not part of the questions"
    );
    // A code from before the MSP added questions still opens with the file.
    let plain = answers(&Bank::quick().into(), 2, 2);
    let old = code::encode(&profile(), &plain, None, None);
    assert!(old.starts_with('B'));
    let scored = export::read_tuned(&old, &c.bank, &c.tuning).unwrap();
    assert_eq!(scored.decoded.answers, plain);
}

#[test]
fn saved_progress_keeps_own_answers_and_drops_only_those_when_they_change() {
    let c = custom(FILE);
    let (config, _) = WidgetConfig::with_file(&[], c.clone());
    let mut s = State::new(Rc::new(config), None, None);
    s.answers = answers(&c.bank, 3, 1);
    s.step = Step::Question(c.bank.base_len() + 1);
    let text = s.snapshot().unwrap().encode();
    let now = 1_800_000_000_000;
    let text = text.replacen(
        &text.split('\n').nth(2).unwrap().to_string(),
        &now.to_string(),
        1,
    );
    let back = Snapshot::decode(&text, now, &c.bank).unwrap();
    assert_eq!(back.answers, s.answers);
    assert_eq!(back.step, s.step);
    // The MSP changed its questions since: the bank's own answers are kept.
    for bank in [
        BankRef::default(),
        custom(&FILE.replace("offsite_copy", "offsite_kopie")).bank,
    ] {
        let back = Snapshot::decode(&text, now, &bank).unwrap();
        let n = bank.base_len();
        assert_eq!(back.answers.as_slice()[..n], s.answers.as_slice()[..n]);
        assert_eq!(back.answers.answered(), n);
        assert_eq!(back.step, Step::Question(n - 1));
    }
}

#[test]
fn the_briefing_names_an_own_question_nobody_could_answer() {
    let c = custom(FILE);
    let mut a = answers(&c.bank, 4, 4);
    assert!(a.answer(c.bank.base_len(), Answer::DontKnow));
    let mut t = english().clone();
    c.overlay(&mut t);
    let code = code::encode(&profile(), &a, None, None);
    let scored = export::read_tuned(&code, &c.bank, &c.tuning).unwrap();
    let json = serde_json::to_string(&briefing::briefing(&scored, &t, None)).unwrap();
    assert!(
        json.contains("Can your staff see the status of their IT requests?"),
        "{json}"
    );
    assert!(json.contains(t.get("brief.reveal_own")));
    assert!(!json.contains("[missing text]"), "{json}");
}
