"""A misspelt character reference is published as written, not as the old name it starts with.

A hostile trial wrote "Kestrel &notified; … &copyright; 2026": python-markdown passed the letters on as
an entity, and the sanitiser's HTML parser read the old names HTML still decodes without a semicolon
(`&not`, `&copy`), so the page — and its description and JSON-LD — said "Kestrel ¬ified; … ©right; 2026",
without a word. CommonMark (0.31, 6.2) decodes only `&` + a name of HTML5's list + `;`
(`load/mdentities.py`). Checked as properties over text made of names of the list, misspellings and
old names, in Markdown text, in raw HTML's text and in an attribute: the page shows what CommonMark
(for Markdown) or a browser reading the name as written (for raw HTML) shows.
"""
from __future__ import annotations

import html
import re
from html.entities import html5

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.markup import MarkdownRenderer
from briefgen.load.mdentities import literal_ampersands
from briefgen.load.plaintext import plain_text

RENDERER = MarkdownRenderer()
NAMES = ["not", "notified", "copy", "copyright", "cent", "reg", "amp", "ampx", "lt", "notin", "Copy", "AMP",
         "nbsp", "hellip", "frac12", "frac1", "sup2", "pound", "zz9", "2026", "eacute", "eacutex"]
TOKENS = st.one_of(
    st.sampled_from(["Kestrel", "2026", " ", " ", "-", ".", "=", "x", "9"]),
    st.builds(lambda name, end: f"&{name}{end}", st.sampled_from(NAMES), st.sampled_from(["", ";", ";", "=", " "])),
)
TEXT = st.lists(TOKENS, min_size=1, max_size=12).map("".join).map(lambda text: f"a{text}z")


def _commonmark(text: str) -> str:
    """What CommonMark shows: only `&name;` of HTML5's list is a character."""
    return re.sub(r"&([A-Za-z0-9]+);", lambda m: html5.get(m[1] + ";", m[0]), text)


def _as_written(text: str, attribute: bool) -> str:
    """What a browser shows of raw HTML when each name is read as written (WHATWG HTML 13.2.5.73 without its
    longest-prefix reading): `&name;` of the list, or an old name complete without `;` (in an attribute not
    before `=`); anything else literal."""
    def one(m: re.Match[str]) -> str:
        name, semicolon = m[1], m[2]
        if semicolon and name + ";" in html5:
            return html5[name + ";"]
        if not semicolon and name in html5 and not (attribute and text[m.end():m.end() + 1] == "="):
            return html5[name]
        return m[0]
    return re.sub(r"&([A-Za-z0-9]+)(;?)", one, text)


def _paragraph(rendered: str) -> str:
    found = re.fullmatch(r"<p>(.*)</p>", rendered.strip(), re.S)
    assert found, rendered
    return html.unescape(found[1])


@settings(max_examples=examples(150), deadline=None)
@given(text=TEXT)
@example(text="aKestrel &notified; and &copyright; 2026z")
@example(text="a&notin &notin; &cent; &reg;z")
def test_markdown_text_shows_each_reference_as_commonmark_does(text: str) -> None:
    rendered = RENDERER.convert(text, "art")
    assert _paragraph(rendered.html) == _commonmark(text)
    assert plain_text(rendered.html).split() == _commonmark(text).split()  # (the description's text)


@settings(max_examples=examples(150), deadline=None)
@given(text=TEXT)
@example(text="a&copyright 2026 &copy 2026 &notin xz")
def test_raw_html_text_shows_each_name_as_written(text: str) -> None:
    rendered = RENDERER.convert(f"<p>{text}</p>", "art")
    assert _paragraph(rendered.html) == _as_written(text, attribute=False)


@settings(max_examples=examples(150), deadline=None)
@given(text=TEXT)
@example(text="a&notified; &copy, &not=2 &copyx;z")
def test_an_attribute_keeps_each_name_as_written_and_its_address_is_not_called_removed(text: str) -> None:
    rendered = RENDERER.convert(f'<span title="{text}">t</span> <a href="https://example.org/?q={text}">l</a>', "art")
    title = re.search(r'title="([^"]*)"', rendered.html)
    assert title and html.unescape(title[1]) == _as_written(text, attribute=True)
    assert not [message for _, message, _ in rendered.problems if "removed" in message], rendered.problems


def test_the_trials_body_is_published_as_written() -> None:
    rendered = RENDERER.convert("Kestrel &notified; the agency. &copyright; 2026 &cent; &reg; [x](https://e.org/?a=1&copy=2)",
                                "art")
    assert "Kestrel &amp;notified; the agency. &amp;copyright; 2026 ¢ ®" in rendered.html
    assert 'href="https://e.org/?a=1&amp;copy=2"' in rendered.html
    assert rendered.problems == ()


def test_code_and_fragments_without_a_reference_are_unchanged() -> None:
    assert literal_ampersands("<p>no ampersand</p>") == "<p>no ampersand</p>"
    assert literal_ampersands("&amp; &lt; &#169; &#x2014;") == "&amp; &lt; &#169; &#x2014;"
    assert literal_ampersands('<a href="?a&not=1">&not=1</a>') == '<a href="?a&amp;not=1">&not=1</a>'
    rendered = RENDERER.convert("`&notified;`\n\n    &copyright;\n", "art")
    assert "<code>&amp;notified;</code>" in rendered.html and "&amp;copyright;" in rendered.html
