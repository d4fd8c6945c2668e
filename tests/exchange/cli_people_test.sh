#!/usr/bin/env bash
# import-people on a register written by another program than SafeLedger (Python's openpyxl): a
# merged title, a holder with two certificates, dates as Excel dates and as text, a validity
# period, a 合计 row; a refused register writes nothing; a second import adds nothing. Needs
# $SAFELEDGER_CLI, sqlite3 and /usr/bin/python3 with openpyxl.
set -uo pipefail

cli=${SAFELEDGER_CLI:?set SAFELEDGER_CLI to the safeledger-cli binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/../cli/expect.sh"

/usr/bin/python3 - "$work/people.xlsx" "$work/bad.xlsx" <<'PY' || { echo "FAIL: openpyxl could not write the registers"; exit 1; }
import datetime
import sys
from openpyxl import Workbook

def id_number(first17):
    """GB 11643: the ISO 7064 MOD 11-2 check character after 17 digits."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]

wang, li, zhao = id_number("33050219800101123"), id_number("33050219851212002"), id_number("33050219900315451")
header = ["序号", "姓名", "身份证号", "单位", "作业类别", "证书编号", "初领日期", "有效期至", "联系电话"]
rows = [
    ["王强", wang, "东村机械厂", "低压电工作业", None, datetime.date(2021, 3, 1), datetime.date(2027, 2, 28), "13800000001"],
    ["王强", wang, "东村机械厂", "焊接与热切割作业", "T" + wang, datetime.date(2022, 5, 10), datetime.date(2028, 5, 9), "13800000001"],
    ["李梅", li, "东村机械厂", None, None, None, None, "13800000002"],
    ["赵刚", zhao, "西村饭店", "高处作业", zhao, None, "2019.6.1至2025.5.31", None],
]
for path, broken in ((sys.argv[1], False), (sys.argv[2], True)):
    book = Workbook()
    sheet = book.active
    sheet.title = "特种作业人员"
    sheet.merge_cells("A1:I1")
    sheet["A1"] = "青山镇特种作业人员台账"
    sheet.append(header)
    for number, row in enumerate(rows, start=1):
        row = list(row)
        if broken and number == 3:
            row[1] = row[1][:-1] + ("0" if row[1][-1] != "0" else "1")
        sheet.append([number, *row])
    sheet.append(["合计", "3人"])
    book.save(path)
PY

expect 0 "created" -- "$cli" init "$work/p.db"
printf '单位名称,上级单位,单位类型\n青山镇,,镇\n东村机械厂,青山镇,企业\n西村饭店,青山镇,个体工商户\n' >"$work/roster.csv"
expect 0 "created 3 unit" -- "$cli" import-roster "$work/p.db" "$work/roster.csv"
sum=$(sha256sum <"$work/p.db")
expect 3 "refused: 1 error" -- "$cli" import-people "$work/p.db" "$work/bad.xlsx"
if grep -qE '^error: row 5, column C \(身份证号\): ID number "[0-9]{17}[0-9X]" has check character' "$work/out"; then ok; else bad "the wrong ID number was not located: $(cat "$work/out")"; fi
unchanged "$work/p.db" "$sum" "a refused register"

expect 0 "4 row\(s\): 3 new person\(s\), 1 new certificate\(s\) of people already there, 0 already in the database, 0 with errors" -- \
    "$cli" import-people "$work/p.db" "$work/people.xlsx" --dry-run
if grep -qF 'warning: row 6, column H (有效期至): the certificate expired on 2025-05-31' "$work/out"; then ok; else bad "the expired certificate: $(cat "$work/out")"; fi
if grep -qF 'warning: row 7, column A (序号): skipped: a summary row ("合计"), not a person' "$work/out"; then ok; else bad "the 合计 row"; fi
if [ "$(sqlite3 "$work/p.db" "SELECT count(*) FROM person")" == "0" ]; then ok; else bad "a dry run wrote"; fi

expect 0 "added 3 person\(s\) and 3 certificate\(s\) from .*people.xlsx \(0 row\(s\) already there\)" -- \
    "$cli" import-people "$work/p.db" "$work/people.xlsx"
got=$(sqlite3 "$work/p.db" "SELECT o.name || ' ' || p.name || ' ' || c.kind || ' ' || c.number || ' ' || ifnull(c.issued_on, '-') || ' ' || ifnull(c.expires_on, '-')
      FROM certificate c JOIN person p ON p.id = c.person_id JOIN org o ON o.id = p.org_id ORDER BY c.number")
expected="东村机械厂 王强 special_operation 330502198001011231 2021-03-01 2027-02-28
西村饭店 赵刚 special_operation 330502199003154513 2019-06-01 2025-05-31
东村机械厂 王强 special_operation T330502198001011231 2022-05-10 2028-05-09"
if [ "$got" == "$expected" ]; then ok; else bad "the certificates: $got"; fi
if [ "$(sqlite3 "$work/p.db" "SELECT count(*) FROM person WHERE name = '王强'")" == "1" ]; then ok; else bad "王强 twice"; fi
expect 0 "added 0 person\(s\) and 0 certificate\(s\) .* \(4 row\(s\) already there\)" -- \
    "$cli" import-people "$work/p.db" "$work/people.xlsx"
expect 0 "ok" -- "$cli" check "$work/p.db"

echo "cli people: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
