#!/usr/bin/env bash
# How long the README's first command takes to reach the app's window on a machine where
# everything is already built: `make run` on an unchanged tree, and `make run` right after
# `make bundle`. Times from invoking make to the learner picker asking for learners (the app
# prints `hocso-ready` with HOCSO_BENCH_READY), under Xvfb at 1366x768. N runs each (default 3).
# Usage: bench/make-run.sh [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
cd "$here"
target=${CARGO_TARGET_DIR:-$HOME/.cache/hocso/target}
work=$(mktemp -d); trap 'kill $xvfb 2>/dev/null || true; pkill -f "^$target/release/hocso-app" 2>/dev/null || true; rm -rf "$work"' EXIT
display=:$(( 150 + RANDOM % 50 ))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 0.5
# A hamlet computer already set up: the app opens on the learner picker.
cargo build --release -p hocso-cli >/dev/null 2>&1
"$target/release/hocso" demo --hamlets 1 --learners 120 --lessons "$here/lessons" --db "$work/data/hocso.sqlite3" >/dev/null

# One `make run` to the window; prints the milliseconds.
once() {
  local t0 t1
  t0=$(date +%s%N)
  DISPLAY=$display HOCSO_DATA_DIR="$work/data" HOCSO_BENCH_READY=1 make --no-print-directory run > "$work/out.txt" 2>&1 &
  local make_pid=$!
  for _ in $(seq 1 30000); do grep -q hocso-ready "$work/out.txt" 2>/dev/null && break; sleep 0.02; done
  t1=$(grep -m1 hocso-ready "$work/out.txt" | cut -d' ' -f2)
  pkill -f "^$target/release/hocso-app" || true
  wait "$make_pid" || true
  echo $(( (t1 - t0) / 1000000 ))
}
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %s (min %s, max %s, n=%d)", a[int((NR+1)/2)], a[1], a[NR], NR}'; }

once > /dev/null # builds whatever is missing
unchanged=()
for _ in $(seq 1 "$runs"); do unchanged+=("$(once)"); done
echo "make run to the window, unchanged tree, ms: $(stats "${unchanged[@]}")"
grep -E '^(Học Số:|To open the app again)' "$work/out.txt" || true

after_bundle=()
for _ in $(seq 1 "$runs"); do
  make --no-print-directory bundle > "$work/bundle.txt" 2>&1
  after_bundle+=("$(once)")
done
echo "make run to the window right after make bundle, ms: $(stats "${after_bundle[@]}")"
