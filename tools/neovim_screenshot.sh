#!/usr/bin/env bash
# Regenerates docs/neovim.png: Neovim (Debian's, in tmux) with translint's
# diagnostics on a draft and the quick-fix menu open at the first finding.
# The terminal is captured with colours (tmux capture-pane -e), turned into HTML
# by aha and photographed by headless Chromium.
# Usage: tools/neovim_screenshot.sh [TRANSLINT]   (needs tmux, aha, chromium, neovim)
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
translint="${1:-$source_dir/build/translint}"
work="$(mktemp -d)"
trap 'tmux kill-session -t translint-shot 2>/dev/null || true; rm -rf "$work"' EXIT
cat > "$work/draft.md" <<'TEXT'
# Visit to Osh

President Sadyr Zhaparov arrived in Osh on Monday, where 10 thousand 406
people met him. Japarov said the new road would open in May.

The delegation then flew to Kiev .
TEXT
cat > "$work/init.lua" <<LUA
vim.cmd("edit draft.md")
vim.o.number = true
vim.o.signcolumn = "yes"
vim.diagnostic.config({ virtual_text = { source = false }, severity_sort = true })
local id = vim.lsp.start_client({ name = "translint", cmd = { "$translint", "lsp" }, root_dir = "$work" })
vim.lsp.buf_attach_client(0, id)
vim.defer_fn(function()
  vim.wait(20000, function() return #vim.diagnostic.get(0) >= 3 end, 50)
  vim.api.nvim_win_set_cursor(0, { 3, 17 })
  vim.lsp.buf.code_action()
end, 200)
LUA
cd "$work"
tmux -2 new-session -d -s translint-shot -x 100 -y 16 "TERM=tmux-256color nvim -n -i NONE --noplugin -u init.lua"
for _ in $(seq 60); do
  sleep 0.5
  tmux capture-pane -t translint-shot -e -p > screen.ansi
  grep -q "Replace “Sadyr Zhaparov” with “Sadyr Japarov”" screen.ansi && break
done
sleep 0.5 && tmux capture-pane -t translint-shot -e -p > screen.ansi
grep -q "Replace “Sadyr Zhaparov” with “Sadyr Japarov”" screen.ansi || { cat screen.ansi; echo "FAIL: no quick-fix menu on screen" >&2; exit 1; }
aha --black --title "translint in Neovim" < screen.ansi |
  sed 's|<pre>|<pre style="font: 15px/1.25 DejaVu Sans Mono, monospace; margin: 8px">|' > screen.html
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chrome" --hide-scrollbars \
  --window-size=940,360 --screenshot="$source_dir/docs/neovim.png" "file://$work/screen.html" > /dev/null 2>&1
file "$source_dir/docs/neovim.png" | grep -q "PNG image" || { echo "FAIL: no screenshot" >&2; exit 1; }
echo "wrote docs/neovim.png"
