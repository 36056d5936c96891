"""Whether a body's list of lead-in items tells one event's aspects, no roundup of several events.

    one_events_list("Valencia floods: what we know so far", [], ["Death toll", "Missing", "Rescue"], "…")  # -> True
    one_events_list("World leaders react", ["Iran fired about 180 missiles at Israel on Tuesday night."],
                    ["Germany", "France", "United Kingdom", "China"], "…")                                # -> True
    one_events_list("Tuesday's briefing", ["Good morning."], ["Levy", "Riau march", "Court"], "…")         # -> False

bodyroundups.listed_roundup reads a body of three or more lead-in items whose terms differ as a newsletter's roundup
(FX54). A breaker (BR34, 2026-12-07) showed one event's structured reports passing that test, its aspects told in
varied words, and kept out of their event's story (the worse harm; a missed roundup is the lesser):
reactions by country ("Iran fired about 180 missiles … / Germany: Scholz condemned … / France: …"), a live summary
("Hurricane Milton: the latest" — "Power cuts. …", "Tornadoes. …"), "Valencia floods: what we know so far", a
timeline by phases ("How the Valencia floods unfolded": "Early warning. …", "Overflow. …"), "Meet the four parties
forming the Dutch coalition" ("PVV. …", "VVD. …"), "Five takeaways from Liverpool's win" ("Gakpo. …"), "Who pays for
…". Such a list is one event's when any of these holds:

- the headline, or a paragraph before the first item, names one event's account (ONE_EVENT_HEAD: "the latest",
  "what we know", "takeaways from", "how X unfolded", "who pays", "meet the", "react", "by the numbers", "live", …);
- a paragraph before the first item reports an event as news: a day after "on" ("… at Israel on Tuesday night",
  "agreed on Monday"), "yesterday", "overnight", "last night" (a newsletter's greeting or intro tells none:
  "Good morning.", "Welcome to the weekly palm oil newsletter.", "Here's what we're watching this Tuesday:");
- more than half of the lead-ins are names — countries, places and bodies (placewords.PLACES, nationalities,
  COUNTRIES here: "Jordan", "The Vatican", "The Kremlin"), short capitals ("PVV", "UK", "The EU", "NATO"), title-case runs of two words or more ("United Kingdom", "Mac Allister"), or a word the
  body writes capitalised inside a sentence ("Gakpo" of "Cody Gakpo doubled …"): the parties, countries or people
  of one list. A newsletter's lead-ins name its items' news ("Levy", "Riau march", "Court", "Joint front").

Rules set by hand on BR34's cases and FX54's newsletters (tests/stories/test_roundups_one_event_fx57.py); a
newsletter greeting with "on Monday" is read as one event's (the lesser harm). Lead-ins that are mostly places — a
listed place or nationality, or a name the body writes after "in", "at", "from" … ("in Riau") — are a newsletter's by
place ("Jakarta. …", "**Nairobi** — …") unless more than half their items are reactions (newslettercues.reactions:
"Germany: Chancellor Olaf Scholz condemned …"); bodyroundups asks this only of a piece that shows itself a newsletter
(FX62, tests/stories/test_roundups_newsletters_fx62.py).
English forms. Pure.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.newslettercues import reactions
from briefgen.analyse.placewords import NATIONALITIES, PLACES

_A = r"(?:'|\u2019)"
# A headline (or a short paragraph over the list) naming one event's account
ONE_EVENT_HEAD = re.compile(
    rf"(?:^|[:|\u2014\u2013-]\s*)(?:the\s+)?latest\b|^\s*(?:live|latest)\b|\blive\s+(?:updates?|blog|coverage)\b"
    rf"|\bwhat\s+we\s+(?:know|don{_A}?t\s+know)\b|\bwhat\s+(?:you\s+need\s+)?to\s+know\s+about\b"
    rf"|\btakeaways?\b|\bkey\s+(?:moments|points|facts)\b|\b(?:lessons|things\s+we\s+learned)\s+from\b"
    rf"|\bhow\b.{{0,80}}\b(?:unfolded|happened|went\s+down|played\s+out|grew|spread)\b|\btimeline\b"
    rf"|\bas\s+it\s+happened\b|\bminute[\s-]+by[\s-]+minute\b|^\s*who\s+(?:pays|wins|loses|gains|benefits|is|are)\b"
    rf"|\bwinners\s+and\s+losers\b|^\s*meet\s+the\b|\bwho{_A}s\s+who\b|\breact(?:s|ed|ions?)?\b|\brespond(?:s|ed)?\b"
    rf"|\bby\s+the\s+numbers\b|\bin\s+numbers\b|\bexplained\b|\bquestions\s+answered\b|\byour\s+questions\b"
    rf"|\bwhat\s+(?:it|this)\s+means\b|\bwhat\s+happens\s+next\b",
    re.IGNORECASE)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
          r"nov(?:ember)?|dec(?:ember)?)")
# A news report's time: "on Tuesday (night)", "on Oct. 1", "on 1 October", "yesterday", "overnight", "last night"
_NEWS_TIME = re.compile(rf"\bon\s+(?:{_DAY}|{_MONTH}\.?\s+\d|\d{{1,2}}\s+{_MONTH})\b|\byesterday\b|\bovernight\b"
                        rf"|\blast\s+night\b", re.IGNORECASE)
_TITLE_WORD = re.compile(r"[A-Z][a-z][\w'\u2019.-]*")
_SHORT_CAPITALS = re.compile(r"(?:The )?[A-Z][A-Z0-9]{1,3}")
# Countries and bodies that speak in reactions lists beyond placewords.PLACES (which other analyses read: kept apart)
COUNTRIES = frozenset("""
australia jordan pakistan indonesia malaysia singapore thailand vietnam philippines bangladesh afghanistan nigeria
kenya ethiopia sudan somalia libya tunisia algeria morocco ghana senegal chile peru colombia cuba switzerland
austria belgium netherlands greece cyprus malta croatia serbia slovenia kazakhstan uzbekistan azerbaijan armenia
mongolia nepal myanmar cambodia laos yemen kosovo albania bosnia montenegro luxembourg vatican kremlin pentagon nato
""".split()) | frozenset(("new zealand", "the netherlands", "sri lanka", "the vatican", "the un", "the eu",
                         "the african union", "african union", "the arab league", "arab league", "the white house",
                         "white house", "the kremlin", "the pentagon", "the holy see", "holy see", "european union",
                         "united nations"))


def _named(label: str, text: str) -> bool:
    """Whether lead-in `label` (as written) names a place, a party or a person (module docstring) in body `text`."""
    lower = label.lower()
    if lower in PLACES or lower in NATIONALITIES or lower in COUNTRIES or _SHORT_CAPITALS.fullmatch(label):
        return True
    label_words = label.split()
    if len(label_words) > 1:
        return all(_TITLE_WORD.fullmatch(word) for word in label_words)
    # one word: written capitalised after a word inside a sentence ("Cody Gakpo doubled")
    return _TITLE_WORD.fullmatch(label) is not None and re.search(
        rf"(?<=[\w,] ){re.escape(label)}\b", text) is not None


# A place's lead-in: a listed place or nationality, else a name the body writes after a preposition of place
# ("in Riau", "from Jakarta"); not the bodies of COUNTRIES ("NATO", "The EU"), which speak, never host news.
_PLACE_LEAD = r"(?<![\w'\u2019-])(?:in|at|from|near|across|outside|around|to)\s+(?:the\s+)?"
_BODIES = frozenset(("nato", "the un", "the eu", "the african union", "african union", "the arab league", "arab league",
                     "european union", "united nations", "the kremlin", "kremlin", "the pentagon", "pentagon",
                     "the white house", "white house", "the vatican", "vatican", "the holy see", "holy see"))


def _placed(label: str, text: str) -> bool:
    """Whether lead-in `label` (as written) names a place (`_PLACE_LEAD`) in body `text`."""
    lower = label.lower()
    if lower in _BODIES:
        return False
    return lower in PLACES or lower in NATIONALITIES or lower in COUNTRIES or re.search(
        rf"{_PLACE_LEAD}{re.escape(label)}(?![\w'\u2019-])", text) is not None


def one_events_list(title: str, lead: list[str], labels: list[str], text: str, labelled: Sequence[str] = ()) -> bool:
    """Whether a body of lead-in items is one event's (module docstring): `title` the headline, `lead` the plain
    blocks before the first item, `labels` the items' lead-ins as written, `text` the plain body, `labelled` the blocks
    that open with `labels` (in order). Lead-ins that are mostly places are a newsletter's by place unless those blocks
    are reactions (newslettercues.reactions; FX62): bodyroundups asks this of a piece that shows itself a newsletter."""
    if ONE_EVENT_HEAD.search(title) or any(
            ONE_EVENT_HEAD.search(block) or _NEWS_TIME.search(block) for block in lead if not block.endswith(":")):
        return True
    if not (2 * sum(_named(label, text) for label in labels) > len(labels) and len(labels) >= 2):
        return False
    return not (labelled and 2 * sum(_placed(label, text) for label in labels) > len(labels)
                and not reactions(list(labelled), labels))
