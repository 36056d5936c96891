"""An organisation's one-word name that is a verb too ("Unite") opening a sentence or a quotation before what follows
a verb ("Unite behind the manager", "“Unite and fight,”", "Unite!") is the verb, not the union: nobody listed (BR8's
R5, 2026-12-06: names.py listed Unite from them). "Unite said", "The union Unite said", "Unite, the union, said",
"Unite general secretary …" stay the union's.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people


def _named(text: str) -> set[tuple[str, str]]:
    return {(n.full, n.kind) for n in find_people("", text).named}


def test_the_reported_inputs():
    assert _named("Unite behind the manager, the chairman urged fans.") == set()
    assert _named("“Unite and fight,” said Tom Reid.") == {("Tom Reid", "person")}
    assert _named("Unite! the banners read as Tom Reid spoke.") == {("Tom Reid", "person")}


def test_the_union_is_kept():
    for text in ("Unite said: “Members will strike.”", "The union Unite said: “Members will strike.”",
                 "Unite warned the offer was “an insult to every worker”.",
                 "Unite general secretary Sharon Graham said: “Members will strike.”",
                 "Members will strike, Unite said."):
        assert ("Unite", "organisation") in _named(text), text


@FAST
@given(word, word, st.sampled_from(("behind", "against", "and fight", "for", "with", "now", "together", "!")))
def test_the_verb_opening_a_sentence_names_no_union(given_name, surname, after):
    for text in (f"Unite {after} the club, {given_name} {surname} urged fans.",
                 f"“Unite {after} the club,” said {given_name} {surname}."):
        assert ("Unite", "organisation") not in _named(text.replace(" !", "!")), text
