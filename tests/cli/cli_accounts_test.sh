#!/usr/bin/env bash
# Accounts, roles and the audit trail's hash chain from the command line (issue 13): a ledger that
# keeps accounts refuses commands without --user and a wrong password, writing nothing; each role
# may do only its own; `check` finds a row edited with sqlite3 and a tail cut off behind a backup.
set -uo pipefail

cli=${SAFELEDGER_CLI:?set SAFELEDGER_CLI to the safeledger-cli binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"
db="$work/ledger.db"
audit() { sqlite3 "$1" "SELECT count(*) FROM audit"; }

# --- the first administrator ------------------------------------------------------------------
# No terminal and no SAFELEDGER_PASSWORD: refused, no file left.
expect 3 "no password" -- setsid -w env -u SAFELEDGER_PASSWORD "$cli" init "$db" --admin wang
if [ ! -e "$db" ]; then ok; else bad "init without a password left a file"; fi
expect 3 "at least 8 characters" -- env SAFELEDGER_PASSWORD=short "$cli" init "$db" --admin wang
if [ ! -e "$db" ]; then ok; else bad "init with a short password left a file"; fi
export SAFELEDGER_PASSWORD="admin password"
expect 0 "with the administrator wang" -- "$cli" init "$db" --admin wang --display 王安全
# A ledger made without accounts gets its administrator first.
"$cli" init "$work/plain.db" >/dev/null
expect 3 "its first account is its administrator" -- env SAFELEDGER_NEW_PASSWORD="zhang password" "$cli" \
    account-add "$work/plain.db" --name zhang --role officer
expect 0 "added the account li \(administrator\)" -- env SAFELEDGER_NEW_PASSWORD="li password" "$cli" \
    account-add "$work/plain.db" --name li --role administrator
expect 3 "keeps accounts: say who you are" -- "$cli" accounts "$work/plain.db"
expect 0 "wang +administrator +王安全" -- "$cli" accounts "$db" --user wang

# --- who may open it --------------------------------------------------------------------------
expect 3 "keeps accounts: say who you are with --user" -- "$cli" stats "$db" --year 2025
sum=$(sha256sum <"$db")
expect 3 "wrong account name or password" -- env SAFELEDGER_PASSWORD=wrong "$cli" hazard-add "$db" --user wang \
    --org x --source report --found 2025-06-01 --description 测试
expect 3 "wrong account name or password" -- "$cli" accounts "$db" --user nobody
unchanged "$db" "$sum" "a refused sign-in"

# --- accounts and roles -----------------------------------------------------------------------
expect 0 "added the account zhang \(officer\)" -- env SAFELEDGER_NEW_PASSWORD="zhang password" "$cli" account-add \
    "$db" --user wang --name zhang --display 张三 --role officer
expect 0 "added the account li \(manager\)" -- env SAFELEDGER_NEW_PASSWORD="li password" "$cli" account-add \
    "$db" --user wang --name li --display 李四 --role manager
expect 2 "--role is viewer, officer" -- "$cli" account-add "$db" --user wang --name x --role boss
rows=$(audit "$db")
expect 3 "张三 \(officer\) may not manage accounts: that needs the role administrator" -- \
    env SAFELEDGER_PASSWORD="zhang password" SAFELEDGER_NEW_PASSWORD="x password" "$cli" account-add "$db" \
    --user zhang --name zhao --role viewer
if [ "$(audit "$db")" == "$rows" ]; then ok; else bad "a refused account-add wrote to the audit trail"; fi

# A unit and its hazards come in by a ledger import: an administrator's.
cat >"$work/ledger.csv" <<'CSV'
单位名称,排查日期,隐患描述,隐患等级,整改期限,完成情况
新开张饭店,2025/6/1,液化气瓶无防倾倒措施,一般,2025-06-30,未完成
CSV
export SAFELEDGER_PASSWORD="zhang password"
expect 3 "may not import data: that needs the role administrator" -- "$cli" import-ledger "$db" \
    "$work/ledger.csv" --create-missing-units --user zhang
expect 0 "imported 1 hazard" -- env SAFELEDGER_PASSWORD="admin password" "$cli" import-ledger "$db" \
    "$work/ledger.csv" --create-missing-units --user wang
expect 0 "registered hazard ([0-9a-f-]+)" -- "$cli" hazard-add "$db" --user zhang --org 新开张饭店 --source report \
    --found 2025-06-03 --description 后厨电线裸露 --deadline 2025-06-20
hazard=$(sed -n 's/^registered hazard \([0-9a-f-]*\) .*/\1/p' "$work/out")
rows=$(audit "$db")
expect 3 "张三 \(officer\) may not void records: that needs the role manager or above" -- \
    "$cli" void "$db" --user zhang --uuid "$hazard" --reason 重复登记
if [ "$(audit "$db")" == "$rows" ]; then ok; else bad "a refused void wrote to the audit trail"; fi
expect 0 "voided hazard $hazard" -- env SAFELEDGER_PASSWORD="li password" "$cli" void "$db" --user li \
    --uuid "$hazard" --reason 重复登记
# The audit trail names the account of each change, beside the person's name.
if [ "$(sqlite3 "$db" "SELECT account || ' ' || operator FROM audit WHERE action = 'void'")" == "li 李四" ]; then ok
else bad "the void's audit row does not name the manager's account"; fi

# A viewer reads and prints, nothing more; its own password it may change.
expect 0 "added the account zhao \(viewer\)" -- env SAFELEDGER_PASSWORD="admin password" \
    SAFELEDGER_NEW_PASSWORD="zhao password" "$cli" account-add "$db" --user wang --name zhao --display 赵六 --role viewer
export SAFELEDGER_PASSWORD="zhao password"
expect 0 "hazards_found" -- "$cli" stats "$db" --user zhao --year 2025 --json
expect 3 "赵六 \(viewer\) may not register hazards" -- "$cli" hazard-add "$db" --user zhao --org 新开张饭店 \
    --source report --found 2025-06-03 --description 测试
expect 0 "changed the password of zhao" -- env SAFELEDGER_NEW_PASSWORD="zhao new password" "$cli" passwd "$db" \
    --user zhao
expect 3 "wrong account name or password" -- "$cli" accounts "$db" --user zhao
expect 0 "zhao +viewer" -- env SAFELEDGER_PASSWORD="zhao new password" "$cli" accounts "$db" --user zhao

# The last administrator stays one.
export SAFELEDGER_PASSWORD="admin password"
expect 3 "wang is the last enabled administrator" -- "$cli" account-set "$db" --user wang --name wang --role officer
expect 0 "zhang officer 张三 \(disabled\)" -- "$cli" account-set "$db" --user wang --name zhang --disable
expect 3 "the account zhang is disabled" -- env SAFELEDGER_PASSWORD="zhang password" "$cli" accounts "$db" --user zhang

# --- signed packages -------------------------------------------------------------------------
# A laptop's ledger (no accounts) signs what it exports; the office (accounts) refuses it until an
# administrator trusts the laptop's key, and refuses a package edited after signing.
laptop="$work/laptop.db"
"$cli" init "$laptop" >/dev/null
cat >"$work/laptop.csv" <<'CSV'
单位名称,排查日期,隐患描述,隐患等级,整改期限,完成情况
城关五金店,2025/6/4,货架遮挡安全出口,一般,2025-06-25,未完成
CSV
env -u SAFELEDGER_PASSWORD "$cli" import-ledger "$laptop" "$work/laptop.csv" --create-missing-units >/dev/null
expect 0 "signed with this ledger's key ([A-Za-z0-9+/=]{44})" -- env -u SAFELEDGER_PASSWORD "$cli" export "$laptop" \
    --out "$work/laptop.json"
key=$(sed -n "s/^signed with this ledger's key \(.*\)$/\1/p" "$work/out")
k=${key//+/\\+} # the key as a pattern: base64's + is a quantifier in grep -E
expect 0 "this ledger's key: $k" -- env -u SAFELEDGER_PASSWORD "$cli" key "$laptop"
rows=$(audit "$db")
expect 3 "signed with the key .*, which this ledger does not trust; nothing was imported" -- "$cli" import "$db" \
    "$work/laptop.json" --user wang
if [ "$(audit "$db")" == "$rows" ]; then ok; else bad "a refused package wrote to the audit trail"; fi
expect 3 "may not trust other ledgers' keys" -- env SAFELEDGER_PASSWORD="li password" "$cli" trust "$db" --user li \
    --package "$work/laptop.json" --label 笔记本
expect 0 "trusted $k as \"城关所笔记本\"" -- "$cli" trust "$db" --user wang --package "$work/laptop.json" \
    --label 城关所笔记本
expect 0 "trusted: $k  城关所笔记本" -- "$cli" key "$db" --user wang
sed 's/货架遮挡安全出口/货架遮挡消防通道/' "$work/laptop.json" >"$work/edited.json"
expect 3 "changed after it was signed with the key $k" -- "$cli" import "$db" "$work/edited.json" --user wang
expect 0 "CHANGED AFTER SIGNING" -- "$cli" import "$db" "$work/edited.json" --user wang --dry-run
expect 0 "signed by 城关所笔记本 \(trusted key $k\)" -- "$cli" import "$db" "$work/laptop.json" --user wang
if [ "$(sqlite3 "$db" "SELECT count(*) FROM hazard WHERE description = '货架遮挡安全出口'")" == 1 ]; then ok
else bad "the trusted package's hazard is not in the office ledger"; fi
expect 0 "no longer trusted: $k" -- "$cli" distrust "$db" --user wang --key "$key"
expect 0 "imported .*edited.json" -- "$cli" import "$db" "$work/edited.json" --user wang --accept-unverified
if [ "$(sqlite3 "$db" "SELECT account FROM audit WHERE action = 'accept-unverified'")" == wang ]; then ok
else bad "accepting an altered package is not on the record"; fi

# --- the hash chain ---------------------------------------------------------------------------
expect 0 "ok \([0-9]+ checks\)" -- "$cli" check "$db" --user wang
mkdir "$work/backups"
"$cli" backup "$db" "$work/backups/ledger-20250630-120000.db" --user wang >/dev/null
head=$(sqlite3 "$db" "SELECT id || ':' || hash FROM audit ORDER BY id DESC LIMIT 1")
expect 0 "ok" -- "$cli" check "$db" --user wang --head "$head" --backups "$work/backups"
expect 3 "is not a chain head" -- "$cli" check "$db" --user wang --head 12:abc
cp "$db" "$work/edited.db"
sqlite3 "$work/edited.db" "DROP TRIGGER audit_no_update; UPDATE audit SET operator = '王五' WHERE id = 3;"
expect 1 "problem: audit trail: row 3 \(.*\) does not match its hash" -- "$cli" check "$work/edited.db" --user wang
# Rows cut off the end, the trigger put back as it was: the chain left is whole, and only the
# backup's head shows rows missing.
trigger=$(sqlite3 "$db" "SELECT sql FROM sqlite_schema WHERE name = 'audit_no_delete'")
sqlite3 "$db" "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id > (SELECT max(id) - 2 FROM audit); $trigger;"
expect 0 "ok" -- "$cli" check "$db" --user wang
expect 1 "audit trail: it ends at row [0-9]+, but a saved chain head names row" -- "$cli" check "$db" --user wang \
    --backups "$work/backups"
expect 1 "saved chain head names row" -- "$cli" check "$db" --user wang --head "$head"

echo "cli_accounts: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
