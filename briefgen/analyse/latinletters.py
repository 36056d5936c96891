"""One spelling of a Latin-script word with and without its accents: the form story terms compare (terms.keyword).

The English-language press writes the names of Polish, Turkish, Lithuanian and Nordic people and places without their
diacritics, where the home agencies write them in full: Reuters' "Malgorzata Wisniewska", "Dorota Slezak", "Ismail
Celik", "Bialystok" are PAI's "Małgorzata Wiśniewska", "Dorota Ślęzak", Boğaziçi Post's "İsmail Çelik", "Białystok".
As story terms they were different words, so two reports of one event, one from each side, shared no rare name and
were held apart ("no rare name in common": the T19 trial's day-two report of Reuters against PAI's and the live blog,
2026-12-06, tests/stories/gaspipe/). The people pages already read them as one name (namekeys.fold), the slugs and the
search as one word (load/text.LETTER_FOLD).

`unaccented(word)`: a lower-case word with each Latin letter's marks taken off (canonical decomposition, NFD, then
its combining marks dropped) and the Latin letters Unicode keeps whole written as the press writes them in ASCII
(LETTER_FOLD: "ł" → "l", "ø" → "o", "ß" → "ss", dotless "ı" → "i"). Only marks on a Latin letter are dropped: other
scripts are kept as written (Cyrillic "й" is no "и", a kana's voicing mark is part of it: "が" is no "か"), and so
are compatibility forms (NFD, not NFKD: terms.AMPERSAND, U+FF06, stays the word-joiner it is). What it cannot tell:
two words of one language that differ only by accents ("año"/"ano", Turkish "şık"/"sik") are one term; a report's
other words decide, as they do for any two senses of one English word.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Iterable

from briefgen.load.text import LETTER_FOLD

_LETTERS = str.maketrans(LETTER_FOLD)


def _latin(character: str) -> bool:
    """Whether a base character is of the Latin script's blocks (Basic Latin to Latin Extended-B, and Latin
    Extended Additional: "ạ", "ệ" of Vietnamese) — or an ASCII digit or mark, after which a combining mark is stray."""
    return character < "\u0250" or "\u1e00" <= character <= "\u1eff"


@lru_cache(maxsize=65536)
def unaccented(word: str) -> str:
    """`word` (lower case) with its Latin letters' accents off (module docstring): 'wiśniewska' → 'wisniewska',
    'çelik' → 'celik', 'yıldız' → 'yildiz', 'białystok' → 'bialystok', 'straße' → 'strasse'; 'київ' kept."""
    if word.isascii():
        return word
    kept: list[str] = []
    latin = False
    for character in unicodedata.normalize("NFD", word.translate(_LETTERS)):
        if unicodedata.combining(character):
            if latin:
                continue
        else:
            latin = _latin(character)
        kept.append(character)
    return unicodedata.normalize("NFC", "".join(kept))


@lru_cache(maxsize=8192)
def _accented(terms: frozenset[str]) -> dict[str, str]:
    """The terms of `terms` with a letter outside ASCII, by their `unaccented` form (a report's proper names: read once
    for each of its candidate pairs)."""
    return {unaccented(term): term for term in terms if not term.isascii()}


def marks_dropped(one: str, other: str) -> bool:
    """Whether two spellings of a word are one, the other written without its marks — as copy drops a name's marks
    (all of them: a keyboard or a wire's character set without them) and never adds or changes them:
    "wiśniewska"/"wisniewska", "strauß"/"strauss" are; two spellings that both keep marks and differ by them are
    two words: Vietnamese "hùng"/"hưng" and "lê"/"lệ" are different names (a breaker, 2026-12-06; a mark dropped
    from a word that keeps others, "ślęzak"/"ślezak", is rare in copy and read as two, precision first)."""
    return one == other or one == unaccented(other) or other == unaccented(one)


def alike_names(names: frozenset[str], others: frozenset[str]) -> list[tuple[str, str]]:
    """The names two reports share, each as (its term in `names`, its term in `others`): the same term, or one
    written without its marks in the other report (`marks_dropped`: "wiśniewska" and "wisniewska", "çelik" and
    "celik"; never "hưng" and "hùng", both marked). Identical terms come first (`names & others`, in set order), then
    the accent variants."""
    found = [(term, term) for term in names & others]
    mine, theirs = _accented(names), _accented(others)
    for plain, term in mine.items():
        if plain in others and term not in others:
            found.append((term, plain))
    for plain, other in theirs.items():
        if plain in names and other not in names:
            found.append((plain, other))
    return found


def among(terms: Iterable[str], within: Iterable[str]) -> bool:
    """Whether every one of `terms` is one of `within`, accents or not (`unaccented`)."""
    return frozenset(map(unaccented, within)).issuperset(map(unaccented, terms))
