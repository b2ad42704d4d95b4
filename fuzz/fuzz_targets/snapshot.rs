//! The widget's saved state, read back from the browser's storage, where anything may be:
//! a snapshot is refused with a reason or restored, and a restored one saves back the same.
#![no_main]

use itcq::journey::Snapshot;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let now = 1_800_000_000_000;
    if let Ok(snapshot) = Snapshot::decode(&text, now) {
        let again = Snapshot::decode(&snapshot.encode(), now).expect("a saved snapshot reads back");
        assert_eq!(
            again.encode(),
            snapshot.encode(),
            "a snapshot saves back the same"
        );
    }
});
