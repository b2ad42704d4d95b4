//! Golden reports for hand-checked profiles, and a snapshot of a full report.

mod common;

use common::{assessment, profile};
use itcq::engine::i18n::{english, named};
use itcq::engine::plan::ranked;
use itcq::engine::report::UnknownLevel;
use itcq::engine::score::Band;
use itcq::engine::{Answer, Assessment, BankId, assess};

/// Targets for the common profile (45 seats → 20-50 segment, professional services,
/// goal "continuity"): base [70, 60, 55, 45, 45, 50, 55], continuity raises Continuous
/// and Charged by 10.
const TARGETS: [f64; 7] = [80.0, 60.0, 65.0, 45.0, 45.0, 50.0, 55.0];

#[test]
fn all_lowest_answers() {
    for bank in [BankId::Quick, BankId::Full] {
        let a = assessment(bank, profile(), |_, _| Some(Answer::Level(0)));
        let r = assess(&a).unwrap();
        assert_eq!(r.itcq, 0.0);
        assert_eq!(r.band, Band::Initial);
        assert_eq!(r.completion, 1.0);
        assert_eq!(r.unknown_share, 0.0);
        assert_eq!(r.unknown.level, UnknownLevel::None);
        for (b, t) in r.blocks.iter().zip(TARGETS) {
            assert_eq!(
                (b.score, b.target, b.gap, b.band),
                (Some(0.0), t, Some(t), Some(Band::Initial))
            );
        }
        // Every area is below its target, so every area gets an action, and doing them
        // all puts every answer in place.
        assert_eq!(ranked(&r.plan).len(), 27);
        assert_eq!(r.plan.projected_itcq, 100.0);
    }
}

#[test]
fn all_highest_answers() {
    for bank in [BankId::Quick, BankId::Full] {
        let r = assess(&assessment(bank, profile(), |_, _| Some(Answer::Level(4)))).unwrap();
        assert_eq!(r.itcq, 100.0);
        assert_eq!(r.band, Band::Optimized);
        for (b, t) in r.blocks.iter().zip(TARGETS) {
            assert_eq!((b.score, b.target, b.gap), (Some(100.0), t, Some(0.0)));
        }
        assert!(ranked(&r.plan).is_empty());
        assert_eq!(r.plan.projected_itcq, 100.0);
    }
}

/// A realistic 45-seat professional-services firm with an MSP. Quick bank answers and
/// the hand computation (weights: high 5, medium 3, low 1; credit = level ÷ 4):
///
/// Continuous: backup_restore H 3, disaster_recovery H 1, security_rules M 2,
///   security_awareness H 1, accounts_access H 3, lost_devices H 2
///   = (3.75 + 1.25 + 1.5 + 1.25 + 3.75 + 2.5) / 28 = 14 / 28 = 50.0
/// Competent: it_tools M 3, reliable_systems H 2, staff_productivity M 1, it_leadership H 0
///   = (2.25 + 2.5 + 0.75 + 0) / 16 = 5.5 / 16 = 34.375
/// Charged: support_response M 3, proactive_care M 2, business_reviews M don't know,
///   who_does_what H 1 = (2.25 + 1.5 + 0 + 1.25) / 14 = 5 / 14 = 35.714
/// Conscious: it_strategy M 1, business_it_map L don't know, yearly_it_plan M 2,
///   plan_follow_through M 1 = (0.75 + 0 + 1.5 + 0.75) / 10 = 30.0
/// Controlled: it_targets M 1, project_delivery M 2, it_audits M 0, it_organization
///   missing (leaves the denominator) = (0.75 + 1.5 + 0) / 9 = 25.0
/// Clear: it_reports M 2, key_person_risk H 1, service_expectations L 0,
///   it_management_tools L 3, vendor_management M don't know
///   = (1.5 + 1.25 + 0 + 0.75 + 0) / 13 = 3.5 / 13 = 26.923
/// Cost effective: it_budget H 2, process_improvement M 1, management_framework L 0,
///   it_purchasing M 3 = (2.5 + 0.75 + 0 + 2.25) / 12 = 5.5 / 12 = 45.833
///
/// ITCq = (50 + 34.375 + 35.714 + 30 + 25 + 26.923 + 45.833) / 7 = 247.846 / 7 = 35.4
/// (Developing). 30 of 31 answered (0.968); 3 "Don't know" of 30 answers = 0.1 (notable).
fn mixed() -> Assessment {
    use Answer::{DontKnow as Dk, Level as L};
    let answers = [
        ("backup_restore", L(3)),
        ("disaster_recovery", L(1)),
        ("security_rules", L(2)),
        ("security_awareness", L(1)),
        ("accounts_access", L(3)),
        ("lost_devices", L(2)),
        ("it_tools", L(3)),
        ("reliable_systems", L(2)),
        ("staff_productivity", L(1)),
        ("it_leadership", L(0)),
        ("support_response", L(3)),
        ("proactive_care", L(2)),
        ("business_reviews", Dk),
        ("who_does_what", L(1)),
        ("it_strategy", L(1)),
        ("business_it_map", Dk),
        ("yearly_it_plan", L(2)),
        ("plan_follow_through", L(1)),
        ("it_targets", L(1)),
        ("project_delivery", L(2)),
        ("it_audits", L(0)),
        ("it_reports", L(2)),
        ("key_person_risk", L(1)),
        ("service_expectations", L(0)),
        ("it_management_tools", L(3)),
        ("vendor_management", Dk),
        ("it_budget", L(2)),
        ("process_improvement", L(1)),
        ("management_framework", L(0)),
        ("it_purchasing", L(3)),
    ];
    Assessment {
        bank: BankId::Quick,
        profile: profile(),
        answers: answers.iter().map(|(id, a)| (id.to_string(), *a)).collect(),
    }
}

#[test]
fn realistic_mixed_profile_matches_the_hand_computation() {
    let r = assess(&mixed()).unwrap();
    let scores: Vec<Option<f64>> = r.blocks.iter().map(|b| b.score).collect();
    let expected = [50.0, 34.4, 35.7, 30.0, 25.0, 26.9, 45.8].map(Some);
    assert_eq!(scores, expected);
    assert_eq!(r.itcq, 35.4);
    assert_eq!(r.band, Band::Developing);
    assert_eq!(r.target_itcq, 57.1);
    let gaps: Vec<Option<f64>> = r.blocks.iter().map(|b| b.gap).collect();
    assert_eq!(gaps, [30.0, 25.6, 29.3, 15.0, 20.0, 23.1, 9.2].map(Some));
    assert_eq!(r.completion, 0.968);
    assert_eq!(r.answers.missing_ids, ["it_organization"]);
    assert_eq!(r.unknown_share, 0.1);
    assert_eq!(r.unknown.level, UnknownLevel::Notable);
    assert_eq!(
        r.unknown.questions,
        ["business_reviews", "business_it_map", "vendor_management"]
    );
    // it_organization is the only question of controlled.organization: no score, no action.
    let org = r
        .areas
        .iter()
        .find(|a| a.id == "controlled.organization")
        .unwrap();
    assert_eq!((org.score, org.gap), (None, None));
    assert!(
        ranked(&r.plan)
            .iter()
            .all(|a| a.area != "controlled.organization")
    );
}

#[test]
fn snapshot_of_the_mixed_report() {
    let report = assess(&mixed()).unwrap();
    insta::assert_json_snapshot!("mixed_report", named::report(&report, english()));
}
