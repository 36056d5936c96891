"""An outlet's name in capitals in a credit frame is read as a title writes it (FX110, 2026-12-07).

"THE TIMES OF INDIA reported" credited no one: known outlets are matched as written, and capitals matched only a whole
known alias ("REUTERS", "THE NEW YORK TIMES"). credits.detect_credits now reads such a run in a title's case
(shoutednames.title_cased), which finds "The Times" of "The Times of India" (another outlet, credited
by its name: outletlookalikes.within_known): the whole text's runs in capitals that hold a known name are read so
(shoutednames.recased), then only the frames credit. Lower-case prose credits no one, as before.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.shoutednames import title_cased

KNOWN = st.sampled_from(("The Times", "The Guardian", "The New York Times", "Reuters", "The Washington Post"))
FRAMES = st.sampled_from(("{o} reported that the dam burst.", "According to {o}, the dam burst.",
                          "The mayor told {o} that the dam burst."))


def _credited(text: str, outlets: tuple[str, ...] = ()) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(outlets))]


def test_the_reported_credit() -> None:
    assert _credited("THE TIMES OF INDIA reported that the dam burst.") == ["The Times of India"]
    # (in the other frames the name credits what it does in a title's case: "told The Times of India" no one, an older
    # reading: the frame's run is "Times of India", no known name)
    for frame in ("According to {o}, the dam burst.", "He told {o} that the dam burst."):
        assert _credited(frame.format(o="THE TIMES OF INDIA")) == _credited(frame.format(o="The Times of India"))


def test_prose_in_lower_case_credits_no_one() -> None:
    assert _credited("the times of india reported that the dam burst.") == []
    assert _credited("He said the times were hard, and a guardian of the peace told reporters so.") == []


@FAST
@given(KNOWN, FRAMES)
def test_a_known_outlet_in_capitals(outlet: str, frame: str) -> None:
    assert _credited(frame.format(o=outlet.upper())) == _credited(frame.format(o=outlet)) == [outlet]


@FAST
@given(st.sampled_from(("The Times", "The Guardian")), word, FRAMES)
def test_a_longer_title_in_capitals_is_read_as_in_title_case(outlet: str, place: str, frame: str) -> None:
    name = f"{outlet} of {place}"
    assert _credited(frame.format(o=name.upper())) == _credited(frame.format(o=name))
    assert title_cased(name.upper()) == name
