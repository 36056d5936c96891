"""Addresses in a body that the sanitiser removes: links, images and embeds the editor wrote
but the page will not have, found so that the editor is told (markup.py makes the warning).

Takes the HTML given to the sanitiser and the HTML it gave back; gives every address written
in the first (`href`, `src` and the like, entities decoded) that the second lacks, in order.
The sanitiser keeps only http(s) and mailto: links and images, and no frame, video, audio,
plugin or form: `[call us](tel:+380441234567)` became a link to nothing, `![map](data:…)` and
a YouTube `<iframe>` vanished, all without a word (the removed-text warning counts words,
and these have none). Comparing what went in with what came out, rather than repeating the
sanitiser's rules, finds whatever it removes, for any reason, and nothing it keeps.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from urllib.parse import unquote
from typing import NamedTuple

from briefgen.load.htmlattrs import fix_url
from briefgen.load.mdrawblocks import raw_block_spans
from briefgen.load.unpublished import published_only

# Attributes whose value is an address (WHATWG HTML's URL-valued attributes that a body may hold).
URL_ATTRIBUTES = frozenset({"href", "src", "cite", "data", "poster", "action", "formaction", "background"})
# (possessive: a start tag matches in one way or not at all, so backtracking found nothing, slowly: `<a b='` × 2,000
# took 0.37 s, now 0.09)
_START_TAG = re.compile(r"""<([A-Za-z][A-Za-z0-9:-]*+)((?:[^'">]++|"[^"]*+"|'[^']*+')*+)>""")
_ATTRIBUTE = re.compile(r"""(?:^|\s|/)([^\s"'>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
# `<meta http-equiv="refresh" content="0; url=…">`: a redirect whose address is in `content` (WHATWG HTML,
# "refresh" state; the sanitiser drops the tag, and a trial found it gone without a word, unlike `<base>`)
_REFRESH_URL = re.compile(r"""^\s*[\d.]*\s*[;,]\s*(?:url\s*=\s*)?['"]?([^'"\s][^'"]*)""", re.I)


class Dropped(NamedTuple):
    tag: str  # lower case
    attribute: str  # lower case
    address: str  # entities decoded
    written: str  # as written in the HTML (to find its line in the source)

    def __str__(self) -> str:
        shown = self.address if len(self.address) <= 60 else self.address[:57] + "…"
        return f'<{self.tag} {self.attribute}="{shown}">'


def addresses(fragment: str) -> list[Dropped]:
    """Every non-empty URL-valued attribute of every start tag in `fragment`, in order."""
    if "=" not in fragment:
        return []
    found = []
    # (`findall`'s tuples, and a tag without "=" passed over at once: of a body's ~60 tags, one or two have an
    # address: 38 -> 17 us a call over the 3,319 calls of parsing the c1k corpus, CPU, minimum of 7 passes)
    for element, attributes in _START_TAG.findall(fragment):
        if "=" not in attributes:
            continue
        element = element.lower()
        refresh = element == "meta" and "refresh" in attributes.lower()
        for attribute in _ATTRIBUTE.finditer(attributes):
            name = attribute.group(1).lower()
            if refresh and name == "content":
                written = next(v for v in attribute.group(2, 3, 4) if v is not None)
                target = _REFRESH_URL.match(html.unescape(written))
                if target is not None and target.group(1).strip():  # (its line: where the content value is)
                    found.append(Dropped("meta", "content", target.group(1).strip(), written.strip()))
            elif name in URL_ATTRIBUTES:
                written = next(v for v in attribute.group(2, 3, 4) if v is not None)
                value = html.unescape(written).strip()
                if value:
                    found.append(Dropped(element, name, value, written.strip()))
    return found


def dropped_addresses(given: str, kept: str, written: list[Dropped] | None = None) -> list[Dropped]:
    """The addresses of `given` (HTML before sanitising) that `kept` (the page's HTML: sanitised and
    normalised) does not have, as written or as `htmlattrs.fix_url` repairs it (`a b` → `a%20b`), in
    order; each address kept once accounts for one written once. `written`: `addresses(given)`, when the
    caller has it already."""
    written = addresses(given) if written is None else written
    if not written:
        return []
    left = Counter(found.address for found in addresses(kept))
    dropped = []
    for found in written:
        for form in (found.address, fix_url(found.address)):
            if form is not None and left[form] > 0:
                left[form] -= 1
                break
        else:
            dropped.append(found)
    return dropped


def address_line(source: str, dropped: Dropped) -> int:
    """0-based line of an address in `source`: where it follows `="`, `='`, `=`, `(` or `<` (an
    attribute, a Markdown link or autolink), or a reference definition's `: `; else anywhere."""
    found = address_offset(source, dropped)
    return source.count("\n", 0, found) if found is not None else 0


def address_lines(source: str, dropped: list[Dropped]) -> list[int]:
    """`address_line` of each of `dropped` (in the order the body holds them), an address written more than once
    found each time after where it was found before: two `javascript:` links on lines 5 and 9 were both said at
    line 5 (a hostile trial, 2026-12-04)."""
    after: dict[tuple[str, str], int] = {}  # (written, address) → where it was last found
    lines = []
    for one in dropped:
        key = (one.written, one.address)
        # (the next use starts after this one's address: past what precedes it, `](`, and its shortest spelling)
        start = after[key] + 1 + min(map(len, (one.written, one.address, unquote(one.address)))) if key in after else 0
        found = address_offset(source, one, start)
        if found is None and key in after:  # (written fewer times than removed: the last place it was)
            found = after[key]
        if found is not None:
            after[key] = found
        lines.append(source.count("\n", 0, found) if found is not None else 0)
    return lines


_ENDS = frozenset(" \t\r\n\"')>]")  # what may follow an address written whole
# What an address follows: a Markdown link or image, a reference definition, an autolink, an attribute (that
# one's own name when known: an image's `src=x`, not an input's `name=x` after it) — else, weaker, a bracket
# or a colon of prose ("Old notes mention (static/gone.png)" before its `![chart](static/gone.png)`)
_STRONG = ("](", "]: ", "<")
_ANY_ATTRIBUTE = ('="', "='", "=")
_WEAK = ("(", ": ")
_BEFORE_TEXT = frozenset(" \t\r\n\"'([<{=,;")  # what may precede an address written whole in text


def address_offset(source: str, dropped: Dropped, start: int = 0) -> int | None:
    """Where `address_line`'s address is written in `source` from offset `start` on (the offset of the address
    itself): the first place in the text where one of its forms is written whole after what opens an address —
    `](`, `]: `, `<`, its attribute's `name="` (`_STRONG`), else a bracket or colon of prose (`_WEAK`) —
    and followed by what ends one (so that `x/` is not found in `x/y`), else standing alone in the text; the
    first form so written winning (as written, entities decoded, percent-decoded); a part of a longer word only
    when it is written whole nowhere; None: nowhere. Until 2026-12-05 the openers were tried in turn and `](`
    won wherever it was: a `javascript:` link of a raw `<a href>` on line 10 was said at a `[…](…)` of line 30 (a
    tester), and an image's address was found inside a longer one (`…/map` in `…/map.png`, unnamed.py).
    Comments and code (unpublished.published_only) are passed over: an address written there too is named where
    the page has it; where it is written nowhere else, there."""
    published = published_only(source)
    if published is not source:
        found = _offset(published, dropped, start)
        if found is not None:
            return found
    return _offset(source, dropped, start)


def _offset(source: str, dropped: Dropped, start: int) -> int | None:
    """`address_offset` in `source` as it is."""
    # (the sanitiser encodes `a b` as `a%20b`, which the source never held: the percent-decoded form too)
    forms = [value for value in dict.fromkeys((dropped.written, dropped.address, unquote(dropped.address))) if value]
    name = dropped.attribute
    attribute = (f'{name}="', f"{name}='", f"{name}=") if name else _ANY_ATTRIBUTE
    raw = raw_block_spans(source) if "](" in source or "]: " in source or "<" in source else ()
    for openers in ((*_STRONG, *attribute), _WEAK):
        for value in forms:
            # (Markdown's openers inside a raw HTML block are text there, not a link: mdrawblocks.raw_block_spans)
            places = [found + len(before) for before in openers
                      if (found := _whole(source, before + value, start, raw=raw if before in _STRONG else ()))
                      is not None]
            if places:
                return min(places)
    for value in forms:
        found = _whole(source, value, start, alone=True)
        if found is not None:
            return found
    for value in forms:
        found = source.find(value, start)
        if found != -1:
            return found
    return None


def _whole(source: str, wanted: str, start: int, alone: bool = False,
           raw: tuple[tuple[int, int], ...] = ()) -> int | None:
    """The first place from `start` where `wanted` is followed by an end of address (`_ENDS`) and, `alone`, also
    preceded by the start of the text or `_BEFORE_TEXT`, and that lies in none of the `raw` spans; None: nowhere."""
    found = source.find(wanted, start)
    while found != -1:
        end = found + len(wanted)
        if (end == len(source) or source[end] in _ENDS) and (
                not alone or found == 0 or source[found - 1] in _BEFORE_TEXT) and not any(
                low <= found < high for low, high in raw):
            return found
        found = source.find(wanted, found + 1)
    return None
