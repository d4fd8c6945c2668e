#!/usr/bin/env bash
# The default suite's short fuzz run (fuzz/FuzzDriver.cpp): writes the seed corpus, then drives
# the target over it and its mutations for SECONDS.
#   run_driver.sh SEEDS-BINARY DRIVER-BINARY package|ledger SECONDS
set -euo pipefail
seeds=$1 driver=$2 kind=$3 seconds=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$seeds" "$work/corpus" "$kind"
"$driver" "$work/corpus" "$seconds"
