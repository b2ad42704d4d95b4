//! Result codes and links, as pasted on the rep page, opened from `#itcq=` or given to
//! `itcq decode`: any text is either refused with a message or read into a result whose
//! canonical code reads back to the same result, and whose briefing and exports build.
#![no_main]

use itcq::engine::{briefing, code, export, i18n};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(decoded) = code::decode(&text) else {
        return;
    };
    let scored = export::Scored::new(decoded);
    let again = code::decode(&scored.code).expect("a canonical code reads back");
    assert_eq!(
        again, scored.decoded,
        "the canonical code carries the same result"
    );
    let t = i18n::english();
    let _ = briefing::briefing(&scored, t);
    let _ = briefing::row(&scored, t);
    let _ = export::json(&scored, Some("https://example.com/"));
    let _ = export::csv(std::slice::from_ref(&scored), None);
});
