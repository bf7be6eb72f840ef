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

-- A link to a chapter file ("10-tema.md", "10-tema.md#mal") points at that chapter's labels.
-- chapter_files maps each file name to its label prefix, which Python makes unique: pandoc's
-- rule drops the number, so 05-tema.md and 10-tema.md would otherwise share «tema.md».
function shared.chapter_link(el, chapter_files)
  local file, fragment = el.target:match("^([^#/:]+%.md)#(.*)$")
  if file == nil then
    file, fragment = el.target:match("^([^#/:]+%.md)$"), ""
  end
  if file ~= nil and chapter_files[file] then
    el.target = "#" .. chapter_files[file] .. "__" .. (fragment ~= "" and fragment or "kapittel")
    return el
  end
  return nil
end

-- "name=id name=id", as Python passes the chapter files in the metadata, as a table.
function shared.chapter_files(meta)
  local files = {}
  for name, id in pandoc.utils.stringify(meta["rapportlinja-filer"] or ""):gmatch("(%S+)=(%S+)") do
    files[name] = id
  end
  return files
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
