"""What the public web edition may hold from content: the allow-list both the sanitiser and `rapport sjekk` read.

A web page that runs nothing and fetches nothing: no event attributes (`onload`, `onfocus` …),
no `style`, `srcset` or `ping` from a chapter, and only `https:`, `mailto:` and relative links.
One list, so the check that tells a writer and the sanitiser that enforces it never disagree.
"""

from __future__ import annotations

import re
import urllib.parse

# Where a link in a public text may go: a web page, an e-mail address, or a file of the site itself.
LINK_SCHEMES = frozenset({"https", "mailto"})
# Attributes a chapter may give an element (pandoc's {#id .class key=value}) that the web page keeps.
CONTENT_ATTRIBUTES = frozenset({"id", "class", "lang", "dir", "title", "alt", "width", "height"})
# Attributes that make a page fetch from elsewhere or change how it looks beyond the stylesheet.
_FETCHING = frozenset({"style", "srcset", "ping", "src", "href", "background", "poster", "formaction", "action"})
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
# Characters a browser strips or ignores inside a scheme: «java\tscript:» and «&#10;javascript:» run too.
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")


def is_event_attribute(name: str) -> bool:
    """`onload`, `onfocus`, `onerror` …: script that runs for every visitor."""
    return name.lower().startswith("on")


def refused_attribute(name: str) -> bool:
    """An attribute a chapter may not set on the web page: events, styles and anything that fetches."""
    lowered = name.lower()
    return is_event_attribute(lowered) or lowered in _FETCHING


def scheme(target: str) -> str | None:
    """The URL scheme as a browser reads it (lower case, control characters and spaces ignored), or None."""
    found = _SCHEME.match(_IGNORED_IN_SCHEME.sub("", urllib.parse.unquote(target)))
    return found.group(1).lower() if found else None


def refused_link(target: str) -> str | None:
    """The scheme of a link target the web edition refuses (`javascript`, `data`, `http` …), else None.

    Relative links (a chapter, a heading, a file of the site) have no scheme and pass; a link that
    starts with «//» is another host without a scheme, and is refused as «//».
    """
    cleaned = _IGNORED_IN_SCHEME.sub("", target)
    if cleaned.startswith(("//", "\\\\", "/\\", "\\/")):
        return "//"
    found = scheme(target)
    return found if found is not None and found not in LINK_SCHEMES else None
