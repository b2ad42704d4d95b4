//! Golden reports for hand-checked profiles, and a snapshot of a full report.

mod common;

use common::{assessment, profile};
use itcq::engine::framework::{Goal, Role};
use itcq::engine::i18n::{english, named};
use itcq::engine::plan::ranked;
use itcq::engine::profile::{Industry, ItManagement, Profile};
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
        // Every block is below its target: the plan closes every gap and lands on the
        // recommendation, not on 100; the rest is listed beyond the target.
        assert!(!ranked(&r.plan).is_empty());
        assert_eq!(r.plan.projected_itcq, r.target_itcq);
        assert!(!r.plan.beyond_target.is_empty());
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

fn quick(profile: Profile, answers: &[(&str, Answer)]) -> Assessment {
    Assessment {
        bank: BankId::Quick,
        profile,
        answers: answers.iter().map(|(id, a)| (id.to_string(), *a)).collect(),
    }
}

/// A 45-seat accounting firm with an outside IT provider, goals continuity and
/// compliance. The hand computation (weights: high 5, medium 3, low 1; credit = level ÷ 4;
/// "Don't know" earns 0 and counts):
///
/// Continuous: backup_restore H 2, disaster_recovery H 1, incident_response H 0,
///   security_rules M 1, mfa H 2, email_filtering M 1, admin_rights H 1,
///   accounts_access H 2, lost_devices H 2, security_awareness H 1
///   = (2.5 + 1.25 + 0 + 0.75 + 2.5 + 0.75 + 1.25 + 2.5 + 2.5 + 1.25) / 46
///   = 15.25 / 46 = 33.152
/// Competent: endpoint_protection H 2, patching H 2, reliable_systems H 2, it_tools M
///   don't know, staff_productivity M 1, systems_fit M 2, it_leadership H 2
///   = (2.5 + 2.5 + 2.5 + 0 + 0.75 + 1.5 + 2.5) / 29 = 12.25 / 29 = 42.241
/// Charged: support_response M 3, proactive_care M 2, business_reviews M 1,
///   who_does_what H 1 = (2.25 + 1.5 + 0.75 + 1.25) / 14 = 41.071
/// Conscious: it_strategy M 0, yearly_it_plan M 1, plan_follow_through M 1
///   = 1.5 / 9 = 16.667
/// Controlled: it_targets M 1, project_delivery M 1, it_audits M 0; it_organization is
///   not asked (no IT staff of its own, under 51 seats) = 1.5 / 9 = 16.667
/// Clear: it_reports M 1, key_person_risk H 1, service_expectations L 0,
///   vendor_management M don't know = 2 / 12 = 16.667
/// Cost effective: it_budget H 2, process_improvement M 1, management_framework L don't
///   know, it_purchasing M 2 = 4.75 / 12 = 39.583
///
/// ITCq = 206.048 / 7 = 29.4 (Developing).
///
/// Recommendation: base for 20–50 seats [70, 60, 55, 45, 45, 50, 55]; continuity adds 10
/// to Continuous and Charged, compliance to Continuous, Controlled and Clear, accounting
/// (regulated) 5 to Continuous and Controlled; at most +10 per block:
/// [80, 60, 65, 45, 55, 60, 55], mean 60.0.
///
/// The backup action's gain: continuous.backup's share of the answers that do not imply
/// its services: backup_restore (only area; level 2 lacks the offline copy and restore
/// tests) (1 − 0.5) × 5 = 2.5; disaster_recovery (two areas; level 1 lacks the written
/// recovery order) (1 − 0.25) × 5 / 2 = 1.875; security_rules (two areas; level 1 lacks
/// the backup policy and owner) (1 − 0.25) × 3 / 2 = 1.125. Sum 5.5 of Continuous' 46 =
/// 11.957 block points = 1.708 ITCq, shown +1.7.
fn accounting_firm() -> Assessment {
    use Answer::{DontKnow as Dk, Level as L};
    quick(
        Profile {
            company: Some("Miller & Ortiz CPAs".into()),
            seats: 45,
            industry: Industry::Accounting,
            it_management: ItManagement::OutsourcedMsp,
            goals: vec![Goal::Continuity, Goal::Compliance],
        },
        &[
            ("backup_restore", L(2)),
            ("disaster_recovery", L(1)),
            ("incident_response", L(0)),
            ("security_rules", L(1)),
            ("mfa", L(2)),
            ("email_filtering", L(1)),
            ("admin_rights", L(1)),
            ("accounts_access", L(2)),
            ("lost_devices", L(2)),
            ("security_awareness", L(1)),
            ("endpoint_protection", L(2)),
            ("patching", L(2)),
            ("reliable_systems", L(2)),
            ("it_tools", Dk),
            ("staff_productivity", L(1)),
            ("systems_fit", L(2)),
            ("it_leadership", L(2)),
            ("support_response", L(3)),
            ("proactive_care", L(2)),
            ("business_reviews", L(1)),
            ("who_does_what", L(1)),
            ("it_strategy", L(0)),
            ("yearly_it_plan", L(1)),
            ("plan_follow_through", L(1)),
            ("it_targets", L(1)),
            ("project_delivery", L(1)),
            ("it_audits", L(0)),
            ("it_reports", L(1)),
            ("key_person_risk", L(1)),
            ("service_expectations", L(0)),
            ("vendor_management", Dk),
            ("it_budget", L(2)),
            ("process_improvement", L(1)),
            ("management_framework", Dk),
            ("it_purchasing", L(2)),
        ],
    )
}

#[test]
fn accounting_firm_matches_the_hand_computation() {
    let r = assess(&accounting_firm()).unwrap();
    let scores: Vec<Option<f64>> = r.blocks.iter().map(|b| b.score).collect();
    assert_eq!(scores, [33.2, 42.2, 41.1, 16.7, 16.7, 16.7, 39.6].map(Some));
    assert_eq!(r.itcq, 29.4);
    assert_eq!(r.band, Band::Developing);
    let targets: Vec<f64> = r.blocks.iter().map(|b| b.target).collect();
    assert_eq!(targets, [80.0, 60.0, 65.0, 45.0, 55.0, 60.0, 55.0]);
    assert_eq!(r.target_itcq, 60.0);
    // it_organization is not asked: it counts as not applicable, not as missing.
    assert_eq!((r.answers.not_asked, r.answers.not_applicable), (1, 0));
    assert_eq!(r.answers.total, 35);
    assert_eq!(r.completion, 1.0);
    let backup = ranked(&r.plan)
        .into_iter()
        .find(|a| a.area == "continuous.backup")
        .unwrap();
    assert_eq!(backup.gain, 1.7);
    assert_eq!(backup.rank, 1);
    // Backup at level 2 implies the backup process; the plan proposes what it lacks.
    assert!(!backup.services.contains(&"continuous.backup.process"));
    assert!(
        backup
            .services
            .contains(&"continuous.backup.recovery_testing")
    );
    // The whole plan lands on the recommendation, not on 100, and every gain adds up.
    assert_eq!(r.plan.projected_itcq, 60.0);
    let sum: f64 = ranked(&r.plan).iter().map(|a| a.gain).sum();
    assert!((r.itcq + sum - r.plan.projected_itcq).abs() < 0.051);
    // An outside provider, no IT staff: nobody is told "your IT staff" will do it.
    assert!(
        ranked(&r.plan)
            .into_iter()
            .chain(&r.plan.beyond_target)
            .all(|a| a.responsible != Role::InternalIt && a.accountable != Role::InternalIt)
    );
}

/// A 12-seat construction firm whose owner runs IT part-time, goal: grow revenue. Six
/// questions are not asked: plan_follow_through, it_targets, project_delivery,
/// service_expectations and management_framework (20 seats and up) and it_organization
/// (IT staff of its own or 51 seats and up).
fn owner_run_firm() -> Assessment {
    use Answer::{DontKnow as Dk, Level as L};
    let p = Profile {
        company: None,
        seats: 12,
        industry: Industry::Construction,
        it_management: ItManagement::ExecutivePartTime,
        goals: vec![Goal::GrowRevenue],
    };
    let answers: Vec<(&str, Answer)> = BankId::Quick
        .bank()
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let a = match i % 4 {
                0 => L(0),
                1 => L(1),
                2 => Dk,
                _ => L(2),
            };
            (q.id.as_str(), a)
        })
        .collect();
    quick(p, &answers)
}

#[test]
fn owner_run_firm_is_asked_less_and_never_told_about_staff_it_lacks() {
    let r = assess(&owner_run_firm()).unwrap();
    assert_eq!(r.answers.not_asked, 6);
    let asked = BankId::Quick.bank().questions.len() - 6;
    assert_eq!(asked, 30);
    // Recommendation for 1–19 seats, grow revenue adds 10 to Conscious and Competent.
    let targets: Vec<f64> = r.blocks.iter().map(|b| b.target).collect();
    assert_eq!(targets, [60.0, 60.0, 45.0, 45.0, 35.0, 40.0, 45.0]);
    for a in ranked(&r.plan).into_iter().chain(&r.plan.beyond_target) {
        assert_ne!(a.responsible, Role::InternalIt, "{}", a.area);
    }
    assert!(r.plan.projected_itcq <= r.target_itcq.max(r.itcq) + 0.1);
}

/// A 200-seat manufacturer with its own IT department, goals cut costs and scale.
fn manufacturer() -> Assessment {
    use Answer::Level as L;
    let p = Profile {
        company: Some("Keller Components".into()),
        seats: 200,
        industry: Industry::Manufacturing,
        it_management: ItManagement::InternalDepartment,
        goals: vec![Goal::CutCosts, Goal::Scale],
    };
    let answers: Vec<(&str, Answer)> = BankId::Quick
        .bank()
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), L([2, 3, 1, 4, 2][i % 5])))
        .collect();
    quick(p, &answers)
}

#[test]
fn manufacturer_with_an_it_department_is_asked_everything() {
    let r = assess(&manufacturer()).unwrap();
    assert_eq!(r.answers.not_asked, 0);
    // 151–300 seats [80, 70, 70, 65, 65, 65, 65]; cut costs: Cost effective and
    // Controlled +10; scale: Conscious, Competent, Charged +10.
    let targets: Vec<f64> = r.blocks.iter().map(|b| b.target).collect();
    assert_eq!(targets, [80.0, 80.0, 80.0, 75.0, 75.0, 65.0, 75.0]);
    // With an IT department, the work the framework gives it stays with it.
    assert!(
        ranked(&r.plan)
            .into_iter()
            .chain(&r.plan.beyond_target)
            .any(|a| a.responsible == Role::InternalIt)
    );
}

#[test]
fn snapshots_of_the_three_profiles() {
    for (name, a) in [
        ("accounting_firm", accounting_firm()),
        ("owner_run_firm", owner_run_firm()),
        ("manufacturer", manufacturer()),
    ] {
        let report = assess(&a).unwrap();
        insta::assert_json_snapshot!(name, named::report(&report, english()));
    }
}
