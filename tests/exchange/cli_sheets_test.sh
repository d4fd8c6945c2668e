#!/usr/bin/env bash
# import-ledger on a workbook kept one sheet per month, written by another program than SafeLedger
# (Python's openpyxl, as Debian's python3-openpyxl): a merged title row above each header, a 合计
# row with counts at the bottom of each month, an explanation sheet, a summary sheet with other
# columns. Needs $SAFELEDGER_CLI, sqlite3 and /usr/bin/python3 with openpyxl.
set -uo pipefail

cli=${SAFELEDGER_CLI:?set SAFELEDGER_CLI to the safeledger-cli binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/../cli/expect.sh"

/usr/bin/python3 - "$work/monthly.xlsx" <<'PY' || { echo "FAIL: openpyxl could not write the workbook"; exit 1; }
import sys
from datetime import date
from openpyxl import Workbook

book = Workbook()
notes = book.active
notes.title = "说明"
notes["A1"] = "本台账按月分页；合计行由公式计算"
header = ["序号", "单位名称", "排查日期", "隐患描述", "隐患等级", "整改期限", "完成情况"]
months = {
    "1月": [("青山机械厂", date(2026, 1, 5), "配电箱门未关闭", "一般", date(2026, 1, 12), "未完成"),
            ("东村小卖部", date(2026, 1, 8), "灭火器过期", "重大", date(2026, 1, 20), "未完成")],
    "2月": [("青山机械厂", date(2026, 2, 3), "电线私拉乱接", "一般", date(2026, 2, 10), "未完成"),
            ("新民纺织厂", date(2026, 2, 4), "消防通道堵塞", "一般", "立即", "现场整改"),
            ("新民纺织厂", date(2026, 2, 9), "共计3处灭火器压力不足", "一般", date(2026, 2, 16), "未完成")],
}
for name, rows in months.items():
    sheet = book.create_sheet(name)
    sheet.merge_cells("A1:G1")
    sheet["A1"] = "青山镇2026年" + name + "隐患排查治理台账"
    sheet.append(header)
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    sheet.append(["合计", None, None, "共%d条" % len(rows), None, None, None])
summary = book.create_sheet("汇总")
summary.append(["单位名称", "隐患描述", "排查日期", "隐患数量"])
summary.append(["青山机械厂", "两个月合计", date(2026, 2, 28), 2])
book.save(sys.argv[1])
PY

expect 0 "created" -- "$cli" init "$work/l.db"
sqlite3 "$work/l.db" "SELECT 1" >/dev/null || { echo "FAIL: sqlite3"; exit 1; }

# The preview: each sheet and what becomes of it, the summary rows skipped, new units named.
expect 0 "5 hazard row\(s\): 5 to import" -- "$cli" import-ledger "$work/l.db" "$work/monthly.xlsx" --create-missing-units --dry-run
for line in "sheet 说明: no ledger header, not imported" \
    "sheet 1月: header in row 2, imported: 2 hazard row(s)" \
    "sheet 2月: header in row 2, imported: 3 hazard row(s)" \
    "sheet 汇总: header in row 1, not imported" \
    'warning: sheet 1月, row 5, column A (序号): skipped: a summary row ("合计"), not a hazard' \
    'warning: sheet 2月, row 6, column A (序号): skipped: a summary row ("合计"), not a hazard' \
    "warning: sheet 汇总: this sheet's columns differ from those of sheet 1月; it is imported only when chosen" \
    "new unit: 新民纺织厂, rows 2月!4, 2月!5"; do
    if grep -qxF -- "$line" "$work/out"; then ok; else bad "the preview lacks: $line"; fi
done
if grep -q "dry run: nothing was written" "$work/out"; then ok; else bad "not a dry run"; fi

# One month by name, then the rest: the month already imported is recognised.
expect 2 "--sheet needs the names of sheets" -- "$cli" import-ledger "$work/l.db" "$work/monthly.xlsx" --sheet ","
expect 3 "refused" -- "$cli" import-ledger "$work/l.db" "$work/monthly.xlsx" --sheet 3月 --create-missing-units
if grep -qF "error: the file: the workbook has no sheet named 3月; its sheets are 说明, 1月, 2月, 汇总" "$work/out"; then
    ok
else
    bad "an unknown sheet was not named: $(cat "$work/out")"
fi
expect 0 "imported 2 hazard\(s\)" -- "$cli" import-ledger "$work/l.db" "$work/monthly.xlsx" --sheet 1月 --create-missing-units
expect 0 "imported 3 hazard\(s\) .* \(1 unit\(s\) created, 2 already there\)" -- \
    "$cli" import-ledger "$work/l.db" "$work/monthly.xlsx" --create-missing-units
if [ "$(sqlite3 "$work/l.db" "SELECT count(*) FROM hazard")" == "5" ]; then ok; else bad "expected 5 hazards"; fi
if [ "$(sqlite3 "$work/l.db" "SELECT count(*) FROM org WHERE name IN ('合计', '汇总')")" == "0" ]; then
    ok
else
    bad "a summary row became a unit"
fi
if [ "$(sqlite3 "$work/l.db" "SELECT count(*) FROM hazard WHERE description LIKE '共%' OR description LIKE '两个月%'")" == "1" ]; then
    ok
else
    bad "expected only the 共计3处 hazard among descriptions starting with 共 or 两个月"
fi
expect 0 "ok" -- "$cli" check "$work/l.db"

echo "cli sheets: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
