"""Name particles that are particles only between a given name (or a title) and a surname (issue 9, T12, 2026-12-06).

    joined_particles(text, runs)   # runs "Prof. Maarten" + "Horst" around " ter " -> one run "Prof. Maarten ter Horst"

`lexicon.SURNAME_PARTICLES` join name runs wherever they stand (nameruns.RUN). Some particles are left out of it on
purpose, because they are English words or would join unrelated capitals: the Dutch "ten", "ter", "te", "op", "het",
"'t" (and "in" before "'t"), the Swedish "af", the German "vom", "zum", "zur". Left out everywhere, they cut a name in
two: T12's "Prof. Maarten ter Horst said …" listed two people, "Maarten" and "Horst", and "Gerrit ten Cate" or
"Ole af Geijerstam" only a surname. These particles (`POSITION_PARTICLES`) join two runs here only in the position that
makes them a name's:

- the text between the runs is only particles (at least one of `POSITION_PARTICLES`, the others lexicon's);
- the run before ends in a given name or a title: a capitalised word with lower-case letters after its capital (no
  acronym), in none of the lists of sentence words, months and days (a given name's month aside: "Jan op het Veld"), places, peoples, roles or bodies (a title word
  is allowed: "Professor ter Horst", "Mr ten Hag");
- the run after is one word, the surname (a possessive or a hyphen allowed), in none of those lists either; after
  "ten", the English number, it is no plural ("Meanwhile ten Britons died", "On Tuesday ten Republicans voted").

So "Ten Downing Street", "the ten Members", "won ten Premier League titles", "In Ohio ten Republicans said" stay as
they were. A later "Ter Horst said" or "Professor ter Horst" refers to the full name (namekeys.reference_forms reads
these particles too), and the name is filed as lexicon's lower-case particles are ("Horst, Maarten ter").
"""
from __future__ import annotations

import re
from typing import Sequence

from briefgen.analyse.runspans import RunSpan
from briefgen.analyse.lexicon import (DEMONYMS, GIVEN_NAME_MONTHS, MONTHS_DAYS, NATIONALITIES, ORG_HEADS, PLACES, ROLE_NOUNS, STOPWORDS,
                                      SURNAME_PARTICLES, TITLE_WORDS)

# Particles only between a given name (or a title) and a surname (module docstring); "'t" in both apostrophes.
POSITION_PARTICLES = frozenset("ten ter te op het 't \u2019t af vom zum zur".split())
_ANY_PARTICLE = "|".join(sorted(SURNAME_PARTICLES | POSITION_PARTICLES | {"in"}, key=lambda w: (-len(w), w)))
_GAP = re.compile(rf"(?:[ \t]+(?:{_ANY_PARTICLE}))+[ \t]+")
_NOT_A_NAME = STOPWORDS | (MONTHS_DAYS - GIVEN_NAME_MONTHS) | PLACES | DEMONYMS | NATIONALITIES | ROLE_NOUNS | ORG_HEADS
_POSSESSIVE = re.compile(r"['\u2019]s?$")


Run = RunSpan  # (runspans.py: runs joined across particles)


def name_word(word: str) -> bool:
    """A capitalised word with lower-case letters after its capital, in no list of other words (module docstring)."""
    bare = _POSSESSIVE.sub("", word).rstrip(".")
    return (len(bare) > 1 and bare[:1].isupper() and any(c.islower() for c in bare[1:])
            and bare.replace("-", "").replace("'", "").isalpha() and bare.lower() not in _NOT_A_NAME)


def particle_gap(text: str, left: str, right: str, gap: str) -> bool:
    """Whether `gap` (the text between two runs, spaces included) is a name's particles between the run `left` and
    the run `right` (module docstring): "Maarten" + " ter " + "Horst" yes; "Tuesday" + " ten " + "Republicans" no."""
    found = _GAP.fullmatch(gap)
    words = gap.split()
    if found is None or not POSITION_PARTICLES.intersection(words) or " " in right.strip() or "\t" in right.strip():
        return False
    if "in" in words and words[words.index("in") + 1:words.index("in") + 2] not in (["'t"], ["\u2019t"]):
        return False  # "in" only in "in 't" ("Sophie in 't Veld")
    before = left.split()[-1]
    if not (name_word(before) or before.rstrip(".").lower() in TITLE_WORDS) or not name_word(right):
        return False
    return not (words[-1] in ("ten", "te") and _POSSESSIVE.sub("", right).endswith("s"))


def joined_particles(text: str, runs: Sequence) -> list:
    """`runs` (matches of nameruns.RUN in `text`, or runs read as they are, in order) with each two that
    `particle_gap` joins read as one `Run` (module docstring)."""
    out: list = []
    gap = _GAP.fullmatch  # (most gaps are words, which it rejects at their first letter: no slice, no call, per pair)
    for run in runs:
        last = out[-1] if out else None
        if last is not None and gap(text, last.end(), run.start()) is not None and particle_gap(
                text, last.group(), run.group(), text[last.end():run.start()]):
            out[-1] = Run(text, last.start(), run.end())
        else:
            out.append(run)
    return out
