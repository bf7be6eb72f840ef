"""The web edition's HTML from content, through an allow-list sanitiser (ammonia, via nh3).

pandoc writes every attribute a chapter gives (`{onload=…}`, `{style=…}`, `{srcset=…}`) and every
link target (`javascript:`, `data:`) into the HTML as written. Nothing of that may reach a visitor:
the fragment pandoc makes from the chapters passes an allow-list of elements, attributes and URL
schemes here, before our own markup (the table boxes, the site's image names) is added. The same
lists (`base.websafe`) tell `rapport sjekk` what to report, so a writer sees it in review.
"""

from __future__ import annotations

import functools
import re

import nh3

from rapportlinja.base import websafe

# What pandoc's HTML writer makes of a chapter: text, sections, lists, tables, figures, footnotes.
_TAGS = frozenset(
    {
        *("section", "div", "span", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "h7"),
        *("a", "em", "strong", "del", "u", "sup", "sub", "small", "mark", "q", "cite", "abbr", "code", "pre"),
        *("ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "img"),
        *("table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td"),
        *("label", "input"),  # a task list: - [ ] a checkbox
    }
)
_ATTRIBUTES = {
    "*": set(websafe.CONTENT_ATTRIBUTES - {"alt", "width", "height"}),
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start", "type", "reversed"},
    "li": {"value"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "col": {"span"},
    "input": {"checked", "disabled"},
}
# pandoc's own roles for footnotes, and the checkbox of a task list; nothing else.
_VALUES = {
    "a": {"role": {"doc-noteref", "doc-backlink"}},
    "section": {"role": {"doc-endnotes"}},
    "aside": {"role": {"doc-footnote"}},
    "input": {"type": {"checkbox"}},
}
# pandoc aligns table columns with an inline style, which the page's Content-Security-Policy would refuse:
# the alignment becomes a class of the stylesheet instead (the only style pandoc itself writes that matters).
_ALIGN = re.compile(r'<(t[hd])((?: [a-z-]+="[^"]*")*?) style="text-align: (left|right|center);"')


def _keep(tag: str, attribute: str, value: str) -> str | None:
    """Images only from the site itself (no scheme, no other host); every other URL as the schemes allow."""
    if tag == "img" and attribute == "src" and (websafe.scheme(value) is not None or websafe.refused_link(value)):
        return None
    if attribute == "href" and websafe.refused_link(value):
        return None
    return value


@functools.cache
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(_TAGS),
        clean_content_tags={"script", "style"},
        attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
        attribute_filter=_keep,
        tag_attribute_values={tag: {k: set(v) for k, v in values.items()} for tag, values in _VALUES.items()},
        url_schemes=set(websafe.LINK_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def clean(fragment: str) -> str:
    """`fragment` with only the allowed elements, attributes and link schemes left."""
    aligned = _ALIGN.sub(r'<\1\2 class="justert-\3"', fragment)
    return _cleaner().clean(aligned)
