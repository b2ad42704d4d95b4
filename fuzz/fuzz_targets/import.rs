//! What people hand the engine as files: a JSON export (or a code) dropped on the rep page,
//! and an assessment given to `itcq assess`. Either is refused with a message or scored.
#![no_main]

use itcq::engine::{Assessment, assess, export};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(scored) = export::read(&text) {
        let _ = export::json(&scored, None);
    }
    if let Ok(input) = Assessment::from_json(&text) {
        let _ = assess(&input);
    }
});
