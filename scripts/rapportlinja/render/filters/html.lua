-- Rapportlinja's pandoc filter for the web edition (HTML).
--
-- * Image paths become root-relative ("/report/bilder/x.svg"); Python copies each file into
--   the site under a name of its own and rewrites the path, so no repository path is published.
-- * Every image keeps its alt text (the attribute, or else its caption).
-- * Links to a chapter file land on its labels, as in the PDF (each file is given to pandoc
--   under its unique id as its name, so pandoc's --file-scope prefixes are unique too).
-- * Raw HTML, LaTeX or Typst never reaches the output: it is shown as code.

-- shared.lua lies beside this filter; pandoc's sandbox allows Lua's own require.
package.path = pandoc.path.directory(PANDOC_SCRIPT_FILE) .. "/?.lua;" .. package.path
local shared = require("shared")

local chapter_dir = ""

local function image(img)
  if not img.src:match("^%a[%w+.-]*:") then
    img.src = shared.from_root(chapter_dir, img.src)
  end
  img.attributes["alt"] = shared.alt_text(img)
  return img
end

function Pandoc(doc)
  chapter_dir = pandoc.utils.stringify(doc.meta["rapportlinja-kapittelmappe"] or "")
  local chapter_files = shared.chapter_files(doc.meta)
  doc = doc:walk(shared.raw_as_code)
  return doc:walk({
    Image = image,
    Link = function(el) return shared.chapter_link(el, chapter_files) or shared.whole_chapter_link(el) end,
  })
end
