"""A lead sentence that opens with "Tomorrow" announces its news for the next day (analyse/announcements.py).

The reported input (a trial of a city's school closures, 2026-12-04): Calderbridge Live's eve-of-vote blog of 17 March
("08:10 Good morning. Tomorrow the full council votes on whether to press ahead …") joined the vote's reports of 18
March, and the story page said "First reported here by Calderbridge Live, 17 March". Its present tense had no future
form. The kind: "Tomorrow" opening either of the lead's first two sentences, in any tense, after a live blog's time
or not; not when a reporting verb dates the sentence, nor "today"/"tonight".
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.announcements import announced_before, lead_announces

OPENERS = st.sampled_from(["", "08:10 ", "Good morning. ", "**09:45** Good morning. ", "Parents are angry. "])
TOMORROW = st.sampled_from(["Tomorrow", "Tomorrow morning", "Tomorrow evening,", "Tomorrow’s"])
CLAUSES = st.sampled_from(["the full council votes on the closures.", "councillors decide the schools' fate.",
                           "vote decides whether St Wenna's closes.", "the judge rules on the parents' claim."])


@settings(max_examples=examples(100), deadline=None)
@given(OPENERS, TOMORROW, CLAUSES)
def test_a_sentence_opening_with_tomorrow_announces_the_next_day(opener: str, tomorrow: str, clause: str) -> None:
    text = f"{opener}{tomorrow} {clause} We will follow the lobbying."
    assert lead_announces(text) == "d1", text
    day = 740000  # the blog's date; the event's reports the next day are held apart
    assert announced_before("d1", day, "", day + 1) and not announced_before("d1", day, "", day)


def test_what_announces_nothing() -> None:
    for text in ("Tonight the council voted to close the schools.", "Today the council votes on the closures.",
                 "The council met. Tomorrow is too late, she said.",
                 "Parents gathered on Monday. They marched to City Hall. Tomorrow the council votes."):  # third
        assert lead_announces(text) == "", text


def test_the_reported_live_blog() -> None:
    text = ("08:10 Good morning. Tomorrow the full council votes on whether to press ahead with closing St Wenna's, "
            "Millbrook and Foxhollow. We will follow the lobbying today.\n\n09:45 Save Calderbridge Schools has "
            "delivered a petition of 6,100 signatures to City Hall.")
    assert lead_announces(text) == "d1"
