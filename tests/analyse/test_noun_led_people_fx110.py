"""A name after an industry's or a company's noun that the article shows to be a person's is a person (FX110, 2026-12-07).

"The utility Kestrel Hollin said … Kestrel Hollin, the utility's chief, said …" listed the chief as an organisation:
industrywords.firm_noun made the run after "the utility" a company's, and orgnames.firms_and_things every mention of
it (FX106 left it). Now the noun makes no company of a name of two words or more that a title, a person's appositive
or a "he"/"she" of its clause shows to be a person's at some mention (nounledpeople.noun_led_person). With no such
frame, or a name of one word ("the utility Iberagua"), a company as before.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people

NOUNS = st.sampled_from(("utility", "firm", "company", "lender", "insurer", "carrier", "retailer", "group", "telco",
                         "steelmaker"))
PERSON_FRAMES = st.sampled_from(("{n}, the {noun}'s chief, said the work was hard.",
                                 "Chief executive {n} apologised on Tuesday.",
                                 "{n}, 54, apologised on Tuesday.",
                                 "Ms {n} apologised on Tuesday."))


def _kinds(text: str) -> dict[str, str]:
    return {n.full: n.kind for n in find_people("Outage", text).named}


@pytest.mark.parametrize("text, kind", [
    ("The utility Kestrel Hollin said the outage would end on Friday. Kestrel Hollin, the utility's chief, said the "
     "work was hard.", "person"),
    ("Kestrel Hollin, the utility's chief, said the outage would end. The utility Kestrel Hollin said it was sorry.",
     "person"),
    ("The utility Kestrel Hollin said the outage would end on Friday.", "organisation"),  # (no person's frame)
])
def test_the_reported_article(text: str, kind: str) -> None:
    assert _kinds(text) == {"Kestrel Hollin": kind}


def test_what_must_not_change() -> None:
    assert _kinds("The utility Iberagua said the outage would end.") == {"Iberagua": "organisation"}
    assert _kinds("The firm Brannock Holdings said it was sorry.") == {"Brannock Holdings": "organisation"}


@FAST
@given(NOUNS, word, word, PERSON_FRAMES)
def test_a_person_framed_elsewhere_stays_a_person(noun: str, first: str, last: str, frame: str) -> None:
    assume(first != last)
    name = f"{first} {last}"
    text = f"The {noun} {name} said the outage would end on Friday. " + frame.format(n=name, noun=noun)
    assert _kinds(text).get(name) == "person", text


@FAST
@given(NOUNS, word, word)
def test_no_frame_a_company(noun: str, first: str, last: str) -> None:
    assume(first != last)
    name = f"{first} {last}"
    text = f"The {noun} {name} said the outage would end on Friday. {name} has 40 branches."
    assert _kinds(text).get(name) == "organisation", text
