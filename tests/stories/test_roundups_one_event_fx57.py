"""One event's structured report is no roundup (analyse/oneeventlists.py, piecekinds.py; FX57, BR34, 2026-12-07).

FX54's listed_roundup read a body of three or more lead-in items whose terms differ as a newsletter's roundup, and
FX54's title-case rule read "Recap: Rain, Wind And A Storm Surge As Milton Hits Florida" as a list of events: one
event's reports were kept out of their story (each was in it at the session's start). Classes: reactions by country
(bold, bullets, plain "Germany: …"), a headline naming one event's account ("X: the latest", "what we know", "how X
unfolded", "takeaways from", "meet the", "who pays"), a news lead over aspects ("… on Tuesday night"), lead-ins that are
one list's names (parties, players); in headlines, a list followed by "as <event>", names that are a clause's subject,
and one place's aspects ("A Ceasefire, A Hostage Deal And A Fragile Calm In Gaza"). FX54's newsletters stay
roundups (tests/stories/test_roundups_fx54.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.bodyroundups import listed_roundup
from briefgen.analyse.piecekinds import ROUNDUP, piece_kind
from support.newsletters import listed_body, plain, stories_of

SHAPES = ("bold-colon", "bold", "bullets-colon", "plain-colon")  # (support.newsletters.ITEM_SHAPES)


COUNTRIES = ("Germany", "France", "United Kingdom", "China", "UK", "United States", "Saudi Arabia", "Russia", "Japan",
             "Turkey", "Qatar", "Egypt")
REACTIONS = ("Chancellor Olaf Scholz condemned the attack in the strongest terms and called for an immediate halt.",
             "President Emmanuel Macron said French forces in the region had helped intercept several projectiles.",
             "Prime Minister Keir Starmer urged restraint on all sides and convened the Cobra committee.",
             "Beijing's foreign ministry called on both parties to avoid steps that could widen the conflict.",
             "The Kremlin called on all sides to show restraint after a night of sirens.",
             "Riyadh expressed deep concern over the escalation and urged calm in the region.")
ASPECTS = (("Death toll", "At least 205 people have died in the Valencia region, officials said on Friday morning."),
           ("Missing", "Dozens remain unaccounted for in Paiporta and Catarroja, where cars piled up in streets."),
           ("Rescue", "Spain sent 1,200 soldiers and the military emergency unit to clear roads and search garages."),
           ("Warnings", "Critics asked why regional alerts reached phones only after water entered homes."),
           ("Power cuts", "More than 3 million customers lost power across Florida after the landfall."),
           ("Tornadoes", "Twisters tore through St. Lucie County before landfall, killing several people."),
           ("Early warning", "Spain's weather agency Aemet issued a red alert for Valencia at 7:36 in the morning."),
           ("Overflow", "The Poyo ravine burst its banks in the afternoon and water swept through Paiporta."))
HEADLINES = ("Valencia floods: what we know so far", "Hurricane Milton: the latest", "How the Valencia floods unfolded",
             "Five takeaways from Liverpool's win over Real Madrid", "Meet the four parties forming the Dutch coalition",
             "Who pays for Hurricane Milton's damage?", "Iran attack: how the world reacted",
             "Live: Hurricane Milton makes landfall", "Hurricane Milton by the numbers", "Three key moments of the debate")
NEWS_LEADS = ("Iran fired about 180 ballistic missiles at Israel on Tuesday night.",
              "Hurricane Milton made landfall near Siesta Key on Wednesday night as a Category 3 storm.",
              "Four parties agreed on Monday to start talks on a Dutch cabinet.",
              "Floods swept through the Valencia region overnight, officials said.")
NEUTRAL = ("Tuesday's briefing", "What we're watching", "Saturday edition")


@settings(max_examples=examples(60), deadline=None)
@given(countries=st.lists(st.sampled_from(COUNTRIES), min_size=3, max_size=6, unique=True),
       texts=st.permutations(REACTIONS), shape=st.sampled_from(SHAPES), title=st.sampled_from(NEUTRAL))
def test_reactions_by_country_are_one_events(countries: list[str], texts: list[str], shape: str, title: str) -> None:
    """Lead-ins that are countries (no news lead, a newsletter's headline): one list's names, one event's."""
    assert not listed_roundup(title, plain(listed_body("", list(zip(countries, texts)), shape)))


@settings(max_examples=examples(60), deadline=None)
@given(items=st.lists(st.sampled_from(ASPECTS), min_size=3, max_size=6, unique=True), shape=st.sampled_from(SHAPES),
       title=st.sampled_from(HEADLINES))
def test_aspects_under_one_events_headline(items: list[tuple[str, str]], shape: str, title: str) -> None:
    assert not listed_roundup(title, plain(listed_body("", items, shape)))


@settings(max_examples=examples(60), deadline=None)
@given(items=st.lists(st.sampled_from(ASPECTS), min_size=3, max_size=6, unique=True), shape=st.sampled_from(SHAPES),
       lead=st.sampled_from(NEWS_LEADS), title=st.sampled_from(NEUTRAL))
def test_aspects_after_a_news_lead(items: list[tuple[str, str]], shape: str, lead: str, title: str) -> None:
    assert not listed_roundup(title, plain(listed_body(lead, items, shape)))


@pytest.mark.parametrize("labels", [("PVV", "VVD", "NSC", "BBB"), ("Salah", "Mac Allister", "Gakpo", "Kelleher")])
def test_lead_ins_of_one_lists_names(labels: tuple[str, ...]) -> None:
    texts = ("Geert Wilders' party won 37 seats on an anti-immigration platform, with Gakpo's backing.",
             "Dilan Yesilgoz-Zegerius leads the liberals, who ran the last four cabinets, said Cody Salah.",
             "Pieter Omtzigt founded the party in August, beside Alexis Mac Allister and Cody Gakpo.",
             "Caroline van der Plas's farmers' movement holds the most Senate seats, said Caoimhin Kelleher.")
    assert not listed_roundup("Saturday edition", plain(listed_body("", list(zip(labels, texts)), "bold")))


@pytest.mark.parametrize("labels", [("Australia", "Jordan", "Pakistan", "Indonesia"), ("The Vatican", "The UN", "NATO",
                                                                                           "The EU"),
                                    ("Kenya", "Nigeria", "The African Union", "Egypt")])
def test_reactions_of_countries_and_bodies_beyond_placewords(labels: tuple[str, ...]) -> None:
    """Countries and bodies that placewords.PLACES does not list, under a newsletter's headline and no lead."""
    texts = ("Officials condemned the attack in the strongest terms and called for an immediate halt.",
             "Its navy said sailors in the Gulf had helped intercept several projectiles overnight.",
             "Ministers urged restraint on all sides and convened an emergency security meeting.",
             "Diplomats asked both parties to avoid steps that could widen the conflict.")
    assert not listed_roundup("Tuesday's briefing", plain(listed_body("", list(zip(labels, texts)), "bold-colon")))


# Headlines: a list followed by "as <event>", names that are one clause's subject, one place's aspects
LISTS = ("rain, wind and a storm surge", "floods, landslides and power cuts", "a ceasefire, a hostage deal and a calm")
EVENTS = ("Milton hits Florida", "Storm Bert hits UK", "Israel and Hamas sign the deal")
CASES = (str.title, str.upper, lambda text: text)
LABELS = ("Recap", "Evening wrap", "Week in palm", "This week in court")


@settings(max_examples=examples(60), deadline=None)
@given(label=st.sampled_from(LABELS), listed=st.sampled_from(LISTS), event=st.sampled_from(EVENTS),
       case=st.sampled_from(CASES))
def test_a_list_as_one_event_happens(label: str, listed: str, event: str, case) -> None:
    assert piece_kind(case(f"{label}: {listed} as {event}")) == ""


@settings(max_examples=examples(60), deadline=None)
@given(label=st.sampled_from(LABELS), names=st.lists(st.sampled_from(("Trump", "Harris", "Biden", "Xi", "Macron")),
       min_size=2, max_size=3, unique=True), topics=st.lists(st.sampled_from(("economy", "abortion", "tariffs",
       "migration")), min_size=2, max_size=3, unique=True), case=st.sampled_from(CASES[::2]))
def test_names_sparring_over_topics(label: str, names: list[str], topics: list[str], case) -> None:
    """"Recap: Trump, Harris spar over economy and abortion": a clause whose subject is a list of names."""
    title = f"{label}: {', '.join(names)} spar over {', '.join(topics[:-1])} and {topics[-1]} in debate"
    assert piece_kind(case(title)) == ""


@pytest.mark.parametrize("case", CASES)
def test_the_reported_headlines(case) -> None:
    titles = ("Recap: Rain, Wind And A Storm Surge As Milton Hits Florida",
              "Recap: Trump, Harris Spar Over Economy And Abortion In Debate",
              "Recap: A Ceasefire, A Hostage Deal And A Fragile Calm In Gaza",
              "Week In Gaza: A Truce, A Hostage Deal And An Uneasy Calm")
    assert [case(t) for t in titles if piece_kind(case(t))] == []
    assert piece_kind(case("Week In Gaza: Levy, Lawsuits And A Joint Front")) == ROUNDUP
    assert piece_kind(case("Week In Palm: A Levy; A Lawsuit; A Joint Front")) == ROUNDUP


# The breaker's tiny sites: two wire reports of one event and the structured piece
IRAN = {"wire1": ("Iran fires ballistic missiles at Israel", "Reuters", "2024-10-01T20:00:00+00:00",
                  "JERUSALEM, Oct 1 (Reuters) - Iran fired about 180 ballistic missiles at Israel on Tuesday night, "
                  "the Israeli military said, in retaliation for the killing of Hezbollah leader Hassan Nasrallah. "
                  "Most were intercepted."),
        "wire2": ("Iran launches missile barrage at Israel; most intercepted", "Associated Press",
                  "2024-10-01T21:00:00+00:00", "Iran launched a barrage of about 180 ballistic missiles at Israel on "
                  "Tuesday, the Israeli military said, sending millions into shelters. Israel said most of the "
                  "missiles were intercepted with help from the United States.")}
MILTON = {"wire1": ("Hurricane Milton makes landfall in Florida as Category 3 storm", "Reuters",
                    "2024-10-10T02:00:00+00:00", "SIESTA KEY, Fla., Oct 9 (Reuters) - Hurricane Milton made landfall "
                    "near Siesta Key on Florida's Gulf Coast on Wednesday night as a Category 3 storm, knocking out "
                    "power to more than 3 million homes and businesses."),
          "wire2": ("Milton slams into Florida's Gulf Coast, millions without power", "Associated Press",
                    "2024-10-10T03:00:00+00:00", "Hurricane Milton slammed into Florida's Gulf Coast near Siesta Key on "
                    "Wednesday night as a Category 3 hurricane, leaving more than 3 million customers without power "
                    "and spawning tornadoes across the state.")}
VAL = {"wire1": ("Death toll from Spain's Valencia floods rises to 205", "Reuters", "2024-11-01T09:00:00+00:00",
                 "VALENCIA, Nov 1 (Reuters) - The death toll from flash floods in Spain's Valencia region rose to 205 "
                 "on Friday, officials said, as soldiers searched garages and cars in Paiporta for the missing."),
       "wire2": ("Valencia floods: 205 dead as Spain sends soldiers", "Associated Press", "2024-11-01T10:00:00+00:00",
                 "At least 205 people have died in floods in the Valencia region, Spanish officials said Friday, as "
                 "the government sent 1,200 soldiers to Paiporta and other towns to search for the missing.")}
_REACT = ("**Germany:** Chancellor Olaf Scholz condemned the attack in the strongest terms and called for an immediate "
          "halt.\n\n**France:** President Emmanuel Macron said French forces in the region had helped intercept "
          "several projectiles.\n\n**United Kingdom:** Prime Minister Keir Starmer urged restraint on all sides and "
          "convened the Cobra committee.\n\n**China:** Beijing's foreign ministry called on both parties to avoid steps "
          "that could widen the conflict.")
_MILTON_LEAD = "Hurricane Milton made landfall near Siesta Key on Wednesday night as a Category 3 storm"
_VAL_ITEMS = "\n\n".join(f"**{label}.** {text}" for label, text in ASPECTS[:4])
PIECES = {
    "reactions": (IRAN, ("World leaders react to Iran's missile attack on Israel", "The Guardian",
                         "2024-10-01T23:00:00+00:00", "Iran fired about 180 ballistic missiles at Israel on Tuesday "
                         "night. Leaders around the world responded within hours.\n\n" + _REACT)),
    "reactions_ua": (IRAN, ("Iran attack: how the world reacted", "Al Jazeera", "2024-10-01T23:30:00+00:00",
                            "Iran fired about 180 ballistic missiles at Israel on Tuesday.\n\n" + "\n".join(
                                "- " + line for line in _REACT.split("\n\n")))),
    "live_summary": (MILTON, ("Hurricane Milton: the latest", "BBC", "2024-10-10T05:00:00+00:00",
                              _MILTON_LEAD + ".\n\n**Power cuts.** More than 3 million customers lost power across "
                              "Florida.\n\n**Tornadoes.** Twisters tore through St. Lucie County before landfall, "
                              "killing several people.\n\n**Tropicana Field.** The roof of the Tampa Bay Rays' stadium "
                              "was shredded by winds.")),
    "wwksf": (VAL, ("Valencia floods: what we know so far", "BBC", "2024-11-01T12:00:00+00:00", _VAL_ITEMS)),
    "timeline": (VAL, ("How the Valencia floods unfolded", "El Pais English", "2024-11-01T13:00:00+00:00",
                       "**Early warning.** Spain's weather agency Aemet issued a red alert for Valencia at 7:36 on "
                       "Tuesday.\n\n**Overflow.** The Poyo ravine burst its banks in the afternoon and water swept "
                       "through Paiporta.\n\n**Phone alert.** The regional government's mobile alert reached phones at "
                       "20:11, after homes had flooded.\n\n**Aftermath.** By Friday the death toll had risen to 205 and "
                       "soldiers were searching garages.")),
    "recap_title": (MILTON, ("Recap: Rain, Wind And A Storm Surge As Milton Hits Florida", "CNN",
                             "2024-10-10T06:00:00+00:00", _MILTON_LEAD + ", knocking out power to more than 3 million "
                             "customers across Florida and spawning tornadoes.")),
}


@pytest.mark.parametrize("name", sorted(PIECES))
def test_one_events_structured_piece_joins_its_story(tmp_path: Path, name: str) -> None:
    """Each piece was in its event's story at the session's start and kept out by FX54."""
    event, piece = PIECES[name]
    stories = stories_of(tmp_path, {**event, "piece": piece})
    assert stories == {("piece", "wire1", "wire2")}
