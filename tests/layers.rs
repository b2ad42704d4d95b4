//! The workspace's layering, read from the crates' manifests: each crate depends only on the
//! ITCq crates below it, and the core on nothing but `serde` (derive) and `thiserror`. Cargo
//! already refuses a circle; this also refuses a dependency that skips the order (say, the
//! text layer reaching the formats) before it could ever become one.

use std::collections::BTreeSet;
use std::path::Path;

/// Each crate and the ITCq crates it may depend on (docs/architecture.md).
const LAYERS: &[(&str, &[&str])] = &[
    ("core", &[]),
    ("text", &["itcq-core"]),
    ("formats", &["itcq-core", "itcq-text"]),
    ("msp", &["itcq-core", "itcq-text", "itcq-formats"]),
    (
        "briefing",
        &["itcq-core", "itcq-text", "itcq-formats", "itcq-msp"],
    ),
    (
        "journey",
        &["itcq-core", "itcq-text", "itcq-formats", "itcq-msp"],
    ),
    ("web", &["itcq-text", "itcq-msp"]),
    (
        "widget",
        &[
            "itcq-core",
            "itcq-text",
            "itcq-formats",
            "itcq-msp",
            "itcq-journey",
            "itcq-web",
            "itcq-api",
        ],
    ),
    (
        "api",
        &[
            "itcq-core",
            "itcq-text",
            "itcq-formats",
            "itcq-msp",
            "itcq-briefing",
            "itcq-web",
        ],
    ),
];

/// The dependency names of a manifest's `[dependencies]`-like sections (target-specific and
/// dev ones included), as `(section, name)`.
fn dependencies(manifest: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut section = String::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line.trim_matches(['[', ']']).to_string();
        } else if section.ends_with("dependencies")
            && let Some((name, _)) = line.split_once('=')
            && !line.starts_with('#')
        {
            out.push((section.clone(), name.trim().to_string()));
        }
    }
    out
}

#[test]
fn every_crate_depends_only_on_the_layers_below_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates");
    let on_disk: BTreeSet<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let listed: BTreeSet<String> = LAYERS.iter().map(|(c, _)| c.to_string()).collect();
    assert_eq!(
        on_disk, listed,
        "every crate under crates/ has its place here"
    );
    for (krate, allowed) in LAYERS {
        let manifest = std::fs::read_to_string(root.join(krate).join("Cargo.toml")).unwrap();
        for (section, name) in dependencies(&manifest) {
            if name.starts_with("itcq") {
                assert!(
                    allowed.contains(&name.as_str()),
                    "itcq-{krate} depends on {name} ([{section}]); it may depend on {allowed:?}"
                );
            }
        }
    }
}

#[test]
fn the_core_has_no_text_json_or_web_crate() {
    let manifest = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/Cargo.toml"),
    )
    .unwrap();
    let normal: Vec<String> = dependencies(&manifest)
        .into_iter()
        .filter(|(section, _)| section == "dependencies")
        .map(|(_, name)| name)
        .collect();
    assert_eq!(normal, ["serde", "thiserror"], "itcq-core's dependencies");
    let words = [
        "en!",
        "Texts",
        "i18n",
        "serde_json",
        "wasm_bindgen",
        "web_sys",
    ];
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let code = std::fs::read_to_string(&path).unwrap();
                let code = code.split("#[cfg(test)]").next().unwrap_or_default();
                for word in words {
                    assert!(!code.contains(word), "{} mentions {word}", path.display());
                }
            }
        }
    }
}
