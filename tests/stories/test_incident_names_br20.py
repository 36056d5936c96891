"""Words read as a named incident that name none (BR20, 2026-12-06; incidents.py, relatedlinks.named_incidents).

A story whose lead names an incident is related to the earliest report naming it, whatever their cosine, so a name
read wrongly links two distinct events: two fires the London Fire Brigade fought three days apart ("fire\\tlondon",
linked at 0.24); a new wildfire "the deadliest since the Camp Fire" and a settlement for the Camp Fire's victims
(0.23); every title-case headline's "Perfect Storm Hits …" ("storm\\thits"); the eval set's "Storm Shadow missiles".
Not read now: an incident noun run on into an organisation's name, a title-case headline, a storm-named weapon, and a
past incident the lead measures its news by. The wildfire and storm sets' follow-ups are read as before
(test_named_incidents.py).
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples
from support.madeup import word

from briefgen.analyse.incidents import lead_incidents, title_case
from briefgen.analyse.stories import group_stories, story_features
from briefgen.analyse.terms import term_of

UTC = dt.timezone.utc
NAME = word.filter(lambda w: term_of(w.encode()) is not None).map(str.capitalize)
HEADS = st.sampled_from(["Fire", "Flood", "Explosion", "Crash", "Spill", "Blackout", "Disaster"])
ORG_WORDS = st.sampled_from(["Brigade", "Department", "Service", "Authority", "Insurance Program", "Station", "Theatre",
                             "and Rescue Service", "& Rescue Service", "Course", "Re", "Defence Board"])
PAST = st.sampled_from(["the deadliest since the {x}", "worse than the {x}", "five years after the {x}",
                        "a year after the {x}", "on the anniversary of the {x}", "like the {x}", "last year's {x}"])


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(NAME, min_size=1, max_size=2, unique=True), HEADS, ORG_WORDS, st.booleans())
def test_an_incident_noun_run_on_into_an_organisations_name_is_no_incident(names: list[str], head: str, org: str,
                                                                        possessive: bool) -> None:
    name = " ".join(names)
    opener = f"{name}'s" if possessive else "the"
    first = f"Crews from {opener} {name} {head} {org} were called to a warehouse on Monday, officials said."
    assert lead_incidents("Warehouse blaze injures two", first) == ()
    named = f"Crews fought {opener} {name} {head} Monday and {opener} {name} {head} on Tuesday, officials said."
    assert lead_incidents("Crews fight blaze", named) != ()  # (a day's name after it: still the incident)
    both = f"Crews fought {opener} {name} {head} and Cal Fire crews were stretched, officials said."
    assert lead_incidents("Crews fight blaze", both) != ()  # ("and" before another name: still the incident)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(NAME, min_size=3, max_size=3, unique=True), st.sampled_from(["Storm", "Hurricane", "Fire", "Crash"]))
def test_a_title_case_headline_names_no_incident(words: list[str], kind: str) -> None:
    title = f"Perfect {kind} Hits {words[0]} Market as {words[1]} Rates Climb"
    assert title_case(title) and lead_incidents(title, "Mortgage rates rose on Monday, lenders said.") == ()
    assert lead_incidents(title, f"Storm {words[2]} hit the coast on Monday.") == (f"storm\t{words[2].lower()}",)
    assert not title_case(f"Storm {words[2]} kills two as floods hit {words[0]}")


def test_a_storm_named_weapon_is_no_storm() -> None:
    assert lead_incidents("UK confirms it has sent Storm Shadow missiles to Ukraine",
                          "Britain has sent Storm Shadow long-range cruise missiles to Ukraine, the minister "
                          "said.") == ()
    assert lead_incidents("Storm Idris kills two", "Storm Idris hit south Wales on Monday.") == ("storm\tidris",)


@settings(max_examples=examples(60), deadline=None)
@given(NAME, HEADS, PAST)
def test_a_past_incident_the_lead_measures_by_is_not_its_incident(name: str, head: str, frame: str) -> None:
    past = frame.format(x=f"{name} {head}")
    first = f"A blaze near the river killed three people on Monday, {past}, officials said."
    assert lead_incidents("Blaze kills three", first) == ()
    dated = f"Families of those who died in the {name} {head} of 1989 welcomed the bill on Monday, officials said."
    assert lead_incidents("Bill welcomed", dated) == ()  # (a year after the name: a past incident too)
    follow_up = f"Families whose homes the {name} {head} destroyed will get aid, the ministry said on Thursday."
    kind = "fire" if head == "Fire" else head.lower()
    assert lead_incidents("Aid approved", follow_up) == (f"{kind}\t{name.lower()}",)


def _related(texts: dict[str, tuple[str, str]]) -> tuple[set[frozenset[str]], set[str]]:
    start = dt.datetime(2026, 10, 12, 9, 0, tzinfo=UTC)
    days = {slug: k * 3 for k, slug in enumerate(sorted(texts))}
    articles = tuple(factories.report(s, start + dt.timedelta(days=days[s]), title=texts[s][0]) for s in sorted(texts))
    grouping = group_stories(articles, {s: story_features(*texts[s]) for s in texts}, factories.config())
    return ({frozenset((r.first, r.second)) for r in grouping.related},
            {s.id for s in grouping.stories})


def test_two_fires_one_brigade_fought_are_not_related() -> None:
    related, stories = _related({
        "a": ("Warehouse blaze in Croydon injures two",
              "Firefighters from the London Fire Brigade tackled a large blaze at a furniture warehouse in Croydon on "
              "Monday, and two workers were taken to hospital, the brigade said. Smoke could be seen across south "
              "London."),
        "b": ("Tower block flats evacuated in Hackney after kitchen fire",
              "The London Fire Brigade said on Thursday that 60 residents of a tower block in Hackney were evacuated "
              "after a kitchen fire spread to two flats. No one was hurt, the brigade said.")})
    assert len(stories) == 2 and frozenset(stories) not in related


def test_a_new_fire_measured_by_an_old_one_is_not_its_origin() -> None:
    related, stories = _related({
        "a": ("Wildfire near Chico kills three",
              "A fast-moving wildfire near Chico killed three people on Monday, the deadliest in Butte County since "
              "the Camp Fire, officials said. Thousands fled."),
        "b": ("Utility to pay $1bn more to Camp Fire victims",
              "The utility agreed on Thursday to pay another $1bn to victims of last year's Camp Fire in Butte County, "
              "its lawyers said.")})
    assert len(stories) == 2 and frozenset(stories) not in related


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(NAME, min_size=2, max_size=2, unique=True), st.sampled_from(
    ["beat", "defeated", "drew with", "edged", "signed", "traded", "hosted", "lost to", "won 2-1 at"]))
def test_a_team_named_like_an_incident_is_none(names: list[str], does: str) -> None:
    city, other = names
    assert lead_incidents("Late winner", f"The {city} Fire {does} the {other} Crew on Saturday, the club said.") == ()
    assert lead_incidents("Loan move", f"The midfielder signed with the {city} Fire on Tuesday, the club said.") == ()
    assert lead_incidents("Homes lost", f"The {city} Fire destroyed 400 homes on Monday, officials said.") != ()


def test_a_match_and_a_signing_of_one_team_are_not_related() -> None:
    related, stories = _related({
        "a": ("Cuypers scores late winner in Bridgeview",
              "The Chicago Fire beat the Columbus Crew 2-1 on Saturday with a stoppage-time goal from Hugo Cuypers at "
              "SeatGeek Stadium."),
        "b": ("Shaqiri joins on loan from Basel",
              "The Chicago Fire signed the Swiss midfielder Xherdan Shaqiri on a one-year loan from Basel on Tuesday, "
              "the club said.")})
    assert len(stories) == 2 and frozenset(stories) not in related
