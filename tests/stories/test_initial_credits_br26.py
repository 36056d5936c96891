"""An agency known by its bracketed initials is credited where a reader reads the agency (BR26, 2026-12-06, after
be16af8f's fixes of BR25):

- "PAI said on Tuesday the blast killed two workers" is news of others the agency gives: a credit, as ", PAI said."
  after the news is; only what a body says of itself ("TAP said it would cancel 40 flights", "…its pilots would
  strike") is its own news (initialcredits._of_itself);
- initials drawn from inside a long compound word are the name's too: "Norsk Telegrambyrå (NTB)", "Schweizerische
  Depeschenagentur (SDA)" (outletkeys._compound_initials), while "Politico (EU)", "Reuters (UK)", "Reuters (RT)" and
  "Deutsche Welle (DE)" still give no form.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.outletkeys import bracket_initials

SOURCES = ("Polska Agencja Informacyjna (PAI)", "Agence Tunis Afrique Presse (TAP)", "Press Trust of India (PTI)",
           "Reuters", "Norsk Telegrambyrå (NTB)", "Schweizerische Depeschenagentur (SDA)",
           "Polska Agencja Prasowa (PAP)", "Islamic Republic News Agency (IRNA)")
FINDER = credit_finder(SOURCES)


def _credited(text: str) -> list[str]:
    return [credit.outlet for credit in detect_credits(text, FINDER)]


@pytest.mark.parametrize("text, outlet", [
    ("PAI said on Tuesday the blast killed two workers near the border.", "Polska Agencja Informacyjna (PAI)"),
    ("PAP said police closed the pass.", "Polska Agencja Prasowa (PAP)"),
    ("IRNA said on Tuesday that 40 people died.", "Islamic Republic News Agency (IRNA)"),
    ("The pass was closed, PAP said on Tuesday, citing police.", "Polska Agencja Prasowa (PAP)"),
    ("The pass was closed, PAP said, adding that more snow was due.", "Polska Agencja Prasowa (PAP)"),
    ("NTB reported that the ferry ran aground.", "Norsk Telegrambyrå (NTB)"),
    ("The ferry ran aground, NTB wrote.", "Norsk Telegrambyrå (NTB)"),
    ("SDA reported that the pass was shut.", "Schweizerische Depeschenagentur (SDA)"),
])
def test_the_reported_credits(text: str, outlet: str) -> None:
    """BR26's inputs: each failed at dd85ec3c (no credit)."""
    assert _credited(text) == [outlet]


NEWS = ("the blast killed two workers", "police closed the pass", "40 people had died", "the ferry ran aground",
        "talks would resume on Friday")
OWN = ("it would cancel 40 flights", "its pilots would strike", "they would boycott the vote", "it had hired lawyers",
       "we will not sell the airline")
TIMES = ("", " on Tuesday", " late on Monday", " yesterday")


@settings(max_examples=examples(60), deadline=None)
@given(short=st.sampled_from(["PAI", "PAP", "IRNA", "NTB"]), time=st.sampled_from(TIMES),
       that=st.sampled_from(["", " that"]), news=st.sampled_from(NEWS), own=st.sampled_from(OWN))
def test_an_agency_saying_news_of_others_is_credited_and_its_own_news_is_not(short: str, time: str, that: str,
                                                                                news: str, own: str) -> None:
    outlet = next(source for source in SOURCES if source.endswith(f"({short})"))
    assert _credited(f"{short} said{time}{that} {news}.") == [outlet]
    assert _credited(f"{short} said{time}{that} {own}.") == []


@pytest.mark.parametrize("long, short, expected", [
    ("Norsk Telegrambyrå", "NTB", True), ("Schweizerische Depeschenagentur", "SDA", True),
    ("Polska Agencja Informacyjna", "PAI", True), ("Agence Tunis Afrique Presse", "TAP", True),
    ("Politico", "EU", False), ("Reuters", "UK", False), ("Reuters", "RT", False), ("Deutsche Welle", "DE", False),
    ("Euronews", "EN", False), ("Ulster News", "UN", False), ("Norsk Telegrambyrå", "NTX", False),
    ("Norsk Telegrambyrå", "TB", False),
])
def test_compound_initials(long: str, short: str, expected: bool) -> None:
    assert bracket_initials(long, short) is expected
