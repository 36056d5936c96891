"""One fact in several wordings: words that news reports use for one another, folded to one term for the story page.

Takes a sentence's words and terms; gives its terms with each word of a wording family read as the family's term
(`worded`). Used by the story page's comparison only (`adds_frames.sentence_terms`, `compare.terms_of`): never by the
grouping, whose terms stay `terms.py`'s.

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
off") are read as its term, an adverb before them allowed ("properly put right"; "put it right" is not: "it" may be
any thing). Measured in docs/log/stories.md ("A fact in several wordings").
"""
from __future__ import annotations

from typing import Callable

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
FAMILY: dict[str, str] = {word: words[0] for words in FAMILIES for word in words}
_FORMS = frozenset(FAMILY)
# Phrases of a family, read as its term: "put right" (an adverb before it: "properly put right"), "step down", "call
# off", "sign off" in their forms, as (first word, second word) in lower case
_PHRASES: dict[tuple[bytes, bytes], str] = {
    (b"put", b"right"): "repair",
    **{(step, b"down"): "resign" for step in (b"step", b"steps", b"stepped", b"stepping")},
    **{(call, b"off"): "cancelled" for call in (b"call", b"calls", b"called", b"calling")},
    **{(sign, b"off"): "certificate" for sign in (b"sign", b"signs", b"signed")},
}
# (a cheap test first: both words of a phrase somewhere in the sentence's bytes)
_PHRASE_HINTS = ((b"right", b"put"), (b"down", b"step"), (b"off", b"call"), (b"off", b"sign"))
# A negation right before a family's word or phrase, or at most three words before it ("had not yet been repaired",
# "was never properly put right"; "didn't" is the words "didn" and "t"); "no" right before it only ("no faults", not
# "no doubt the fault …")
_NEGATIONS = frozenset((b"not", b"never", b"cannot", b"t"))
_REACH = 4


def family(term: str) -> str:
    """The term of `term`'s wording family (FAMILIES: "rectified", "fixed" → "repair"), else `term` itself."""
    return FAMILY.get(term, term)


def worded(chunk: bytes, terms: frozenset[str], term_of: Callable[[bytes], str | None]) -> frozenset[str]:
    """`terms` of one sentence whose words (`terms.word_bytes`, case kept) are `chunk`, each word of a family read as
    the family's term, a phrase of one too ("put right", "stepped down", "called off", "signed off"), and each
    negated ("never fixed", "not been repaired", "no faults") as NEGATED and the term ("nonrepair"); `term_of`:
    `terms.term_of`. `terms` itself, at the cost of two set tests and four `in` tests, when the sentence holds no
    word of a family and no phrase (most sentences: the story page's comparison reads every one, 2026-12-05)."""
    phrases = any(tail in chunk and head in chunk for tail, head in _PHRASE_HINTS)
    if not phrases and terms.isdisjoint(_FORMS):
        return terms
    words = chunk.lower().split()
    out = set(terms)
    for k, word in enumerate(words):
        found = _PHRASES.get((words[k - 1], word)) if phrases and k else None
        at = k - 1 if found else k
        if found is not None:  # (the phrase's words are no terms of their own: "put", "right")
            out.difference_update((term_of(words[k - 1]), term_of(word)))
        else:
            term = term_of(word)
            if term not in FAMILY:
                continue
            found = FAMILY[term]
            out.discard(term)
        if b"no" == words[at - 1] if at else False:
            found = NEGATED + found
        elif not _NEGATIONS.isdisjoint(words[max(0, at - _REACH):at]):
            found = NEGATED + found
        out.add(found)
    return frozenset(out)
