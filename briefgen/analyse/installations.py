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

from collections.abc import Callable

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


# Ranks of two words neither of which the title lexicon holds alone ("Marshal" is a surname there) or that open with a
# word a station's name may hold ("Air", "Squadron"): the forces' own ranks (RAF, RN, US and NATO rank tables).
RANK_PAIRS = frozenset(("air marshal", "air vice-marshal", "air commodore", "air chief", "squadron leader", "sqn ldr",
                        "wing commander", "wg cdr", "group captain", "gp capt", "flight lieutenant", "flt lt",
                        "flying officer", "pilot officer", "flight sergeant", "warrant officer", "field marshal",
                        "rear admiral", "vice admiral", "lance corporal", "staff sergeant", "master sergeant"))


def _titled(lowered: list[str], titles: frozenset[str]) -> bool:
    """Whether a rank or title stands among `lowered` (lower-case words): a title word (`titles`) or a rank of two
    words (`RANK_PAIRS`); an abbreviation's period as written or masked ("Gen.", "Gen\u2024": quotes' DOT)."""
    return any(w in titles or w.rstrip(".\u2024") in titles for w in lowered) or any(f"{a} {b}" in RANK_PAIRS for a, b in zip(lowered, lowered[1:]))


def installation(tokens: tuple[str, ...] | list[str], titles: frozenset[str] = frozenset()) -> bool:
    """Whether the words of a run (as written) are a military base's or station's name (module docstring). `titles`:
    lower-case title words (lexicon.TITLE_WORDS); a rank or title after the force's words (one of `titles`, or of
    `RANK_PAIRS`) makes the rest a titled person, no station ("RAF Air Marshal …", "Marine Corps Commandant General
    Eric Smith", "Space Force General Chance Saltzman": BR33, 2026-12-07, each was no one). Pure; the source is FX50's
    trial."""
    if len(tokens) < 2:
        return False
    lowered = [t.lower() for t in tokens]
    if lowered[-1] in _BASE_WORDS and lowered[-2] in _FORCE_WORDS:
        return True  # "Ramstein Air Base", "Edwards Air Force Base", "Incirlik Air Base", "the Air Base"
    if lowered[0] in _LEADS or f"{lowered[0]} {lowered[1]}" in _LEAD_PAIRS and len(tokens) > 2:
        return not _titled(lowered[1 if lowered[0] in _LEADS else 2:], titles)  # ("Camp Director …": a title)
    return tokens[0] in _FORCE_INITIALS and not _titled(lowered[1:], titles)


def force_titled(tokens: tuple[str, ...] | list[str], titles: frozenset[str],
                 classify: Callable[[tuple[str, ...]], tuple[str, int] | None]) -> tuple[str, int] | None:
    """("person", n) when a run opens with a force's initials or words (`_LEAD_PAIRS`), then a rank and a name ("RAF Squadron Leader Ian Smith",
    "RAF Flt Lt John Nichol", "RAF Air Marshal Harvey Smyth": the initials and the rank its title, n words), else None.
    `titles` as for `installation`; `classify` reads the words after the initials (nameruns._classify). BR33
    (2026-12-07): each was an organisation of the whole run, given the person's quotation."""
    lowered = [t.lower() for t in tokens]
    force = 1 if tokens[0] in _FORCE_INITIALS else 2 if len(tokens) > 2 and f"{lowered[0]} {lowered[1]}" in _LEAD_PAIRS else 0
    if not force and not _RANK_FIRSTS.isdisjoint(lowered):  # "Air Marshal Harvey Smyth", "Royal Air Force Air Vice
        return _ranked(tokens, lowered, classify)  # Marshal …" (FX60)
    if not force or len(tokens) < force + 2:
        return None
    rank = 3 if " ".join(lowered[force:force + 3]) in RANK_TRIPLES else 2 if f"{lowered[force]} {lowered[force + 1]}" in RANK_PAIRS else 0
    rest = classify(tuple(tokens[force + rank:])) if len(tokens) > force + rank else None
    if rest is None or rest[0] != "person" or not (rank or rest[1]) or rest[1] >= len(tokens) - force - rank:
        return None
    return "person", force + rank + rest[1]


# Ranks of three words ("Air Vice Marshal" as the RAF writes it without its hyphen, "Air Chief Marshal"), and the first
# words of every rank of RANK_PAIRS and these (a run without any is read no further here).
RANK_TRIPLES = frozenset(("air vice marshal", "air chief marshal", "chief petty officer", "chief warrant officer"))
_RANK_FIRSTS = frozenset(r.split()[0] for r in RANK_PAIRS | RANK_TRIPLES)


def rank_end(lowered: list[str] | tuple[str, ...]) -> int:
    """Where the last force's rank of two or three words (`RANK_PAIRS`, `RANK_TRIPLES`) among lower-case words ends, else
    0: "royal air force air vice marshal" -> 6; a title that holds one is a title (runparts._read: "RAF Air Marshal")."""
    end = 0
    for i in range(len(lowered) - 1):
        if " ".join(lowered[i:i + 3]) in RANK_TRIPLES:
            end = i + 3
        elif f"{lowered[i]} {lowered[i + 1]}" in RANK_PAIRS:
            end = max(end, i + 2)
    return end


def _ranked(tokens: tuple[str, ...] | list[str], lowered: list[str],
            classify: Callable[[tuple[str, ...]], tuple[str, int] | None]) -> tuple[str, int] | None:
    """("person", n) when a force's rank of two or three words stands in a run before a name (the words up to the rank
    its title, whatever they are: "Air Marshal", "Royal Air Force Air Vice Marshal", "Army Staff Sergeant"), else None
    (force_titled reads the rest as before). A name of one word is the surname the rank goes with ("Air Marshal Smyth
    said" after "Air Marshal Harvey Smyth": FX68, 2026-12-07, was the person "Air Marshal Smyth", or "Marshal Smyth"
    after "Air Vice")."""
    end = rank_end(lowered)
    rest = classify(tuple(tokens[end:])) if 0 < end <= len(tokens) - 1 else None
    if rest is None or rest[0] != "person" or len(tokens) - end - rest[1] < 1:
        return None
    return "person", end + rest[1]
