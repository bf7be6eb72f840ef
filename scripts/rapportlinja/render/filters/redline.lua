-- Rapportlinja's redline filter: runs before typst.lua when `rapport endringer` builds its PDF.
--
-- The review code marks changed words with four private-use characters. Here they become
-- pandoc's own Underline and Strikeout, which the Typst writer writes as #underline and
-- #strike; endringer.typ.j2 styles those and puts the words «Satt inn:» / «Slettet:» before
-- them, so the change is in the text a screen reader reads, not only in the drawing.
-- (typst.lua shows raw Typst as code, so raw markup cannot be used here.) Marks are paired
-- within one list of inlines, so the result is always well nested; where a mark cannot be
-- markup (a link target, an image path, code, an attribute) it is removed. The author's own
-- underline and strike-through are dropped in this document, so every one shown is a change.

local INS_OPEN, INS_CLOSE = "\u{E000}", "\u{E001}"
local DEL_OPEN, DEL_CLOSE = "\u{E002}", "\u{E003}"
local MARKS = { INS_OPEN, INS_CLOSE, DEL_OPEN, DEL_CLOSE }

local function strip(s)
  for _, mark in ipairs(MARKS) do
    s = s:gsub(mark, "")
  end
  return s
end

local function strip_attr(attr)
  attr.identifier = strip(attr.identifier)
  for key, value in pairs(attr.attributes) do
    attr.attributes[key] = strip(value)
  end
  return attr
end

local function clean_target(el)
  if el.target ~= nil then
    el.target = strip(el.target)
  end
  if el.src ~= nil then
    el.src = strip(el.src)
  end
  if el.attr ~= nil then
    el.attr = strip_attr(el.attr)
  end
  return el
end

local function clean_text(el)
  el.text = strip(el.text)
  return el
end

-- The first mark in s at or after position `from`: its start, end and which one.
local function next_mark(s, from)
  local best, best_end, which = nil, nil, nil
  for _, mark in ipairs(MARKS) do
    local i, j = s:find(mark, from, true)
    if i ~= nil and (best == nil or i < best) then
      best, best_end, which = i, j, mark
    end
  end
  return best, best_end, which
end

local function is_change(el)
  return el.t == "Underline" or el.t == "Strikeout"
end

-- Inline wrappers that may hold a whole change: the change goes outside, so that
-- «*[ny]*» and the words next to it become one marked run with one «Satt inn:».
local WRAPPERS = { Emph = true, Strong = true, Quoted = true, SmallCaps = true, Link = true }

local function hoist(el)
  if WRAPPERS[el.t] and #el.content == 1 and is_change(el.content[1]) then
    local change = el.content[1]
    el.content = change.content
    if change.t == "Underline" then
      return pandoc.Underline({ el })
    end
    return pandoc.Strikeout({ el })
  end
  return el
end

-- Neighbouring changes of one kind, with at most a space between, become one.
local function merge(inlines)
  local out = pandoc.List()
  for _, el in ipairs(inlines) do
    el = hoist(el)
    local n = #out
    if is_change(el) and n >= 1 and out[n].t == el.t then
      out[n].content:extend(el.content)
    elseif is_change(el) and n >= 2 and out[n].t == "Space" and out[n - 1].t == el.t then
      out[n - 1].content:insert(pandoc.Space())
      out[n - 1].content:extend(el.content)
      out:remove(n)
    else
      out:insert(el)
    end
  end
  return out
end

local function pair_marks(inlines)
  local out = pandoc.List()
  local open = nil -- "ins" or "del" while a mark is open in this list
  local held = pandoc.List() -- the inlines inside the open mark
  local changed = false

  local function emit(el)
    if open ~= nil then
      held:insert(el)
    else
      out:insert(el)
    end
  end

  local function close()
    if #held > 0 then
      out:insert(open == "ins" and pandoc.Underline(held) or pandoc.Strikeout(held))
    end
    open, held = nil, pandoc.List()
  end

  for _, el in ipairs(inlines) do
    if el.t == "Str" and next_mark(el.text, 1) ~= nil then
      changed = true
      local s, pos = el.text, 1
      while true do
        local i, j, mark = next_mark(s, pos)
        if i == nil then
          if pos <= #s then
            emit(pandoc.Str(s:sub(pos)))
          end
          break
        end
        if i > pos then
          emit(pandoc.Str(s:sub(pos, i - 1)))
        end
        if open == nil and (mark == INS_OPEN or mark == DEL_OPEN) then
          open = mark == INS_OPEN and "ins" or "del"
        elseif (open == "ins" and mark == INS_CLOSE) or (open == "del" and mark == DEL_CLOSE) then
          close()
        end
        pos = j + 1
      end
    else
      emit(el)
    end
  end
  if open ~= nil then
    close()
  end
  return merge(changed and out or inlines)
end

local function content_only(el)
  return el.content
end

return {
  {
    Link = clean_target,
    Image = clean_target,
    Span = clean_target,
    Div = clean_target,
    Header = clean_target,
    Code = clean_text,
    CodeBlock = clean_text,
    Math = clean_text,
    Underline = content_only,
    Strikeout = content_only,
  },
  { Inlines = pair_marks },
}
