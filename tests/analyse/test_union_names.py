"""A union's one-word name is an organisation, never a person: "Unite said" listed a person "Unite" and "The union
Unite said" gave the words to a person (a breaker, issue 9, 2026-12-05: lexicon.ORG_NAMES now holds unite, unison,
usdaw, aslef, nasuwt)."""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in


def test_the_reported_inputs():
    for text in ("The union Unite said: “Members will strike.”", "Unite said: “Members will strike.”"):
        assert [(q.name, q.kind) for q in quotes_in("", text)] == [("Unite", "organisation")], text
        assert {(n.full, n.kind) for n in find_people("", text).named} == {("Unite", "organisation")}, text
    text = "Procter and Gamble said: “We are reviewing the findings.”"  # (no one: test_names_with_and.py)
    assert not {n.full for n in find_people("", text).named if n.kind == "person"}


@given(st.sampled_from(("Unite", "Unison", "Usdaw", "Aslef")), st.sampled_from(("said", "told members", "warned")))
def test_a_unions_name_is_an_organisation(union, verb):
    text = f"{union} {verb} the offer was “an insult to every worker”."
    assert all(n.kind == "organisation" for n in find_people("", text).named), text
