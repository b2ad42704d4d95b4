#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer via cargo-fuzz) of everything ITCq reads from outside:
#   code      result codes and links (rep page, #itcq= links, `itcq decode`)
#   config    the MSP's configuration file
#   import    JSON exports and assessments (rep page files, `itcq assess`)
#   snapshot  the widget's saved state read back from localStorage
# Usage: bash .ci/fuzz.sh [seconds per target, default 600] [targets…]
# Each target starts from fuzz/seeds/<target> (committed) and keeps what it learns in
# target/fuzz-corpus/<target> (not committed). A failing input is written to
# fuzz/artifacts/<target>/; copy it to fuzz/regressions/<target>/ so `make test` replays it.
# Needs cargo-fuzz (installed here if missing) and a C++ compiler; the stable toolchain is
# used with RUSTC_BOOTSTRAP=1 for the sanitizer flags, so no nightly toolchain is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(code config import snapshot)
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
export RUSTC_BOOTSTRAP=1
mkdir -p artifacts/fuzz
(cd fuzz && cargo fuzz build -O)
failed=0
for t in "${targets[@]}"; do
  mkdir -p "target/fuzz-corpus/$t"
  log="artifacts/fuzz/$t.log"
  echo "== fuzzing $t for ${seconds}s (log: $log)"
  status=0
  (cd fuzz && cargo fuzz run -O "$t" "../target/fuzz-corpus/$t" "seeds/$t" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=512 \
    -max_len=65536 -print_final_stats=1) >"$log" 2>&1 || status=$?
  runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1 || true)
  echo "   $t: ${runs:-no summary} | ${cov:-} | exit $status"
  if [ "$status" -ne 0 ]; then
    echo "   $t FOUND A FAILURE; see $log and fuzz/artifacts/$t/" >&2
    failed=1
  fi
done
exit "$failed"
