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
  "ten", the English number, it is no plural ("Meanwhile ten Britons died", "On Tuesday ten Republicans voted"),
  unless the text gives that particle run and word as a titled person's surname ("minister Pieter ten Vries",
  "Mr ten Vries": `_titled_surname`, FX118), where "Vries" is a name ending in "s", not a plural.

So "Ten Downing Street", "the ten Members", "won ten Premier League titles", "In Ohio ten Republicans said" stay as
they were. A later "Ter Horst said" or "Professor ter Horst" refers to the full name (namekeys.reference_forms reads
these particles too), and the name is filed as lexicon's lower-case particles are ("Horst, Maarten ter").
"""
from __future__ import annotations

import re
from typing import Sequence

from briefgen.analyse.runspans import RunSpan
from briefgen.analyse.lexicon import (DEMONYMS, GIVEN_NAME_MONTHS, HONORIFICS, MONTHS_DAYS, NATIONALITIES, ORG_HEADS, PLACES, ROLE_NOUNS,
                                      STOPWORDS, SURNAME_PARTICLES, TITLE_WORDS)

# Particles only between a given name (or a title) and a surname (module docstring); "'t" in both apostrophes.
POSITION_PARTICLES = frozenset("ten ter te op het 't \u2019t af vom zum zur".split())
_ANY_PARTICLE = "|".join(sorted(SURNAME_PARTICLES | POSITION_PARTICLES | {"in"}, key=lambda w: (-len(w), w)))
_GAP = re.compile(rf"(?:[ \t]+(?:{_ANY_PARTICLE}))+[ \t]+")
_NOT_A_NAME = STOPWORDS | (MONTHS_DAYS - GIVEN_NAME_MONTHS) | PLACES | DEMONYMS | NATIONALITIES | ROLE_NOUNS | ORG_HEADS
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# A title word then one or two capitalised words ("minister Pieter ", "Dr. Anna Maria "), or a capitalised honorific
# alone ("Mr "), ending right before a particle run (FX118); "\u2024" is a masked text's abbreviation dot (quotespeakers).
_TITLED_BEFORE = re.compile(r"(?<![\w.\u2024])(?:(?i:%s)[.\u2024]?[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){1,2}|(?:%s)[.\u2024]?[ \t]+)$" % (
    "|".join(re.escape(w.rstrip(".")) for w in sorted(TITLE_WORDS, key=lambda w: (-len(w), w))),
    "|".join(re.escape(w.rstrip(".").capitalize()) for w in sorted(HONORIFICS, key=lambda w: (-len(w), w)))))


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
    return not counted_plural(text, " ".join(words), right)


def counted_plural(text: str, particles: str, word: str) -> bool:
    """Whether `word` after `particles` (lower case, one space apart) is the plural the English "ten" counts rather than
    a surname after the particle (module docstring): "ten Britons" yes; "ten Hag" no; "ten Vries" no where `text` gives
    it after a title and a given name or an honorific (`_titled_surname`, FX118)."""
    bare = _POSSESSIVE.sub("", word)
    return particles.rsplit(None, 1)[-1] in ("ten", "te") and bare.endswith("s") and not _titled_surname(text, particles, bare)


def _titled_surname(text: str, particles: str, word: str) -> bool:
    """Whether `text` writes `particles` (lower case, one space apart: "ten") and `word` ("Vries") after a title and a
    given name or after an honorific ("minister Pieter ten Vries", "Mr ten Vries"): a person's surname there, so
    "ten Vries" is no number and plural anywhere in `text` (FX118; "Pieter ten Vries" was "Vries")."""
    for found in re.finditer(r"(?<!\w)%s[ \t]+%s(?!\w)" % (r"[ \t]+".join(map(re.escape, particles.split())), re.escape(word)), text):
        if _TITLED_BEFORE.search(text, max(0, found.start() - 80), found.start()):
            return True
    return False


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
