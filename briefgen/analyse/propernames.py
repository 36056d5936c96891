"""Capitals of an article for story grouping: which terms are proper names, which are written capitalised.

Takes the body text (plain; `stories.story_features` gives the part `terms.article_terms`
reads); gives `Capitals`: the terms, in `terms.py`'s form, that the text writes as proper
names (a person, place or organisation), those it writes capitalised inside a sentence
(names, titles and the other words of names), and those it writes capitalised only where
a sentence opens, never in lower case ("Helena Marsh, Norway's foreign minister, ...").
similarity.py caps a pair that shares no key name, or no *event word* (a key word neither
writes capitalised inside a sentence, not both only at openings, and no title or
nationality). Capitals alone do not make a name: a trial merged
drone attacks on two cities because both wrote "Mayor", "Air" (opening a sentence) and
"Russian", and two events of one minister on "Minister", "Foreign" and "Norwegian". So:

- A word is a name when the text writes it capitalised *inside* a sentence, not as its
  first word ("Air defence shot down ...", "Drones struck ..."), and more often
  capitalised than not (as `terms.py` decides which names to show); or as an acronym
  ("NATO"); or when it is a known place or organisation (`lexicon.PLACES`,
  `lexicon.ORG_NAMES`), which is a name wherever it stands ("Ukraine's grid ...").
- A word is never a name when it is a title or role (`lexicon.TITLE_WORDS`: Mayor,
  Minister, President), a nationality (`lexicon.NATIONALITIES`: Russian, Norwegian), a
  month or weekday, a function word, or the generic head of a name (`lexicon.ORG_HEADS`,
  `THING_HEADS`, `GEO_NOUNS`: Ministry, Times, Charter, River), whose other words carry
  the name ("Black Sea", "White House").
- A capitalised word directly before a capitalised title word is a portfolio, part of
  the title ("Agriculture Minister", "Interior Secretary"), not a name.
- Two-word terms (`terms.py` makes them of capitalised runs) are neither: their words are.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from briefgen.analyse.lexicon import (GEO_NOUNS, MONTHS_DAYS, NATIONALITIES, ORG_HEADS, ORG_NAMES, PLACES,
                                      STOPWORDS, THING_HEADS, TITLE_WORDS)
from briefgen.analyse.terms import AMPERSAND, Counted, fold, join_ampersands, keyword, term_of, words
from briefgen.analyse.wordmemo import word_memo

NEVER = TITLE_WORDS | NATIONALITIES | MONTHS_DAYS | STOPWORDS | ORG_HEADS | THING_HEADS | GEO_NOUNS
NEVER_ACRONYM = NEVER - STOPWORDS  # "US" is no pronoun
ALWAYS = PLACES | ORG_NAMES
ROLES = TITLE_WORDS | NATIONALITIES | MONTHS_DAYS
_ROLE_TERMS = ROLES | {fold(word) for word in ROLES}
_DOTTED = (("U.S.", "US"), ("U.K.", "UK"), ("U.N.", "UN"), ("E.U.", "EU"))  # as terms.word_bytes reads them
# A sentence starts at the text's start, after a blank line, or after .!?:; (and closing quotes) and a space;
# opening quotes and brackets before its first word are skipped.
_OPENING = "[\"'\u201c\u2018\u00ab(\\[]*"
_TEXT_START = re.compile(r"\s*" + _OPENING)
# (Its first character is read first, and which of the two forms it opens is told after it, by looking back at
# it: sre then looks for that character alone before trying the pattern, ~2× faster.)
_SENTENCE_START = re.compile(r"[\n.!?:;\u2026](?:(?<=\n)\s*\n|(?<=[.!?:;\u2026])[\"'\u201d\u2019\u00bb)\]]*\s)\s*"
                             + _OPENING)
# Words as terms.word_bytes splits them: ASCII letters and digits and any character from U+00C0 on,
# except general punctuation (U+2000-U+206F); a capitalised one starts with a capital or a non-ASCII letter.
WORD_CHARS = "0-9A-Za-z\u00c0-\u1fff\u2070-\U0010ffff"
CAPITAL_CHARS = "A-Z\u00c0-\u1fff\u2070-\U0010ffff"
# The same classes written as what they leave out (sre visits every code point of a range it compiles:
# ~10 ms for these at each start; tests/analyse/test_charset_forms.py compares them over every code point).
NOT_WORD = "^\x00-/:-@\\[-`{-\xbf\u2000-\u206f"
NOT_CAPITAL = "^\x00-@\\[-\xbf\u2000-\u206f"
# A capitalised word not inside another: the look-behind at the character before it is written after its capital,
# so that sre looks for a capital first (~2× faster than trying the look-behind at every position).
_CAPITALISED = re.compile(f"[{NOT_CAPITAL}](?<![{NOT_WORD}][{NOT_CAPITAL}])[{NOT_WORD}]*")
NOT_A_NAME, INSIDE, ANYWHERE = 0, 1, 2  # what a capitalised word is (`_reading`)


@dataclass(frozen=True, slots=True)
class Capitals:
    names: tuple[str, ...]  # terms written as proper names, sorted
    written: tuple[str, ...]  # terms written capitalised inside a sentence (names or not), sorted
    opening: tuple[str, ...]  # terms written capitalised where a sentence opens, and nowhere else, sorted


@lru_cache(maxsize=65536)
def role_term(term: str) -> bool:
    """Whether a term (one word or two) holds a title, nationality, month or weekday word."""
    return any(word in _ROLE_TERMS for word in term.split(" "))


@word_memo
def _reading(word: str) -> tuple[str, int] | None:
    """(term, NOT_A_NAME | INSIDE | ANYWHERE) of a capitalised written word; None when it is no term
    or not capitalised. INSIDE: a name where it stands inside a sentence; ANYWHERE: an acronym or a
    known place or organisation, a name even where it opens a sentence (module docstring)."""
    if not word[:1].isupper():
        return None
    hit = keyword(word.encode("utf-8"))
    if hit is None:
        return None
    low, term, acronym = word.lower(), hit[0], len(word) > 1 and word.isupper()
    if AMPERSAND in word:
        return term, ANYWHERE  # "Marks＆Spencer" (terms.join_ampersands): a firm's name wherever it stands
    never = NEVER_ACRONYM if acronym else NEVER
    if low in never or term in never:
        return term, NOT_A_NAME
    return term, ANYWHERE if acronym or low in ALWAYS or term in ALWAYS else INSIDE


@word_memo
def _lower_case_term(token: bytes) -> str | None:
    """The term of a written word (UTF-8) that starts with a lower-case ASCII letter; None for any other."""
    return term_of(token) if 97 <= token[0] <= 122 else None


def capitals(text: str, counted: Counted | None = None) -> Capitals:
    """The terms `text` writes as proper names, those it writes capitalised inside a sentence, and those it
    writes capitalised only where a sentence opens (never in lower case: "Helena Marsh, Norway's ...").
    `counted`, when given, is `terms.counted(text)` (stories.story_features splits the text once)."""
    text = join_ampersands(text)  # (as terms.word_bytes: `counted` already reads them so)
    for dotted, plain in _DOTTED:
        if dotted in text:
            text = text.replace(dotted, plain)
            counted = None  # (its words are those of the text before: a second replacement may differ)
    starts = {m.end() for m in _SENTENCE_START.finditer(text)}
    starts.add(_TEXT_START.match(text).end())  # type: ignore[union-attr]  # (it matches the empty string)
    named: dict[str, int] = {}  # written word → its occurrences that make it a name
    terms: dict[str, str] = {}
    written: set[str] = set()
    openers: set[str] = set()
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        found = _reading(word)
        if found is None:
            continue
        term, kind = found
        opening = match.start() in starts
        (openers if opening else written).add(term)
        if kind == NOT_A_NAME or kind == INSIDE and opening:
            continue
        if kind == INSIDE:
            end = match.end()
            after = _CAPITALISED.match(text, end + 1) if text[end:end + 1] == " " else None
            if after is not None and after.group().lower() in TITLE_WORDS:
                continue  # a portfolio: "Agriculture Minister"
        named[word] = named.get(word, 0) + 1
        terms[word] = term
    lower = counted.tally if counted is not None else Counter(words(text))
    names = {terms[word] for word, n in named.items() if n > lower[word.lower().encode()]}
    if openers:
        openers -= written
        if openers:
            openers.difference_update(map(_lower_case_term, lower))  # written in lower case
    return Capitals(tuple(sorted(names)), tuple(sorted(written)), tuple(sorted(openers)))
