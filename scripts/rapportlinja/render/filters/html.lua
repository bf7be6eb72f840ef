-- Rapportlinja's pandoc filter for the web edition (HTML).
--
-- * Image paths become root-relative ("/report/bilder/x.svg"); Python copies each file into
--   the site under a name of its own and rewrites the path, so no repository path is published.
-- * Every image keeps its alt text (the attribute, or else its caption).
-- * Links to a whole chapter file land on its heading, as in the PDF.
-- * Raw HTML, LaTeX or Typst never reaches the output: it is shown as code.

-- image_paths.lua lies beside this filter; pandoc's sandbox allows Lua's own require.
package.path = pandoc.path.directory(PANDOC_SCRIPT_FILE) .. "/?.lua;" .. package.path
local paths = require("image_paths")

local chapter_dir = ""


local function image(img)
  if not img.src:match("^%a[%w+.-]*:") then
    img.src = paths.from_root(chapter_dir, img.src)
  end
  local alt = img.attributes["alt"]
  if alt == nil or alt == "" then
    img.attributes["alt"] = pandoc.utils.stringify(img.caption)
  end
  return img
end

local function link(el)
  if el.target:match("^#[^#]+%.md$") and not el.target:find("__", 1, true) then
    el.target = el.target .. "__kapittel"
    return el
  end
  return nil
end

function Pandoc(doc)
  chapter_dir = pandoc.utils.stringify(doc.meta["rapportlinja-kapittelmappe"] or "")
  doc = doc:walk({
    RawBlock = function(el) return pandoc.CodeBlock(el.text) end,
    RawInline = function(el) return pandoc.Code(el.text) end,
  })
  return doc:walk({ Image = image, Link = link })
end
