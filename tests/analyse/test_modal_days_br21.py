"""BR21 finding 5, as a kind: a modal's verb phrase before a lead's day is a future, not the day of the news
(eventdays._MODAL): "could be rescued on Sunday", "could be lifted to the surface on Sunday", "may resume talks on
Monday" dated a day that had not come, where "will be rescued on Sunday" dated none."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.eventdays import lead_event_day

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MODALS = st.sampled_from(("could", "may", "might", "must", "should", "can", "would", "will", "ought to",
                          "may well", "might not"))
PHRASES = st.sampled_from(("be rescued", "be lifted to the surface", "reach the surface", "resume talks",
                           "be brought out of the mine", "return home", "vote", "be freed"))


@FAST
@given(MODALS, PHRASES, st.integers(0, 6))
def test_a_modal_before_the_day_is_a_future(modal: str, phrase: str, weekday: int) -> None:
    """Failed before (at 49917adf) for every modal but "will" and "would" with more than one word after it."""
    assert lead_event_day(f"The miners {modal} {phrase} on {WEEKDAYS[weekday]}, officials said.") == "", modal


@FAST
@given(st.sampled_from(("were rescued", "were lifted to the surface", "reached the surface", "resumed talks",
                        "could be heard tapping", "could not be reached")),
       st.integers(0, 6))
def test_what_happened_keeps_its_day(done: str, weekday: int) -> None:
    """A past verb, a past "could" of perceiving or reaching, dated."""
    assert lead_event_day(f"The miners {done} on {WEEKDAYS[weekday]}, officials said.") == f"p{weekday}", done
