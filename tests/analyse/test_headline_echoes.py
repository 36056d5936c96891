"""A headline's quotation that its text quotes again is listed once on the speaker's People page.

A trial (2026-12-03): the headline "“We will not freeze,” says Peña" over "“We will not freeze,” Lucía Peña said
on Tuesday" listed "We will not freeze" twice on her page, and her article showed "Lucía Peña (2 quotes)";
the wildfire set's "'There was no time': Marlow residents describe fleeing" did the same for Gloria Hatch.
Property over made-up words: a headline quotation whose words the text's quotation by the same speaker holds
(the same, or a longer one) is dropped; a headline quotation the text does not hold stays.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.people import find_people

WORDS = ("not", "freeze", "heating", "grants", "winter", "pensioners", "act", "now", "bills", "help", "cut", "them")
# (a clause: "We will …"; a headline's words without a verb, "Heating grants now", are no quotation, quotemarks.py)
phrase = st.lists(st.sampled_from(WORDS), min_size=2, max_size=5, unique=True).map(lambda w: "We will " + " ".join(w))


@settings(max_examples=examples(100), deadline=None)
@given(phrase, st.sampled_from(("", " this winter", " and we will help")), st.booleans())
def test_an_echoed_headline_quotation_is_listed_once(words: str, more: str, colon: bool) -> None:
    title = f"Peña: “{words}”" if colon else f"“{words},” says Peña"
    found = find_people(title, f"“{words}{more},” Lucía Peña said on Tuesday, announcing grants for pensioners.")
    assert [(q.speaker, q.text) for q in found.quotes] == [("Lucía Peña", words + more)]


@settings(max_examples=examples(50), deadline=None)
@given(phrase, phrase)
def test_a_headline_quotation_the_text_does_not_hold_stays(headline: str, body: str) -> None:
    if f" {headline.lower()} " in f" {body.lower()} ":
        return
    found = find_people(f"Peña: “{headline}”", f"“{body},” Lucía Peña said on Tuesday.")
    assert [q.text for q in found.quotes] == [headline, body]
