"""How to show a term that the text only writes inside a compound word: "O'Neill", not "Neill".

Story grouping splits words at every apostrophe, hyphen and decimal point (terms.py), so that "Kyiv's" is Kyiv and
"Brannock-owned" holds Brannock. The evidence a story page shows its readers ("They share …") is made of those
terms, and two trials (2026-12-04) found its pieces there: "Neill" for O'Neill, "re" and "balloting" for
"re-balloting", "2m" for "£1.2m", "Baptiste Nkemelu" for Jean-Baptiste Nkemelu, "Adeyemi Okafor" for
Adeyemi-Okafor. `compound_forms(text)` gives, for each term the text writes only inside such a compound,
the compound as written; a name pair whose words are such parts is shown with them ("Jean-Baptiste Nkemelu"). A
trailing possessive is no compound ("Kyiv's" shows Kyiv). Display only: the terms and their weights are unchanged.
Not done: a currency sign is no word character, so "£3m" still shows "3m".
"""
from __future__ import annotations

import re

from briefgen.analyse.terms import term_of

# A joiner between two word characters: an apostrophe or a hyphen, or a decimal point between digits. Compounds are
# found from these marks, checked in Python (a pattern for a whole compound tried at every word start cost ~0.4 ms a
# lead, a look-behind for the joiner ~80 µs; the marks with a word after them ~20 µs, 1,000 benchmark leads).
# The marks are found by `str.find` (`_marks`: a character class scanned a lead at ~13 ns a character, ~20 µs, most of
# it in texts with curly quotes), and the word before one read on the reversed 40 characters before it (`\w+$`
# searched there tried every place of the window: ~7 µs a compound).
_MARK_SET = "-'\u2019."
_WORD_AFTER = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"['\u2019]s$", re.IGNORECASE)
_PART = re.compile(r"(?:[-'\u2019]|(?<=\d)\.(?=\d))")


def compound_forms(text: str) -> dict[str, str]:
    """Term → the compound word it is written in (the first), for each term of `text` (`terms.term_of` of a word)
    that `text` writes only inside compounds (module docstring). Pure."""
    inside: dict[str, str] = {}
    parts: dict[str, str] = {}  # a part as written, lower case → its term
    for written in _compounds(text):
        written = _POSSESSIVE.sub("", written)
        pieces = _PART.split(written)
        if len(pieces) < 2:
            continue
        for piece in pieces:
            term = term_of(piece.encode())
            if term is not None:
                inside.setdefault(term, written)
                parts[piece.lower()] = term
    if not inside:
        return {}
    lower = text.lower()
    for piece, term in parts.items():  # a term also written as a word of its own is shown as itself
        if term in inside and _alone(lower, piece):
            del inside[term]
    return inside


def _compounds(text: str) -> list[str]:
    """The compound words of `text`, as written, in order: runs of words joined by joiners (module docstring: an
    apostrophe or a hyphen between word characters, a decimal point between digits)."""
    found: list[str] = []
    end = -1
    for at in _marks(text):
        if at < end or not _joins(text, at):  # (a later joiner of the compound just taken)
            continue
        start = at - _WORD_AFTER.match(text[max(0, at - 40):at][::-1]).end()  # (its word: `_joins` saw a \w before)
        end = at + 1
        while True:
            end = _WORD_AFTER.match(text, end).end()
            if end >= len(text) or text[end] not in _MARK_SET or not _joins(text, end):
                break
            end += 1
        found.append(text[start:end])
    return found


def _marks(text: str) -> list[int]:
    """Ascending, the places of `text` holding a mark of `_MARK_SET` with a word character (`\\w`) after it (a
    sentence's full stop is followed by a space: most marks are no joiner)."""
    found = []
    for mark in _MARK_SET:
        at = text.find(mark)
        while at >= 0:
            after = text[at + 1:at + 2]
            if after.isalnum() or after == "_":
                found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def _joins(text: str, at: int) -> bool:
    """Whether the mark at `at` joins the word characters on either side (a point only digits)."""
    before, after = text[at - 1:at], text[at + 1:at + 2]
    if text[at] == ".":
        return before.isdigit() and after.isdigit()
    return (before.isalnum() or before == "_") and (after.isalnum() or after == "_")


def _alone(lower: str, piece: str) -> bool:
    """Whether `piece` stands in `lower` as a word of its own, joined to no other by a compound's joiner (a possessive
    may follow it). str.find over a few pieces: a word pattern over the whole lead cost ~0.4 ms an article."""
    at = lower.find(piece)
    while at >= 0:
        end = at + len(piece)
        before = lower[at - 1] if at else " "
        after, following = lower[end:end + 1] or " ", lower[end + 1:end + 2]
        possessive = after in "'\u2019" and following == "s" and not lower[end + 2:end + 3].isalnum()
        joined = (before.isalnum() or before in _JOINERS or (before == "." and lower[at - 2:at - 1].isdigit())
                  or after.isalnum() or (after in _JOINERS and following.isalnum() and not possessive)
                  or (after == "." and following.isdigit()))
        if not joined:
            return True
        at = lower.find(piece, end)
    return False


_JOINERS = "-'\u2019"


def shown_with_compounds(shown: dict[str, str], compounds: dict[str, str], terms: list[str]) -> None:
    """Set in `shown` (term → written form) the compound of each term of `terms` that `compounds` holds
    (`compound_forms`); a two-word term's words each by theirs, one compound once ("Adeyemi-Okafor")."""
    for term in terms:
        if " " in term:
            first, _, second = term.partition(" ")
            if first in compounds or second in compounds:
                words = shown.get(term, term).split(" ", 1)
                one, two = compounds.get(first, words[0]), compounds.get(second, words[-1])
                shown[term] = one if one == two else f"{one} {two}"
        elif term in compounds:
            shown[term] = compounds[term]
