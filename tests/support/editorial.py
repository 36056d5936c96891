"""What editors really write in a body, as hypothesis strategies, with the words each part must show.

A generated body is Markdown made from a grammar of editors' constructs (paragraphs, emphasis,
nested lists, quotations, headings, links of every kind, images, footnotes, tables, code, raw
HTML allowed and not, comments, entities, escapes, scripts other than Latin, invisible
characters, every line ending). Each part knows what a reader must see of it: `shown`, text
fragments the page's visible text holds (a word, or a run such as "<b>w0007</b>" in code, or
"*w0008*" for `\\*w0008\\*`), and `alt`, what an `alt` or `title` attribute holds. A word is
`stem + four digits` (`Київ0012`), unique in the body, so a fragment is found exactly.

`Body.line_of` gives the line (1-based, in the file) of a fragment's word, for a diagnostic to be
matched with what it explains. Comments and link definitions show nothing by intent and add no
fragment; a closed `<script>` is `hidden` (its words may go, with a warning).
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

from hypothesis import strategies as st

STEMS = ("gas", "Kyiv", "Київ", "Москва", "القاهرة", "ירושלים", "東京", "中国", "Ελλάδα", "naïve", "Škoda",
         "İstanbul", "देश", "서울", "x", "N", "snake")
WORD = re.compile(r"[^\W\d_]+\d{4}(?!\d)")


@dataclass
class Part:
    text: str
    shown: list[str] = field(default_factory=list)
    alt: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # may vanish, with a warning
    notes: list[str] = field(default_factory=list)  # footnote and link definitions to add at the end

    def __add__(self, other: Part) -> Part:
        return Part(self.text + other.text, self.shown + other.shown, self.alt + other.alt,
                    self.hidden + other.hidden, self.notes + other.notes)


@dataclass
class Body:
    text: str  # as written to the file, after the front matter
    shown: list[str]
    alt: list[str]
    hidden: list[str]


class Words:
    """Unique words for one body."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.count = draw(st.integers(0, 50)) * 100

    def __call__(self) -> str:
        self.count += 1
        return f"{self.draw(st.sampled_from(STEMS))}{self.count:04d}"


def _p(text: str, *shown: str) -> Part:
    return Part(text, list(shown))


@st.composite
def inline(draw: st.DrawFn, words: Words) -> Part:
    """One inline construct with its words."""
    w, v = words(), words()
    n = words.count
    kinds = [
        lambda: _p(w, w),
        lambda: _p(f"*{w}*", w), lambda: _p(f"_{w}_", w), lambda: _p(f"**{w} {v}**", w, v),
        lambda: _p(f"__{w}__", w), lambda: _p(f"***{w}***", w), lambda: _p(f"~~{w}~~", w),
        lambda: _p(f"`{w} <b>{v}</b> *x*`", f"{w} <b>{v}</b> *x*"),
        lambda: _p(f"`` a ` {w} ``", f"a ` {w}"),
        lambda: Part(f'[{w}](https://example.org/a "{v}")', [w], [v]),
        lambda: _p(f"[{w} text](<https://example.org/a b>)", w),
        lambda: _p(f"[{w}](https://en.wikipedia.org/wiki/Kyiv_(city))", w),
        lambda: Part(f"[{w}][r{n}]", [w], notes=[f'[r{n}]: https://example.org/r{n} "{v}"']),
        lambda: Part(f"[{w}]", [w], notes=[f"[{w}]: https://example.org/s{n}"]),
        lambda: _p(f"[{w}][nowhere]", f"[{w}][nowhere]"),
        lambda: _p(f"<https://example.org/{w}>", f"https://example.org/{w}"),
        lambda: _p(f"<{w}@example.org>", f"{w}@example.org"),
        lambda: _p(f"https://example.org/{w}?a=1&b=2", f"https://example.org/{w}?a=1&b=2"),
        lambda: Part(f"![{w} map](chart.png)", [], [w]),
        lambda: Part(f'![{w}](https://example.org/i.png "{v}")', [], [w, v]),
        lambda: Part(f"{w}[^f{n}]", [w], notes=[f"[^f{n}]: {v} in a footnote."]) + _p("", v),
        lambda: _p(f"{w}&amp;{v} &copy; &#8212; &#x41;", f"{w}&{v} © — A"),
        lambda: _p(f"&lt;b&gt;{w}&lt;/b&gt;", f"<b>{w}</b>"),
        lambda: _p(f"&amp;lt;{w}", f"&lt;{w}"),
        lambda: _p(f'"{w}" and \'{v}\' it\'s', w, v),
        lambda: _p(f"{w} -- {v} --- x—y", w, v),
        lambda: _p(f"\\*{w}\\* \\_{v}\\_", f"*{w}*", f"_{v}_"),
        lambda: _p(f"\\[{w}\\] \\<{v}> \\`x\\` \\# \\\\", f"[{w}]", f"<{v}>"),
        lambda: _p(f"{w} < {v} > x & y", f"{w} < {v} > x & y"),
        lambda: _p(f"a<{w} and {v}>b", f"a<{w} and {v}>b"),
        lambda: _p(f"5 * {w} * 3 {v}_x_y", w, f"{v}_x_y"),
        lambda: _p(f"[{w}] [sic] ]{v}[", f"[{w}]", f"]{v}["),
        lambda: _p(f'<em>{w}</em> <span lang="uk">{v}</span>', w, v),
        lambda: _p(f'<q dir="rtl" lang="ar">{w}</q> <abbr title="x">{v}</abbr> <kbd>K</kbd><br>', w, v),
        lambda: _p(f'<font color="red">{w}</font> <marquee>{v}</marquee>', w, v),
        lambda: Part(f"<script>var {w};</script>", hidden=[w]),
        lambda: _p(f"<b>{w}", w), lambda: _p(f"<b><i>{w}</b></i> {v}", w, v),
        lambda: _p(f"<!-- {w} --> {v}", v),
        lambda: _p(f"{w}\u200b{v}", f"{w}\u200b{v}"), lambda: _p(f"\u200d{w} \ufeff{v}", w, v),
        lambda: _p(f"e\u0301 {w} a\u0308\u0301", w),
        lambda: _p(f"🇺🇦 {w} 👍🏽 👨‍👩‍👧", "🇺🇦", w, "👍🏽", "👨‍👩‍👧"),
        lambda: _p(f"{{{{ {w} }}}}", w), lambda: _p(f"{w}\u00ad{v}", f"{w}\u00ad{v}"),
        lambda: _p(f"<{w}>", f"<{w}>"),
        lambda: _p(f"\u202b{w} \u202c{v}", w, v),
        lambda: _p(f"[{w} [{v}] x](https://example.org/n)", w, v), lambda: _p(f"[`{w}`](https://example.org/c)", w),
        lambda: Part(f"[![{w}](i.png)](https://example.org/l)", [], [w]),
        lambda: _p(f'<a href="https://example.org/h">{w}</a> <a href="javascript:alert(1)">{v}</a>', w, v),
        lambda: Part(f'<img alt="{w}" src="https://example.org/i.png"> {v}', [v], [w]),
        lambda: _p(f"&nbsp;{w} &unknown;{v}", w, f"&unknown;{v}"),
        lambda: _p(f"C# {w} F#, {v}'s O'{w}", w, v), lambda: _p(f"*{w} **{v}** x*", w, v),
        lambda: _p(f"**{w}* _{v}", w, v), lambda: _p(f"{w}<br/>{v} {w}&#0;{v}", w, v),
        lambda: _p(f"{w}[^missing{n}]", w), lambda: _p(f'<span title="a>b">{w}</span>', w),
        lambda: _p(f"<{w}@example.org> mailto:{v}@example.org", w, v),
        lambda: _p(f"www.example.org/{w} {v}", f"www.example.org/{w}", v),
    ]
    return kinds[draw(st.integers(0, len(kinds) - 1))]()


@st.composite
def line(draw: st.DrawFn, words: Words, most: int = 4) -> Part:
    parts = draw(st.lists(inline(words), min_size=1, max_size=most))
    out = parts[0]
    for part in parts[1:]:
        out = out + Part(draw(st.sampled_from((" ", " ", ", ", "; ")))) + part
    return out


@st.composite
def paragraph(draw: st.DrawFn, words: Words) -> Part:
    lines = draw(st.lists(line(words), min_size=1, max_size=3))
    out = lines[0]
    for part in lines[1:]:
        out = out + Part(draw(st.sampled_from(("\n", "\n", "  \n", "\\\n")))) + part
    return out


@st.composite
def heading(draw: st.DrawFn, words: Words) -> Part:
    text = draw(line(words, 2))
    kind = draw(st.integers(0, 3))
    if kind == 3:
        return text + Part("\n" + draw(st.sampled_from(("===", "---", "=====", "------"))))
    marks = "#" * draw(st.integers(1, 6))
    end = draw(st.sampled_from(("", " #", " " + marks, " {#background}")))
    return Part(marks + " ") + text + Part(end)


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + row if row else row for row in text.split("\n"))


@st.composite
def list_block(draw: st.DrawFn, words: Words, depth: int = 0) -> Part:
    ordered = draw(st.booleans())
    marker = draw(st.sampled_from(("1.", "1)") if ordered else ("-", "*", "+")))
    out = Part("")
    for number in range(draw(st.integers(1, 3))):
        mark = f"{number + 1}{marker[-1]}" if ordered else marker
        item = Part(f"{mark} ") + draw(line(words, 3))
        if depth < 2 and draw(st.integers(0, 3)) == 0:
            inner = draw(list_block(words, depth + 1))
            step = draw(st.sampled_from((" " * (len(mark) + 1), "    ", "\t")))
            item = item + Part("\n" + _indent(inner.text, step), inner.shown, inner.alt, inner.hidden, inner.notes)
        out = out + (Part("\n") if number else Part("")) + item
    return out


@st.composite
def quote(draw: st.DrawFn, words: Words) -> Part:
    inner = draw(st.one_of(paragraph(words), list_block(words), heading(words)))
    if draw(st.booleans()):
        inner = inner + Part("\n\n") + draw(paragraph(words))
    prefix = draw(st.sampled_from(("> ", ">", "> > ")))
    text = "\n".join(prefix.rstrip() if not row else prefix + row for row in inner.text.split("\n"))
    return Part(text, inner.shown, inner.alt, inner.hidden, inner.notes)


@st.composite
def table(draw: st.DrawFn, words: Words) -> Part:
    columns = draw(st.integers(1, 3))
    shown: list[str] = []

    def cell() -> str:
        w, v = words(), words()
        kind = draw(st.integers(0, 4))
        text, seen = [(w, [w]), (f"`{w}|{v}`", [f"{w}|{v}"]), (f"{w} \\| {v}", [f"{w} | {v}"]),
                      (f"*{w}*", [w]), (f"[{w}](https://example.org/t)", [w])][kind]
        shown.extend(seen)
        return text

    rows = [" | ".join(cell() for _ in range(columns))]
    rows.append("|".join(draw(st.sampled_from(("---", ":--", ":-:", "--:"))) for _ in range(columns)))
    rows += [" | ".join(cell() for _ in range(columns)) for _ in range(draw(st.integers(0, 2)))]
    outer = draw(st.booleans())
    return Part("\n".join(f"| {row} |" if outer else row for row in rows), shown)


@st.composite
def code_block(draw: st.DrawFn, words: Words) -> Part:
    rows = []
    for _ in range(draw(st.integers(1, 3))):
        w = words()
        rows.append(draw(st.sampled_from((f"x = {w}  # <b>bold</b>", f"<script>{w}()</script>", f"*{w}* [a](b)",
                                          f"\tif {w} < 1 && y > 2:", f"# {w}", f"{{{{ {w} }}}} &amp; &lt;"))))
    code = "\n".join(rows)
    shown = [" ".join(row.split()) for row in rows]
    if draw(st.booleans()):
        fence = draw(st.sampled_from(("```", "~~~", "````")))
        return Part(f"{fence}{draw(st.sampled_from(('', 'python', 'html')))}\n{code}\n{fence}", shown)
    # (after a paragraph: right after a list, an indented block would be the list's, as in CommonMark)
    return Part("Code:\n\n" + _indent(code, "    "), shown)


@st.composite
def raw_block(draw: st.DrawFn, words: Words) -> Part:
    w, v = words(), words()
    kinds = [
        lambda: _p(f"<div>\n{w} <b>{v}</b>\n</div>", w, v),
        lambda: _p(f"<details>\n<summary>{w}</summary>\n\nThe *talks* {v}.\n\n</details>", w, v),
        lambda: _p(f"<table><tr><td>{w}</td><td>{v}</td></tr></table>", w, v),
        lambda: _p(f'<p lang="fr">{w} {v}</p>', w, v),
        lambda: _p(f'<iframe src="https://www.youtube.com/embed/x"></iframe>\n\n{w}', w),
        lambda: Part(f"<script>\nvar {w};\n</script>", hidden=[w]) + _p(f"\n\n{v}", v),
        lambda: _p(f"<center>{w}</center>\n\n<div style=\"color:red\" class=\"x\">{v}</div>", w, v),
        lambda: _p(f"<!--\n{w}\n-->\n\n{v}", v),
        lambda: _p(f"<div>\n<p>{w}\n</div>\n\n{v}", w, v),
        lambda: _p(f"<section>\n{w}\n\n{v}\n</section>", w, v),
        lambda: _p(f"<div>x</div> {w} &amp; more<br/> &lt;b&gt;{v}", w, f"<b>{v}"),
        lambda: _p(f"<!-- c --> {w} &lt;b&gt; {v} &copy;", f"{w} <b> {v} ©"),
        lambda: _p(f"<p>{w}</p>\n<p>{v}</p>", w, v), lambda: _p(f"<ul>\n<li>{w}</li>\n</ul>\n\n{v}", w, v),
        lambda: _p(f"<blockquote>{w}</blockquote>\n<pre>{v}  <b>x</b></pre>", w, v),
        lambda: _p(f"<div>\n\n*{w}*\n\n</div>", w),
        lambda: Part(f'<figure><img src="chart.png" alt="{w}"><figcaption>{v}</figcaption></figure>', [v], [w]),
        lambda: Part(f'<form><input value="x">{w}</form>', hidden=[w]) + _p(f"\n\n{v}", v),
        lambda: Part(f"<math><mi>{w}</mi></math>", hidden=[w]) + _p(f"\n\n{v}", v),
        lambda: _p(f"<p>{w}\n\n{v}", w, v), lambda: _p(f"{w}\n: {v}\n\n*[HTML]: Hyper", w, v),
    ]
    return kinds[draw(st.integers(0, len(kinds) - 1))]()


@st.composite
def block(draw: st.DrawFn, words: Words) -> Part:
    kind = draw(st.sampled_from(("para", "para", "para", "heading", "list", "list", "quote", "table", "code",
                                 "hr", "raw", "long")))
    if kind == "hr":
        return Part(draw(st.sampled_from(("---", "***", "___", "- - -", "* * *"))))
    if kind == "long":
        ws = [words() for _ in range(draw(st.integers(100, 400)))]
        return Part(" ".join(ws), ws)
    return draw({"para": paragraph, "heading": heading, "list": list_block, "quote": quote, "table": table,
                 "code": code_block, "raw": raw_block}[kind](words))


@st.composite
def bodies(draw: st.DrawFn) -> Body:
    """A body: blocks apart by blank lines (or one line end), definitions after them, then the file's
    line endings and trailing white space."""
    words = Words(draw)
    parts = draw(st.lists(block(words), min_size=1, max_size=6))
    out = parts[0]
    for part in parts[1:]:
        tight = "" if part.text.startswith("Code:") else "\n"  # (lazily continuing a list item)
        out = out + Part(draw(st.sampled_from(("\n\n", "\n\n", "\n\n\n", tight or "\n\n")))) + part
    if out.notes:
        out = out + Part("\n\n" + "\n".join(out.notes))
    text = out.text + "\n"
    if draw(st.integers(0, 4)) == 0:
        text = re.sub(r"(?<=\S)\n", lambda m: draw(st.sampled_from(("\n", " \n", "\t\n"))), text)
    ending = draw(st.sampled_from(("\n", "\n", "\r\n", "\r")))
    return Body(text.replace("\n", ending), out.shown, out.alt, out.hidden)


# --- reading a page ------------------------------------------------------------------------------

_SKIPPED = frozenset({"script", "style", "template", "head", "title"})
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
                     "tr", "td", "th", "br", "hr", "dl", "dt", "dd", "figure", "figcaption", "details", "summary",
                     "section", "article", "header", "footer", "nav", "main", "aside", "caption", "body"})


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.attributes: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip += 1
        if tag in _BLOCKS:
            self.text.append(" ")
        self.attributes += [value or "" for name, value in attrs if name in ("alt", "title")]

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        if tag in _BLOCKS:
            self.text.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.text.append(data)


def normal(text: str) -> str:
    """NFC, white space collapsed to single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def visible(page: str) -> tuple[str, str]:
    """(visible text, alt and title attributes) of HTML, each `normal`, apart by spaces."""
    reader = _Visible()
    reader.feed(page)
    reader.close()
    return normal("".join(reader.text)), normal(" ".join(reader.attributes))


def missing(body: Body, page: str) -> list[str]:
    """The fragments of `body` that `page` (HTML) does not show, in order."""
    text, attributes = visible(page)
    return ([f for f in body.shown if normal(f) not in text]
            + [f for f in body.alt if normal(f) not in attributes and normal(f) not in text])


def line_of(file_text: str, fragment: str) -> int:
    """1-based line in `file_text` of `fragment`'s first word (any line ending), 0 if not found."""
    found = WORD.search(fragment)
    at = file_text.find(found.group() if found else fragment)
    return len(re.split(r"\r\n|\r|\n", file_text[:at])) if at >= 0 else 0


__all__ = ["Body", "bodies", "html", "line_of", "missing", "normal", "visible"]
