"""The relative days a lead places its news on (eventdays.RELATIVE_DAYS, 2026-12-05, the ferry trial): "last night",
"this morning", "overnight", "earlier today", "tonight", "in the early hours" … are days as "yesterday" and "on
Thursday" are. The trial's courier-talks-fail ("Talks … broke up without agreement in Glasgow last night", 14 Nov)
joined the union organiser's interview (12 Nov) at 0.58/0.68: its lead dated no news, so nothing held them apart."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, strategies as st

from briefgen.analyse.eventdays import (OVERNIGHT, RELATIVE_DAYS, different_days, event_day, lead_event_day,
                                        news_after)
from stories.storyeval import group, load_site
from support.madeup import FAST, word

STORIES = Path(__file__).resolve().parent
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EXPRESSIONS = [(code, form) for code, forms in RELATIVE_DAYS.items() for form in forms]
days = st.integers(dt.date(2026, 1, 5).toordinal(), dt.date(2027, 12, 31).toordinal())
# Each relative day and the days of the news it may place (its article dated `day`).
SPAN = {"y": (-1, -1), "d0": (0, 0), OVERNIGHT: (-1, 0)}


@FAST
@given(st.sampled_from(EXPRESSIONS), word, word, days, st.booleans())
def test_every_relative_day_places_the_news(expression: tuple[str, str], name: str, place: str, day: int,
                                            capital: bool) -> None:
    code, form = expression
    lead = f"{name} {place} Ferries cancelled every sailing from {place}mouth {form} after a crew walked out.\n\nMore."
    if capital:  # (opening the sentence)
        lead = f"{form[0].upper()}{form[1:]}, {name} {place} Ferries cancelled every sailing after a walk-out.\n\nMore."
    happens = lead_event_day(lead)
    low, high = SPAN[code]
    assert happens == code and event_day(happens, day) == day + low
    # the same day named otherwise is the same news; a day outside its span is another's
    weekday = WEEKDAYS[(day + high - 1) % 7]
    named = lead_event_day(f"{name} {place} Ferries cancelled every sailing on {weekday} after a walk-out.")
    assert not different_days(happens, day, named, day)
    earlier = lead_event_day(f"{name} {place} Ferries cancelled every sailing on {WEEKDAYS[(day + low - 3) % 7]}.")
    assert different_days(happens, day, earlier, day) and different_days(earlier, day, happens, day)
    # a report published two days before, its lead naming no day, could not tell it
    assert news_after(happens, day, day * 86400.0, day - 2, (day - 2) * 86400.0)


@FAST
@given(st.sampled_from(EXPRESSIONS), word, word)
def test_a_relative_day_that_dates_no_news(expression: tuple[str, str], name: str, place: str) -> None:
    form = expression[1]
    assert lead_event_day(f"Ferries will not sail to {place} {form}, {name} Ferries said.") == ""  # ahead
    assert lead_event_day(f"{name} said {form} that the strike would go ahead at {place}.") == ""  # a statement
    assert lead_event_day(f"Two men were in custody {form} after raids at {place} linked to {name}.") == ""  # a state
    if form != "overnight":  # (a possessive: background)
        assert lead_event_day(f"After {form}'s talks at {place}, {name} Ferries made an offer.") == ""


def test_the_reported_inputs() -> None:
    lead = "Talks aimed at averting Monday’s ferry strike broke up without agreement in Glasgow last night after almost nine hours."
    assert lead_event_day(lead) == "y"
    ferry = group(load_site(STORIES / "ferry"))
    assert ferry.story_of("courier-talks-fail").members == ("courier-talks-fail",)
    assert set(ferry.story_of("islesfm-orourke").members) == {"islesfm-orourke", "ferryweek-orourke-interview"}
    museum = group(load_site(STORIES / "museum"))  # (a state at writing time dates no news: the museum trial)
    assert {"a16-sentinel-arrests", "a17-gazette-arrests"} <= set(museum.story_of("a15-valeradio-arrests").members)
