#!/usr/bin/env bash
# The exchange commands of safeledger-cli as users run them: exit codes, one-line errors on
# stderr, files left untouched when a command refuses. Needs $SAFELEDGER_CLI (set by ctest) and
# the sqlite3 shell.
set -uo pipefail

cli=${SAFELEDGER_CLI:?set SAFELEDGER_CLI to the safeledger-cli binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/../cli/expect.sh"

count() { sqlite3 "$1" "$2"; }

"$cli" demo "$work/demo.db" >/dev/null || { echo "cannot build the demo"; exit 1; }

# --- packages -----------------------------------------------------------------------------------
expect 2 "needs --out" -- "$cli" export "$work/demo.db"
expect 2 "--from must be a date" -- "$cli" export "$work/demo.db" --out "$work/x.json" --from 2026-02-30
expect 3 "no unit" -- "$cli" export "$work/demo.db" --out "$work/x.json" --org 不存在的单位
expect 0 "exported [0-9]+ records" -- "$cli" export "$work/demo.db" --out "$work/all.json"
expect 0 "created" -- "$cli" init "$work/office.db"
expect 0 "dry run: nothing was written" -- "$cli" import "$work/office.db" "$work/all.json" --dry-run
if [ "$(count "$work/office.db" "SELECT count(*) FROM hazard")" == "0" ]; then ok; else bad "a dry run wrote"; fi
expect 0 "imported .*all.json: [0-9]+ new, 0 updated" -- "$cli" import "$work/office.db" "$work/all.json"
expect 0 "ok" -- "$cli" check "$work/office.db"
if [ "$(count "$work/office.db" "SELECT count(*) FROM hazard")" == "$(count "$work/demo.db" "SELECT count(*) FROM hazard")" ]; then
    ok
else
    bad "the import lost hazards"
fi
expect 0 "0 new, 0 updated, [0-9]+ unchanged, 0 links, 0 history entries" -- "$cli" import "$work/office.db" "$work/all.json"

# A unit's subtree and a year.
village=$(sqlite3 "$work/demo.db" "SELECT uuid FROM org WHERE kind = 'village' ORDER BY id LIMIT 1")
expect 0 "exported" -- "$cli" export "$work/demo.db" --out "$work/village.json" --org "$village" --from 2026-01-01 --to 2026-12-31
expect 0 "created" -- "$cli" init "$work/v.db"
expect 0 "imported" -- "$cli" import "$work/v.db" "$work/village.json"
expect 0 "ok" -- "$cli" check "$work/v.db"

# Broken packages are refused, one line on stderr, the problems on stdout, nothing written.
sum=$(sha256sum <"$work/office.db")
head -c 5000 "$work/all.json" >"$work/truncated.json"
expect 3 "refused: 1 problem" -- "$cli" import "$work/office.db" "$work/truncated.json"
if grep -q "^problem: .*the JSON is broken" "$work/out"; then ok; else bad "the broken JSON was not described"; fi
unchanged "$work/office.db" "$sum" "import of a truncated package"
sed 's/"found_on":"2026-03-\([0-9]*\)"/"found_on":"2026-02-30"/' "$work/all.json" >"$work/baddate.json"
expect 3 "was refused" -- "$cli" import "$work/office.db" "$work/baddate.json"
if grep -qE '^problem: /records/hazard/[0-9]+/found_on: found_on "2026-02-30" is not a valid date' "$work/out"; then
    ok
else
    bad "the impossible date was not located: $(head -3 "$work/out")"
fi
unchanged "$work/office.db" "$sum" "import of a package with impossible dates"
expect 3 "cannot open" -- "$cli" import "$work/office.db" "$work/missing.json"

# A conflict: the same hazard changed in both databases.
hazard=$(sqlite3 "$work/demo.db" "SELECT uuid FROM hazard WHERE status = 'registered' ORDER BY id LIMIT 1")
"$cli" export "$work/office.db" --out "$work/office.json" >/dev/null
sqlite3 "$work/demo.db" "UPDATE hazard SET measures = '办公室的措施', version = version + 1 WHERE uuid = '$hazard'"
sqlite3 "$work/office.db" "UPDATE hazard SET measures = '笔记本上的措施', version = version + 1 WHERE uuid = '$hazard'"
"$cli" export "$work/demo.db" --out "$work/demo2.json" >/dev/null
expect 0 "1 conflict\(s\) kept for later" -- "$cli" import "$work/office.db" "$work/demo2.json"
expect 0 "^1: hazard $hazard" -- "$cli" conflicts "$work/office.db"
expect 2 "--resolve needs --choose" -- "$cli" conflicts "$work/office.db" --resolve 1
expect 0 "conflict 1 decided" -- "$cli" conflicts "$work/office.db" --resolve 1 --choose incoming
if [ "$(count "$work/office.db" "SELECT measures FROM hazard WHERE uuid = '$hazard'")" == "办公室的措施" ]; then
    ok
else
    bad "the chosen version was not taken"
fi
expect 0 "^0 undecided" -- "$cli" conflicts "$work/office.db"
expect 3 "no undecided conflict" -- "$cli" conflicts "$work/office.db" --resolve 1 --choose local

# --- checklists ---------------------------------------------------------------------------------
expect 0 "created" -- "$cli" init "$work/c.db"
expect 0 "8 checklist\(s\) added" -- "$cli" checklists "$work/c.db" --install-built-in
expect 0 "0 checklist\(s\) added, 8 skipped" -- "$cli" checklists "$work/c.db" --install-built-in
expect 0 "exported the checklists" -- "$cli" checklists "$work/c.db" --export "$work/c.json"
printf '{"format": "safeledger-checklists", "format_version": 1, "templates": [{"name": 7}]}' >"$work/bad.json"
expect 3 "/templates/0/name" -- "$cli" checklists "$work/c.db" --import "$work/bad.json"

# --- ledgers ------------------------------------------------------------------------------------
expect 2 "needs --out" -- "$cli" export-ledger "$work/demo.db"
expect 3 "written as .xlsx or .csv" -- "$cli" export-ledger "$work/demo.db" --out "$work/l.txt"
expect 0 "exported [0-9]+ hazard" -- "$cli" export-ledger "$work/demo.db" --out "$work/l.xlsx" --year 2026
expect 0 "exported [0-9]+ hazard" -- "$cli" export-ledger "$work/demo.db" --out "$work/l.csv" --year 2026 --org "$village"
if [ "$(head -c 3 "$work/l.csv" | od -An -tx1 | tr -d ' ')" == "efbbbf" ]; then ok; else bad "the CSV has no byte-order mark"; fi
expect 0 "0 to import, [0-9]+ already in the database" -- "$cli" import-ledger "$work/demo.db" "$work/l.xlsx"
cat >"$work/user.csv" <<'CSV'
青山镇隐患台账,,,,,
单位名称,排查日期,隐患描述,隐患等级,整改期限,完成情况
新开张饭店,2026/6/1,液化气瓶无防倾倒措施,一般,2026-06-30,未完成
新开张饭店,2026年6月2日,灭火器过期,较大,2026-06-30,未完成
CSV
sum=$(sha256sum <"$work/office.db")
expect 3 "refused: 3 error" -- "$cli" import-ledger "$work/office.db" "$work/user.csv"
if grep -q "^error: row 4, column D (隐患等级): \"较大\" is not a grade" "$work/out"; then ok; else bad "the wrong grade was not located"; fi
if grep -q "^missing unit: 新开张饭店, rows 3, 4$" "$work/out"; then ok; else bad "the missing unit was not listed"; fi
unchanged "$work/office.db" "$sum" "a refused ledger import"
sed -i 's/较大/一般/' "$work/user.csv"
expect 0 "imported 2 hazard\(s\) .* \(1 unit\(s\) created" -- "$cli" import-ledger "$work/office.db" "$work/user.csv" --create-missing-units
expect 0 "0 to import, 2 already in the database" -- "$cli" import-ledger "$work/office.db" "$work/user.csv" --create-missing-units
expect 0 "ok" -- "$cli" check "$work/office.db"

echo "cli exchange: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
