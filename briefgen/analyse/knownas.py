"""A person's other name, given by the text: "Wei Che-chia, known as C.C. Wei," (FX65, T25 F12: the People page had
"C.C. Wei", quoted in another article, and no "Wei Che-chia"; a search for "Wei Che-chia" found no one).

    known_as(text, mentions)          # -> (("Wei Che-chia", "C.C. Wei"),): the name, then the other it is known as
    text_aliases(declared, pairs)     # -> (Person("Wei Che-chia", ("C.C. Wei",)),): read as a declared alias

A person's name of two words or more, then ", known as", ", also known as", ", better known as", ", widely known as",
", formerly known as" or the same in parentheses, then another person's name of two words or more that ends there (a
comma, a closing parenthesis, a full stop or a semicolon after it): the two are one person, as an editor's alias in
config.yaml `people:` makes them (names.NameIndex.build reads both). The name written first is the one shown (the
article presents the other as a by-name), the other "also written as". One word after "known as" ("known as Tommy",
"known as Mac") is no alias: a nickname, which other people share. An alias two names claim, and a name or alias the
editor declared, are left to the text's other rules and the editor (never joined here). `people.people_of` joins the
pairs of all articles.

A person's initials in capitals are such another name too (T29 F5, FX100, 2026-12-07: "AMLO" was an organisation
that took Andrés Manuel López Obrador's quotations): an acronym of two to six capitals that the text ties to a person
named in full — right after the name in parentheses when its letters are the name's initials ("Andrés Manuel López
Obrador (AMLO)"; not a party's: "Juan Pérez (PAN)"), after ", known as"
("…, known as AMLO,"), or written ", as he is known" / ", as she is known" when its letters are the initials of the
words of one person the article names in full (`_initials`: particles passed over, "López Obrador" two words:
"AMLO"). An acronym the text writes so for an organisation is an organisation's (acronyms.py): nothing here reads an
acronym that follows no person's name.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefgen.load.config import Person

_BETWEEN = re.compile(r"[ \t]*(?:,|\()[ \t]*(?:(?:also|better|widely|commonly|popularly|formerly)[ \t]+)?known[ \t]+as[ \t]+")
_AFTER = frozenset(",;).")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*")
_AS_KNOWN = re.compile(r",[ \t]+as[ \t]+(?:he|she)[ \t]+is[ \t]+(?:(?:also|widely|popularly|commonly|best)[ \t]+)?known\b")


def known_as(text: str, mentions: Iterable[Sequence]) -> tuple[tuple[str, str], ...]:
    """(full name, the other name) of each "X, known as Y," in `text` (module docstring); `mentions`: names.mentions_in's
    tuples (surface, start, end, kind, full, title, in_title), offsets into `text`."""
    persons = sorted((m for m in mentions if m[3] == "person" and not m[6]), key=lambda m: m[1])
    pairs = []
    for name, other in zip(persons, persons[1:]):
        if (" " in name[4] and " " in other[0] and name[4] != other[4] and _BETWEEN.fullmatch(text, name[2], other[1])
                and (other[2] == len(text) or text[other[2]] in _AFTER)):
            pairs.append((name[4], other[0]))
    return tuple(dict.fromkeys(pairs + _initialisms(text, persons, mentions)))


def _initials(full: str) -> str:
    """The capitals of a full name's capitalised words, particles (lower case) passed over: "AMLO" of "Andrés Manuel
    López Obrador", "JFK" of "John Fitzgerald Kennedy"."""
    return "".join(w[0] for w in full.split() if w[:1].isupper())


def _initialisms(text: str, persons: list[Sequence], mentions: Iterable[Sequence]) -> list[tuple[str, str]]:
    """(full name, acronym) of each acronym `text` ties to a person named in full (module docstring)."""
    acronyms = [m for m in mentions if not m[6] and _ACRONYM.fullmatch(m[0])]
    if not acronyms:
        return []
    fulls = {p[4] for p in persons if p[4].count(" ") >= 1}
    pairs = []
    for acronym in acronyms:
        before = [p for p in persons if p[2] <= acronym[1] and " " in p[4]]
        follows = acronym[2] == len(text) or text[acronym[2]] in _AFTER
        if before and follows and (_IN_BRACKETS.fullmatch(text, before[-1][2], acronym[1]) and text[acronym[2]:acronym[2] + 1] == ")"
                                   and _initials(before[-1][4]) == acronym[0] or _BETWEEN.fullmatch(text, before[-1][2], acronym[1])):
            pairs.append((before[-1][4], acronym[0]))  # "Andrés Manuel López Obrador (AMLO)", "…, known as AMLO,"
        elif _AS_KNOWN.match(text, acronym[2]) and len(owners := {f for f in fulls if _initials(f) == acronym[0]}) == 1:
            pairs.append((owners.pop(), acronym[0]))  # "AMLO, as he is known," (its letters his initials)
    return pairs


def text_aliases(declared: Sequence[Person], pairs: Iterable[tuple[str, str]]) -> tuple[Person, ...]:
    """People to read as declared ones: each name with the other names the text says it is known as (`known_as`'s pairs
    of every article), less any the editor declared (`declared`, names and aliases, case-folded) and any other name
    two names claim."""
    taken = {name.casefold() for p in declared for name in (p.name, *p.aliases)}
    owners: dict[str, set[str]] = {}
    for full, other in pairs:
        if full.casefold() not in taken and other.casefold() not in taken:
            owners.setdefault(other, set()).add(full)
    aliases: dict[str, list[str]] = {}
    for other, fulls in sorted(owners.items()):
        if len(fulls) == 1 and other not in owners.get(next(iter(fulls)), ()):
            aliases.setdefault(next(iter(fulls)), []).append(other)
    return tuple(Person(full, tuple(others)) for full, others in sorted(aliases.items()) if full not in owners)
