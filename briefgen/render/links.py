"""The addresses in HTML fragments, rewritten: feed items' links made absolute, and the relative
links of a body shown on pages at several depths rebased onto each page that shows it.

An editor note is shown on the front page, on its edition, on topic pages (a later page of a
topic is two folders deeper than the first) and on its articles' pages, and in the digest
feed. Its relative addresses (`articles/x/`, `static/chart.png`) are read from the site root,
as the digest feed has always read them (tests/render/test_feed_links.py), and each page gets
them as its way back to the root (`root`, "../../") followed by that path: until then a page
resolved them against itself, and they worked on the front page only. An article's body is
shown on its own page alone, and its relative addresses are left as written there. A
`#fragment` alone names an element of the body itself (a footnote, a heading: load/bodyids)
and stays as written; absolute addresses, `//host` and `/path` are left as they are.
"""
from __future__ import annotations

import html
import re
from typing import Callable
from urllib.parse import urlsplit

from briefgen.site.urls import join_url

# A start tag (quoted values may hold ">"), and one attribute in it: text that merely looks
# like an attribute, outside a tag or inside another attribute's value, is never matched.
_START_TAG = re.compile(r"""<[A-Za-z](?:"[^"]*"|'[^']*'|[^'">])*>""")
_ATTRIBUTE = re.compile(r"""(?P<name>\s(?P<key>[^\s"'>/=]+)\s*=\s*)(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'>]+))""")
URL_ATTRIBUTES = frozenset({"href", "src", "cite"})  # the URL attributes the sanitiser keeps (load/markup.py)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def map_urls(fragment: str, change: Callable[[str], str], quote: Callable[[str], str]) -> str:
    """`fragment` with the value of every href, src and cite replaced by `change(value)` (entities
    decoded, spaces stripped), written back with `quote(new value)` (quotes included)."""
    def attribute(match: re.Match[str]) -> str:
        if match.group("key").lower() not in URL_ATTRIBUTES:
            return match.group()
        value = html.unescape(next(v for v in match.group("dq", "sq", "bare") if v is not None)).strip()
        return match.group("name") + quote(change(value))
    return _START_TAG.sub(lambda tag: _ATTRIBUTE.sub(attribute, tag.group()), fragment)


def is_relative(value: str) -> bool:
    """Whether an address is relative to the page it is on: no scheme, no `//host`, no `/path`."""
    return not (_SCHEME.match(value) or value.startswith("/"))


def rebased(value: str, home: str, root: str) -> str:
    """A relative address written on site path `home` ("" for the root, "editions/2023-w17/"), as seen
    from a page whose way to the site root is `root` ("../../"; or an absolute base URL, in feeds);
    others unchanged. Resolved as a browser resolves it against `home` (RFC 3986), also above the
    site root ("../x" from the root is the folder the site is in). A `#fragment` alone is left as
    it is: it names an element of the body itself (a footnote, a heading: load/bodyids), which is
    shown with it."""
    if value.startswith("#") or not is_relative(value):
        return value
    if _SCHEME.match(root):
        return join_url(root + home, value)
    parts = urlsplit(value)
    asked = parts.query or "?" in value.split("#", 1)[0]  # ("x?" keeps its empty query)
    suffix = (f"?{parts.query}" if asked else "") + (f"#{parts.fragment}" if parts.fragment else "")
    if not parts.path:
        return (root or "./") + home + suffix  # "?q" or "": the home page itself ("./": not "", this page)
    segments = (home[:home.rfind("/") + 1] + parts.path).split("/")
    kept: list[str] = []
    above = 0  # folders above the site root
    for n, segment in enumerate(segments):
        if segment in (".", ".."):
            if segment == "..":
                if kept:
                    kept.pop()
                else:
                    above += 1
            if n == len(segments) - 1:
                kept.append("")  # a last "." or ".." names a folder: "a/b/.." is "a/" (RFC 3986, 5.2.4)
        else:
            kept.append(segment)
    # From the root itself, "./" first: a path must not start with a space or look like a scheme ("a:b")
    return (root + "../" * above if root or above else "./") + "/".join(kept) + suffix


def relink(fragment: object, home: str, root: str) -> str:
    """Body HTML whose relative addresses are read from site path `home` ("" for the site root; a
    URL's `#…` ignored), for a page whose way to the site root is `root` ("../../", or an absolute
    base URL in a feed). The Jinja filter `relink` (partials/note.html: `relink("", root)`); an
    article's body (`site.Body`, or any markup with `__html__`) is read as its HTML, so a page
    showing it off its own page prints `body|relink(entry.url, root)` (docs/extending.md)."""
    html_of = getattr(fragment, "__html__", None)
    fragment = html_of() if callable(html_of) else str(fragment)
    if "=" not in fragment:
        return fragment
    home = home.split("#", 1)[0]
    return map_urls(fragment, lambda value: rebased(value, home, root), lambda value: '"' + html.escape(value) + '"')
