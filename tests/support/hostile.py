"""Shared values for the tests of hostile and silently changed input (tests/load/).

Small builders only: a config with two topics, and functions that run a content file
through the real stages (`parse_file` + `make_article` / `make_note`).
"""
from __future__ import annotations

from briefgen.load.config import Config, Topic
from briefgen.load.documents import Article, Note, make_article, make_note, parse_file
from briefgen.load.markup import MarkdownRenderer

CONFIG = Config(
    title="T", base_url="", language="en", timezone="Europe/Kyiv", edition="weekly",
    topics=(Topic("china-role", "China's role", "", ("China",)),
            Topic("ceasefire-talks", "Ceasefire talks", "", ("ceasefire",))),
    sources=(), people=(), story_threshold=0.5, feeds=())
RENDERER = MarkdownRenderer()
GOOD_FRONT = "title: Envoys meet\nsource: Example Times\npublished: 2023-05-08\n"


def article(text: str, stem: str = "a") -> tuple[Article | None, list[str]]:
    path = f"content/articles/{stem}.md"
    parsed = parse_file(text.encode("utf-8"), path, stem, RENDERER)
    value, problems = make_article(parsed, path, stem, "digest", CONFIG)
    return value, [str(p) for p in problems]


def note(text: str, stem: str = "n") -> tuple[Note | None, list[str]]:
    path = f"content/notes/{stem}.md"
    parsed = parse_file(text.encode("utf-8"), path, stem, RENDERER)
    value, problems = make_note(parsed, path, stem, "digest", CONFIG)
    return value, [str(p) for p in problems]


# --- generated hostile content (hypothesis strategies) ------------------------------------
#
# Text is made of tokens `zq<n>q` so that a test can tell which words of the input reach the
# output whatever markup surrounds them. Tokens are placed in text positions only (never in
# attribute values or tag names). `Soup.hidden` holds the tokens placed inside a *closed*
# element whose content is never shown (script, style, …): only those may disappear, and
# then only with a warning.

import re  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402

from hypothesis import strategies as st  # noqa: E402

TOKEN = re.compile(r"zq\d+q")  # the closing q keeps a following digit out
HIDDEN_TAGS = ("script", "style", "textarea", "title", "iframe", "noscript", "template", "select", "object",
               "form", "svg", "math")
KEPT_RAW_TAGS = ("xmp", "noembed", "noframes")
TAGS = ("p", "div", "span", "b", "i", "em", "strong", "a", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
        "tbody", "tfoot", "tr", "td", "th", "caption", "h1", "h2", "h3", "h6", "blockquote", "pre", "code", "q",
        "figure", "figcaption", "details", "summary", "time", "abbr", "sup", "sub", "ins", "del", "mark",
        "center", "font", "marquee", "button", "label", "nav", "section", "article", "o:p", "my-widget",
        "Moscow", "x", "body", "html", "head", "frameset", "option", "colgroup", "col")
VOIDS = ("br", "hr", "img", "input", "wbr", "embed", "meta", "link", "base", "area", "source")
ATTRIBUTES = (
    'href="https://example.org/a b"', 'href="javascript:alert(1)"', "href='//example.org/x|y'", "href=#a#b",
    'href="http://"', 'href="mailto:a b@example.org"', 'href="%zz"', 'src="https://example.org/i.png"',
    'src=""', 'src="data:image/png;base64,AA=="', 'alt="alt text"', 'title="a &quot;title&quot;"',
    'datetime="soon"', 'datetime="2023-05-08"', 'start="x"', 'start="-2"', 'reversed="no"', 'reversed',
    'colspan="0"', 'colspan="3"', 'rowspan="0"', 'rowspan="99"', 'scope="everything"', 'scope="col"',
    'width="50%"', 'height="10"', 'id="fn-1"', 'id="fn- 2"', 'id="main"', 'class="footnote"',
    'onclick="alert(1)"', 'style="color:red"', 'cite="a b"', "open", 'x="<b>"', "y='>'",
)
JUNK = ("<", ">", "&", "&amp;", "&nbsp;", "&lt;", "&#x3C;", "&#0;", "&unknown;", '"', "'", "*", "**", "_", "`",
        "[", "]", "#", "- ", "> ", "1. ", "|", "\\", "\n", "\n\n", "    ", "---", "===", "<!--", "-->", "<!-->",
        "<![CDATA[", "]]>", "<?", "?>", "</", "<!DOCTYPE html>", "</ b>", "<//>", "&#x110000;", "\t", "&#x11;",
        "\n| a | b |\n|---|---|\n", "\n###### ", "\n### ")


@dataclass
class Soup:
    """Generated HTML-and-Markdown text, and the tokens in it that may legitimately vanish."""

    text: str = ""
    hidden: set[str] = field(default_factory=set)

    def tokens(self) -> set[str]:
        return set(TOKEN.findall(self.text))


@st.composite
def tokens(draw: st.DrawFn, counter: list[int]) -> str:
    words = []
    for _ in range(draw(st.integers(1, 3))):
        counter[0] += 1
        words.append(f"zq{counter[0]}q")
    return " ".join(words)


@st.composite
def soups(draw: st.DrawFn, depth: int = 3, hidden_names: set[str] | None = None) -> Soup:
    """A mix of text, junk, elements (closed or not), hidden elements and void tags."""
    counter = [draw(st.integers(0, 10_000)) * 100]
    used = set() if hidden_names is None else hidden_names
    soup = Soup()
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(("text", "text", "junk", "element", "element", "void", "hidden", "raw")))
        if kind == "text":
            soup.text += draw(tokens(counter)) + draw(st.sampled_from(("", " ", "\n", "\n\n")))
        elif kind == "junk":
            soup.text += draw(st.sampled_from(JUNK))
        elif kind == "void":
            soup.text += f"<{draw(st.sampled_from(VOIDS))}{draw(attributes())}>"
        elif kind == "element" and depth > 0:
            tag = draw(st.sampled_from(TAGS))
            inner = draw(soups(depth - 1, used))
            soup.hidden |= inner.hidden
            end = draw(st.sampled_from((f"</{tag}>", f"</{tag}>", "", f"</{tag.upper()}>")))
            soup.text += f"<{tag}{draw(attributes())}>{inner.text}{end}"
        elif kind in ("hidden", "raw"):
            names = HIDDEN_TAGS if kind == "hidden" else KEPT_RAW_TAGS
            tag = draw(st.sampled_from(names))
            if tag in used:  # one per name: a later </tag> would close an earlier unclosed one
                continue
            used.add(tag)
            words = draw(tokens(counter))
            if draw(st.booleans()):  # closed: its content is removed (hidden) or kept (raw)
                if kind == "hidden":
                    soup.hidden |= set(TOKEN.findall(words))
                soup.text += f"<{tag}>{words}</{tag}>"
            else:  # unclosed: must not swallow what follows
                soup.text += f"<{tag}>{words}"
    return soup


@st.composite
def attributes(draw: st.DrawFn) -> str:
    chosen = draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=3, unique=True))
    return "".join(" " + a for a in chosen)


def without_comments(text: str) -> str:
    """`text` without complete HTML comments (invisible by intent, like `<!-- note -->`)."""
    return re.sub(r"<!--(?:>|->|[\s\S]*?--!?>)", " ", text)
