"""One rule of what a reader sees, for fields, bodies, alt texts and feed values alike (load/text.shows_text).

A hostile trial (2026-12-04) built a title of Hangul fillers (U+3164) with a blank headline; the fields' check was
made `codepoints.visible` (Default_Ignorable_Code_Point, white space, what str.isprintable refuses, the braille
blank), but a body, an image's alt text and a feed's title still read the older rule, to which the fillers,
U+034F and U+2800 were text: a body of fillers was published as an empty page without a word.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.load.codepoints import visible
from briefgen.load.text import shows_text
from support.examples import examples
from support.hostile import article

NOTHING = "\u3164\u115f\u1160\uffa0\u034f\u2800\u200b\u00ad\u2060\ufeff \u00a0\u3000\t"
SEEN = "aZ\u00e9\u0416\u4e2d1.\u00bf"


@settings(max_examples=examples(100), deadline=None)
@given(text=st.text(st.sampled_from(NOTHING + SEEN), max_size=8))
def test_shows_text_is_the_fields_rule(text: str) -> None:
    assert shows_text(text) == visible(text) == any(c in SEEN for c in text)


@settings(max_examples=examples(30), deadline=None)
@given(body=st.text(st.sampled_from(NOTHING.replace("\t", "")), min_size=1, max_size=6))
def test_a_body_of_characters_that_show_nothing_is_warned(body: str) -> None:
    _, problems = article(f"---\ntitle: T\nsource: S\npublished: 2023-05-08\n---\n{body}\n")
    # (white space alone is "nothing written", the other warning of an empty page: tests/load/test_empty_body.py)
    assert any("nothing of this body shows" in p or "has no body and no `url:`" in p for p in problems), problems
