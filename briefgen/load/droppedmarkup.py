"""Raw HTML markup the sanitiser removes while keeping the text: named, so that the editor knows.

Takes the HTML given to the sanitiser and the HTML it gave back; gives the elements it removed
but whose text it kept (`<font>`, `<center>`, `<section>`) and the attributes it removed from
elements it kept (`style`, `class`, `onclick`, `id`, `srcset`), each with how often, in the
order first written. A body's raw HTML is a safe subset (docs/reference.md, "Bodies"): `<span
style="color:red">` was published as a plain `<span>`, `<img srcset=…>` without its other
sizes, `<a id="part-2">` without the anchor a link of the text pointed at — each without a
word, where what the editor wrote must be published or a diagnostic say why not.

Compared, not predicted (as `droppedlinks` does): whatever the sanitiser removes, for any
reason, is found, and nothing it keeps. Not counted here, because other warnings name them:
addresses (`droppedlinks`: `href`, `src` …, with their values) and elements removed with
their content (`<script>`, `<iframe>`: the removed-text and address warnings). Additions
(nh3's `rel="noopener noreferrer"`, repaired structure) are not removals.
"""
from __future__ import annotations

import html
import re
from collections import Counter

from briefgen.load.droppedlinks import URL_ATTRIBUTES, _START_TAG, addresses
from briefgen.load.htmlattrs import fix_url

_CUSTOM = re.compile(r"[-:]")  # in the name of a custom element (WHATWG) or of another namespace's (Office)
SHOWN = 6  # kinds of removed markup named in one warning; the rest are counted
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                  "wbr", "param"})  # WHATWG HTML's void elements (and param)


def dropped_markup(given: str, kept: str, hidden: frozenset[str]) -> list[tuple[str, int]]:
    """(what, count) for each element name ("<font>") and attribute ("style") that `given` (HTML
    before sanitising) has more of than `kept` (after): elements, then attributes, each in the order
    first written; an attribute counts when its value is not empty or it has none (`hidden`). `hidden`: elements removed with
    their content (named by other warnings), left out."""
    if "<" not in given or _summary(given) <= _summary(kept):
        return []  # (nothing lost: decided by C-level scans, ~8× faster than the count below)
    # (a void element whose every address the sanitiser removed goes with them, and its `alt` and `title`: the
    # address warning names it at its own line; counted here they were said at the body's first line when another
    # element of its kind stayed, a hostile trial's two Markdown images at lines 33 and 37, 2026-12-04)
    left = {found.address for found in addresses(kept)}
    written_tags, written_attributes = _markup(given, hidden, left)
    kept_tags, kept_attributes = _markup(kept, hidden)
    removed: dict[str, int] = {}
    for tag, count in written_tags.items():
        if count > kept_tags[tag] and tag not in VOID and not _CUSTOM.search(tag):
            # (a void element has no text to keep: an <img> goes when the sanitiser removes its address,
            # which droppedlinks names; a custom or namespaced element, <my-widget>, Word's <o:p>, shows
            # its text as a <span> would, with neither scripts nor styles to give it more)
            removed[f"<{tag}>"] = count - kept_tags[tag]
    for (tag, attribute), count in written_attributes.items():
        lost = count - kept_attributes[(tag, attribute)]
        if lost > 0 and kept_tags[tag]:  # (an element removed is named itself, not its attributes)
            removed[attribute] = removed.get(attribute, 0) + lost
    return list(removed.items())


# Attribute names with a non-empty value or none at all (`hidden`, `download`: a boolean attribute, which a hostile trial
# found removed without a word, 2026-12-04); `class=""` (what nh3 leaves of a class it empties) is none.
# WHATWG HTML's boolean attributes count also with an empty value (`hidden=""`: a hostile re-test's text was shown).
_BOOLEAN = frozenset("""hidden download open inert disabled checked selected readonly required multiple autofocus async
defer novalidate formnovalidate ismap itemscope reversed default loop muted controls playsinline allowfullscreen
nomodule autoplay""".split())
_NAMES = re.compile(r"""(?:^|\s|/)([^\s"'>/=]+)(?![^\s"'>/=])(?:\s*=\s*(?:"[^"]+"|'[^']+'|[^\s"'>]+)|(?!\s*=))""")
_EMPTY_BOOLEAN = re.compile(rf"""(?:^|\s|/)({'|'.join(sorted(_BOOLEAN))})\s*=\s*(?:""|'')""", re.I)
_ANY_ATTRIBUTE = re.compile(r"""(?:^|\s|/)([^\s"'>/=]+)(?![^\s"'>/=])(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


def _summary(fragment: str) -> Counter[str]:
    """How often each element name and each attribute name (with a value) occurs in `fragment`'s
    start tags, in any case: when the sanitised HTML has at least as many of each, nothing was
    removed (what the sanitiser adds, `rel`, only adds)."""
    tags = _START_TAG.findall(fragment)
    found = Counter(tag.lower() for tag, _ in tags)
    written = " ".join(attributes for _, attributes in tags)
    found.update(name.lower() + "=" for name in _NAMES.findall(written))
    if "=\"\"" in written or "=''" in written:
        found.update(name.lower() + "=" for name in _EMPTY_BOOLEAN.findall(written))
    return found


def _markup(fragment: str, hidden: frozenset[str], left: set[str] | None = None,
            ) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Element and (element, attribute) counts of `fragment`'s start tags, `hidden` elements left out; with
    `left` (the addresses the sanitised HTML kept), also each void element whose addresses are none of them."""
    tags: Counter[str] = Counter()
    attributes: Counter[tuple[str, str]] = Counter()
    for found in _START_TAG.finditer(fragment):
        tag = found.group(1).lower()
        if tag in hidden or (left is not None and tag in VOID and _addresses_gone(found.group(0), left)):
            continue
        tags[tag] += 1
        for attribute in _ANY_ATTRIBUTE.finditer(found.group(2)):
            name, values = attribute.group(1).lower(), attribute.group(2, 3, 4)
            if name not in URL_ATTRIBUTES and (any(values) or values == (None, None, None) or name in _BOOLEAN):  # (nh3: class=""
                attributes[(tag, name)] += 1                                 # when it removes every class name)
    return tags, attributes


def _addresses_gone(start_tag: str, left: set[str]) -> bool:
    """Whether `start_tag` has an address and none of its addresses is in `left` (as written or as
    `htmlattrs.fix_url` repairs it)."""
    written = [found.address for found in addresses(html.unescape(start_tag) if "&" in start_tag else start_tag)]
    return bool(written) and not any(address in left or fix_url(address) in left for address in written)


def dropped_markup_warnings(source: str, removed: list[tuple[str, int]]) -> tuple[tuple[int, str, str], ...]:
    """The warnings for `removed` (from `dropped_markup`): one at each line of `source` (the Markdown) where one of
    them is first written, naming those (all were said at the first one's line: a hostile trial's `<font>` on line
    7, a `style` on 13 and a `target` on 15, 2026-12-04); () when nothing was removed."""
    lines: dict[int, list[tuple[str, int]]] = {}
    for what, count in removed:
        pattern = (rf"<{re.escape(what[1:-1])}\b" if what.startswith("<") else  # (a boolean one: no "=")
                   rf"<[A-Za-z][^<>]*\s{re.escape(what)}(?:\s*=|(?=[\s/>]))")
        at = re.search(pattern, source, re.I)
        lines.setdefault(source.count("\n", 0, at.start()) if at else 0, []).append((what, count))
    found = []
    for line, here in sorted(lines.items()):
        named = [f"{what} ({count}×)" if count > 1 else what for what, count in here[:SHOWN]]
        more = f" and {len(here) - SHOWN} more" if len(here) > SHOWN else ""
        found.append((line, f"raw HTML that pages do not publish was removed, its text kept: {', '.join(named)}{more}. "
                            "Pages keep Markdown's formatting and a safe subset of raw HTML (README, \"A site project\"); "
                            "write the formatting in Markdown, or leave it out to silence this", "warning"))
    return tuple(found)
