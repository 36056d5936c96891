"""BR37's false newsletter cues (FX69 #2; newslettercues.py): one event's report kept out of its story (main since
FX62 split it; s50 joined it).

A newsletter's cue is its own frame: a greeting alone or addressed to readers ("Good morning.", "Good morning,
readers", "Hello and welcome to the Morning Brief"), an edition's headline naming the edition ("Tuesday's briefing",
"The Morning Brief", "Asia in brief"), a headline listing several subjects. Not a greeting's words opening a name or a
lede ("Hello! magazine said", "Good Morning Britain presenter …", "Hi-tech sensors …", "Welcome to Kharkiv, where …",
"Good morning from Kyiv, where …"), an explainer's "Here's what you need to know about the floods.", a press briefing
or a correspondent's dispatch ("Pentagon briefing: …", "Kyiv dispatch: …"), an event's name before the edition's
words ("Hurricane Milton: Thursday morning update", "Valencia floods: the week ahead"), a bare day ("Sunday"), nor a
headline listing one event's parts or telling it with a verb ("Floods, landslides and power cuts hit Valencia",
"Missiles, drones and blackouts", "Storm Bert: Wales, Scotland, Ireland").
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.newsletters import listed_body, plain, stories_of

from briefgen.analyse.bodyroundups import listed_roundup
from briefgen.analyse.newslettercues import newsletter_cued

LABELLED = ("bold", "bold-colon", "bullets", "bullets-colon", "numbered", "plain-colon", "plain", "bold-dash")
BARE = ("bare-bullets", "bare-numbered")
FALSE_LEADS = ("Hello! magazine said the royal couple had cancelled a visit to the region after the disaster.",
               "Good Morning Britain presenter Susanna Reid broke down on air as she described the scenes.",
               "Hi-tech sensors failed to warn residents before the disaster struck.",
               "Welcome to Kharkiv, where the sirens never stop.",
               "Welcome to Paiporta, where the mud is still knee-deep three days on.",
               "Good morning from Kyiv, where the lights went out at 4am.",
               "Hello from Paiporta, where the mud is still knee-deep.",
               "Here's what you need to know about the floods.")
FALSE_HEADS = ("Pentagon briefing: US strikes Houthi sites", "Kyiv dispatch: a night under fire",
               "Hurricane Milton: Thursday morning update", "Valencia floods: the week ahead", "Sunday",
               "White House briefing: Biden offers help to Spain", "Valencia floods \u2014 Friday update",
               "Floods, landslides and power cuts hit Valencia", "Missiles, drones and blackouts",
               "Rain, mud and anger in Valencia", "Storm Bert: Wales, Scotland, Ireland", "Mud, grief and fury")
PLAIN_HEADS = ("Valencia floods", "Russian strike hits Ukraine's grid")
ASPECTS = (("Death toll", "At least 205 people have died in the Valencia region, officials said."),
           ("Missing", "Dozens remain unaccounted for in Paiporta and Catarroja, where cars piled up in streets."),
           ("Rescue", "Spain sent 1,200 soldiers and the military emergency unit to clear roads and search garages."),
           ("Warnings", "Critics asked why regional alerts reached phones only after water entered homes."))
CITIES = (("Kharkiv", "A missile hit an apartment block, killing four people, regional governor Oleh Syniehubov said."),
          ("Odesa", "Drones struck port infrastructure and the energy grid overnight, the regional administration said."),
          ("Lviv", "Explosions were heard near the city's power plant, mayor Andriy Sadovyi said."),
          ("Dnipro", "Two people were wounded when debris fell on a school, officials said."))
TRUE_LEADS = ("Good morning.", "Good morning, readers.", "Hello and welcome to the Morning Brief.",
              "Welcome to the weekly palm oil newsletter.", "Hello from Jakarta, and happy Friday.",
              "Here's what we're watching:")
TRUE_HEADS = ("Tuesday's briefing", "The Morning Brief", "Asia in brief", "Tuesday briefing: Israel strikes Iran",
              "Saturday edition", "What we're watching", "The Nairobi newsletter", "Palm oil, levies and lawsuits",
              "Monday, 14 November", "Morning briefing")


@settings(max_examples=examples(80), deadline=None)
@given(items=st.sampled_from((ASPECTS, CITIES)), shape=st.sampled_from(LABELLED + BARE),
       lead=st.sampled_from(("",) + FALSE_LEADS), head=st.sampled_from(FALSE_HEADS + PLAIN_HEADS))
def test_a_false_cue_makes_no_newsletter(items: tuple[tuple[str, str], ...], shape: str, lead: str, head: str) -> None:
    assert not newsletter_cued(head, [lead] if lead else [])
    assert not listed_roundup(head, plain(listed_body(lead, list(items), shape)))


@settings(max_examples=examples(40), deadline=None)
@given(head=st.sampled_from(TRUE_HEADS + PLAIN_HEADS), lead=st.sampled_from(("",) + TRUE_LEADS))
def test_a_newsletters_own_frame_is_still_its_cue(head: str, lead: str) -> None:
    if head in PLAIN_HEADS and not lead:
        lead = TRUE_LEADS[0]
    assert newsletter_cued(head, [lead] if lead else [])


VAL = {"wire1": ("Death toll from Spain's Valencia floods rises to 205", "Reuters", "2024-11-01T09:00:00+00:00",
                 "VALENCIA, Nov 1 (Reuters) - The death toll from flash floods in Spain's Valencia region rose to 205 "
                 "on Friday, officials said, as soldiers searched garages and cars in Paiporta for the missing."),
       "wire2": ("Valencia floods: 205 dead as Spain sends soldiers", "Associated Press", "2024-11-01T10:00:00+00:00",
                 "At least 205 people have died in floods in the Valencia region, Spanish officials said Friday, as "
                 "the government sent 1,200 soldiers to Paiporta and other towns to search for the missing.")}
UKR = {"w1": ("Russia pounds Ukrainian cities with missiles and drones", "Reuters", "2024-11-17T08:00:00+00:00",
              "KYIV, Nov 17 (Reuters) - Russia launched 120 missiles and 90 drones at Ukraine overnight, hitting "
              "Kharkiv, Odesa, Lviv and Dnipro, the Ukrainian air force said, in one of the largest attacks of the war "
              "on the energy grid."),
       "w2": ("Massive Russian strike hits Ukraine's power grid", "Associated Press", "2024-11-17T09:00:00+00:00",
              "Russia fired 120 missiles and 90 drones at Ukraine overnight in a massive attack on the energy grid, "
              "striking Kharkiv, Odesa, Lviv and Dnipro, Ukrainian officials said Sunday.")}


@pytest.mark.parametrize(("head", "lead", "shape"), [
    ("Floods, landslides and power cuts hit Valencia", "", "bold"),
    ("Rain, mud and anger in Valencia", "", "bold"),
    ("Valencia floods", "Welcome to Paiporta, where the mud is still knee-deep three days after the floods.", "bold"),
    ("Valencia floods", "Good Morning Britain presenter Susanna Reid broke down on air as she described the floods in "
                        "Valencia.", "bold"),
    ("Valencia dispatch: a town buried in mud", "", "bold")])
def test_one_events_report_under_a_false_cue_joins_its_story(tmp_path: Path, head: str, lead: str, shape: str) -> None:
    piece = (head, "BBC", "2024-11-01T12:00:00+00:00", listed_body(lead, list(ASPECTS), shape))
    assert stories_of(tmp_path, {**VAL, "piece": piece}) == {("piece", "wire1", "wire2")}


@pytest.mark.parametrize(("head", "lead", "shape"), [
    ("Missiles, drones and blackouts", "", "bold"),
    ("Russian strike hits Ukraine's grid", "Welcome to Kharkiv, where the sirens never stop.", "bold"),
    ("Russian strike hits Ukraine's grid", "Good morning from Kyiv, where the lights went out at 4am.", "plain")])
def test_one_strike_told_city_by_city_joins_its_story(tmp_path: Path, head: str, lead: str, shape: str) -> None:
    piece = (head, "BBC", "2024-11-17T12:00:00+00:00", listed_body(lead, list(CITIES), shape))
    assert stories_of(tmp_path, {**UKR, "piece": piece}) == {("piece", "w1", "w2")}
