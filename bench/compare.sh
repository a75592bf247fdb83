#!/usr/bin/env bash
# Two builds of translint side by side on bench/run.sh's inputs (run it first):
# RUNS alternating runs of each (A, B, A, B, ...), so that a drift of the
# machine affects both alike. Every run must exit 0 or 1 and both builds must
# print the same number of findings; prints the medians of wall time, CPU time
# (user + system) and peak memory, and B's CPU time as a fraction of A's.
#
#   bench/compare.sh OLD_BINARY NEW_BINARY [RUNS]      RUNS defaults to 5
set -euo pipefail
cd "$(dirname "$0")/.."
A=$1 B=$2 RUNS=${3:-5}
OUT=bench/out
BIG=$(ls "$OUT"/archive-*mb.jsonl | head -1)
[ -d "$OUT/corpus" ] && [ -f "$BIG" ] && [ -f "$OUT/synthetic-20000.yaml" ] || {
  echo "compare: run bench/run.sh first (it builds the inputs in $OUT)" >&2
  exit 2
}
NAMES=(--rules rules/names --rules rules/media --config "$OUT/names-only-plain.yaml" --format json)
declare -A CASES=(
  [names-archive]="check ${NAMES[*]} $OUT/corpus"
  [names-200mb-file]="check ${NAMES[*]} $BIG"
  [names-20000-entities]="check ${NAMES[*]} --rules $OUT/synthetic-20000.yaml $OUT/corpus"
  [default-archive]="check --format json $OUT/corpus"
  [default-archive-j1]="check -j 1 --format json $OUT/corpus"
)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one() {  # binary case label -> appends "wall cpu kib" to $tmp/label
  local rc=0
  # shellcheck disable=SC2086
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$1" ${CASES[$2]} >"$tmp/out" 2>"$tmp/err" || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "compare: $1 ${CASES[$2]} exited with $rc:" >&2
    head -5 "$tmp/err" >&2
    exit 1
  fi
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["diagnostics"])' "$tmp/out" >>"$tmp/$3.count"
  tail -1 "$tmp/time" | awk '{ print $1, $2 + $3, $4 }' >>"$tmp/$3"  # after time's exit-status line
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
printf '%-22s %22s %22s %8s\n' case "A wall / CPU / peak" "B wall / CPU / peak" "B/A CPU"
for c in names-archive names-200mb-file names-20000-entities default-archive default-archive-j1; do
  for _ in $(seq "$RUNS"); do
    one "$A" "$c" "$c.a"
    one "$B" "$c" "$c.b"
  done
  if [ "$(sort -u "$tmp/$c.a.count" "$tmp/$c.b.count" | wc -l)" -ne 1 ]; then
    echo "compare: $c: the builds printed different finding counts: $(sort -u "$tmp/$c.a.count" "$tmp/$c.b.count" | tr '\n' ' ')" >&2
    exit 1
  fi
  aw=$(cut -d' ' -f1 "$tmp/$c.a" | median) ac=$(cut -d' ' -f2 "$tmp/$c.a" | median) am=$(cut -d' ' -f3 "$tmp/$c.a" | median)
  bw=$(cut -d' ' -f1 "$tmp/$c.b" | median) bc=$(cut -d' ' -f2 "$tmp/$c.b" | median) bm=$(cut -d' ' -f3 "$tmp/$c.b" | median)
  awk -v c="$c" -v aw="$aw" -v ac="$ac" -v am="$am" -v bw="$bw" -v bc="$bc" -v bm="$bm" -v n="$(head -1 "$tmp/$c.a.count")" 'BEGIN {
    printf "%-22s %6.2f s %5.1f s %4.0f MB %6.2f s %5.1f s %4.0f MB %8.2f   (%d findings)\n", c, aw, ac, am / 1024, bw, bc, bm / 1024, bc / ac, n }'
done
