# Shared by the CLI test scripts (sourced after they set $work): counters and checks that say
# what failed. EXPECT_QUIET_STDERR=1 also fails a successful command that writes to stderr.
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

# expect CODE PATTERN -- command...: runs it, checks the exit code and that stderr (codes 2 and 3,
# a single line) or stdout (codes 0 and 1) matches PATTERN.
expect() {
    local code=$1 pattern=$2
    shift 3
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    if [ "$got" != "$code" ]; then
        bad "$* exited $got, expected $code; stderr: $(cat "$work/err")"
        return
    fi
    local text
    if [ "$code" -ge 2 ]; then
        text=$(cat "$work/err")
        if [ "$(wc -l <"$work/err")" -ne 1 ]; then
            bad "$*: expected one line on stderr, got: $text"
            return
        fi
    else
        text=$(cat "$work/out")
        if [ "${EXPECT_QUIET_STDERR:-0}" == "1" ] && [ -s "$work/err" ]; then
            bad "$*: succeeded but wrote to stderr: $(cat "$work/err")"
            return
        fi
    fi
    if ! grep -qE -- "$pattern" <<<"$text"; then
        bad "$*: output does not match /$pattern/: $text"
        return
    fi
    ok
}

unchanged() { # file checksum-before description
    if [ "$(sha256sum <"$1")" == "$2" ]; then ok; else bad "$3: the file was modified"; fi
}

absent() { if [ -e "$1" ]; then bad "$2: $1 was written"; else ok; fi; }
