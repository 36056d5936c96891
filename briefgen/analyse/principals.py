"""A person named after "a spokesperson for", "an aide to", "a lawyer for" is the one spoken for, never the speaker
(issue 9, BR8's kind 3, 2026-12-06).

    spoken_for(["a", "spokesperson", "for", "mr"])   # -> ["a", "spokesperson", "for"]: the run is the preposition's

quotes._Context._phrase reads a name run as a preposition's object (no speaker) when the lower-case word before it
is a preposition ("A spokeswoman for Tom Reid said" → no one). A title before the name is left out of the run, so
"A spokesperson for Mr Reid said he was “disappointed”", "“We disagree,” said a spokeswoman for Mr Reid", "A
spokesperson for Trade and Industry Minister Tom Reid said", "An aide to Mr Reid said" and "a friend of Sir Tom
Reid said" gave the words to Reid. docs/people.md: a person's spokesperson's words are nobody's. The rule: when, at most
six words before the run, a noun of someone who speaks for or of another (`PRINCIPAL_NOUNS`) is followed by "for",
"to", "of" or "from" and only a title's words stand after it (lexicon.TITLE_WORDS, HONORIFICS, BRIEF_WORDS, "and",
"the", "of"), the last of them a title word left out of the run ("Mr", "Sir", "Dr"), the words before the run end
at that preposition. Left: a title the run holds ("A spokesperson for Trade and Industry Minister Tom Reid said" stays
Tom Reid's, as tests/analyse/test_brief_tails.py claims: for the lead to decide). Pure.
"""
from __future__ import annotations

from collections.abc import Sequence

from briefgen.analyse.lexicon import BRIEF_WORDS, HONORIFICS, TITLE_WORDS

# (Not "secretary", "representative", "agent", "assistant": titles of their own, "Cabinet Secretary for Health and
# Social Care Neil Gray said".)
PRINCIPAL_NOUNS = frozenset("""spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen aide aides adviser
advisers advisor advisors lawyer lawyers solicitor solicitors attorney attorneys barrister barristers friend friends
ally allies source sources confidant confidante publicist""".split())
_TITLED = TITLE_WORDS | HONORIFICS | BRIEF_WORDS | {"and", "the", "of", "for"}  # ("Trade and Industry Minister")
_PREPOSITIONS = frozenset(("for", "to", "of", "from", "close"))


def spoken_for(before: Sequence[str]) -> list[str]:
    """The lower-case words `before` a name run, cut after the preposition of a principal noun when only a title's
    words stand between it and the run (module docstring); else unchanged."""
    words = list(before)
    for i in range(len(words) - 2, max(0, len(words) - 8), -1):
        if words[i] in _PREPOSITIONS and words[i - 1] in PRINCIPAL_NOUNS | {"close"}:
            return words[:i + 1] if all(w.rstrip(".") in _TITLED for w in words[i + 1:]) and words[-1].rstrip(".") in (
                TITLE_WORDS | HONORIFICS) else words
    return words
