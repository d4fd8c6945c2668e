#!/bin/bash
# The hazard-ledger import beside LibreOffice Calc opening the same workbook (issue 18), with the
# CPU time and peak memory of each, as docs/performance.md records them:
#
#   bench/ledger/compare.sh [ROWS ...]        (default: 100000 1000000)
#
# For each size, bench/ledger/make_ledger.py writes a 15-column ledger with openpyxl (Debian's
# python3-openpyxl: a different writer than SafeLedger's own); then LibreOffice Calc opens it
# headless and saves it as CSV (Debian's libreoffice-calc-nogui; skipped with a message where it
# is missing), and safeledger-cli previews it (--dry-run) and imports it into an empty database,
# creating its units. SAFELEDGER_CLI names the program (default build/bin/safeledger-cli); WORK
# keeps the files (default: a temporary folder, removed at the end).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${SAFELEDGER_CLI:-$root/build/bin/safeledger-cli}
python=/usr/bin/python3
if [ -n "${WORK:-}" ]; then
    work=$WORK
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
[ $# -gt 0 ] || set -- 100000 1000000
[ -x "$cli" ] || { echo "no $cli: build it first (scripts/test)"; exit 1; }
"$python" -c 'import openpyxl' 2>/dev/null || { echo "python3-openpyxl is missing: apt-get install python3-openpyxl"; exit 1; }
soffice=$(command -v soffice || true)
[ -n "$soffice" ] || echo "LibreOffice is missing (apt-get install libreoffice-calc-nogui): its column is skipped"

# Runs a command under /usr/bin/time and prints a table row; the command's output goes to $work/out.
measure() {
    local rows=$1 what=$2
    shift 2
    sync # the last step's written pages go to disk now, not during this one
    if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/out" 2>&1; then
        echo "FAILED: $*"
        tail -20 "$work/out"
        exit 1
    fi
    awk -v rows="$rows" -v what="$what" '{ printf "| %s | %s | %.1f s | %.1f s (%.1f + %.1f) | %d MB |\n",
        rows, what, $1, $2 + $3, $2, $3, $4 / 1024 }' "$work/time"
}

if [ -n "$soffice" ]; then # LibreOffice's first start makes its profile: not part of the figures
    printf 'a,b\n1,2\n' >"$work/warm.csv"
    "$soffice" --headless --norestore "-env:UserInstallation=file://$work/lo-profile" --convert-to xlsx \
        --outdir "$work/lo" "$work/warm.csv" >/dev/null 2>&1 || true
fi
echo "| rows | program and step | wall | CPU (user + sys) | peak memory |"
echo "|---|---|---|---|---|"
for rows in "$@"; do
    file=$work/ledger-$rows.xlsx
    [ -f "$file" ] || "$python" "$root/bench/ledger/make_ledger.py" "$rows" "$file"
    if [ -n "$soffice" ]; then
        measure "$rows" "LibreOffice Calc: open, save as CSV" "$soffice" --headless --norestore \
            "-env:UserInstallation=file://$work/lo-profile" --convert-to csv --outdir "$work/lo" "$file"
    fi
    rm -f "$work/ledger.db"*
    "$cli" init "$work/ledger.db" >/dev/null
    measure "$rows" "SafeLedger: import-ledger --dry-run" "$cli" import-ledger "$work/ledger.db" "$file" \
        --create-missing-units --dry-run
    measure "$rows" "SafeLedger: import-ledger --create-missing-units" "$cli" import-ledger "$work/ledger.db" \
        "$file" --create-missing-units
    grep -q "^imported $rows hazard(s)" "$work/out" || { echo "FAILED: the import did not import $rows rows"; tail -5 "$work/out"; exit 1; }
done
