"""A firm named with initials before one word ("J.C. Penney", "W. H. Smith") is a body when the article shows it to be
one, as a one-word name is (analyse/onewordbodies.py `reads_as_body`).

The last session's open finding (QW19's regression): once "S.K. Verma" was read as one person's name, "J.C. Penney,
which filed for bankruptcy …" and "J.C. Penney said its stores …" were people on the People pages. A name's words
tell such a firm from a person no better than "Tesco" from "Madonna": the article's evidence decides (", which",
"said its", "'s stores", "plc"), and without it the name stays a person's ("S.K. Verma said …").
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.people import find_people
from support.examples import examples

# (not "U.S.", "H.K.", "U.K.": a country's initials, read as its name before a word; nor "A." opening a text)
INITIALS = st.sampled_from(["J.C.", "W.H.", "H.J.", "S.K.", "P.D.", "J. C.", "W. H.", "T. S.", "J.R.R.", "M.K."])
WORD = st.sampled_from(["Penney", "Smith", "Heinz", "Moller-Maersk", "Verma", "Kumar", "Morgan", "Hale"])
EVIDENCE = ["{n}, which runs 800 stores, said sales fell on Monday.", "{n} said its stores would stay open.",
            "{n} said that its sales fell on Monday.", "Shares rose after {n}'s stores reopened.",
            "{n} plc said sales fell on Monday."]
NEUTRAL = ["{n} said sales fell on Monday.", "{n}, who runs the board, said sales fell on Monday.",
           "“Sales fell,” {n} said on Monday."]


def _kinds(text: str) -> dict[str, str]:
    return {named.full: named.kind for named in find_people("Retail", text).named}


@settings(max_examples=examples(80), deadline=None)
@given(INITIALS, WORD, st.sampled_from(EVIDENCE), st.sampled_from(NEUTRAL))
def test_initials_and_a_word_shown_to_be_a_body_are_an_organisation_and_else_a_person(
        initials: str, word: str, evidence: str, neutral: str) -> None:
    name = f"{initials} {word}"
    assert _kinds(evidence.format(n=name)).get(name) == "organisation", evidence.format(n=name)
    assert _kinds(neutral.format(n=name)).get(name) == "person", neutral.format(n=name)
    both = evidence.format(n=name) + " " + neutral.format(n=name)
    assert _kinds(both).get(name) == "organisation", both


def test_the_reported_firms() -> None:
    assert _kinds("J.C. Penney, which filed for bankruptcy in May, said it would close 150 stores.") == {
        "J.C. Penney": "organisation"}
    said = find_people("Retail", "J.C. Penney said its stores would stay open. “We will keep them open,” J.C. Penney "
                                 "said in a statement.")
    assert [(n.full, n.kind) for n in said.named] == [("J.C. Penney", "organisation")]
    assert [(q.speaker, q.kind) for q in said.quotes] == [("J.C. Penney", "organisation")]
    assert _kinds("S.K. Verma, the power minister, said the grid failed.") == {"S.K. Verma": "person"}
