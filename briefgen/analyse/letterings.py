"""Spellings that write one letter as two: one person under "Müller" and "Mueller", "Støre" and "Stoere".

    lettering_key("Müller") == lettering_key("Mueller") == "mueller"
    lettering_key("Häkkänen") == "haekkaenen"; lettering_key("Åse") == "aase"; lettering_key("Kjær") == "kjaer"
    lettering_key("Peskow") == lettering_key("Peskov") == "peskov"
    lettering_key("Selenskyj") == lettering_key("Zelensky") == "zelensky"

Takes words or full names as written; gives comparison keys (`namekeys.translit_key` applied after the rules). Used by
`names.NameIndex.build` (`join_letterings`: the groups of spellings of one person), `lettered_form` (the page's name) and
`spelling.word_pair_flagged` (never a misspelling either way).

The rules, from the conventions the press writes in ASCII (Duden's and the Nordic languages' own substitutes, which
T27's sites carry: "Hans-Peter Mueller" in an agency's copy beside the German outlet's "Hans-Peter Müller"):
- ä, ö, ü are written "ae", "oe", "ue" (German, Finnish, Swedish); ø, æ "oe", "ae" (Danish, Norwegian); å "aa";
- a German rendering of a Russian or Ukrainian surname, told by its ending (-ow, -ew, -owa, -ewa, -skyj, -skij: Duden's
  transliteration), writes w for v, sch for sh, tsch for ch and an initial s before a vowel for z ("Peskow", "Lawrow",
  "Medwedew", "Selenskyj"); the surname only, when a syllable ending in one consonant comes before the ending
  (`slavic_rendering`: not "Snow", "Barrow"), never a given name ("Ewa", "Andrew": FX81; so "Wolodymyr Selenskyj" is
  no "Volodymyr Zelensky", the given names differ).

Folding the ASCII digraph itself ("ue" → "u") would join "Manuel" with "Manul" and "Michael" with "Michal": the digraph
is joined only with a spelling that writes the letter (`join_letterings` compares each name's key with the others'
keys, and an ASCII name's key is its own spelling). Dropping the mark ("Muller", "Store") is `namekeys.fold`'s.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.initialnames import spread_initials
from briefgen.analyse.namekeys import fold, translit_key

_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "æ": "ae", "å": "aa",
                           "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "Ø": "Oe", "Æ": "Ae", "Å": "Aa"})
_LETTERED = frozenset("äöüøæåÄÖÜØÆÅ")
_GERMAN_ENDING = re.compile(r"(?:[ei]?[oe]wa?|sk[yi]j)$")  # Peskow, Medwedew, Lawrowa, Selenskyj, Tschaikowskij
_GERMAN_RULES = ((re.compile(r"tsch"), "ch"), (re.compile(r"sch"), "sh"), (re.compile(r"w"), "v"),
                 (re.compile(r"^s(?=[aeiouy])"), "z"), (re.compile(r"(?<=sk)[yi]j$"), "y"))


def slavic_rendering(word: str) -> bool:
    """Whether a surname (folded, lower case) reads as a German rendering of a Russian or Ukrainian one: its ending
    (`_GERMAN_ENDING`) after a syllable that ends in one consonant ("Peskow", "Petrow", "Selenskyj"); not "Snow",
    "Crow" (no syllable before), "Barrow", "Fellow" (a doubled consonant: English), FX81."""
    match = _GERMAN_ENDING.search(word)
    stem = word[:match.start()] if match else ""
    return bool(re.search(r"[aeiouy][^aeiouy]+$", stem)) and not (len(stem) > 1 and stem[-1] == stem[-2])


def lettering_key(word: str, german_slavic: bool | None = None) -> str:
    """One key for a word's spellings by digraph (module docstring): the letters written as two, accents then folded
    and transliteration folded (`namekeys.translit_key`). `german_slavic`: read it as a German rendering of a Slavic
    name (None: when its own ending says so)."""
    key = fold(word.translate(_DIGRAPHS))
    if german_slavic is None:
        german_slavic = slavic_rendering(key)
    if german_slavic:
        for pattern, replacement in _GERMAN_RULES:
            key = pattern.sub(replacement, key)
    return translit_key(key)


def name_key(name: Sequence[str]) -> str:
    """`lettering_key` of each word of a full name (its words, title dropped, the surname last): the surname's last
    hyphen-joined part read German-Slavic when its ending says so, no other word ('Dmitri Peskow' → 'dmitri peskov';
    'Andrew Walsh', 'Ewa Schmidt' keep their w: a given name's ending says nothing, FX81)."""
    words = spread_initials(name)
    if not words:
        return ""
    *head, last = words
    *parts, tail = last.split("-")
    surname = "-".join([*(lettering_key(p, False) for p in parts), lettering_key(tail, slavic_rendering(fold(tail)))])
    return " ".join([*(lettering_key(w, False) for w in head), surname])


def join_letterings(variants: dict[str, list[str]], words_of=str.split) -> None:
    """Merges, in place, the groups of `variants` (a person key → the full names written so, as NameIndex.build
    collects them) that hold one name's spellings by digraph (`name_key` equal): into the group listed first.
    `words_of`: a full name → its words in the order the keys use (names.py: given name first).

    Two groups join only when every spelling of both has one `name_key`: a group that holds a letter's spelling and
    its bare vowel ("Müller" and "Muller", one by `namekeys.fold`) joins no digraph spelling ("Mueller"), as "ue" and
    "u" are no spellings of each other (FX81: "Hans Mueller", "Hans Muller", "Hans Müller" were one page, two people
    linked through a third spelling; Boehm/Bohm/Böhm, Stoere/Store/Støre the same)."""
    order = {key: n for n, key in enumerate(variants)}
    parent: dict[str, str] = {}
    owner: dict[str, str] = {}
    keys = {key: {name_key(words_of(full)) for full in variants[key]} for key in variants}

    def root(key: str) -> str:
        while key in parent:
            key = parent[key]
        return key

    for key in order:
        for full in variants[key]:
            first, second = sorted((root(owner.setdefault(name_key(words_of(full)), key)), root(key)), key=order.get)
            if first != second and len(keys[first] | keys[second]) == 1:
                parent[second] = first
    for key in sorted(parent, key=order.get):
        variants[root(key)].extend(variants.pop(key))


def lettered_form(spellings: list[str], chosen: str) -> str:
    """Of `spellings` (one person's names as written), the one that writes as one letter ("ü", "ø", "å") most of what
    `chosen` writes as two ("ue", "oe", "aa"), `name_key` equal; `chosen` when none does: copy writes the digraph for
    a letter its keyboard lacks, never the other way (as `namekeys.accented_form` for accents; T27: two articles'
    "Hans-Peter Mueller" and one's "Hans-Peter Müller" gave a page "Hans-Peter Mueller")."""
    lettered = lambda name: sum(c in _LETTERED for c in name)  # noqa: E731
    key = name_key(chosen.split())
    same = [name for name in spellings if lettered(name) > lettered(chosen) and name_key(name.split()) == key]
    return max(same, key=lambda name: (lettered(name), -spellings.index(name))) if same else chosen


def same_lettering(a: str, b: str) -> bool:
    """Whether two words are one word's spellings by digraph ('Müller'/'Mueller', 'Peskow'/'Peskov'), for
    spelling.py: the spelling that writes the letter is no misspelling of the one that writes two, nor the reverse."""
    german = slavic_rendering(fold(a)) or slavic_rendering(fold(b))
    return lettering_key(a, german) == lettering_key(b, german)
