#!/usr/bin/env bash
# The archive report in a real browser: indexes a small archive, writes the
# HTML report, renders it with headless Chromium (Debian's), takes a screenshot
# and fails on any console message (an error, an uncaught exception) or when
# the page's script did not run to its end. A page with a deliberate error
# first proves that this harness sees console errors.
# Usage: report_in_chromium.sh TRANSLINT_BINARY SCREENSHOT.png
# Exit 77 (skipped, for CTest) when Chromium is not installed.
set -euo pipefail
translint=$1
screenshot=$2
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "chromium is not installed (./dev.sh installs it): skipped" >&2
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Flags for a closed network: no background connections, no first-run work.
browse() {
  "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile" --enable-logging=stderr --v=0 "$@"
}

printf '<!DOCTYPE html><html><body><p>broken</p><script>undefinedFunction();</script></body></html>\n' > "$work/broken.html"
browse --screenshot="$work/broken.png" "file://$work/broken.html" 2> "$work/broken.log" || true
if ! grep -q 'CONSOLE.*Uncaught ReferenceError' "$work/broken.log"; then
  echo "FAIL: the harness does not see a console error in a broken page; Chromium said:" >&2
  cat "$work/broken.log" >&2
  exit 1
fi

mkdir -p "$work/news"
for i in $(seq 0 59); do
  outlet=$([ $((i % 2)) -eq 1 ] && echo 'Kloop <i>feed</i>' || echo 24.kg)
  name=$([ $((i % 3)) -eq 0 ] && echo "Sadyr Japarov" || echo "Sadyr Zhaparov")
  other=$([ $((i % 5)) -eq 0 ] && echo "Bekbolatov" || echo "Bekbolotov")
  printf -- '---\ndate: 2021-%02d-%02d\noutlet: %s\ntitle: Day %d\n---\nPresident %s came to Kiev. 10 thousand 406 people came.\nTimur %s spoke.\n' \
    $((3 + i % 6)) $((i % 28 + 1)) "$outlet" "$i" "$name" "$other" > "$work/news/$((1000 + i)).md"
done
(cd "$work" && "$translint" index news --db archive.sqlite 2> index.log) || { cat "$work/index.log" >&2; exit 1; }
(cd "$work" && "$translint" report --db archive.sqlite -o report.html 2> report.log) || { cat "$work/report.log" >&2; exit 1; }
outside=$(grep -Eo '<(link|img|iframe|object|embed)[^>]*|src=[^ >]*|url\([^)]*|(https?|ftp)://[^" ]*' "$work/report.html" |
          grep -v '^http://www.w3.org/2000/svg$' || true)
if [ -n "$outside" ]; then
  echo "FAIL: the report loads something from outside itself:" >&2
  echo "$outside" | head >&2
  exit 1
fi

browse --window-size=1280,1800 --screenshot="$screenshot" "file://$work/report.html" 2> "$work/chromium.log"
if grep -q 'CONSOLE' "$work/chromium.log"; then
  echo "FAIL: console messages while rendering the report:" >&2
  grep 'CONSOLE' "$work/chromium.log" >&2
  exit 1
fi
if [ "$(head -c 8 "$screenshot" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
  echo "FAIL: no PNG screenshot at $screenshot" >&2
  exit 1
fi
browse --dump-dom "file://$work/report.html" > "$work/dom.html" 2> /dev/null
grep -q '<body data-ready="1"' "$work/dom.html" || { echo "FAIL: the report's script did not run to its end" >&2; exit 1; }
grep -q 'Sadyr Zhaparov' "$work/dom.html" || { echo "FAIL: the rendered page lacks the entity" >&2; exit 1; }
# The outlet's name is text, not markup.
if grep -q '<i>feed</i>' "$work/dom.html" || ! grep -q 'Kloop &lt;i&gt;feed' "$work/dom.html"; then
  echo "FAIL: the outlet's name was not escaped" >&2
  exit 1
fi
echo "rendered $work/report.html in $("$chromium" --version 2>/dev/null | head -1): no console message; screenshot $screenshot"
