-- Neovim (headless) as translint's LSP client: opens $DRAFT, waits for the
-- server's diagnostics, checks the range of the names/non-preferred finding as
-- Neovim shows it (0-based line, byte columns, converted from the server's
-- UTF-16 positions), asks for the code actions at it, applies the preferred
-- quick fix with Neovim's own workspace-edit machinery, waits for the finding to
-- go, and writes the file. Any failure exits with status 1 and says why.
local translint, draft = os.getenv("TRANSLINT"), os.getenv("DRAFT")
local want_line, want_col, want_end = tonumber(os.getenv("LINE")), tonumber(os.getenv("COL")), tonumber(os.getenv("END_COL"))

local function fail(message)
  io.stderr:write("FAIL: " .. message .. "\n")
  vim.cmd("cquit 1")
end

vim.cmd("edit " .. vim.fn.fnameescape(draft))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "translint",
  cmd = { translint, "lsp" },
  root_dir = vim.fn.fnamemodify(draft, ":h"),
})
if not client_id then fail("translint lsp did not start") end
vim.lsp.buf_attach_client(buf, client_id)

local function finding()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == "names/non-preferred" then return d end
  end
end

if not vim.wait(20000, function() return finding() ~= nil end, 10) then
  fail("no names/non-preferred diagnostic within 20 s; got " .. vim.inspect(vim.diagnostic.get(buf)))
end
local d = finding()
if d.source ~= "translint" or d.severity ~= vim.diagnostic.severity.WARN then fail("unexpected " .. vim.inspect(d)) end
if d.lnum ~= want_line or d.col ~= want_col or d.end_col ~= want_end then
  fail(string.format("range %d:%d-%d, expected %d:%d-%d", d.lnum, d.col, d.end_col, want_line, want_col, want_end))
end

vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col + 1 })
local params = vim.lsp.util.make_range_params()
params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
local answers = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000)
local preferred
for _, answer in pairs(answers or {}) do
  for _, action in ipairs(answer.result or {}) do
    if action.isPreferred then preferred = action end
  end
end
if not preferred then fail("no preferred quick fix among " .. vim.inspect(answers)) end
vim.lsp.util.apply_workspace_edit(preferred.edit, "utf-16")

if not vim.wait(20000, function() return finding() == nil end, 10) then
  fail("the finding is still there after the quick fix: " .. vim.inspect(vim.diagnostic.get(buf)))
end
vim.cmd("write")
vim.lsp.stop_client(client_id)
vim.cmd("qall!")
