"""What the words just before a capitalised run tell about it (names.py reads them).

- After a word that comes before a date ("in April Nowak said", lexicon.TIME_WORDS), a run's
  first word is a month or day, not part of the name.
- A nationality and one word is an organisation ("British Gas": nameruns.py), but for the one word that is a
  person the article names ("Erling Haaland … the Norwegian Haaland said", a headline's "Chinese Xi says"):
  then it describes that person (`described`).
- After the definite article, a lone word is no person's name: English writes no article before
  a surname, so "the Treasury said", "the Knesset said", "the Texan said" name an institution or
  describe someone, never a person called Treasury, Knesset or Texan (a check of unseen copy made
  people of them). A country's initials may stand between ("the U.S. Treasury said").
- A plural noun opening a sentence ("Farmers said …", "Speakers included …") is no one's name, when the text
  writes that word capitalised nowhere else (`plural_opening`); nor is a word whose verb is a plural's
  ("Staff were told …", "Police have said …": `plural_verb`).
- "Said" that opens a sentence before a name and a colon or comma is the verb of an inverted lead-in ("Said Ada
  Brenn: “…”"), no given name (`said_first`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.groupnouns import GROUP_PLURALS

from briefgen.analyse.lexicon import NATIONALITIES, TIME_WORDS

_WORD_BEFORE = re.compile(r"(\w+)\W+$")
# (quotes.py's masked copy writes an abbreviation's full stops as U+2024, "U․S․")
_ARTICLE_BEFORE = re.compile(r"(?<![\w\u2019'])[Tt]he[ \t]+(?:(?:[A-Z][.\u2024]){2,}[ \t]+|[A-Z]{2,}[ \t]+)?$")


def after_time_word(text: str, start: int) -> bool:
    """Whether the word before `start` (a character offset) is one that comes before a date."""
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).lower() in TIME_WORDS


def after_the(text: str, start: int) -> bool:
    """Whether the run at `start` follows "the" (or "The"), perhaps with a country's initials between."""
    return _ARTICLE_BEFORE.search(text, max(0, start - 16), start) is not None


# The styles of a few people written with "the" that read as no title ("the Dalai Lama", "the Aga Khan"): `article_body`.
SOLE_STYLES = frozenset("lama khan aga rinpoche karmapa mahatma maharishi shah rebbe swami".split())


def article_body(tokens: Sequence[str]) -> bool:
    """Whether an untitled person reading of `tokens` (two words or more, none of `SOLE_STYLES`) that "the" opens and
    a speech verb follows is a body's, a paper's or a band's name: "The Royal Mail said", "the Coast Record said",
    "The Rolling Stones said". English writes no article before a person's name (a title's words may stand there, "the
    Rev Tom Reid": a titled reading, which the callers leave alone); nonpersons.py's "the" rule reads rooms only,
    because "the Keir Starmer who …" is a person talked about: a speech verb right after the name is what this adds.
    Issue 9 (2026-12-05): "The Royal Mail said …" made a person and gave it the quotation. Read by names._mention (no
    person) and quotespeakers._runs (an organisation speaks)."""
    return len(tokens) > 1 and not any(t.lower() in SOLE_STYLES for t in tokens)


# A paper's or a broadcaster's verbs right after its name ("the Morning Star reported that …"), which no speech verb is.
_REPORTS = re.compile(r"[ \t]+(?:reported|reports|published|publishes|revealed|reveals|splashed|broadcast|aired)\b")


def reports_after(text: str, end: int) -> bool:
    """Whether a paper's verb (`_REPORTS`) follows right after the name ending at `end`, for `article_body`'s readers."""
    return _REPORTS.match(text, end) is not None


def described(kind: str, surface: str, known: str | None) -> bool:
    """Whether an organisation's name read as a nationality and one word ("Norwegian Haaland") is a person
    described: `known`, the article's full name for that word (None or "" when it names none; "?": not known
    yet, the caller looks it up only when the rest holds), is one whose surname it is. Not after a country's
    initials ("the U.S. Treasury" is a body). A check of the nationality rule found "the Norwegian Haaland said"
    and "Israeli Netanyahu said" read as bodies."""
    words = surface.split()
    return bool(known) and kind == "organisation" and len(words) == 2 and words[0].lower() in NATIONALITIES and (
        known == "?" or known.split()[-1].lower() == words[1].lower())  # (its surname: not "the U.S. Anna")


# One capitalised word with the ending of a plural of people ("Farmers", "Speakers", "Residents", "Economists",
# "Trustees", "Officials", "Executives", "Critics", "Authorities"), six letters or more.
_PLURAL = re.compile(r"[A-Z][a-z]{2,}(?:ers|ors|ists|ians|ents|ants|ees|als|ives|ics|ies|eurs)")
_OPENS = re.compile(r"(?:[.!?:;]|\n)\s*[\u201c\"\u2018(]?$")


def plural_opening(text: str, start: int, end: int) -> bool:
    """Whether the one word text[start:end] is a plural noun that opens its sentence, no person: it has a plural's
    ending (`_PLURAL`) and the text writes it capitalised only where a sentence opens. Two trials of 2026-12-04
    listed "Farmers" ("Farmers said the order …") and "Speakers" ("Speakers included Bridget Ormsby … Her message
    was simple: “…”") as people. A surname of that shape (Sanders, Rogers, Davies) stays a name wherever the text
    also writes it inside a sentence or after a given name."""
    word = text[start:end]
    if not (_PLURAL.fullmatch(word) or word.lower() in GROUP_PLURALS and word[:1].isupper()) or not (start == 0 or _OPENS.search(text, max(0, start - 4), start)):
        return False
    return all(m.start() == 0 or _OPENS.search(text, max(0, m.start() - 4), m.start())
               for m in re.finditer(rf"(?<![\w-]){word}(?![\w-])", text))


# The verbs of a plural subject, which no one person takes ("Staff were told", "Police are saying", "Crews have said").
_PLURAL_VERB = re.compile(r"[ \t]+(?:were|are|have|weren't|aren't|haven't)\b")


def plural_verb(text: str, end: int) -> bool:
    """Whether the one word ending at `end` is the subject of a plural's verb (`_PLURAL_VERB`): a common noun opening
    its sentence ("Staff were told of the decision …", which a trial read as a person "Staff" told something, 2026-12-04),
    no person's name; a lone surname takes "was", "is", "has"."""
    return _PLURAL_VERB.match(text, end) is not None


_SAID = re.compile(r"Said[ \t]+(?P<rest>[^\W\d_][^\s]*(?:[ \t]+[^\W\d_][^\s]*)*)$")
_SENTENCE_ENDS = ".!?:\u201d\"\x1a\n"  # (\x1a: quotes.py's mask of a quotation)


def said_first(text: str, start: int, run: str) -> int:
    """How many characters of the run `run` at `start` in `text` are an opening verb "Said " (5), else 0: when the
    run opens its sentence, a colon or a comma follows it, and the name after "Said" has two words or more or is
    written elsewhere in the text without "Said" before it. "Said Ada Brenn: “…”" and "Ada Brenn … Said Brenn: “…”"
    are hers (a trial listed a person "Said Ada Brenn"); "Said Jalili: “…”" alone stays a person Said Jalili (as
    does "Said Jalili said"); "Said Ali Hassan:" is read as "Ali Hassan", the same person's other names."""
    said = _SAID.match(run)
    if said is None or text[start + len(run):start + len(run) + 1] not in (":", ","):
        return 0
    before = text[max(0, start - 4):start]
    if before.strip(" \t") and before.rstrip(" \t")[-1] not in _SENTENCE_ENDS:
        return 0
    rest = said.group("rest")
    if len(rest.split()) > 1:
        return 5
    elsewhere = re.search(rf"(?<!Said )(?<![\w\u2019'-]){re.escape(rest)}(?!\w)", text)
    return 5 if elsewhere is not None and elsewhere.start() != start + 5 else 0
