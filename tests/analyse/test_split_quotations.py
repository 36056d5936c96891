"""A quotation its own frame splits is one quote on a People page (analyse/quotejoin.py).

A heat-wave trial's page of Nikos Theodorou showed '"This is not rationing yet," said … Nikos Theodorou. "It is
what keeps us away from rationing."' as two quotes; '“We will,” she said, “not back down.”' was two as well.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.people import find_people

NIKOS = ('"This is not rationing yet," said water company spokesperson Nikos Theodorou. '
         '"It is what keeps us away from rationing."')


def said(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in find_people("", text).quotes]


def test_the_trial_quotation_is_one_quote() -> None:
    assert said(NIKOS) == [("Nikos Theodorou",
                            "This is not rationing yet. It is what keeps us away from rationing.")]


def test_a_sentence_its_frame_interrupts_reads_with_an_ellipsis() -> None:
    text = "Ines Harrowgate addressed the rally. \u201cWe will,\u201d she said, \u201cnot back down.\u201d"
    assert said(text) == [("Ines Harrowgate", "We will \u2026 not back down.")]


def test_parts_a_paragraph_or_another_sentence_divides_stay_apart() -> None:
    text = ("\u201cWe will,\u201d said Ines Harrowgate, \u201cnot back down.\u201d\n\n"
            "\u201cWe are ready,\u201d she said.")
    assert said(text) == [("Ines Harrowgate", "We will \u2026 not back down."), ("Ines Harrowgate", "We are ready")]


WORD = st.sampled_from("we will not back down the wards are empty and nobody listens to nurses".split())
CONTENT = frozenset("back down wards empty nobody listens nurses".split())
# (a part of function words alone, "We to to to", is no quotation at all: quotes_in reads none there)
PART = st.lists(WORD, min_size=4, max_size=8).filter(lambda words: bool(CONTENT & set(words)))
NAMES = st.sampled_from(["Ines Harrowgate", "Colm Brady", "Nikos Theodorou", "Maureen Ashby"])


@settings(max_examples=60, deadline=None)
@given(NAMES, PART, PART, st.booleans(),
       st.sampled_from(["said {n}", "{n} said"]))
def test_every_split_quotation_is_one_quote_of_its_speaker(name, first, second, new_sentence, frame) -> None:
    """Whatever the words, a quotation split by its frame ('“A,” said X, “b.”' or '“A,” said X. “B.”') is one
    quote of X holding both parts' words in order, and nobody else is quoted."""
    a = " ".join(first).capitalize()
    b = " ".join(second)
    b = b.capitalize() if new_sentence else b
    joint = ". " if new_sentence else ", "
    text = f"\u201c{a},\u201d {frame.format(n=name)}{joint}\u201c{b}.\u201d"
    quotes = find_people("", text).quotes
    assert [q.speaker for q in quotes] == [name], (text, quotes)
    assert quotes[0].text.startswith(a) and quotes[0].text.endswith(f"{b}."), (text, quotes[0].text)
    assert ("\u2026" in quotes[0].text) == (not new_sentence)
