#!/usr/bin/env bash
# import-roster on a roster written by another program than SafeLedger (Python's openpyxl): a
# merged title, a unit before its parent, a 合计 row; a refused roster writes nothing; a second
# import adds nothing; ledgers imported afterwards find the units. Needs $SAFELEDGER_CLI, sqlite3
# and /usr/bin/python3 with openpyxl.
set -uo pipefail

cli=${SAFELEDGER_CLI:?set SAFELEDGER_CLI to the safeledger-cli binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/../cli/expect.sh"

/usr/bin/python3 - "$work/roster.xlsx" "$work/bad.xlsx" <<'PY' || { echo "FAIL: openpyxl could not write the rosters"; exit 1; }
import sys
from openpyxl import Workbook

header = ["序号", "单位名称", "上级单位", "统一社会信用代码", "单位类型", "行业", "规模", "从业人数", "联系电话", "风险等级"]
rows = [
    ["青山镇", None, None, "镇", None, None, None, None, None],
    ["东村", "青山镇", None, "村", None, None, None, None, None],
    ["东村机械厂", "东村", "91350100M000100Y43", "企业", "工贸", "规上", 120, "13800000000", "橙色"],
    ["西村饭店", "西村", None, "个体工商户", "餐饮", "小微", 8, None, "黄"],
    ["西村", "青山镇", None, "村", None, None, None, None, None],
]
for path, broken in ((sys.argv[1], False), (sys.argv[2], True)):
    book = Workbook()
    sheet = book.active
    sheet.title = "企业名册"
    sheet.merge_cells("A1:J1")
    sheet["A1"] = "青山镇生产经营单位名册"
    sheet.append(header)
    for number, row in enumerate(rows, start=1):
        row = list(row)
        if broken and number == 3:
            row[5] = "特大"
        sheet.append([number, *row])
    sheet.append(["合计", None, None, None, None, None, None, 128, None, None])
    book.save(path)
PY

expect 0 "created" -- "$cli" init "$work/r.db"
sum=$(sha256sum <"$work/r.db")
expect 3 "refused: 1 error" -- "$cli" import-roster "$work/r.db" "$work/bad.xlsx"
if grep -qF 'error: row 5, column G (规模): "特大" is not one of 规上、规下、小微' "$work/out"; then ok; else bad "the wrong scale was not located: $(cat "$work/out")"; fi
unchanged "$work/r.db" "$sum" "a refused roster import"

expect 0 "5 unit row\(s\): 5 to create, 0 already in the database, 0 with errors" -- \
    "$cli" import-roster "$work/r.db" "$work/roster.xlsx" --dry-run
if grep -qF 'warning: row 8, column A (序号): skipped: a summary row ("合计"), not a unit' "$work/out"; then ok; else bad "the 合计 row"; fi
if [ "$(sqlite3 "$work/r.db" "SELECT count(*) FROM org")" == "0" ]; then ok; else bad "a dry run wrote"; fi
expect 0 "created 5 unit\(s\) from .*roster.xlsx \(0 already there\)" -- "$cli" import-roster "$work/r.db" "$work/roster.xlsx"
tree=$(sqlite3 "$work/r.db" "SELECT c.name || '<' || p.name FROM org c JOIN org p ON p.id = c.parent_id ORDER BY c.name")
expected=$'东村<青山镇\n东村机械厂<东村\n西村<青山镇\n西村饭店<西村'
if [ "$tree" == "$expected" ]; then ok; else bad "the tree: $tree"; fi
if [ "$(sqlite3 "$work/r.db" "SELECT kind || ' ' || sector || ' ' || scale || ' ' || employees || ' ' || risk_colour FROM org WHERE name = '东村机械厂'")" == "enterprise manufacturing above 120 orange" ]; then
    ok
else
    bad "the factory's values: $(sqlite3 "$work/r.db" "SELECT * FROM org WHERE name = '东村机械厂'")"
fi
expect 0 "created 0 unit\(s\) .* \(5 already there\)" -- "$cli" import-roster "$work/r.db" "$work/roster.xlsx"
expect 0 "ok" -- "$cli" check "$work/r.db"

# Exported and read back into a new ledger: the same tree and values.
expect 0 "exported 5 unit\(s\)" -- "$cli" export-roster "$work/r.db" --out "$work/again.xlsx"
expect 0 "created" -- "$cli" init "$work/copy.db"
expect 0 "created 5 unit\(s\)" -- "$cli" import-roster "$work/copy.db" "$work/again.xlsx"
values="SELECT c.name, ifnull(p.name, ''), c.kind, c.sector, c.scale, c.employees, c.credit_code, c.phone, c.risk_colour
        FROM org c LEFT JOIN org p ON p.id = c.parent_id ORDER BY c.name"
if [ "$(sqlite3 "$work/copy.db" "$values")" == "$(sqlite3 "$work/r.db" "$values")" ]; then ok; else bad "the exported roster read back differently"; fi
expect 0 "exported 2 unit\(s\)" -- "$cli" export-roster "$work/r.db" --out "$work/east.csv" --org 东村
if [ "$(head -c 3 "$work/east.csv" | od -An -tx1 | tr -d ' ')" == "efbbbf" ]; then ok; else bad "the CSV has no byte-order mark"; fi
if grep -q "^2,东村机械厂,东村,91350100M000100Y43,企业,工贸,规上,120," "$work/east.csv"; then ok; else bad "the factory's CSV line: $(cat "$work/east.csv")"; fi

echo "cli roster: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
