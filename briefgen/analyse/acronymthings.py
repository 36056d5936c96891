"""Acronyms that an article shows to be things, not bodies: "N-nitrosodiethylamine, or NDEA, an impurity", "an
impurity called NDEA", "NDEA, a nitrosamine impurity" (T14, 2026-12-06: the People index listed "NDEA", a chemical,
as an organisation; names.py reads every capitalised acronym as a body's).

    acronym_things(text, ["NDEA", "CMA"])   # -> {"NDEA"}

An acronym (2–6 capitals or digits) is a thing in `text` when the text
- expands it in lower case: "<word>, or NDEA", "<word> (NDEA)", the word's last part (after a hyphen) written in lower
  case and no person's or body's noun ("the markets regulator, or CMA" is a body: the lexicon's roles and trades);
- names it after a noun of what it is: "an impurity called NDEA", "a compound known as NDEA" (`_SUBSTANCES`);
- sets it beside such a noun: "NDEA, a nitrosamine impurity", "NDEA, a probable carcinogen".
A body's name written out ("the Competition and Markets Authority, or CMA") is capitalised and keeps it a body.
orgnames.firms_and_things drops the acronym's mentions in that article and passes it on as a thing, which
people.people_of leaves off the People index in every article (one sense per discourse, as places are).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.analyse.lexicon import DESCRIPTOR_ROLES, FALSE_TITLES, ROLE_NOUNS, occupational

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
# Nouns of substances and agents that an acronym names in health, science and environment reports.
_SUBSTANCES = ("impurity|impurities|chemical|chemicals|compound|substance|carcinogen|toxin|molecule|solvent|acid|drug|"
               "medicine|protein|enzyme|virus|bacterium|hormone|pesticide|herbicide|additive|contaminant|pollutant|gas|"
               "nitrosamine|metabolite|antibody|vaccine|gene|mineral|fertiliser|fertilizer|preservative|plastic")
_BODY_WORDS = frozenset("""agency authority body group organisation organization company firm regulator watchdog council
union association board committee commission department ministry office service institute""".split())


def acronym_things(text: str, acronyms: Iterable[str]) -> set[str]:
    """The acronyms of `acronyms` (as written) that `text` shows to be things (module docstring)."""
    found = set()
    placed = _placed(text)
    for acronym in {a for a in acronyms if _ACRONYM.fullmatch(a)}:
        if acronym not in placed:
            continue
        name = re.escape(acronym)
        expanded = [word for _, word in _expansions(text, name)]
        if any(_lower_thing(word) for word in expanded) or re.search(
                rf"\b(?:{_SUBSTANCES})[ \t]+(?:called|named|known[ \t]+as)[ \t]+{name}(?![\w-])", text) or re.search(
                rf"(?<![\w-]){name},[ \t]+(?:an?|the)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?:{_SUBSTANCES})\b", text):
            found.add(acronym)
    return found


def _placed(text: str) -> set[str]:
    """The acronyms of `text` in a place the rules of `acronym_things` read: after "or" or "(", after called / named /
    known as, or before ", a" / ", an" / ", the" (what each rule's search needs; those searches are compiled for each
    acronym and scan the whole text: ~1.2 ms an article holding an acronym, 799 of 1,000 benchmark articles, ~10 s of
    a 10,000-article cold build's CPU; cProfile of names_in, 2026-12-06)."""
    return {m.group(1) or m.group(2) for m in _PLACES.finditer(text)}


_PLACES = re.compile(r"(?:,?[ \t]+or[ \t]+|[ \t]+\(|(?:called|named|as)[ \t]+)([A-Z][A-Z0-9]{1,5})(?![A-Z0-9])"
                     r"|(?<![\w-])([A-Z][A-Z0-9]{1,5}),[ \t]+(?:an?|the)[ \t]")


def _expansions(text: str, name: str) -> list[tuple[str, str]]:
    """(words, word) written right before each ", or <acronym>", " or <acronym>" or " (<acronym>)" of `text` (`name`:
    the acronym as a pattern): `word` the one before it, `words` up to five more and it, as a search of the whole text
    for such words would find them (from the left, not overlapping). Found from the acronym's places: that search tried
    a word at every position of the text, ~1.6 ms an article holding an acronym (1.3 s of the 1,000 benchmark
    articles' names_in, cProfile 2026-12-06)."""
    found, done = [], 0
    for anchor in re.finditer(rf"(?:,?[ \t]+or[ \t]+{name}|[ \t]+\({name}\))(?![\w-])", text):
        lo = max(done, anchor.start() - 400)
        while lo > done and (text[lo - 1].isalnum() or text[lo - 1] in "_-"):
            lo -= 1  # (from a word's start)
        before = _WORDS_BEFORE.search(text, lo, anchor.start())
        if before is not None:
            found.append((before.group("words"), before.group("word")))
            done = anchor.end()
    return found


_WORDS_BEFORE = re.compile(r"(?P<words>(?:[\w-]+[ \t]+){0,5}(?P<word>[\w-]+))\Z")


def _lower_thing(word: str) -> bool:
    """Whether `word`, written before ", or <acronym>", is an expansion in lower case that names no person nor body."""
    last = word.split("-")[-1]
    plain = last.lower()
    return last[:1].islower() and plain not in _BODY_WORDS and not (
        plain in ROLE_NOUNS or plain in DESCRIPTOR_ROLES or plain in FALSE_TITLES or occupational(plain))
