#!/usr/bin/env bash
# The report commands as users run them: exit codes, one-line errors, nothing written when a
# command refuses, and the figures of the written report equal to `stats --json` for the same
# scope and year (read back from the PDF with pdftotext). Needs $SAFELEDGER_CLI, jq, sqlite3 and
# poppler-utils.
set -uo pipefail

cli=${SAFELEDGER_CLI:?set SAFELEDGER_CLI to the safeledger-cli binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
EXPECT_QUIET_STDERR=1
source "$(dirname "${BASH_SOURCE[0]}")/../cli/expect.sh"

# 1234567 → 1,234,567; 1234.5 → 1,234.50 (yuan)
grouped() { sed -E ':a;s/^([0-9]+)([0-9]{3})/\1,\2/;ta' <<<"$1"; }
yuan() { grouped "$(printf '%.2f' "$1")"; }
percent() { if [ "$1" == "null" ]; then echo "—"; else printf '%.1f%%' "$(jq -n "($1 * 1000 | round) / 10")"; fi; }

# The figures of the row starting with LABEL in the PDF's text ("this last change", a rate's
# change in "pp"): "this last".
row() { # pdf-text-file label
    grep -E "^ *$2 +[0-9−—]" "$1" | head -1 | sed -E 's/ pp *$//' | awk '{ print $(NF-2), $(NF-1) }'
}

db="$work/demo.db"
"$cli" demo "$db" >/dev/null || { echo "FAIL: demo"; exit 1; }
sum=$(sha256sum <"$db")

# --- command line mistakes: exit 2, nothing written ----------------------------------------------
expect 2 "needs --year" -- "$cli" report "$db" --out "$work/a.pdf"
expect 2 "needs --out" -- "$cli" report "$db" --year 2026
expect 2 "\.pdf, \.odt or \.html" -- "$cli" report "$db" --year 2026 --out "$work/a.docx"
expect 2 "--lang must be zh or en" -- "$cli" report "$db" --year 2026 --lang fr --out "$work/a.pdf"
expect 2 "--year must be" -- "$cli" report "$db" --year 20x6 --out "$work/a.pdf"
expect 2 "needs --quarter" -- "$cli" quarterly "$db" --year 2026 --out "$work/q.pdf"
expect 2 "--quarter must be" -- "$cli" quarterly "$db" --year 2026 --quarter 5 --out "$work/q.pdf"
expect 2 "needs --kind" -- "$cli" notice "$db" --org x --hazards y --out "$work/n.pdf"
for f in a.pdf a.docx q.pdf n.pdf; do absent "$work/$f" "a refused command"; done

# --- errors: exit 3, one line, nothing written -------------------------------------------------------
expect 3 "no unit" -- "$cli" report "$db" --year 2026 --org 00000000-0000-4000-8000-000000000000 --out "$work/b.pdf"
absent "$work/b.pdf" "report for an unknown unit"
expect 3 "cannot write .*no-such-dir/c.pdf" -- "$cli" report "$db" --year 2026 --out "$work/no-such-dir/c.pdf"
absent "$work/no-such-dir" "report into a missing folder"
expect 3 "not found|does not exist|no such" -- "$cli" report "$work/none.db" --year 2026 --out "$work/d.pdf"
absent "$work/d.pdf" "report from a missing database"

# --- the figures of the report are those of stats --json, for several scopes and both years ---------
town=$(sqlite3 "$db" "SELECT uuid FROM org WHERE parent_id IS NULL LIMIT 1")
village=$(sqlite3 "$db" "SELECT uuid FROM org WHERE kind = 'village' ORDER BY id LIMIT 1")
park=$(sqlite3 "$db" "SELECT uuid FROM org WHERE kind = 'park' ORDER BY id LIMIT 1")
for year in 2025 2026; do
    for org in "" "$town" "$village" "$park"; do
        scope=()
        [ -n "$org" ] && scope=(--org "$org")
        label="year $year scope ${org:-all}"
        "$cli" stats "$db" --year "$year" "${scope[@]}" --json >"$work/stats.json" || { bad "$label: stats"; continue; }
        expect 0 "wrote" -- "$cli" report "$db" --year "$year" "${scope[@]}" --lang en --out "$work/r.pdf"
        pdftotext -layout "$work/r.pdf" "$work/r.txt"
        check() { # label jq-this jq-last formatter
            local want got
            want="$($4 "$(jq -r "$2" "$work/stats.json")") $($4 "$(jq -r "$3" "$work/stats.json")")"
            got=$(row "$work/r.txt" "$1")
            if [ "$want" == "$got" ]; then ok; else bad "$label: row \"$1\" reads \"$got\", stats --json says \"$want\""; fi
        }
        check "Hazards found" .hazards_found .previous_year.hazards_found grouped
        check "Hazards rectified" .hazards_rectified .previous_year.hazards_rectified grouped
        check "Rectification rate" .rectification_rate .previous_year.rectification_rate percent
        check "Overdue hazards" .overdue .previous_year.overdue grouped
        check "Major hazards" .major_hazards .previous_year.major_hazards grouped
        check "Inspections" .inspections .previous_year.inspections grouped
        check "Inspector person-times" .inspector_person_times .previous_year.inspector_person_times grouped
        check "Accidents" .accidents .previous_year.accidents grouped
        check "Deaths" .deaths .previous_year.deaths grouped
        check "Fines \(yuan\)" .penalty_amount_yuan .previous_year.penalty_amount_yuan yuan
        check "Agreements signed" .agreements_signed .previous_year.agreements_signed grouped
        check "Inspection coverage" .inspection_coverage .previous_year.inspection_coverage percent
        # (二) 专项行动: a row per campaign of `campaigns --json` for the same scope and year.
        "$cli" campaigns "$db" --year "$year" "${scope[@]}" --json >"$work/campaigns.json" || { bad "$label: campaigns"; continue; }
        expect 0 "wrote" -- "$cli" report "$db" --year "$year" "${scope[@]}" --lang en --out "$work/r.html"
        cell() { printf '<td class="num" align="right">%s</td>' "$1"; }
        listed=$(jq '.campaigns | length' "$work/campaigns.json")
        [ "$listed" -gt 0 ] || bad "$label: no campaign listed"
        for ((k = 0; k < listed; ++k)); do
            IFS='|' read -r name ins units found rect rate major docs <<<"$(jq -r ".campaigns[$k] | \"\(.name)|\(.inspections)|\(.units_inspected)|\(.hazards_found)|\(.hazards_rectified)|\(.rectification_rate)|\(.major_hazards)|\(.documents)\"" "$work/campaigns.json")"
            want="<td>$name</td>$(cell "$(grouped "$ins")")$(cell "$(grouped "$units")")$(cell "$(grouped "$found")")$(cell "$(grouped "$rect")")$(cell "$(percent "$rate")")$(cell "$(grouped "$major")")$(cell "$(grouped "$docs")")</tr>"
            if grep -qF -- "$want" "$work/r.html"; then ok; else bad "$label: no campaign row $want"; fi
        done
    done
done
unchanged_sum=$(sha256sum <"$db")
if [ "$sum" == "$unchanged_sum" ]; then ok; else bad "writing reports modified the database"; fi

# --- Chinese by default; ODT and HTML by extension; the quarterly form; a notice ----------------------
expect 0 "wrote" -- "$cli" report "$db" --year 2026 --out "$work/zh.pdf"
if pdffonts "$work/zh.pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad }'; then ok; else
    bad "a font of the PDF is not embedded: $(pdffonts "$work/zh.pdf")"; fi
if pdftotext "$work/zh.pdf" - | grep "隐患排查治理" >/dev/null; then ok; else bad "the Chinese report lacks its section title"; fi
expect 0 "wrote" -- "$cli" report "$db" --year 2026 --org "$town" --out "$work/r.odt"
if unzip -p "$work/r.odt" mimetype | grep "opendocument.text" >/dev/null; then ok; else bad "r.odt is not an ODF text"; fi
expect 0 "wrote" -- "$cli" report "$db" --year 2026 --out "$work/r.html"
if grep -q "data:image/png;base64" "$work/r.html"; then ok; else bad "r.html lacks its chart"; fi
expect 0 "wrote" -- "$cli" quarterly "$db" --year 2026 --quarter 2 --org "$town" --lang en --out "$work/q.pdf"
pdftotext -layout "$work/q.pdf" "$work/q.txt"
"$cli" stats "$db" --year 2026 --quarter 2 --org "$town" --json >"$work/q.json"
want="$(grouped "$(jq -r .hazards_found "$work/q.json")")"
if grep -E "^ *Total " "$work/q.txt" | awk '{ print $2 }' | grep -qx -- "$want"; then ok; else
    bad "the quarterly total row does not read $want: $(grep Total "$work/q.txt")"; fi

shop=$(sqlite3 "$db" "SELECT o.uuid FROM org o JOIN hazard h ON h.org_id = o.id WHERE h.status = 'rectifying' LIMIT 1")
hazards=$(sqlite3 "$db" "SELECT group_concat(h.uuid) FROM hazard h JOIN org o ON o.id = h.org_id WHERE o.uuid = '$shop' AND h.status = 'rectifying'")
expect 0 "wrote" -- "$cli" notice "$db" --kind rectification_notice --org "$shop" --hazards "$hazards" --number "测〔2026〕1号" --out "$work/n.pdf"
if grep -q "^issued 测〔2026〕1号 (document " "$work/out"; then ok; else bad "notice does not say what it issued: $(cat "$work/out")"; fi
if pdftotext "$work/n.pdf" - | grep "测〔2026〕1号" >/dev/null; then ok; else bad "the notice lacks its number"; fi
# Issued means recorded: listed with its hazards, the number never given again, reprinted as issued.
docs="SELECT count(*) FROM enforcement_document"
if [ "$(sqlite3 "$db" "SELECT count(*) FROM enforcement_document d JOIN document_hazard l ON l.document_id = d.id
    WHERE d.number = '测〔2026〕1号'")" == "$(tr ',' '\n' <<<"$hazards" | wc -l)" ]; then ok; else bad "the notice was not recorded with its hazards"; fi
before=$(sqlite3 "$db" "$docs")
expect 3 "already the number of a document" -- "$cli" notice "$db" --kind rectification_notice --org "$shop" --hazards "$hazards" --number "测〔2026〕1号" --out "$work/n3.pdf"
absent "$work/n3.pdf" "a notice with a number already used"
if [ "$(sqlite3 "$db" "$docs")" == "$before" ]; then ok; else bad "a refused notice was recorded"; fi
expect 0 "^issued 限改〔2026〕第001号" -- "$cli" notice "$db" --kind rectification_notice --org "$shop" --hazards "$hazards" --out "$work/n4.pdf"
expect 0 "^issued 限改〔2026〕第002号" -- "$cli" notice "$db" --kind rectification_notice --org "$shop" --hazards "$hazards" --out "$work/n5.pdf"
second=$(sed -n 's/^issued .* (document \([0-9a-f-]*\))$/\1/p' "$work/out")
expect 0 "voided enforcement_document" -- "$cli" void "$db" --uuid "$second" --reason "重复下达"
expect 0 "^issued 限改〔2026〕第003号" -- "$cli" notice "$db" --kind rectification_notice --org "$shop" --hazards "$hazards" --out "$work/n6.pdf"
expect 0 "wrote" -- "$cli" notice "$db" --document "$second" --out "$work/n5-again.pdf"
if [ "$(pdftotext "$work/n5.pdf" -)" == "$(pdftotext "$work/n5-again.pdf" -)" ]; then ok; else bad "a recorded notice does not reprint identically"; fi
expect 3 "no hazard" -- "$cli" notice "$db" --kind rectification_order --org "$shop" --hazards 00000000-0000-4000-8000-000000000000 --out "$work/n2.pdf"
absent "$work/n2.pdf" "a notice for an unknown hazard"

# A saved inspection printed as its record.
inspection=$(sqlite3 "$db" "SELECT i.uuid FROM inspection i WHERE EXISTS (SELECT 1 FROM inspection_item t WHERE
    t.inspection_id = i.id AND t.result = 'fail') AND i.voided_at = '' ORDER BY i.date DESC LIMIT 1")
expect 0 "wrote" -- "$cli" inspection-record "$db" --uuid "$inspection" --out "$work/record.pdf"
if pdftotext "$work/record.pdf" - | grep -q "安全检查记录"; then ok; else bad "the inspection record lacks its title"; fi
if pdftotext "$work/record.pdf" - | grep -q "不合格"; then ok; else bad "the inspection record lacks its failed item"; fi
expect 3 "no record with UUID" -- "$cli" inspection-record "$db" --uuid 00000000-0000-4000-8000-000000000000 --out "$work/r0.pdf"
absent "$work/r0.pdf" "a record of an unknown inspection"

echo "report cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
