"""A future form and the day it names, far apart in one clause, announce that day; they are not news of it
(announcements.py, eventdays.py).

The reported input (a trial, 2026-12-04, /tmp/trialSN): The Municipal Review, 12 March, "Calderbridge City Council
will hold a vote of the full council on the proposed closure of three primary schools on Wednesday 18 March, weeks
earlier than expected." Its 82 characters between "will" and "on Wednesday" were over the 80 read, so the lead
announced nothing and eventdays read 18 March as the day of its news. The kind: "will hold/take place/vote … on <day>"
with the day after publication, the future form and the day in one clause, is an announcement of that day.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.announcements import FAR_CHARS, announced_before, announced_day, lead_announces
from briefgen.analyse.eventdays import event_day, lead_event_day

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
REPORTED = ("Calderbridge City Council will hold a vote of the full council on the proposed closure of three primary "
            "schools on Wednesday 18 March, weeks earlier than expected.\n\nThe council's monitoring officer "
            "confirmed the date in a notice published on Thursday. The vote will decide whether the proposals move "
            "on to the statutory notice stage.")


def test_the_trials_lead_announces_18_march() -> None:
    published = dt.date(2026, 3, 12).toordinal()
    assert announced_day(lead_announces(REPORTED), published) == dt.date(2026, 3, 18).toordinal()
    assert lead_event_day(REPORTED) == ""
    # (the council vote's report, 18 March evening, is its event: a related story, not this one)
    assert announced_before(lead_announces(REPORTED), published, "", dt.date(2026, 3, 18).toordinal())


FUTURES = st.sampled_from([("will", " hold a vote"), ("will", " take place"), ("will", " vote"),
                           ("is due to", " hold a meeting"), ("will", " meet"), ("is scheduled to", " hold a hearing"),
                           ("will", " hold its final debate")])
WORDS = st.sampled_from(["of", "the", "full", "council", "on", "proposed", "closure", "three", "primary", "schools",
                         "in", "hall", "plan", "budget", "members", "public", "at", "city"])


@settings(max_examples=examples(150), deadline=None)
@given(FUTURES, st.lists(WORDS, max_size=30), st.integers(1, 40), st.sampled_from(["weekday date", "date",
                                                                                  "weekday"]),
       st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31)))
def test_a_day_after_publication_named_in_the_clause_is_announced(future: tuple[str, str], filler: list[str],
                                                                  ahead: int, form: str, published: dt.date) -> None:
    """However far (to FAR_CHARS) a date follows the future form in its clause: announced, and not news of it. A
    weekday alone is read within 80 characters, as before (further, it most often ends a past clause: "will be
    allowed to pump more … after the ministry approved an emergency drought order on Friday"); never as news."""
    day = published + dt.timedelta(days=ahead if form != "weekday" else min(ahead, 6))
    written = {"weekday date": f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}",
               "date": f"{day.day} {MONTHS[day.month - 1]}", "weekday": WEEKDAYS[day.weekday()]}[form]
    words = list(filler)

    def lead_and_gap() -> tuple[str, int]:
        lead = " ".join(["The city council", future[0] + future[1], *words, "on", f"{written}, officials said."])
        return lead, lead.index(f" on {written}") + 1 - (len("The city council ") + len(future[0]))

    lead, gap = lead_and_gap()
    while gap > FAR_CHARS:
        words.pop()
        lead, gap = lead_and_gap()
    found = announced_day(lead_announces(lead), published.toordinal())
    if form != "weekday" or gap <= 80:
        assert found == day.toordinal(), (lead, gap)
    else:
        assert found is None, (lead, gap)
    news = event_day(lead_event_day(lead), published.toordinal())
    assert news is None or news <= published.toordinal(), lead  # (never the announced day as the news)
    assert news != day.toordinal()


def test_a_later_clause_or_sentence_is_not_the_announced_day() -> None:
    """Beyond 80 characters only one clause is read: a day after a comma far from the future form, or in the next
    sentence, is not announced by it (as before)."""
    far = ("The council will publish its response to the long-running consultation on school places and transport, "
           "which opened to the public in a packed meeting at the city hall on Monday 2 March.")
    assert lead_announces(far) == ""
    assert lead_announces("The council will vote. Parents met on Monday 2 March.") == ""
