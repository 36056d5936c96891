"""People pages' kinds a trial (2026-12-05) got wrong (nameruns._classify): "Art Recovery Register" was a person (a
register is a body: `MORE_ORG_HEADS`), and "Corn Exchange", the hall where a hearing was held, an organisation (a
commodity exchange is a building named after its old trade, a place: `_TRADE_HALLS`; no page). A stock or a metal
exchange stays a body.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from support.madeup import FAST, word
from briefgen.analyse.nameruns import classify
from briefgen.analyse.people import find_people


@FAST
@given(st.lists(word, min_size=1, max_size=2))
def test_a_register_is_a_body(words: list[str]) -> None:
    assert classify([*words, "Register"]) == ("organisation", 0)


@FAST
@given(st.sampled_from(["Corn", "Wool", "Coal", "Cotton", "Hop"]), st.lists(word, max_size=1))
def test_a_trade_hall_is_no_name(trade: str, town: list[str]) -> None:
    assert classify([*town, trade, "Exchange"]) is None
    text = f"More than 200 people crowded into the {' '.join([*town, trade])} Exchange on Saturday."
    assert not [n for n in find_people("t", text).named if "Exchange" in n.full]


def test_the_trials_names_and_exchanges_that_are_bodies() -> None:
    named = find_people("t", "Jonah Eastly, director of the Art Recovery Register, spoke. The session, at the Corn "
                             "Exchange, will hear from staff.").named
    assert [(n.full, n.kind) for n in named] == [("Jonah Eastly", "person"), ("Art Recovery Register", "organisation")]
    assert classify(["London", "Metal", "Exchange"]) == ("organisation", 0)
    assert classify(["Stock", "Exchange"]) == ("organisation", 0)
