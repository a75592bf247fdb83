#!/usr/bin/env bash
# The hooks of .pre-commit-hooks.yaml, run by Debian's pre-commit on a
# repository of articles (`pre-commit try-repo` on this source tree).
# Usage: pre_commit_hook.sh TRANSLINT SOURCE_DIR WORK_DIR
set -euo pipefail
translint="$1" source="$2" work="$3"
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work/bin" "$work/articles"
ln -s "$translint" "$work/bin/translint"  # language: system finds it on PATH
export PATH="$work/bin:$PATH" PRE_COMMIT_HOME="$work/cache"
cd "$work/articles"
git init -q && git config user.email t@example.org && git config user.name test
printf 'President Sadyr Zhaparov came to Kiev.\n' > a.md
printf 'city: Kiev\n' > notes.yaml  # not an article: the hook skips it
git add a.md notes.yaml

status=0
pre-commit try-repo "$source" translint --all-files > "$work/check.log" 2>&1 || status=$?
cat "$work/check.log"
[ "$status" -eq 1 ] || fail "the translint hook passed a file with findings (exit $status)"
grep -q 'a.md:1:11: warning: "Sadyr Zhaparov"' "$work/check.log" || fail "no finding on a.md"
grep -q 'translint: 1 file checked, 2 warnings' "$work/check.log" || fail "the hook did not check a.md alone"

status=0
pre-commit try-repo "$source" translint-fix --all-files > "$work/fix.log" 2>&1 || status=$?
[ "$status" -eq 1 ] || fail "translint-fix did not stop the commit after changing a file (exit $status)"
[ "$(cat a.md)" = "President Sadyr Japarov came to Kyiv." ] || fail "translint-fix left: $(cat a.md)"

git add a.md
pre-commit try-repo "$source" translint --all-files > "$work/clean.log" 2>&1 ||
  { cat "$work/clean.log"; fail "the translint hook failed on a clean file"; }
echo "pre-commit hooks: findings stop the commit, translint-fix fixes, a clean file passes"
