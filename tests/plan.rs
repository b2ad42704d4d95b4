//! The action plan's rules, checked on several answer patterns of both banks.

mod common;

use common::{assessment, profile};
use itcq::engine::answers::TOP_LEVEL;
use itcq::engine::framework::{self, Effort, Goal, Role};
use itcq::engine::plan::{Action, NEXT_90_MAX, PhaseId, QUICK_WINS_MAX, ranked, same_service};
use itcq::engine::profile::ItManagement;
use itcq::engine::{Answer, Assessment, BankId, Report, assess};

fn patterns() -> Vec<Assessment> {
    let mut out = Vec::new();
    for bank in [BankId::Quick, BankId::Full] {
        let levels: &[u8] = if bank == BankId::Quick {
            &[0, 1, 2, 3, 4]
        } else {
            &[0, 2, 4]
        };
        out.push(assessment(bank, profile(), |_, _| Some(Answer::Level(0))));
        out.push(assessment(bank, profile(), |i, _| {
            Some(Answer::Level(levels[i % levels.len()]))
        }));
        out.push(assessment(bank, profile(), |i, _| {
            (i % 3 != 0).then_some(Answer::Level(levels[(i / 2) % levels.len()]))
        }));
        out.push(assessment(bank, profile(), |i, _| {
            Some(if i % 2 == 0 {
                Answer::DontKnow
            } else {
                Answer::Level(levels[i % levels.len()])
            })
        }));
        let mut p = profile();
        p.seats = 250;
        p.goals = vec![Goal::Compliance, Goal::CutCosts, Goal::GrowRevenue];
        out.push(assessment(bank, p, |i, _| {
            Some(Answer::Level(levels[(i * 7) % levels.len()]))
        }));
    }
    out
}

fn report(a: &Assessment) -> Report {
    assess(a).expect("valid test input")
}

/// The answer's level for "which services does it imply" ("Don't know" implies none).
fn level_of(a: Option<&Answer>) -> Option<u8> {
    match a {
        Some(Answer::Level(l)) => Some(*l),
        Some(Answer::DontKnow) => Some(0),
        _ => None,
    }
}

/// Every action of the plan and beyond it.
fn all_actions(r: &Report) -> Vec<&Action> {
    let mut v = ranked(&r.plan);
    v.extend(&r.plan.beyond_target);
    v
}

#[test]
fn an_area_gets_at_most_one_action_and_only_below_in_place_questions_are_raised() {
    for a in patterns() {
        let r = report(&a);
        let bank = a.bank.bank();
        let actions = all_actions(&r);
        for area in framework::AREAS {
            assert!(actions.iter().filter(|x| x.area == area.id).count() <= 1);
        }
        for x in &actions {
            assert!(!x.questions.is_empty(), "{} raises nothing", x.area);
            for id in &x.questions {
                let q = bank.question(id).unwrap();
                assert!(q.areas.contains(&x.area), "{id} is not in {}", x.area);
                assert!(matches!(
                    a.answers.get(id.as_str()),
                    Some(Answer::DontKnow) | Some(Answer::Level(0..TOP_LEVEL))
                ));
            }
        }
    }
}

#[test]
fn no_listed_service_is_implied_by_its_answer() {
    for a in patterns() {
        let r = report(&a);
        let bank = a.bank.bank();
        for action in all_actions(&r) {
            assert!(
                !action.services.is_empty(),
                "{} names no service",
                action.area
            );
            let area = framework::area(action.area).expect("area exists");
            for &s in &action.services {
                let (owner, _) = framework::service(s).expect("service exists");
                assert_eq!(owner.id, area.id, "{} is not a service of {}", s, area.id);
                // A question the action raises probes it, and its answer is below the
                // level that implies the service.
                let open = action.questions.iter().any(|id| {
                    let q = bank.question(id).unwrap();
                    let l = level_of(a.answers.get(id.as_str())).unwrap();
                    q.services
                        .iter()
                        .zip(&q.in_place_from)
                        .any(|(x, from)| *x == s && l < *from)
                });
                assert!(open, "{s} is named but the answer already implies it");
            }
        }
    }
}

#[test]
fn a_single_area_action_gains_what_raising_its_questions_gains() {
    // Where every raised question probes this area only, the action's share is the whole
    // question: its exact gain is the recomputed ITCq difference (shown within 0.1).
    for a in patterns() {
        let r = report(&a);
        let bank = a.bank.bank();
        for action in ranked(&r.plan) {
            let single = action
                .questions
                .iter()
                .all(|id| bank.question(id).unwrap().areas.len() == 1);
            if !single || action.reaches_target {
                continue;
            }
            let mut done = a.clone();
            for id in &action.questions {
                done.answers
                    .insert(id.to_string(), Answer::Level(TOP_LEVEL));
            }
            let expected = report(&done).itcq - r.itcq;
            assert!(
                (action.gain - expected).abs() <= 0.11,
                "{}: gain {} vs recomputed {expected}",
                action.area,
                action.gain
            );
        }
    }
}

#[test]
fn gains_add_up_to_the_projections() {
    for a in patterns() {
        let r = report(&a);
        let mut sum = r.itcq;
        for p in &r.plan.phases {
            sum += p.actions.iter().map(|x| x.gain).sum::<f64>();
            assert!(
                (sum - p.projected_itcq).abs() < 0.051,
                "{:?}: {} + gains = {sum}, projected {}",
                p.id,
                r.itcq,
                p.projected_itcq
            );
        }
        assert_eq!(r.plan.projected_itcq, r.plan.phases[2].projected_itcq);
    }
}

#[test]
fn the_plan_closes_gaps_up_to_the_target_and_no_further() {
    for a in patterns() {
        let r = report(&a);
        let scored = r.blocks.iter().filter(|b| b.score.is_some()).count() as f64;
        for b in &r.blocks {
            let Some(score) = b.score else { continue };
            // ITCq points the plan claims in this block, as block points.
            let claimed: f64 = ranked(&r.plan)
                .iter()
                .filter(|x| x.block == b.id)
                .map(|x| x.gain)
                .sum::<f64>()
                * scored;
            let gap = (b.target - score).max(0.0);
            // Shown gains are each within 0.1 ITCq of the exact ones.
            let slack = 0.1 * scored * (ranked(&r.plan).len() as f64 + 1.0);
            assert!(
                claimed <= gap + slack,
                "{}: plan claims {claimed} block points, gap {gap}",
                b.id
            );
            // What lies beyond the target is only in blocks whose gap the plan closes.
            if r.plan.beyond_target.iter().any(|x| x.block == b.id) {
                assert!(
                    claimed >= gap - slack,
                    "{}: actions beyond the target while the gap is open ({claimed} of {gap})",
                    b.id
                );
            }
        }
        // The whole plan never projects above the mean of max(score, target) per block.
        let ceiling = r
            .blocks
            .iter()
            .filter_map(|b| b.score.map(|s| s.max(b.target)))
            .sum::<f64>()
            / scored;
        assert!(r.plan.projected_itcq <= ceiling + 0.1 + 1e-9);
    }
}

#[test]
fn ranking_is_by_priority_with_explicit_tie_breaks() {
    for a in patterns() {
        let r = report(&a);
        let mut all = all_actions(&r);
        all.sort_by_key(|x| x.rank);
        for (i, x) in all.iter().enumerate() {
            assert_eq!(x.rank as usize, i + 1);
            assert_eq!(x.risk, framework::area(x.area).unwrap().risk);
        }
        assert!(all.windows(2).all(|w| w[0].priority >= w[1].priority));
        // Within each phase, actions keep rank order.
        for p in &r.plan.phases {
            assert!(p.actions.windows(2).all(|w| w[0].rank < w[1].rank));
        }
        // Chosen goals listed on an action are goals of the profile and of the area.
        for x in &all {
            let area = framework::area(x.area).unwrap();
            assert!(
                x.goals
                    .iter()
                    .all(|g| a.profile.goals.contains(g) && area.goals.contains(g))
            );
        }
    }
}

#[test]
fn the_same_framework_service_never_shares_an_early_phase() {
    for a in patterns() {
        let r = report(&a);
        for p in &r.plan.phases[..2] {
            for x in &p.actions {
                assert!(
                    !p.actions.iter().any(|y| same_service(x.area, y.area)),
                    "{} and its twin in {:?}",
                    x.area,
                    p.id
                );
            }
        }
    }
}

#[test]
fn roles_never_name_staff_the_company_lacks() {
    for itm in ItManagement::ALL {
        for bank in [BankId::Quick, BankId::Full] {
            let mut p = profile();
            p.it_management = itm;
            let r = report(&assessment(bank, p, |_, _| Some(Answer::Level(0))));
            for x in all_actions(&r) {
                if !itm.has_own_it_staff() {
                    assert_ne!(x.responsible, Role::InternalIt, "{itm:?} {}", x.area);
                    assert_ne!(x.accountable, Role::InternalIt, "{itm:?} {}", x.area);
                }
            }
        }
    }
}

#[test]
fn security_comes_first_for_a_company_without_the_baseline() {
    // Everything at level 1: the plan's first actions are the security basics and backup,
    // not the blocks with the fewest questions.
    let r = report(&assessment(BankId::Quick, profile(), |_, _| {
        Some(Answer::Level(1))
    }));
    let first: Vec<&str> = ranked(&r.plan).iter().take(2).map(|x| x.area).collect();
    assert!(first.contains(&"continuous.security_basics"), "{first:?}");
    assert!(first.contains(&"continuous.backup"), "{first:?}");
}

#[test]
fn phases_respect_their_horizons() {
    for a in patterns() {
        let r = report(&a);
        let ids: Vec<PhaseId> = r.plan.phases.iter().map(|p| p.id).collect();
        assert_eq!(
            ids,
            [
                PhaseId::QuickWins,
                PhaseId::Next90Days,
                PhaseId::Next12Months
            ]
        );
        let [quick, ninety, year] = &r.plan.phases[..] else {
            unreachable!()
        };
        assert!(quick.actions.len() <= QUICK_WINS_MAX);
        assert!(quick.actions.iter().all(|x| x.effort == Effort::Small));
        assert!(ninety.actions.len() <= NEXT_90_MAX);
        assert!(ninety.actions.iter().all(|x| x.effort != Effort::Large));
        // A small action only waits for a later phase when the quick wins are full.
        if year.actions.iter().any(|x| x.effort == Effort::Small)
            || ninety.actions.iter().any(|x| x.effort == Effort::Small)
        {
            assert_eq!(quick.actions.len(), QUICK_WINS_MAX);
        }
        if year.actions.iter().any(|x| x.effort != Effort::Large) {
            assert_eq!(ninety.actions.len(), NEXT_90_MAX);
        }
    }
}

#[test]
fn projections_rise_phase_by_phase() {
    for a in patterns() {
        let r = report(&a);
        let mut last = r.itcq;
        for p in &r.plan.phases {
            assert!(
                p.projected_itcq >= last,
                "{:?} {} < {last}",
                p.id,
                p.projected_itcq
            );
            last = p.projected_itcq;
        }
        assert_eq!(r.plan.projected_itcq, last);
    }
}

#[test]
fn the_same_input_gives_the_same_report() {
    for a in patterns() {
        let r1 = serde_json::to_string(&report(&a)).unwrap();
        let r2 = serde_json::to_string(&report(&a.clone())).unwrap();
        assert_eq!(r1, r2);
    }
}

#[test]
fn all_in_place_needs_no_plan() {
    for bank in [BankId::Quick, BankId::Full] {
        let r = report(&assessment(bank, profile(), |_, _| Some(Answer::Level(4))));
        assert_eq!(r.itcq, 100.0);
        assert!(ranked(&r.plan).is_empty());
        assert!(r.plan.phases.iter().all(|p| p.projected_itcq == 100.0));
    }
}

/// The what-if adds the chosen actions' shown gains: every action ticked gives the
/// plan's projection, none gives today's result, and each block moves by its actions'
/// block gains, never past its recommendation.
#[test]
fn what_if_adds_up_to_the_plan() {
    let round1 = |x: f64| (x * 10.0).round() / 10.0;
    for a in patterns() {
        let r = report(&a);
        let none = r.what_if(&[]);
        assert_eq!(none.itcq, r.itcq);
        assert_eq!(none.status, r.status());
        let all: Vec<u32> = ranked(&r.plan).iter().map(|a| a.rank).collect();
        let done = r.what_if(&all);
        assert_eq!(done.itcq, r.plan.projected_itcq);
        for (i, b) in r.blocks.iter().enumerate() {
            if let (Some(s), Some(after)) = (b.score, done.blocks[i]) {
                assert!(
                    after >= round1(s) && after <= b.target.max(round1(s)) + 0.2,
                    "block {i}: {s} → {after} (recommendation {})",
                    b.target
                );
            }
        }
        let Some(first) = ranked(&r.plan).first().copied() else {
            continue;
        };
        let one = r.what_if(&[first.rank]);
        assert_eq!(one.itcq, round1(r.itcq + first.gain));
        for (i, b) in r.blocks.iter().enumerate() {
            let moved = i == first.block.index();
            let expected = b
                .score
                .map(|s| round1(if moved { s + first.block_gain } else { s }));
            assert_eq!(one.blocks[i], expected);
        }
        // Ranks that are not in the plan change nothing.
        assert_eq!(r.what_if(&[9999]).itcq, r.itcq);
    }
}
