"""Words of places' names at either end of a capitalised run (analyse/nameruns.py, lexicon.PLACE_LEADS and
PLACE_HEADS): "Mount Hood" is a place, "Mason Mount" a person. A hypothesis draw named a person "Sanna
Mount", and no one was found (a trailing "Mount" made every such run a place); "Mount Hood" was a person."""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.analyse.names import names_in

GIVEN = st.sampled_from(["Mason", "Sanna", "Ingrid", "Tomas", "Harry", "Agnes"])
NAMES = st.text("abcdefghiklmnoprstuvz", min_size=3, max_size=8).map(str.capitalize)
LEADS = st.sampled_from(["Mount", "Mt", "Lake", "Cape", "Fort"])


@given(GIVEN)
def test_a_person_surnamed_mount_is_found(given_name: str) -> None:
    text = f"{given_name} Mount spoke in Oslo on Tuesday. Mount said the plan was ready."
    assert (f"{given_name} Mount", "person") in [(m.surface, m.kind) for m in names_in("", text)]


@given(LEADS, NAMES)
def test_a_run_led_by_a_place_word_is_no_person(lead: str, name: str) -> None:
    text = f"Climbers reached {lead} {name} on Monday, the rescue service said."
    assert not [m for m in names_in("", text) if m.kind == "person"], text
