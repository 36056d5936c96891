"""Person evidence beats placeuses' place reading (FX117, item 1; breaker BR69 on FX109): a title, an age or job
appositive, "who", a full name anywhere in the article keep a one-word speaker the article also uses as a place
("trained in Jordan"); a place use is "in X" only where no capitalised word follows ("in Trump Tower");
personuses.used_as_person. FX109's "Osaka said:" after "in Osaka" (no person evidence) still names no one."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_people("Story", text).quotes]


def test_reported_inputs() -> None:
    assert _speakers("Mr Jordan said: “We won.” The team trained in Jordan.") == ["Jordan"]
    assert _speakers("Jordan, a striker, said: “We won.” The team trained in Jordan.") == ["Jordan"]
    assert _speakers("Jordan, 24, said: “We won.” The team trained in Jordan.") == ["Jordan"]
    assert _speakers("“We won,” said Jordan, who grew up in Jordan.") == ["Jordan"]
    assert _speakers("“We won,” Jordan said. Michael Jordan, who trained in Jordan, scored 30.") == ["Michael Jordan"]
    assert _speakers("Trump, the president, said: “We won.” It was held in Trump Tower.") == ["Trump"]
    assert _speakers("The summit was held in Osaka last week. Osaka said: “We will count every vote.”") == []


EVIDENCE = st.sampled_from([
    ("Mr {w} said: “We won.” The team trained in {w}.", "{w}"),
    ("{w}, a striker, said: “We won.” The team trained in {w}.", "{w}"),
    ("{w}, the coach, said: “We won.” The team trained in {w}.", "{w}"),
    ("{w}, 24, said: “We won.” The team trained in {w}.", "{w}"),
    ("“We won,” said {w}, who grew up in {w}.", "{w}"),
    ("“We won,” {w} said. Michael {w}, who trained in {w}, scored 30.", "Michael {w}"),
    ("{w} said: “We won.” It was held in {w} Tower.", "{w}"),
])


@given(word, EVIDENCE)
@example("Jordan", ("Mr {w} said: “We won.” The team trained in {w}.", "{w}"))
@FAST
def test_person_evidence_beats_a_place_use(name: str, case: tuple[str, str]) -> None:
    text = case[0].format(w=name)
    assert _speakers(text) == [case[1].format(w=name)], text


PLACE_APPOSITIVES = st.sampled_from(["The summit was held in {w}, a city of two million.",
                                     "Delegates flew in from {w}, the capital, on Monday.",
                                     "The {w}-based firm grew."])


@given(word, PLACE_APPOSITIVES)
@FAST
def test_a_place_appositive_is_no_person_evidence(name: str, place: str) -> None:
    text = place.format(w=name) + " " + f"{name} said: “We will count every vote.”"
    assert _speakers(text) == [], text
