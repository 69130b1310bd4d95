#!/usr/bin/env bash
# App start to the first interactive screen (the learner picker) and idle memory of the app
# with its WebKit processes, under Xvfb at 1366x768. Release build; N runs (default 7).
# Usage: bench/app-start.sh PATH/TO/hocso-app PATH/TO/hocso [RUNS]
# EXTRA_ENV="NAME=value …" passes more environment to the app (to try WebKit settings).
set -euo pipefail
app=$(readlink -f "$1"); cli=$(readlink -f "$2"); runs=${3:-7}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d); trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
display=:$(( 150 + RANDOM % 50 ))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 0.5
# A hamlet computer with 120 learners, already set up: the app opens on the learner picker.
"$cli" demo --hamlets 1 --learners 120 --lessons "$here/lessons" --db "$work/data/hocso.sqlite3" >/dev/null
starts=(); cores=(); rss=(); pss=()
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N)
  DISPLAY=$display HOCSO_DATA_DIR="$work/data" HOCSO_LESSONS_DIR="$here/lessons" HOCSO_BENCH_READY=1 \
    env ${EXTRA_ENV:-} "$app" 2> "$work/err.txt" & pid=$!
  for _ in $(seq 1 300); do grep -q hocso-ready "$work/err.txt" 2>/dev/null && break; sleep 0.02; done
  t1=$(grep -m1 hocso-ready "$work/err.txt" | cut -d' ' -f2)
  starts+=($(( (t1 - t0) / 1000000 )))
  cores+=($(grep -m1 hocso-core-opened "$work/err.txt" | cut -d' ' -f2))
  sleep 4  # idle on the picker
  pids="$pid $(pgrep -P "$pid" | tr '\n' ' ')"
  r=0; p=0
  for q in $pids; do
    if [ -r /proc/$q/smaps_rollup ]; then
      r=$(( r + $(awk '/^Rss:/ {print $2}' /proc/$q/smaps_rollup) ))
      p=$(( p + $(awk '/^Pss:/ {print $2}' /proc/$q/smaps_rollup) ))
    fi
  done
  rss+=($(( r / 1024 ))); pss+=($(( p / 1024 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %s (min %s, max %s, n=%d)", a[int((NR+1)/2)], a[1], a[NR], NR}'; }
echo "app start to the learner picker, ms: $(stats "${starts[@]}")"
echo "of which the core's open (database, daily backup, lessons) on its own thread, ms: $(stats "${cores[@]}")"
echo "idle memory on the picker, app + WebKit processes, RSS MB: $(stats "${rss[@]}")"
echo "idle memory on the picker, app + WebKit processes, PSS MB: $(stats "${pss[@]}")"
