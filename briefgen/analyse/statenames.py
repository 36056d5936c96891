"""A state's formal name, or its first words: a place, no person's or organisation's name.

    state_named(["democratic", "republic"])                  # True: of "the Democratic Republic of Congo"
    state_named(["islamic", "republic", "of", "iran"])       # True
    state_named(["new", "republic"])                         # False: "The New Republic", a magazine

A tester's briefing (T21, 2026-12-07) listed a person "Republic, Democratic" from "Kenya, Uganda and the Democratic
Republic of Congo": the run is parted at "of" (runparts.py), and "Democratic Republic" read as a given name and a
surname. A state's form of government ("Republic", "Kingdom", "Emirates", "Sultanate", "Principality") after the
adjectives of states' formal names (democratic, islamic, federal, people's, socialist, arab, united, …) or a
nationality, or before "of" and a name ("Republic of Korea", "Kingdom of Saudi Arabia"), names a state: no one's name
(as places are: nameruns.classify). A newspaper or a firm so named ("The New Republic", "Republic Services") is not
read so.
"""
from __future__ import annotations

from briefgen.analyse.lexicon import DEMONYMS, NATIONALITIES

STATE_FORMS = frozenset("republic kingdom emirates emirate sultanate principality grand-duchy".split())
STATE_ADJECTIVES = frozenset("""democratic islamic federal people's peoples' popular socialist arab united central
african dominican czech slovak hellenic bolivarian cooperative plurinational kyrgyz""".split())


def state_named(lowered: list[str] | tuple[str, ...]) -> bool:
    """Whether lower-case run words name a state: a form of government after state adjectives or nationalities
    ("Democratic Republic", "Central African Republic", "United Arab Emirates"), or a form then "of" ("Republic of
    Korea", "Democratic Republic of the Congo")."""
    at = next((i for i, w in enumerate(lowered) if w in STATE_FORMS), -1)
    if at < 0:
        return False
    if at + 1 < len(lowered) and lowered[at + 1] == "of":
        return True
    return at == len(lowered) - 1 and at > 0 and all(
        w in STATE_ADJECTIVES or w in NATIONALITIES or w in DEMONYMS for w in lowered[:at])
