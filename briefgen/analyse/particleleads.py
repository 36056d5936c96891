"""The lower-case particles written before a surname alone: "Mr. van den Berg", "In Den Haag, van den Berg told" name
"van den Berg", not "Berg" (T30 F3, FX111, 2026-12-07).

Takes a text and the span of a one-word name read as a person's; gives where its surname starts. A name run starts at a
capital (nameruns.RUN), so a particle surname written alone in lower case was the mention "Berg": across the archive
that is the last word of every van den Berg, Berg and Ter Berg, and `briefgen check` warned that '"Berg" alone may be
"Anna van den Berg" or "Pieter van den Berg"'. The short form of a particle surname is its whole particle run
(namekeys.reference_forms gives "van den Berg" of "Pieter van den Berg"); read so, it is matched against the full names
whose surname is that run (lonenames.lone_surnames). A reference to a full name of the same article took its particles
already (names._mention); this is the same reading for a name the article does not give in full. Not the French "à la"
("à la Trump": a manner, no particle).
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import SURNAME_PARTICLES
from briefgen.analyse.nameparticles import POSITION_PARTICLES, counted_plural

# Lower-case particles ending right before a name (lexicon.SURNAME_PARTICLES, nameparticles.POSITION_PARTICLES).
PARTICLES_BEFORE = re.compile(r"(?<!\w)(?:(?:%s)[ \t]+)+$" % "|".join(sorted(SURNAME_PARTICLES | POSITION_PARTICLES)))
_AFTER_WORD = re.compile(r"\w[ \t]+$")  # a word before the particles, as "Meanwhile ten Britons" has (not ", ten Vries")
_A_LA = re.compile(r"(?<!\w)[àaÀA][ \t]+$")


def particle_start(text: str, start: int) -> int:
    """Where the surname whose capitalised word starts at `start` of `text` starts: at its lower-case particles
    ("van den " of "… Mr. van den Berg said"), if any, else `start` ("Berg said"). Offsets are `text`'s (characters).
    "ten" after a word and before a plural it counts is no particle ("Meanwhile ten Britons said":
    nameparticles.counted_plural, FX118); after punctuation it is ('In Den Haag, ten Vries told', '…," ten Vries said')."""
    particles = PARTICLES_BEFORE.search(text, max(0, start - 12), start)
    if particles is None or text[particles.start():start].startswith("la ") and _A_LA.search(text, max(0, particles.start() - 3), particles.start()):
        return start
    if _AFTER_WORD.search(text, max(0, particles.start() - 2), particles.start()) and counted_plural(
            text, " ".join(text[particles.start():start].split()), text[start:].split(None, 1)[0].rstrip(".,;:!?")):
        return start
    return particles.start()
