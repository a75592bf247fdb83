#!/usr/bin/env bash
# `cmake --install` and `cpack -G DEB` give a translint that runs from outside
# the source tree, finding its data from its own location.
# Usage: install_and_deb.sh BUILD_DIR WORK_DIR
set -euo pipefail
build="$1" work="$2"
rm -rf "$work" && mkdir -p "$work/elsewhere"
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
for f in bin/translint share/translint/rules share/translint/transliteration share/man/man1/translint.1 \
         share/doc/translint/README.md; do
  [ -e "$work/prefix/$f" ] || fail "cmake --install did not install $f"
done

# A sample article, checked by each installed binary from a folder outside the source tree.
printf 'President Sadyr Zhaparov came to Kiev.\n' > "$work/elsewhere/a.md"
check() {  # check BINARY: the two findings, exit 1
  local out status=0
  out=$(cd "$work/elsewhere" && env -u TRANSLINT_DATA "$1" check a.md --format json) || status=$?
  [ "$status" -eq 1 ] || fail "$1 exited $status: $out"
  echo "$out" | grep -q '"check":"names/non-preferred","severity":"warning","message":"\\"Kiev\\"' ||
    fail "$1 did not report Kiev: $out"
  echo "$out" | grep -q '"text":"Sadyr Zhaparov"' || fail "$1 did not report Zhaparov: $out"
}
check "$work/prefix/bin/translint"
"$work/prefix/bin/translint" --version | grep -q '^translint [0-9]' || fail "--version"

# Without its data, a clear error naming where it looked; TRANSLINT_DATA points elsewhere.
mkdir -p "$work/bare/bin" && cp "$work/prefix/bin/translint" "$work/bare/bin/"
status=0
err=$(cd "$work/elsewhere" && env -u TRANSLINT_DATA "$work/bare/bin/translint" check a.md 2>&1) || status=$?
[ "$status" -eq 2 ] || fail "no data: exit $status, expected 2: $err"
echo "$err" | grep -q "bare/share/translint/rules" || fail "no data: the error does not name the folder: $err"
status=0
(cd "$work/elsewhere" && TRANSLINT_DATA="$work/prefix/share/translint" "$work/bare/bin/translint" check a.md \
   >/dev/null) || status=$?
[ "$status" -eq 1 ] || fail "TRANSLINT_DATA: exit $status, expected 1"

# The Debian package: its dependencies declared, its files where the binary finds them.
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >/dev/null)
deb=$(ls "$work"/deb/translint_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libicu72 libhunspell libyaml-cpp libsqlite3 libgumbo libpugixml libvectorscan libsimdjson hunspell-en-us; do
  echo "$depends" | grep -q "$lib" || fail "the package does not depend on $lib: $depends"
done
# apt resolves the package against Debian 12 (simulated: nothing is installed).
apt-get install -s "$deb" > "$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get cannot install $deb"; }
grep -q "^Inst translint " "$work/apt.log" || { cat "$work/apt.log"; fail "apt-get would not install translint"; }
dpkg-deb -x "$deb" "$work/root"
installed=$(find "$work/root" -path '*/bin/translint' -type f)
[ -n "$installed" ] || fail "no bin/translint in $deb"
check "$installed"
echo "installed prefix and $(basename "$deb") ($(du -k "$deb" | cut -f1) kB) both run from outside the source tree"
echo "Depends: $depends"
