//! Property tests: invariants that hold for every possible answer set.

mod common;

use common::profile;
use itcq::engine::framework::{self, BlockId, Goal, Role};
use itcq::engine::plan::ranked;
use itcq::engine::profile::{Industry, ItManagement, Profile};
use itcq::engine::{Answer, Assessment, BankId, Report, assess, code, export};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// An answer valid for a bank's scale, or missing (`None`).
fn answer(bank: BankId) -> impl Strategy<Value = Option<Answer>> {
    match bank {
        BankId::Quick => prop_oneof![
            3 => (0u8..=4).prop_map(|l| Some(Answer::Level(l))),
            1 => Just(Some(Answer::DontKnow)),
            1 => Just(None),
        ]
        .boxed(),
        BankId::Full => prop_oneof![
            3 => prop_oneof![Just(0u8), Just(2), Just(4)].prop_map(|l| Some(Answer::Level(l))),
            1 => Just(Some(Answer::DontKnow)),
            1 => Just(Some(Answer::NotApplicable)),
            1 => Just(None),
        ]
        .boxed(),
    }
}

fn profiles() -> impl Strategy<Value = Profile> {
    (
        1u32..=2000,
        proptest::sample::subsequence(Goal::ALL.to_vec(), 0..=5),
        any::<bool>(),
        proptest::sample::select(ItManagement::ALL.to_vec()),
    )
        .prop_map(|(seats, goals, regulated, it_management)| Profile {
            company: None,
            seats,
            industry: if regulated {
                Industry::Healthcare
            } else {
                Industry::Retail
            },
            it_management,
            goals,
        })
}

fn assessments() -> impl Strategy<Value = Assessment> {
    prop_oneof![Just(BankId::Quick), Just(BankId::Full)].prop_flat_map(|bank| {
        let n = bank.bank().questions.len();
        (profiles(), proptest::collection::vec(answer(bank), n)).prop_map(
            move |(profile, answers)| {
                let answers: BTreeMap<String, Answer> = bank
                    .bank()
                    .questions
                    .iter()
                    .zip(answers)
                    .filter_map(|(q, a)| a.map(|a| (q.id.to_string(), a)))
                    .collect();
                Assessment {
                    bank,
                    profile,
                    answers,
                }
            },
        )
    })
}

fn report(a: &Assessment) -> Report {
    assess(a).expect("generated input is valid")
}

/// The next higher valid answer, if any ("Don't know" counts as 0).
fn raised(bank: BankId, a: Answer) -> Option<Answer> {
    let step = if bank == BankId::Quick { 1 } else { 2 };
    match a {
        Answer::DontKnow => Some(Answer::Level(step)),
        Answer::Level(l) if l < 4 => Some(Answer::Level(l + step)),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn scores_stay_within_0_and_100(a in assessments()) {
        let r = report(&a);
        prop_assert!((0.0..=100.0).contains(&r.itcq));
        prop_assert!((0.0..=1.0).contains(&r.completion));
        prop_assert!((0.0..=1.0).contains(&r.unknown_share));
        for b in &r.blocks {
            if let Some(s) = b.score { prop_assert!((0.0..=100.0).contains(&s)); }
            prop_assert!((0.0..=100.0).contains(&b.target));
        }
        for x in &r.areas {
            if let Some(s) = x.score { prop_assert!((0.0..=100.0).contains(&s)); }
        }
        for p in &r.plan.phases {
            prop_assert!((r.itcq..=100.0).contains(&p.projected_itcq));
        }
    }

    #[test]
    fn raising_any_answer_never_lowers_a_block_score_or_the_itcq(a in assessments(), pick in any::<prop::sample::Index>()) {
        let ids: Vec<String> = a.answers.keys().cloned().collect();
        prop_assume!(!ids.is_empty());
        let id = &ids[pick.index(ids.len())];
        let Some(up) = raised(a.bank, a.answers[id]) else { return Ok(()); };
        let mut b = a.clone();
        b.answers.insert(id.clone(), up);
        let (before, after) = (report(&a), report(&b));
        prop_assert!(after.itcq >= before.itcq, "{} -> {}", before.itcq, after.itcq);
        for (x, y) in before.blocks.iter().zip(&after.blocks) {
            prop_assert!(y.score >= x.score, "{}: {:?} -> {:?}", x.id, x.score, y.score);
        }
        for (x, y) in before.areas.iter().zip(&after.areas) {
            prop_assert!(y.score >= x.score, "{}: {:?} -> {:?}", x.id, x.score, y.score);
        }
    }

    #[test]
    fn the_plan_is_deterministic_and_its_services_exist(a in assessments()) {
        let r1 = report(&a);
        let r2 = report(&a.clone());
        prop_assert_eq!(&r1, &r2);
        let actions = ranked(&r1.plan);
        for area in &r1.areas {
            let n = actions
                .iter()
                .copied()
                .chain(&r1.plan.beyond_target)
                .filter(|x| x.area == area.id)
                .count();
            prop_assert!(n <= 1, "{}", area.id);
        }
        for action in actions {
            let area = framework::area(action.area);
            prop_assert!(area.is_some());
            for s in &action.services {
                prop_assert!(framework::service(s).is_some_and(|(ar, _)| ar.id == action.area));
            }
        }
    }

    #[test]
    fn the_gains_add_up_to_the_projection(a in assessments()) {
        let r = report(&a);
        let mut sum = r.itcq;
        for p in &r.plan.phases {
            sum += p.actions.iter().map(|x| x.gain).sum::<f64>();
            prop_assert!((sum - p.projected_itcq).abs() <= 0.1, "{:?}: {sum} vs {}", p.id, p.projected_itcq);
        }
    }

    #[test]
    fn the_whole_plan_never_projects_above_the_recommendation(a in assessments()) {
        // Blocks already above their recommendation keep their score; the plan raises the
        // others at most to it. What lies beyond is listed separately.
        let r = report(&a);
        let scored: Vec<f64> = r.blocks.iter().filter_map(|b| b.score.map(|s| s.max(b.target))).collect();
        let ceiling = if scored.is_empty() { 0.0 } else { scored.iter().sum::<f64>() / scored.len() as f64 };
        prop_assert!(r.plan.projected_itcq <= ceiling + 0.1, "{} > {ceiling}", r.plan.projected_itcq);
    }

    #[test]
    fn no_listed_service_is_implied_by_its_answer(a in assessments()) {
        let r = report(&a);
        let bank = a.bank.bank();
        for action in ranked(&r.plan).into_iter().chain(&r.plan.beyond_target) {
            for s in &action.services {
                let open = action.questions.iter().any(|id| {
                    let q = bank.question(id).unwrap();
                    let level = match a.answers.get(id.as_str()) {
                        Some(Answer::Level(l)) => *l,
                        Some(Answer::DontKnow) => 0,
                        _ => return false,
                    };
                    q.services.iter().zip(&q.in_place_from).any(|(x, from)| x == s && level < *from)
                });
                prop_assert!(open, "{}: {s} is implied by the answers", action.area);
            }
        }
    }

    #[test]
    fn no_role_names_staff_the_company_lacks(a in assessments()) {
        let r = report(&a);
        if !a.profile.it_management.has_own_it_staff() {
            for action in ranked(&r.plan).into_iter().chain(&r.plan.beyond_target) {
                prop_assert_ne!(action.responsible, Role::InternalIt);
                prop_assert_ne!(action.accountable, Role::InternalIt);
            }
        }
    }

    #[test]
    fn completion_and_unknown_share_count_the_answers(a in assessments()) {
        let r = report(&a);
        let bank = a.bank.bank();
        let own_it = a.profile.it_management.has_own_it_staff();
        let asked: Vec<&str> = bank.questions.iter().filter(|q| q.applies.to(a.profile.seats, own_it)).map(|q| q.id.as_str()).collect();
        let given: Vec<&Answer> = a.answers.iter().filter(|(id, _)| asked.contains(&id.as_str())).map(|(_, x)| x).collect();
        let dk = given.iter().filter(|x| ***x == Answer::DontKnow).count();
        prop_assert_eq!(r.answers.total as usize, asked.len());
        prop_assert_eq!(r.answers.not_asked as usize, bank.questions.len() - asked.len());
        prop_assert_eq!(r.answers.answered as usize, given.len());
        prop_assert_eq!(r.answers.missing as usize, asked.len() - given.len());
        prop_assert_eq!(r.answers.dont_know as usize, dk);
        let share = |p: usize, w: usize| if w == 0 { 0.0 } else { (p as f64 / w as f64 * 1000.0).round() / 1000.0 };
        prop_assert_eq!(r.completion, share(given.len(), asked.len()));
        prop_assert_eq!(r.unknown_share, share(dk, given.len()));
        let in_blocks: u32 = r.unknown.blocks.iter().map(|b| b.count).sum();
        prop_assert_eq!(in_blocks as usize, dk);
    }

    #[test]
    fn the_result_code_reopens_the_same_report(a in assessments()) {
        let answers = a.validate().expect("generated input is valid");
        let code = code::encode(&a.profile, &answers, None, None);
        let reopened = export::read(&code).map_err(|e| TestCaseError::fail(format!("{e}: {code}")))?;
        prop_assert_eq!(&reopened.code, &code);
        prop_assert_eq!(&reopened.decoded.answers, &answers);
        prop_assert_eq!(&reopened.report, &report(&a));
    }
}

#[test]
fn an_empty_assessment_is_valid_and_complete_zero() {
    for bank in [BankId::Quick, BankId::Full] {
        let r = report(&Assessment {
            bank,
            profile: profile(),
            answers: BTreeMap::new(),
        });
        assert_eq!(r.completion, 0.0);
        assert_eq!(r.itcq, 0.0);
        assert!(
            r.blocks
                .iter()
                .all(|b| b.score.is_none() && b.gap.is_none())
        );
        assert!(ranked(&r.plan).is_empty());
        assert_eq!(r.blocks.len(), BlockId::ALL.len());
    }
}
