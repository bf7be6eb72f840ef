-- Rapportlinja's pandoc filter for the Typst writer.
--
-- * Images and figures: pandoc 3.9's Typst writer drops the alt text, which PDF/UA
--   requires, so we write image() ourselves, with alt text and a root-relative path.
-- * Links to a whole chapter file land on its heading.
-- * Numeric table columns are right-aligned, as Norwegian number tables are.
-- * Raw Typst, LaTeX or HTML never reaches the output: it is shown as code.
-- * A horizontal rule is drawn here: pandoc writes «#horizontalrule», a name the template
--   defines, but the chapters are #include'd as a module of their own and do not see it.
-- * A link with an empty target («[tekst]()») is its text: Typst refuses an empty URL, and
--   GitHub's preview shows just the text too.
-- * A heading inside a block quote or a list item («> # Tittel», «- ## Punkt») is bold text:
--   the template's page break before a chapter heading is not allowed inside a container, and
--   a heading there would break the outline a screen reader follows.
-- * A code block keeps its language only if it is a plain name («```python»): pandoc writes it
--   after Typst's backticks, and Typst reads a name there and prints the rest of «```foo\+bar»
--   or «````;» as code, where GitHub's preview shows nothing of the info string.

-- shared.lua lies beside this filter; pandoc's sandbox allows Lua's own require.
package.path = pandoc.path.directory(PANDOC_SCRIPT_FILE) .. "/?.lua;" .. package.path
local shared = require("shared")

local chapter_dir = ""

-- One chapter converted on its own (rapportlinja-fil set): do what pandoc's --file-scope does
-- for several input files, so each chapter can be converted (and cached) by itself and the
-- result is the same: identifiers get the prefix "<file id>__" (the file name as pandoc makes an
-- identifier of it: 01-a.md -> a.md, made unique by Python: 10-a.md -> a.md-1), and links inside
-- the chapter or to another chapter point at those prefixed labels. rapportlinja-filer lists
-- every chapter as "file=id".
local this_file = nil
local chapter_files = {}

local function scoped_id(el)
  if el.identifier ~= nil and el.identifier ~= "" then
    el.identifier = this_file .. "__" .. el.identifier
    return el
  end
  return nil
end

local function scoped_link(el)
  local target = el.target
  if target:sub(1, 1) == "#" then
    el.target = "#" .. this_file .. "__" .. target:sub(2)
    return el
  end
  return shared.chapter_link(el, chapter_files)
end

local function scope(doc)
  local id_only = {
    Header = scoped_id, Div = scoped_id, CodeBlock = scoped_id, Figure = scoped_id, Table = scoped_id,
    Span = scoped_id, Code = scoped_id, Image = scoped_id,
    Link = function(el)
      scoped_id(el)
      scoped_link(el)
      return el
    end,
  }
  return doc:walk(id_only)
end

local function typst_string(s)
  s = s:gsub("\\", "\\\\"):gsub('"', '\\"'):gsub("%s+", " ")
  return '"' .. s .. '"'
end


local function image_call(img)
  return "image(" .. typst_string(shared.from_root(chapter_dir, img.src)) .. ", alt: " .. typst_string(shared.alt_text(img)) .. ")"
end

local function only_image(blocks)
  if #blocks == 1 and (blocks[1].t == "Plain" or blocks[1].t == "Para") then
    local inlines = blocks[1].content
    if #inlines == 1 and inlines[1].t == "Image" then
      return inlines[1]
    end
  end
  return nil
end

local function figure(fig)
  local img = only_image(fig.content)
  if img == nil then
    return nil
  end
  local caption = pandoc.write(pandoc.Pandoc(fig.caption.long), "typst"):gsub("%s+$", "")
  local label = fig.identifier ~= "" and (" <" .. fig.identifier .. ">") or ""
  return pandoc.RawBlock("typst", "#figure(" .. image_call(img) .. ",\n  caption: [" .. caption .. "]\n)" .. label)
end

local function inline_image(img)
  return pandoc.RawInline("typst", "#box(" .. image_call(img) .. ")")
end


local function is_number(text)
  text = text:gsub("\u{a0}", " "):gsub("\u{202f}", " ")
  return text:match("^[%-−+]?[%d ]*[%d][,.]?%d*%s*%%?%s*k?r?%.?$") ~= nil
end

local function right_align_numbers(tbl)
  for col, spec in ipairs(tbl.colspecs) do
    if spec[1] == "AlignDefault" then
      local numeric, seen = true, false
      for _, body in ipairs(tbl.bodies) do
        for _, row in ipairs(body.body) do
          local cell = row.cells[col]
          if cell ~= nil then
            local text = pandoc.utils.stringify(cell.contents)
            if text ~= "" and text ~= "–" and text ~= "-" then
              seen = true
              numeric = numeric and is_number(text)
            end
          end
        end
      end
      -- Pandoc centres the table, and a column without alignment would inherit that.
      tbl.colspecs[col] = { (numeric and seen) and "AlignRight" or "AlignLeft", spec[2] }
    end
  end
  return tbl
end

-- A rule is decoration, not content: an artifact, so a screen reader skips it (PDF/UA).
local function horizontal_rule()
  return pandoc.RawBlock("typst", "#pdf.artifact(align(center, line(length: 40%, stroke: 0.5pt + luma(120))))")
end

local function empty_link(el)
  if el.target == "" then
    return el.content
  end
  return nil
end

local function plain_language(el)
  local language = el.classes[1]
  if language ~= nil and not language:match("^[%a][%w_-]*$") then
    el.classes = {}
    return el
  end
  return nil
end

local function headings_as_bold(container)
  return container:walk({
    Header = function(el) return pandoc.Para({ pandoc.Strong(el.content) }) end,
  })
end

function Pandoc(doc)
  chapter_dir = pandoc.utils.stringify(doc.meta["rapportlinja-kapittelmappe"] or "")
  if doc.meta["rapportlinja-fil"] ~= nil then
    this_file = pandoc.utils.stringify(doc.meta["rapportlinja-fil"])
    chapter_files = shared.chapter_files(doc.meta)
    doc = scope(doc)
  end
  doc = doc:walk(shared.raw_as_code)
  doc = doc:walk({
    BlockQuote = headings_as_bold, BulletList = headings_as_bold, OrderedList = headings_as_bold,
    DefinitionList = headings_as_bold, Link = empty_link, CodeBlock = plain_language,
  })
  doc = doc:walk({ Figure = figure })
  return doc:walk({
    Image = inline_image, Link = shared.whole_chapter_link, Table = right_align_numbers, HorizontalRule = horizontal_rule,
  })
end
