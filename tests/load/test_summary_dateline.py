"""An article's summary does not open with a wire dateline (load/datelines.without_dateline, documents.summarise;
T13, 2026-12-06: every agency report's card, feed entry and description opened "LISFORD (Northern Wire) - …")."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.madeup import word

from briefgen.analyse.wirecopy import opening_dateline
from briefgen.load.documents import summarise
from briefgen.load.markup import MarkdownRenderer

LEAD = "Westmarch Rail asked the High Court on Friday to stop a strike on the {place} Line."


def _summary(markdown: str) -> str:
    return summarise(MarkdownRenderer().convert(markdown, "x").html)


def test_the_testers_summary() -> None:
    body = ("LISFORD (Northern Wire) - Westmarch Rail asked the High Court on Friday to stop a 48-hour strike on the "
            "Harrowmoor Line.\n\nThe company said the ballot was flawed.")
    assert _summary(body) == ("Westmarch Rail asked the High Court on Friday to stop a 48-hour strike on the "
                              "Harrowmoor Line.")


@settings(max_examples=examples(80), deadline=None)
@given(word, word, word, st.sampled_from(["-", "--", "\u2014", "\u2013"]), st.sampled_from(["", ", March 19"]))
def test_a_wire_dateline_is_no_summary(place: str, agency: str, line: str, dash: str, date: str) -> None:
    """Any dateline the story analysis reads as one (wirecopy.opening_dateline) is left out; the lead is kept whole."""
    lead = LEAD.format(place=line)
    body = f"{place.upper()}{date} ({agency} Wire) {dash} {lead}\n\nMore follows."
    assert opening_dateline(body)  # (the analysis reads it as a dateline: the same pattern)
    assert _summary(body) == lead
    assert _summary(f"{lead}\n\nMore follows.") == lead  # (no dateline: as before)
    assert _summary(f"{place.upper()} ({agency} Wire) {dash} ") != ""  # (a dateline alone stays: nothing else)
