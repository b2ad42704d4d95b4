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
