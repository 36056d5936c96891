"""Titled surnames that may misspell a listed person's surname, for the editor (`briefgen check`, advice.py).

    titled_slips(texts, people, names)   # -> (TitledSlip(article, surface, suggestion, bearers, reason), ...)

`spelling.misspellings` compares the names the people analysis reads (analyse/names.py). A surname after a
courtesy title that no full name in its article gives — "Ms Gonzales, the regional delegate, welcomed the
decision" — is often no name it reads (a lone word is a person's only as a speaker: "Ms Gonzales said"), and when
it is, it is compared only with names written alone elsewhere: the T20 trial's "Ms Gonzales" (for the delegate
María Fernanda González Rojas, named in eleven articles, and "Ms González" in several) was neither flagged nor paged
(2026-12-06, finding 11). Here each surname written after "Mr", "Mrs", "Ms", "Miss", "Mx" or "Dr" is compared with
the surnames of the people who have a People page — every word of a person's name after the first, so that a
Spanish first surname counts ("González" of "María Fernanda González Rojas") — by the misspelling rule
(`spelling.word_pair_flagged`, accents and case folded: "Gonzales" is one letter from "gonzalez"; transliterations,
house spellings, plurals are no slips). Flagged only when, as for any name (spelling.py):
- the titled word is no word of any name the archive reads in full (then it is that person's, "Ms Gonzales" of
  "Ana Gonzales"), and is written so in at most `spelling.MAX_RARE_ARTICLES` articles;
- the titled word is no name or word in its own right: not a common surname (`commonsurnames.COMMON_SURNAMES`:
  "Mr Johnston", "Ms Harries", "Mr Carey", "Mrs Brown's Boys" are no slips of Johnson, Harris, Carney, Browne, BR27),
  nor a word the archive writes in lower case ("Mr Salmon" where "salmon farms" are written, "Mr Macro" beside
  "macro policy"). The misspelling rule counts the archive's articles (the rarer spelling is the slip of the more
  frequent one), and a titled surname in one article is rare there however common it is in the language;
- the surname's bearers are declared or named in at least `spelling.MIN_RATIO` times as many articles;
- every surname it may misspell is one spelling (two bearers of "González" are one suggestion; "Gonzales" one
  letter from both "González" and "Gonzaga" is none).
The page and the counts are not changed: a misspelling is never merged (docs/people.md).
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from briefgen.analyse.commonsurnames import common_surname
from briefgen.analyse.nameruns import CAPITALS
from briefgen.analyse.namekeys import fold

# A courtesy title and the capitalised word after it (a hyphenated or apostrophised surname whole: "O'Neill")
_TITLED = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+([{CAPITALS}][\w\u2019'-]*\w)")


@dataclass(frozen=True, slots=True)
class TitledSlip:
    """`surface` (a titled surname as `article` writes it) may misspell `suggestion`, the surname of `bearers`
    (canonical names, one or more); `reason` says why, for the editor."""

    article: str
    surface: str
    suggestion: str
    bearers: tuple[str, ...]
    reason: str


def titled_slips(texts: Mapping[str, str], people: Iterable[tuple[str, int, bool]],
                 names: Collection[str]) -> tuple[TitledSlip, ...]:
    """The titled surnames of `texts` (article slug → text) that may misspell a listed person's surname (module
    docstring), sorted by article and surname. `people`: (canonical name, articles naming them, declared) of each
    person with a page; `names`: every canonical name the archive reads (a word of one of two words or more is a
    name's, never a slip)."""
    from briefgen.analyse.spelling import MAX_RARE_ARTICLES, MIN_LETTERS, MIN_RATIO, word_pair_flagged

    named = {fold(word) for name in names if " " in name.strip() for word in name.split()}
    surnames: dict[str, dict[str, tuple[int, bool]]] = {}  # folded surname → {bearer: (articles, declared)}
    spelt: dict[str, str] = {}  # folded surname → as written in the first bearer's name
    for name, count, declared in people:
        for word in name.split()[1:]:
            if len(fold(word)) >= MIN_LETTERS and word[:1].isupper():
                surnames.setdefault(fold(word), {})[name] = (count, declared)
                spelt.setdefault(fold(word), word)
    seen: dict[str, dict[str, str]] = {}  # folded titled word → {article: as written}
    for article, text in texts.items():
        for match in _TITLED.finditer(text):
            word = re.sub(r"['\u2019]s$", "", match.group(1))  # ("Mr Gonzales's office")
            key = fold(word)
            if key not in named and key not in surnames and len(key) >= MIN_LETTERS and not common_surname(word):
                seen.setdefault(key, {}).setdefault(article, word)
    seen = {key: articles for key, articles in seen.items() if len(articles) <= MAX_RARE_ARTICLES}
    for word in _lower_case_words(texts, seen):
        del seen[word]
    found: list[TitledSlip] = []
    for key, articles in seen.items():
        written = next(iter(articles.values()))
        targets = {surname: bearers for surname, bearers in surnames.items()
                   if any(declared or count >= MIN_RATIO * len(articles) for count, declared in bearers.values())
                   and word_pair_flagged(written, spelt[surname], False)}
        if len(targets) != 1:
            continue
        surname, bearers = targets.popitem()
        most = max(count for count, _ in bearers.values())
        reason = (f"the surname of {' and of '.join(f'{b!r}' for b in sorted(bearers))}, named in {most} articles; "
                  f"'{written}' in {len(articles)}")
        for article, surface in sorted(articles.items()):
            found.append(TitledSlip(article, surface, spelt[surname], tuple(sorted(bearers)), reason))
    return tuple(sorted(found, key=lambda s: (s.article, s.surface)))


def _lower_case_words(texts: Mapping[str, str], keys: Collection[str]) -> set[str]:
    """Those of `keys` (folded titled words) that a text of `texts` writes in lower case as a word of its own: words
    of the language ("salmon", "porter"), which a capital after a title makes no misspelt surname. One pattern of
    all the keys, run once over each text: the keys are few (rare titled words)."""
    plain = sorted(key for key in keys if key.isalpha() and key.islower())
    if not plain:
        return set()
    pattern = re.compile(rf"(?<![\w'\u2019-])(?:{'|'.join(map(re.escape, plain))})(?![\w-])")
    found: set[str] = set()
    for text in texts.values():
        found.update(pattern.findall(text))
        if len(found) == len(plain):
            break
    return found
