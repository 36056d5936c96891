"""A newsletter's roundup shows itself; one event told in parts does not (newslettercues.py, bodyroundups.py,
oneeventlists.py; FX62, note46's "Roundups", 2026-12-07).

Three kinds left by FX54 and FX57, each with examples of both sides:

1. One event's aspects under a plain headline with no day cue ("Valencia floods" over "**Death toll.** … / **Missing.**
   … / **Rescue.** … / **Warnings.** …") were a roundup. A body's list is a newsletter's only when the piece shows itself
   one: an edition's headline ("Tuesday's briefing", "Saturday edition", "What we're watching"), a headline listing
   several items ("Palm oil, levies and lawsuits") or a greeting or an announcement before the items ("Good morning.").
   Without one, the list is one event's parts — a newsletter headed by its top story with no greeting too (accepted:
   a missed roundup is the lesser harm).
2. Newsletters whose lead-ins are places ("Jakarta. …", "**Nairobi** — …") were read as one event's (FX57's names).
   Under a newsletter's cue they are a newsletter's by place, unless the items are reactions ("Germany: Chancellor
   Olaf Scholz condemned …": one event's, FX57's test).
3. A bullet list of separate items with no lead-ins was not read. Under a newsletter's cue, short news sentences that
   make up the body after an intro are items; a report's paragraphs (a dateline, a pronoun opening a paragraph, one
   report's own parts) and one event's bullets that share its terms are not.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.newsletters import JOINT_STATEMENT, listed_body, plain, stories_of

from briefgen.analyse.bodyroundups import listed_roundup

LABELLED = ("bold", "bold-colon", "bullets", "bullets-colon", "numbered", "plain-colon", "plain", "bold-dash")
BARE = ("bare-bullets", "bare-numbered")
NEWSLETTER_TITLES = ("Tuesday's briefing", "What we're watching", "Saturday edition", "Palm oil, levies and lawsuits",
                     "The Nairobi newsletter", "Asia in brief", "Monday, 14 November", "Morning briefing")
GREETINGS = ("Good morning.", "Welcome to the weekly palm oil newsletter.", "Hello from Jakarta, and happy Friday.")
PLAIN_TITLES = ("Valencia floods", "Spain counts the cost of the Valencia floods", "Hurricane Milton batters Florida",
                "Floods in Valencia", "Palm producers close ranks")
# One event's aspects, in varied words (FX57's), and a paragraph over them with no day cue
ASPECTS = (("Death toll", "At least 205 people have died in the Valencia region, officials said."),
           ("Missing", "Dozens remain unaccounted for in Paiporta and Catarroja, where cars piled up in streets."),
           ("Rescue", "Spain sent 1,200 soldiers and the military emergency unit to clear roads and search garages."),
           ("Warnings", "Critics asked why regional alerts reached phones only after water entered homes."),
           ("Power cuts", "More than 3 million customers lost power across Florida after the landfall."),
           ("Tornadoes", "Twisters tore through St. Lucie County before landfall, killing several people."))
LEADS = ("", "The floods were the deadliest in Spain's recent history.", "Here is where things stand.")
# Several events' news, each under a place's lead-in
PLACES = (("Jakarta", "Indonesia's export levy on crude palm oil rises to 10% on December 1, the trade ministry in "
                      "Jakarta said."),
          ("Riau", "Farmers in Riau say they will march on the governor's office every Monday until flood compensation "
                   "is paid."),
          ("Kuala Lumpur", "A court in Kuala Lumpur restored the sustainability certificate of a Sabah cooperative."),
          ("Bangkok", "Thailand postponed its B10 biodiesel mandate to 2028, the energy ministry in Bangkok said, citing "
                      "the cost to fuel retailers."),
          ("Kuching", "Sarawak's plantation owners asked the federal government for 20,000 more foreign workers at a "
                      "meeting in Kuching."),
          ("Nairobi", "Kenya's tea auction in Nairobi closed at its highest average price since March."))


@settings(max_examples=examples(60), deadline=None)
@given(items=st.lists(st.sampled_from(ASPECTS), min_size=3, max_size=6, unique=True),
       shape=st.sampled_from(LABELLED + BARE), lead=st.sampled_from(LEADS), title=st.sampled_from(PLAIN_TITLES))
def test_one_events_aspects_under_a_plain_headline_are_no_roundup(items: list[tuple[str, str]], shape: str, lead: str,
                                                                  title: str) -> None:
    assert not listed_roundup(title, plain(listed_body(lead, items, shape)))


@settings(max_examples=examples(60), deadline=None)
@given(items=st.lists(st.sampled_from(PLACES), min_size=3, max_size=6, unique=True),
       shape=st.sampled_from(LABELLED), title=st.sampled_from(PLAIN_TITLES))
def test_a_newsletter_headed_by_no_newsletters_cue_is_read_as_a_report(items: list[tuple[str, str]], shape: str,
                                                                       title: str) -> None:
    """The other side of 1, accepted: a list of several events under a plain headline, no greeting, is a report."""
    assert not listed_roundup(title, plain(listed_body("", items, shape)))


@settings(max_examples=examples(60), deadline=None)
@given(items=st.lists(st.sampled_from(PLACES), min_size=3, max_size=6, unique=True),
       shape=st.sampled_from(LABELLED + BARE), title=st.sampled_from(NEWSLETTER_TITLES + PLAIN_TITLES),
       greeting=st.sampled_from(("",) + GREETINGS))
def test_a_newsletter_by_places_or_bullets_is_a_roundup(items: list[tuple[str, str]], shape: str, title: str,
                                                        greeting: str) -> None:
    if title in PLAIN_TITLES and not greeting:
        greeting = GREETINGS[0]  # (a newsletter's cue: its headline or its greeting)
    assert listed_roundup(title, plain(listed_body(greeting, items, shape)))


def test_the_reported_inputs() -> None:
    assert not listed_roundup("Valencia floods", plain(listed_body("", list(ASPECTS[:4]), "bold")))
    assert listed_roundup("Tuesday's briefing", plain(listed_body("Good morning.", list(PLACES[:4]), "plain")))
    assert listed_roundup("Tuesday's briefing", plain(listed_body("", list(PLACES[2:]), "bold-dash")))
    assert listed_roundup("Tuesday's briefing", plain(listed_body("Good morning.", list(PLACES[:4]), "bare-bullets")))


REACTIONS = (("Germany", "Chancellor Olaf Scholz condemned the attack in the strongest terms and called for a halt."),
             ("France", "President Emmanuel Macron said French forces in the region had helped intercept projectiles."),
             ("Jakarta", "Indonesia's foreign ministry urged restraint on all sides and called for talks in Jakarta."),
             ("Nairobi", "Officials in Nairobi expressed deep concern over the escalation and urged calm."))


@pytest.mark.parametrize("shape", LABELLED)
def test_reactions_by_place_stay_one_events(shape: str) -> None:
    assert not listed_roundup("Tuesday's briefing", plain(listed_body("", list(REACTIONS), shape)))


ONE_EVENT_BULLETS = {
    # one event's facts: they share its terms
    "facts": ("Good morning.", [("", "Floods in Valencia have killed at least 205 people, officials in Valencia said."),
                                ("", "Soldiers are searching garages in Valencia for the missing after the floods."),
                                ("", "The Valencia floods were the deadliest in Spain's recent history."),
                                ("", "Valencia's regional government faces questions over flood alerts.")]),
    # a wire report's paragraphs: a dateline first
    "wire": ("", [("", "JAKARTA, Dec 1 (Reuters) - Indonesia will raise its export levy on crude palm oil to 10% from "
                       "December 1, the trade ministry said."),
                  ("", "The increase will fund replanting for smallholders, Minister Budi Santoso told reporters."),
                  ("", "Malaysia, the world's second-largest producer, said it would not follow the increase."),
                  ("", "Prices rose 2% in Kuala Lumpur after the announcement on Tuesday afternoon.")]),
    # a report's paragraphs: a pronoun opens one
    "paragraphs": ("", [("", "Ellen van der Meer has chosen four parties to form the next Dutch government."),
                        ("", "Her reasoning is blunt and her report runs to forty pages of careful argument."),
                        ("", "Four parties with 77 seats make a majority in the lower house on paper."),
                        ("", "The first test comes on farming, where the parties disagree about buy-outs.")]),
    # Axios' parts
    "axios": ("", [("", "Indonesia and Malaysia agreed on Friday to negotiate jointly with the European Union."),
                   ("Why it matters", "The two countries grow 85% of the world's palm oil between them."),
                   ("Driving the news", "Ministers signed the joint statement in Kuala Lumpur on Friday."),
                   ("What's next", "The two will present the joint position in Brussels in January.")]),
}


@pytest.mark.parametrize("kind", sorted(ONE_EVENT_BULLETS))
@pytest.mark.parametrize("title", ("What we're watching", "Tuesday's briefing"))
def test_one_events_bullets_under_a_newsletters_headline_are_no_roundup(kind: str, title: str) -> None:
    head, items = ONE_EVENT_BULLETS[kind]
    body = (head + "\n\n" if head else "") + "\n".join(
        f"- **{label}:** {text}" if label else f"- {text}" for label, text in items)
    assert not listed_roundup(title, plain(body))


VAL = {"wire1": ("Death toll from Spain's Valencia floods rises to 205", "Reuters", "2024-11-01T09:00:00+00:00",
                 "VALENCIA, Nov 1 (Reuters) - The death toll from flash floods in Spain's Valencia region rose to 205 "
                 "on Friday, officials said, as soldiers searched garages and cars in Paiporta for the missing."),
       "wire2": ("Valencia floods: 205 dead as Spain sends soldiers", "Associated Press", "2024-11-01T10:00:00+00:00",
                 "At least 205 people have died in floods in the Valencia region, Spanish officials said Friday, as "
                 "the government sent 1,200 soldiers to Paiporta and other towns to search for the missing.")}


def test_one_events_parts_under_a_plain_headline_join_its_story(tmp_path: Path) -> None:
    """Kept out of its story by FX54's rule at the session's start (s50)."""
    piece = ("Valencia floods", "BBC", "2024-11-01T12:00:00+00:00", listed_body("", list(ASPECTS[:4]), "bold"))
    assert stories_of(tmp_path, {**VAL, "piece": piece}) == {("piece", "wire1", "wire2")}


LETTER_ITEMS = (("Levy", "Indonesia's export levy on crude palm oil rises to 10% on December 1, the trade ministry in "
                         "Jakarta said on Wednesday."),
                ("Riau", "Farmers in Riau say they will march on the governor's office every Monday until compensation "
                         "for last year's floods is paid."),
                ("Kuala Lumpur", "Indonesia and Malaysia agreed on Friday to negotiate jointly with the European Union "
                                 "over its deforestation rule and to fund satellite mapping for smallholders, after a "
                                 "ministerial meeting in Kuala Lumpur."),
                ("Bangkok", "Thailand postponed its B10 biodiesel mandate to 2028, the energy ministry in Bangkok said, "
                            "citing the cost to fuel retailers."))


@pytest.mark.parametrize("shape", ("plain", "bold-dash", "bare-bullets"))
def test_a_newsletter_by_places_or_bullets_is_a_story_of_its_own(tmp_path: Path, shape: str) -> None:
    """The newsletter lists the joint statement among other events: it joined the statement's story at s50."""
    items = [(label, text) for label, text in LETTER_ITEMS]
    items[0] = ("Jakarta", items[0][1])
    letter = ("Tuesday's briefing", "Palm Oil Trade Weekly", "2026-11-14T07:00:00+08:00",
              listed_body("Good morning.", items, shape))
    assert stories_of(tmp_path, {**JOINT_STATEMENT, "letter": letter}, "Asia/Jakarta") == {
        ("star-cpopc", "wire-cpopc"), ("letter",)}
