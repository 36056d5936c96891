"""A spokesperson "for the operator" after a body the text does not name is nobody's it names (BR14, 2026-12-06).

06ae672a let "A spokesperson for the operator said:" speak for the sentence's subject when it is the only organisation
named so far that the noun fits ("Westmarch is understood to be examining … A spokesperson for the operator said"). A
breaker wrote "Network Rail is understood to be examining the fault, which stopped trains run by a private company. A
spokesperson for the operator said: …": the words went to Network Rail, the track's owner, not the company running
the trains. A body the text does not name ("a private company", "an operator", "another firm") between the subject
and the spokesperson leaves the spokesperson unnamed (analyse/nearvoices.py, `_UNNAMED_BODY`).
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

BODIES = ("a private company", "an operator", "another firm", "a contractor", "a train operating company")
NOUNS = ("operator", "company", "firm")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(BODIES), st.sampled_from(NOUNS))
def test_a_body_not_named_between_leaves_the_spokesperson_unnamed(body: str, noun: str) -> None:
    text = (f"Network Rail is understood to be examining the fault, which stopped trains run by {body}. "
            f"A spokesperson for the {noun} said: \u201cWe are sorry for the delays.\u201d")
    assert [q.name for q in quotes_in("Delays on the line", text)] == [None], text


@settings(max_examples=examples(20), deadline=None)
@given(st.sampled_from(NOUNS))
def test_without_one_the_only_organisation_that_fits_speaks(noun: str) -> None:
    text = ("Westmarch Rail is understood to be examining the fault on the line. "
            f"A spokesperson for the {noun} said: \u201cWe are sorry for the delays.\u201d")
    assert [q.name for q in quotes_in("Delays on the line", text)] == ["Westmarch Rail"], text
