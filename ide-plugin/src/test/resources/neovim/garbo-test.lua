-- Neovim as garbo's client, headless: attach the built-in LSP client to the buffer, wait for garbo's
-- diagnostics, apply the preferred quick fix, wait for the diagnostics to go, write what happened as
-- JSON and quit. Run by NeovimIT:
--   GARBO_LSP_JAR=… GARBO_OUT=… GARBO_ROOT=… nvim --headless -u NONE -i NONE -n -c 'luafile garbo-test.lua' sample.txt
-- Works with Debian 12's Neovim 0.7 (vim.lsp.start_client + buf_attach_client) and with 0.8+ (vim.lsp.start).
local jar, out, root = os.getenv('GARBO_LSP_JAR'), os.getenv('GARBO_OUT'), os.getenv('GARBO_ROOT')
local java = os.getenv('GARBO_JAVA') or 'java'
local timeout = tonumber(os.getenv('GARBO_TIMEOUT_MS') or '60000')
local result = { version = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor), diagnostics = {} }
local buf = vim.api.nvim_get_current_buf()

local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  for _, client in pairs(vim.lsp.get_active_clients()) do
    client.stop()
  end
  vim.cmd('qall!')
end

local function garbo_diagnostics()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity,
      message = d.message, source = d.source, code = d.code or lsp.code,
    })
  end
  return list
end

local ok, err = pcall(function()
  local config = {
    name = 'garbo',
    cmd = { java, '-jar', jar },
    root_dir = root,
    init_options = { language = 'auto', register = 'lei', grammar = true },
  }
  local id
  if vim.lsp.start then
    id = vim.lsp.start(config)
  else
    id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, id)
  end
  result.client = id ~= nil

  result.found = vim.wait(timeout, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  result.diagnostics = garbo_diagnostics()
  if not result.found then return end

  -- the quick fix, as <leader>ca would: ask for code actions at the finding, apply the preferred one
  local d = result.diagnostics[1]
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics and vim.lsp.diagnostic.get_line_diagnostics(buf, d.lnum) or {} },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, timeout)
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.isPreferred and action.edit then
        result.applied = action.title
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      end
    end
  end
  result.text = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  result.cleared = vim.wait(timeout, function() return #vim.diagnostic.get(buf) == 0 end, 20)
end)
if not ok then result.error = tostring(err) end
finish()
