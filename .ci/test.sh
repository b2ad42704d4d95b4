#!/usr/bin/env bash
# Installs what the tests need and runs every test the project has:
# formatting, clippy (host and wasm32), the Rust unit/integration/doc tests, the web
# build, the wasm-versus-native engine tests, the widget's component tests
# (wasm-bindgen-test), the end-to-end browser tests (Debian's Chromium driven by
# playwright-core) and the size report.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"

for c in rustfmt clippy; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done
ensure_wasm_target

log "cargo fmt --check"
cargo fmt --all --check

log "clippy (host, every crate, all targets)"
cargo clippy --locked --workspace --all-targets -- -D warnings

log "clippy (wasm32)"
cargo clippy --locked --target wasm32-unknown-unknown -p itcq-widget -p itcq-api -p itcq-web --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p itcq-widget --features external-texts --lib -- -D warnings
# The first module: the widget without its results.
cargo clippy --locked --target wasm32-unknown-unknown -p itcq-widget --no-default-features --features external-texts --lib -- -D warnings

log "cargo test (every crate)"
cargo test --locked --workspace

log "fuzz targets compile (the long runs: bash .ci/fuzz.sh)"
cargo fmt --manifest-path fuzz/Cargo.toml --check
cargo clippy --locked --manifest-path fuzz/Cargo.toml --target-dir target/fuzz-check --quiet -- -D warnings

log "web build"
bash "$ROOT/.ci/build-web.sh"

log "wasm engine tests and size budgets (node --test)"
cargo build --locked --quiet --bin itcq
node --test tests/wasm/

log "types: the site's scripts against types/ (tsc), the schema, the pages' rules (node --test)"
node_modules/.bin/tsc -p types
node --test tests/node/

log "component and binding tests in headless Chromium (wasm-bindgen-test)"
# Chromium for the browser tests; poppler-utils (pdftoppm, pdftotext) to check the printed report.
# WordPress, PHP and MariaDB for the plugin's end-to-end test (tests/e2e/wordpress.test.mjs).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftoppm >/dev/null \
  || [ ! -f /usr/share/wordpress/wp-load.php ] || ! command -v php >/dev/null || ! command -v mariadbd >/dev/null \
  || ! php -m | grep -qi '^mysqli$'; then
  apt-get update -qq && apt-get install -y -qq chromium chromium-driver poppler-utils wordpress php-cli php-mysql mariadb-server
fi
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER="$(command -v chromedriver)" \
  cargo test --locked --target wasm32-unknown-unknown -p itcq-widget --test browser

log "end-to-end tests (Chromium)"
node --test --test-concurrency=1 tests/e2e/

log "the core journeys in WebKit and Firefox ESR (WebDriver)"
# WebKitGTK's MiniBrowser with its WebDriver under Xvfb (Safari's engine family), Firefox ESR
# with geckodriver from crates.io.
if ! command -v WebKitWebDriver >/dev/null || ! command -v xvfb-run >/dev/null || ! command -v firefox-esr >/dev/null; then
  apt-get update -qq && apt-get install -y -qq webkit2gtk-driver xvfb firefox-esr
fi
if ! command -v geckodriver >/dev/null && [ ! -x "$HOME/.cargo/bin/geckodriver" ]; then
  cargo install --quiet geckodriver --version 0.37.1
fi
node --test --test-concurrency=1 tests/browsers/

log "size report"
node "$ROOT/.ci/size-report.mjs"
