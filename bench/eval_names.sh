#!/usr/bin/env bash
# Evaluates the name key against two baselines and prints Markdown tables:
#   bench/eval_names.sh [--only generated|wd80|wd20]
# then, without --only, the Russian declension of names on the WMT Russian
# sources (tuned on wmt21, reported on wmt22).
# Needs ../shared/data (or DATA=...), the Hunspell dictionaries and Apache Commons
# Codec (for the Daitch-Mokotoff rules), all installed by ./dev.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
./dev.sh build
DATA=${DATA:-../shared/data}
dm=$(mktemp)
trap 'rm -f "$dm"' EXIT
jar=/usr/share/java/commons-codec.jar
if [ -f "$jar" ] && command -v unzip >/dev/null; then
  unzip -p "$jar" org/apache/commons/codec/language/dmrules.txt >"$dm"
fi
build/bench/name_key_eval --data "$DATA" --dm-rules "$dm" "$@"
if [[ " $* " != *" --only "* ]]; then
  for corpus in wmt21-ru-en wmt22-ru-en-news; do
    echo
    build/bench/declension_eval "$DATA/corpora/$corpus/docs.jsonl"
  done
fi
