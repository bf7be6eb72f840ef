-- Rules shared by our pandoc filters (typst.lua for the PDF, html.lua for the web edition),
-- so the two editions resolve images, alt text, chapter links and raw markup the same way.
local shared = {}

-- A chapter-relative path as a path from the repository root ("/report/bilder/x.svg"):
-- "." and ".." are resolved here, so the writers and the site's file copy see one form.
function shared.from_root(chapter_dir, src)
  local parts = {}
  for part in (chapter_dir .. "/" .. src):gmatch("[^/]+") do
    if part == ".." then
      table.remove(parts)
    elseif part ~= "." then
      table.insert(parts, part)
    end
  end
  return "/" .. table.concat(parts, "/")
end

-- The image's alt text: the attribute, or else its caption.
function shared.alt_text(img)
  local alt = img.attributes["alt"]
  if alt == nil or alt == "" then
    alt = pandoc.utils.stringify(img.caption)
  end
  return alt
end

-- Under --file-scope pandoc already points links between input files at their labels, but a
-- link to a whole file (#b.md) has no label to land on: send it to the chapter heading, which
-- carries the id "kapittel".
function shared.whole_chapter_link(el)
  if el.target:match("^#[^#]+%.md$") and not el.target:find("__", 1, true) then
    el.target = el.target .. "__kapittel"
    return el
  end
  return nil
end

-- Raw HTML, LaTeX or Typst never reaches the output: it is shown as code.
shared.raw_as_code = {
  RawBlock = function(el) return pandoc.CodeBlock(el.text) end,
  RawInline = function(el) return pandoc.Code(el.text) end,
}

return shared
