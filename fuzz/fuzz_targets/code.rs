//! Result codes and links, as pasted on the rep page, opened from `#itcq=` or given to
//! `itcq decode`: any text is either refused with a message or read into a result whose
//! canonical code reads back to the same result, and whose briefing and exports build.
//! The checks themselves are in `src/lib.rs`, shared with `tests/fuzz_seeds.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = itcq_fuzz::code(&String::from_utf8_lossy(data));
});
