"""Two events of one dispute, two days or more apart, that share only their background (leadwords.py).

A school-closures trial (2026-12-04, tests/stories/closures/, labels in its labels.md) merged the Teachers' Bulletin's
report of a union's letter asking for job guarantees (6 March) with the Echo's report of a tense consultation meeting
at Foxhollow two days before (0.60, "job, staff, mile, branch, National Education Union, Sam Tregarthen"): the union's
secretary spoke at the meeting, and both re-tell it. Their headlines and first sentences share no word of what
happened. A pair two days or more apart (BACKGROUND_DAYS) that shares no original and whose leads share no key event
word is held apart (a suggestion with the reason); re-tellings share their lead's words and are compared as before.
Not fixed by this: the same trial's vote announced (12 March) and the call for the finance director to step aside
(13 March), one day apart, whose leads share only the council's name — within two days the labelled sets' reports of
one event lead with other words too (leadwords.py); an announcement and another act are held apart since 2026-12-05
(test_announcement_and_act.py).
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.leadwords import lead_terms
from briefgen.analyse.stories import group_stories, prepare, story_features
from briefgen.analyse.similarity import score_pairs
from stories.storyeval import load_site, group

CLOSURES = Path(__file__).resolve().parent / "closures"
UTC = dt.timezone.utc


def _truth() -> dict[str, str]:
    """slug → story of the trial's labels.md ("- story (date): slug, slug …")."""
    text = (CLOSURES / "labels.md").read_text(encoding="utf-8").split("## Quotes")[0]
    truth = {}
    for line in text.splitlines():
        found = re.match(r"- ([\w-]+) \(.*?\): (.*)", line)
        if found:
            for slug in re.findall(r"[a-z][\w-]+", re.sub(r"\(.*?\)|\[.*?\]", "", found.group(2))):
                truth[slug] = found.group(1)
    return truth


def test_the_trials_union_letter_and_meeting_are_two_stories() -> None:
    grouping = group(load_site(CLOSURES))
    assert grouping.story_of("bulletin-union-statement").members == ("bulletin-union-statement",)
    reasons = {s.held_apart for s in grouping.suggestions
               if {s.story, s.join} == {"bulletin-union-statement", "echo-foxhollow-meeting"}}
    assert reasons == {("their headlines and leads share no word of what happened, two days or more apart (two "
                        "events, one background)",)}
    truth = _truth()
    together = [pair for story in grouping.stories for pair in itertools.combinations(sorted(story.members), 2)]
    wrong = {pair for pair in together if truth[pair[0]] != truth[pair[1]]}
    assert wrong == set()  # (the vote announced and the call to step aside: an announcement and another act)
    assert len(together) - len(wrong) == 25  # (every true pair of the trial, as before the rule)


PEOPLE = (("Mara Lintott", "Owen Castellan"), ("Ifan Trevethan", "Bea Rosslyn"), ("Kezia Marwood", "Tobias Quell"))
SCHOOLS = ("Foxhollow", "Ashgrove", "Pellbrook")
BACKGROUND = ("{union}, secretary of the city's teachers' union branch, said staff at {school} had been told nothing "
              "about their jobs. \u201cTeachers are reading about their own futures in the paper,\u201d {union} said. "
              "Cabinet member {leader} said the minibus offer for the {school} families still stood.")
LETTER = ("Union demands job guarantees for staff at threatened schools",
          "The teachers' union has written to the council asking for a written promise that no teacher or "
          "teaching assistant will lose their job.")
MEETING = ("Parents confront councillor over {school} closure plan",
           "A consultation meeting at {school} Primary turned tense as parents accused the council of picking on the "
           "poorest estate in the city.")
LETTER_AGAIN = ("Teachers want written promise on jobs before schools shut",
                "Teachers have asked the council for a written promise on their jobs, the union said, warning that "
                "no teaching assistant should lose their job.")
FILLER = ("The council's plan to close schools in the city drew {n} letters, the council said. Parents said the "
          "closure plan would leave pupils walking further. The council will publish a report.")


def _briefing(people: int, school: int, gap: float, fillers: int) -> tuple:
    union, leader = PEOPLE[people]
    name = SCHOOLS[school]
    start = dt.datetime(2026, 3, 4, 19, 0, tzinfo=UTC)
    texts = {"meeting": (MEETING[0].format(school=name), MEETING[1].format(school=name) + "\n\n"
                         + BACKGROUND.format(union=union, leader=leader, school=name)),
             "letter": (LETTER[0], LETTER[1] + "\n\n" + BACKGROUND.format(union=union, leader=leader, school=name)),
             "again": (LETTER_AGAIN[0], LETTER_AGAIN[1] + "\n\n"
                       + BACKGROUND.format(union=union, leader=leader, school=name))}
    times = {"meeting": start, "letter": start + dt.timedelta(days=gap), "again": start + dt.timedelta(days=gap + 0.2)}
    sources = {"meeting": "Calder Echo", "letter": "Teachers' Bulletin", "again": "Valley Radio"}
    for k in range(fillers):
        slug = f"filler-{k}"
        texts[slug] = (f"Council plan for schools, part {k + 1}", FILLER.format(n=120 + 37 * k))
        times[slug] = start - dt.timedelta(days=1 + k % 5, hours=k)
        sources[slug] = f"Outlet {k}"
    articles = tuple(factories.article(slug, times[slug], source=sources[slug], title=texts[slug][0])
                     for slug in sorted(texts))
    found = {slug: story_features(title, text) for slug, (title, text) in texts.items()}
    return articles, found


@settings(max_examples=examples(40), deadline=None)
@given(st.integers(0, len(PEOPLE) - 1), st.integers(0, len(SCHOOLS) - 1), st.floats(2.0, 5.0), st.integers(8, 14))
def test_two_events_sharing_only_their_background_are_never_one_story(people: int, school: int, gap: float,
                                                                      fillers: int) -> None:
    """Two events of one dispute (a meeting, then a union's letter two to five days later), with the same people and
    background paragraph, never one story; the letter's re-telling keeps its pair with the letter uncapped by the
    rule (their leads share "job", "promise", "written" …)."""
    articles, found = _briefing(people, school, gap, fillers)
    grouping = group_stories(articles, found, factories.config())
    assert "meeting" not in grouping.story_of("letter").members
    ordered = tuple(sorted(articles, key=lambda a: a.slug))
    index = {a.slug: i for i, a in enumerate(ordered)}
    _, scored = score_pairs(prepare(ordered, found).reports, 14)
    pair = next((p for p in scored if {p.a, p.b} == {index["letter"], index["again"]}), None)
    assert pair is None or not pair.background, pair


def test_the_lead_terms_are_the_headlines_and_first_sentences() -> None:
    terms = lead_terms("Union demands job guarantees", "The union has written to the council. Staff met later.")
    assert "guarantee" in terms and "written" in terms and "staff" not in terms
