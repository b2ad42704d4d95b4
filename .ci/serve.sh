#!/usr/bin/env bash
# Builds everything and serves the demo site on http://127.0.0.1:${PORT:-8080}/
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
bash "$ROOT/.ci/build-web.sh"
PORT="${PORT:-8080}"
log "serving target/site on http://127.0.0.1:$PORT/ (Ctrl-C to stop)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$ROOT/target/site"
