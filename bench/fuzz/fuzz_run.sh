#!/usr/bin/env bash
# Fuzz articlekit.extract for a time budget, restarting after each finding (libFuzzer stops at one).
# Usage: nice bench/fuzz/fuzz_run.sh [seconds=1800] [workdir=/tmp/fuzz] [slice=600]
# Each run lasts at most `slice` seconds, so a long session picks up code edited meanwhile; the corpus
# carries over. Findings: $WORK/artifacts/{crash,timeout,oom}-*; slowest inputs: $WORK/slow/;
# log: $WORK/fuzz.log (one "=== run" line per restart).
set -u
BUDGET=${1:-1800}
WORK=${2:-/tmp/fuzz}
SLICE=${3:-600}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$WORK/corpus" "$WORK/artifacts" "$WORK/slow"
END=$(( $(date +%s) + BUDGET ))
RUNS=0
while [ "$(date +%s)" -lt "$END" ]; do
  LEFT=$(( END - $(date +%s) ))
  [ "$LEFT" -gt "$SLICE" ] && LEFT=$SLICE
  RUNS=$(( RUNS + 1 ))
  echo "=== run $RUNS, ${LEFT}s left, $(date -u +%H:%M:%S) UTC" >> "$WORK/fuzz.log"
  FUZZ_SLOW_DIR="$WORK/slow" python "$HERE/fuzz_extract.py" "$WORK/corpus" \
    -max_len=300000 -timeout=10 -rss_limit_mb=2048 -max_total_time="$LEFT" -print_final_stats=1 \
    -artifact_prefix="$WORK/artifacts/" >> "$WORK/fuzz.log" 2>&1
done
echo "=== done after $RUNS run(s), $(date -u +%H:%M:%S) UTC" >> "$WORK/fuzz.log"
ls -l "$WORK/artifacts" >> "$WORK/fuzz.log"
