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
at that preposition. A title the run holds ("A spokesperson for Trade and Industry Minister Tom Reid said"), an
appositive after a title ("A spokesperson for the Prime Minister, Tom Reid,") and a brief with commas are read by
`spoken_for_at` on the text itself (QW12, 2026-12-06). Pure.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.capitals import CAPITAL
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


# A titled principal whose run holds the title, or an appositive after the title (2026-12-06, QW12): the chain of a
# title's words between "<noun> for|to|of" and the name, capitalised or a title list's lower-case words, joined by
# spaces, commas, "and", "of", "for", "the", "&".
_CHAIN_WORD = r"(?:[^\W\d_][\w\u2024'\u2019&-]*|&)"
# (longest first, ties by the word: a set's order changes with the hash seed, and the pattern's text must not —
# tests/speed/test_regexcache.py caught it in CI, 2026-12-06)
_NOUNS = "|".join(sorted(PRINCIPAL_NOUNS | {"close"}, key=lambda w: (-len(w), w)))
_NOUN = re.compile(rf"(?<![\w-])(?:{_NOUNS})[ \t]+(?:for|to|of|from)[ \t]+")
_CHAIN = re.compile(rf"(?:the[ \t]+)?(?P<chain>{_CHAIN_WORD}(?:,?[ \t]+{_CHAIN_WORD})*),?[ \t]+")
_CAPITAL_OR_LINK = rf"(?:{CAPITAL}[\w\u2024'\u2019&-]*|and|of|for|the|&)"
_AND_CHAIN = re.compile(rf"{CAPITAL}[\w\u2024'\u2019&-]*(?:[ \t]+{CAPITAL}[\w\u2024'\u2019&-]*)*[ \t]+(?:and|&)[ \t]+{_CAPITAL_OR_LINK}"
                        rf"(?:,?[ \t]+{_CAPITAL_OR_LINK})*")
_LINKS = frozenset(("and", "of", "for", "the", "&"))
# Title words that name no holder by themselves, only with a head after them ("Prime", "Health", "Deputy", "State").
_MODIFIERS = BRIEF_WORDS | frozenset("first prime high special vice deputy national presidential state security chief "
                                     "trade foreign interior intelligence".split())
HEADS = (TITLE_WORDS | HONORIFICS) - _MODIFIERS


def spoken_for_at(masked: str, at: int) -> bool:
    """Whether the person whose name starts at `at` in `masked` (quotemask's text: quotations masked, abbreviation dots
    DOT) is named as the one a spokesperson, aide, lawyer or friend speaks for, with a title between (issue 9, QW12,
    2026-12-06): "A spokesperson for Trade and Industry Minister Tom Reid said", "An adviser to the Health Secretary,
    Anna Berg, said", "A spokeswoman for Environment, Food and Rural Affairs Secretary Anna Berg said", "A lawyer for
    the Minister for Health and Aged Care, Mark Butler, said". The rule: right before the name stand
    `PRINCIPAL_NOUNS` for|to|of|from [the] and a title's chain (capitalised words, or lower-case words of the title
    lists, joined by and/of/for/the/& and commas; no possessive), ending in a holder's title word (`HEADS`: minister,
    secretary, chancellor, president, Mr …) or holding one before a brief's "for"/"of" ("the Minister for Health and
    Aged Care,"). Then the words are the spokesperson's, and docs/people.md gives them to no one. "A spokesman for Tom
    Reid, Mark Hughes, said", "A spokesman for the council, Tom Reid, said", "A spokesperson for the Prime Minister's
    office, Tom Reid," name the spokesperson: no title ends the chain (and an owner's "'s" stops it). Pure."""
    window = masked[max(0, at - 200):at]
    if not any(noun in window for noun in ("spokes", "aide", "advis", "lawyer", "solicitor", "attorney", "barrister",
                                           "friend", "all", "source", "confidant", "publicist", "close")):
        return False
    nouns = list(_NOUN.finditer(window))
    if not nouns:
        return False
    found = _CHAIN.fullmatch(window, nouns[-1].end())  # (the nearest noun governs the name)
    if found is None and nouns[-1].end() < len(window):
        return False
    words = found.group("chain").replace(",", " ").split() if found is not None else []
    if _titled(words, False):
        return True
    joined = _AND_CHAIN.match(masked, at)  # the run may be a brief's word the title chain goes on after: "said a
    # spokeswoman for Environment, Food and Rural Affairs Secretary …" cut before "and" (a long name), "Food" read
    return joined is not None and _titled(words + joined.group(0).replace(",", " ").split(), True)


def _titled(words: list[str], named: bool) -> bool:
    """Whether `words` are a title's chain (`spoken_for_at`): ending in a holder's title word, or holding one before a
    brief's for/of; with `named`, a title word followed by the holder's name (capitalised words) ends it."""
    if any(w.endswith(("'s", "\u2019s", "'", "\u2019")) for w in words):
        return False  # an owner: "the Prime Minister's office, Tom Reid" is the office's spokesperson
    folded = [w.lower().replace("\u2024", ".").rstrip(".") for w in words]
    if any(not w[:1].isupper() and f not in _LINKS | TITLE_WORDS | BRIEF_WORDS | HONORIFICS for w, f in zip(words, folded)):
        return False  # "a spokesman for the family, Tom Reid": no title
    heads = [i for i, f in enumerate(folded) if f in HEADS or f + "." in HEADS]
    if named:
        return any(i + 1 < len(words) and words[i + 1][:1].isupper() and folded[i + 1] not in HEADS for i in heads)
    return bool(heads) and (heads[-1] == len(folded) - 1 or folded[heads[-1] + 1] in ("for", "of"))
