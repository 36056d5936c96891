"""One fact in several wordings: words that news reports use for one another, folded to one term for the story page.

Takes a folded term (`terms.keyword`) or a sentence's text; gives the term of its wording family (`family`), or the
text with a phrase of a family written as one of its words (`phrased`). Used by the story page's comparison only
(`adds_frames.sentence_terms`, `compare.terms_of`): never by the grouping, whose terms stay `terms.py`'s.

Why (tests/stories/ferry, 2026-12-05): the steering-warning story's four reports told the company's one reply in four
wordings — "rectified at the time" (the Coast Record), "had been fixed when they were reported" (the Standard), "had
been repaired at the time" (Reuters), "the repairs had been signed off" (Ferry & Port Week) — and the investigators'
report said the fault "was never properly put right" where another said the valve "was never truly fixed". Word
overlap (compare.py) pairs two sentences by their shared terms, and these share none of the words that carry the fact,
so each was listed as what its report adds, four rows for one reply.

The rule: a word of a family below is read as the family's first word. A family is words that report one fact in
news prose whatever the outlet's house style (the verb of the fact and its noun, in the forms `terms.fold` leaves:
"repairs" is "repair", "fixes" is "fixe"), not words that are merely related ("failure" is not "defect": a failure is
an event, a defect a state; "declined", also "declined to comment", is in no family; "fired", also shots, neither).
A family's word still needs a second shared term to make two sentences counterparts (compare.MIN_SHARED), so "the
bridge was repaired" and "the ferry was fixed" are no pair. Phrases of a family ("put right", "stepped down", "called
off") are read as its first word (`phrased`), with an adverb between allowed ("put it right" is not: "it" may be any
thing). Measured in docs/stories.md ("A fact in several wordings").
"""
from __future__ import annotations

import re

# Each family: its term first, then the other forms (as `terms.fold` gives them) that report the same fact.
FAMILIES: tuple[tuple[str, ...], ...] = (
    ("repair", "repaired", "repairing", "rectify", "rectified", "rectifying", "fix", "fixed", "fixe",
     "fixing", "mend", "mended", "mending", "remedied"),
    ("defect", "fault", "faulty", "defective", "malfunction", "malfunctioned", "malfunctioning"),
    ("injured", "injury", "hurt", "wounded", "injuring"),
    ("resign", "resigned", "resigning", "resignation", "quit", "quitting"),
    ("arrested", "arrest", "detained", "detention"),
    ("cancelled", "canceled", "cancel", "cancellation", "scrapped", "axed"),
    ("suspended", "suspend", "suspension", "halted", "halt"),
    ("bought", "buy", "acquired", "acquire", "acquisition", "purchased", "purchase"),
    ("banned", "ban", "prohibited", "outlawed"),
    ("certificate", "certified", "certification"),
)
# A word of a family negated ("was never fixed", "had not been repaired", "no faults") is its own term, NEGATED and the
# family's term: "the fault was never put right" and "the ferry is to be repaired" are opposite facts, no pair (the
# ferry trial's investigators' report beside the ship's repair date, 2026-12-05).
NEGATED = "non"
FAMILY: dict[str, str] = {form: term for words in FAMILIES for term in (words[0], NEGATED + words[0])
                          for form in (words if term == words[0] else [NEGATED + word for word in words])}
# Phrases of a family, read as its first word: "put right" (an adverb between: "properly put right"), "step down",
# "call off", "sign off" in their forms
_PHRASES = (
    (re.compile(r"\bput\s+right\b", re.IGNORECASE), "repaired"),
    (re.compile(r"\b(?:step|steps|stepped|stepping)\s+down\b", re.IGNORECASE), "resigned"),
    (re.compile(r"\b(?:call|calls|called|calling)\s+off\b", re.IGNORECASE), "cancelled"),
    (re.compile(r"\b(?:signed|signs|sign)\s+off\b", re.IGNORECASE), "certified"),
)
_ANY_PHRASE = re.compile(r"\b(?:put\s+right|(?:step|steps|stepped|stepping)\s+down|(?:call|calls|called|calling)\s+off|"
                         r"(?:signed|signs|sign)\s+off)\b", re.IGNORECASE)
_FORMS = "|".join(sorted({word for words in FAMILIES for word in words}, key=lambda w: (-len(w), w)))
# A negation right before a family's word, or with at most three lower-case words between ("had not yet been
# repaired", "was never properly put right"); "no" right before it only ("no faults", not "no doubt the fault …")
_NEGATED = re.compile(rf"(?:(?:\bnot|\bnever|\bcannot|n[\u2019']t)(?:\s+[a-z]+){{0,3}}?|\bno)\s+(?P<word>(?:{_FORMS})(?:e?s)?)\b",
                      re.IGNORECASE)


def family(term: str) -> str:
    """The term of `term`'s wording family (FAMILIES: "rectified", "fixed" → "repair"), else `term` itself."""
    return FAMILY.get(term, term)


def phrased(text: str) -> str:
    """`text` with each phrase of a family ("put right", "stepped down", "called off", "signed off") written as the
    family's word ("repaired", …), and each negated word of a family ("never fixed", "not been repaired", "no faults")
    written with NEGATED before it ("nonfixed"), so that `family` reads them; other text unchanged. The replacement may change the
    text's length: use it for terms only, never for offsets."""
    if _ANY_PHRASE.search(text):
        for pattern, word in _PHRASES:
            text = pattern.sub(word, text)
    if "n" in text:
        text = _NEGATED.sub(lambda m: m.group(0)[:m.start("word") - m.start()] + NEGATED + m.group("word"), text)
    return text
