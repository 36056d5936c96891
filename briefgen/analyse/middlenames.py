"""A full name written with its middle names dropped: "Bola Tinubu" of "Bola Ahmed Tinubu" (T26 F5).

Copy names a person in full with a middle name or initial ("President Bola Ahmed Tinubu", "George W. Bush") and
later, or in another outlet, without it ("Bola Tinubu", "George Bush"). A name of two words is the person of the one
longer name that begins with its first word and ends with its last — one person, not two pages, and the bare "Tinubu"
is no longer "ambiguous" between them. Where two longer names fit ("George H. W. Bush" and "George W. Bush", a
father and a son; "Bola Ahmed Tinubu" and "Bola Tunde Tinubu") the two words are neither's for sure and stay apart.
A title or an initial as the first word ("Mr Smith", "J. Smith") names no one by its first word, and names that
differ in the last word ("Ngozi Iweala", "Ngozi Okonjo-Iweala") are never joined here (a misspelling's is spelling.py's),
nor a name whose middle word may be the family name ("Peter Chan Young" is maybe Mr Chan: familynames.either_family, BR23).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from briefgen.analyse.familynames import either_family
from briefgen.analyse.lexicon import TITLE_WORDS
from briefgen.analyse.namekeys import fold, person_key


def dropped_middles(fulls: Iterable[str], person: Callable[[str], str] = lambda name: name) -> dict[str, str]:
    """Each name of two words among `fulls` (person names as written, title-free) → the one longer name of `fulls`
    (three words or more) with the same first and last words (accents and case folded: namekeys.fold), when exactly
    one person (`person`: a name → its person, e.g. its canonical name; by default itself, compared by
    namekeys.person_key) has such a name; names with none or several are left out. Pure; source: T26 F5."""
    names = list(dict.fromkeys(fulls))
    longer: dict[tuple[str, str], dict[str, str]] = {}  # (first, last) → person key → the longer name (first seen)
    for name in names:
        words = name.split()
        if len(words) >= 3 and _given(words[0]) and not either_family(words):  # ("Peter Chan Young": Mr Chan?)
            owner = person(name)
            longer.setdefault((fold(words[0]), fold(words[-1])), {}).setdefault(person_key(owner.split()), name)
    found: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) == 2 and _given(words[0]) and len(owners := longer.get((fold(words[0]), fold(words[1])), {})) == 1:
            found[name] = next(iter(owners.values()))
    return found


def fold_dropped_middles(names: dict[str, str], fulls: Mapping[str, str], key: Mapping[str, str],
                         declared: Mapping[str, str], person: str) -> None:
    """Map in `names` (normalised name → canonical) each person's name of two words to the canonical name of the one
    longer full name it drops the middle of (`dropped_middles`, over the canonical names); `fulls`: full name → kind,
    `key`: a name → its normalised form, `person`: the kind of persons. A declared name keeps its own canonical
    (config.yaml `people:` decide). In place (names.NameIndex.build)."""
    persons = [full for full, kind in fulls.items() if kind == person and key[full] in names]
    for short, long in dropped_middles(persons, lambda name: names[key[name]]).items():
        if key[short] not in declared and names[key[short]] != names[key[long]] and len(names[key[short]].split()) == 2:
            names[key[short]] = names[key[long]]


def _given(word: str) -> bool:
    """Whether `word` may be a given name: no title ("Mr", "President") and no initial ("J.", "W")."""
    bare = word.rstrip(".")
    return len(bare) > 1 and word.lower() not in TITLE_WORDS and bare.lower() not in TITLE_WORDS and not bare.isupper()
