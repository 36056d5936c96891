"""A quick check that a sanitised fragment needs no repair, so that the repair can be skipped.

Takes nh3's output (well formed: see html5tree.py) and answers True only when one pass
over its tags proves the content models and attribute values valid: every element where
its parent allows it, no forbidden descendant, plain URLs, images with src and alt. It
answers False (let the full repair look) for anything it does not model: dl, details,
figure, time, captions, spans, ids and the rarer attributes. Articles with raw HTML of
the usual kind (phrasing markup, divs, lists, Markdown's tables) pass, which saves most of
the repair's cost; `tests/load/test_html5_normalise.py` checks that a fragment passing
this check is one the repair leaves unchanged.
"""
from __future__ import annotations

import re

from briefgen.load.html5tree import HEADINGS, MAX_DEPTH, PHRASING, VOID, WHITESPACE

_TAG = re.compile(r'<([a-z][a-z0-9]*)((?: [a-z-]+="[^"]*")*)>|</([a-z][a-z0-9]*)>')
_URL_VALUE = re.compile(r' (?:href|src|cite)="([^"]*)"')
# URLs that htmlattrs.fix_url returns unchanged: http(s) with a plain host, or relative, safe characters.
PLAIN_URL = re.compile(r"(?=.)(?:https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,4})?(?=[/?#]|$)"
                       r"|(?![A-Za-z][A-Za-z0-9+.-]*:|//))"  # else relative: no scheme, no authority
                       r"[A-Za-z0-9\-._~!$()*+,;=:@/?]*(?:#[A-Za-z0-9\-._~!$()*+,;=:@/?]*)?$")
# Attributes whose values need more than a look, or elements whose rules need more than their parent.
_UNMODELLED_ATTRIBUTE = re.compile(r' (?:id|colspan|rowspan|width|height|start|reversed|scope|datetime)="')
_FLOW_CONTAINERS = frozenset({"", "div", "blockquote", "li", "dd", "td"})
_PHRASING_ONLY = frozenset({"p", "pre"}) | HEADINGS | (PHRASING - {"a", "ins", "del"} - VOID)
_BLOCKS = frozenset({"div", "blockquote", "p", "pre", "ul", "ol", "hr", "table"}) | HEADINGS
_TABLE_ORDER = {"thead": 1, "tbody": 2, "tfoot": 3}


def needs_no_repair(fragment: str) -> bool:
    """True when `fragment` (nh3 output) is certainly valid as it is; False means "look closer"."""
    if _UNMODELLED_ATTRIBUTE.search(fragment):
        return False
    if not all(PLAIN_URL.match(url) for url in _URL_VALUE.findall(fragment)):
        return False
    tags = [""]  # open elements
    counts = [0]  # per open element: table section rank, or cells in a row
    links = 0  # open <a> elements
    position = 0
    for match in _TAG.finditer(fragment):
        parent = tags[-1]
        if parent in _NO_TEXT and match.start() > position and fragment[position:match.start()].strip(WHITESPACE):
            return False  # text where only elements may be
        position = match.end()
        tag, attributes, end = match.groups()
        if end is not None:
            if end != parent or (end == "tr" and counts[-1] == 0):
                return False  # a stray end tag, or a row without cells
            tags.pop()
            counts.pop()
            links -= end == "a"
            continue
        if tag not in _ALLOWED.get(parent, ()) or (tag == "a" and links):
            return False
        if tag == "img" and (' src="' not in attributes or ' alt="' not in attributes):
            return False
        if tag == "a" and ' rel="' in attributes and ' href="' not in attributes:
            return False
        if parent == "table":
            rank = _TABLE_ORDER[tag]
            if rank < counts[-1] or (rank == counts[-1] and rank != 2):
                return False
            counts[-1] = rank
        elif parent == "tr":
            counts[-1] += 1
        if tag not in VOID:
            if len(tags) > MAX_DEPTH:
                return False
            tags.append(tag)
            counts.append(0)
            links += tag == "a"
    return len(tags) == 1


# Which children each modelled parent takes ("" is the fragment itself). ins and del (which may
# hold blocks) and time (whose content may need checking) are left to the repair.
_INLINE = PHRASING - {"ins", "del", "time"}
_FLOW = _INLINE | _BLOCKS
_ALLOWED: dict[str, frozenset[str]] = {
    **{parent: _INLINE for parent in _PHRASING_ONLY | {"a"}},
    **{parent: _FLOW for parent in _FLOW_CONTAINERS},
    "th": _FLOW - HEADINGS, "ul": frozenset({"li"}), "ol": frozenset({"li"}),
    "table": frozenset(_TABLE_ORDER), "thead": frozenset({"tr"}), "tbody": frozenset({"tr"}),
    "tfoot": frozenset({"tr"}), "tr": frozenset({"td", "th"}),
}
_NO_TEXT = frozenset({"ul", "ol", "table", "thead", "tbody", "tfoot", "tr"})
