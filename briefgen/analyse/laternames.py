"""A short form written before its full name: the full name written later in the article is that person.

    later_full(text, ("Okafor", 25, 31, "person", "Okafor", "", False), earlier)   # -> "Chinedu Okafor"
    later_fulls(mentions)                                                       # -> {"Okafor": "Chinedu Okafor"}

names.py reads an article once, front to back: a surname, a title and a surname or a regnal name ("Okafor said",
"Mr Okafor said", "King Abdullah said") refers to the person named in full before it, and one named in full only later
in the article was a person of its own ("Mr Okafor said … Chinedu Okafor, the union's leader, …" gave two people,
"Okafor" and "Chinedu Okafor", and the quotation went to "Okafor"; "King Abdullah said on Monday … King Abdullah II of
Jordan met …" gave "Abdullah" and "Abdullah II"). Copy does write the short form first (a lead that quotes "Mr Okafor",
a headline-like first paragraph; the AP and Reuters styles name in full at first mention, but agencies' rewrites and
columns do not always). Now such a one-word mention (`Found`, names.py's tuple) whose word the article, read to its
end, gives to exactly one person named in full (names._remember's map: a second person bearing the word makes it
unsure, and then nothing is joined — never a wrong merge) is that person when the full name is first written after it,
with the forward rules' exceptions read the same way: a regnal title joins only a name the text also writes after a
royal's title ("King Abdullah II"; "Prince Harry said … Harry Kane scored" stays two: regnalnames.py); a relative's
title does not join (kinnames.kin_titled); a gendered title does not join a name the text shows to be of the other sex
("Ms Okafor said … Chinedu Okafor, who said he …": titlefit.other_sex). The quotation a short form's frame gives the
short form as its speaker goes to the same person (`later_fulls`, read by people.find_people). Pure.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.filing import filing_order
from briefgen.analyse.kinnames import kin_beside, kin_titled
from briefgen.analyse.namefinds import word_spans
from briefgen.analyse.namekeys import fold
from briefgen.analyse.regnalnames import regnal_before, styled_before
from briefgen.analyse.titlefit import other_sex, same_sex, title_before

_PERSON = "person"  # (names.PERSON)
_PLACE = "\x00"  # names.PLACE: before a folded name in names.py's map, a place or a ship


def later_full(text: str, mention: tuple, earlier: Mapping[str, str], first_at: Mapping[str, int]) -> str:
    """The full name a one-word person `mention` (names.Found, in `text`) written before it stands for (module
    docstring), else "". `earlier`: names.py's map after the whole text (a folded word → the one full name bearing
    it, "" for two); `first_at`: each full name → where the text first writes a mention of it."""
    surface, start, _, kind, full, _, in_title = mention[:7]
    if kind != _PERSON or in_title or full != surface or " " in surface or "\t" in surface:
        return ""
    key = fold(surface)
    target = earlier.get(key, "")
    if not target or target[0] == _PLACE or " " not in target or _PLACE + key in earlier:
        return ""
    if first_at.get(target, -1) <= start:  # named in full before it: the forward rules read it (and left it alone)
        return ""
    royal = regnal_before(text, start)
    if royal and not styled_before(text, target, len(text)):
        return ""  # "Prince Harry said … Harry Kane scored": a royal is no commoner named by the word (regnalnames.py)
    if not royal and key not in _family_words(target):
        return ""  # "said Maria, 34, a nurse. … Maria Corina Machado": a given name alone is anyone's (FX82)
    if kin_titled(text, start, surface) or kin_beside(text, start, mention[2]) or any(
            kin_beside(text, at, stop) for at, stop in word_spans(text, target)):
        return ""  # "Mrs Reid, Tom Reid's mother"; "Mrs Kent, his widow, … Clark Kent"; "Chinedu Okafor, her husband"
    title = title_before(text, start)
    if title and (other_sex(text, len(text), title, target) or not royal and not same_sex(text, len(text), title, target)):
        return ""  # "Ms Okafor said … Chinedu Okafor, who said he …"; "Mr Clinton said. Hillary Clinton …" (titlefit)
    return target


def _family_words(name: str) -> frozenset[str]:
    """The folded words of `name`'s family name, as an index files it (filing.filing_order: "Maria Corina Machado" →
    "machado", "Abdel Fattah al-Sisi" → "sisi", "María José García Ortega" → "garcía", "ortega"; a name filed as written,
    family name first or none — "He Lifeng", "Anwar bin Ibrahim" — its first word): the words a later join may read."""
    filed = filing_order(name, _PERSON)
    return frozenset(fold(word) for word in (filed[0] if filed else name).split()[: None if filed else 1])


def inner_full(text: str, mention: tuple, earlier: Mapping[str, object], inner: Mapping[str, Iterable[str]],
               first_at: Mapping[str, int]) -> str:
    """The one full name of three words or more whose inner word (neither its first nor its last) a one-word person
    `mention` (names.Found) is, else "": the name a person is known by inside a long name ("Luiz Inácio Lula da Silva …
    Lula said", "Gabriel Boric Font … Boric said": FX74, "Lula" and "Boric" were people of their own). Not a word
    names.py's map gives anyone (`earlier`: a first name or a surname, "" for two: those rules decide), a place, a
    given name of one sex ("Ana Maria Silva … Maria said": givensex.given_sex, perhaps another Maria), nor a royal's
    ("King Abdullah" is no "Mohammed Abdullah Khan": regnalnames.py). `inner`: folded inner word → the full names."""
    surface, start, _, kind, full, _, in_title = mention[:7]
    if kind != _PERSON or in_title or full != surface or " " in surface or "\t" in surface:
        return ""
    key = fold(surface)
    names = tuple(inner.get(key, ()))
    if len(names) != 1 or key in earlier or _PLACE + key in earlier or given_sex(surface) or regnal_before(text, start):
        return ""
    return names[0] if first_at.get(names[0], len(text)) < start else ""  # (only after it: "Dr Quispe said so. Then
    # Wilber Quispe Mamani spoke" may be a relative, FX25's rule)


def later_targets(text: str, found: list, earlier: Mapping[str, str]) -> dict[tuple[int, int], str]:
    """(start, end) of each one-word short form among `found` (names.Found tuples of `text`, in text order) written
    before its full name (`later_full`), and of each inner word of a long name written alone after it (`inner_full`)
    → that full name. Read where names.py has read the text (`earlier`, its map then); applied by `refilled` once the
    mentions are settled (orgnames.firms_and_things reads a name written as itself: "Aaaa said" of an airline)."""
    first_at: dict[str, int] = {}
    inner: dict[str, set[str]] = {}
    for mention in found:
        if not mention[6]:
            first_at.setdefault(mention[4], mention[1])
            if mention[3] == _PERSON and mention[0] == mention[4] and len(words := mention[4].split()) > 2:
                for word in words[1:-1]:
                    if word[:1].isupper():
                        inner.setdefault(fold(word), set()).add(mention[4])
    targets: dict[tuple[int, int], str] = {}
    for mention in found:
        if target := later_full(text, mention, earlier, first_at) or inner_full(text, mention, earlier, inner, first_at):
            targets[(mention[1], mention[2])] = target
    return targets


def refilled(found: list, targets: Mapping[tuple[int, int], str]) -> list:
    """`found` (names.Found tuples of an article's headline and text, settled) with each person's mention of `targets`
    (`later_targets`) given its full name, and a headline's mention of the same word the same name when every such
    mention of the text takes one; the list itself when there is nothing to do."""
    if not targets:
        return found
    words: dict[str, set[str]] = {}  # a word as written → the full names its text mentions take (itself: kept so)
    for surface, start, end, kind, full, _, in_title in (m[:7] for m in found):
        if not in_title and kind == _PERSON and full == surface:
            words.setdefault(surface, set()).add(targets.get((start, end), surface))
    settled = []
    for mention in found:
        surface, start, end, kind, full, _, in_title = mention[:7]
        target = "" if kind != _PERSON or full != surface else targets.get((start, end), "") if not in_title else (
            next(iter(words[surface])) if len(words.get(surface, ())) == 1 and surface not in words[surface] else "")
        settled.append((*mention[:4], target, *mention[5:]) if target else mention)
    return settled


@dataclass(frozen=True, slots=True)
class LaterNames:
    """What one article's mentions (names.Found tuples, as names.mentions_in gives them) tell of its one-word speakers:
    `of_surface`, a word every mention of which is one other person's ("Okafor" → "Chinedu Okafor") and which no
    mention keeps as a name of its own; `bearers`, each folded first and last word of a name written in full → those
    names; `first_at`, where each name is first written in full; `own`, the one-word names kept as their own."""
    of_surface: Mapping[str, str]
    bearers: Mapping[str, frozenset[str]]
    first_at: Mapping[str, int]
    own: frozenset[str]
    inner: Mapping[str, frozenset[str]]  # a folded inner word of a name of three words or more → those names

    def speaker(self, text: str, name: str, start: int, end: int) -> str:
        """The full name a quotation's one-word speaker `name` (the quotation at `start`:`end` of `text`) stands for:
        the quotation frames' look-up (fullnames.full_name) reads only the text before a frame and no inner word, so a
        speaker it leaves as written ("“…,” Mr Okafor said. Chinedu Okafor …", "“…,” said Mr Okafor. Chinedu Okafor
        …", "Lula said") is the person the mentions give the word, or the one person named in full after the frame
        whose first or last word it is (`later_full`'s exceptions read at the frame's word nearest the quotation);
        else `name`."""
        if not name or " " in name:
            return name
        if name in self.of_surface:
            return self.of_surface[name]
        bearers = self.bearers.get(fold(name), frozenset())
        if name in self.own or len(bearers) != 1 and not self.inner.get(fold(name)):
            return name
        spots = [m.start() for m in re.finditer(rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w'\u2019-])", text)
                 if not start <= m.start() < end]
        if not spots:
            return name
        at = min(spots, key=lambda spot: min(abs(spot - start), abs(spot - end)))
        mention = (name, at, at + len(name), _PERSON, name, "", False)
        if len(bearers) == 1:
            return later_full(text, mention, {fold(name): next(iter(bearers))}, self.first_at) or name
        return inner_full(text, mention, self.bearers, self.inner, self.first_at) or name


def later_fulls(mentions: Iterable[tuple]) -> LaterNames:
    """`LaterNames` of one article's mentions (names.Found tuples, as names.mentions_in gives them; read by
    people.find_people for its quotations' speakers)."""
    fulls: dict[str, set[str]] = {}
    bearers: dict[str, set[str]] = {}
    inner: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for surface, start, _, kind, full, _, in_title in (m[:7] for m in mentions):
        if in_title or kind != _PERSON:
            continue
        if " " not in surface:
            fulls.setdefault(surface, set()).add(full)
        elif surface == full and full not in first_at:
            first_at[full] = start
            words = full.split()
            for word in (words[0], words[-1]):
                bearers.setdefault(fold(word), set()).add(full)
            for word in words[1:-1] if len(words) > 2 else ():
                if word[:1].isupper():
                    inner.setdefault(fold(word), set()).add(full)
    return LaterNames({surface: next(iter(names)) for surface, names in fulls.items() if len(names) == 1 and surface not in names},
                      {key: frozenset(names) for key, names in bearers.items()}, first_at,
                      frozenset(surface for surface, names in fulls.items() if surface in names),
                      {key: frozenset(names) for key, names in inner.items()})
