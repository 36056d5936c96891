"""The addresses of the site's own pages and files that a body links to or shows.

Takes a body's Markdown source and its page HTML (sanitised); gives (0-based line in the
source, address) for each `href` and `src` that is relative (`../other-article/`,
`chart.png`, `articles/x/` in a note) or starts with one "/" — the addresses the build can
check against the files it writes (site/sitelinks.py) — and each `http:`/`https:` address,
which is the site's own when it starts with `base_url` (known to the build, not here: a re-test,
2026-12-04, linked `https://example.org/briefing/articles/misspelt/` unwarned). Another scheme
(`mailto:`) and an address that starts with two slashes (another host: `//example.org/x`;
browsers read a backslash there as a slash, WHATWG URL) are other sites'; one that is only a
fragment or a query (`#fn-1`, `?page=2`) is the page itself. A website's address written
without its scheme (`www.example.com/x`: webaddresses.py) is left out: it has a warning of its own.
"""
from __future__ import annotations

import re
from urllib.parse import unquote

from briefgen.load.droppedlinks import address_offset, addresses
from briefgen.load.webaddresses import meant_web_address

LINKING = frozenset({"href", "src"})  # what a reader follows or sees (the sanitiser keeps no other URL attribute)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")  # RFC 3986 3.1; "a:b" is read as a scheme by browsers too


def is_local(address: str) -> bool:
    """Whether `address` (entities decoded) names a page or file of the site itself (module docstring)."""
    text = address.strip()
    if not text or text[0] in "#?" or _SCHEME.match(text):
        return False
    return not (len(text) > 1 and text[0] in "/\\" and text[1] in "/\\")


_WEB = re.compile(r"^\s*https?://", re.I)


def is_web(address: str) -> bool:
    """Whether `address` is an `http:` or `https:` address (the site's own when it starts with `base_url`)."""
    return _WEB.match(address) is not None


def body_ids(body_html: str) -> tuple[str, ...]:
    """The ids `body_html` (sanitised: nh3's serialisation, scoped by bodyids.py) holds, and the names of its
    `<a name>` anchors, in order, each once: what a link's fragment can lead to in the body (HTML's "find a
    potential indicated element")."""
    if "id=" not in body_html and "name=" not in body_html:
        return ()
    found: dict[str, None] = {}
    for tag, attributes in _TAG.findall(body_html):
        for name, value in _ATTRIBUTE.findall(attributes):
            if name == "id" or name == "name" and tag == "a":
                found[value] = None
    return tuple(found)


_TAG = re.compile(r'<([a-z][a-z0-9]*)((?:\s[a-z-]+="[^"]*")+)\s*/?>')
_ATTRIBUTE = re.compile(r'\s([a-z-]+)="([^"]*)"')


def own_fragment(address: str, ids: tuple[str, ...]) -> bool:
    """Whether `address` is a same-page fragment (`#x`) that leads nowhere a checker can see in the body itself: not
    "#" alone, not one of the body's `ids` (its footnotes, or an id scope_ids rewrote the link to). Those are kept as
    links (site/fragments.py checks them against the page's other ids); `#top` is the page's top (HTML)."""
    return address[:1] == "#" and len(address) > 1 and address[1:] not in ids and unquote(address[1:]) not in ids


def local_links(source: str, body_html: str) -> tuple[tuple[int, str], ...]:
    """(line, address) of each local or web (`is_web`) `href` or `src` of `body_html`, and of each same-page fragment
    link to no id of the body (`own_fragment`), in order; the line is 0-based in `source`, where the address is
    written (a second link to one address at its second place; the body's first line when it cannot be found
    there)."""
    if "href=" not in body_html and "src=" not in body_html:  # (most bodies: no tag to read)
        return ()
    ids = body_ids(body_html) if 'href="#' in body_html else ()
    found: dict[tuple[int, str], None] = {}  # (a reference definition two links use: one warning)
    after: dict[str, int] = {}  # address → where to look for its next link
    last: dict[str, int] = {}  # address → where its last link was found
    for link in addresses(body_html):
        if link.attribute not in LINKING:
            continue
        reported = (is_web(link.address) or is_local(link.address) and meant_web_address(link.address) is None
                    or link.attribute == "href" and own_fragment(link.address, ids))
        # Every place of an address is passed over in order, reported or not: an image `![](<#f>)` (its src is no
        # link) before a link `[x](<#f>)` had the link's warning at the image's line (a property's find, 2026-12-05).
        at = address_offset(source, link, after.get(link.address, 0))
        at = last.get(link.address) if at is None else at  # (written once, used twice: `[a][r]`)
        if at is not None:
            after[link.address] = at + 1
            last[link.address] = at
        if reported:
            found[(source.count("\n", 0, at) if at is not None else 0, link.address.strip())] = None
    return tuple(found)
