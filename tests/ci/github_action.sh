#!/usr/bin/env bash
# action.yml, the composite GitHub Action: its steps call scripts that exist,
# and its check step, run as GitHub runs it (INPUT_* variables, GITHUB_OUTPUT),
# writes SARIF and the exit code and prints annotations when asked.
# Usage: github_action.sh TRANSLINT SOURCE_DIR WORK_DIR
set -euo pipefail
translint="$1" source="$2" work="$3"
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work/bin" "$work/repo/articles"
ln -s "$translint" "$work/bin/translint"
/usr/bin/python3 - "$source/action.yml" <<'PY'
import sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
assert action["runs"]["using"] == "composite", action["runs"]
steps = action["runs"]["steps"]
runs = [s["run"] for s in steps if "run" in s]
assert any("github_action.sh\" install" in r for r in runs) and any("github_action.sh\" check" in r for r in runs)
assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif@") for s in steps)
for name in ("paths", "args", "install", "sarif-file", "upload-sarif", "annotations", "fail-on"):
    assert name in action["inputs"], name
PY
bash -n "$source/integrations/github_action.sh"

cd "$work/repo"
printf 'President Sadyr Zhaparov came to Kiev.\n' > articles/a.md
run_step() {
  PATH="$work/bin:$PATH" GITHUB_OUTPUT="$work/output" INPUT_PATHS="articles" INPUT_SARIF_FILE="$work/out.sarif" \
    INPUT_FAIL_ON=warning "$@" "$source/integrations/github_action.sh" check
}
: > "$work/output"
run_step env INPUT_ANNOTATIONS=true > "$work/step.log" || fail "the check step failed on findings"
grep -qx "exit-code=1" "$work/output" || fail "exit-code: $(cat "$work/output")"
grep -q '^::warning file=articles/a.md,line=1,col=11,' "$work/step.log" || fail "no annotation: $(cat "$work/step.log")"
/usr/bin/python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['runs'][0]['results']; assert len(r)==2, r" \
  "$work/out.sarif" || fail "SARIF"

: > "$work/output"
status=0
run_step env INPUT_ARGS="--language xx" > "$work/bad.log" 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "a bad option: the step exited $status"
grep -qx "exit-code=2" "$work/output" || fail "exit-code after an error: $(cat "$work/output")"
grep -q "^::error title=translint::" "$work/bad.log" || fail "no ::error line: $(cat "$work/bad.log")"
echo "action.yml: steps present; the check step writes SARIF, exit-code and annotations"
