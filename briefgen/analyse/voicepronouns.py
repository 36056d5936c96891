"""A pronoun after a sentence whose subject is an organisation's voice: the organisation's words (orgvoices.py).

    voice_subject(masked, lo, hi)   # -> (start, end, pronouns) of "A Northsound spokesman" opening masked[lo:hi]

A ferry trial (tests/stories/ferry/, 2026-12-05) lost two of Northsound Ferries' quotations: "A Northsound spokesman
said all four of the day's crossings had been cancelled … ‘We regret the disruption …,’ he said." and "The company
said the decision was routine. “Placing the master on leave …,” it said in a statement." A pronoun whose sentence,
or the sentence before it, opens with an organisation's voice as the subject of a speech verb — a spokesperson
("A Northsound spokesman", "A spokeswoman for Northsound Ferries", "he" or "she" as the noun's sex allows) or a noun
that stands for the organisation ("The company", "The trust": "it") — refers to that voice, when the sentence names
no person (the caller's check) and the voice names one organisation (orgvoices' rules, unchanged). Pure functions.
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import SPEECH_VERBS
from briefgen.analyse.capitals import CAPITAL

_VERBS = "|".join(sorted((v for v in SPEECH_VERBS if v.isalpha()), key=lambda w: (-len(w), w)))
# A short lead-in ("In a statement, ", "On Monday, "), then the subject and a speech verb.
_LEAD = r"[ \t]*(?:(?:In|On|Later|Earlier|Separately|Meanwhile)\b[^,.;:]{0,40},[ \t]+)?"
_SPOKES = re.compile(_LEAD + rf"(?P<phrase>(?:[Aa]n?|[Oo]ne)[ \t]+(?:(?:chief|senior|press)[ \t]+(?={CAPITAL}))?(?:{CAPITAL}[\w'\u2019&-]*[ \t]+){{0,4}}(?:(?:chief|senior|press)"
                     rf"[ \t]+)?spokes(?P<sex>person|man|woman)(?:[ \t]+(?:for|of|at|from)[ \t]+(?:the[ \t]+)?{CAPITAL}[\w'\u2019&-]*"
                     rf"(?:[ \t]+(?:(?:{CAPITAL}|&)[\w'\u2019&-]*|of|for|and))*)?)(?:[ \t]+(?:also|later|then))?[ \t]+"
                     rf"(?:{_VERBS})\b")
_NOUN = re.compile(_LEAD + r"(?P<phrase>[Tt]he[ \t]+(?P<noun>[a-z]+))(?:[ \t]+(?:also|later|then))?[ \t]+"
                   rf"(?:{_VERBS})\b")
_PRONOUNS = {"person": ("he", "she"), "man": ("he",), "woman": ("she",)}


def voice_subject(masked: str, lo: int, hi: int) -> tuple[int, int, tuple[str, ...], str] | None:
    """(start, end, pronouns that may refer to it, noun or "") of the organisation's voice that opens the sentence
    masked[lo:hi] as the subject of a speech verb: a spokesperson ("he"/"she" as "spokesman"/"spokeswoman" allow, noun
    "") or "The <noun>" ("it", the noun); None when the sentence opens with neither."""
    found = _SPOKES.match(masked, lo, hi)
    if found is not None:
        return found.start("phrase"), found.end("phrase"), _PRONOUNS[found.group("sex")], ""
    found = _NOUN.match(masked, lo, hi)
    if found is not None:
        return found.start("phrase"), found.end("phrase"), ("it",), found.group("noun")
    return None
