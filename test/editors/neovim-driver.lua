-- Run by test/editors/neovim.test.ts inside headless Neovim, after the README's setup has
-- attached the leerplan server to the current .pop buffer. Asks what a user would (hover,
-- completion, go to definition, rename) at the positions in $LEERPLAN_NVIM_PROBES and
-- writes the answers as JSON to $LEERPLAN_NVIM_OUT, then quits.
local out = {}
local probes = vim.fn.json_decode(os.getenv('LEERPLAN_NVIM_PROBES'))

local function finish()
  local file = io.open(os.getenv('LEERPLAN_NVIM_OUT'), 'w')
  file:write(vim.fn.json_encode(out))
  file:close()
  vim.cmd('qa!')
end

-- The clients attached to a buffer: vim.lsp.get_clients from 0.10, buf_get_clients before.
local function clients_of(buf)
  if vim.lsp.get_clients then return vim.lsp.get_clients({ bufnr = buf }) end
  return vim.tbl_values(vim.lsp.buf_get_clients(buf))
end

local ok, err = pcall(function()
  local buf = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[buf].filetype
  out.attached = vim.wait(30000, function() return #clients_of(buf) > 0 end, 50)
  for _, client in ipairs(clients_of(buf)) do out.client = client.name end
  out.diagnosed = vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, { code = d.code, line = d.lnum, col = d.col, severity = d.severity, message = d.message })
  end

  local function params(at)
    return { textDocument = vim.lsp.util.make_text_document_params(buf), position = { line = at[1], character = at[2] } }
  end
  local function ask(method, p)
    local responses, request_error = vim.lsp.buf_request_sync(buf, method, p, 30000)
    if not responses then return { error = tostring(request_error) } end
    for _, r in pairs(responses) do return { result = r.result, error = r.err } end
    return { error = 'no answer' }
  end
  out.hover = ask('textDocument/hover', params(probes.hover))
  out.completion = ask('textDocument/completion', params(probes.completion))
  out.definition = ask('textDocument/definition', params(probes.definition))

  -- Rename as a user does (:lua vim.lsp.buf.rename('...')): the edit lands in the buffers.
  vim.api.nvim_win_set_cursor(0, { probes.rename[1] + 1, probes.rename[2] })
  local before = vim.api.nvim_buf_get_lines(buf, probes.rename[1], probes.rename[1] + 1, false)[1]
  vim.lsp.buf.rename(probes.newName)
  out.renamed = vim.wait(30000, function()
    return vim.api.nvim_buf_get_lines(buf, probes.rename[1], probes.rename[1] + 1, false)[1] ~= before
  end, 50)
  out.renamedLine = vim.api.nvim_buf_get_lines(buf, probes.rename[1], probes.rename[1] + 1, false)[1]
  out.renamedBuffers = {}
  for _, other in ipairs(vim.api.nvim_list_bufs()) do
    local text = table.concat(vim.api.nvim_buf_get_lines(other, 0, -1, false), '\n')
    if vim.api.nvim_buf_is_loaded(other) and text:find(probes.newName, 1, true) then
      table.insert(out.renamedBuffers, vim.fn.fnamemodify(vim.api.nvim_buf_get_name(other), ':t'))
    end
  end
end)
if not ok then out.error = tostring(err) end
finish()
