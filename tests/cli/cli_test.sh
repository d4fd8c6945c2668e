#!/usr/bin/env bash
# The CLI as users run it: exit codes, one-line errors on stderr, and files left untouched when a
# command refuses. Needs $SAFELEDGER_CLI (set by ctest) and the sqlite3 shell to tamper with files.
set -uo pipefail

cli=${SAFELEDGER_CLI:?set SAFELEDGER_CLI to the safeledger-cli binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"

# --- command line mistakes ------------------------------------------------------------------
expect 2 "unknown command" -- "$cli" frobnicate x.db
expect 2 "needs --year" -- "$cli" stats "$work/none.db"
expect 2 "needs the database file" -- "$cli" init
expect 0 "usage" -- "$cli" --help
# An option a command does not know is refused before anything happens (not quietly ignored).
expect 2 "init does not take --anything" -- "$cli" init "$work/typo.db" --anything 1
if [ ! -e "$work/typo.db" ]; then ok; else bad "init with an unknown option created the file"; fi
expect 2 "stats does not take --yaer .*--year" -- "$cli" stats "$work/typo.db" --yaer 2025
expect 2 "one too many" -- "$cli" check "$work/a.db" "$work/b.db"

# --- init --------------------------------------------------------------------------------------
expect 0 "created" -- "$cli" init "$work/empty.db"
if [ "$(stat -c %a "$work/empty.db")" == "600" ]; then ok; else bad "a new database must be readable by its owner only"; fi
sum=$(sha256sum <"$work/empty.db")
expect 3 "already exists" -- "$cli" init "$work/empty.db"
unchanged "$work/empty.db" "$sum" "init over an existing database"
expect 0 "ok" -- "$cli" check "$work/empty.db"
expect 0 '"hazards_found": 0' -- "$cli" stats "$work/empty.db" --year 2025 --json
expect 2 "--year must be a whole number" -- "$cli" stats "$work/empty.db" --year 20x5
expect 2 "--year must be a whole number" -- "$cli" stats "$work/empty.db" --year 1066
expect 2 "--quarter must be" -- "$cli" stats "$work/empty.db" --year 2025 --quarter 5

# --- files that are not SafeLedger databases -------------------------------------------------
expect 3 "no such file" -- "$cli" stats "$work/missing.db" --year 2025
if [ ! -e "$work/missing.db" ]; then ok; else bad "stats created a missing database"; fi

printf 'hello, this is a text file\n' >"$work/text.db"
sum=$(sha256sum <"$work/text.db")
expect 3 "not a SafeLedger database" -- "$cli" stats "$work/text.db" --year 2025
unchanged "$work/text.db" "$sum" "stats on a text file"

head -c 65536 /dev/urandom >"$work/random.db"
sum=$(sha256sum <"$work/random.db")
expect 3 "not a SafeLedger database" -- "$cli" check "$work/random.db"
unchanged "$work/random.db" "$sum" "check on random bytes"

sqlite3 "$work/other.db" "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
sum=$(sha256sum <"$work/other.db")
expect 3 "not a SafeLedger database" -- "$cli" stats "$work/other.db" --year 2025
unchanged "$work/other.db" "$sum" "stats on another program's SQLite file"

expect 3 "is a folder" -- "$cli" check "$work"

cp "$work/empty.db" "$work/newer.db"
sqlite3 "$work/newer.db" "PRAGMA user_version = 99;"
sum=$(sha256sum <"$work/newer.db")
expect 3 "newer SafeLedger" -- "$cli" stats "$work/newer.db" --year 2025
unchanged "$work/newer.db" "$sum" "stats on a newer schema"

head -c 3000 "$work/empty.db" >"$work/truncated.db"
expect 3 "SafeLedger|malformed|not a database" -- "$cli" check "$work/truncated.db"

# --- the demo ---------------------------------------------------------------------------------
expect 0 "created the demo" -- "$cli" demo "$work/demo.db"
expect 0 "ok" -- "$cli" check "$work/demo.db"
"$cli" stats "$work/demo.db" --year 2026 --json >"$work/stats.json" 2>"$work/err" || bad "demo stats failed: $(cat "$work/err")"
for key in hazards_found hazards_rectified rectification_rate rectified_on_spot rectified_with_deadline overdue \
    major_hazards inspections inspector_person_times units_inspected inspection_coverage agreements_signed \
    accidents deaths injuries penalties penalty_amount_yuan previous_year verifications verification_pass_rate \
    hazards_by_source accidents_by_type participants_by_activity_kind; do
    if grep -q "\"$key\"" "$work/stats.json"; then ok; else bad "stats --json lacks $key"; fi
done
found=$(sed -n 's/^  "hazards_found": \([0-9]*\),$/\1/p' "$work/stats.json")
if [ -n "$found" ] && [ "$found" -gt 100 ]; then ok; else bad "the demo's 2026 hazards_found is '$found'"; fi
expect 0 "整改率" -- "$cli" stats "$work/demo.db" --year 2026
# The rate and its change on last year are rounded once from the exact values (docs/figures.md),
# as the dashboard and the annual summary print them (tests/gui/FigureAgreementTest.cpp).
"$cli" stats "$work/demo.db" --year 2026 >"$work/stats.txt" 2>/dev/null
tenths() { awk -v t="$1" -v sign="$2" 'BEGIN { s = (sign && t > 0) ? "+" : ""; if (t < 0) s = "-";
    a = t < 0 ? -t : t; printf "%s%d.%d", s, int(a / 10), a % 10 }'; }
rate=$(tenths "$(jq '(.rectification_rate * 1000) | round' "$work/stats.json")" "")
change=$(tenths "$(jq '((.rectification_rate - .previous_year.rectification_rate) * 1000) | round' "$work/stats.json")" 1)
if grep -q "^整改率.* ${rate}%.* ${change} 个百分点" "$work/stats.txt"; then ok; else
    bad "stats prints the rate and its change as ${rate}% and ${change}: $(grep 整改率 "$work/stats.txt")"; fi
# The re-inspections as the JSON has them, and the pass rate rounded the same way.
checks="$(jq '"\(.verifications) (\(.verifications_passed))"' -r "$work/stats.json")"
pass=$(tenths "$(jq '(.verification_pass_rate * 1000) | round' "$work/stats.json")" "")
if grep -q "^复查 re-inspections (passed) *${checks} " "$work/stats.txt" \
    && grep -q "^复查合格率 re-inspection pass rate *${pass}%" "$work/stats.txt"; then ok; else
    bad "stats prints re-inspections ${checks}, ${pass}%: $(grep 复查 "$work/stats.txt")"; fi
if [ "$(date +%Y)" == "2026" ] && [ "$(date +%m-%d)" != "12-31" ]; then # 2026 still runs
    if grep -q "^上年同期 last year to the same day 2025-01-01" "$work/stats.txt" \
        && [ "$(jq '.previous_year.cut_to_same_day' "$work/stats.json")" == "true" ]; then ok; else
        bad "stats does not say it compares with last year to the same day: $(sed -n 2p "$work/stats.txt")"; fi
fi
expect 0 "hazards_found" -- "$cli" stats "$work/demo.db" --year 2025 --quarter 2 --json
# The units not inspected are the coverage figure's: units to inspect less those inspected.
"$cli" stats "$work/demo.db" --year 2026 --month 11 --json >"$work/nov.json" 2>/dev/null
"$cli" uninspected "$work/demo.db" --year 2026 --month 11 --json --limit 3 >"$work/uninspected.json" 2>"$work/err" \
    || bad "uninspected failed: $(cat "$work/err")"
left=$(jq '.units_to_inspect - .units_inspected' "$work/nov.json")
if [ "$left" -gt 3 ] && [ "$(jq .total "$work/uninspected.json")" == "$left" ] \
    && [ "$(jq '.units | length' "$work/uninspected.json")" == 3 ]; then ok; else
    bad "uninspected lists $(jq .total "$work/uninspected.json") units, 3 of them, the figures say $left"; fi
expect 0 "units not inspected 2026-11-01 – 2026-11-30.*: $left" -- "$cli" uninspected "$work/demo.db" --year 2026 --month 11
expect 0 "… $((left - 2)) more .--limit N lists more." -- "$cli" uninspected "$work/demo.db" --year 2026 --month 11 --limit 2
expect 2 "uninspected needs --year" -- "$cli" uninspected "$work/demo.db"
expect 2 "--limit must be" -- "$cli" uninspected "$work/demo.db" --year 2026 --limit 0
# Campaigns: the demo's of 2026, each counting the inspections that carry its name within its days.
"$cli" campaigns "$work/demo.db" --year 2026 --json >"$work/campaigns.json" 2>"$work/err" \
    || bad "campaigns failed: $(cat "$work/err")"
live=$(sqlite3 "$work/demo.db" "SELECT count(*) FROM campaign WHERE voided_at = '' AND starts_on <= '2026-12-31' AND ends_on >= '2026-01-01'")
first=$(jq -r '.campaigns[0] | "\(.name)|\(.starts_on)|\(.counted.to)"' "$work/campaigns.json")
IFS='|' read -r cname cfrom cto <<<"$first"
carried=$(sqlite3 "$work/demo.db" "SELECT count(*) FROM inspection WHERE campaign = '$cname' AND voided_at = '' AND date BETWEEN '$cfrom' AND '$cto'")
if [ "$live" -gt 5 ] && [ "$(jq '.campaigns | length' "$work/campaigns.json")" == "$live" ] \
    && [ "$carried" -gt 0 ] && [ "$(jq '.campaigns[0].inspections' "$work/campaigns.json")" == "$carried" ]; then ok; else
    bad "campaigns lists $(jq '.campaigns | length' "$work/campaigns.json") of $live, $cname with $(jq '.campaigns[0].inspections' "$work/campaigns.json") inspections, not $carried"; fi
cp "$work/demo.db" "$work/campaign.db"
expect 0 "recorded campaign .* \\(燃气安全专项整治, 2026-12-01 to 2026-12-31, led by 青山镇\\)" -- "$cli" campaign-add "$work/campaign.db" \
    --name 燃气安全专项整治 --lead 青山镇 --from 2026-12-01 --to 2026-12-31 --phases 动员部署:2026-12-01:2026-12-05 --sectors catering
expect 3 "already runs from 2026-12-01 to 2026-12-31" -- "$cli" campaign-add "$work/campaign.db" \
    --name 燃气安全专项整治 --lead 青山镇 --from 2026-12-20 --to 2027-01-10
expect 2 "--phases takes NAME:FROM:TO" -- "$cli" campaign-add "$work/campaign.db" \
    --name 防汛 --lead 青山镇 --from 2026-06-01 --to 2026-06-30 --phases 动员部署:6月1日
expect 3 "phase \"总结\" \\(2026-07-01 to 2026-07-05\\) is not within" -- "$cli" campaign-add "$work/campaign.db" \
    --name 防汛 --lead 青山镇 --from 2026-06-01 --to 2026-06-30 --phases 总结:2026-07-01:2026-07-05
expect 0 "燃气安全专项整治  2026-12-01 – 2026-12-31" -- "$cli" campaigns "$work/campaign.db" --year 2026
# Grids: the demo's units to inspect are each in one grid; the figures add up to the SQL's.
"$cli" grids "$work/demo.db" --year 2026 --json >"$work/grids.json" 2>"$work/err" || bad "grids failed: $(cat "$work/err")"
members=$(sqlite3 "$work/demo.db" "SELECT count(*) FROM grid_member m JOIN org o ON o.id = m.org_id WHERE m.voided_at = '' AND m.ends_on IS NULL AND o.kind IN ('enterprise','business','school') AND o.voided_at = ''")
if [ "$members" -gt 100 ] && [ "$(jq '[.grids[].units] | add' "$work/grids.json")" == "$members" ] \
    && [ "$(jq '.units_outside_grids' "$work/grids.json")" == "0" ] && [ "$(jq '.grids | length' "$work/grids.json")" -gt 5 ]; then ok; else
    bad "grids count $(jq '[.grids[].units] | add' "$work/grids.json") units of $members"; fi
# By officer: each officer's units are the units of the grids they serve in (once per officer).
if [ "$(jq '.officers | length' "$work/grids.json")" -gt 5 ] \
    && [ "$(jq '[.officers[].units] | add' "$work/grids.json")" == "$(jq '[.grids[] | .units * (.officers | length)] | add' "$work/grids.json")" ]; then ok; else
    bad "officers' units $(jq '[.officers[].units] | add' "$work/grids.json") differ from their grids'"; fi
cp "$work/demo.db" "$work/grid.db"
expect 0 "recorded grid .* \\(第十一网格, of 青山镇\\)" -- "$cli" grid-add "$work/grid.db" --name 第十一网格 --org 青山镇
moved=$(sqlite3 "$work/grid.db" "SELECT o.name FROM grid_member m JOIN org o ON o.id = m.org_id WHERE o.kind = 'enterprise' ORDER BY m.id LIMIT 1")
expect 0 "$moved is in grid 第十一网格 from 2026-11-01" -- "$cli" grid-assign "$work/grid.db" --grid 第十一网格 --unit "$moved" --from 2026-11-01
expect 3 "a move must be dated after that" -- "$cli" grid-assign "$work/grid.db" --grid 第一网格（东山村） --unit "$moved" --from 2026-11-01
expect 2 "no grid \"第十二网格\"" -- "$cli" grid-assign "$work/grid.db" --grid 第十二网格 --unit "$moved" --from 2026-11-01
expect 2 "grid-officer needs --from DATE" -- "$cli" grid-officer "$work/grid.db" --grid 第十一网格 --person 陈小兵
expect 0 "陈小兵 serves in grid 第十一网格 from 2026-11-01" -- "$cli" grid-officer "$work/grid.db" --grid 第十一网格 --person 陈小兵 --from 2026-11-01
expect 0 "units 1, inspected" -- "$cli" grids "$work/grid.db" --year 2026
history=$(sqlite3 "$work/grid.db" "SELECT count(*) FROM grid_member m JOIN org o ON o.id = m.org_id WHERE o.name = '$moved'")
if [ "$history" == "2" ]; then ok; else bad "$moved has $history grid memberships, not 2 (the old one ended)"; fi

# Plans: the demo's, one per grid and per grid member for the year, each adding up; then a plan for
# the new grid, whose one unit is due once this year (done when it was inspected in 2026).
"$cli" plans "$work/demo.db" --year 2026 --json >"$work/plans.json" 2>"$work/err" || bad "plans failed: $(cat "$work/err")"
planned=$(sqlite3 "$work/demo.db" "SELECT count(*) FROM inspection_plan WHERE year = 2026 AND voided_at = ''")
if [ "$planned" -gt 12 ] && [ "$(jq '.plans | length' "$work/plans.json")" == "$planned" ] \
    && [ "$(jq '[.plans[] | select(.due != .done + .overdue + .open)] | length' "$work/plans.json")" == "0" ] \
    && [ "$(jq '[.plans[] | select(.for == "grid") | .due] | add' "$work/plans.json")" -gt 100 ]; then ok; else
    bad "plans lists $(jq '.plans | length' "$work/plans.json") of $planned plans, or their pairs do not add up"; fi
expect 2 "plan-add needs either --grid GRID or --person PERSON" -- "$cli" plan-add "$work/grid.db" --year 2026 --others 12
expect 3 "every 5 months does not divide the year" -- "$cli" plan-add "$work/grid.db" --grid 第十一网格 --year 2026 --red 5
expect 0 "recorded the plan of grid 第十一网格 for 2026" -- "$cli" plan-add "$work/grid.db" --grid 第十一网格 --year 2026 --others 12
expect 3 "第十一网格 already has a plan for 2026" -- "$cli" plan-add "$work/grid.db" --grid 第十一网格 --year 2026 --inspections 5
"$cli" plans "$work/grid.db" --year 2026 --json >"$work/plans.json" 2>"$work/err" || bad "plans failed: $(cat "$work/err")"
inspected=$(sqlite3 "$work/grid.db" "SELECT count(*) > 0 FROM inspection i JOIN org o ON o.id = i.org_id WHERE o.name = '$moved' AND i.date LIKE '2026-%' AND i.voided_at = ''")
eleventh='.plans[] | select(.target == "第十一网格")'
if [ "$(jq "$eleventh | .due" "$work/plans.json")" == "1" ] && [ "$(jq "$eleventh | .done" "$work/plans.json")" == "$inspected" ] \
    && [ "$(jq -r "$eleventh | .units[0].name" "$work/plans.json")" == "$moved" ]; then ok; else
    bad "the new grid's plan: $(jq -c "$eleventh | [.due, .done, .units[0].name]" "$work/plans.json"), inspected $inspected"; fi
expect 3 "no unit" -- "$cli" stats "$work/demo.db" --year 2026 --org 00000000-0000-4000-8000-000000000000
town=$(sqlite3 "$work/demo.db" "SELECT uuid FROM org WHERE parent_id IS NULL LIMIT 1")
"$cli" stats "$work/demo.db" --year 2026 --org "$town" --json >"$work/town.json" 2>/dev/null
figures() { grep -E '^  "[a-z_]+": [-0-9.n]' "$1" | grep -v '"scope"'; }
if [ "$(figures "$work/stats.json" | wc -l)" -gt 20 ] && diff <(figures "$work/stats.json") <(figures "$work/town.json") >/dev/null; then
    ok
else
    bad "the root unit's figures differ from the whole database's"
fi

# The demo is deterministic: built twice, the hazards are the same rows.
"$cli" demo "$work/demo2.db" >/dev/null 2>&1
q="SELECT uuid, found_on, status, description FROM hazard ORDER BY id"
if [ "$(sqlite3 "$work/demo.db" "$q" | sha256sum)" == "$(sqlite3 "$work/demo2.db" "$q" | sha256sum)" ]; then
    ok
else
    bad "two demo databases differ"
fi

# --- check finds broken invariants --------------------------------------------------------------
cp "$work/demo.db" "$work/broken.db"
sqlite3 "$work/broken.db" "UPDATE hazard SET closed_on = NULL WHERE id = (SELECT min(id) FROM hazard WHERE status = 'closed');"
expect 1 "closed hazard needs its closure date" -- "$cli" check "$work/broken.db"
cp "$work/demo.db" "$work/broken2.db"
sqlite3 "$work/broken2.db" "UPDATE inspection SET date = '2025-02-30' WHERE id = (SELECT min(id) FROM inspection);"
expect 1 "invalid value \"2025-02-30\"" -- "$cli" check "$work/broken2.db"

# --- generate ------------------------------------------------------------------------------------
expect 0 "generated" -- "$cli" generate "$work/gen.db" --orgs 50 --hazards 2000 --years 2 --seed 7 --quiet
if [ "$(sqlite3 "$work/gen.db" "SELECT count(*) FROM hazard")" == "2000" ]; then ok; else bad "generate made the wrong number of hazards"; fi
if [ "$(sqlite3 "$work/gen.db" "SELECT count(*) FROM org")" == "50" ]; then ok; else bad "generate made the wrong number of units"; fi
expect 0 "ok" -- "$cli" check "$work/gen.db"
expect 2 "--orgs must be" -- "$cli" generate "$work/gen2.db" --orgs 1
if [ ! -e "$work/gen2.db" ]; then ok; else bad "a refused generate left a file"; fi

# --- single records: a reported hazard, show, void -----------------------------------------------
cp "$work/demo.db" "$work/rec.db"
figure() { "$cli" stats "$work/rec.db" --year 2026 --json 2>/dev/null | jq ".$1"; }
found=$(figure hazards_found)
inspections=$(figure inspections)
units=$(figure units_inspected)
shop=$(sqlite3 "$work/rec.db" "SELECT uuid FROM org WHERE kind = 'business' AND voided_at = '' LIMIT 1")
expect 0 "registered hazard .*public_report" -- "$cli" hazard-add "$work/rec.db" --org "$shop" --source report \
    --found 2026-11-02 --description "群众举报：店门口堆放液化气罐" --deadline 2026-11-09 --reported-by "王五 13800000000"
uuid=$(sed -n 's/^registered hazard \([0-9a-f-]*\) .*/\1/p' "$work/out")
if [ "$(figure hazards_found)" == "$((found + 1))" ]; then ok; else bad "a reported hazard did not add one to hazards_found"; fi
if [ "$(figure inspections)" == "$inspections" ] && [ "$(figure units_inspected)" == "$units" ]; then ok; else
    bad "a reported hazard changed the inspection figures"; fi
if [ "$(sqlite3 "$work/rec.db" "SELECT inspection_id IS NULL FROM hazard WHERE uuid = '$uuid'")" == "1" ]; then ok; else
    bad "a reported hazard got an inspection"; fi
expect 0 '"reported_by": "王五 13800000000"' -- "$cli" show "$work/rec.db" --uuid "$uuid" --json
expect 0 '"table": "hazard"' -- "$cli" show "$work/rec.db" --uuid "$uuid" --json
expect 0 "^hazard $uuid" -- "$cli" show "$work/rec.db" --uuid "$uuid"
expect 2 "--source must be report, photo" -- "$cli" hazard-add "$work/rec.db" --org "$shop" --source inspection \
    --found 2026-11-02 --description x --deadline 2026-11-09
expect 2 "--found must be a date" -- "$cli" hazard-add "$work/rec.db" --org "$shop" --source photo \
    --found 2026-02-30 --description x --deadline 2026-11-09
expect 2 "--category must be one of fire, .*, other, not \"火灾\"" -- "$cli" hazard-add "$work/rec.db" --org "$shop" \
    --source other --found 2026-11-02 --description x --deadline 2026-11-09 --category 火灾
expect 2 "give --deadline" -- "$cli" hazard-add "$work/rec.db" --org "$shop" --source other --found 2026-11-02 \
    --description x --mode deadline
expect 3 "no unit" -- "$cli" hazard-add "$work/rec.db" --org "没有这个单位" --source other --found 2026-11-02 \
    --description x --deadline 2026-11-09
if [ "$(figure hazards_found)" == "$((found + 1))" ]; then ok; else bad "a refused hazard-add changed the figures"; fi
expect 2 "needs --reason" -- "$cli" void "$work/rec.db" --uuid "$uuid"
expect 0 "voided hazard $uuid" -- "$cli" void "$work/rec.db" --uuid "$uuid" --reason "经核实不构成隐患"
if [ "$(figure hazards_found)" == "$found" ]; then ok; else bad "voiding the hazard did not take it out of the figures"; fi
expect 3 "already voided|cannot void" -- "$cli" void "$work/rec.db" --uuid "$uuid" --reason again
expect 3 "no record with UUID" -- "$cli" void "$work/rec.db" --uuid 00000000-0000-4000-8000-000000000000 --reason x
expect 3 "no record with UUID" -- "$cli" show "$work/rec.db" --uuid 00000000-0000-4000-8000-000000000000
# An inspection whose hazards are still on the ledger is refused in words; one without is voided.
busy=$(sqlite3 "$work/rec.db" "SELECT i.uuid FROM inspection i JOIN hazard h ON h.inspection_id = i.id
    WHERE h.voided_at = '' AND i.voided_at = '' AND i.date >= '2026-01-01' LIMIT 1")
expect 3 "still has [0-9]+ hazard" -- "$cli" void "$work/rec.db" --uuid "$busy" --reason "录入错误"
idle=$(sqlite3 "$work/rec.db" "SELECT i.uuid FROM inspection i WHERE i.voided_at = '' AND i.date >= '2026-01-01'
    AND NOT EXISTS (SELECT 1 FROM hazard h WHERE h.inspection_id = i.id AND h.voided_at = '') LIMIT 1")
expect 0 "voided inspection $idle" -- "$cli" void "$work/rec.db" --uuid "$idle" --reason "检查未实际开展，录入错误"
if [ "$(figure inspections)" == "$((inspections - 1))" ]; then ok; else bad "a voided inspection still counts"; fi
# A verification recorded in error is withdrawn by its UUID: its hazard awaits verification again.
rectified=$(figure hazards_rectified)
read -r pass closed <<<"$(sqlite3 -separator ' ' "$work/rec.db" "SELECT v.uuid, h.uuid FROM verification v
    JOIN hazard h ON h.id = v.hazard_id WHERE h.status = 'closed' AND h.closed_on >= '2026-01-01'
    AND h.found_on >= '2026-01-01' AND v.passed = 1 AND v.voided_at = '' ORDER BY v.id DESC LIMIT 1")"
expect 0 "voided verification $pass \\(withdrawn" -- "$cli" void "$work/rec.db" --uuid "$pass" --reason "复查结论录入错误"
if [ "$(sqlite3 "$work/rec.db" "SELECT status || '/' || coalesce(closed_on, '') FROM hazard WHERE uuid = '$closed'")" \
    == "awaiting_verification/" ]; then ok; else bad "the withdrawn verification's hazard was not reopened"; fi
if [ "$(figure hazards_rectified)" == "$((rectified - 1))" ]; then ok; else bad "a withdrawn closure still counts"; fi
expect 3 "already voided" -- "$cli" void "$work/rec.db" --uuid "$pass" --reason again
# A progress entry entered in error is voided on its own.
entry=$(sqlite3 "$work/rec.db" "SELECT r.uuid FROM rectification r JOIN hazard h ON h.id = r.hazard_id
    WHERE h.status = 'rectifying' AND r.voided_at = '' LIMIT 1")
expect 0 "voided rectification $entry" -- "$cli" void "$work/rec.db" --uuid "$entry" --reason "录入到错误的隐患"
if [ "$(sqlite3 "$work/rec.db" "SELECT void_reason FROM rectification WHERE uuid = '$entry'")" == "录入到错误的隐患" ]; then
    ok; else bad "the progress entry was not voided with its reason"; fi
expect 0 "ok" -- "$cli" check "$work/rec.db"

# --- backup and restore --------------------------------------------------------------------------
hazards() { sqlite3 "$1" "SELECT count(*) FROM hazard WHERE voided_at = ''"; }
expect 0 "backed up" -- "$cli" backup "$work/demo.db" "$work/demo-copy.db"
if [ "$(stat -c %a "$work/demo-copy.db")" == "600" ]; then ok; else bad "a backup must be readable by its owner only"; fi
expect 0 "ok" -- "$cli" check "$work/demo-copy.db"
if [ "$(hazards "$work/demo-copy.db")" == "$(hazards "$work/demo.db")" ]; then ok; else bad "the backup lacks hazards"; fi
sum=$(sha256sum <"$work/demo-copy.db")
expect 3 "already exists" -- "$cli" backup "$work/demo.db" "$work/demo-copy.db"
unchanged "$work/demo-copy.db" "$sum" "backup over an existing file"
expect 3 "not a SafeLedger database" -- "$cli" backup "$work/text.db" "$work/text-copy.db"
if [ ! -e "$work/text-copy.db" ]; then ok; else bad "a refused backup left a file"; fi
expect 2 "needs two files" -- "$cli" backup "$work/demo.db"
expect 0 "no backups" -- "$cli" backups "$work/demo.db" --folder "$work"

# Restore: the database returns to the backup's state; the replaced one is kept beside it.
before=$(hazards "$work/demo.db")
sqlite3 "$work/demo.db" "UPDATE hazard SET voided_at = '2026-01-01T00:00:00Z', void_reason = 'x' WHERE id <= 10"
expect 0 "kept as .*before-restore" -- "$cli" restore "$work/demo.db" "$work/demo-copy.db"
if [ "$(hazards "$work/demo.db")" == "$before" ]; then ok; else bad "restore did not bring the hazards back"; fi
kept=$(ls "$work"/demo.db.before-restore-* 2>/dev/null | head -1)
if [ -n "$kept" ] && [ "$(hazards "$kept")" == "$((before - 10))" ]; then ok; else bad "the replaced database was not kept"; fi
expect 0 "ok" -- "$cli" check "$work/demo.db"
sum=$(sha256sum <"$work/demo.db")
expect 3 "not a SafeLedger database" -- "$cli" restore "$work/demo.db" "$work/random.db"
unchanged "$work/demo.db" "$sum" "restore from random bytes"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
