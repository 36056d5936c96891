"""Who acts in a lead that names no one as its subject (leadactors.py, since 2026-12-04): a passive's agent, and a name
whose head is a title word.

A hospital trial merged "The maternity unit at St Aldric's Hospital in Kelsby has been rated “good” by the Care
Standards Inspectorate, a week after …" (another hospital's rating) with "Ravensmere General has published its response
to last week's inadequate rating …" (Ravensmere's action plan) the day before, at 0.82: neither lead had an actor, so
the reaction rule (similarity.py, "Who acts") could not tell them apart. The agent of a passive acts as the subject of
the active does; a title word that ends the subject before its verb heads a name ("Ravensmere General"), since a title
stands before the name it titles.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.leadactors import lead_actors
from briefgen.analyse.propernames import capitals
from briefgen.analyse.stories import group_stories, story_features
from briefgen.analyse.terms import counted

MATERNITY = ("The maternity unit at St Aldric's Hospital in Kelsby has been rated \u201cgood\u201d by the Care Standards "
             "Inspectorate, a week after the same regulator graded Ravensmere's emergency department inadequate.\n\n"
             "Inspectors praised one-to-one midwife care in labour and a new bereavement suite, but said the unit's "
             "triage line was often slow to answer at weekends.\n\nMidwifery director Rosalind Achebe said her team had "
             "earned the result. \u201cMidwives here have held this service together through two difficult winters,\u201d "
             "Achebe said.\n\nThe inspectorate said it had no plans to revisit the unit before 2028.")
PLAN = ("Ravensmere General has published its response to last week's inadequate rating from the Care Standards "
        "Inspectorate, promising to end overnight corridor care within 90 days.\n\nThe plan includes 14 extra nursing "
        "posts in the emergency department, a rota guaranteeing a children's nurse on every night shift, and daily "
        "equipment checks signed off by a senior nurse.\n\nDr Samuel Okafor, who will oversee the plan, said progress "
        "would be published monthly. \u201cIf we miss a target, you will read about it from us first,\u201d Okafor said."
        "\n\nThe inspectorate confirmed it had received the plan. A spokesperson for the Care Standards Inspectorate "
        "said inspectors would test it at their return visit, due by January.")


def actors(text: str) -> tuple[str, ...]:
    found = capitals(text, counted(text))
    return lead_actors(text, found.names, found.opening)


@pytest.mark.parametrize(("text", "expected"), [
    (MATERNITY, ("standard",)),  # (the article writes "care" in lower case too: no name of its)
    (PLAN, ("ravensmere",)),
    ("The bakery on Quay Street was bought by Nordvik Foods on Monday. Nordvik Foods said so.", ("nordvik",)),  # ("Foods" heads the name: no name of its own)
    ("Three villages were cut off by floods on Monday.", ()),  # (an agent in lower case names no one)
    ("The Agriculture Minister said on Monday that quotas would stay. The Agriculture Minister added more.", ()),
    ("The tender, which was won by Kestrel Rail last year, was cancelled on Monday.", ()),  # (not the main clause)
    ("Kelsby Health said on Monday it would close a ward. Its board met.", ("kelsby",)),
])
def test_who_acts_when_the_subject_names_no_one(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


def test_the_trials_rating_and_action_plan_are_two_stories() -> None:
    """The reported input: the action plan (23 October) and the other hospital's rating a day later."""
    at = dt.datetime(2026, 10, 23, 9, 0, tzinfo=factories.UTC)
    titles = {"action-plan-nhj": "Ravensmere sets out 90-day plan to fix emergency department",
              "maternity-rating-mtw": "St Aldric's maternity unit rated good by inspectors"}
    articles = (factories.article("action-plan-nhj", at, source="Northern Health Journal", title=titles["action-plan-nhj"]),
                factories.article("maternity-rating-mtw", at + dt.timedelta(days=1), source="Medical Times Weekly",
                                  title=titles["maternity-rating-mtw"]))
    texts = {"action-plan-nhj": PLAN, "maternity-rating-mtw": MATERNITY}
    found = {slug: story_features(titles[slug], texts[slug]) for slug in titles}
    grouping = group_stories(articles, found, factories.config())
    assert len(grouping.stories) == 2, grouping


NAMES = st.tuples(st.sampled_from(["Kest", "Nord", "Vell", "Ost", "Hal", "Brom", "Tarn", "Quil"]),
                  st.sampled_from(["vik", "moor", "rel", "ane", "wick", "holt"])).map("".join)


@settings(max_examples=examples(60), deadline=None)
@given(NAMES, NAMES, st.sampled_from(["Foods", "Rail", "Grid", "Water"]),
       st.sampled_from(["bought", "fined", "rated", "closed", "sued"]), st.sampled_from(["was", "has been", "were"]))
def test_a_passives_agent_acts_as_the_actives_subject(agent: str, place: str, kind: str, verb: str, be: str) -> None:
    """"The depot at {place} was bought by {agent} {kind}" has the actors of "{agent} {kind} bought the depot at
    {place}": the voice does not change who acts."""
    if agent == place:
        return
    then = f" Residents of {place} said {agent} {kind} had told them."
    passive = actors(f"The depot at {place} {be} {verb} by {agent} {kind} on Monday.{then}")
    active = actors(f"{agent} {kind} {verb} the depot at {place} on Monday.{then}")
    assert passive == active and passive, (passive, active)
