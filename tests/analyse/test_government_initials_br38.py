"""A government's initials ("PM", "FM", "VP") are no title before a weekday or a month (a clock's: "By 11 PM Tuesday
Tom Harris had left") or before a firm's head word ("VP Records said"): BR38, 2026-12-07; governmentinitials.py, read
by nameruns._abbreviated_title and runparts.parts. Main at fa9940fa had persons "Tuesday Tom Harris" and "Records".
Fails before the fix.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.people import find_people

NAMES = st.sampled_from(("Tom Harris", "Anna Berg", "Ruth Caldwell", "Priya Sen", "Marcus Webb"))
DAYS = st.sampled_from(("Monday", "Tuesday", "Friday", "Sunday", "January", "March", "November"))


def _named(text: str) -> dict[str, str]:
    return {n.full: n.kind for n in find_people("Music", text).named}


def test_the_reported_inputs():
    assert _named('By 11 PM Tuesday Tom Harris had left. "Bye," he said.') == {"Tom Harris": "person"}
    named = _named('VP Records said the album sold well. "Good," said Tom Harris.')
    assert "Records" not in named and named.get("VP Records") != "person", named
    # what FX65 made titles stay titles
    assert "Chính" in _named('PM Chính said the plan was ready. "Build," PM Chính said.')
    assert "Wang Yi" in _named('PM Modi met FM Wang Yi. "Friends," FM Wang said.')


@FAST
@given(st.sampled_from(("PM", "AM")), st.integers(1, 12), DAYS, NAMES, st.sampled_from(("By", "At", "Before", "Until")))
def test_a_clock_before_a_day_is_no_title(clock, hour, day, name, lead):
    named = _named(f"{lead} {hour} {clock} {day} {name} had left the office.")
    assert named == {name: "person"}, named


@FAST
@given(st.sampled_from(("VP", "PM", "FM")), st.sampled_from(("Records", "Studios", "Pictures", "Films", "Productions")))
def test_initials_before_a_firms_head_are_no_title(initials, head):
    named = _named(f"{initials} {head} said the album sold well.")
    assert head not in named, named  # read whole, as before FX65 (a label: "Records" heads an organisation's name)
    assert f"{initials} {head}" in named and (head != "Records" or named[f"{initials} {head}"] == "organisation"), named
