#!/usr/bin/env bash
# SARIF output passes Microsoft's SARIF validator (npm @microsoft/sarif-multitool,
# which dev.sh installs into build-tools/) with no error and no warning, over a
# run on every check's fixtures and the samples.
# Usage: sarif_validates.sh TRANSLINT SOURCE_DIR WORK_DIR
# Exit 77 (skipped) when the validator is not installed, except under CI=true.
set -euo pipefail
translint="$1" source="$2" work="$3"
validator="${TRANSLINT_SARIF_MULTITOOL:-$source/build-tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool}"
if [ ! -x "$validator" ]; then
  echo "sarif-multitool not found at $validator (./dev.sh build installs it)" >&2
  [ "${CI:-}" = "true" ] && exit 1
  exit 77
fi
rm -rf "$work" && mkdir -p "$work"
cd "$source"
# Findings are expected: exit 1 is the run working; 2 would be a failure.
status=0
"$translint" check tests/checks samples --format sarif > "$work/run.sarif" || status=$?
[ "$status" -eq 1 ] || { echo "translint exited $status" >&2; exit 1; }
results=$(grep -c '^{"ruleId"' "$work/run.sarif" || true)
[ "$results" -gt 50 ] || { echo "only $results results: the run did not check the fixtures" >&2; exit 1; }
# The validator's exit code says only that it ran: its findings are in its output.
# (It runs without network access: SARIF2006, the $schema URI not reachable, is a note.)
"$validator" validate "$work/run.sarif" --level "Error;Warning" -o "$work/validation.sarif" --log ForceOverwrite \
  > "$work/validator.log" 2>&1
cat "$work/validator.log"
/usr/bin/python3 - "$work/validation.sarif" "$results" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
runs = log["runs"]
found = [r for run in runs for r in run.get("results", []) if r.get("level", "warning") in ("error", "warning")]
notes = [n for run in runs for i in run.get("invocations", []) for n in i.get("toolExecutionNotifications", [])
         if n.get("level", "warning") == "error"]
for r in found + notes:
    print(r.get("level", "warning"), r.get("ruleId", ""), json.dumps(r.get("message")))
print(f"{sys.argv[2]} results validated: {len(found)} errors and warnings, {len(notes)} tool errors")
sys.exit(1 if found or notes else 0)
PY
