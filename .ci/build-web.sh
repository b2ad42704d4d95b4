#!/usr/bin/env bash
# Builds the browser bundle and the static site.
#   pkg/          wasm-bindgen output (--target web): itcq.js + itcq_bg.wasm
#   target/site/  www/ plus pkg/ side by side: the folder an MSP copies to any static host
# The wasm is built as a cdylib with the size-optimised `wasm-release` profile (LTO on),
# then shrunk with wasm-opt -Oz from npm's binaryen.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$ROOT"

ensure_wasm_target
ensure_wasm_bindgen
ensure_node_tools

log "compiling the engine to wasm"
cargo rustc --lib --profile wasm-release --target wasm32-unknown-unknown --crate-type cdylib --quiet
WASM="target/wasm32-unknown-unknown/wasm-release/itcq.wasm"

log "generating the JS bindings"
rm -rf pkg
wasm-bindgen --target web --no-typescript --out-dir pkg "$WASM"

log "optimising with wasm-opt -Oz"
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  pkg/itcq_bg.wasm -o pkg/itcq_bg.wasm

log "assembling target/site"
rm -rf target/site
mkdir -p target/site
cp -R www/. target/site/
cp -R pkg target/site/pkg
log "built: $(du -b pkg/itcq_bg.wasm | cut -f1) bytes of wasm"
