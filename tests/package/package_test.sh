#!/usr/bin/env bash
# The Debian package as a user gets it (issue 18): built with CPack from this build, unpacked with
# dpkg-deb -x into a temporary root (not installed: the test must not change the machine), its
# programs run from there outside the build tree, its desktop entry, AppStream metadata and manual
# pages validated, and lintian run on it with no errors. Warnings are printed, and listed in
# docs/packaging.md. Usage: package_test.sh BUILD-DIR
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Built into a folder of its own, so that a package test never races scripts/package's.
cpack --config "$build/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    fail "cpack could not build the package"
}
debs=("$work"/out/safeledger_*_amd64.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one safeledger_VERSION_amd64.deb, found: ${debs[*]}"
deb="${debs[0]}"

# What it declares: the Qt libraries and SQLite from dpkg-shlibdeps, the font and icon engine by hand.
depends="$(dpkg-deb --field "$deb" Depends)"
for needed in libqt6widgets6 libqt6charts6 libsqlite3-0 libxlsxwriter4 libsodium23 fonts-noto-cjk libqt6svg6; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done
[ "$(dpkg-deb --field "$deb" Package)" == "safeledger" ] || fail "package name"

root="$work/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/safeledger usr/bin/safeledger-cli \
    usr/share/applications/org.safeledger.SafeLedger.desktop \
    usr/share/metainfo/org.safeledger.SafeLedger.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/safeledger.svg \
    usr/share/icons/hicolor/16x16/apps/safeledger.png usr/share/icons/hicolor/48x48/apps/safeledger.png \
    usr/share/icons/hicolor/256x256/apps/safeledger.png \
    usr/share/man/man1/safeledger.1.gz usr/share/man/man1/safeledger-cli.1.gz \
    usr/share/doc/safeledger/copyright usr/share/doc/safeledger/changelog.gz; do
    [ -s "$root/$file" ] || fail "the package lacks /$file"
done
# The installed programs must not look for libraries in the build tree.
for program in safeledger safeledger-cli; do
    if readelf -d "$root/usr/bin/$program" | grep -qE 'RPATH|RUNPATH'; then
        fail "/usr/bin/$program carries a library search path: $(readelf -d "$root/usr/bin/$program" | grep -E 'RPATH|RUNPATH')"
    fi
done

# The programs work from the unpacked root, in an empty home, with nothing of the build tree.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
cd "$work"
cli="$root/usr/bin/safeledger-cli"
"$cli" demo "$work/demo.db" > "$work/demo.log" || fail "safeledger-cli demo: $(cat "$work/demo.log")"
year="$(date +%Y)"
found="$("$cli" stats "$work/demo.db" --year "$year" --json | jq -r '.hazards_found')"
[[ "$found" =~ ^[0-9]+$ ]] && [ "$found" -gt 0 ] || fail "stats --json from the package: hazards_found '$found'"
"$cli" report "$work/demo.db" --year "$year" --lang zh --out "$work/report.pdf" > /dev/null
# (Read whole before matching: grep -q ending a pipe early would fail it under pipefail.)
text="$(pdftotext "$work/report.pdf" -)"
[[ "$text" == *"年度安全生产工作总结"* ]] || fail "the packaged report lacks its title"
fonts="$(pdffonts "$work/report.pdf")"
[[ "$fonts" == *Noto*CJK* ]] || fail "the packaged report does not embed the Noto CJK font: $fonts"
# The window, off screen: it opens the demo and draws its first page, with the translations
# compiled in (the Chinese navigation).
QT_QPA_PLATFORM=offscreen "$root/usr/bin/safeledger" --lang zh_CN --screenshot "$work/window.png" "$work/demo.db" \
    > "$work/window.log" 2>&1 || fail "the packaged safeledger could not show the demo: $(cat "$work/window.log")"
[ -s "$work/window.png" ] || fail "no screenshot from the packaged safeledger"
[ "$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/safeledger" --default-database)" == \
    "$XDG_DATA_HOME/SafeLedger/SafeLedger/safeledger.db" ] || fail "--default-database"

desktop-file-validate "$root/usr/share/applications/org.safeledger.SafeLedger.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.safeledger.SafeLedger.metainfo.xml" > "$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }
# The manual pages render without a warning from groff, and list every command.
for page in safeledger safeledger-cli; do
    warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$root/usr/share/man/man1/$page.1.gz" 2>&1 > /dev/null)"
    [ -z "$warnings" ] || fail "man $page: $warnings"
done
manual="$(LC_ALL=C.UTF-8 MANWIDTH=100 man -l "$root/usr/share/man/man1/safeledger-cli.1.gz" 2> /dev/null)"
for command in $("$cli" --help | sed -n 's/^  \([a-z][a-z-]*\) DB.*/\1/p' | sort -u); do
    grep -q "^ *$command DB" <<< "$manual" || fail "the manual lacks the command $command"
done

# lintian: no errors; what it warns about is printed (docs/packaging.md lists it).
status=0
lintian --fail-on error "$deb" > "$work/lintian.log" 2>&1 || status=$?
grep -v '^running with root privileges' "$work/lintian.log" || true
[ "$status" -eq 0 ] || fail "lintian found errors in ${deb##*/} (exit $status)"
echo "package test: ${deb##*/} ($(du -k "$deb" | cut -f1) KiB) builds, unpacks, runs and passes lintian"
