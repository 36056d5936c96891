"""A party's or a group's plural before a person's full name describes the name, as a title does ("Democrats Nancy
Pelosi and Chuck Schumer said": Nancy Pelosi; "Republicans Mike Johnson … Mr Johnson said": Mike Johnson; FX68,
2026-12-07: the person "Democrats Nancy Pelosi", the speaker "Republicans Mike Johnson"; groupnouns.members_before,
read by nameruns._classify). A plural that is a surname ("Tom Peers") and a members' body ("Democrats Abroad") read as
before. Properties over made-up names × plurals × frames, and the reported inputs.
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.nameruns import ORGANISATION, classify
from briefgen.analyse.people import find_people
from support.madeup import FAST, SAID, said, word

PLURALS = st.sampled_from(("Democrats", "Republicans", "Senate Republicans", "House Democrats", "Conservatives",
                           "Senators", "Labour Ministers"))


@FAST
@given(PLURALS, word, word, word, word, st.sampled_from(SAID))
def test_a_plural_before_full_names_is_no_part_of_them(plural: str, first: str, last: str, other: str, surname: str,
                                                      frame: str) -> None:
    assume(len({first, last, other, surname}) == 4)  # (two people of one surname: no one, fullnames.py)
    text = f"{plural} {first} {last} and {other} {surname} backed the bill. " + said(frame, f"Mr {last}")
    assert {n.full for n in names_in("", text) if n.kind == PERSON} == {f"{first} {last}", f"{other} {surname}"}, text
    assert [q.speaker for q in find_people("", text).quotes] == [f"{first} {last}"], text


def test_surnames_and_bodies_as_before() -> None:
    assert classify(("Tom", "Peers")) == (PERSON, 0)
    assert classify(("Democrats", "Abroad")) == (ORGANISATION, 0)
    assert classify(("Democrats",)) is None


def test_the_reported_inputs() -> None:
    text = '"This is shameful," Democrats Nancy Pelosi and Chuck Schumer said.'
    assert {n.full for n in names_in("", text) if n.kind == PERSON} == {"Nancy Pelosi", "Chuck Schumer"}
    text = 'Republicans Mike Johnson and John Thune said the bill would pass. "We have the votes," Mr Johnson said.'
    assert [q.speaker for q in find_people("", text).quotes] == ["Mike Johnson"]
