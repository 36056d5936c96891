"""Links, headings and images of a body that a screen reader has no words for: a warning each.

Takes a body's Markdown source and its page HTML (sanitised); gives (0-based line in the
source, message) for each of:

- a link with no text (`[](https://…)`, `<a href="…"></a>`, a link around an image without
  alt text: `[![](logo.png)](https://…)`): on the page it is an empty tab stop, or an image
  whose destination nobody is told (WCAG 2.1 SC 2.4.4 and 4.1.2; axe-core's `link-name`);
- a heading with no text (`## ![](map.png)`): a screen reader's list of headings shows a blank
  entry (SC 2.4.6; axe-core's `empty-heading`);
- an image without alt text written as Markdown (`![](chart.png)`) or as HTML without an `alt`
  (`<img src="chart.png">`): both are published with `alt=""`, which tells a screen reader to
  skip the image as decoration (SC 1.1.1), so a chart or photo is silently lost to its reader.
  An image that only decorates is written `<img alt="" src="…">`, which says so and stays quiet
  (told apart by where its address is written).

A link or heading has words when it has visible text, an image with alt text, or a `title`
(which browsers give as its name). The page is published as written: the warning says what to add.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from briefgen.load.droppedlinks import Dropped, address_offset
from briefgen.load.text import shows_text

# `alt=""` written by the editor on a raw <img> (any quotes, any attribute order): decoration on purpose.
_EMPTY_ALT = re.compile(r"""<img\b(?:"[^"]*"|'[^']*'|[^'">])*?\salt\s*=\s*(?:""|'')""", re.I)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def unnamed_parts(source: str, body_html: str) -> tuple[tuple[int, str], ...]:
    """(0-based line in `source`, message) for each link, heading and image of `body_html` that
    has no words for a screen reader (module docstring), in the order they end on the page."""
    if "<a" not in body_html and "<h" not in body_html and "<img" not in body_html or _all_named(body_html):
        return ()
    return parts_without_words(source, body_html)


def parts_without_words(source: str, body_html: str) -> tuple[tuple[int, str], ...]:
    """`unnamed_parts` read from the parsed HTML, without its quick look (for tests of that look)."""
    found = _Parts()
    found.feed(body_html)
    found.close()
    places = _places(source, found.addresses, found.attributes)
    lines = [source.count("\n", 0, at) if at > 0 else 0 for at in places]
    decorative = [(tag.start(), _tag_end(source, tag.start())) for tag in _EMPTY_ALT.finditer(source)]
    problems: list[tuple[int, tuple[int, str]]] = []  # (page order, (line, message))
    for kind, at, images in found.unnamed:
        shown = [found.addresses[i] for i in images]
        where = at if at is not None else next(iter(images), None)
        if kind == "a":
            inside = f" (its only content is the image {shown[0]}, which has no alt text)" if shown else ""
            message = (f"the link to {found.addresses[at]} has no text{inside}, so a screen reader cannot say where "
                       "it leads and a reader sees nothing to click; write its text between the brackets: "
                       "[the report](…)" + (", or describe the image: [![what it shows](…)](…)" if shown else ""))
        else:
            message = (f"this heading has no text{' (only the image ' + shown[0] + ')' if shown else ''}, so it "
                       "is a blank entry in a screen reader's list of headings; write the heading's words after the #")
        problems.append((where if where is not None else -1, (lines[where] if where is not None else 0, message)))
    for at in found.silent_images:
        if not any(start < places[at] < end for start, end in decorative):
            problems.append((at, (lines[at], (
                f"the image {found.addresses[at]} has no alt text, so a screen reader skips it as decoration; say "
                "what it shows between the brackets: ![Map of the front line, June 2023](…); an image that only "
                'decorates is written <img alt="" src="…"> to say so'))))
    return tuple(problem for _, problem in sorted(problems, key=lambda p: p[0]))


_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.S)  # (links do not nest)
_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.S)
_TAG = re.compile(r"<[^>]*>")


def _all_named(body_html: str) -> bool:
    """Whether `body_html` surely has nothing to warn about: no image, and visible text in every link
    and heading (a superset of what `_Parts` calls named, which also counts alt text and titles).
    Most bodies are so; parsing each with `HTMLParser` was ~0.5 ms a body (py-spy, a cold build
    at 1,000 articles: +6 % of its CPU)."""
    if "<img" in body_html:
        return False
    return all(shows_text(html.unescape(_TAG.sub("", found.group(group))))
               for pattern, group in ((_LINK, 1), (_HEADING, 2)) for found in pattern.finditer(body_html))


class _Parts(HTMLParser):
    """Links and headings without words, and images with an empty alt outside them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.addresses: list[str] = []  # every link's href and image's src, in page order
        self.attributes: list[str] = []  # the attribute of each: "href" or "src"
        # open link or heading: [tag, its href's index (None: a heading), has words, alt-less images' indices]
        self.open: list[list] = []  # type: ignore[type-arg]
        self.unnamed: list[tuple[str, int | None, list[int]]] = []
        self.silent_images: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if (tag == "a" and values.get("href")) or tag in _HEADINGS:
            at = None
            if tag == "a":
                at = len(self.addresses)
                self.addresses.append(values["href"])
                self.attributes.append("href")
            self.open.append([tag, at, shows_text(values.get("title", "")), []])
        elif tag == "img":
            at = len(self.addresses)
            self.addresses.append(values.get("src", ""))
            self.attributes.append("src")
            named = shows_text(values.get("alt", "")) or shows_text(values.get("title", ""))
            for part in self.open:
                part[2] = part[2] or named
                if not named:
                    part[3].append(at)
            if not named and not self.open:
                self.silent_images.append(at)

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1][0] == tag:
            name, href, named, images = self.open.pop()
            if not named:
                self.unnamed.append(("a" if name == "a" else "h", href, images))

    def handle_data(self, data: str) -> None:
        if shows_text(data):
            for part in self.open:
                part[2] = True


def _tag_end(source: str, start: int) -> int:
    end = source.find(">", start)
    return end if end >= 0 else len(source)


def _places(source: str, addresses: list[str], attributes: list[str]) -> list[int]:
    """Where each of `addresses` (in page order) is written in `source`, whole and in order
    (droppedlinks.address_offset): a second link to one address at its second place; -1 when it cannot be
    found. Until 2026-12-05 the first place the text held it in any word: `![](https://e.org/map)` on line 8
    was said at line 6's `![Ferry map](https://e.org/map.png)`, and `<img alt="" src="…/x">` (decoration,
    said so) was taken for an earlier `…/x.png` and warned of (a tester)."""
    after: dict[str, int] = {}
    places = []
    for address, attribute in zip(addresses, attributes):
        found = address_offset(source, Dropped("", attribute, address, html.escape(address, quote=False)),
                               after.get(address, 0)) if address else None
        at = -1 if found is None else found
        if at >= 0:
            after[address] = at + 1
        places.append(at)
    return places
