"""Diagnostics show characters that show nothing by their escape, not raw (diagnostics.shown_line).

A re-test (2026-12-05): `unknown source "Reuter\\u3164"` and a via: warning printed a Hangul filler raw, so the
message named a value the editor could not see. Controls and bidi marks were escaped already; now every character
codepoints.INVISIBLE covers is too. Property over messages mixing letters, spaces and those characters.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.diagnostics import shown_line, warning
from briefgen.load.codepoints import shows_nothing
from support.examples import examples

NOTHING = "\u3164\u115f\u1160\uffa0\u034f\u2800\u200b\u2060\ufeff\u00ad"


@settings(max_examples=examples(100), deadline=None)
@given(st.text(st.sampled_from("ab \u00e9\u0416" + NOTHING), max_size=12))
def test_no_character_that_shows_nothing_is_printed_raw(text: str) -> None:
    shown = str(warning("content/articles/a.md", 4, f'unknown source "{text}"'))
    assert not any(shows_nothing(c) and c != " " for c in shown), shown
    assert all(c.encode("unicode_escape").decode("ascii") in shown_line(text) for c in set(text) & set(NOTHING))
