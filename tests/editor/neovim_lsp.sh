#!/usr/bin/env bash
# Neovim from Debian, headless, with tests/editor/neovim_lsp.lua as its config:
# the draft's quick fix applied through Neovim's LSP client must give the
# expected text, byte for byte.
# Usage: neovim_lsp.sh TRANSLINT SOURCE_DIR WORK_DIR
set -euo pipefail
translint="$1" source="$2" work="$3"
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v nvim > /dev/null || fail "nvim is not installed (./dev.sh installs Debian's neovim)"
rm -rf "$work" && mkdir -p "$work/home"
# "Bishkek 😀 — President " is 27 bytes (the emoji 4, the dash 3) and 23 UTF-16 units:
# Neovim must convert the server's UTF-16 columns to its byte columns.
printf '# Visit\n\nBishkek 😀 — President Sadyr Zhaparov spoke.\n' > "$work/draft.md"
status=0
HOME="$work/home" XDG_CONFIG_HOME="$work/home" XDG_STATE_HOME="$work/home" XDG_DATA_HOME="$work/home" \
  TRANSLINT="$translint" DRAFT="$work/draft.md" LINE=2 COL=27 END_COL=41 \
  timeout 120 nvim --headless --noplugin -n -i NONE -u "$source/tests/editor/neovim_lsp.lua" > "$work/nvim.log" 2>&1 || status=$?
cat "$work/nvim.log"
[ "$status" -eq 0 ] || fail "Neovim exited with $status"
expected=$(printf '# Visit\n\nBishkek 😀 — President Sadyr Japarov spoke.\n')
[ "$(cat "$work/draft.md")" = "$expected" ] || fail "the draft after the quick fix: $(cat "$work/draft.md")"
echo "ok: Neovim showed the finding at 2:27-41, applied the quick fix, and wrote the expected text"
