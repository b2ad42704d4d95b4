//! Benchmarks of the engine's entry point, `assess`, on both banks, of result codes
//! (encode, decode, decode and rescore), and of what the browser's engine API does per call
//! (criterion): `api-assess` is its `assess` (JSON text in; the report with its words out as
//! JSON text), `export-json` its `exportJson` (a code in, the JSON export out), so the same
//! inputs can be timed natively and as WebAssembly (`make bench-web`).
//!
//! Run with `cargo bench --bench assess`; docs/performance.md quotes the medians.

use criterion::{Criterion, criterion_group, criterion_main};
use itcq::engine::{Assessment, BankId, assess, code, export, i18n, import};
use std::hint::black_box;

/// A fully answered assessment with mixed levels (deterministic, no randomness).
fn sample(bank: BankId) -> Assessment {
    let levels: &[&str] = match bank {
        BankId::Quick => &["0", "1", "2", "3", "4", "\"dont_know\"", "2"],
        BankId::Full => &["0", "2", "4", "\"dont_know\"", "\"na\"", "2", "0"],
    };
    let answers: Vec<String> = bank
        .bank()
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| format!("\"{}\":{}", q.id, levels[i % levels.len()]))
        .collect();
    let json = format!(
        r#"{{"bank":"{bank}","profile":{{"seats":45,"industry":"professional_services","it_management":"outsourced_msp","goals":["continuity","cut_costs"]}},"answers":{{{}}}}}"#,
        answers.join(",")
    );
    import::assessment(&json).expect("the sample is valid")
}

fn bench(c: &mut Criterion) {
    for bank in [BankId::Quick, BankId::Full] {
        let input = sample(bank);
        c.bench_function(&format!("assess/{bank}"), |b| {
            b.iter(|| assess(black_box(&input)).expect("valid"))
        });
    }
    let json = serde_json::to_string(&sample(BankId::Quick)).expect("serialisable");
    c.bench_function("parse+assess/quick", |b| {
        b.iter(|| assess(&import::assessment(black_box(&json)).expect("valid")).expect("valid"))
    });
}

/// What the engine API does per call, natively: the browser's figures for the same inputs
/// add only the crossing between JavaScript and WebAssembly.
fn api(c: &mut Criterion) {
    let en = i18n::english();
    for bank in [BankId::Quick, BankId::Full] {
        let input = sample(bank);
        let json = serde_json::to_string(&input).expect("serialisable");
        c.bench_function(&format!("api-assess/{bank}"), |b| {
            b.iter(|| {
                let a = import::assessment(black_box(&json)).expect("valid");
                let report = assess(&a).expect("valid");
                serde_json::to_string(&i18n::named::report(&report, en)).expect("serialisable")
            })
        });
        let answers = input.validate().expect("valid");
        let text = code::encode(&input.profile, &answers, None, None);
        c.bench_function(&format!("export-json/{bank}"), |b| {
            b.iter(|| export::json(&export::read(black_box(&text)).expect("valid"), None, en))
        });
    }
}

fn codes(c: &mut Criterion) {
    for bank in [BankId::Quick, BankId::Full] {
        let input = sample(bank);
        let answers = input.validate().expect("valid");
        let text = code::encode(&input.profile, &answers, None, None);
        c.bench_function(&format!("code-encode/{bank}"), |b| {
            b.iter(|| code::encode(black_box(&input.profile), black_box(&answers), None, None))
        });
        c.bench_function(&format!("code-decode/{bank}"), |b| {
            b.iter(|| code::decode(black_box(&text)).expect("valid"))
        });
        c.bench_function(&format!("code-decode+report/{bank}"), |b| {
            b.iter(|| export::read(black_box(&text)).expect("valid"))
        });
    }
}

criterion_group!(benches, bench, codes, api);
criterion_main!(benches);
