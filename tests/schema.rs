//! `docs/itcq-config-1.schema.json` is the engine's JSON Schema of the configuration file
//! (`itcq_msp::schema`), kept up to date here (`ITCQ_WRITE_SCHEMA=1 cargo test --test
//! schema` rewrites it). `tests/node/schema.test.mjs` validates the example files against it
//! with a standard validator.

use itcq::engine::{custom, schema};
use std::path::Path;

#[test]
fn the_committed_schema_is_the_engine_s() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join(schema::FILE_NAME);
    let want = schema::schema_text();
    if std::env::var_os("ITCQ_WRITE_SCHEMA").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{} is out of date: run ITCQ_WRITE_SCHEMA=1 cargo test --test schema",
        path.display()
    );
}

#[test]
fn the_good_files_name_the_schema_and_the_engine_accepts_them() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in ["tests/config/good.json", "www/itcq-config.example.json"] {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let (_, issues) = custom::read_json(&text);
        assert!(issues.is_empty(), "{file}: {issues:?}");
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(doc["$schema"], schema::FILE_NAME, "{file} names the schema");
    }
}
