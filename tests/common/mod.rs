//! Helpers shared by the integration tests: build assessments without hand-writing JSON.
#![allow(dead_code)]

use itcq::engine::bank::Question;
use itcq::engine::framework::Goal;
use itcq::engine::profile::{Industry, ItManagement, Profile};
use itcq::engine::{Answer, Assessment, BankId};
use std::collections::BTreeMap;

/// The profile used across tests: 45 seats, professional services, MSP, continuity.
pub fn profile() -> Profile {
    Profile {
        company: Some("Example Ltd".into()),
        seats: 45,
        industry: Industry::ProfessionalServices,
        it_management: ItManagement::OutsourcedMsp,
        goals: vec![Goal::Continuity],
    }
}

/// An assessment whose answer to each question is chosen by `f` (None = missing).
pub fn assessment(
    bank: BankId,
    profile: Profile,
    f: impl Fn(usize, &Question) -> Option<Answer>,
) -> Assessment {
    let answers: BTreeMap<String, Answer> = bank
        .bank()
        .questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| f(i, q).map(|a| (q.id.to_string(), a)))
        .collect();
    Assessment {
        bank,
        profile,
        answers,
    }
}

/// Fills the profile screen of a journey for a company that is asked every question (45
/// seats, an IT administrator of its own) and goes on.
#[allow(dead_code)]
pub fn through_profile(mut s: itcq::journey::State) -> itcq::journey::State {
    use itcq::journey::{Action, Step};
    s.step = Step::Profile;
    for a in [
        Action::Seats("45".into()),
        Action::Industry(Some(Industry::Legal)),
        Action::ItManagement(ItManagement::InternalAdmin),
        Action::Next,
    ] {
        s = s.apply(a);
    }
    s
}
