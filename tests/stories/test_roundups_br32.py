"""One event's reports under a roundup-like label (analyse/piecekinds.py; a breaker, BR32, 2026-12-07).

FX43's "week/month/year in <one or two words>" label made roundups of one event's reports, which similarity then kept
out of their story: "Week in Gaza: 400 killed as Israel expands offensive", "Week in Davos: Trump tells elites to
invest in US", "Year in space: Starliner crew finally home", "Month in Kyiv: a city under drones", "Week in court: Reale
jailed"; and a list of one event's people read as a list of events: "This week in court: Reale, Tulley and Nasution
charged", "Recap: Reale, Tulley and Nasution charged over levy fraud". Such a label now opens a roundup only before a
list of several news items, never before one clause or a list of names that is its subject; T22's "Week in palm:
levy, lawsuits and a joint front" stays a roundup (test_roundups_t22.py).
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.piecekinds import ROUNDUP, piece_kind

LABELS = ("Week in Gaza", "Week in Davos", "Year in space", "Month in Kyiv", "Week in court", "This week in court",
          "Recap", "Week in palm", "The week in Westminster", "Weekend in tech", "Evening wrap", "Palm oil this week")
SEPARATORS = (": ", " \u2014 ", " | ", " - ")
CLAUSES = ("400 killed as Israel expands offensive", "Trump tells elites to invest in US", "Starliner crew finally home",
           "a city under drones", "Reale jailed", "judge jails Tulley for nine years", "levy rises to 10% in December")
NAMES = ("Reale", "Tulley", "Nasution", "Macron", "Scholz", "Meloni", "Van der Berg", "Anwar Ibrahim")
PREDICATES = ("charged", "charged over levy fraud", "agree tariffs", "jailed for nine years", "")
ITEMS = ("levy", "lawsuits", "a joint front", "Reale resigns", "Tulley jailed", "two lawsuits", "a strike in Riau",
         "CPO futures fall")
BR32 = ("Week in Gaza: 400 killed as Israel expands offensive", "Week in Davos: Trump tells elites to invest in US",
        "Year in space: Starliner crew finally home", "Month in Kyiv: a city under drones", "Week in court: Reale jailed",
        "This week in court: Reale, Tulley and Nasution charged",
        "Recap: Reale, Tulley and Nasution charged over levy fraud",
        "Week in Paris: Macron, Scholz and Meloni agree tariffs")


def test_br32_reports_are_no_roundups() -> None:
    assert [title for title in BR32 if piece_kind(title)] == []
    assert piece_kind("Week in palm: levy, lawsuits and a joint front") == ROUNDUP


@settings(max_examples=examples(80), deadline=None)
@given(label=st.sampled_from(LABELS), sep=st.sampled_from(SEPARATORS), clause=st.sampled_from(CLAUSES))
def test_one_clause_after_the_label_is_a_report(label: str, sep: str, clause: str) -> None:
    assert piece_kind(label + sep + clause) == ""


def _joined(items: list[str], semicolons: bool) -> str:
    if semicolons:
        return "; ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


@settings(max_examples=examples(80), deadline=None)
@given(label=st.sampled_from(LABELS), sep=st.sampled_from(SEPARATORS[:2]),
       names=st.lists(st.sampled_from(NAMES), min_size=3, max_size=5, unique=True),
       predicate=st.sampled_from(PREDICATES))
def test_a_list_of_names_is_one_event(label: str, sep: str, names: list[str], predicate: str) -> None:
    """"Reale, Tulley and Nasution charged": one event's people, the subject of one clause, or the whole."""
    assert piece_kind(label + sep + _joined(names, False) + (" " + predicate if predicate else "")) == ""


@settings(max_examples=examples(80), deadline=None)
@given(label=st.sampled_from(LABELS), sep=st.sampled_from(SEPARATORS[:2]),
       items=st.lists(st.sampled_from(ITEMS), min_size=3, max_size=5, unique=True), semicolons=st.booleans())
def test_a_list_of_news_items_is_a_roundup(label: str, sep: str, items: list[str], semicolons: bool) -> None:
    """Several events' items after the label, or before it closing the headline: a roundup."""
    listed = _joined(items, semicolons)
    assert piece_kind(label + sep + listed) == ROUNDUP
    if " in " in label and not label.startswith("This"):
        assert piece_kind(listed + " \u2014 " + label.lower()) == ROUNDUP
