#!/usr/bin/env bash
# Installs, when missing, the tools the web build needs. Sourced by the other scripts.
# Each check is cheap; an install happens only on a fresh machine or after a version bump.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m[itcq]\033[0m %s\n' "$*" >&2; }

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want; want="$(wasm_bindgen_version)"
  if [ -z "$want" ]; then log "no wasm-bindgen in Cargo.lock"; return 1; fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    log "installing wasm-bindgen-cli $want (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_node_tools() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "installing Node.js and npm from Debian"
    apt-get update -qq && apt-get install -y -qq nodejs npm
  fi
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ "$ROOT/package.json" -nt "$ROOT/node_modules/.installed" ]; then
    log "installing the Node build tools (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$ROOT/node_modules/.installed"
  fi
}
