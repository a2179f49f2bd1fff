-- Neovim 0.7 (Debian's) as a second, independent LSP client of `dabir lsp --stdio`.
-- Run headless on one file: nvim --headless -u test/e2e/nvim/init.lua FILE, with DABIR_NVIM_CONFIG naming a JSON
-- file {cli, out, hover = {line, character}, action = {line, character}} (LSP positions, UTF-16).
-- It waits for the server's diagnostics, asks for a hover, applies a quick fix, waits for the diagnostics that
-- follow the edit, writes everything it saw to `out` as JSON, and quits. Neovim 0.7 has no vim.lsp.start.

vim.opt.swapfile = false
if os.getenv('DABIR_NVIM_LOG') then vim.lsp.set_log_level('debug') end
vim.opt.shadafile = 'NONE'

local config = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('DABIR_NVIM_CONFIG')), '\n'))
local result = { errors = {} }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, config.out)
  vim.cmd('qa!')
end

local function fail(message)
  table.insert(result.errors, message)
  finish()
end

-- init.lua runs before the file is read into its buffer: start once Neovim has entered.
local function main()
  local buf = vim.api.nvim_get_current_buf()
  result.textBefore = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')

  local client_id = vim.lsp.start_client({
    name = 'dabir',
    cmd = { 'node', config.cli, 'lsp', '--stdio' },
    root_dir = vim.fn.getcwd(),
    settings = { dabir = { locale = 'en' } },
    -- Neovim 0.7 neither offers workspace/configuration nor pushes settings by itself; as its docs advise (and
    -- nvim-lspconfig does), push them once initialised.
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
  })
  if not client_id then return fail('start_client returned nil') end
  vim.lsp.buf_attach_client(buf, client_id)

  -- The diagnostics exactly as the server published them (vim.diagnostic keeps byte columns, not LSP ranges),
  -- captured on their way to Neovim's own handler, which still stores and shows them.
  local published = nil
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, handler_config)
    if params and vim.uri_to_bufnr(params.uri) == buf then published = params.diagnostics end
    return publish(err, params, ctx, handler_config)
  end

  local function diagnostics()
    return published or {}
  end

  if not vim.wait(30000, function() return #diagnostics() > 0 and #vim.diagnostic.get(buf) > 0 end, 50) then
    return fail('no diagnostics within 30 s')
  end
  result.diagnostics = diagnostics()
  result.shownByNeovim = #vim.diagnostic.get(buf)

  -- Hover.
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    position = config.hover,
  }, 10000)
  result.hover = ''
  for _, answer in pairs(hover or {}) do
    if answer.error then table.insert(result.errors, 'hover: ' .. vim.inspect(answer.error)) end
    local contents = answer.result and answer.result.contents
    if contents then
      local lines = vim.lsp.util.convert_input_to_markdown_lines(contents)
      result.hover = result.hover .. table.concat(lines, '\n')
    end
  end

  -- The quick fix for the diagnostic at config.action, applied as Neovim applies any code action's edit.
  local at = config.action
  local context_diagnostics = {}
  for _, d in ipairs(result.diagnostics) do
    if d.range and d.range.start.line == at.line and d.range.start.character <= at.character and d.range['end'].character > at.character then
      table.insert(context_diagnostics, d)
    end
  end
  result.actionDiagnostics = #context_diagnostics
  local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    range = { start = at, ['end'] = at },
    context = { diagnostics = context_diagnostics, only = { 'quickfix' } },
  }, 10000)
  local chosen
  for _, answer in pairs(actions or {}) do
    if answer.error then table.insert(result.errors, 'codeAction: ' .. vim.inspect(answer.error)) end
    for _, action in ipairs(answer.result or {}) do
      if action.edit and (chosen == nil or action.isPreferred) then chosen = action end
    end
  end
  if not chosen then return fail('no quick fix with an edit at ' .. vim.inspect(at)) end
  result.actionTitle = chosen.title
  local version_before = vim.lsp.util.buf_versions[buf]
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  result.textAfter = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')

  -- The server re-publishes for the edited version; wait until the diagnostic under the fix has gone.
  local function diagnostic_at_action()
    for _, d in ipairs(diagnostics()) do
      if d.range and d.range.start.line == at.line and d.range.start.character <= at.character and d.range['end'].character > at.character then
        return true
      end
    end
    return false
  end
  result.versionChanged = vim.lsp.util.buf_versions[buf] ~= version_before
  result.diagnosticGone = vim.wait(10000, function() return not diagnostic_at_action() end, 50)
  result.diagnosticsAfter = #diagnostics()
  finish()
end

vim.api.nvim_create_autocmd('VimEnter', { callback = function() vim.schedule(main) end })
