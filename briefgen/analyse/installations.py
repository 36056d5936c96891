"""Military bases and installations: capitalised runs that name a place where forces are stationed, no person.

    installation(["Ramstein", "Air", "Base"])        # -> True
    installation(["Joint", "Base", "Andrews"])       # -> True
    installation(["Grace", "Camp"])                  # -> False (a surname "Camp": the word ends the run)

Read by nameruns._classify (a run that is one is no name at all). FX50 (2026-12-07): a trial's People pages had
"Ramstein Air Base", "Camp Lemonnier", "Naval Station Rota", "Joint Base Andrews" and "Incirlik Air Base" as people
("RAF Lakenheath" an organisation, its capitals read as a body's). The words are the forces' own style for their
installations (US Department of Defense base names, the RAF's stations, NATO's air bases). A base's word ends the run
after a force's word ("… Air Base", "… Naval Base", "… Air Force Base") or starts it ("Camp …", "Joint Base …", "Naval
Station …", "RAF …"); "Base", "Camp" or "Fort" as a person's surname ends a run after a given name ("Grace Camp",
"Jonathan Fort") and stays a name, as "Base" does after no force's word ("Tom Base").
"""
from __future__ import annotations

# Words before a last "base"/"station"/"airfield" that make it a force's ("Ramstein Air Base", "Naval Base Kitsap").
_FORCE_WORDS = frozenset("air naval navy army military marine marines force airforce joint space missile submarine "
                         "logistics operating operations training support coast guard".split())
_BASE_WORDS = frozenset("base bases airbase station airfield garrison".split())
# First words of an installation's name: "Camp Lemonnier", "Camp Humphreys", "Camp David".
_LEADS = frozenset("camp".split())
# First two words of one: "Joint Base Andrews", "Naval Station Rota", "Naval Air Station Sigonella", "Air Station …".
_LEAD_PAIRS = frozenset(("joint base", "naval station", "naval base", "naval air", "air station", "air base",
                         "marine corps", "army garrison", "space force"))
# Royal Air Force and Royal Navy stations written with the force's initials first ("RAF Lakenheath", "RNAS Culdrose").
_FORCE_INITIALS = frozenset("RAF RNAS RAAF RCAF RNZAF".split())


def installation(tokens: tuple[str, ...] | list[str], titles: frozenset[str] = frozenset()) -> bool:
    """Whether the words of a run (as written) are a military base's or station's name (module docstring). `titles`:
    lower-case title words (lexicon.TITLE_WORDS), none of which a station's name after a force's initials holds
    ("RAF Air Marshal …" is a title). Pure; the source is FX50's trial."""
    if len(tokens) < 2:
        return False
    lowered = [t.lower() for t in tokens]
    if lowered[-1] in _BASE_WORDS and lowered[-2] in _FORCE_WORDS:
        return True  # "Ramstein Air Base", "Edwards Air Force Base", "Incirlik Air Base", "the Air Base"
    if lowered[0] in _LEADS or f"{lowered[0]} {lowered[1]}" in _LEAD_PAIRS and len(tokens) > 2:
        return lowered[0] not in _LEADS or lowered[1] not in titles  # ("Camp Director …": a title)
    return tokens[0] in _FORCE_INITIALS and not any(w in titles for w in lowered[1:])
