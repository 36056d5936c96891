"""Where a minister's brief ends inside a run: the words of a brief no list of portfolios holds, and the words that
open a person's name for sure (FX50, 2026-12-07).

    brief_word("homelessness", BRIEF_WORDS)   # -> True (a brief noun's ending)
    name_opening("Tengku")                     # -> True

Read by nameruns._title_end and seats._brief_skip, which read a title's brief with "and" inside ("Minister of Trade
and Industry Tengku Zafrul Aziz", "Minister for Housing and Homelessness Mary Lou McDonald"): the brief's known words
end it, and a name of up to three words after them is read when its first word opens a name for sure; any other three
words may hold an unknown brief word ("… Housing Delivery Anna Berg") and name no one, as before (BR8, 2026-12-05).
"""
from __future__ import annotations

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.lexicon import FAMILY_NAME_FIRST, VIETNAMESE_FAMILY
from briefgen.analyse.namekeys import fold

_FAMILY_FIRST = frozenset(w.lower() for w in FAMILY_NAME_FIRST)


# Nouns that end a minister's brief after its first word and no list of portfolios holds ("Climate Change", "Aged Care",
# "Economic Resilience"), and the endings of nouns of a brief of eight letters or more ("Homelessness", "Procurement",
# "Decarbonisation"): FX50, "Minister of Trade and Industry Tengku Zafrul Aziz" was a person "Industry Tengku Zafrul
# Aziz", and the rule that reads no one where a brief's end is unknown lost "Mary Lou McDonald" after "… and Homelessness".
_BRIEF_TAILS = frozenset("change care aged zero resilience growth recovery transition sustainability rights liberties".split())
_BRIEF_ENDINGS = ("ness", "ment", "tion", "sion", "ity", "ence", "ance", "isation", "ization")


def brief_word(word: str, listed: frozenset[str] = frozenset()) -> bool:
    """Whether a lower-case `word` inside a title's brief is the brief's ("Minister for Climate [Change] Tom Reid"): one
    of `listed` (the caller's brief words, lexicon.BRIEF_WORDS), `_BRIEF_TAILS`, or a noun of eight letters or more
    with a brief's ending (`_BRIEF_ENDINGS`). Surnames of that shape are rare inside a title's run."""
    return word in listed or word in _BRIEF_TAILS or len(word) >= 8 and word.endswith(_BRIEF_ENDINGS)


# Words that open a person's name in the Malay world and no brief: royal and religious styles borne as part of a name
# ("Tengku Zafrul Aziz", "Tunku Abdul Rahman", "Raja Petra Kamarudin", "Syed Saddiq") and malaytitles' openings.
_NAME_OPENINGS = frozenset("tengku tunku engku raja syed sharifah siti nur nurul wan nik".split())


# Family names written first that are English words too, and so may be a brief's ("… and Long Term Care"): not openings.
_ENGLISH_FAMILIES = frozenset("long song fan gu hu he ma pan ren shen shi sun tan tang wan yan ye yu du do ho lam mai ta".split())


def name_opening(word: str) -> bool:
    """Whether `word` (as written) opens a person's name for sure: a given name of one sex (givensex.given_sex: "Mary",
    "Tom"), a name's opening style (`_NAME_OPENINGS`: "Tengku") or a family name written first that is no English word
    (lexicon.VIETNAMESE_FAMILY, FAMILY_NAME_FIRST: "Le", "Nguyen", "Wang"; FX60, 2026-12-07: "Minister of Agriculture
    and Rural Development Le Minh Hoan said" named no one). After a brief's known words, three words that open so are a
    name ("… Trade and Industry Tengku Zafrul Aziz", "… and Homelessness Mary Lou McDonald"); three that do not may
    hold an unknown brief word ("… Housing Delivery Anna Berg"), and name no one (nameruns._title_end, seats.py)."""
    lowered = fold(word)
    return lowered in _NAME_OPENINGS or bool(given_sex(word)) or lowered not in _ENGLISH_FAMILIES and (
        lowered in VIETNAMESE_FAMILY or lowered in _FAMILY_FIRST)


def name_after(tokens: tuple[str, ...], at: int, opened: bool) -> int:
    """Where a name starts after a brief word no list holds, `tokens[at]` (nameruns._title_end, inside a title's brief
    after "of", "for" or "on": "Special Envoy for the Middle [East] Steve Witkoff", "Special Rapporteur on [Torture]
    Alice Edwards"): the first later word that opens a name for sure (`name_opening`: "Steve", "Alice") with one or two
    words after it to the end of the run, else 0 (the brief's end is unknown: the run is read from `at`, as before).
    Only where the word cannot end a brief and open a name itself: `opened`, the brief has no noun yet (the word follows
    "of", "for", "the", "and" or an adjective: "the Middle"), or a word skipped is a plural noun ("… Human Rights
    Defenders Mary Lawlor", "… Sudan Peace Talks Tom Perriello"); "Minister of Health Ngozi Mary Okonjo" (a given name no
    list holds after a complete brief) is read whole, as before. FX74: "East Steve Witkoff" and "Torture Alice Edwards"
    were people. A word that opens a name itself at `at` is the name's ("… for Energy Tom Reid")."""
    if name_opening(tokens[at]):
        return 0
    return next((j for j in range(max(at + 1, len(tokens) - 3), len(tokens) - 1) if name_opening(tokens[j]) and (
        opened or any(_plural(w) for w in tokens[at:j]))), 0)


def _plural(word: str) -> bool:
    """Whether `word` is shaped as an English plural noun ("Talks", "Defenders", "Executions"), no given name's ending."""
    return len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "as", "os", "es'"))
