//! The MSP's configuration file: any text gets a configuration and a list of problems,
//! never a panic, and a file the checker passes applies to the texts and the report.
#![no_main]

use itcq::engine::profile::{Industry, ItManagement};
use itcq::engine::{Answers, Profile, assess_tuned, bank::Bank, custom, i18n};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (config, issues) = custom::read_json(&text);
    let config = config.applied(&issues);
    let mut t = i18n::english().clone();
    config.overlay(&mut t);
    let _ = config.texts_for(i18n::Lang::De);
    let profile = Profile {
        company: None,
        seats: 40,
        industry: Industry::ALL[0],
        it_management: ItManagement::ALL[0],
        goals: Vec::new(),
    };
    let answers = Answers::empty(Bank::quick());
    let _ = assess_tuned(&profile, &answers, &t, &config.tuning);
});
