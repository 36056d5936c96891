"""Whether a capitalised run names a place by its context, and the places one article names (issue 9, People).

    from briefgen.analyse.places import place_context
    place_context("hearings in Pontypridd and Merthyr Tydfil.", 31, 45)   # -> True

A run that nameruns.py reads as a person ("Merthyr Tydfil", "Mountain Ash") is a place when its context says so:
- a lower-case geographic noun follows it ("the Mokri Yaly river", "the Rhondda Cynon Taf council", "the An Phu
  ward": `lexicon.GEO_NOUNS`), or comes before it with "at" or "of" ("the beach at Do Son", "the port of Jebel Ali";
  BR22, 2026-12-06, listed persons "Do Son" and "An Phu");
- a street's last word that is also a surname (Lane, Way, Court, Row, Terrace: `lexicon.STREET_SURNAMES`) after
  "on", "off" or "along" ("her house on Cutler Lane": the fourth trial's People page had "Lane, Cutler");
- a place preposition comes before it ("in Blahodatne", "near Mountain Ash": `lexicon.PLACE_PREPOSITIONS`),
  also across a list of names joined by "and", "or" and commas, which the preposition governs whole: "in
  Pontypridd and Merthyr Tydfil", "near Treforest, Abercynon or Mountain Ash" (the third trial's People page had
  "Merthyr Tydfil" and "Mountain Ash" as people, from such lists; 2026-12-03). A name after a comma alone is
  in the list only when the list goes on after it: "in Bratislava, Emmanuel Macron set out …" and "ambassador
  in Washington, Oksana Markarova, welcoming …" are a place and a person (the sample briefing's).
One sense per discourse (Gale, Church & Yarowsky 1992, "One sense per discourse", HLT): a name an article
shows to be a place is a place wherever that article writes it ("Merthyr Tydfil and Abercynon also saw
flooding", then "in Merthyr Tydfil"), and names.NameIndex / people.people_of apply it across the archive (an
article that never says where a town is names the town another article put a preposition before).
A person's name after "in" still reads as a person when a title comes with it ("in President Biden's view":
names.py asks only of runs without a title) or a possessive ends it ("in Boris Johnson's government": whose,
not where; a place's possessive, "in Kyiv's suburbs", is read no further), and "between X and Y" is no place
context (talks between two people). What the article-wide reading keeps: a mention with a title, or followed by
a speech verb ("Ash said"), and anyone quoted (people.people_of).
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.lexicon import GEO_NOUNS, PLACE_PREPOSITIONS, STREET_SURNAMES

_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
_PREVIOUS_WORD = re.compile(r"\b(\w+)[ \t]+$")
# Vietnam's urban and rural divisions too ("the An Phu ward"; not in GEO_NOUNS, which propernames.py and PLACE_HEADS
# read: "Claire Ward" is a surname's)
_AREA_NOUNS = GEO_NOUNS | frozenset(("ward", "commune"))
_SALT = re.compile(r"[ \t]+(?:flats?|pans?|lakes?|marsh(?:es)?)\b")  # a salt flat, pan, lake, marsh: a landform (T24)
_COMMUNITY_OF = frozenset(("community", "hamlet", "settlement", "municipality", "parish"))  # "the community of Tres Pozos"
_GEO_OF = re.compile(r"\b([a-z]+)[ \t]+(?:at|of)[ \t]+$")
# A list before the run: one to four capitalised names (of up to four words), each ended by a comma or "and"/"or".
_LISTED_BEFORE = re.compile(rf"\b(\w+)[ \t]+(?:{CAPITAL}[\w'\u2019.\-]*(?:[ \t]+{CAPITAL}[\w'\u2019.\-]*){{0,3}}"
                            r"(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)){1,4}$")
_JOINED = re.compile(r"(?:,|[ \t](?:and|or))[ \t]+$")  # the cheap test before `_LISTED_BEFORE`
_LIST_GOES_ON = re.compile(rf"(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+){CAPITAL}")
LIST_SPAN = 160  # characters before the run read for a list (four names and their joins)


def place_context(text: str, start: int, end: int) -> bool:
    """Whether the run at text[start:end] is a place by its context (module docstring)."""
    after = _NEXT_WORD.match(text, end)
    if after is not None and (after.group(1) in _AREA_NOUNS or after.group(1) == "salt" and _SALT.match(text, after.end())):
        return True  # ("the Uyuni and Pastos Grandes salt flats": T24, FX64)
    if text[end:end + 1] in ("'", "\u2019"):
        return False  # "in Boris Johnson's government", "confidence in Keir Starmer's plan": whose, not where
    of = _GEO_OF.search(text, max(0, start - 20), start)  # "the beach at Do Son", "the port of Jebel Ali" (BR22)
    if of is not None and (of.group(1) in _AREA_NOUNS or of.group(1) in _COMMUNITY_OF and text[of.end() - 3:of.end()].strip() == "of"):
        return True
    before = _PREVIOUS_WORD.search(text, max(0, start - 16), start)
    if before is not None and (before.group(1).lower() in PLACE_PREPOSITIONS or before.group(1).lower() in (
            "on", "off", "along") and text[start:end].rsplit(None, 1)[-1].lower() in STREET_SURNAMES):
        return True  # "on Cutler Lane", "off Tanner Way": a street whose last word is also a surname
    joined = _JOINED.search(text, max(0, start - 6), start)
    if joined is None or joined.group().startswith(",") and _LIST_GOES_ON.match(text, end) is None:
        return False  # (after a comma alone, only a list's middle: "in Bratislava, Emmanuel Macron said" is no list)
    listed = _LISTED_BEFORE.search(text, max(0, start - LIST_SPAN), start)
    return listed is not None and listed.group(1).lower() in PLACE_PREPOSITIONS
