#!/usr/bin/env bash
# A short fuzzing run for the test suite: writes the seed corpus, then runs the fuzzer for
# SECONDS. A finding is kept in ARTIFACTS and fails the test.
#   run_fuzzer.sh SEEDS-BINARY FUZZER-BINARY package|ledger SECONDS ARTIFACTS
set -euo pipefail
seeds=$1 fuzzer=$2 kind=$3 seconds=$4 artifacts=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"
"$seeds" "$work/corpus" "$kind"
"$fuzzer" "$work/corpus" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 \
    -artifact_prefix="$artifacts/$kind-" -print_final_stats=1
