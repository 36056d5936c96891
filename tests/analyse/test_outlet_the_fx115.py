"""One outlet, one spelling: a title's "The" in a frame's run is the outlet's (BR67 on FX110; FX115).

"According to The Mercury News" and "told The Mercury News" credited "Mercury News" while "The Mercury News reported"
credited "The Mercury News" (s64 alike): the cues' lead-ins ("according to the ", "told the ") take a "the" of any
case, and an unknown outlet's name was the rest of the run. Now a "The" in capitals inside the sentence before the
run is the name's (agencynames.agency_form), as the report frame's run holds it; "the" in lower case as before.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.credits import credit_finder, detect_credits

HEADS = st.sampled_from(("News", "Herald", "Gazette", "Tribune", "Times", "Post", "Courier"))
FRAMES = st.sampled_from(("According to {o}, the dam burst.", "The mayor told {o} that the dam burst.",
                          "The dam burst, according to {o}."))


def _credited(text: str) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(()))]


def test_the_reported_outlet() -> None:
    expected = _credited("The Mercury News reported that the dam burst.")
    assert expected == ["The Mercury News"]
    assert _credited("According to The Mercury News, the dam burst.") == expected
    assert _credited("The mayor told The Mercury News that the dam burst.") == expected


def test_what_must_not_change() -> None:
    assert _credited("According to The Guardian, the dam burst.") == ["The Guardian"]
    assert _credited("According to the Islamic Republic News Agency, the dam burst.") == [
        "Islamic Republic News Agency"]


@FAST
@given(word, HEADS, FRAMES)
def test_one_outlet_one_spelling(name: str, head: str, frame: str) -> None:
    outlet = f"The {name} {head}"
    reported = _credited(f"{outlet} reported that the dam burst.")
    credited = _credited(frame.format(o=outlet))
    if reported and credited:  # (both frames read the run as an outlet's: the same spelling)
        assert credited == reported, (frame, outlet)
