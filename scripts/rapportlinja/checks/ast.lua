-- `pandoc lua ast.lua READER`: a JSON list of Markdown texts on stdin, one JSON AST per line out.
--
-- One pandoc process parses every chapter (pandoc takes about 50 ms to start; a thousand
-- starts would take a minute), each text on its own so nothing leaks between chapters.
local texts = pandoc.json.decode(io.read("a"), false)
for _, text in ipairs(texts) do
  local ok, doc = pcall(pandoc.read, text, arg[1])
  io.write(ok and pandoc.write(doc, "json") or "null", "\n")
end
