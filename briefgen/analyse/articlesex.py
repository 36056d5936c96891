"""The sex an article's own words tell of a person named in full, whatever their given name (FX87, 2026-12-07).

    article_sex(masked, "Kaja Kallas")   # "f" for "Kaja Kallas arrived on Monday. She met …", "his wife Kaja
                                         # Kallas", "Kaja Kallas, a mother of three,"; "m" likewise; else ""

givensex.given_sex knows only the given names of its lists: "Kaja", "Chinedu", "Hillary", "Kamala" are in none, and a
rule that needs a person's sex to agree (a short form before its full name, titlefit.same_sex; a possessive subject,
possessorvoices; a pronoun speaker, quotespeakers) left them unresolved. The article often says it in words that
refer to the person and no one else:

- a gendered noun of kin or a "-woman" noun written right before a mention in full, lower-case (capitalised only
  opening a sentence: not "Sister Mary", "Father Okafor"), with nothing between ("his wife Kaja Kallas", "her son Chinedu Okafor", "spokeswoman Kaja Kallas"; `_FEMALE`, `_MALE`: not "chairman",
  "spokesman", which the press writes of women too);
- the same noun heading an appositive right after a mention, after "the", "a" or "an" and perhaps one lower-case word,
  closed by a comma, a full stop or "of" ("Kaja Kallas, a mother of three,", "Chinedu Okafor, the eldest son of …");
  never after "his"/"her"/"their" ("Chinedu Okafor, his wife and their son" lists three people), never a noun
  followed by "'s" ("…, the widow's lawyer");
- "He"/"She"/"His"/"Her" opening the sentence right after a sentence whose subject is the mention: the sentence names
  no other person (a capitalised person's run, nameruns.classify), has no person noun but a title right before the
  name ("EU foreign policy chief Kaja Kallas"; not "the wife of Chinedu Okafor", "met the minister", "spoke to
  reporters", "was greeted by a crowd": `_someone`), no third-person
  pronoun and no quotation mark, and the mention is no possessive ("Kaja Kallas's message …": the pronoun may be a
  speaker's the sentence does not name).

Places that disagree, or none: "". A mention of the surname alone tells nothing (it may be a relative's). Titles and
reflexives are toldsex.told_sex's. Precision first: a name no evidence covers stays unknown. A pure function.
"""
from __future__ import annotations

import re
from functools import lru_cache

from briefgen.analyse.namefinds import word_spans
from briefgen.analyse.nameruns import PERSON, RUN, classify
from briefgen.analyse.sentences import ends, first_end
from briefgen.analyse.personnouns import FEMALE_NOUNS as SEXED_FEMALE, MALE_NOUNS as SEXED_MALE, person_noun
from briefgen.analyse.unnamedvoices import FEMALE_NOUNS, MALE_NOUNS, PERSON_NOUNS

_FEMALE = FEMALE_NOUNS | frozenset("spokeswoman chairwoman businesswoman congresswoman councilwoman".split())
_MALE = MALE_NOUNS
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+(?=\S)")
_NOUN_BEFORE = re.compile(r"(?:(?<![\w'\u2019-])([a-z]+)|(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]+))[ \t]+$")
_APPOSITIVE = re.compile(r"[ \t]*,[ \t]+(?:the|a|an)[ \t]+(?:[a-z][\w-]*[ \t]+)?([a-z]+)(?=[ \t]*[,.;]|[ \t]+of\b)")
_OPENING = re.compile(r"(He|She|His|Her)\b")
_PRONOUNS = re.compile(r"(?<![\w'\u2019-])(?:he|she|him|his|her|hers|they|them|their)(?![\w'\u2019-])", re.I)
_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][\w-]*")
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb]")
_POSSESSIVE = re.compile(r"['\u2019](?:s\b|\s)")
_ANYONE = frozenset("one someone anyone everyone nobody crowd crowds press audience public".split())


def _someone(word: str) -> bool:
    """Whether a lower-case word may name a person a "he"/"she" may stand for: a person noun, singular or plural
    (personnouns.person_noun, unnamedvoices.PERSON_NOUNS: "minister", "reporters", "voters"), a sexed noun ("man",
    "girl") or a word of anyone ("one", "crowd", "press")."""
    singles = {word, word[:-1], word[:-2]} if word.endswith("s") else {word}
    return word in _ANYONE or any(w in PERSON_NOUNS or w in SEXED_MALE or w in SEXED_FEMALE or person_noun(w)
                                  or w in ("voter", "member", "fan", "resident") for w in singles if w)


@lru_cache(maxsize=2048)  # (asked for each person of an article by each rule that needs a sex)
def article_sex(masked: str, name: str) -> str:
    """"m" or "f" when the text `masked` (an article, quotations' words as quotes.py reads them) tells the sex of the
    person `name` (a full name: two words or more, as written) by a gendered noun or a subject pronoun that refers to
    them only (module docstring); "" when it tells nothing, both, or `name` is one word."""
    if " " not in name.strip():
        return ""
    found: set[str] = set()
    for start, stop in word_spans(masked, name):
        found |= {_noun_sex(masked, start, stop), _pronoun_after(masked, start, stop)}
    found.discard("")
    return found.pop() if len(found) == 1 else ""


def _sex_of(noun: str) -> str:
    """"f", "m" or "" for a lower-case noun."""
    return "f" if noun in _FEMALE else "m" if noun in _MALE else ""


def _noun_sex(text: str, start: int, stop: int) -> str:
    """The sex a gendered noun right before the mention at start:stop, or heading its appositive, tells; or ""."""
    before = _NOUN_BEFORE.search(text, max(0, start - 24), start)
    shown = {_sex_of((before.group(1) or before.group(2)).lower())} if before else set()
    after = _APPOSITIVE.match(text, stop)
    if after:
        shown.add(_sex_of(after.group(1)))
    shown.discard("")
    return shown.pop() if len(shown) == 1 else ""


def _pronoun_after(text: str, start: int, stop: int) -> str:
    """The sex "He"/"She"/"His"/"Her" opening the next sentence tells when the mention at start:stop is the subject of
    its sentence and nothing else in it may be the pronoun's referent (module docstring); else ""."""
    if _POSSESSIVE.match(text, stop):
        return ""
    opened = [m.end() for m in ends(_SENTENCE_END, text, max(0, start - 400), start + 1)]  # (not at "S. K.")
    lo = opened[-1] if opened else max(0, start - 400)
    close = first_end(_SENTENCE_END, text, stop, min(len(text), stop + 400))
    if close is None:
        return ""
    opening = _OPENING.match(text, close.end())
    if opening is None:
        return ""
    head, tail = text[lo:start], text[stop:close.start() + 1]
    if _QUOTE_MARKS.search(head + tail) or _PRONOUNS.search(head + tail) or _person_in(text, lo, start) or (
            _person_in(text, stop, close.start() + 1)):
        return ""
    nouns = [m for m in _WORD.finditer(head) if _someone(m.group())]
    if any(_someone(w.group()) for w in _WORD.finditer(tail)) or any(head[n.end():].strip() for n in nouns):
        return ""  # ("met the minister. He …", "The wife of Chinedu Okafor …"; a title right before: "chief Kaja …")
    return "m" if opening.group(1) in ("He", "His") else "f"


def _person_in(text: str, lo: int, hi: int) -> bool:
    """Whether a run of capitalised words in `text[lo:hi]` may be a person's name."""
    for run in RUN.finditer(text, lo, hi):
        kind = classify(run.group().split())
        if kind is not None and kind[0] == PERSON:
            return True
    return False
