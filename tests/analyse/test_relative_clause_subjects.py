"""A name inside a relative clause that describes the subject of a speech verb is not the speaker ("The boss of the
company that owns Brackenford Airport says she would consider selling it “at a fair price”" gave the quotation to
the airport; the tester's briefing, issue 9, 2026-12-05: relativeclauses.py)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentence():
    text = ("The boss of the company that owns Brackenford Airport says she would consider selling it to Westmoor "
            "District Council “at a fair price”.")
    assert _speakers(text) == [None]
    # (the clause of a person's: HEAD gave the company the quotation)
    text = "Anna Berg who chairs Acme Holdings said: “We will look at every option open to us.”"
    assert _speakers(text) != ["Acme Holdings"]


def test_what_must_not_change():
    kept = {
        "Anna Berg, who chairs the committee, said: “We will not give up on this town.”": ["Anna Berg"],
        "The chief executive of Acme Holdings said: “We will look at every option open to us.”": [None],
        "Anna Berg said that Tom Reid was “a good man who made mistakes”.": ["Anna Berg"],
        "“We will not give up on this town,” said Anna Berg, who chairs the committee.": ["Anna Berg"],
        "Acme Holdings, which owns the airport, said it would “look at every option”.": ["Acme Holdings"],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


_HEADS = st.sampled_from(("The boss of the company that owns", "The man who shot", "The woman who defeated",
                          "The chief executive of the group which runs", "A friend of the family that bought",
                          "The owner of the firm that employs"))
_KINDS = st.sampled_from(("person", "company", "airport"))


@FAST
@given(_HEADS, _KINDS, word, word, st.sampled_from(("says", "said", "told reporters")), st.booleans())
def test_a_name_in_a_relative_clause_does_not_speak(head, kind, first, second, verb, colon):
    name = {"person": f"{first} {second}", "company": f"{first} {second} Ltd", "airport": f"{first} Airport"}[kind]
    if colon:
        text = f"{head} {name} {verb}: “We have never been anything but honest with this town.”"
    else:
        text = f"{head} {name} {verb} the deal was “the best that could be had”."
    assert _speakers(text) == [None], text
