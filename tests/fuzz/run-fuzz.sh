#!/bin/bash
# run-fuzz.sh FUZZER SEED_DIR WORK_DIR SECONDS
# Runs the libFuzzer target for a bounded time on a copy of the seed corpus. Fails on any crash,
# hang (an input taking more than 5 s), leak or sanitizer report; the input that did it is kept
# in WORK_DIR/artifacts.
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3 seconds=$4
rm -rf "$work"; mkdir -p "$work/corpus" "$work/artifacts"
cp "$seeds"/* "$work/corpus/"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
set +e
"$fuzzer" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/fuzz.log" 2>&1
rc=$?
set -e
grep -E '^(stat::number_of_executed_units|stat::new_units_added|#[0-9]+ +DONE)' "$work/fuzz.log" || true
if [ $rc -ne 0 ] || ls "$work/artifacts" | grep -q .; then
    tail -60 "$work/fuzz.log"
    echo "fuzz: FAILED (exit $rc); reproducer(s): $(ls "$work/artifacts")"
    exit 1
fi
echo "fuzz: no crash, hang, leak or sanitizer report in ${seconds}s"
