-- Image paths, shared by our pandoc filters (typst.lua, html.lua): one rule for where an image lies.
local paths = {}

-- A chapter-relative path as a path from the repository root ("/report/bilder/x.svg"):
-- "." and ".." are resolved here, so the writers and the site's file copy see one form.
function paths.from_root(chapter_dir, src)
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

return paths
