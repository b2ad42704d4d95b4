//! The action plan's rules, checked on several answer patterns of both banks.

mod common;

use common::{assessment, profile};
use itcq::engine::answers::TOP_LEVEL;
use itcq::engine::framework::{self, Effort, Goal};
use itcq::engine::plan::{NEXT_90_MAX, PhaseId, QUICK_WINS_MAX, ranked};
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

/// The assessment with every answer below "in place" (including "Don't know") on a
/// question of the given areas raised to "in place": what doing those actions means.
fn with_areas_in_place(a: &Assessment, areas: &[&str]) -> Assessment {
    let mut done = a.clone();
    for q in a.bank.bank().questions.iter() {
        if q.areas.iter().any(|x| areas.contains(x))
            && let Some(ans) = done.answers.get_mut(q.id.as_str())
            && matches!(ans, Answer::DontKnow | Answer::Level(0..TOP_LEVEL))
        {
            *ans = Answer::Level(TOP_LEVEL);
        }
    }
    done
}

fn report(a: &Assessment) -> Report {
    assess(a).expect("valid test input")
}

#[test]
fn every_area_below_target_gets_exactly_one_action_and_no_other_area_does() {
    for a in patterns() {
        let r = report(&a);
        let actions = ranked(&r.plan);
        for area in &r.areas {
            let below = area.gap.is_some_and(|g| g > 0.0);
            let n = actions.iter().filter(|x| x.area == area.id).count();
            assert_eq!(
                n,
                usize::from(below),
                "{} gap {:?} actions {n}",
                area.id,
                area.gap
            );
        }
    }
}

#[test]
fn actions_name_existing_services_of_their_area_that_are_not_in_place() {
    for a in patterns() {
        let r = report(&a);
        let bank = a.bank.bank();
        for action in ranked(&r.plan) {
            assert!(
                !action.services.is_empty(),
                "{} names no service",
                action.area
            );
            let area = framework::area(action.area).expect("area exists");
            for &s in &action.services {
                let (owner, _) = framework::service(s).expect("service exists");
                assert_eq!(owner.id, area.id, "{} is not a service of {}", s, area.id);
                // Some question probing this service is answered below "in place".
                let below = bank.questions.iter().any(|q| {
                    q.services.contains(&s)
                        && matches!(
                            a.answers.get(q.id.as_str()),
                            Some(Answer::DontKnow) | Some(Answer::Level(0..TOP_LEVEL))
                        )
                });
                assert!(below, "{} is named but every question on it is in place", s);
            }
        }
    }
}

#[test]
fn action_gain_is_the_recomputed_itcq_difference() {
    for a in patterns() {
        let r = report(&a);
        for action in ranked(&r.plan) {
            let done = with_areas_in_place(&a, &[action.area]);
            let after = report(&done);
            let expected = after.itcq - r.itcq;
            assert!(
                (action.gain - expected).abs() <= 0.11,
                "{}: gain {} vs recomputed {expected}",
                action.area,
                action.gain
            );
            assert!(action.gain > 0.0, "{} adds nothing", action.area);
        }
    }
}

#[test]
fn ranking_is_by_priority_with_explicit_tie_breaks() {
    for a in patterns() {
        let r = report(&a);
        let actions = ranked(&r.plan);
        for (i, x) in actions.iter().enumerate() {
            assert_eq!(x.rank as usize, i + 1);
            let relevance = 1.0 + 0.5 * x.goals.len() as f64;
            let cost = framework::area(x.area).unwrap().effort.cost();
            assert!(
                (x.priority - x.gain * relevance / cost).abs() < 0.2,
                "{}",
                x.area
            );
        }
        // Within each phase, actions keep rank order.
        for p in &r.plan.phases {
            assert!(p.actions.windows(2).all(|w| w[0].rank < w[1].rank));
        }
        // Chosen goals listed on an action are goals of the profile and of the area.
        for x in &actions {
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
fn projections_rise_phase_by_phase_and_end_where_the_whole_plan_lands() {
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
        // Doing every action: all below-in-place answers of those areas raised to 4.
        let areas: Vec<&str> = ranked(&r.plan).iter().map(|x| x.area).collect();
        let done = with_areas_in_place(&a, &areas);
        assert_eq!(report(&done).itcq, r.plan.projected_itcq);
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
