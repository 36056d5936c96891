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


# " (SMA)" after a letter ("superintendency (SMA)"; not "SANTIAGO (AIP)": below). The letter is tested after the
# bracket is found (`_LETTER`): a pattern opening with a look-behind is tried at every position of the text, ~150 µs
# an article of the benchmark corpus, one opening with " (" only where that stands, ~8 µs (SP6, 2026-12-07).
_BRACKETED = re.compile(r" \(([A-Z]{2,6})\)")
_LETTER = re.compile(r"[^\W\d_]")
_NAME_WORDS = 12  # the most words before the bracket a name it spells is read from


def acronyms_defined(text: str) -> tuple[str, ...]:
    """The acronyms `text` (an article's plain text) defines in brackets right after words that do not spell them,
    sorted: "the Chilean environment superintendency (SMA)" → ("SMA",); "the Competition and Markets Authority
    (CMA)" → () (`initials` of the words ending at the bracket spell it); a dateline's "SANTIAGO (AIP)" (the word
    before all in capitals) defines nothing. `fold_acronyms` takes them (module docstring; FX30)."""
    return tuple(sorted({acronym for acronym, _ in acronym_definers(text)}))


_DESCRIBED = re.compile(r"(?:[Tt]he[ \t]+)?(?P<words>[^()\n]{1,80}?)[ \t]+\((?P<acronym>[A-Z]{2,6})\)\s*")


def described_acronym(text: str, start: int, end: int) -> str:
    """The acronym a frame's noun phrase text[start:end] names when it is a description of a public body and the
    body's acronym in brackets, inside the phrase or right after it ("the UK watchdog (CMA)", "Kenya's tax collector
    (KRA)": its last word before the bracket one of `_PUBLIC`, in lower case); "" otherwise. The acronym is the body's
    name, as `acronym_definers` reads it (FX40: '“…,” the UK watchdog (CMA) said' had no speaker, the words before
    the bracket read alone as a description)."""
    phrase = text[start:end].rstrip()
    if "(" not in phrase:
        phrase += text[start + len(phrase):start + len(phrase) + 10].partition(")")[0] + ")"
    found = _DESCRIBED.fullmatch(phrase.strip())
    if found is None or initials(found.group("words")) == found.group("acronym"):
        return ""
    last = found.group("words").split()[-1]
    return found.group("acronym") if last.lower() in _PUBLIC and not last[:1].isupper() else ""


def acronym_definers(text: str) -> tuple[tuple[str, str], ...]:
    """`acronyms_defined` with the words that define each: (acronym, the words from the last article, comma or
    sentence's end before the bracket, at most `_DEFINER_WORDS`), in text order, once each: "Kenya's tax collector
    (KRA) said" → (("KRA", "Kenya's tax collector"),). `fold_acronyms` compares them with the archive's owner."""
    found: dict[str, str] = {}
    for bracket in _BRACKETED.finditer(text):
        if not (bracket.start() and _LETTER.match(text, bracket.start() - 1)):
            continue
        acronym, before = bracket.group(1), text[max(0, bracket.start() - 160):bracket.start()].split()
        if before[-1].isupper() or acronym in found:
            continue
        words = before[-_NAME_WORDS:]
        if not any(initials(" ".join(words[k:])) == acronym for k in range(len(words) - 1)):
            definer: list[str] = []
            for w in reversed(words[-_DEFINER_WORDS:]):
                if w.lower() in ("the", "a", "an") or w[-1:] in ".,;:!?\u2014\"\u201d)":
                    break
                definer.insert(0, w)
            found[acronym] = " ".join(definer)
    return tuple(found.items())


# A public body's words: the kind of body a definer or an owner names ("tax collector", "watchdog", "Authority").
_PUBLIC = frozenset("""authority authorities agency commission regulator regulators watchdog superintendency superintendence
superintendencia superintendência ministry ministerio ministère department office bureau service servicio council board
inspectorate ombudsman collector tribunal court police directorate administration secretariat secretaría regulatory
comisión comissão autoridad autoridade agencia agência government revenue customs""".split())
_DEFINER_WORDS = 6


def _words(name: str) -> set[str]:
    """The lower-case words of `name`, a possessive's "'s" off, link words and public heads aside."""
    return {w for w in (re.sub(r"['\u2019]s?$", "", w.lower()) for w in re.findall(r"[^\W\d_][\w'\u2019-]*", name))
            if w not in _LINKS and w not in _PUBLIC and len(w) > 2}


def describes(definer: str, owner: str) -> bool:
    """Whether the words an article defines an acronym by (`acronym_definers`) describe `owner`, the archive's one
    organisation its initials spell: both a public body or neither (`_PUBLIC`: "tax collector" and "Authority";
    "environment superintendency" and a contractor "Servicios Mineros Arequipa" are not) and a word in common (a
    place's or a demonym's stem: "Kenya's tax collector (KRA)" and "Kenya Revenue Authority", "the competition
    watchdog (CMA)" and "Competition and Markets Authority"; BR28, FX35). "the national water agency (WRA)" beside
    an unrelated "Wexford Roads Authority" shares no word: its own body, as FX30 decided."""
    def public(name: str) -> bool:
        return any(re.sub(r"['\u2019]s?$", "", w.lower()) in _PUBLIC for w in name.split())
    if public(definer) != public(owner):
        return False
    mine, theirs = _words(definer), _words(owner)
    return any(a == b or len(min(a, b, key=len)) >= 4 and (a.startswith(b) or b.startswith(a)) for a in mine for b in theirs)


def fold_acronyms(names: dict[str, str], organisations_by_article: Iterable[Iterable[str]],
                  normalise: Callable[[str], str], declared: Mapping[str, str], defined: Iterable[tuple[str, str]] = ()) -> None:
    """Point each acronym's key in `names` (normalised name → canonical, NameIndex.build's, changed in
    place) at the canonical of the one organisation it abbreviates (see the module's rule).
    `organisations_by_article`: for each article, the full names of the organisations it names, without the acronyms
    the article defines by other words (`organisations_by_article`); `defined`: (acronym, words) of every article's
    definition (`acronym_definers`): an acronym so defined takes the archive's one organisation of its initials only
    when every definition `describes` it ("Kenya's tax collector (KRA)": the Kenya Revenue Authority; FX35)."""
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
    definers: dict[str, list[str]] = {}
    for acronym, words in defined:
        definers.setdefault(acronym, []).append(words)
    for acronym in alone - owners.keys() - COMMON_ACRONYMS_UPPER:  # no article names both: the archive's one
        if len(archive.get(acronym, ())) == 1 and all(describes(words, next(iter(archive[acronym]))) for words in definers.get(acronym, ())):
            owners[acronym] = archive[acronym]
    for acronym, canonicals in owners.items():
        key = normalise(acronym)
        if len(canonicals) == 1 and key not in declared and names.get(key, acronym) == acronym:
            names[key] = next(iter(canonicals))


def organisations_by_article(occurrences: Iterable[Any], defined: Mapping[str, Iterable[tuple[str, str]]] | None = None) -> list[set[str]]:
    """For each article of `occurrences` (names.Occurrence: `.article`, `.mention.kind`, `.mention.full`),
    the full names of the organisations it names, as `fold_acronyms` takes them; `defined`: article → (acronym, words)
    it defines by other words (`acronym_definers`), whose acronyms are left out of its names (no owner of theirs there)."""
    by_article: dict[str, set[str]] = {}
    for occurrence in occurrences:
        if occurrence.mention.kind == ORGANISATION and not (defined and any(occurrence.mention.full == a for a, _ in defined.get(occurrence.article, ()))):
            by_article.setdefault(occurrence.article, set()).add(occurrence.mention.full)
    return list(by_article.values())
