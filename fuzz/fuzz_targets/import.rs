//! What people hand the engine as files: a JSON export (or a code) dropped on the rep page,
//! and an assessment given to `itcq assess`. Either is refused with a message or scored.
//! The checks themselves are in `src/lib.rs`, shared with `tests/fuzz_seeds.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = itcq_fuzz::import(&String::from_utf8_lossy(data));
});
