#!/usr/bin/env bash
# Throughput of `translint check` on an archive of at least 50 MB of real English
# news (built from the corpora in ../shared/data/corpora):
#  1. name matching (the name checks only) with the shipped name tables, side by
#     side with ripgrep searching the same spellings (`rg -F -w -i -f`): on the
#     archive's files, and on one JSON Lines file of 4 x MB megabytes of the same
#     articles; with the shipped tables and a generated table of 20,000 entities;
#  2. the whole default product (every check and the shipped pattern rules), with
#     2 threads and with 1;
#  3. start-up for a 1 KB file and a 10 KB draft from standard input (bench/startup.py).
# Prints MB/s (median of RUNS runs), peak memory, and the ratios. Then runs the
# micro-benchmarks: VariantSet (cost per spelling count) and the per-segment stages.
#
#   bench/run.sh [CORPORA_DIR] [MB]      defaults: ../shared/data/corpora 50
set -euo pipefail
cd "$(dirname "$0")/.."
CORPORA=${1:-../shared/data/corpora}
MB=${2:-50}
RUNS=${RUNS:-3}
OUT=bench/out
BIN=build/translint
GEN=build/bench/gen_bench_data
mkdir -p "$OUT"

if [ ! -d "$OUT/corpus" ]; then
  echo "building a ${MB} MB archive from $CORPORA ..." >&2
  "$GEN" corpus "$CORPORA" "$OUT/corpus" "$MB" >/dev/null
fi
BIG_MB=$((4 * MB))
BIG=$OUT/archive-${BIG_MB}mb.jsonl
if [ ! -f "$BIG" ]; then
  echo "building a ${BIG_MB} MB JSON Lines archive from $CORPORA ..." >&2
  "$GEN" jsonl "$CORPORA" "$BIG" "$BIG_MB" >/dev/null
fi
BYTES=$(find "$OUT/corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
BIG_BYTES=$(stat -c %s "$BIG")
FILES=$(find "$OUT/corpus" -name '*.txt' | wc -l)
"$GEN" table 20000 "$OUT/synthetic-20000.yaml"
"$GEN" spellings "$OUT/shipped.txt" rules/names rules/media
# Name matching only: every check but names/* off.
{
  echo "checks:"
  "$BIN" checks --rules rules/names --format json | sed -n 's/^ *"id": "\(.*\)",$/\1/p' | grep -v '^names/' | sed 's/.*/  &: off/'
} >"$OUT/names-only.yaml"
# The same without generated variants and discovery (names/unlisted-variants).
{ echo "generated_variants: false"; cat "$OUT/names-only.yaml"; echo "  names/unlisted-variants: off"; } \
  >"$OUT/names-only-plain.yaml"
# The name checks of each document alone: without the checks across documents
# and the scan for unlisted full names they share (names/unlisted-spelling).
{ cat "$OUT/names-only-plain.yaml"; printf '  names/inconsistent-across: off\n  names/unlisted-variants-across: off\n  names/unlisted-spelling: off\n'; } \
  >"$OUT/names-matching.yaml"
printf 'generated_variants: false\nchecks:\n  names/unlisted-variants: off\n' >"$OUT/every-check-plain.yaml"
# The default product without the checks across documents (and the full-name scan they share).
printf 'checks:\n  names/inconsistent-across: off\n  names/unlisted-variants-across: off\n  names/unlisted-spelling: off\n' \
  >"$OUT/corpus-off.yaml"

# The findings (translint JSON: summary.diagnostics) or matches (rg -c: the sum
# of the per-file counts) a run printed to file $1.
count_of() {
  if head -c 1 "$1" | grep -q '{'; then
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["diagnostics"])' "$1"
  else
    awk -F: '{ n += $NF } END { print n + 0 }' "$1"
  fi
}

# measure OK_CODES COMMAND...: one warm-up run (page cache, rule cache), then RUNS
# timed runs. Every run must exit with one of OK_CODES (e.g. "0 1": translint's
# 1 and rg's 1 mean findings / no match, 2 is an error) and print the same
# non-zero count of findings as the warm-up; else the benchmark stops, so a tool
# that failed is never a figure. Prints "median_s min_s max_s peak_kib count
# median_cpu_s" (CPU: user + system).
measure() {
  local ok=$1 tmp out results=() rc count first cpu
  shift
  tmp=$(mktemp) out=$(mktemp)
  for run in $(seq 0 "$RUNS"); do
    rc=0
    /usr/bin/time -f '%e %M %U %S' -o "$tmp" "$@" >"$out" 2>"$out.err" || rc=$?
    if ! grep -qw -- "$rc" <<<"$ok"; then
      echo "bench: '$*' exited with $rc:" >&2
      head -5 "$out.err" >&2
      exit 1
    fi
    count=$(count_of "$out")
    [ "$run" -eq 0 ] && first=$count
    if [ "$count" != "$first" ] || [ "$count" -eq 0 ]; then
      echo "bench: '$*' printed $count findings (first run: $first); a benchmark needs the same, non-zero count" >&2
      exit 1
    fi
    [ "$run" -gt 0 ] && results+=("$(tail -1 "$tmp")")
  done
  rm -f "$out" "$out.err"
  printf '%s\n' "${results[@]}" | awk '{ print $3 + $4 }' | sort -n >"$tmp"
  cpu=$(sed -n "$(( (RUNS + 1) / 2 ))p" "$tmp")
  rm -f "$tmp"
  printf '%s\n' "${results[@]}" | sort -n | awk -v n="$RUNS" -v c="$count" -v cpu="$cpu" '
    { t[NR] = $1; if ($2 > m) m = $2 }
    END { printf "%s %s %s %s %s %s\n", t[int((n + 1) / 2)], t[1], t[n], m, c, cpu }'
}

row() {  # name "median min max kib count cpu" [bytes]
  read -r s lo hi k c cpu <<<"$2"
  awk -v n="$1" -v s="$s" -v lo="$lo" -v hi="$hi" -v k="$k" -v c="$c" -v cpu="$cpu" -v b="${3:-$BYTES}" 'BEGIN {
    printf "%-50s %6.2f s (%.2f-%.2f) %7.1f MB/s %6.1f CPU-s %6.1f MB/CPU-s %7.1f MB peak %8d found\n",
      n, s, lo, hi, b / 1e6 / s, cpu, b / 1e6 / cpu, k / 1024, c }'
}

# rg needs more than its default regex size limit for tens of thousands of spellings.
RG=(rg -F -w -i -c --regex-size-limit 4G --dfa-size-limit 4G)

echo "archive: $FILES files, $(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB; one file of $(awk -v b="$BIG_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB; $(nproc) cores; median of $RUNS runs"
# Name matching alone (no generated variants, no discovery), to compare with rg.
NAMES=(--config "$OUT/names-only-plain.yaml" --format json)
ship=$(measure "0 1" "$BIN" check --rules rules/names --rules rules/media "${NAMES[@]}" "$OUT/corpus")
rg_ship=$(measure "0" "${RG[@]}" -f "$OUT/shipped.txt" "$OUT/corpus")
big=$(measure "0 1" "$BIN" check --rules rules/names --rules rules/media "${NAMES[@]}" "$BIG")
big_doc=$(measure "0 1" "$BIN" check --rules rules/names --rules rules/media --config "$OUT/names-matching.yaml" --format json "$BIG")
rg_big=$(measure "0" "${RG[@]}" -f "$OUT/shipped.txt" "$BIG")
# 20,000 synthetic entities beside the shipped ones: the synthetic names occur
# nowhere, so translint must find exactly what it finds with the shipped tables.
syn=$(measure "0 1" "$BIN" check --rules rules/names --rules rules/media --rules "$OUT/synthetic-20000.yaml" "${NAMES[@]}" "$OUT/corpus")
found() { cut -d' ' -f5 <<<"$1"; }
if [ "$(found "$syn")" != "$(found "$ship")" ]; then
  echo "bench: with 20,000 more entities the findings changed: $(found "$ship") -> $(found "$syn")" >&2
  exit 1
fi
all=$(measure "0 1" "$BIN" check --format json "$OUT/corpus")
disc=$(measure "0 1" "$BIN" check --rules rules/names --rules rules/media --config "$OUT/names-only.yaml" --format json "$OUT/corpus")
all_plain=$(measure "0 1" "$BIN" check --config "$OUT/every-check-plain.yaml" --format json "$OUT/corpus")
no_corpus=$(measure "0 1" "$BIN" check --config "$OUT/corpus-off.yaml" --format json "$OUT/corpus")
all_one=$(measure "0 1" "$BIN" check -j 1 --format json "$OUT/corpus")
row "names, shipped tables ($(wc -l <"$OUT/shipped.txt") spellings)" "$ship"
row "rg -F -w -i, same spellings" "$rg_ship"
row "names, one ${BIG_MB} MB JSON Lines file" "$big" "$BIG_BYTES"
row "names, same file, document checks only" "$big_doc" "$BIG_BYTES"
row "rg -F -w -i, same spellings, same file" "$rg_big" "$BIG_BYTES"
row "names, shipped + 20,000 entities" "$syn"
row "names, shipped, with generated variants+discovery" "$disc"
row "every check, shipped rules (default)" "$all"
row "every check, one thread (-j 1)" "$all_one"
row "every check, no generated variants/discovery" "$all_plain"
row "every check, no checks across documents" "$no_corpus"
t() { cut -d' ' -f1 <<<"$1"; }
cpu() { cut -d' ' -f6 <<<"$1"; }
t_ship=$(t "$ship") t_rg_ship=$(t "$rg_ship") t_syn=$(t "$syn") t_all=$(t "$all") t_big=$(t "$big") t_rg_big=$(t "$rg_big")
t_big_doc=$(t "$big_doc")
t_disc=$(t "$disc") t_all_plain=$(t "$all_plain") t_no_corpus=$(t "$no_corpus") t_all_one=$(t "$all_one")
awk -v a="$t_all" -v b="$t_all_one" 'BEGIN { printf "every check: 2 threads %.2fx the speed of 1 (target >= 1.8)\n", b / a }'
awk -v a="$t_ship" -v b="$t_rg_ship" -v c="$t_big" -v d="$t_rg_big" -v e="$t_big_doc" -v cc="$(cpu "$big")" -v dc="$(cpu "$rg_big")" -v ec="$(cpu "$big_doc")" 'BEGIN {
  printf "throughput ratio translint/rg (wall): archive %.2f, one file %.2f, one file with the document checks only %.2f (target >= 1.0)\n", b / a, d / c, d / e
  printf "the same per CPU-second (rg searches one file on one thread): one file %.2f, document checks only %.2f\n", dc / cc, dc / ec
}'
awk -v a="$t_ship" -v c="$t_syn" -v k="$(cut -d' ' -f4 <<<"$syn")" 'BEGIN {
  printf "name matching with 20,000 more entities = %.0f%% of the throughput with the shipped tables (target >= 80%%), peak %.0f MB (target <= 200)\n", 100 * a / c, k / 1024
}'
awk -v a="$t_disc" -v p="$t_ship" -v b="$t_all" -v q="$t_all_plain" 'BEGIN {
  printf "with generated variants and discovery: names %.0f%%, every check %.0f%% of the throughput without (target >= 50%%)\n", 100 * p / a, 100 * q / b
}'
awk -v a="$t_all" -v b="$t_no_corpus" 'BEGIN {
  printf "with the checks across documents: %.0f%% of the throughput without (target >= 90%%)\n", 100 * b / a
}'

# Start-up (an editor's draft): the first article of 12 KB or more, cut to 1 KB and 10 KB.
/usr/bin/python3 bench/startup.py "$BIN" "$(find "$OUT/corpus/copy0" -name '*.txt' -size +12k | sort | head -1)" 30

if [ -x build/bench/variant_set_bench ]; then
  build/bench/variant_set_bench --benchmark_min_time=0.2
fi
if [ -x build/bench/segment_bench ]; then  # about 6 MB of the archive's articles
  # (awk reads to the end: head would stop sort with SIGPIPE, an error under pipefail)
  find "$OUT/corpus/copy0" -name '*.txt' | sort | awk 'NR <= 3000' | xargs cat >"$OUT/segment-bench.txt"
  build/bench/segment_bench "$OUT/segment-bench.txt" --benchmark_min_time=0.2
fi
