"""Valid HTML5 from the sanitiser's output: content-model errors fixed, no text dropped.

Takes a fragment as nh3 serialises it (nh3 parses with a real HTML5 tree builder,
html5ever) and gives a fragment that the Nu Html Checker accepts inside a `<div>`.

The HTML5 parser does not enforce content models, and removing disallowed elements
(nh3 keeps their children) makes new errors, so the tree (html5tree.py) is repaired here:

- a phrasing-only element (p, h1–h6, pre, b, em, span, …) holding a block is split
  around it: `<b>x<p>y</p></b>` → `<b>x</b><p>y</p>` (the formatting ends where the
  author's unclosed `<b>` met a new paragraph);
- list items, terms, rows and cells out of place are wrapped in what they need
  (`<li>` → `<ul><li>`, `<td>` → `<table><tbody><tr><td>`), and text or blocks in a
  list, definition list or row get an item, definition or cell; stray captions and
  summaries become `div`; tables are repaired by html5tables.py;
- descendants a parent forbids are replaced: a link inside a link is unwrapped,
  headings in th/dt become p, a table in a caption becomes divs, details in a link a div;
- dl gets the dt/dd pairing it needs, figure one figcaption first or last, details a
  leading summary (or becomes a div), time without a valid datetime its content;
- attribute values the checker rejects are repaired or dropped (htmlattrs.py); an
  image without a usable src is replaced by its alt text; duplicate ids are dropped.

Every repair keeps all text. A fragment that needs none is returned as it came; most are
recognised as such by one pass over their tags (html5check.py) without building a tree.
"""
from __future__ import annotations

import html
import re

from briefgen.load.html5check import PLAIN_URL, needs_no_repair
from briefgen.load.html5tables import TableRepair
from briefgen.load.html5tree import (ATTRIBUTE, HEADINGS, PHRASING, SECTIONS, TRANSPARENT, VOID, WHITESPACE, El,
                                     blank, parse, phrasing, serialise, start_tag, tag_of)
from briefgen.load.htmlattrs import (boolean, datetime_value, enumerated, fix_url, integer,
                                     non_negative_integer)

PHRASING_ONLY = (PHRASING - TRANSPARENT - VOID) | {"p", "pre"} | HEADINGS
_TABLE_PARTS = frozenset({"table", "caption", "tr", "td", "th"}) | SECTIONS
# What an element forbids among all its descendants (HTML5 content models).
_FORBIDS = {"a": frozenset({"a", "details"}), "th": HEADINGS, "dt": HEADINGS, "caption": _TABLE_PARTS}
# A forbidden descendant becomes this element (or, for "a", is unwrapped).
_INSTEAD = {**{h: "p" for h in HEADINGS}, **{t: "div" for t in _TABLE_PARTS}, "details": "div"}
# Elements that need a particular parent: the wrapper they get in flow content.
_WRAPPER = {"li": "ul", "dt": "dl", "dd": "dl", "tr": "table", "td": "table", "th": "table",
            "thead": "table", "tbody": "table", "tfoot": "table",
            "caption": "div", "figcaption": "div", "summary": "div"}


def normalise(fragment: str) -> str:
    """`fragment` (nh3 output) with content-model and attribute errors repaired."""
    if "<" not in fragment or needs_no_repair(fragment):
        return fragment
    roots, changed = parse(fragment)
    fixer = _Fixer()
    nodes = fixer.place(fixer.fix_all(roots, frozenset()))
    if not (changed or fixer.changed):
        return fragment
    parts: list[str] = []
    serialise(nodes, parts)
    return "".join(parts)


_LINKING = re.compile(r'<(a|img|q|blockquote)((?: [a-z-]+="[^"]*")*)>')
_URL_VALUES = re.compile(r' (?:href|src|cite)="([^"]*)"')
# An img without src or alt, or an a with rel but without href.
_LINK_TO_REPAIR = re.compile(r'<img(?![^>]* src=")|<img(?![^>]* alt=")|<a(?![^>]* href=")[^>]* rel=')


def normalise_attributes(fragment: str) -> str:
    """The attribute repairs of `normalise` alone, for HTML whose structure python-markdown made.

    Markdown without raw HTML only gives well-nested elements in valid places, but its
    URLs are the author's (`[x](<a b>)`, `![x](javascript:…)` whose src nh3 removed).
    Equal to `normalise` on such input (tests/load/test_html5_normalise.py), and cheaper.
    """
    if all(PLAIN_URL.match(url) for url in _URL_VALUES.findall(fragment)) and not _LINK_TO_REPAIR.search(fragment):
        return fragment  # the usual case, decided without building elements
    fixer = _Fixer()

    def repair(match: re.Match[str]) -> str:
        element = El(match.group(1), ATTRIBUTE.findall(match.group(2)), [])
        replaced = fixer.fix_attributes(element)
        if replaced is not None:
            return "".join(replaced)
        return start_tag(element)

    repaired = _LINKING.sub(repair, fragment)
    return repaired if fixer.changed else fragment


class _Fixer(TableRepair):
    """One fragment's repair: remembers ids seen and whether anything changed."""

    def __init__(self) -> None:
        self.changed = False
        self.ids: set[str] = set()

    # --- repair -------------------------------------------------------------------------

    def fix_all(self, nodes: list, forbid: frozenset[str]) -> list:
        out: list = []
        for node in nodes:
            if isinstance(node, str):
                out.append(node)
            else:
                out.extend(self.fix(node, forbid))
        return out

    def fix(self, el: El, forbid: frozenset[str]) -> list:
        if el.tag in forbid:
            self.changed = True
            if el.tag == "a":
                return self.fix_all(el.kids, forbid)
            el = El(_INSTEAD[el.tag], [], el.kids)
        tag = el.tag
        if el.attrs or tag == "img":
            replaced = self.fix_attributes(el)
            if replaced is not None:
                return replaced
        if tag in VOID:
            return [el]
        if tag == "dl" and any(tag_of(k) == "div" for k in el.kids):
            el.kids = [item for k in el.kids for item in (k.kids if tag_of(k) == "div" else [k])]
            self.changed = True
        kids = self.fix_all(el.kids, forbid | _FORBIDS.get(tag, frozenset()))
        if tag == "time" and el.get("datetime") is None and not self.time_text(kids):
            self.changed = True
            return kids
        if tag in PHRASING_ONLY:
            return self.split(el, kids)
        if tag in TRANSPARENT:  # flow content where its parent allows it: `li` in `a` needs its `ul` too
            el.kids = self.place(kids)
            el.block = not all(phrasing(k) for k in kids)
            return [el]
        if tag in ("ul", "ol"):
            el.kids = self.list_items(kids)
        elif tag == "dl":
            el.kids = self.dl_groups(kids)
        elif tag == "table":
            return self.table(el, kids)
        elif tag in SECTIONS:
            return self.section(el, kids)
        elif tag == "tr":
            el.kids = self.row_cells(kids)
        elif tag == "figure":
            el.kids = self.figure(self.place(kids, allow="figcaption"))
        elif tag == "details":
            return self.details(el, self.place(kids, allow="summary"))
        elif tag == "summary":
            return self.split(el, kids, allow=HEADINGS, first_only=True)
        else:  # flow containers: div, blockquote, li, dd, dt, td, th, figcaption, caption
            el.kids = self.place(kids)
        return [el]

    def split(self, el: El, kids: list, allow: frozenset[str] = frozenset(), first_only: bool = False) -> list:
        """A phrasing-only element around kids that may include blocks: split around them."""
        if all(phrasing(k) or tag_of(k) in allow for k in kids):
            el.kids = kids
            return [el]
        self.changed = True
        out: list = []
        run: list = []
        first = el

        def flush() -> None:
            nonlocal first
            if all(blank(k) for k in run):
                out.extend(run)
            elif first is None and first_only:
                out.extend(run)
            else:
                out.append(first if first is not None else el.like([]))
                out[-1].kids = list(run)
                first = None
            run.clear()

        for kid in kids:
            if phrasing(kid) or tag_of(kid) in allow:
                run.append(kid)
            else:
                flush()
                if first is not None and first_only:
                    first = None
                out.append(kid)
        flush()
        return out

    def place(self, kids: list, allow: str = "") -> list:
        """Flow content: elements that need another parent get it (`li` → `ul > li`)."""
        out: list = []
        index = 0
        while index < len(kids):
            kid = kids[index]
            wrapper = _WRAPPER.get(tag_of(kid)) if tag_of(kid) != allow else None
            if wrapper is None:
                out.append(kid)
                index += 1
                continue
            self.changed = True
            if wrapper == "div":
                out.append(El("div", [], kid.kids))
                index += 1
                continue
            end = index
            while end < len(kids) and (_WRAPPER.get(tag_of(kids[end])) == wrapper or blank(kids[end])):
                end += 1
            while blank(kids[end - 1]):
                end -= 1
            group = kids[index:end]
            if wrapper == "ul":
                out.append(El("ul", [], self.list_items(group)))
            elif wrapper == "dl":
                out.append(El("dl", [], self.dl_groups(group)))
            else:
                out.extend(self.table(El("table", [], []), group))
            index = end
        return out

    def list_items(self, kids: list) -> list:
        """ul/ol content: li only; a list right after an item joins it, other content gets an item."""
        out: list = []
        run: list = []

        def flush() -> None:
            if run and not all(blank(k) for k in run):
                self.changed = True
                out.append(El("li", [], self.place(run[:])))
            else:
                out.extend(run)
            run.clear()

        for kid in kids:
            tag = tag_of(kid)
            if tag == "li":
                flush()
                out.append(kid)
            elif tag in ("ul", "ol") and not run and any(tag_of(k) == "li" for k in out):
                last = next(k for k in reversed(out) if tag_of(k) == "li")
                last.kids.append(kid)
                self.changed = True
            else:
                run.append(kid)
        flush()
        return out

    def dl_groups(self, kids: list) -> list:
        """dl content: groups of dt then dd; other content becomes a dd, missing halves are added."""
        items: list = []
        run: list = []
        for kid in kids + [None]:
            if kid is None or tag_of(kid) in ("dt", "dd"):
                if run and not all(blank(k) for k in run):
                    self.changed = True
                    items.append(El("dd", [], self.place(run[:])))
                else:
                    items.extend(run)
                run.clear()
                if kid is not None:
                    items.append(kid)
            else:
                run.append(kid)
        out: list = []
        previous = ""
        for item in items:
            tag = tag_of(item)
            if tag == "dd" and not previous:
                out.append(El("dt", [], []))
                self.changed = True
            if tag:
                previous = tag
            out.append(item)
        if previous == "dt":
            out.append(El("dd", [], []))
            self.changed = True
        return out

    def figure(self, kids: list) -> list:
        """One figcaption, first or last; others become div."""
        captions = [k for k in kids if tag_of(k) == "figcaption"]
        if not captions:
            return kids
        solid = [k for k in kids if not blank(k)]
        keep = next((k for k in (solid[0], solid[-1]) if tag_of(k) == "figcaption"), None)
        for caption in captions:
            if caption is not keep:
                caption.tag = "div"
                self.changed = True
        return kids

    def details(self, el: El, kids: list) -> list:
        """details needs a summary first; without one it becomes a div (its content shown)."""
        summaries = [k for k in kids if tag_of(k) == "summary"]
        if not summaries:
            self.changed = True
            return [El("div", [], kids)]
        first = summaries[0]
        for extra in summaries[1:]:
            extra.tag = "div"
            self.changed = True
        solid = [k for k in kids if not blank(k)]
        if solid[0] is not first:
            kids = [first] + [k for k in kids if k is not first]
            self.changed = True
        el.kids = kids
        return [el]

    def time_text(self, kids: list) -> bool:
        """Without datetime, a time's content must itself be a valid date/time (and text only)."""
        return all(isinstance(k, str) for k in kids) and datetime_value(html.unescape("".join(kids))) is not None

    # --- attributes ------------------------------------------------------------------------

    def fix_attributes(self, el: El) -> list | None:
        """Repair or drop invalid attribute values; an image without a usable src becomes its alt text."""
        fixed: list[tuple[str, str]] = []
        for name, value in el.attrs:
            good = self.attribute(el.tag, name, value)
            if good != value:
                self.changed = True
            if good is not None:
                fixed.append((name, good))
        el.attrs = fixed
        tag = el.tag
        if tag == "a" and el.get("href") is None and el.get("rel") is not None:
            el.set("rel", None)  # rel without href is invalid
            self.changed = True
        if tag == "img":
            if el.get("src") is None:
                self.changed = True
                alt = el.get("alt")
                return [html.escape(html.unescape(alt), quote=False)] if alt else []
            if el.get("alt") is None:
                el.attrs.insert(0, ("alt", ""))  # no alt: treated as decorative
                self.changed = True
        return None

    def attribute(self, tag: str, name: str, value: str) -> str | None:
        if name in ("href", "src", "cite"):
            text = html.unescape(value)
            url = fix_url(text)
            if url is None or (name == "src" and not url):
                return None
            return value if url == text else html.escape(url)
        if name == "id":
            text = html.unescape(value)
            if not text or any(c in WHITESPACE for c in text) or text in self.ids:
                return None
            self.ids.add(text)
            return value
        if name in ("colspan", "rowspan", "width", "height", "start", "reversed", "scope", "datetime"):
            text = html.unescape(value)
            if name == "colspan":
                good = non_negative_integer(text, 1, 1000)
            elif name == "rowspan":
                good = non_negative_integer(text, 0, 65534)
            elif name in ("width", "height"):
                good = non_negative_integer(text)
            elif name == "start":
                good = integer(text)
            elif name == "reversed":
                good = boolean(text, "reversed")
            elif name == "scope":
                good = enumerated(text, ("row", "col", "rowgroup", "colgroup"))
            else:
                good = datetime_value(text)
            return None if good is None else (value if good == text else html.escape(good))
        return value
