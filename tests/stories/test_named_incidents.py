"""A story whose lead names an incident ("the Cedar Ridge Fire", "Storm Idris") is related to the story that first
reported it (incidents.py, relatedlinks.named_incidents).

The wildfire and storm sets (tests/stories/wildfire/, aftermath/) label the fire's federal aid, victims named,
evacuations lifted, cause found and the utility's shares, and the storm's insurance bill, claims advice and inquiry,
follow-ups of the fire or storm; told in other words, none of the fire's eleven was linked (2026-12-06). Two follow-ups
of one fire are not linked to each other (the labels make them distinct events), nor is another fire or storm whose
lead mentions the first ("Storm Jana … a week after Storm Idris").
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples
from support.madeup import word

from briefgen.analyse.incidents import lead_incidents
from briefgen.analyse.stories import group_stories, story_features
from briefgen.analyse.terms import term_of
from stories.storyeval import group, load_site
from stories.test_bakery_storks_trials import STORIES

UTC = dt.timezone.utc
NAME = word.filter(lambda w: term_of(w.encode()) is not None)


def _related(grouping) -> set[frozenset[str]]:
    return {frozenset((r.first, r.second)) for r in grouping.related}


def test_the_wildfire_follow_ups_are_related_to_the_fire() -> None:
    grouping = group(load_site(STORIES / "wildfire"))
    fire = grouping.story_of("a1-ap-cedar-ridge-fire").id
    related = _related(grouping)
    for follow_up in ("c1-ap-disaster-declaration", "c3-kcra-victims-identified", "d2-chronicle-evacuations-lifted",
                      "f1-ap-cal-fire-cause", "b1-reuters-golden-valley-shares", "d1-sacbee-home-damaged-guide"):
        assert frozenset((fire, grouping.story_of(follow_up).id)) in related, follow_up
    aid, lifted = grouping.story_of("c1-ap-disaster-declaration").id, grouping.story_of("d2-chronicle-evacuations-lifted").id
    assert frozenset((aid, lifted)) not in related  # two follow-ups: labelled distinct events
    juniper = [s.id for s in grouping.stories if any("juniper" in m for m in s.members)]
    assert juniper and not any(frozenset((fire, j)) in related for j in juniper)  # another fire


def test_the_storms_follow_ups_and_not_the_next_storm() -> None:
    grouping = group(load_site(STORIES / "aftermath"))
    storm = grouping.story_of("f1-bbc-storm-idris").id
    related = _related(grouping)
    for follow_up in ("f4-bbc-idris-inquiry", "f3-ft-insurers-bill", "f6-which-flood-claim"):
        assert frozenset((storm, grouping.story_of(follow_up).id)) in related, follow_up
    jana = [s.id for s in grouping.stories if any("jana" in m for m in s.members)]
    assert jana and not any(frozenset((storm, j)) in related for j in jana)


KINDS = [("Fire", "fire"), ("Floods", "flood"), ("Derailment", "derailment"), ("Spill", "spill"), ("Explosion", "explosion")]


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(NAME, min_size=2, max_size=2, unique=True), st.sampled_from(KINDS), st.booleans())
def test_lead_incidents_read_names_after_an_article_and_storms(names: list[str], kind: tuple[str, str], possessive: bool) -> None:
    first, second = (n.capitalize() for n in names)
    opener = f"{second}'s" if possessive else "The"
    found = lead_incidents(f"{opener} {first} {kind[0]} kills two", f"Storm {second} hit the coast on Monday.")
    assert f"{kind[1]}\t{first.lower()}" in found and f"storm\t{second.lower()}" in found
    assert lead_incidents(f"{first} {kind[0]} said", "Officials spoke.") == ()  # no article: an agency ("Cal Fire said")


INCIDENT = ("{name} Fire kills two as thousands flee",
            "A wildfire pushed by strong winds tore through the hills above {town} on Monday, killing two people and "
            "forcing thousands of residents to flee the {name} Fire, firefighters said. Crews from three counties "
            "fought the flames overnight.")
INCIDENT_2 = ("Two dead in {town} wildfire, thousands evacuated",
              "Two people died and thousands fled their homes on Monday as a fast-moving blaze spread near {town}, "
              "officials said. The fire destroyed dozens of homes.")
FOLLOW_UP = ("Federal aid approved for {town} victims",
             "The government on Thursday approved disaster aid for families whose homes were destroyed by the {name} "
             "Fire. Grants will cover temporary housing and repairs, the ministry said.")
OTHER = ("{other} Fire forces evacuations in the north",
         "The {other} Fire grew to 8,000 acres on Tuesday, a day after the {name} Fire, prompting evacuation orders "
         "for 1,400 homes, officials said.")


@settings(max_examples=examples(20), deadline=None)
@given(st.lists(NAME, min_size=3, max_size=3, unique=True))
def test_a_follow_up_naming_the_incident_is_related_and_another_incident_is_not(names: list[str]) -> None:
    name, other, town = (n.capitalize() for n in names)
    values = dict(name=name, other=other, town=town)
    start = dt.datetime(2026, 10, 12, 20, 0, tzinfo=UTC)
    texts = {"fire-0": INCIDENT, "fire-1": INCIDENT_2, "aid": FOLLOW_UP, "other": OTHER}
    times = {"fire-0": start, "fire-1": start + dt.timedelta(hours=3), "aid": start + dt.timedelta(days=3),
             "other": start + dt.timedelta(days=1)}
    articles = tuple(factories.report(slug, times[slug], title=texts[slug][0].format(**values)) for slug in sorted(texts))
    found = {slug: story_features(*(part.format(**values) for part in texts[slug])) for slug in texts}
    grouping = group_stories(articles, found, factories.config())
    fire = grouping.story_of("fire-0").id
    related = _related(grouping)
    assert grouping.story_of("aid").id != fire and frozenset((fire, grouping.story_of("aid").id)) in related
    other_story = grouping.story_of("other").id
    assert other_story != fire and frozenset((fire, other_story)) not in related  # its own fire: another event
