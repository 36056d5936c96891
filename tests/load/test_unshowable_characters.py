"""A character no page can show is published as U+FFFD (�) with a warning at its line, never silently.

A hostile trial (2026-12-04): `&#99999999;` in a body was published as "�" without a word; so were `&#0;`, a
surrogate `&#xD800;`, a noncharacter written as itself (U+FFFF) or referenced (`&#x1FFFE;`). References in code
are shown as written, and `&#150;` is windows-1252's "–" in every browser: neither is warned about.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer
from briefgen.load.unshowable import MAX_WARNINGS, unshowable_warnings
from support.examples import examples

RENDERER = MarkdownRenderer()
REPLACEMENT = "\ufffd"


def _warned(source: str) -> list[tuple[int, str]]:
    return [(line, message) for line, message, severity in RENDERER.convert(source, "a").problems
            if severity == "warning" and "U+FFFD" in message]


def test_the_reported_reference_is_named_at_its_line() -> None:
    source = "The vote was close.\n\nTurnout: &#99999999; per cent."
    rendered = RENDERER.convert(source, "a")
    assert REPLACEMENT in rendered.html
    assert _warned(source) == [(2, "`&#99999999;` refers past U+10FFFF, the last character; it is published as "
                                   "U+FFFD (�): write the character itself or a reference to it (`&#x2014;` is —)")]


def test_references_a_browser_shows_and_references_in_code_are_quiet() -> None:
    for source in ("A &#150; B", "A &#x1F600; B", "A `&#0;` B", "```\n&#0;\n```", "    &#0;",
                   "A &#x2014; B", "A &amp;#0; B"):
        assert _warned(source) == [], source
        assert REPLACEMENT not in RENDERER.convert(source, "a").html, source


REFERENCES = st.one_of(
    st.integers(min_value=0, max_value=0x12FFFF).map(lambda code: f"&#{code};"),
    st.integers(min_value=0, max_value=0x12FFFF).map(lambda code: f"&#x{code:X};"),
    st.sampled_from(["&#0;", "&#xD800;", "&#xDFFF;", "&#x1FFFE;", "&#xFDD0;", "&#129;", "&#150;", "&#99999999;",
                     "&#x110000;", "&#x11;", "&#x7F;"]))
PARTS = st.one_of(REFERENCES, st.sampled_from(["word", " ", "\n", "\n\n", "*x*", "\ufffe", "\U0001ffff", "\ufdd5"]))


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(PARTS, max_size=30))
def test_every_replacement_character_on_the_page_is_warned_about(parts: list[str]) -> None:
    """Outside code, each U+FFFD the page holds that the source did not is one warning (at most MAX_WARNINGS,
    the last counting the rest), at the line of what was written."""
    source = "".join(parts)
    html = RENDERER.convert(source, "a").html
    made = html.count(REPLACEMENT) - source.count(REPLACEMENT)
    warned = _warned(source)
    if made <= MAX_WARNINGS:
        assert len(warned) == made, (source, html, warned)
    else:
        assert len(warned) == MAX_WARNINGS and warned[-1][1].startswith(f"{made - MAX_WARNINGS + 1} more")
    lines = source.split("\n")
    for line, message in warned[:MAX_WARNINGS - 1]:
        written = message.split("`")[1] if message.startswith("`") else chr(int(message[2:].split()[0], 16))
        assert written in lines[line], (written, line, source)


def test_an_escaped_ampersand_is_still_a_reference() -> None:
    """python-markdown escapes no `&`: `\\&#0;` is a backslash and character zero, warned."""
    assert len(_warned("A \\&#0; B")) == 1


def test_a_body_without_references_or_noncharacters_has_no_warning() -> None:
    assert unshowable_warnings("Plain text & more, &amp; nothing else.\n" * 100) == ()
