"""Two trials of briefings on one subject, labelled before their first build, as labelled sets (2026-12-05).

tests/stories/museum/ (35 reports of a painting stolen from the Harcastle Museum of Art, labels.md) and
tests/stories/mosaic/ (12 reports of a Roman mosaic found near Stanbury). Their first builds scored precision 0.90 and
1.00, recall 0.90 and 0.63:

- the Echo's CCTV appeal (13 October, "… a day after two other men were detained") joined the arrests' story (12
  October): two of the three arrest reports were less than 24 hours before it (followups.py, a count by the
  calendar; tests/analyse/test_follow_up_calendar.py);
- reports of one event the same morning were held apart for "no rare name in common": the subject's names
  (Harcastle, Stanbury) are in most articles, so none is rare (subjectnames.py).
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.stories import group_stories, story_features
from stories.storyeval import assignment, group, load_site

STORIES = Path(__file__).resolve().parent


def labelled(root: Path) -> dict[str, str]:
    """slug → story of a trial's labels.md ("- S1 theft, 5 Oct (…): slug, slug …")."""
    truth = {}
    for line in (root / "labels.md").read_text(encoding="utf-8").split("## Quotes")[0].splitlines():
        found = re.match(r"- (\w+) (.*)", re.sub(r"\(.*?\)", "", line))  # (a singleton's line has no colon)
        if found:
            for slug in re.findall(r"[a-z]\w*(?:-\w+)+", found.group(2).rpartition(":")[2]):
                truth[slug] = found.group(1)
    return truth


@pytest.mark.parametrize("name, size", [("museum", 35), ("mosaic", 12)])
def test_every_true_pair_and_no_wrong_one(name: str, size: int) -> None:
    truth, predicted = labelled(STORIES / name), assignment(group(load_site(STORIES / name)))
    assert len(truth) == size
    pairs = list(itertools.combinations(sorted(truth), 2))
    wrong = [p for p in pairs if predicted[p[0]] == predicted[p[1]] and truth[p[0]] != truth[p[1]]]
    missed = [p for p in pairs if predicted[p[0]] != predicted[p[1]] and truth[p[0]] == truth[p[1]]]
    assert (wrong, missed) == ([], [])


def test_the_reported_inputs() -> None:
    museum = group(load_site(STORIES / "museum"))
    assert museum.story_of("a18-echo-cctv").members == ("a18-echo-cctv",)
    assert "a04-culturewire-theft" in museum.story_of("a01-gazette-theft").members
    mosaic = group(load_site(STORIES / "mosaic"))
    assert set(mosaic.story_of("b02-westmoor-find").members) == {"b01-observer-find", "b02-westmoor-find",
                                                                 "b03-radio-find"}
    assert "b08-observer-nighthawks" in mosaic.story_of("b07-radio-nighthawks").members


TOWNS = ("Harcastle", "Stanbury", "Kelsby")
PEOPLE = (("Tomasz Brodecki", "Jonah Eastly"), ("Fiona Redfern", "Keira Moss"), ("Dev Malhotra", "Anwen Pryce"))
FILLER = ("{town} council discussed {thing} on {day}, the council said. Residents of {town} said the {thing} "
          "mattered to {town}.")
THINGS = ("parking charges", "the library budget", "a bus timetable", "street lighting", "the market hall",
          "bin collections", "a school crossing", "the swimming pool")
FIRST = ("Vandals smashed windows at the {town} library overnight, leaving glass across the reading room.",
         "{a}, the librarian, said the damage would take weeks to repair.")
AGAIN = ("Windows at the library in {town} were smashed by vandals during the night, with glass strewn through "
         "the reading room.", "{b}, who volunteers there, said the reading room would stay shut.")
OTHER = ("{c} opened a new reading room at the {town} library on Tuesday, with glass doors and windows.",
         "{c} said the room had cost less than expected.")


@settings(max_examples=examples(25), deadline=None)
@given(st.integers(0, 2), st.integers(6, 8), st.floats(0.05, 0.6))
def test_one_subjects_reports_of_one_morning_share_its_name_as_who(town: int, fillers: int, hours: float) -> None:
    """A briefing whose every report names its town: two reports of one event the same morning, whose leads name
    no one and whose bodies name different people, are one story; a report of another event of the town the same
    day, whose lead names who acts, stays apart."""
    name, (a, b) = TOWNS[town], PEOPLE[town]
    c = PEOPLE[(town + 1) % 3][0]
    start = dt.datetime(2026, 10, 6, 8, 0, tzinfo=dt.timezone.utc)
    texts = {"first": ("Library windows smashed", " ".join(FIRST).format(town=name, a=a)),
             "again": (f"Vandals attack {name} library", " ".join(AGAIN).format(town=name, b=b)),
             "other": (f"New reading room for {name}", " ".join(OTHER).format(town=name, c=c))}
    times = {"first": start, "again": start + dt.timedelta(days=hours / 4), "other": start + dt.timedelta(hours=9)}
    for k in range(fillers):
        texts[f"filler-{k}"] = (f"{name} council, item {k + 1}", FILLER.format(town=name, thing=THINGS[k],
                                                                              day="Monday"))
        times[f"filler-{k}"] = start - dt.timedelta(days=2 + k)
    articles = tuple(factories.article(slug, times[slug], source=f"Outlet {slug}", title=texts[slug][0])
                     for slug in sorted(texts))
    found = {slug: story_features(*texts[slug]) for slug in texts}
    grouping = group_stories(articles, found, factories.config())
    assert grouping.story_of("first").members == ("first", "again")
    assert grouping.story_of("other").members == ("other",)
