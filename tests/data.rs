//! Invariants of the framework data and the two question banks, checked through the public
//! API only. Each invariant is its own test, and every failure names the offending ID.

use itcq::engine::bank::{Bank, Question, Scale};
use itcq::engine::framework::{self, AREAS, BLOCKS, BlockId, Weight};
use itcq::engine::i18n::{english, named};
use std::collections::{BTreeSet, HashSet};

const EXPECTED_AREAS_PER_BLOCK: [usize; 7] = [4, 4, 3, 3, 4, 5, 4];
const EXPECTED_SERVICES_PER_AREA: [usize; 27] = [
    7, 5, 10, 5, // continuous
    6, 5, 5, 6, // competent
    6, 5, 5, // charged
    10, 5, 5, // conscious
    6, 5, 5, 5, // controlled
    6, 3, 2, 5, 5, // clear
    3, 1, 4, 4, // cost_effective
];

/// A lowercase snake_case segment: starts with a letter, then letters, digits and single
/// underscores, not ending with an underscore.
fn is_snake_segment(seg: &str) -> bool {
    let mut chars = seg.chars();
    matches!(chars.next(), Some('a'..='z'))
        && seg
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !seg.contains("__")
        && !seg.ends_with('_')
}

/// Dot-separated lowercase snake_case segments.
fn is_dotted_snake(id: &str) -> bool {
    id.split('.').all(is_snake_segment)
}

/// `^[a-z][a-z0-9_]*$`
fn is_quick_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn is_clean_text(s: &str) -> bool {
    !s.is_empty() && s.trim() == s
}

fn all_services() -> Vec<(&'static framework::Area, &'static framework::Service)> {
    framework::services().collect()
}

// ---------------------------------------------------------------------------------------
// Framework: counts and order
// ---------------------------------------------------------------------------------------

#[test]
fn framework_has_7_blocks_27_areas_139_services() {
    assert_eq!(BLOCKS.len(), 7, "number of blocks");
    assert_eq!(AREAS.len(), 27, "number of areas");
    let services: usize = AREAS.iter().map(|a| a.services.len()).sum();
    assert_eq!(services, 139, "number of services summed over areas");
    assert_eq!(
        framework::services().count(),
        139,
        "framework::services() count"
    );
}

#[test]
fn block_order_equals_block_id_all() {
    for (i, (block, id)) in BLOCKS.iter().zip(BlockId::ALL).enumerate() {
        assert_eq!(
            block.id, id,
            "BLOCKS[{i}] is {}, expected {id} (BlockId::ALL order)",
            block.id
        );
        assert_eq!(id.index(), i, "{id}.index() is not its position in ALL");
        assert_eq!(id.block().id, id, "{id}.block() returns another block");
    }
}

#[test]
fn areas_are_grouped_by_block_in_framework_order() {
    for pair in AREAS.windows(2) {
        assert!(
            pair[0].block.index() <= pair[1].block.index(),
            "area {} (block {}) comes after area {} (block {}): areas are not grouped by block in framework order",
            pair[1].id,
            pair[1].block,
            pair[0].id,
            pair[0].block
        );
    }
}

#[test]
fn per_block_area_counts() {
    for (block, expected) in BlockId::ALL.iter().zip(EXPECTED_AREAS_PER_BLOCK) {
        let ids: Vec<&str> = framework::areas_of(*block).map(|a| a.id).collect();
        assert_eq!(
            ids.len(),
            expected,
            "block {block} has {} areas {ids:?}, expected {expected}",
            ids.len()
        );
    }
}

#[test]
fn per_area_service_counts() {
    assert_eq!(
        AREAS.len(),
        EXPECTED_SERVICES_PER_AREA.len(),
        "number of areas"
    );
    for (area, expected) in AREAS.iter().zip(EXPECTED_SERVICES_PER_AREA) {
        assert_eq!(
            area.services.len(),
            expected,
            "area {} has {} services, expected {expected}",
            area.id,
            area.services.len()
        );
    }
}

// ---------------------------------------------------------------------------------------
// Framework: IDs
// ---------------------------------------------------------------------------------------

#[test]
fn area_ids_are_unique() {
    let mut seen = HashSet::new();
    for area in AREAS {
        assert!(seen.insert(area.id), "duplicate area ID {}", area.id);
    }
}

#[test]
fn service_ids_are_unique() {
    let mut seen = HashSet::new();
    for (area, s) in all_services() {
        assert!(
            seen.insert(s.id),
            "duplicate service ID {} (in area {})",
            s.id,
            area.id
        );
    }
    for area in AREAS {
        assert!(
            !seen.contains(area.id),
            "area ID {} is also a service ID",
            area.id
        );
    }
}

#[test]
fn area_ids_start_with_their_block_id() {
    for area in AREAS {
        let prefix = format!("{}.", area.block);
        assert!(
            area.id.starts_with(&prefix) && area.id.len() > prefix.len(),
            "area ID {} does not start with `{prefix}`",
            area.id
        );
        assert!(
            !area.id[prefix.len()..].contains('.'),
            "area ID {} has more than one segment after the block ID",
            area.id
        );
    }
}

#[test]
fn service_ids_start_with_their_area_id() {
    for (area, s) in all_services() {
        let prefix = format!("{}.", area.id);
        assert!(
            s.id.starts_with(&prefix) && s.id.len() > prefix.len(),
            "service ID {} does not start with `{prefix}`",
            s.id
        );
        assert!(
            !s.id[prefix.len()..].contains('.'),
            "service ID {} has more than one segment after its area ID {}",
            s.id,
            area.id
        );
    }
}

#[test]
fn ids_are_lowercase_snake_case_segments() {
    for block in BlockId::ALL {
        assert!(
            is_snake_segment(block.as_str()),
            "block ID {block} is not lowercase snake_case"
        );
    }
    for area in AREAS {
        assert!(
            is_dotted_snake(area.id),
            "area ID {} is not lowercase snake_case segments separated by dots",
            area.id
        );
    }
    for (_, s) in all_services() {
        assert!(
            is_dotted_snake(s.id),
            "service ID {} is not lowercase snake_case segments separated by dots",
            s.id
        );
    }
}

// ---------------------------------------------------------------------------------------
// Framework: texts and goals
// ---------------------------------------------------------------------------------------

#[test]
fn block_texts_are_non_empty_and_trimmed() {
    for block in &BLOCKS {
        for field in ["name", "question", "benefit", "risk"] {
            let text = english().of(&["block.", block.id.as_str(), ".", field]);
            assert!(
                is_clean_text(text),
                "block {}: {field} is empty or not trimmed: {text:?}",
                block.id
            );
        }
    }
}

#[test]
fn area_texts_are_non_empty_and_trimmed() {
    for area in AREAS {
        for (field, text) in [
            ("name", named::area(english(), area.id)),
            ("description", english().of(&["area.", area.id, ".desc"])),
        ] {
            assert!(
                is_clean_text(text),
                "area {}: {field} is empty or not trimmed: {text:?}",
                area.id
            );
        }
    }
}

#[test]
fn service_texts_are_non_empty_and_trimmed() {
    for (_, s) in all_services() {
        for (field, text) in [
            ("name", named::service(english(), s.id)),
            ("help", english().of(&["service.", s.id, ".help"])),
        ] {
            assert!(
                is_clean_text(text),
                "service {}: {field} is empty or not trimmed: {text:?}",
                s.id
            );
        }
    }
}

#[test]
fn every_area_has_goals_without_duplicates() {
    for area in AREAS {
        assert!(!area.goals.is_empty(), "area {} has no goals", area.id);
        for (i, g) in area.goals.iter().enumerate() {
            assert!(
                !area.goals[..i].contains(g),
                "area {} lists goal {} twice",
                area.id,
                g.as_str()
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Framework: lookups
// ---------------------------------------------------------------------------------------

#[test]
fn area_lookup_resolves_every_id() {
    for area in AREAS {
        let found = framework::area(area.id)
            .unwrap_or_else(|| panic!("framework::area({:?}) returned None", area.id));
        assert!(
            std::ptr::eq(found, area),
            "framework::area({:?}) returned area {}",
            area.id,
            found.id
        );
    }
}

#[test]
fn service_lookup_resolves_every_id() {
    for (area, s) in all_services() {
        let (found_area, found) = framework::service(s.id)
            .unwrap_or_else(|| panic!("framework::service({:?}) returned None", s.id));
        assert_eq!(
            found.id, s.id,
            "framework::service({:?}) returned {}",
            s.id, found.id
        );
        assert_eq!(
            found_area.id, area.id,
            "framework::service({:?}) returned area {}, expected {}",
            s.id, found_area.id, area.id
        );
    }
}

#[test]
fn lookups_return_none_for_unknown_ids() {
    let unknown = [
        "",
        "nope",
        "continuous",
        "continuous.",
        "continuous.nope",
        "continuous.backup.nope",
        "Continuous.backup",
        "continuous.backup.policy.extra",
        " continuous.backup",
        "backup_restore",
    ];
    for id in unknown {
        assert!(
            framework::area(id).is_none(),
            "framework::area({id:?}) found something"
        );
        assert!(
            framework::service(id).is_none(),
            "framework::service({id:?}) found something"
        );
    }
    // An area ID is not a service ID and vice versa.
    for area in AREAS {
        assert!(
            framework::service(area.id).is_none(),
            "framework::service({:?}) resolves an area ID",
            area.id
        );
    }
    for (_, s) in all_services() {
        assert!(
            framework::area(s.id).is_none(),
            "framework::area({:?}) resolves a service ID",
            s.id
        );
    }
}

// ---------------------------------------------------------------------------------------
// Quick bank
// ---------------------------------------------------------------------------------------

fn quick() -> &'static [Question] {
    &Bank::quick().questions
}

#[test]
fn quick_bank_has_25_to_36_questions() {
    let n = quick().len();
    assert!(
        (25..=36).contains(&n),
        "quick bank has {n} questions, expected 25 to 36"
    );
}

/// Version 1 had 2,609 words of questions and options; a prospect reads every one.
#[test]
fn the_quick_bank_reads_in_fewer_words_than_version_1() {
    let bank = itcq::engine::Bank::quick();
    let words = itcq::engine::i18n::reading::count_words(english(), bank);
    assert!(words < 2609, "{words} words");
    // The time shown follows the words (reading::QUICK_WORDS is checked per language in
    // tests/i18n.rs).
    assert_eq!(
        itcq::engine::i18n::reading::QUICK_WORDS[0],
        (itcq::engine::i18n::Lang::En, words)
    );
}

#[test]
fn no_area_has_more_services_than_the_plan_tracks() {
    for area in AREAS {
        assert!(
            area.services.len() <= itcq::engine::plan::MAX_AREA_SERVICES,
            "{} has {} services",
            area.id,
            area.services.len()
        );
    }
}

#[test]
fn every_answer_level_implies_services_of_its_own_question_only() {
    for q in &itcq::engine::Bank::quick().questions {
        assert_eq!(q.services.len(), q.in_place_from.len(), "{}", q.id);
        for from in &q.in_place_from {
            assert!((1..=4).contains(from), "{}: level {from}", q.id);
        }
        // Level 4 implies everything, level 0 nothing.
        assert_eq!(q.missing_at(4).count(), 0, "{}", q.id);
        assert_eq!(q.missing_at(0).count(), q.services.len(), "{}", q.id);
    }
}

#[test]
fn every_quick_question_and_service_is_tagged_with_known_standards() {
    use itcq::engine::i18n::standards as names;
    use itcq::engine::standards;
    let bank = itcq::engine::Bank::quick();
    for q in &bank.questions {
        assert!(standards::of_quick(&q.id).is_some(), "{} has no tags", q.id);
    }
    for (qid, _) in standards::QUICK {
        assert!(
            bank.question(qid).is_some(),
            "tags for unknown question {qid}"
        );
    }
    for (_, s) in framework::services() {
        assert!(
            standards::of_service(s.id).is_some(),
            "{} has no tags",
            s.id
        );
    }
    assert_eq!(standards::SERVICES.len(), framework::services().count());
    for (_, t) in standards::QUICK.iter().chain(standards::SERVICES) {
        for c in t.cis {
            assert!(
                standards::CIS_IG1.contains(c),
                "{c} is not an IG1 safeguard"
            );
            assert!(names::cis_name(c).is_some(), "{c} has no name");
        }
        for n in t.nist {
            assert!(
                standards::NIST_CATEGORIES.contains(n),
                "{n} is not a CSF 2.0 category"
            );
            assert!(names::nist_name(n).is_some(), "{n} has no name");
        }
    }
    assert_eq!(standards::CIS_IG1.len(), 56);
    assert_eq!(standards::NIST_CATEGORIES.len(), 22);
    // The security baseline insurers ask about first is tagged.
    assert!(standards::of_quick("mfa").unwrap().cis.contains(&"6.3"));
    assert!(standards::of_quick("mfa").unwrap().nist.contains(&"PR.AA"));
    assert!(
        !standards::of_quick("backup_restore")
            .unwrap()
            .cis
            .is_empty()
    );
}

#[test]
fn quick_ids_are_unique_and_well_formed() {
    let mut seen = HashSet::new();
    for q in quick() {
        assert!(
            is_quick_id(&q.id),
            "quick question ID {:?} does not match ^[a-z][a-z0-9_]*$",
            q.id
        );
        assert!(
            seen.insert(q.id.clone()),
            "duplicate quick question ID {}",
            q.id
        );
    }
}

#[test]
fn quick_ids_are_not_full_bank_ids() {
    let full = Bank::full();
    for q in quick() {
        assert!(
            full.question(&q.id).is_none(),
            "quick question ID {} is also a full-bank ID",
            q.id
        );
    }
}

#[test]
fn quick_questions_have_text_help_and_five_options() {
    for q in quick() {
        let words = named::question(english(), q);
        assert!(
            is_clean_text(words.text),
            "quick question {}: text is empty or not trimmed",
            q.id
        );
        assert!(
            is_clean_text(words.help),
            "quick question {}: help is empty or not trimmed",
            q.id
        );
        match &q.scale {
            Scale::Levels => {
                let options = &words.options;
                assert_eq!(options.len(), 5, "quick question {}: option count", q.id);
                for (level, o) in options.iter().enumerate() {
                    assert!(
                        !o.trim().is_empty(),
                        "quick question {}: option {level} is empty",
                        q.id
                    );
                }
                let distinct: BTreeSet<&str> = options.iter().copied().collect();
                assert_eq!(
                    distinct.len(),
                    5,
                    "quick question {}: two options have the same text",
                    q.id
                );
            }
            Scale::InPlace => panic!(
                "quick question {} uses the in-place scale; quick questions take five options",
                q.id
            ),
        }
    }
}

#[test]
fn quick_questions_list_at_least_one_service() {
    for q in quick() {
        assert!(
            !q.services.is_empty(),
            "quick question {} lists no service",
            q.id
        );
    }
}

#[test]
fn quick_question_services_exist_once_and_belong_to_its_block() {
    for q in quick() {
        for (i, s) in q.services.iter().enumerate() {
            let (area, _) = framework::service(s)
                .unwrap_or_else(|| panic!("quick question {} lists unknown service {s:?}", q.id));
            assert_eq!(
                area.block, q.block,
                "quick question {} (block {}) lists service {s} of block {}",
                q.id, q.block, area.block
            );
            assert!(
                !q.services[..i].contains(s),
                "quick question {} lists service {s} twice",
                q.id
            );
        }
    }
}

#[test]
fn quick_question_areas_are_the_distinct_areas_of_its_services() {
    for q in quick() {
        let wanted: BTreeSet<&str> = q
            .services
            .iter()
            .filter_map(|s| framework::service(s).map(|(a, _)| a.id))
            .collect();
        let expected: Vec<&str> = AREAS
            .iter()
            .map(|a| a.id)
            .filter(|id| wanted.contains(id))
            .collect();
        assert_eq!(
            q.areas, expected,
            "quick question {}: areas are not the distinct areas of its services in framework order",
            q.id
        );
    }
}

#[test]
fn quick_bank_covers_every_area() {
    let covered: BTreeSet<&str> = quick()
        .iter()
        .flat_map(|q| q.areas.iter().copied())
        .collect();
    let missing: Vec<&str> = AREAS
        .iter()
        .map(|a| a.id)
        .filter(|id| !covered.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "{} of 27 areas are covered by no quick question: {missing:?}",
        missing.len()
    );
}

#[test]
fn quick_bank_covers_every_service() {
    let covered: BTreeSet<&str> = quick()
        .iter()
        .flat_map(|q| q.services.iter().copied())
        .collect();
    let missing: Vec<&str> = framework::services()
        .map(|(_, s)| s.id)
        .filter(|id| !covered.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "{} of 139 services are covered by no quick question: {missing:?}",
        missing.len()
    );
}

#[test]
fn quick_questions_are_grouped_by_block_in_framework_order() {
    for pair in quick().windows(2) {
        assert!(
            pair[0].block.index() <= pair[1].block.index(),
            "quick question {} (block {}) comes after {} (block {}): questions are not grouped by block in framework order",
            pair[1].id,
            pair[1].block,
            pair[0].id,
            pair[0].block
        );
    }
}

#[test]
fn quick_weights_are_a_mix() {
    let high: Vec<&str> = quick()
        .iter()
        .filter(|q| q.weight == Weight::High)
        .map(|q| q.id.as_str())
        .collect();
    let other: Vec<&str> = quick()
        .iter()
        .filter(|q| q.weight != Weight::High)
        .map(|q| q.id.as_str())
        .collect();
    assert!(!high.is_empty(), "no quick question has weight High");
    assert!(
        !other.is_empty(),
        "every quick question has weight High ({high:?}); expected a mix"
    );
}

// ---------------------------------------------------------------------------------------
// Full bank
// ---------------------------------------------------------------------------------------

#[test]
fn full_bank_has_139_questions() {
    assert_eq!(
        Bank::full().questions.len(),
        139,
        "full bank question count"
    );
}

#[test]
fn full_bank_is_one_question_per_service_in_framework_order() {
    let full = &Bank::full().questions;
    for (i, ((area, s), q)) in framework::services().zip(full).enumerate() {
        assert_eq!(
            q.id, s.id,
            "full question #{i} is {}, expected service {}",
            q.id, s.id
        );
        assert_eq!(q.block, area.block, "full question {}: block", q.id);
        assert_eq!(q.areas, vec![area.id], "full question {}: areas", q.id);
        assert_eq!(q.services, vec![s.id], "full question {}: services", q.id);
        assert!(
            is_clean_text(named::question(english(), q).text)
                && is_clean_text(named::question(english(), q).help),
            "full question {}: text or help empty or not trimmed",
            q.id
        );
    }
}

#[test]
fn full_bank_uses_the_in_place_scale() {
    for q in &Bank::full().questions {
        assert!(
            matches!(q.scale, Scale::InPlace),
            "full question {} does not use the in-place scale",
            q.id
        );
    }
}

#[test]
fn full_bank_weights_equal_service_weights() {
    for q in &Bank::full().questions {
        let (_, s) = framework::service(&q.id)
            .unwrap_or_else(|| panic!("full question {} is not a service ID", q.id));
        assert_eq!(
            q.weight, s.weight,
            "full question {}: weight differs from the service's",
            q.id
        );
    }
}

// ---------------------------------------------------------------------------------------
// Versions
// ---------------------------------------------------------------------------------------

#[test]
fn bank_versions_are_at_least_1() {
    assert!(Bank::quick().version >= 1, "quick bank version is 0");
    assert!(Bank::full().version >= 1, "full bank version is 0");
}
