#!/usr/bin/env bash
# Builds the browser bundle and the static site.
#   pkg/          wasm-bindgen output (--target web): itcq.js + itcq_bg.wasm (the widget from
#                 the welcome to the lead form: the first-interaction payload),
#                 itcq_results.js + itcq_results_bg.wasm (the whole widget, results too:
#                 fetched while the prospect answers), itcq_engine.js + itcq_engine_bg.wasm
#                 (the engine's JSON API: exports and lead delivery)
#   target/site/  www/ plus pkg/ side by side: the folder an MSP copies to any static host
# The wasm is built as a cdylib with the size-optimised `wasm-release` profile (LTO on),
# then shrunk with wasm-opt -Oz from npm's binaryen; JavaScript is minified with terser.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"

ensure_wasm_target
ensure_wasm_bindgen
ensure_node_tools

rm -rf pkg
# --low-memory-unused lets wasm-opt fold address offsets, assuming the lowest 1 KB of
# memory is never used: Rust puts the stack first (1 MiB, growing down to 0) and the data
# after it, which `check_stack_first` below confirms on every build.
OPT_FLAGS=(-Oz --converge --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)

# bundle <crate> <output name> [cargo features] [more cargo flags]
bundle() {
  log "compiling $2 ($1) to wasm"
  # shellcheck disable=SC2086
  cargo rustc --locked -p "$1" --lib --profile wasm-release --target wasm32-unknown-unknown \
    --crate-type cdylib --features "${3:-}" ${4:-} --quiet
  wasm-bindgen --target web --no-typescript --out-dir pkg --out-name "$2" \
    "target/wasm32-unknown-unknown/wasm-release/${1//-/_}.wasm"
  check_stack_first "pkg/$2_bg.wasm"
  node_modules/.bin/wasm-opt "${OPT_FLAGS[@]}" "pkg/$2_bg.wasm" -o "pkg/$2_bg.wasm"
  node .ci/short-imports.mjs "pkg/$2_bg.wasm" "pkg/$2.js" >/dev/null
}

# The first data segment must start at 1 MiB or above (stack first), or --low-memory-unused
# would not hold.
check_stack_first() {
  local first
  first=$(node_modules/.bin/wasm-dis "$1" | grep -m1 -o '(data [^(]*(i32.const [0-9]*' | grep -o '[0-9]*$')
  if [ -z "$first" ] || [ "$first" -lt 1048576 ]; then
    echo "error: $1 has data at ${first:-?}, below 1 MiB; drop --low-memory-unused" >&2
    exit 1
  fi
}
bundle itcq-widget itcq external-texts --no-default-features   # welcome to lead form
bundle itcq-widget itcq_results "external-texts results"         # the whole widget
bundle itcq-api itcq_engine               # the engine's JSON API: pkg/itcq_engine.js + pkg/itcq_engine_bg.wasm

log "assembling target/site (JavaScript minified with terser, CSS with csso, JSON compacted)"
rm -rf target/site
mkdir -p target/site
cp -R www/. target/site/
# The configuration file's JSON Schema, beside embed.js, for a hosted file's "$schema".
cp docs/itcq-config-1.schema.json target/site/
cp -R pkg target/site/pkg
TERSER=(node_modules/.bin/terser --compress --mangle --comments /^!/)
"${TERSER[@]}" www/embed.js -o target/site/embed.js
for js in pkg/*.js; do "${TERSER[@]}" --module "$js" -o "target/site/$js"; done
# The site's own pages are ES modules: every one of them is minified where it lies.
(cd www && find . -name '*.js' ! -name embed.js) | while read -r js; do
  "${TERSER[@]}" --module "www/$js" -o "target/site/$js"
done
node .ci/minify.mjs target/site
log "built: widget $(du -b pkg/itcq_bg.wasm | cut -f1) B (with results $(du -b pkg/itcq_results_bg.wasm | cut -f1) B), engine API $(du -b pkg/itcq_engine_bg.wasm | cut -f1) B of wasm"
# The versioned release (dist/itcq-<version>/, hashed names and integrity), also in the site.
log "writing the release: $(node .ci/dist.mjs)"
# The npm package (target/npm/itcq-<version>.tgz): the engine API and the widget's mount.
log "packing the npm package: $(node .ci/npm.mjs)"
# The WordPress plugin's zip (target/wordpress/itcq-<version>.zip), shipping the release.
log "zipping the WordPress plugin: $(node .ci/wordpress.mjs)"
