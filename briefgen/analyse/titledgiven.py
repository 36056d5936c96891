"""A knight's or a dame's given name written alone after the title ("Dame Philippa", "Sir Keir"): the person of that
given name named in full.

    honour_name("Dame", "Philippa")               # -> "Dame Philippa": the mention's full name when the article
                                                  #    names no Philippa in full before it (names._mention)
    titled_given_names(names, occurrences, key, declared, normalise)   # NameIndex.build's step:
                                                  # names["dame philippa"] -> "Philippa Oduya-Kerr", if she is the one

British honours are used with the given name: "Sir Keir", "Dame Judi" are how the BBC, the Guardian and Debrett's write a
knight or a dame after the first mention (never "Sir Starmer"). names.py reads "Dame Philippa" as a one-word person with a
title, whose article-local full name is the full name given before it in the article (its first word is remembered:
names._remember). Where the article gave none before it, the full name was "Philippa", and the site listed a person
"Philippa" apart from Philippa Oduya-Kerr (a trial, T11, 2026-12-06: 7 articles, "People named" listing both). Now such
a mention's full name keeps its honour ("Dame Philippa", as a peer's keeps "Lord"), and the name index points it at the
only person of the site whose full name (two words or more) starts with that given name; when there are two, at no one:
it stays "Dame Philippa" (precision first: the wrong Philippa would mislead).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from briefgen.analyse.initialnames import fits, spread_initials
from briefgen.analyse.malaytitles import patronymic_at
from briefgen.analyse.regnalnames import regnal_title
from briefgen.analyse.titlewords import DOTTED_STYLES
from briefgen.analyse.namekeys import fold, reference_forms

HONOURS = frozenset({"Sir", "Dame", "Doña", "Dña."})  # (the Spanish "Doña" too, a lady's style before her given name: T29)
# Given names too common to be one person's alone (folded): BR32's Gaza shopkeeper "Mohammed" (FX48).
COMMON_GIVEN = frozenset("mohammed muhammad mohamed mohammad muhammed mohd ahmad ahmed ali siti nur nor noor abdul "
                         "abdullah hassan hussein ibrahim omar umar yusuf yusof fatima fatimah aisha".split())


_HONOUR_BEFORE = re.compile(r"(?<![\w\u2019'-])(Sir|Dame|Doña|Dña\.)[ \t]+$")


def honour_name(text: str, start: int, surface: str) -> str:
    """A one-word `surface` at `start` of `text` with the honour written right before it ("Dame Philippa", "Sir Keir"),
    or "" when none is ("Sir" is no title word of lexicon.TITLE_WORDS: the run's reading has no title to read)."""
    honour = _HONOUR_BEFORE.search(text, max(0, start - 6), start) if " " not in surface else None
    return f"{honour.group(1)} {surface}" if honour is not None else ""


def titled_given_names(names: dict[str, str], occurrences: Iterable[object], key: Mapping[str, str],
                       declared: Mapping[str, str], normalise: Callable[[str], str], person: str = "person") -> None:
    """Point, in `names` (normalised surface -> canonical, `NameIndex.build`'s, changed in place), each person's full
    name of an honour and one word (`honour_name`), not declared, at the one canonical full name of a person of the
    site (two words or more, not itself an honour's) whose first word is that word (folded); none when there are
    two or more; so do the surfaces that pointed at it ("Nigel" of "Sir Nigel, the chairman, said"). `occurrences`:
    `names.Occurrence`s; `key`: surface -> normalised, as build has it."""
    titled: set[str] = set()
    by_first: dict[str, set[str]] = {}
    for occurrence in occurrences:
        mention = occurrence.mention  # type: ignore[attr-defined]
        if mention.kind != person:
            continue
        words = mention.full.split()
        if len(words) == 2 and words[0] in HONOURS:
            titled.add(mention.full)
        elif len(words) > 1 and (canonical := names.get(key.get(mention.full) or normalise(mention.full))):
            by_first.setdefault(fold(words[0]), set()).add(canonical)
    chosen: dict[str, str] = {}  # the honour's full name -> the one person it is
    for full in titled:
        at = key.get(full) or normalise(full)
        candidates = {c for c in by_first.get(fold(full.split()[1]), ()) if c.split()[0] not in HONOURS}
        if at not in declared and len(candidates) == 1 and names.get(at, full) == full:
            chosen[full] = next(iter(candidates))
    chosen.update(_given_called(names, occurrences, key, declared, normalise, person))
    chosen.update(_styled_surnames(names, occurrences, key, declared, normalise, person))
    for surface, canonical in list(names.items()):  # its key and the surfaces that are only its ("Nigel")
        if canonical in chosen and surface not in declared:
            names[surface] = chosen[canonical]


def _styled_surnames(names: Mapping[str, str], occurrences: Iterable[object], key: Mapping[str, str],
                     declared: Mapping[str, str], normalise: Callable[[str], str], person: str) -> dict[str, str]:
    """"H.E. Ruto" (a full name of "H.E."/"H.H." and one word, read as initials where its article names no Ruto:
    initialnames.dotted_person) mapped to the one canonical person of the site, two words or more, whose last word
    that word is and whose given names the letters do not fit (initialnames.fits): His Excellency, as the Kenyan press
    styles its president. BR32 (2026-12-07): "President William Ruto … Ruto said" and '"…," said H.E. Ruto at the
    launch' were two pages (one at s46). "H.E. Bates" stays initials when the site names no Bates, or one they fit
    ("Herbert Ernest Bates"); two Rutos: no one."""
    styled: set[str] = set()
    by_last: dict[str, set[str]] = {}
    for occurrence in occurrences:
        mention = occurrence.mention  # type: ignore[attr-defined]
        words = mention.full.split()
        if mention.kind != person:
            continue
        if len(words) == 2 and words[0].lower().replace("\u2024", ".") in DOTTED_STYLES:
            styled.add(mention.full)
        elif len(words) > 1 and (canonical := names.get(key.get(mention.full) or normalise(mention.full))):
            by_last.setdefault(fold(words[-1]), set()).add(canonical)
    found: dict[str, str] = {}
    for full in styled:
        at = key.get(full) or normalise(full)
        candidates = {c for c in by_last.get(fold(full.split()[1]), ()) if c.split()[0].lower() not in DOTTED_STYLES}
        if at not in declared and len(candidates) == 1 and names.get(at, full) == full:
            candidate = next(iter(candidates))
            if not fits([w.lower() for w in spread_initials(full.split())], [w.lower() for w in candidate.split()]):
                found[full] = candidate
    return found


def given_alone(full: str, surface: str) -> bool:
    """Whether `surface`, a one-word mention an article resolved to its `full` name, is that name's given name, no form
    a later mention names the person by elsewhere (`namekeys.reference_forms`: "Reeves", "Mr Anwar"), or the given
    name of a patronymic name ("Mohammed" of "Mohammed bin Salman"). NameIndex.build maps such a surface of one article
    to no one in the others: BR32 (2026-12-07) had '"We are afraid," said Mohammed, a 34-year-old shopkeeper in Khan
    Younis' on the page of Saudi Crown Prince Mohammed bin Salman ("Prince Mohammed said" in another article), and
    "Rachel, a nurse in Leeds" on Rachel Reeves's. A titled one may still join (`_given_called`)."""
    words = full.split()
    return len(words) > 1 and surface == words[0] and " " not in surface and (
        patronymic_at(words) is not None or surface not in reference_forms(words))


def _given_called(names: Mapping[str, str], occurrences: Iterable[object], key: Mapping[str, str],
                  declared: Mapping[str, str], normalise: Callable[[str], str], person: str) -> dict[str, str]:
    """A given name written alone in an article that names no one in full by it ("Johari said", "Prime Minister Abiy"),
    or a name's leading words ("President Hassan Sheikh"), mapped to the one canonical person of the site, one word or
    more longer, whose leading words they are: short form → canonical. Malay and Indonesian names are called by the
    given name (a Malay name has no surname: "Johari Abdul Ghani" is Mr Johari, "Anwar bin Ibrahim" Mr Anwar), and so
    are Ethiopian, Eritrean and Somali ones ("Abiy Ahmed" is Mr Abiy, "Hassan Sheikh Mohamud" President Hassan Sheikh);
    T22's "Johari" and T23's "Abiy" and "Hassan Sheikh" (FX55) had People pages beside the full names. Only a short
    form some article writes alone after a title ("Minister Johari said": names.NameMention.title, kept for the index
    by alonenames.py), no article describes as a private person (`NameMention.described`: '"We are afraid," said
    Mohammed, a 34-year-old shopkeeper in Khan Younis' was on the page of Saudi Crown Prince Mohammed bin Salman,
    "said Johari, a smallholder" on the minister's: BR32), never a very common given name (`COMMON_GIVEN`); one word
    only where some article calls that person by it ("Plantation Minister Johari Abdul Ghani … Mr Johari said"). None
    when two people of the site are named so."""
    titled: set[str] = set()
    described: set[str] = set()  # short forms some article describes as a private person ("said Mohammed, a shopkeeper")
    by_lead: dict[str, set[str]] = {}
    called: set[str] = set()  # canonical names some article calls by their first word
    for occurrence in occurrences:
        mention = occurrence.mention  # type: ignore[attr-defined]
        if mention.kind != person:
            continue
        words = mention.full.split()
        if len(words) <= 2 and mention.surface == mention.full and (mention.title or mention.described) and not (
                len(words) == 1 and regnal_title(mention.title)):  # ("Queen Rania": a regnal name, no one's else: FX60)
            (described if mention.described else titled).add(mention.full)
        if len(words) > 1 and (canonical := names.get(key.get(mention.full) or normalise(mention.full))):
            for lead in range(1, len(words)):
                by_lead.setdefault(fold(" ".join(words[:lead])), set()).add(canonical)
            if fold(mention.surface) == fold(words[0]):
                called.add(canonical)
    found: dict[str, str] = {}
    for full in titled - described:
        if fold(full) in COMMON_GIVEN:
            continue
        at = key.get(full) or normalise(full)
        candidates = {c for c in by_lead.get(fold(full), set()) if len(c.split()) > len(full.split())}
        if at not in declared and len(candidates) == 1 and names.get(at, full) == full and (
                " " in full or candidates <= called):
            found[full] = next(iter(candidates))
    return found
