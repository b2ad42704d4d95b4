//! Result codes (`engine::code`) from the outside: random assessments survive
//! encode → decode → report unchanged, every damaged or foreign text is refused with a
//! reason (and never panics), the messages say what to do, and one golden code pins the
//! format.

use itcq::engine::bank::Bank;
use itcq::engine::code::{self, CodeError, FORMAT_VERSION, MAX_INPUT};
use itcq::engine::date::Date;
use itcq::engine::export::{self, ReadError};
use itcq::engine::framework::Goal;
use itcq::engine::lead::Lead;
use itcq::engine::profile::{Industry, ItManagement, MAX_SEATS, Profile};
use itcq::engine::{Answer, Answers, BankId, assess_answers};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestRunner};
use std::cell::Cell;
use std::time::{Duration, Instant};

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// ---------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------

/// One assessment as a code carries it.
#[derive(Debug, Clone)]
struct Case {
    profile: Profile,
    answers: Answers,
    taken_on: Option<Date>,
    lead: Option<Lead>,
}

impl Case {
    fn code(&self) -> String {
        code::encode(
            &self.profile,
            &self.answers,
            self.taken_on,
            self.lead.as_ref(),
        )
    }

    /// The profile as it comes back: goals in `Goal::ALL` order, an empty company absent.
    fn normalized_profile(&self) -> Profile {
        let mut p = self.profile.clone();
        p.goals = Goal::ALL
            .into_iter()
            .filter(|g| self.profile.goals.contains(g))
            .collect();
        p.company = p.company.filter(|c| !c.is_empty());
        p
    }
}

/// Any Unicode text (control characters, emoji, RTL marks…) of up to `max` characters.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..=max).prop_map(|v| v.into_iter().collect())
}

/// Every answer a question could have, `None` being "missing".
const CANDIDATES: [Option<Answer>; 8] = [
    None,
    Some(Answer::Level(0)),
    Some(Answer::Level(1)),
    Some(Answer::Level(2)),
    Some(Answer::Level(3)),
    Some(Answer::Level(4)),
    Some(Answer::DontKnow),
    Some(Answer::NotApplicable),
];

/// Random answers to a bank: per question, any answer its scale accepts, or missing.
fn answers(bank: &'static Bank) -> impl Strategy<Value = Answers> {
    proptest::collection::vec(any::<Index>(), bank.questions.len()).prop_map(move |picks| {
        let mut answers = Answers::empty(bank);
        for (pos, (q, pick)) in bank.questions.iter().zip(picks).enumerate() {
            let options: Vec<Option<Answer>> = CANDIDATES
                .into_iter()
                .filter(|a| a.is_none_or(|a| q.scale.accepts(a)))
                .collect();
            if let Some(a) = options[pick.index(options.len())] {
                assert!(answers.answer(pos, a), "{} refused {a}", q.id);
            }
        }
        answers
    })
}

fn profiles(company: bool) -> impl Strategy<Value = Profile> {
    let company = if company {
        proptest::option::of(text(60)).boxed()
    } else {
        Just(None).boxed()
    };
    (
        prop_oneof![Just(1u32), Just(MAX_SEATS), 1..=MAX_SEATS],
        proptest::sample::select(Industry::ALL.to_vec()),
        proptest::sample::select(ItManagement::ALL.to_vec()),
        proptest::sample::subsequence(Goal::ALL.to_vec(), 0..=Goal::ALL.len()).prop_shuffle(),
        company,
    )
        .prop_map(|(seats, industry, it_management, goals, company)| Profile {
            company,
            seats,
            industry,
            it_management,
            goals,
        })
}

/// 2020-01-01, the first day a code can carry.
fn first_day() -> i32 {
    Date::from_ymd(2020, 1, 1).expect("a date").days()
}

/// A day a code can carry: 2020-01-01 and the 65 534 days after it.
fn days() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of(
        prop_oneof![Just(0), Just(0xFFFE), 0..0xFFFF]
            .prop_map(|d| Date::from_days(first_day() + d)),
    )
}

fn leads() -> impl Strategy<Value = Option<Lead>> {
    proptest::option::of(
        (text(40), text(40), text(40), text(40), any::<bool>()).prop_map(
            |(name, email, company, phone, consent)| Lead {
                name,
                email,
                company,
                phone,
                consent,
            },
        ),
    )
}

fn cases() -> impl Strategy<Value = Case> {
    prop_oneof![Just(Bank::quick()), Just(Bank::full())].prop_flat_map(|bank| {
        (profiles(true), answers(bank), days(), leads()).prop_map(
            |(profile, answers, taken_on, lead)| Case {
                profile,
                answers,
                taken_on,
                lead,
            },
        )
    })
}

// ---------------------------------------------------------------------------------------
// Fixed assessments
// ---------------------------------------------------------------------------------------

/// A fixed assessment: answers cycle through levels, "Don't know", missing and (where the
/// scale takes it) "Not applicable".
fn fixed(bank: &'static Bank, company: Option<&str>, lead: bool, day: Option<&str>) -> Case {
    let mut answers = Answers::empty(bank);
    for (pos, q) in bank.questions.iter().enumerate() {
        let a = match pos % 7 {
            0 => Answer::DontKnow,
            1 => Answer::NotApplicable,
            2 => continue,
            n => Answer::Level((n % 5) as u8),
        };
        let a = if q.scale.accepts(a) {
            a
        } else {
            Answer::Level(4)
        };
        assert!(answers.answer(pos, a));
    }
    Case {
        profile: Profile {
            company: company.map(str::to_string),
            seats: 45,
            industry: Industry::Legal,
            it_management: ItManagement::OutsourcedMsp,
            goals: vec![Goal::Compliance, Goal::Continuity],
        },
        answers,
        taken_on: day.map(|d| Date::parse(d).expect("a date")),
        lead: lead.then(|| Lead {
            name: "Ana Ñúñez".into(),
            email: "ana@example.com".into(),
            company: "Müller & Söhne GmbH".into(),
            phone: "+49 30 1234".into(),
            consent: true,
        }),
    }
}

/// The codes the corruption tests start from.
fn corpus() -> Vec<String> {
    let mut codes: Vec<String> = [
        fixed(Bank::quick(), None, false, None),
        fixed(
            Bank::quick(),
            Some("Example Ltd"),
            false,
            Some("2026-11-23"),
        ),
        fixed(
            Bank::quick(),
            Some("Ünïcødé 株式会社"),
            true,
            Some("2020-01-01"),
        ),
        fixed(Bank::full(), None, false, Some("2031-05-07")),
        fixed(Bank::full(), Some("Example Ltd"), true, None),
    ]
    .iter()
    .map(Case::code)
    .collect();
    codes.push(
        Case {
            answers: Answers::empty(Bank::full()),
            ..fixed(Bank::full(), None, false, None)
        }
        .code(),
    );
    codes.push(GOLDEN.to_string());
    for c in &codes {
        assert!(code::decode(c).is_ok(), "corpus code does not decode: {c}");
    }
    codes
}

// ---------------------------------------------------------------------------------------
// Round trip
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_assessment_survives_its_code(case in cases()) {
        let code = case.code();
        prop_assert!(code.starts_with('B'), "{code}");
        prop_assert!(code.chars().all(|c| ALPHABET.contains(c)), "{code}");
        prop_assert!(code.len() <= MAX_INPUT, "{} characters", code.len());

        let expected = case.normalized_profile();
        let back = code::decode(&code).map_err(|e| TestCaseError::fail(format!("{e}: {code}")))?;
        prop_assert_eq!(&back.profile, &expected);
        prop_assert_eq!(&back.answers, &case.answers);
        prop_assert_eq!(back.taken_on, case.taken_on);
        prop_assert_eq!(&back.lead, &case.lead);
        // The code is canonical: what it decodes to encodes to it again.
        prop_assert_eq!(
            code::encode(&back.profile, &back.answers, back.taken_on, back.lead.as_ref()),
            code.clone()
        );

        // The report read back is the engine's report on the original answers; the order
        // the goals were given in changes nothing but their order in the profile.
        let report = assess_answers(&expected, &case.answers);
        let scored = export::read(&code).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&scored.code, &code);
        prop_assert_eq!(&scored.report, &report);
        let mut as_given = assess_answers(&case.profile, &case.answers);
        as_given.profile = expected.clone();
        prop_assert_eq!(&as_given, &report);

        // A link and a JSON export read back to the same result.
        let link = export::link("https://msp.example/check?ref=x#top", &code);
        prop_assert_eq!(&export::read(&link).map_err(|e| TestCaseError::fail(e.to_string()))?.code, &code);
        let doc = export::json(&scored, None, itcq::engine::i18n::english());
        let again = export::read(&doc).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&again.code, &code);
        prop_assert_eq!(&again.report, &report);
    }
}

#[test]
fn quick_codes_without_contact_or_company_stay_under_80_characters() {
    let mut runner = TestRunner::new(Config::with_cases(256));
    let longest = Cell::new(0);
    let strategy = (profiles(false), answers(Bank::quick()), days());
    runner
        .run(&strategy, |(profile, answers, taken_on)| {
            let code = code::encode(&profile, &answers, taken_on, None);
            longest.set(longest.get().max(code.len()));
            Ok(())
        })
        .expect("encoding never fails");
    assert!(
        longest.get() < 80,
        "the longest quick code was {} characters",
        longest.get()
    );
}

#[test]
fn days_outside_the_code_range_are_clamped() {
    // The field holds 2020-01-01 to 2199-06-05: an earlier day is carried as "unknown", a
    // later one as the last day the field holds.
    let case = fixed(Bank::quick(), None, false, None);
    let encode = |d: Date| code::decode(&code::encode(&case.profile, &case.answers, Some(d), None));
    let before = Date::from_ymd(2019, 12, 31).expect("a date");
    assert_eq!(encode(before).expect("valid").taken_on, None);
    let last = Date::from_days(first_day() + 0xFFFE);
    assert_eq!(last.to_string(), "2199-06-05");
    assert_eq!(encode(last).expect("valid").taken_on, Some(last));
    let after = Date::from_days(last.days() + 400);
    assert_eq!(encode(after).expect("valid").taken_on, Some(last));
}

// ---------------------------------------------------------------------------------------
// Damaged codes
// ---------------------------------------------------------------------------------------

#[test]
fn every_single_character_substitution_is_refused() {
    for code in corpus() {
        let chars: Vec<char> = code.chars().collect();
        for pos in 0..chars.len() {
            for c in ALPHABET.chars().filter(|&c| c != chars[pos]) {
                let mut changed = chars.clone();
                changed[pos] = c;
                let changed: String = changed.into_iter().collect();
                let result = code::decode(&changed);
                assert!(
                    result.is_err(),
                    "{c:?} at position {} of {code} was accepted: {changed}",
                    pos + 1
                );
                assert!(export::read(&changed).is_err(), "{changed}");
            }
        }
    }
}

#[test]
fn every_truncation_is_refused() {
    for code in corpus() {
        for len in 0..code.len() {
            let cut = &code[..len];
            match code::decode(cut) {
                Ok(_) => panic!("{code} cut to {len} characters was accepted"),
                Err(CodeError::Empty) => assert_eq!(len, 0),
                Err(
                    CodeError::TooShort(_)
                    | CodeError::Damaged
                    | CodeError::Invalid(_)
                    | CodeError::NotACode
                    | CodeError::NewerFormat(_),
                ) => {}
                Err(e) => panic!("{code} cut to {len} characters: unexpected {e:?}"),
            }
        }
    }
}

#[test]
fn appended_characters_are_refused_as_trailing() {
    for code in corpus() {
        for extra in ["A", "B", "_", "AA", "xyz", "B-B-B", &code[..], ALPHABET] {
            let longer = format!("{code}{extra}");
            assert_eq!(
                code::decode(&longer),
                Err(CodeError::Trailing(extra.len())),
                "{code} + {extra}"
            );
            // In a link too.
            assert_eq!(
                code::decode(&export::link("https://msp.example/", &longer)),
                Err(CodeError::Trailing(extra.len()))
            );
        }
    }
}

#[test]
fn the_first_character_is_the_format_version() {
    let code = fixed(Bank::quick(), None, false, None).code();
    assert!(
        code.starts_with('B'),
        "format 1 without questions of the MSP's own"
    );
    assert_eq!(
        code::decode(&format!("D{}", &code[1..])),
        Err(CodeError::NewerFormat(3))
    );
    for (version, first) in ALPHABET.chars().enumerate() {
        let changed = format!("{first}{}", &code[1..]);
        let result = code::decode(&changed);
        match version as u32 {
            0 => assert_eq!(result, Err(CodeError::NotACode)),
            1 => assert!(result.is_ok()),
            // Format 2 reads 11 more header bits, so this code's checksum fails.
            2 => assert_eq!(result, Err(CodeError::Damaged)),
            v => assert_eq!(result, Err(CodeError::NewerFormat(v)), "{changed}"),
        }
    }
    assert_eq!(FORMAT_VERSION, 2);
}

/// A JSON export is read as far as its result code: its first `EXPORT_HEAD_BYTES` (what the
/// rep page reads of each of many files) read the same as the whole file, with the longest
/// code a contact can make; an export cut before its code, or with its code after the
/// report, is read whole and says what is wrong.
#[test]
fn an_export_reads_from_its_head() {
    let long = "x".repeat(200);
    let mut case = fixed(Bank::full(), Some(&long), true, Some("2026-11-30"));
    if let Some(lead) = &mut case.lead {
        lead.name = "N".repeat(200);
        lead.email = format!("{}@example.com", "e".repeat(60));
    }
    let code = case.code();
    let scored = export::read(&code).expect("a valid code");
    let doc = export::json(
        &scored,
        Some("https://msp.example/check"),
        itcq::engine::i18n::english(),
    );
    assert!(
        doc.len() > export::EXPORT_HEAD_BYTES * 4,
        "the report follows the code"
    );
    let head = &doc[..export::EXPORT_HEAD_BYTES];
    let from_head = export::read(head).expect("the head holds the code");
    assert_eq!(from_head.code, code);
    assert_eq!(from_head.report, scored.report);

    // Cut before the code ends: the whole-file reading names the damage.
    let at = doc.find("\"result_code\"").expect("a code field") + 20;
    assert!(matches!(export::read(&doc[..at]), Err(ReadError::Json(_))));
    // The code after the report (an export edited by hand): still read, from the whole text.
    let value: serde_json::Value = serde_json::from_str(&doc).unwrap();
    let mut moved = serde_json::Map::new();
    for (k, v) in value.as_object().unwrap() {
        if k != "result_code" {
            moved.insert(k.clone(), v.clone());
        }
    }
    moved.insert("result_code".into(), value["result_code"].clone());
    let moved = serde_json::to_string(&moved).unwrap();
    assert!(moved.find("result_code") > moved.find("\"report\""));
    assert_eq!(export::read(&moved).expect("read whole").code, code);
    // Keys in another order (sorted, as `jq -S` writes them): whole, a newer schema is
    // refused; cut after the code but before `schema_version`, the head does not read.
    let mut sorted: std::collections::BTreeMap<String, serde_json::Value> =
        serde_json::from_value(value.clone()).unwrap();
    sorted.insert("schema_version".into(), serde_json::json!(99));
    let sorted = serde_json::to_string(&sorted).unwrap();
    // (The report holds a `schema_version` of its own; the export's comes last.)
    let version_at = sorted.rfind("\"schema_version\"").unwrap();
    assert!(sorted.find("\"result_code\"").unwrap() < version_at);
    assert!(matches!(export::read(&sorted), Err(ReadError::Json(m)) if m.contains("newer")));
    let cut = &sorted[..version_at];
    assert!(matches!(export::read(cut), Err(ReadError::Json(_))));
    // A whole text is read whole: two exports one after the other are refused, not read as
    // the first.
    assert!(
        matches!(export::read(&format!("{doc}\n{doc}")), Err(ReadError::Json(m)) if m.contains("trailing"))
    );
    // Another format before the code is refused as before.
    let other = doc.replacen("\"format\": \"itcq-export\"", "\"format\": \"other\"", 1);
    assert_ne!(other, doc, "the export names its format");
    assert!(matches!(export::read(&other), Err(ReadError::Json(m)) if m.contains("\"other\"")));
}

#[test]
fn a_huge_text_is_refused_at_once() {
    for huge in [
        "B".repeat(100_000),
        "é".repeat(50_000),
        "#itcq=".repeat(17_000),
    ] {
        let started = Instant::now();
        let result = code::decode(&huge);
        let elapsed = started.elapsed();
        assert_eq!(result, Err(CodeError::TooLong(huge.chars().count())));
        assert!(
            elapsed < Duration::from_millis(200),
            "took {elapsed:?} to refuse {} bytes",
            huge.len()
        );
        assert_eq!(
            export::read(&huge).map(|_| ()),
            Err(ReadError::Code(CodeError::TooLong(huge.chars().count())))
        );
    }
    // The limit itself: a link of exactly MAX_INPUT bytes is read, one byte more is not.
    let code = fixed(Bank::quick(), None, false, None).code();
    let link = |len: usize| {
        let base = format!("https://msp.example/?{}", "p".repeat(len - code.len() - 27));
        export::link(&base, &code)
    };
    assert_eq!(link(MAX_INPUT).len(), MAX_INPUT);
    assert!(code::decode(&link(MAX_INPUT)).is_ok());
    assert_eq!(
        code::decode(&link(MAX_INPUT + 1)),
        Err(CodeError::TooLong(MAX_INPUT + 1))
    );
}

/// What `decode` may do with a text: refuse it, or accept it only if it is exactly the
/// canonical code of what it decodes to.
fn check_garbage(text: &str) -> Result<(), TestCaseError> {
    if let Ok(d) = code::decode(text) {
        let again = code::encode(&d.profile, &d.answers, d.taken_on, d.lead.as_ref());
        prop_assert_eq!(again.as_str(), code::extract(text), "accepted {:?}", text);
    }
    let _ = export::read(text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_text_is_refused_without_panicking(text in text(200)) {
        check_garbage(&text)?;
    }

    #[test]
    fn random_code_like_text_is_refused_without_panicking(text in "B[A-Za-z0-9_-]{0,300}") {
        check_garbage(&text)?;
        check_garbage(&format!("https://x.example/#itcq={text}"))?;
    }

    #[test]
    fn random_json_like_text_is_refused_without_panicking(
        text in r#"\{"format":"itcq-export","result_code":"[A-Za-z0-9_-]{0,120}"\}"#
    ) {
        check_garbage(&text)?;
    }

    #[test]
    fn appending_any_code_characters_gives_trailing(
        pick in any::<Index>(),
        extra in "[A-Za-z0-9_-]{1,40}",
    ) {
        let codes = corpus();
        let code = &codes[pick.index(codes.len())];
        prop_assert_eq!(
            code::decode(&format!("{code}{extra}")),
            Err(CodeError::Trailing(extra.len()))
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn long_random_text_is_refused_without_panicking(text in text(10_000)) {
        check_garbage(&text)?;
        if text.chars().count() > MAX_INPUT {
            prop_assert_eq!(code::decode(&text), Err(CodeError::TooLong(text.chars().count())));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Hand-made codes: fields no encoder writes
// ---------------------------------------------------------------------------------------

/// The fields of a format-1 code, written bit by bit as the format's documentation says,
/// so that tests can make codes `encode` never would.
#[derive(Clone)]
struct Raw {
    version: u32,
    full: bool,
    bank_version: u32,
    day: u32,
    seats: u32,
    industry: u32,
    it_management: u32,
    goals: u32,
    /// The company name's bytes (not necessarily UTF-8).
    company: Option<Vec<u8>>,
    lead: Option<[String; 4]>,
    consent: bool,
    answers: Vec<u32>,
}

impl Raw {
    fn quick() -> Raw {
        Raw {
            version: 1,
            full: false,
            bank_version: Bank::quick().version,
            day: 0,
            seats: 45,
            industry: 1,
            it_management: 2,
            goals: 0b01100,
            company: None,
            lead: None,
            consent: false,
            answers: vec![3; Bank::quick().questions.len()],
        }
    }

    fn code(&self) -> String {
        let mut bits: Vec<bool> = Vec::new();
        let mut put = |v: u32, n: u32| {
            for i in (0..n).rev() {
                bits.push(v >> i & 1 == 1);
            }
        };
        put(self.version, 6);
        put(u32::from(self.full), 1);
        put(self.bank_version, 5);
        put(self.day, 16);
        put(self.seats, 17);
        put(self.industry, 4);
        put(self.it_management, 2);
        put(self.goals, 5);
        put(u32::from(self.company.is_some()), 1);
        put(u32::from(self.lead.is_some()), 1);
        put(u32::from(self.consent), 1);
        for a in &self.answers {
            put(*a, 3);
        }
        while bits.len() % 8 != 0 {
            bits.push(false);
        }
        let mut bytes: Vec<u8> = bits
            .chunks(8)
            .map(|b| b.iter().fold(0, |acc, &bit| acc << 1 | u8::from(bit)))
            .collect();
        let texts = self
            .company
            .iter()
            .map(Vec::as_slice)
            .chain(self.lead.iter().flatten().map(String::as_bytes));
        for t in texts {
            assert!(t.len() < 128, "one-byte lengths only");
            bytes.push(t.len() as u8);
            bytes.extend_from_slice(t);
        }
        let crc = code::crc16(&bytes);
        bytes.extend_from_slice(&crc.to_be_bytes());
        let mut bits = bytes
            .iter()
            .flat_map(|b| (0..8).rev().map(move |i| b >> i & 1 == 1))
            .collect::<Vec<_>>();
        while bits.len() % 6 != 0 {
            bits.push(false);
        }
        bits.chunks(6)
            .map(|b| {
                let i = b.iter().fold(0, |acc, &bit| acc << 1 | usize::from(bit));
                ALPHABET.as_bytes()[i] as char
            })
            .collect()
    }
}

#[test]
fn the_documented_layout_is_what_encode_writes() {
    let mut raw = Raw::quick();
    let day = Date::parse("2026-11-23").ok();
    raw.day = (day.expect("a date").days() - first_day() + 1) as u32;
    raw.company = Some(b"Example Ltd".to_vec());
    raw.lead = Some([
        "Ana".into(),
        "ana@example.com".into(),
        "Ex".into(),
        String::new(),
    ]);
    raw.consent = true;
    raw.answers[0] = 0;
    raw.answers[1] = 6;
    let profile = Profile {
        company: Some("Example Ltd".into()),
        seats: 45,
        industry: Industry::ALL[1],
        it_management: ItManagement::ALL[2],
        goals: vec![Goal::ALL[2], Goal::ALL[3]],
    };
    let mut answers = Answers::empty(Bank::quick());
    for pos in 2..Bank::quick().questions.len() {
        answers.answer(pos, Answer::Level(2));
    }
    answers.answer(1, Answer::DontKnow);
    let lead = Lead {
        name: "Ana".into(),
        email: "ana@example.com".into(),
        company: "Ex".into(),
        phone: String::new(),
        consent: true,
    };
    assert_eq!(
        code::encode(&profile, &answers, day, Some(&lead)),
        raw.code()
    );
}

fn invalid(raw: &Raw) -> String {
    match code::decode(&raw.code()) {
        Err(CodeError::Invalid(what)) => what,
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn values_no_encoder_writes_are_refused_with_the_field_named() {
    let ok = Raw::quick();
    assert!(code::decode(&ok.code()).is_ok());

    let what = invalid(&Raw {
        seats: 0,
        ..ok.clone()
    });
    assert!(
        what.contains("seats is 0") && what.contains("1 to 100000"),
        "{what}"
    );
    let what = invalid(&Raw {
        seats: MAX_SEATS + 1,
        ..ok.clone()
    });
    assert!(what.contains("seats is 100001"), "{what}");
    let industry = Industry::ALL.len() as u32;
    let what = invalid(&Raw {
        industry,
        ..ok.clone()
    });
    assert!(
        what.contains(&format!("industry number {industry}"))
            && what.contains(&format!("0 to {}", industry - 1)),
        "{what}"
    );
    // "Not applicable" is a full-bank answer; levels 0–4 are not all in-place answers.
    let mut na = ok.clone();
    na.answers[4] = 7;
    let what = invalid(&na);
    let id = Bank::quick().questions[4].id.as_str();
    assert!(what.contains(id) && what.contains("\"na\""), "{what}");
    let mut odd = Raw {
        full: true,
        bank_version: Bank::full().version,
        answers: vec![0; Bank::full().questions.len()],
        ..ok.clone()
    };
    assert!(code::decode(&odd.code()).is_ok());
    odd.answers[0] = 2; // level 1
    let what = invalid(&odd);
    assert!(
        what.contains(Bank::full().questions[0].id.as_str()),
        "{what}"
    );
}

#[test]
fn texts_that_are_not_utf8_are_damage() {
    let mut raw = Raw::quick();
    raw.company = Some("Müller".as_bytes().to_vec());
    assert_eq!(
        code::decode(&raw.code())
            .expect("valid")
            .profile
            .company
            .as_deref(),
        Some("Müller")
    );
    for bad in [&b"M\xfcller"[..], b"\xc3", b"\xed\xa0\x80", b"\xff\xfe"] {
        raw.company = Some(bad.to_vec());
        assert_eq!(
            code::decode(&raw.code()),
            Err(CodeError::Damaged),
            "{bad:?}"
        );
    }
}

#[test]
fn a_bank_version_this_engine_does_not_have_is_named() {
    for (bank, full) in [(BankId::Quick, false), (BankId::Full, true)] {
        let supported = bank.bank().version;
        let raw = Raw {
            full,
            bank_version: supported + 1,
            answers: vec![0; bank.bank().questions.len()],
            ..Raw::quick()
        };
        let err = code::decode(&raw.code()).expect_err("unknown bank version");
        assert_eq!(
            err,
            CodeError::BankVersion {
                bank,
                found: supported + 1,
                supported,
            }
        );
        let message = err.to_string();
        assert!(
            message.contains(&format!("version {}", supported + 1))
                && message.contains(bank.as_str())
                && message.contains(&format!("reads version {supported}")),
            "{message}"
        );
    }
}

#[test]
fn flags_without_their_data_are_refused() {
    // Consent is only meaningful with contact details, and an empty company name is no
    // company: no encoder writes either, so a code carrying one is refused by name.
    let ok = Raw::quick();
    let consent_only = Raw {
        consent: true,
        ..ok.clone()
    };
    let empty_company = Raw {
        company: Some(Vec::new()),
        ..ok.clone()
    };
    for (raw, words) in [
        (consent_only, "consent without contact"),
        (empty_company, "company name is empty"),
    ] {
        let err = code::decode(&raw.code()).expect_err("refused");
        assert!(matches!(err, CodeError::Invalid(_)), "{err:?}");
        assert!(err.to_string().contains(words), "{err}");
    }
}

// ---------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------

#[test]
fn every_message_says_what_is_wrong_and_what_to_do() {
    let cases: Vec<(CodeError, &[&str])> = vec![
        (CodeError::Empty, &["empty", "paste", "#itcq="]),
        (
            CodeError::TooLong(5000),
            &["5000 characters", "at most 4096"],
        ),
        (
            CodeError::BadCharacter {
                position: 7,
                found: '!',
            },
            &["\"!\"", "position 7", "only letters, digits"],
        ),
        (
            CodeError::TooShort(5),
            &["too short", "5 characters", "copy the whole code"],
        ),
        (
            CodeError::NotACode,
            &["not an ITCq result code", "start with \"B\" or \"C\""],
        ),
        (
            CodeError::NewerFormat(3),
            &["newer version of ITCq", "format 3", "reads formats 1 to 2"],
        ),
        (
            CodeError::OwnQuestions {
                found: 1,
                configured: 0,
            },
            &["1 question the MSP added", "configuration file", "rep page"],
        ),
        (
            CodeError::OwnQuestions {
                found: 2,
                configured: 3,
            },
            &[
                "other questions of the MSP's own (2)",
                "applied here (3)",
                "configuration file it was made with",
            ],
        ),
        (
            CodeError::Damaged,
            &["damaged", "checksum", "copy it again"],
        ),
        (
            CodeError::BankVersion {
                bank: BankId::Full,
                found: 9,
                supported: 1,
            },
            &["version 9", "full questions", "reads version 1"],
        ),
        (
            CodeError::Invalid("seats is 0".into()),
            &["not valid", "seats is 0"],
        ),
        (
            CodeError::Trailing(3),
            &["3 extra characters", "copy exactly the code"],
        ),
    ];
    for (err, words) in cases {
        let message = err.to_string();
        for w in words {
            assert!(message.contains(w), "{err:?}: {message:?} lacks {w:?}");
        }
        // Read errors carry the code's message unchanged.
        assert_eq!(ReadError::Code(err).to_string(), message);
    }
}

#[test]
fn real_failures_produce_those_messages() {
    let code = fixed(Bank::quick(), None, false, None).code();
    let damaged = format!(
        "{}{}",
        &code[..10],
        if &code[10..11] == "A" { "B" } else { "A" }
    ) + &code[11..];
    assert_eq!(code::decode(&damaged), Err(CodeError::Damaged));
    assert_eq!(code::decode("   "), Err(CodeError::Empty));
    assert_eq!(
        code::decode("https://msp.example/#itcq="),
        Err(CodeError::Empty)
    );
    assert_eq!(
        code::decode(&format!("{} {}", &code[..5], &code[5..])),
        Err(CodeError::BadCharacter {
            position: 6,
            found: ' '
        })
    );
    assert_eq!(code::decode(&code[..8]), Err(CodeError::TooShort(8)));
}

// ---------------------------------------------------------------------------------------
// Golden code
// ---------------------------------------------------------------------------------------

/// The code of [`golden_case`]. If this test fails, the code format changed: every link
/// and code already sent to prospects (in emails, CRM records, printed reports) would stop
/// opening or open different results. Do not update the string; bump `FORMAT_VERSION` or
/// the bank's version instead and keep reading the old format.
const GOLDEN: &str = "BCCdcAFozPqJStRKVqJStRKVqJSsCkdvbGRlbiBMdGQMQW5hIMORw7rDsWV6D2FuYUBleGFtcGxlLmNvbRVNw7xsbGVyICYgU8O2aG5lIEdtYkgLKzQ5IDMwIDEyMzR_Eg";

/// The same assessment's code from version 1 of the quick bank (31 questions, its own
/// order), as links sent before version 2 carry it. It must keep opening.
const GOLDEN_V1: &str = "BBCdcAFozPqJStRKVqJStRKVqApHb2xkZW4gTHRkDEFuYSDDkcO6w7Fleg9hbmFAZXhhbXBsZS5jb20VTcO8bGxlciAmIFPDtmhuZSBHbWJICys0OSAzMCAxMjM0YC4";

fn golden_case() -> Case {
    fixed(Bank::quick(), Some("Golden Ltd"), true, Some("2026-11-23"))
}

#[test]
fn a_version_1_code_opens_with_its_answers_matched_by_id() {
    let back = code::decode(GOLDEN_V1).expect("the version 1 code decodes");
    let case = golden_case();
    assert_eq!(back.profile, case.normalized_profile());
    assert_eq!(back.taken_on, case.taken_on);
    assert_eq!(back.lead, case.lead);
    // Version 1's answers, by its positions: `fixed` gave position i (of 31) the answer
    // for i % 7, with "Not applicable" (not a quick answer) as level 4.
    let v1 = Bank::quick().ids_of_version(1).expect("version 1 is known");
    let bank = Bank::quick();
    for (i, id) in v1.iter().enumerate() {
        let want = match i % 7 {
            0 => Some(Answer::DontKnow),
            1 => Some(Answer::Level(4)),
            2 => None,
            n => Some(Answer::Level((n % 5) as u8)),
        };
        match bank.position(id) {
            Some(pos) => assert_eq!(back.answers.as_slice()[pos], want, "{id}"),
            None => assert!(["business_it_map", "it_management_tools"].contains(id)),
        }
    }
    // Questions new in version 2 read as unanswered.
    for id in [
        "mfa",
        "endpoint_protection",
        "incident_response",
        "systems_fit",
    ] {
        let pos = bank.position(id).unwrap();
        assert_eq!(back.answers.as_slice()[pos], None, "{id}");
    }
    // An unknown older version is refused with both versions named.
    let mut raw = Raw::quick();
    raw.bank_version = 0;
    assert!(matches!(
        code::decode(&raw.code()),
        Err(CodeError::BankVersion { found: 0, .. })
    ));
}

#[test]
fn a_fixed_assessment_has_a_fixed_code() {
    let case = golden_case();
    assert_eq!(case.code(), GOLDEN);
    let back = code::decode(GOLDEN).expect("the golden code decodes");
    assert_eq!(back.profile, case.normalized_profile());
    assert_eq!(back.answers, case.answers);
    assert_eq!(back.taken_on, case.taken_on);
    assert_eq!(back.lead, case.lead);
}
