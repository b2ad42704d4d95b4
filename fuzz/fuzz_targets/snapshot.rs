//! The widget's saved state, read back from the browser's storage, where anything may be:
//! a snapshot is refused with a reason or restored, and a restored one saves back the same.
//! The checks themselves are in `src/lib.rs`, shared with `tests/fuzz_seeds.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = itcq_fuzz::snapshot(&String::from_utf8_lossy(data));
});
