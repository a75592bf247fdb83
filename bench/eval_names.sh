#!/usr/bin/env bash
# Evaluates the name key against two baselines and prints Markdown tables:
#   bench/eval_names.sh [--only generated|wd80|wd20]
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
