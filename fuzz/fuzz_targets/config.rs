//! The MSP's configuration file: any text gets a configuration and a list of problems,
//! never a panic, and a file the checker passes applies to the texts and the report.
//! The checks themselves are in `src/lib.rs`, shared with `tests/fuzz_seeds.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = itcq_fuzz::config(&String::from_utf8_lossy(data));
});
