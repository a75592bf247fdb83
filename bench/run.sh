#!/usr/bin/env bash
# Throughput of `translint check` on an archive of at least 50 MB of real English
# news (built from the corpora in ../shared/data/corpora):
#  1. name matching (the name checks only), with the shipped name tables and with
#     a generated table of 10,000 entities, side by side with ripgrep searching
#     the same spellings (`rg -F -w -i -f`), in the same invocation;
#  2. the whole default product (every check and the shipped pattern rules).
# Prints MB/s (median of RUNS runs), peak memory, and the ratios. Then runs the
# VariantSet micro-benchmark (cost per spelling count).
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
BYTES=$(find "$OUT/corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
FILES=$(find "$OUT/corpus" -name '*.txt' | wc -l)
"$GEN" table 10000 "$OUT/synthetic-10000.yaml"
"$GEN" spellings rules/names "$OUT/shipped.txt"
# Name matching only: every check but names/* off.
{
  echo "checks:"
  "$BIN" checks --rules rules/names --format json | sed -n 's/^ *"id": "\(.*\)",$/\1/p' | grep -v '^names/' | sed 's/.*/  &: off/'
} >"$OUT/names-only.yaml"
# The same without generated variants and discovery (names/unlisted-variants).
{ echo "generated_variants: false"; cat "$OUT/names-only.yaml"; echo "  names/unlisted-variants: off"; } \
  >"$OUT/names-only-plain.yaml"
printf 'generated_variants: false\nchecks:\n  names/unlisted-variants: off\n' >"$OUT/every-check-plain.yaml"
# The default product without the checks across documents (and the full-name scan they share).
printf 'checks:\n  names/inconsistent-across: off\n  names/unlisted-variants-across: off\n  names/unlisted-spelling: off\n' \
  >"$OUT/corpus-off.yaml"
"$GEN" spellings "$OUT/synthetic-10000.yaml" "$OUT/synthetic-10000.txt"

# median of RUNS runs of a command after one warm-up run (page cache, rule cache):
# prints "seconds peak_kib" (GNU time; exit 1 = findings is fine)
measure() {
  local tmp results=()
  tmp=$(mktemp)
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M' -o "$tmp" "$@" >/dev/null 2>&1 || true
    results+=("$(tail -1 "$tmp")")
  done
  rm -f "$tmp"
  printf '%s\n' "${results[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

row() {  # name seconds kib
  awk -v n="$1" -v s="$2" -v k="$3" -v b="$BYTES" 'BEGIN { printf "%-50s %8.2f s %9.1f MB/s %8.1f MB peak\n", n, s, b / 1e6 / s, k / 1024 }'
}

echo "archive: $FILES files, $(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB; $(nproc) cores; median of $RUNS runs"
# Name matching alone (no generated variants, no discovery), to compare with rg.
NAMES=(--config "$OUT/names-only-plain.yaml" --format json)
read -r t_ship m_ship < <(measure "$BIN" check --rules rules/names --rules rules/media "${NAMES[@]}" "$OUT/corpus")
read -r t_rg_ship m_rg_ship < <(measure rg -F -w -i -c -f "$OUT/shipped.txt" "$OUT/corpus")
read -r t_syn m_syn < <(measure "$BIN" check --rules "$OUT/synthetic-10000.yaml" "${NAMES[@]}" "$OUT/corpus")
read -r t_rg_syn m_rg_syn < <(measure rg -F -w -i -c -f "$OUT/synthetic-10000.txt" "$OUT/corpus")
read -r t_all m_all < <(measure "$BIN" check --format json "$OUT/corpus")
read -r t_disc m_disc < <(measure "$BIN" check --rules rules/names --rules rules/media --config "$OUT/names-only.yaml" --format json "$OUT/corpus")
read -r t_all_plain m_all_plain < <(measure "$BIN" check --config "$OUT/every-check-plain.yaml" --format json "$OUT/corpus")
read -r t_no_corpus m_no_corpus < <(measure "$BIN" check --config "$OUT/corpus-off.yaml" --format json "$OUT/corpus")
row "names, shipped tables ($(wc -l <"$OUT/shipped.txt") spellings)" "$t_ship" "$m_ship"
row "rg -F -w -i, same spellings" "$t_rg_ship" "$m_rg_ship"
row "names, 10,000 entities ($(wc -l <"$OUT/synthetic-10000.txt") spellings)" "$t_syn" "$m_syn"
row "rg -F -w -i, same spellings" "$t_rg_syn" "$m_rg_syn"
row "names, shipped, with generated variants+discovery" "$t_disc" "$m_disc"
row "every check, shipped rules (default)" "$t_all" "$m_all"
row "every check, no generated variants/discovery" "$t_all_plain" "$m_all_plain"
row "every check, no checks across documents" "$t_no_corpus" "$m_no_corpus"
awk -v a="$t_ship" -v b="$t_rg_ship" -v c="$t_syn" -v d="$t_rg_syn" 'BEGIN {
  printf "throughput ratio translint/rg: shipped %.2f, 10,000 entities %.2f\n", b / a, d / c
  printf "name matching with 10,000 entities = %.0f%% of the throughput with the shipped tables (target >= 80%%)\n", 100 * a / c
}'
awk -v a="$t_disc" -v p="$t_ship" -v b="$t_all" -v q="$t_all_plain" 'BEGIN {
  printf "with generated variants and discovery: names %.0f%%, every check %.0f%% of the throughput without (target >= 50%%)\n", 100 * p / a, 100 * q / b
}'
awk -v a="$t_all" -v b="$t_no_corpus" 'BEGIN {
  printf "with the checks across documents: %.0f%% of the throughput without (target >= 90%%)\n", 100 * b / a
}'

if [ -x build/bench/variant_set_bench ]; then
  build/bench/variant_set_bench --benchmark_min_time=0.2
fi
