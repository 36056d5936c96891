"""Capitalised runs that read as a person's name by their words but are a place, a room or a job by their context
(names.py asks before it lists a person).

    thing_named(text, start, end, surface)   # -> "place" | "thing" | "" for the person reading text[start:end]

The ransomware trial (tests/stories/ransom/, 2026-12-05) published People pages, each labelled "Person", for
"Great Hall" ("More than 900 students crammed into the Great Hall"), "Castlebridge North" ("the Labour MP for
Castlebridge North"), "Information Officer" ("said Dr Niamh O'Sullivan, Chief Information Officer.") and both
"Learning Hub" and "Castlebridge Learning Hub". Each is a kind, read here:
- a constituency or ward after "MP for", "MSP for", "MEP for", "member for", "councillor for" … (`_SEAT_BEFORE`):
  a place, at every mention of the article ("place");
- a run ending in the head word of a job (`OFFICE_HEADS`: officer, director, manager, secretary …) set off by a comma
  after a name ("Dr Niamh O'Sullivan, Chief Information Officer."): a job title, no person's name ("thing"); not
  elsewhere ("said Anna Director," — a title word ending a name is its surname: tests/analyse/test_title_word_surnames.py);
- a run ending in the head word of a facility (`FACILITY_HEADS`: hub, campus, building, auditorium … — not "Hall"
  nor "House", which are surnames): a place ("place");
- two or more words right after "the" or "The" (`namecontext.after_the`, which names.py reads only for one word),
  ended by punctuation or a function word ("the Great Hall on Wednesday", "The Great Hall was full"): English writes
  no article before a person's name, so this is a building, a room, a work or a ship ("thing" for that mention
  only: "the Harvey Weinstein trial", where a noun follows, keeps its person).
Not for a run with a title ("the Rev Anna Berg": names.py reads the title first) nor a run the article names as a
speaker ("Great Hall said" is left as it was). Pure functions of the text.
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import STOPWORDS
from briefgen.analyse.namecontext import after_the

PLACE, THING = "place", "thing"
# The last words of job titles that are no surname a briefing meets ("Chief Information Officer", "Head of Estates
# Director"): not "Major", "King", "Bishop", "Judge", "Dean", "Chancellor", "Marshal", which are also surnames.
OFFICE_HEADS = frozenset("""officer director manager secretary executive editor coordinator co-ordinator administrator
adviser advisor correspondent lecturer registrar treasurer provost commissioner controller superintendent supervisor
chairman chairwoman chairperson spokesperson spokesman spokeswoman""".split())
# The last words of a facility's name ("Castlebridge Learning Hub", "Student Services Building"): no surnames.
FACILITY_HEADS = frozenset("""hub campus building buildings auditorium pavilion annexe annex arena stadium gymnasium
quadrangle atrium concourse refectory theatre theater precinct plaza""".split())
# A constituency's or a ward's name after its member: "the Labour MP for Castlebridge North", "MSP for Glasgow Kelvin".
_SEAT_BEFORE = re.compile(r"(?<![\w-])(?:MPs?|MSPs?|MSs?|MLAs?|MEPs?|AMs?|TDs?|[Mm]ember|[Cc]ouncill?or)[ \t]+for[ \t]+$")
# A job title set off after a name: ", " and perhaps title words written before the run ("O'Sullivan, Chief ").
_APPOSITIVE_BEFORE = re.compile(r"[\w.'\u2019],[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){0,3}$")
# What ends a run that "the" opens as a name of its own: punctuation, a line's end, or a function word.
_AFTER_THING = re.compile(r"[ \t]*(?:[.,;:!?)\u201d\"'\u2019]|\n|$|(?P<word>[a-z]+)\b)")


def thing_named(text: str, start: int, end: int, surface: str) -> str:
    """What the untitled person reading `surface` at text[start:end] is by its context: PLACE, THING or "" (a person
    as far as this module knows; module docstring)."""
    words = surface.lower().split()
    if _SEAT_BEFORE.search(text, max(0, start - 24), start):
        return PLACE
    if len(words) < 2:
        return ""
    if words[-1] in FACILITY_HEADS:
        return PLACE
    if words[-1] in OFFICE_HEADS and _APPOSITIVE_BEFORE.search(text, max(0, start - 60), start):
        return THING  # (not "said Anna Director,": a title word ending a name is its surname, titlewords.NO_SURNAMES)
    if after_the(text, start):
        follows = _AFTER_THING.match(text, end)
        if follows is not None and (follows.group("word") is None or follows.group("word") in STOPWORDS):
            return THING
    return ""
