"""Follow-ups on one running story are not the report they follow (similarity.py, "Time" and "Who acts").

A third trial briefing (tests/stories/aftermath/: a Dutch election count and the coalition soundings
after it; a storm flooding south Wales and its aftermath) merged three pairs of stories: NRC's scoop on
the informateur's advice with the certified result a day later (labelled distinct), a party congress's
vote with the informateur's report three days later, and an inquiry's announcement with the report of
a flood gate left open three days later (both related). The reports of a running story share its
names and words (parties, leaders, the storm), so their cosines (0.25-0.46) are those of re-tellings;
what tells them apart is time and who acts.

- Time: the decay halves a pair's product every day past the grace day (HALF_LIFE_DAYS 1, 2 until
  2026-12-03). No re-telling in the five labelled sets without a shared original comes more than 1.6
  days after another report of its story; the trial's follow-ups 2.5-3.5 days later scored 0.56-0.83.
- Who acts: when one lead names who acts ("The Dutch Electoral Council certified ...") and the other
  report names that actor nowhere, the other is not a report of that act: a pair a day or more apart
  scores at most CAP, as a pair whose leads name different actors does. Before, a lead with no actor
  ("The official steering Dutch coalition talks is expected to ...") decided nothing.

The properties generate the class: a body's act in one report, and a report a day or two later on the
same running story (the same parties, leader and seats) whose lead is another matter; the control is
the same report naming the body.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import GEO_NOUNS, MONTHS_DAYS, NATIONALITIES, ORG_HEADS, PLACES, STOPWORDS, \
    THING_HEADS, TITLE_WORDS
from briefgen.analyse.similarity import CAP, GRACE_DAYS, HALF_LIFE_DAYS, REACTION_DAYS, calibrate, decay, score_pairs
from briefgen.analyse.stories import group_stories, prepare, story_features
from stories.storyeval import all_features, load_site
from support import factories

CONFIG = factories.config()
OCT_15 = dt.datetime(2026, 10, 15, 6, 0, tzinfo=factories.UTC)
AFTERMATH = Path(__file__).resolve().parents[1] / "stories" / "aftermath"

NAME = st.from_regex(r"[A-Z][a-z]{4,8}", fullmatch=True).filter(
    lambda w: w.lower() not in STOPWORDS | TITLE_WORDS | NATIONALITIES | MONTHS_DAYS | ORG_HEADS | THING_HEADS
    | GEO_NOUNS | PLACES)


@st.composite
def running_stories(draw: st.DrawFn) -> dict:
    body, party, other, leader, surname, city = draw(st.lists(NAME, min_size=6, max_size=6, unique_by=str.lower))
    return {"body": body, "party": party, "other": other, "leader": f"{leader} {surname}", "city": city,
            "seats": draw(st.integers(20, 40)), "days": draw(st.floats(REACTION_DAYS, 1.9))}


def reports(d: dict, names_body: bool) -> tuple[tuple[str, str], tuple[str, str]]:
    """(the body's act, a report on another matter of the running story): titles and texts. With
    `names_body`, the second report names the body in its last sentence."""
    body, party, other, leader, city, seats = d["body"], d["party"], d["other"], d["leader"], d["city"], d["seats"]
    running = (f"The {party} Alliance of {leader} holds {seats} seats, and the {other} Movement lost seven; "
               f"coalition talks between the {party} Alliance and the {other} Movement go on in {city}.")
    act = (f"{body} Council certifies {city} result after recount",
           f"The {body} Council on Friday certified the result of the election after a recount in {city} moved "
           f"one seat from the {other} Movement to the {party} Alliance. {running}")
    other_matter = (f"Mediator in {city} backs {party} Alliance talks",  # (not "set to back": a headline future is
                    # an announcement, and an announcement a day from another act is capped: announcements.py)
                    f"The official steering the coalition talks is expected to recommend negotiations led by the "
                    f"{party} Alliance, a newspaper reported, citing three people familiar with the soundings. "
                    f"{running}" + (f" The {body} Council has not yet certified the result." if names_body else ""))
    return act, other_matter


def pair_of(first: tuple[str, str], second: tuple[str, str], days: float):
    articles = (factories.article("a", OCT_15, source="Outlet A"),
                factories.article("b", OCT_15 + dt.timedelta(days=days), source="Outlet B"))
    found = {"a": story_features(*first), "b": story_features(*second)}
    archive = prepare(articles, found)
    (scored,) = score_pairs(archive.reports, CONFIG.story_window, archive.df)[1]
    return group_stories(articles, found, CONFIG), scored


@settings(max_examples=examples(40), deadline=None)
@given(running_stories())
def test_a_report_a_day_later_that_never_names_the_lead_actor_is_another_story(d: dict) -> None:
    act, other_matter = reports(d, names_body=False)
    grouping, scored = pair_of(act, other_matter, d["days"])
    unruled = calibrate(scored.cosine * scored.decay)
    assert unruled >= CONFIG.story_threshold, (unruled, scored)  # words alone would have merged them
    assert not scored.one_actor and scored.score == CAP, scored
    assert len(grouping.stories) == 2, grouping


@settings(max_examples=examples(40), deadline=None)
@given(running_stories())
def test_a_report_that_names_the_lead_actor_is_left_to_its_words(d: dict) -> None:
    act, other_matter = reports(d, names_body=True)
    _, scored = pair_of(act, other_matter, d["days"])
    assert scored.one_actor and scored.score == round(calibrate(scored.cosine * scored.decay), 6), scored


@settings(max_examples=examples(25), deadline=None)
@given(running_stories(), st.floats(0.0, REACTION_DAYS - 0.05))
def test_within_the_grace_day_the_missing_actor_decides_nothing(d: dict, days: float) -> None:
    act, other_matter = reports(d, names_body=False)
    _, scored = pair_of(act, other_matter, days)
    assert scored.score == round(calibrate(scored.cosine * scored.decay), 6), scored


@given(st.floats(0.0, 14.0), st.floats(0.0, 14.0))
def test_the_decay_halves_every_day_past_the_grace_day(first: float, later: float) -> None:
    early, late = sorted((first, later))
    assert decay(late) <= decay(early) <= 1.0
    assert decay(late) == pytest.approx(0.5 ** (max(0.0, late - GRACE_DAYS) / HALF_LIFE_DAYS))
    assert HALF_LIFE_DAYS == 1.0 and decay(GRACE_DAYS + 1) == pytest.approx(0.5)


@settings(max_examples=examples(30), deadline=None)
@given(st.floats(3.0, 14.0), st.floats(0.0, 0.46))
def test_a_follow_up_three_days_later_is_under_the_threshold_on_its_words(days: float, similar: float) -> None:
    """The trial's follow-ups had cosines up to 0.46 with the reports they follow; three days on, that
    scores under the default threshold (with the former half-life of 2 days it did until 5 days)."""
    assert calibrate(similar * decay(days)) < CONFIG.story_threshold


@pytest.fixture(scope="module")
def trial():
    site = load_site(AFTERMATH)
    return site, prepare(site.articles, all_features(site))


@pytest.mark.parametrize(("scoop", "certified"), [
    ("e2-nrc-informateur-leans", "e3-reuters-almere-recount"),  # 0.80 before
    ("e2-euronews-four-party", "e3-reuters-almere-recount"),  # 0.90
    ("e2-reuters-nrc-mediator", "e3-nos-final-result"),  # 0.53
])
def test_the_trial_scoop_and_the_certified_result_are_capped(trial, scoop: str, certified: str) -> None:
    site, archive = trial
    index = {r.slug: n for n, r in enumerate(archive.reports)}
    pair = tuple(sorted((index[scoop], index[certified])))
    scored = {(p.a, p.b): p for p in score_pairs(archive.reports, site.config.story_window, archive.df)[1]}[pair]
    assert archive.reports[index[certified]].actors == "electoral"
    assert not scored.one_actor and scored.capped and scored.score == CAP, scored
