"""Raw HTML nested deeper than a browser would build it, flattened before sanitising.

html5ever (inside nh3) checks the open elements for each block start tag ("has a p element
in button scope"), so nesting costs depth² steps: 20,000 nested `<div>`s took 1 s to
sanitise, 100,000 took 36 s (measured 2026-12-01 on the project machine; a trial's
600 KB body). Browsers stop nesting well before: Chromium's parser caps the DOM depth at
512 (`kMaximumHTMLParserDOMTreeDepth`) and attaches deeper elements to the 512th. Here,
start tags that would open an element below MAX_DEPTH are removed with their end tags;
every word stays. Elements that cannot hold themselves (void ones; p, li, td … whose end
tag is optional and which a parser closes) do not count as levels, and the tags of elements
the sanitiser removes with their content (script, style, template …) are never removed.

    flatten_deep("<div>" * 600 + "x")   # → ("<div>" * 512 + "x", 88): the text, 88 tags dropped
"""
from __future__ import annotations

import re

MAX_DEPTH = 512  # Chromium's kMaximumHTMLParserDOMTreeDepth (third_party/blink/.../html_construction_site)
# A tag, its quoted attribute values read whole (`title="a>b"` does not end it); a comment,
# or an element whose content is raw text, is read whole as group 3 (its insides are no tags:
# `<xmp><div title="</xmp><script>">` must not lose the real `</xmp><script>` with a fake div).
# Read first: at the same place, the plain-tag branch would take `<xmp>` alone.
_RAW = "script|style|textarea|title|iframe|noscript|xmp|noembed|noframes"
_TAG = re.compile(rf"""(<!--.*?-->|<({_RAW})\b(?:[^>"']|"[^"]*"|'[^']*')*>.*?</\2\s*>)"""
                  r"""|<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>""", re.S | re.I)
_NOT_LEVELS = frozenset("""
area base br col embed hr img input link meta param source track wbr
p li dt dd tr td th option optgroup rp rt rb rtc thead tbody tfoot colgroup caption
""".split())
# Never removed: the sanitiser removes these elements *with* their content (markup._CLEAN_CONTENT),
# which it can only do while their tags are there; and they are not levels of nesting.
_KEPT = frozenset("""
script style iframe object embed svg math form textarea select template noscript title xmp noembed
noframes plaintext
""".split())


def flatten_deep(fragment: str, limit: int = MAX_DEPTH) -> tuple[str, int]:
    """`fragment` with the start tags (and matching end tags) below `limit` levels removed, and
    how many tags were removed (0: the fragment itself, unchanged). Linear in its length."""
    if fragment.count("<") <= limit:  # fewer tags than levels: nothing to do (every ordinary article)
        return fragment, 0
    depth = excess = dropped = 0
    pieces: list[str] = []
    at = 0
    for match in _TAG.finditer(fragment):
        if match.group(1):  # a comment or a raw-text element: kept whole, no level
            continue
        closing, name = match.group(3), match.group(4).lower()
        if name in _NOT_LEVELS or name in _KEPT or match.group().endswith("/>"):
            continue
        if not closing:
            if depth < limit:
                depth += 1
                continue
            excess += 1
        elif excess:
            excess -= 1
        else:
            depth = max(0, depth - 1)
            continue
        pieces.append(fragment[at:match.start()])
        at = match.end()
        dropped += 1
    if not dropped:
        return fragment, 0
    pieces.append(fragment[at:])
    return "".join(pieces), dropped
