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
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefgen.load.config import Person

_BETWEEN = re.compile(r"[ \t]*(?:,|\()[ \t]*(?:(?:also|better|widely|commonly|popularly|formerly)[ \t]+)?known[ \t]+as[ \t]+")
_AFTER = frozenset(",;).")


def known_as(text: str, mentions: Iterable[Sequence]) -> tuple[tuple[str, str], ...]:
    """(full name, the other name) of each "X, known as Y," in `text` (module docstring); `mentions`: names.mentions_in's
    tuples (surface, start, end, kind, full, title, in_title), offsets into `text`."""
    persons = sorted((m for m in mentions if m[3] == "person" and not m[6]), key=lambda m: m[1])
    pairs = []
    for name, other in zip(persons, persons[1:]):
        if (" " in name[4] and " " in other[0] and name[4] != other[4] and _BETWEEN.fullmatch(text, name[2], other[1])
                and (other[2] == len(text) or text[other[2]] in _AFTER)):
            pairs.append((name[4], other[0]))
    return tuple(dict.fromkeys(pairs))


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
