"""A declared person's name written without its first words: that person (T24 F5, 2026-12-07).

    fold_declared_tails(names, variants, key, declared)
    # declared "Luiz Inácio Lula da Silva" (aliases [Lula]): "Lula da Silva told reporters" is his, not a page of its own

`names.NameIndex.build` files a declared name and its aliases directly and groups only undeclared full names into
`variants`; `familynames.fold_surname_tails` (an Iberian name's surnames written without its given names, "Mr
Oliveira Santos") reads only those groups, so the tails of a *declared* name were no one's. A T24 trial had a page
"Lula da Silva", with his quotation, beside the declared "Luiz Inácio Lula da Silva"; both pages listed "Lula".

The forms read as the declared person (two words or more, more than a particle and the last word: a bare "da Silva" is
a common surname alone, anyone's, BR38): its last words after an Iberian given name or a particle ("Lula da Silva", "Inácio Lula da Silva": the same rule as
fold_surname_tails) or holding a particle (a word, a particle and the surname: "Lula da Silva" spelt without
accents), and a declared one-word alias before its last words or its particle-led surname ("Lula da
Silva", "Lula Silva"). Not a tail that opens with a given name that is no alias of the person ("Anna Berg" of a
declared "Maria Anna Berg" may be another woman), not one of two declared people's, not one that ends an undeclared
fuller name of someone else too nor one already read as such a fuller name ("Mr da Silva" of "José da Silva", BR38), and never an undeclared name that is itself declared. The editor's `people:` entry
is the source: it says whose name it is.
"""
from __future__ import annotations

from collections.abc import Mapping


def declared_tails(declared: Mapping[str, str]) -> dict[str, set[str]]:
    """person_key of each tail form (module docstring) → the declared canonical names it is a form of.
    `declared`: normalised declared name or alias → canonical name (names._declared)."""
    from briefgen.analyse.familynames import _IBERIAN_LETTERS, _PORTUGUESE_SURNAMES, _given_name
    from briefgen.analyse.namekeys import fold, person_key
    aliases: dict[str, set[str]] = {}
    for alias, canonical in declared.items():
        if " " not in alias and alias != canonical.lower():
            aliases.setdefault(canonical, set()).add(fold(alias))
    tails: dict[str, set[str]] = {}
    for canonical in set(declared.values()):
        words, own = canonical.split(), aliases.get(canonical, set())
        forms = []
        for start in range(1, len(words) - 1):
            opening = words[start]
            if opening.islower() or (words[start - 1].islower() or not _IBERIAN_LETTERS.isdisjoint(canonical)
                                      or fold(opening) in _PORTUGUESE_SURNAMES
                                      or any(w.islower() for w in words[start + 1:-1])) and (
                    fold(opening) in own or not _given_name(opening)):
                forms.append(words[start:])
        surnames = [words[start:] for start in range(1, len(words)) if start == len(words) - 1 or words[start].islower()
                    and not words[start - 1].islower()]
        forms += [[alias, *surname] for alias in own for surname in surnames]
        for form in forms:
            if all(word.islower() for word in form[:-1]):  # "da Silva": a common surname alone, anyone's (BR38)
                continue
            tails.setdefault(person_key(form), set()).add(canonical)
    return tails


def fold_declared_tails(names: dict[str, str], variants: Mapping[str, list[str]], key: Mapping[str, str],
                        declared: Mapping[str, str]) -> None:
    """In `names` (normalised name → canonical, as `names.NameIndex.build` fills it), make each undeclared person's
    name that is a tail form of exactly one declared person (`declared_tails`) that person's, with every spelling of
    it. `variants`: person key → the undeclared full names written so; `key`: a full name → its normalised form."""
    from briefgen.analyse.namekeys import person_key
    tails = declared_tails(declared) if declared else {}
    if not tails:
        return
    others: dict[str, set[str]] = {}  # tails of the undeclared fuller names, as fold_surname_tails reads them
    for group in variants.values():
        for full in group:
            words = full.split()
            for start in range(1, len(words) - 1):
                others.setdefault(person_key(words[start:]), set()).add(names[key[full]])
    for person, group in variants.items():
        owners = tails.get(person, set())
        if len(owners) != 1 or not group or any(key[full] in declared for full in group):
            continue
        owner, canonical = next(iter(owners)), names[key[group[0]]]
        if others.get(person, set()) - {owner} or canonical == owner or tails.get(person_key(canonical.split())) != {owner}:
            continue  # a fuller undeclared name ending in the tail ("José da Silva") is another person (BR38)
        for name, named in list(names.items()):
            if named == canonical:
                names[name] = owner
