"""A particle and one capitalised word, written with no given name: a person's surname only with a person's evidence,
a company's where the text says so (T30 F5, FX111, 2026-12-07).

"Dutch contractor Van Oord will build …" and "a Van Oord spokeswoman said" made a person "Van Oord" (filed "Oord,
Van"): a run of a particle and one word ("Van Oord", "De Beers", "Du Pont", "Le Pen", "De Wit") is read as a surname
by its shape (nameruns.classify), yet Dutch, Belgian and French firms are named so as often as people. Written with a
full name of the same surname in the article, it is that person's reference (names._mention reads that first); else
`particle_kind` reads the article:
- a company's where the text says so: a company noun right before it ("contractor Van Oord", "the group De Beers"),
  "shares in" it, its spokeswoman, spokesman or statement ("a Van Oord spokeswoman", "Van Oord said in a statement"),
  its chief executive, shares or staff ("Van Oord's chief executive") — anywhere in the article (one sense per
  discourse);
- a person's with a person's evidence: a title before it (names._mention does not ask then), a speech verb after it
  ("De Wit said"), a quotation right before it ("“…,” Zum Browne sagte": its speaker in any language), "he", "she"
  or "his" … later in its sentence ("Do Van Thanh and his men"), or a job appositive after it ("De Wit, the
  Commission's spokesman");
- else no one's: the mention is left out, as a lone capitalised word that speaks for no one is (names._mentions).
The company nouns are the company heads of the trials' texts, as lexicon.COMPANY_NOUNS holds them, and the business
press's descriptors of a firm ("contractor", "shipbuilder", "brewer", …).
"""
from __future__ import annotations

import re
from functools import lru_cache

from briefgen.analyse.lexicon import COMPANY_NOUNS, OCCUPATIONS, ROLE_NOUNS, TITLE_WORDS
from briefgen.analyse.nameruns import ORGANISATION, PERSON

_FIRM_NOUNS = frozenset("""contractor contractors company firm group maker manufacturer operator shipbuilder supplier
retailer insurer lender brewer carrier conglomerate subsidiary chain brand distributor dredger outfit""".split())
# (not a person's job as well: "engineer", "developer", "producer", "builder", "broker", "rival" — "his rival Le Pen")
_AFTER = (r"(?i:\s+(?:spokeswoman|spokesman|spokesperson|representative|shares|employees|staff|workers)\b"
          r"|\s+said\s+in\s+a\s+statement|['\u2019]s?\s+(?:chief\s+executive|ceo|board|shares|shareholders|staff|employees|profits?|revenues?)\b)")
_QUOTED_BEFORE = re.compile(r"[\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a],?[ \t]+$")  # ("“…,” X", "„…,“ X", "«…», X": any language's closing mark)
_PRONOUN_AFTER = re.compile(r"[^.!?\n]{0,60}?\b(?:he|she|his|her|him|himself|herself)\b")  # (its sentence's rest)
_APPOSITIVE = re.compile(r",\s+([^,.;:!?\n\u201c\"]{1,60})")  # (", the Commission's spokesman,")


@lru_cache(maxsize=1)
def _before() -> str:
    nouns = sorted(_FIRM_NOUNS | {n for n in COMPANY_NOUNS if " " not in n} - {"broker"}, key=lambda n: (-len(n), n))
    return rf"(?:\b(?i:{'|'.join(map(re.escape, nouns))})\s+|\b(?i:shares\s+in)\s+)"


def firm_said(text: str, surface: str) -> bool:
    """Whether `text` says somewhere that the name `surface` is a company's (module docstring): "contractor Van Oord",
    "shares in Van Oord", "a Van Oord spokeswoman", "Van Oord said in a statement", "Van Oord's chief executive"."""
    name = re.escape(surface).replace(r"\ ", r"\s+")
    return re.search(rf"{_before()}{name}(?!\w)|(?<!\w){name}{_AFTER}", text) is not None


def particle_kind(text: str, start: int, end: int, surface: str, speaker: bool) -> str | None:
    """The kind of the untitled mention `text[start:end]` == `surface`, a particle and one word that no full name of
    the article gives: ORGANISATION where the text says it is a company's (`firm_said`), PERSON where it speaks
    (`speaker`: a speech verb follows; or a quotation ends right before it), a personal pronoun follows in its sentence
    or a job appositive follows it, else None (no one's: left out)."""
    if firm_said(text, surface):
        return ORGANISATION
    if speaker or _QUOTED_BEFORE.search(text, max(0, start - 4), start) or _PRONOUN_AFTER.match(text, end):
        return PERSON  # ("“…,” Zum Browne sagte": a quotation's speaker in any language; "X and his men": a person's)
    appositive = _APPOSITIVE.match(text, end)
    if appositive is not None and any(w.lower().rstrip("'\u2019s") in _JOBS or w.lower() in _JOBS for w in appositive[1].split()):
        return PERSON
    return None


_JOBS = TITLE_WORDS | OCCUPATIONS | ROLE_NOUNS
