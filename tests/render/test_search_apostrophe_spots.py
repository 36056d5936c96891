"""The search fold's apostrophe passes share one scan of the text (searchtext._cut): each pass's cuts give the
next pass the apostrophes' offsets in the text it made, as a fresh scan of that text finds them.

`_fold` reads a text's apostrophes for three passes (possessives, elisions, inner apostrophes); each scanned the
text again (~3.5 µs a scan of a 4,700-character article, four scans), where the offsets follow from the cuts.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.render.searchtext import (ELISIONS, _INNER_APOSTROPHE, _POSSESSIVE, _apostrophe_spots, _drop_elisions,
                                        _removed)

# Pieces that make every pass cut: possessives, elisions, inner apostrophes of every kind, "ʼ" (a letter to
# str.isalnum, an apostrophe to the search), words, spaces and marks between them.
TEXT = st.lists(st.sampled_from([*ELISIONS[:8], "'", "\u2019", "\u2018", "\u02bc", "\u2032", "s", "x", "é", "_", " ",
                                 "-", "1", "o", "brien", "europe", "\u2019s ", "'s", "l'"]), max_size=20).map("".join)


@settings(max_examples=examples(400), deadline=None)
@given(TEXT)
@example("l’europe’s o'brien d’'x")
@example("lʼlʼx l'l'x ʼs's’s")
def test_each_pass_gives_the_offsets_a_scan_of_its_result_finds(text: str) -> None:
    spots = _apostrophe_spots(text)
    for step in (lambda t, s: _removed(_POSSESSIVE, t, s), _drop_elisions, lambda t, s: _removed(_INNER_APOSTROPHE, t, s)):
        text, spots = step(text, spots)
        assert spots == _apostrophe_spots(text), text


@settings(max_examples=examples(400), deadline=None)
@given(TEXT)
@example("L’Élysée’s O'Brien dell'Unione aujourd'hui")
def test_the_passes_on_one_scan_remove_what_the_patterns_remove(text: str) -> None:
    shared = _removed(_POSSESSIVE, text, _apostrophe_spots(text))
    shared = _removed(_INNER_APOSTROPHE, *_drop_elisions(*shared))[0]
    fresh = _POSSESSIVE.sub("", text)
    fresh = _INNER_APOSTROPHE.sub("", _drop_elisions(fresh, _apostrophe_spots(fresh))[0])
    assert shared == fresh
