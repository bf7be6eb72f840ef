-- `pandoc lua plaintext.lua READER`: a JSON list of Markdown texts on stdin; per text, one line out:
-- a JSON list of [kind, text] for the prose a reader reads, in document order.
--
-- kind is "p" (a paragraph), "li" (a list item's paragraph) or "h" (a heading). Tables, code blocks,
-- block quotes (someone else's words), figures and footnotes are left out; inline code, images and
-- formulas drop out of the text, a link keeps its text. One pandoc process for every chapter.
local texts = pandoc.json.decode(io.read("a"), false)

local drop = {
  Note = function() return {} end,
  Code = function() return {} end,
  Image = function() return {} end,
  Math = function() return {} end,
  RawInline = function() return {} end,
}

local function text_of(inlines)
  local cleaned = pandoc.Inlines(inlines):walk(drop)
  return pandoc.utils.stringify(cleaned)
end

local function collect(blocks, kind, out)
  for _, block in ipairs(blocks) do
    local t = block.t
    if t == "Para" or t == "Plain" then
      table.insert(out, { kind, text_of(block.content) })
    elseif t == "Header" then
      table.insert(out, { "h", text_of(block.content) })
    elseif t == "BulletList" or t == "OrderedList" then
      for _, item in ipairs(block.content) do
        collect(item, "li", out)
      end
    elseif t == "DefinitionList" then
      for _, entry in ipairs(block.content) do
        table.insert(out, { "li", text_of(entry[1]) })
        for _, definition in ipairs(entry[2]) do
          collect(definition, "li", out)
        end
      end
    elseif t == "Div" then
      collect(block.content, kind, out)
    elseif t == "LineBlock" then
      for _, line in ipairs(block.content) do
        table.insert(out, { kind, text_of(line) })
      end
    end
    -- Table, CodeBlock, BlockQuote, Figure, RawBlock, HorizontalRule: not prose to measure
  end
end

for _, text in ipairs(texts) do
  local ok, doc = pcall(pandoc.read, text, arg[1])
  if ok then
    local out = {}
    collect(doc.blocks, "p", out)
    io.write(pandoc.json.encode(out), "\n")
  else
    io.write("null", "\n")
  end
end
