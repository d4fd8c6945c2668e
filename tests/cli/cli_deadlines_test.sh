#!/usr/bin/env bash
# Issue 14 from the command line: deadlines in working days, extension requests, the due list as
# JSON and as an iCalendar file read back by a standard parser (Debian's python3-icalendar), the
# working calendar's import and local days. Needs $SAFELEDGER_CLI (set by ctest).
set -uo pipefail

cli=${SAFELEDGER_CLI:?set SAFELEDGER_CLI to the safeledger-cli binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"
db="$work/d.db"

"$cli" demo "$db" >/dev/null || { echo "FAIL: demo"; exit 1; }
shop=$(sqlite3 "$db" "SELECT uuid FROM org WHERE kind = 'business' AND voided_at = '' ORDER BY id LIMIT 1")

# --- deadlines given in working days ------------------------------------------------------------
# Found the day before 国庆 2026: 10-01..10-07 off, Saturday 10-10 worked; the 5th working day is 10-13.
expect 0 "deadline 2026-10-13\)" -- "$cli" hazard-add "$db" --org "$shop" --source report --found 2026-09-30 \
    --description "随手拍：消防通道堆放杂物" --deadline "5个工作日"
uuid=$(sed -n 's/^registered hazard \([0-9a-f-]*\) .*/\1/p' "$work/out")
expect 0 '"deadline": "2026-10-13"' -- "$cli" show "$db" --uuid "$uuid" --json
# A deadline typed onto a holiday is kept, and said to be one.
expect 0 "deadline 2026-10-05, not a working day: 国庆节" -- "$cli" hazard-add "$db" --org "$shop" --source other \
    --found 2026-09-28 --description "配电箱未上锁" --deadline 2026-10-05
expect 2 "--deadline must be a date .* or a time limit" -- "$cli" hazard-add "$db" --org "$shop" --source other \
    --found 2026-09-28 --description x --deadline "next week"

# --- extension requests ---------------------------------------------------------------------------
expect 2 "extend needs --reason" -- "$cli" extend "$db" --hazard "$uuid" --to 2026-10-30
expect 3 "not after the deadline in force, 2026-10-13" -- "$cli" extend "$db" --hazard "$uuid" --to 2026-10-12 \
    --reason "材料未到" --on 2026-10-12
# Five working days after the deadline in force (10-13): 10-20.
expect 0 "2026-10-13 → 2026-10-20 \(pending\)" -- "$cli" extend "$db" --hazard "$uuid" --to "5个工作日" \
    --reason "消防器材采购中" --on 2026-10-12
request=$(sed -n 's/^requested extension \([0-9a-f-]*\) .*/\1/p' "$work/out")
expect 3 "already has an extension request of 2026-10-12" -- "$cli" extend "$db" --hazard "$uuid" --to 2026-11-30 \
    --reason again
expect 0 "^1 extension request\(s\) of hazard" -- "$cli" extensions "$db" --hazard "$uuid"
expect 0 "pending" -- "$cli" extensions "$db" --org "$shop"
# Still due on 10-13 while pending: overdue on 10-14.
expect 0 '"overdue": true' -- bash -c "\"$cli\" due \"$db\" --org \"$shop\" --as-of 2026-10-14 --json |
    jq '{overdue: ([.items[] | select(.uuid == \"$uuid\" and .reason == \"overdue\")] | length == 1)}'"
expect 2 "either --approve or --refuse" -- "$cli" decide "$db" --request "$request"
expect 0 "approved extension .* the deadline is now 2026-10-20" -- "$cli" decide "$db" --request "$request" \
    --approve --on 2026-10-14 --note "同意"
expect 3 "was approved .* on 2026-10-14 and cannot change" -- "$cli" decide "$db" --request "$request" --refuse
expect 0 '"deadline": "2026-10-20"' -- "$cli" show "$db" --uuid "$uuid" --json
# As of 10-19 it is due within one working day (10-20), no longer overdue.
expect 0 '"working_days_left": 1' -- bash -c "\"$cli\" due \"$db\" --org \"$shop\" --as-of 2026-10-19 --within 1 \
    --json | jq '.items[] | select(.uuid == \"$uuid\")'"
expect 0 "a general hazard overdue more than 30 days" -- "$cli" escalation "$db"
expect 0 "more than 20 days" -- "$cli" escalation "$db" --general-days 20
expect 2 "--general-days must be" -- "$cli" escalation "$db" --general-days 400

# --- the due list as an iCalendar file ---------------------------------------------------------------
expect 2 "either --json or --ics" -- "$cli" due "$db" --json --ics "$work/x.ics"
"$cli" due "$db" --as-of 2026-10-19 --within 30 --json >"$work/due.json" || bad "due --json failed"
expect 0 "wrote [0-9]+ deadline\(s\) to" -- "$cli" due "$db" --as-of 2026-10-19 --within 30 --ics "$work/due.ics"
absent "$work/due.ics.part" "due --ics"
# Every event's UID and date against the JSON list of the same question.
jq -r '.items[] | select(.deadline != null and .reason != "awaiting_verification") | "\(.uuid)@safeledger \(.deadline)"' \
    "$work/due.json" | sort >"$work/expected"
/usr/bin/python3 - "$work/due.ics" >"$work/events" <<'PY' || bad "python3-icalendar could not read the file"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
assert cal.get('VERSION') == '2.0'
for event in cal.walk('VEVENT'):
    start, end = event.decoded('DTSTART'), event.decoded('DTEND')
    assert (end - start).days == 1, 'an all-day event'
    assert str(event.get('SUMMARY')).startswith(('整改时限', '【重大隐患】')), event.get('SUMMARY')
    print(event.get('UID'), start.isoformat())
PY
sort -o "$work/events" "$work/events"
if [ -s "$work/expected" ] && diff -q "$work/expected" "$work/events" >/dev/null; then ok; else
    bad "the .ics events differ from due --json: $(diff "$work/expected" "$work/events" | head -5)"; fi
grep -q "^$uuid@safeledger 2026-10-20$" "$work/events" && ok || bad "the extended hazard's event is not on 2026-10-20"

# --- the working calendar -----------------------------------------------------------------------------
expect 0 "2026  shipped   248 working days  国务院办公厅关于2026年部分节假日安排的通知" -- "$cli" calendar "$db"
printf 'year 2027\nsource test\nworkday 2027-01-04 周一\n' >"$work/bad.txt"
sum=$(sha256sum <"$db")
expect 3 "line 3: 2027-01-04 is a weekday" -- "$cli" calendar "$db" --import "$work/bad.txt"
unchanged "$db" "$sum" "a refused calendar import"
printf 'year 2027\nsource 本县转发的2027年节假日安排\nholiday 2027-02-06 2027-02-12 春节\n' >"$work/2027.txt"
expect 0 "imported 2027 \(7 days\)" -- "$cli" calendar "$db" --import "$work/2027.txt"
expect 0 "2027  imported" -- "$cli" calendar "$db"
expect 0 "holiday 2027-02-06 2027-02-12 春节" -- "$cli" calendar "$db" --year 2027
expect 2 "--day needs --name" -- "$cli" calendar "$db" --day 2026-10-16
expect 0 "set 2026-10-16 as a local day off" -- "$cli" calendar "$db" --day 2026-10-16 --name "镇庆"
# Three working days from Wednesday 10-14 without the local Friday: 10-15, 10-19, 10-20.
expect 0 "deadline 2026-10-20\)" -- "$cli" hazard-add "$db" --org "$shop" --source self_check --found 2026-10-14 \
    --description "叉车未年检" --deadline "3个工作日"
expect 0 "removed the local day 2026-10-16" -- "$cli" calendar "$db" --remove-day 2026-10-16
# --- the ledger's settings: the document number pattern ---------------------------------------------
expect 0 "document numbers: \{kind\}〔\{year\}〕第\{n:3\}号" -- "$cli" settings "$db"
expect 3 "\"\{no\}\" in a document number pattern is not known" -- "$cli" settings "$db" --document-pattern "青安{no}"
expect 0 "e.g. 青安监限改〔[0-9]{4}〕第015号" -- "$cli" settings "$db" --document-pattern "青安监{kind}〔{year}〕第{n:3}号"
expect 0 "青安监限改〔2026〕第[0-9]{3}号" -- "$cli" notice "$db" --kind rectification_notice --org "$shop" \
    --hazards "$uuid" --date 2026-10-21 --out "$work/notice.html"
expect 0 "ok" -- "$cli" check "$db"

echo "cli_deadlines: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
