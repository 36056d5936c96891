"""Whether a titled surname ("Mrs Reid") is written as a relative of the person of that surname ("Tom Reid's mother,
Mrs Reid, …"; "His wife, Mrs Reid, …"): then it is another person, not the one the text names in full.

    kin_titled(text, at, "Reid")   # True for "Reid" at `at` in "Tom Reid's mother, Mrs Reid, said …"

Pure: one function of the text before the reference. Source: the breakers' br5/br6 inputs (issue 9, 2026-12-05):
"Tom Reid's mother, Mrs Reid, spoke outside court. “He is a good boy,” she said." gave the mother's words to Tom
Reid (fullnames.full_name took "Mrs Reid" for him; names.py listed her as him), as did "Lady Reid".
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.namekeys import fold

# Kin nouns that name a relative (a family shares a surname); an adjective may stand before ("late", "elder").
_KIN = ("mother father wife husband son daughter brother sister widow widower grandmother grandfather grandson "
        "granddaughter aunt uncle niece nephew cousin stepmother stepfather stepson stepdaughter mother-in-law "
        "father-in-law sister-in-law brother-in-law son-in-law daughter-in-law parents").split()
_TITLES = "Mr Mrs Ms Miss Mx Sir Dame Lady Lord Dr".split()
_KIN_TITLED = re.compile(
    rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>[^\W\d_][\w'\u2019-]*)['\u2019]s?)\s+(?:[a-z-]+\s+)?"
    rf"(?:{'|'.join(_KIN)}),?\s+(?:{'|'.join(_TITLES)})\.?\s+(?P<surname>[^\W\d_][\w'\u2019-]*)\b")

# The kin noun after the titled surname: "Mrs Reid, his mother, said"; "Mrs Reid, Tom Reid's mother,".
_KIN_AFTER = re.compile(
    rf"\s*,\s*(?:(?:[Hh]is|[Hh]er|[Tt]heir)|(?:{CAPITAL}[\w'\u2019-]*\s+)*(?P<owner>[^\W\d_][\w'\u2019-]*)['\u2019]s?)\s+"
    rf"(?:[a-z-]+\s+)?(?:{'|'.join(_KIN)})\b")


def kin_titled(text: str, at: int, surface: str) -> bool:
    """Whether the one-word reference `surface` at `at` in `text` follows a title that is, there or at any earlier
    place the text writes the same title and surname, the appositive of a relative: "<owner>'s <kin noun>, <Title>
    <surface>" where the owner's last word is `surface` ("Tom Reid's mother, Mrs Reid"), or "his/her/their <kin noun>,
    <Title> <surface>" ("His wife, Mrs Reid") when someone of that surname is named in full before it; or, the kin
    noun after it, "<Title> <surface>, his/her/their <kin noun>" or "<Title> <surface>, <owner>'s <kin noun>" of the
    same surname, with someone of that surname named in full before ("Tom Reid, the defendant, … Mrs Reid, his
    mother, said": BR8, 2026-12-06; "Mr Reid, Tom Reid's father, said" opening a text stays "Reid"). Such a
    reference names the relative, whom the text does not name in full: no one the text names in full."""
    title = re.search(r"(\w+)\.?\s+$", text[max(0, at - 8):at])
    if title is None or title.group(1) not in _TITLES:
        return False
    key = fold(surface)
    for found in _KIN_TITLED.finditer(text, 0, at + len(surface)):
        if fold(found.group("surname")) == key and (found.group("owner") is None or fold(found.group("owner")) == key):
            if text.startswith(title.group(1), found.end("surname") - len(found.group("surname")) - len(title.group(0))):
                return found.group("owner") is not None or _named_in_full(text[:found.start()], surface)
    after = _KIN_AFTER.match(text, at + len(surface))
    if after is not None:  # "Mrs Reid, his mother, said" (BR8, 2026-12-06: gave Tom Reid, the defendant, her words)
        owner = after.group("owner")
        return (owner is None or fold(owner) == key) and _named_in_full(text[:at], surface)
    return False


def _named_in_full(text: str, surface: str) -> bool:
    """Whether `text` names someone of the surname `surface` in full ("Tom Reid", "Sir Tom Reid"): a "his/her
    <kin noun>, Lady Reid" is then that person's relative; else Lady Reid is the one the text is about (a breaker's
    "His widow, Lady Reid, said: “…”" lost its speaker, 2026-12-05, late night)."""
    return re.search(rf"\b(?!(?:{'|'.join(_TITLES)})\b){CAPITAL}[\w'\u2019-]*\s+{re.escape(surface)}\b", text) is not None


# A kin noun beside a name: after it in its apposition ("Mrs Kent, his widow,", "Chinedu Okafor, her husband,", "Ngozi
# Okafor, the daughter of …", "Hunter Biden, Joe Biden's son") or right before it ("his son Hunter Biden", "her
# husband, Chinedu Okafor", "Tom Reid's mother, Mrs Reid").
_KIN_WORDS = "|".join(_KIN)
_BESIDE_AFTER = re.compile(
    rf"\s*,\s*(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+|(?:{CAPITAL}[\w'\u2019-]*\s+)*[^\W\d_][\w'\u2019-]*['\u2019]s?\s+)?"
    rf"(?:[a-z-]+\s+)?(?:{_KIN_WORDS})\b")
_BESIDE_BEFORE = re.compile(rf"\b(?:{_KIN_WORDS}),?\s+(?:(?:{'|'.join(_TITLES)})\.?\s+)?$")


def kin_beside(text: str, start: int, end: int) -> bool:
    """Whether a kin noun (`_KIN`: widow, husband, son, …) stands beside the name at `start`:`end` of `text`: in its
    apposition after it ("Mrs Kent, his widow, said", "Chinedu Okafor, her husband, was", "Hunter Biden, Joe Biden's
    son") or right before it ("his son Hunter Biden", "Tom Reid's mother, Mrs Reid"). Read by laternames.later_full:
    a short form or a full name so written is a relative, and the later join (a guess) keeps them apart (FX82, the
    breaker's br42: "“I miss him,” Mrs Kent, his widow, said. Clark Kent died in 2020." gave her words to him)."""
    return _BESIDE_AFTER.match(text, end) is not None or _BESIDE_BEFORE.search(text[max(0, start - 40):start]) is not None
