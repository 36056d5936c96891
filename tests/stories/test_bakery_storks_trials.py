"""Two more trials of one-subject briefings, labelled before their first build, as labelled sets (2026-12-05).

tests/stories/bakery/ (34 reports of a bakery chain's salmonella outbreak, labels.md) and tests/stories/storks/ (12
reports of storks nesting on a cathedral). Their first builds scored precision 0.90 and 1.00, recall 1.00 and 0.57:

- the opposition's amendment, "… its food spokesperson announced on Friday" (20 March), joined the minister's £2m
  pledge "on Wednesday" (18 March) at 0.63, on the pledge its last line recalled: a lead that states a plan places
  its news on its statement's day (eventdays.py), so the two leads' days differ;
- a radio station's live blog, "Thursday's updates", joined a paper's explainer of the bacteria's genetics the next
  morning at 0.74: a live blog's news is its own day, and a report that dates no news of its own is not its story's
  (eventdays.live_day_apart, stories.py);
- related links: the live blog's three days are its updates (relatedlinks.live_updates); the committee's
  announcement of its hearing was linked to the minister's visit "a day after MPs questioned him", a follow-up of
  the hearing, not the announced event (relatedlinks.another_event).

The storks set's three missed pairs were found since (docs/stories.md): the two webcam reports, one writing only
"the cathedral", share a word of the subject's name (subjectnames.py); the nest's County Herald report, which shares
almost no word with the radio's, and the radio's each re-tell the Observer's of that morning with two of its names
(story_bridges.py, 2026-12-05).
"""
from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.eventdays import LIVE_DAY, event_day, lead_event_day
from briefgen.analyse.liveblog import live_blog
from briefgen.analyse.stories import group_stories, story_features
from stories.storyeval import assignment, group, load_site
from stories.test_one_subject_trials import labelled

STORIES = Path(__file__).resolve().parent
# The storks set's pairs its first build missed that no rule finds: none since 2026-12-05 (module docstring).
STORKS_MISSED: set[tuple[str, str]] = set()


@pytest.mark.parametrize("name, size, known_missed", [("bakery", 34, set()), ("storks", 12, STORKS_MISSED)])
def test_no_wrong_pair_and_no_true_pair_lost(name: str, size: int, known_missed: set) -> None:
    truth, predicted = labelled(STORIES / name), assignment(group(load_site(STORIES / name)))
    assert len(truth) == size
    pairs = list(itertools.combinations(sorted(truth), 2))
    wrong = [p for p in pairs if predicted[p[0]] == predicted[p[1]] and truth[p[0]] != truth[p[1]]]
    missed = {p for p in pairs if predicted[p[0]] != predicted[p[1]] and truth[p[0]] == truth[p[1]]}
    assert wrong == []
    assert missed <= known_missed


def test_the_reported_inputs() -> None:
    bakery = group(load_site(STORIES / "bakery"))
    assert bakery.story_of("gazette-kerrigan-lab").members == ("gazette-kerrigan-lab",)
    assert bakery.story_of("valleyradio-live-mar5").members == ("valleyradio-live-mar5",)
    assert bakery.story_of("courant-achebe-strain").members == ("courant-achebe-strain",)
    related = {(r.first, r.second) for r in bakery.related}
    assert {("valleyradio-live-mar5", "valleyradio-live-mar6"), ("valleyradio-live-mar6", "valleyradio-live-mar7"),
            ("ledger-committee-announced", "civicpost-committee-hearing")} <= related
    assert ("ledger-committee-announced", "gazette-kerrigan-lab") not in related


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PLANS = ("will table an amendment requiring ministers to set a minimum budget",
         "is to publish a bill that would protect the grant", "plans to force a vote on the cuts",
         "intends to bring the scheme back", "will call for an inquiry into the closures")
SPEAKERS = ("its food spokesperson", "the party's leader", "a spokesman", "Priya Lindqvist", "the union")
STATEMENTS = ("announced", "said", "confirmed")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(PLANS), st.sampled_from(SPEAKERS), st.sampled_from(STATEMENTS), st.integers(0, 6),
       st.integers(0, 6))
def test_a_plan_stated_on_a_day_is_that_days_news(plan: str, speaker: str, verb: str, weekday: int,
                                                  back: int) -> None:
    """A lead that states a plan and dates its statement ("The opposition will table …, its spokesperson announced
    on Friday") places its news on the statement's day; a statement with no plan ("Officials said on Tuesday the
    fire was contained") places none."""
    day = dt.date(2026, 3, 16).toordinal() + weekday + back  # (16 March 2026 was a Monday)
    lead = f"The opposition {plan}, {speaker} {verb} on {WEEKDAYS[weekday]}. More followed."
    assert event_day(lead_event_day(lead), day) == day - back
    assert lead_event_day(f"Firefighters {verb} on {WEEKDAYS[weekday]} the fire was contained. More followed.") == ""


CLOCKS = ("09:10", "9.10am", "**11:45**", "4pm", "16h30", "17:05 GMT")


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.sampled_from(CLOCKS), min_size=1, max_size=6), st.booleans())
def test_a_live_blog_is_entries_that_open_with_their_time(clocks: list[str], prose_first: bool) -> None:
    """A text is a live blog's when its first paragraph and three at least open with a clock time; fewer, or a
    first paragraph of prose, or times inside sentences, are a report's."""
    entries = [f"{clock} The inspectorate has confirmed {k + 30} cases." for k, clock in enumerate(clocks)]
    text = "\n\n".join((["Cases rose again on Thursday."] if prose_first else []) + entries)
    assert live_blog(text.replace("**", "")) == (not prose_first and len(clocks) >= 3)
    assert not live_blog("\n\n".join(f"Cases rose to {k} at 09:10 on Thursday." for k in range(5)))
    if not prose_first and len(clocks) >= 3:
        assert lead_event_day(text.replace("**", "")) == LIVE_DAY


TOWNS = ("Westbury", "Kelsey", "Harcastle")
LAB = ("{h}:10 The inspectorate has confirmed {n} cases this morning, up from {m} last night.\n\n"
       "{h2}:45 Dr Samuel Achebe, who runs the regional public health laboratory in {town}, said most patients were "
       "recovering at home. \"The ones we worry about are the very young,\" he said.\n\n"
       "{h3}:30 Hartwell's says refunds have been paid to customers since the recall began.\n\n"
       "{h4}:05 The investigator in charge said testing of the chain's other bakehouse in {town} had found nothing.")
EXPLAINER = ("The salmonella behind the Hartwell's outbreak belongs to a type that turns up only a handful of times a "
             "year in the region. Scientists at the regional public health laboratory in {town} sequence the genome of "
             "every salmonella sample. \"Normally we are looking for a needle in a haystack,\" explained Dr Samuel "
             "Achebe, who leads the laboratory, adding that the recovering patients helped.")
FILLER = "{town} council discussed {thing} on Monday, the council said. Residents of {town} said {thing} mattered."
THINGS = ("parking charges", "the library budget", "a bus timetable", "street lighting", "the market hall",
          "bin collections")


@settings(max_examples=examples(25), deadline=None)
@given(st.integers(0, 2), st.integers(8, 16), st.floats(0.3, 30.0), st.integers(4, 6))
def test_a_live_blog_and_a_feature_on_one_of_its_entries_are_two_stories(town: int, first_hour: int, hours: float,
                                                                        fillers: int) -> None:
    """One outlet's day of updates and another's explainer on what one entry said, the same day or the next, share
    the entry's names and words; the explainer dates no news, so it is no report of the blog's day."""
    name = TOWNS[town]
    start = dt.datetime(2026, 3, 5, 20, 0, tzinfo=dt.timezone.utc)
    texts = {"live": ("Salmonella outbreak: Thursday's updates",
                      LAB.format(h=first_hour, h2=first_hour + 1, h3=first_hour + 2, h4=first_hour + 3, n=31, m=29,
                                 town=name)),
             "feature": ("Why this salmonella strain is easier to trace", EXPLAINER.format(town=name))}
    times = {"live": start, "feature": start + dt.timedelta(hours=hours - 12.0)}
    for k in range(fillers):
        texts[f"filler-{k}"] = (f"{name} council, item {k + 1}", FILLER.format(town=name, thing=THINGS[k]))
        times[f"filler-{k}"] = start - dt.timedelta(days=3 + k)
    articles = tuple(factories.report(slug, times[slug], title=texts[slug][0]) for slug in sorted(texts))
    found = {slug: story_features(*texts[slug]) for slug in texts}
    grouping = group_stories(articles, found, factories.config())
    assert grouping.story_of("live").members == ("live",)


DAYS = (("09:10 The inspectorate has confirmed 31 salmonella cases linked to Hartwell's this morning, up from 29.",
         "11:45 Dr Samuel Achebe of the regional laboratory said most patients were recovering at home, though two "
         "children remain in hospital in Westbury.",
         "14:30 Refunds have been paid to more than 2,000 customers since the recall of custard slices began.",
         "17:05 Testing of the chain's second bakehouse, in Kelsey, found nothing, the investigator Miriam Oakes "
         "said."),
        ("08:50 Two more salmonella cases overnight take the Hartwell's total to 33.",
         "10:20 Bakers on the night shift have been sent home on full pay while the chiller room is stripped out and "
         "rebuilt, the union says.",
         "13:15 Nobody has been sacked and nobody will be, said Owen Tasker, the operations director, outside the "
         "head office.",
         "16:40 Councillors in Marrow have asked the mayor to pay for extra hygiene checks in school kitchens."),
        ("09:30 No new salmonella cases for the first time since the Hartwell's outbreak began last week.",
         "12:10 The pensioners' lunch club at St Anne's church hall reopened with sandwiches from a rival baker.",
         "15:00 Union officials are to meet managers about pay for the idle staff on Monday afternoon.",
         "18:20 Trading standards officers visited three market stalls in Dunmore selling unlabelled tarts."))


@settings(max_examples=examples(10), deadline=None)
@given(st.permutations(range(3)), st.sampled_from(("Valley Radio News", "Harbour Chronicle")))
def test_one_outlets_live_blogs_of_consecutive_days_are_related(order: list[int], outlet: str) -> None:
    """Three days of one outlet's live blog on a running story, each day's entries new news (so they share too
    few words for the cosine's link), each a story, are linked day to day."""
    texts = {f"day{k}": (f"Salmonella: {('Thursday', 'Friday', 'Saturday')[k]}'s news", "\n\n".join(DAYS[k]))
             for k in range(3)}
    articles = tuple(factories.article(f"day{k}", dt.datetime(2026, 3, 5 + k, 20, 0, tzinfo=dt.timezone.utc),
                                       source=outlet, title=texts[f"day{k}"][0]) for k in order)
    found = {slug: story_features(*texts[slug]) for slug in texts}
    grouping = group_stories(articles, found, factories.config())
    assert [s.members for s in grouping.stories if len(s.members) > 1] == []
    assert {("day0", "day1"), ("day1", "day2")} <= {(r.first, r.second) for r in grouping.related}
