#!/usr/bin/env bash
# The steps of action.yml (the composite GitHub Action):
#   github_action.sh install   builds and installs translint into $RUNNER_TEMP/translint and puts it on PATH
#   github_action.sh check     runs `translint check` with SARIF output; writes exit-code to $GITHUB_OUTPUT
# Inputs come as INPUT_* variables (see action.yml). Exit 2 from translint (a usage or input error) fails
# the step; findings (exit 1) do not, so that the SARIF upload still runs.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

case "${1:-}" in
  install)
    prefix="${RUNNER_TEMP:-/tmp}/translint"
    "$here/dev.sh" build  # installs the Debian packages it needs, builds into $here/build
    cmake --install "$here/build" --prefix "$prefix" >/dev/null
    echo "$prefix/bin" >> "${GITHUB_PATH:-/dev/null}"
    ;;
  check)
    read -r -a paths <<< "${INPUT_PATHS:-.}"
    read -r -a args <<< "${INPUT_ARGS:-}"
    sarif="${INPUT_SARIF_FILE:-translint.sarif}"
    status=0
    translint check "${paths[@]}" "${args[@]}" --fail-on "${INPUT_FAIL_ON:-warning}" --format sarif > "$sarif" ||
      status=$?
    if [ "${INPUT_ANNOTATIONS:-false}" = "true" ] && [ "$status" -ne 2 ]; then
      translint check "${paths[@]}" "${args[@]}" --fail-on none --format github || true
    fi
    echo "exit-code=$status" >> "${GITHUB_OUTPUT:-/dev/null}"
    [ "$status" -ne 2 ] || { echo "::error title=translint::translint stopped with an error (exit 2)"; exit 2; }
    echo "translint: exit $status, SARIF in $sarif"
    ;;
  *)
    echo "usage: github_action.sh install|check" >&2
    exit 2
    ;;
esac
