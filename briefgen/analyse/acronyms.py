"""An organisation's acronym is the organisation its article names in full: "CMA" is the "Competition
and Markets Authority" an article writes out beside it, so the People page lists one organisation,
"also written as CMA", not two (a trial on the British business press listed both; notes of
2026-12-03).

The rule, conservative as the People page's other folds: an all-capitals acronym of 2–6 letters is
the organisation whose capitalised words' initials spell it ("and", "of", "the", "for" and the like
skipped; hyphenated words count each part: "World Anti-Doping Agency" is WADA), when some article names
both and every article that names both names the same one. Two organisations of the same initials
beside it anywhere ("ACC" and both the "Atlantic Coast Conference" and the "Australian Competition
Commission") leave the acronym alone, as does a declared name or alias (config.yaml `people:`), which
says by itself what the editor means. When no article names both, the acronym is the one organisation of the whole
archive whose initials spell it, if there is exactly one and the acronym is no common one (`commonacronyms`: "CEO",
"PDF"): a bus strike's trial had "UTW" and the "United Transit Workers", a data breach's "RWU" and the "Retail
Workers' Union", each pair never in one article, as two People entries (2026-12-04).

An acronym an article defines in brackets right after other words is theirs (`acronyms_defined`: "the Chilean
environment superintendency (SMA)", "the Environment Superintendency (SMA)"; not "the Competition and Markets
Authority (CMA)", whose words spell it): that article's mention is no organisation of those initials named beside it,
and no acronym any article so defines takes the archive's one organisation of its initials (the names table is one
for the archive, so the fallback, a guess, gives way to a definition anywhere). The T20 trial's People page listed
"SMA", a Chilean regulator, as "also written as" of a Peruvian contractor "Servicios Mineros Arequipa" (FX30).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from briefgen.analyse.commonacronyms import COMMON_ACRONYMS
from briefgen.analyse.nameruns import ORGANISATION

_ACRONYM = re.compile(r"[A-Z]{2,6}")
COMMON_ACRONYMS_UPPER = frozenset(a.upper() for a in COMMON_ACRONYMS)  # (never folded by initials alone: "PDF", "CEO")
_LINKS = frozenset("and of the for on in at to de des du la le el al y et und der die das von &".split())
_WORD = re.compile(r"[^\s\-\u2010\u2011]+")


def initials(name: str) -> str:
    """The acronym `name` would have: "Competition and Markets Authority" → "CMA"; "" when a word other
    than a link word is not capitalised ("Bank of england") or the name has fewer than two such words."""
    letters = []
    for word in _WORD.findall(name):
        if word.lower() in _LINKS:
            continue
        if not word[0].isupper():
            return ""
        letters.append(word[0])
    return "".join(letters) if len(letters) > 1 else ""


_BRACKETED = re.compile(r"(?<=[^\W\d_]) \(([A-Z]{2,6})\)")  # ("superintendency (SMA)"; not "SANTIAGO (AIP)": below)
_NAME_WORDS = 12  # the most words before the bracket a name it spells is read from


def acronyms_defined(text: str) -> tuple[str, ...]:
    """The acronyms `text` (an article's plain text) defines in brackets right after words that do not spell them,
    sorted: "the Chilean environment superintendency (SMA)" → ("SMA",); "the Competition and Markets Authority
    (CMA)" → () (`initials` of the words ending at the bracket spell it); a dateline's "SANTIAGO (AIP)" (the word
    before all in capitals) defines nothing. `fold_acronyms` takes them (module docstring; FX30)."""
    found = set()
    for bracket in _BRACKETED.finditer(text):
        acronym, before = bracket.group(1), text[max(0, bracket.start() - 160):bracket.start()].split()
        if before[-1].isupper() or acronym in found:
            continue
        words = before[-_NAME_WORDS:]
        if not any(initials(" ".join(words[k:])) == acronym for k in range(len(words) - 1)):
            found.add(acronym)
    return tuple(sorted(found))


def fold_acronyms(names: dict[str, str], organisations_by_article: Iterable[Iterable[str]],
                  normalise: Callable[[str], str], declared: Mapping[str, str], defined: Iterable[str] = ()) -> None:
    """Point each acronym's key in `names` (normalised name → canonical, NameIndex.build's, changed in
    place) at the canonical of the one organisation it abbreviates (see the module's rule).
    `organisations_by_article`: for each article, the full names of the organisations it names, without the acronyms
    the article defines by other words (`organisations_by_article`); `defined`: every acronym some article so
    defines (`acronyms_defined`), which never takes the archive's one organisation of its initials."""
    owners: dict[str, set[str]] = {}
    archive: dict[str, set[str]] = {}  # initials → every organisation of the archive they spell
    alone: set[str] = set()  # acronyms of the archive
    for fulls in organisations_by_article:
        fulls = set(fulls)
        acronyms = [full for full in fulls if _ACRONYM.fullmatch(full)]
        alone.update(acronyms)
        spelt: dict[str, set[str]] = {}
        for full in fulls:
            if not _ACRONYM.fullmatch(full) and (letters := initials(full)):
                spelt.setdefault(letters, set()).add(names.get(normalise(full), full))
                archive.setdefault(letters, set()).add(names.get(normalise(full), full))
        for acronym in acronyms:
            if acronym in spelt:
                owners.setdefault(acronym, set()).update(spelt[acronym])
    for acronym in alone - owners.keys() - COMMON_ACRONYMS_UPPER - set(defined):  # no article names both: the archive's one
        if len(archive.get(acronym, ())) == 1:
            owners[acronym] = archive[acronym]
    for acronym, canonicals in owners.items():
        key = normalise(acronym)
        if len(canonicals) == 1 and key not in declared and names.get(key, acronym) == acronym:
            names[key] = next(iter(canonicals))


def organisations_by_article(occurrences: Iterable[Any], defined: Mapping[str, Iterable[str]] | None = None) -> list[set[str]]:
    """For each article of `occurrences` (names.Occurrence: `.article`, `.mention.kind`, `.mention.full`),
    the full names of the organisations it names, as `fold_acronyms` takes them; `defined`: article → the acronyms
    it defines by other words (`acronyms_defined`), which are left out of its names (no owner of theirs there)."""
    by_article: dict[str, set[str]] = {}
    for occurrence in occurrences:
        if occurrence.mention.kind == ORGANISATION and not (defined and occurrence.mention.full in defined.get(occurrence.article, ())):
            by_article.setdefault(occurrence.article, set()).add(occurrence.mention.full)
    return list(by_article.values())
