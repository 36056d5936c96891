"""A town in a local outlet's name is a name of the outlet's own reports when they write it apart from that name
(analyse/outletwords.py; a hostile re-test, 2026-12-05: three reports of one council vote two hours apart, all
writing "Harcastle council approved a … fund to repair the Harcastle museum roof", and the Harcastle Echo's, the
first, was held apart for "no rare name in common", 0.45, even with another's text copied word for word)."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.outletwords import only_in_names
from briefgen.analyse.stories import group_stories, story_features

START = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.timezone.utc)
TEXT = ("{town} council approved a £4.2m fund to repair the {town} museum roof on Monday, with 340 jobs protected.\n\n"
        "The vote passed 31 to 12, councillors said. Work starts in 2027.")
TOWNS = ("Harcastle", "Stanbury", "Kelsby", "Fellbrook", "Dunmore")
OUTLETS = ("{town} Echo", "{town} Evening Post", "Radio {town}", "The {town} Gazette", "{town} Weekly News")


def _grouped(sources: list[str], town: str, hours: list[float]) -> list[tuple[str, ...]]:
    articles = tuple(factories.article(f"r{k}", START + dt.timedelta(hours=h), source=source,
                                       title=f"{town} council approves museum repair fund")
                     for k, (source, h) in enumerate(zip(sources, hours)))
    found = {a.slug: story_features(a.title, TEXT.format(town=town)) for a in articles}
    grouping = group_stories(articles, found, factories.config())
    return sorted({grouping.story_of(a.slug).members for a in articles})


def test_the_reported_input() -> None:
    assert _grouped(["Harcastle Echo", "Dunmore Post", "Kelby Courier"], "Harcastle", [0, 2, 6.5]) == [
        ("r0", "r1", "r2")]


@settings(max_examples=examples(20), deadline=None)
@given(town=st.sampled_from(TOWNS), outlet=st.sampled_from(OUTLETS), second=st.sampled_from(OUTLETS + ("Kelby Courier",)),
       first=st.integers(0, 2), gap=st.floats(0.5, 6))
def test_a_local_outlets_report_joins_the_others(town: str, outlet: str, second: str, first: int, gap: float) -> None:
    """Three reports of one event hours apart, one (or two) from outlets whose names hold the town they write about,
    at any place in the order: one story."""
    sources = ["Dunmore Post" if town != "Dunmore" else "Bexley Post", "Westmoor Observer"]
    sources.insert(first, outlet.format(town=town))
    if second.format(town=town) not in sources:
        sources[(first + 1) % 3] = second.format(town=town)
    assert _grouped(sources, town, [0, gap, 2 * gap]) == [("r0", "r1", "r2")]


@settings(max_examples=examples(30), deadline=None)
@given(town=st.sampled_from(TOWNS), outlet=st.sampled_from(OUTLETS), times=st.integers(1, 3), apart=st.integers(0, 2))
def test_a_town_written_only_in_the_outlets_name_is_no_who(town: str, outlet: str, times: int, apart: int) -> None:
    """A report's outlet words are no who when it writes them only inside the name (a dateline, "told the … Echo"),
    however often; the town counts once it writes it apart from the name."""
    name = outlet.format(town=town)
    text = " ".join([f"Fishermen blockaded the port, the {name} reported."] * times
                    + [f"Boats from {town} joined them."] * apart)
    features = story_features("Port blockade", text)
    found = only_in_names([name.lower().removeprefix("the ")], features.term_list(), features.weights)
    assert (town.lower() in found) == (apart == 0)
    assert only_in_names(["reuters"], (), b"") == {"reuter"}  # (a one-word outlet is its word wherever it stands)

