"""Nicknames written inside a name: 'Ramon "Bongbong" Dizon', "Ramon 'Bongbong' Dizon", "Ramon (Bongbong) Dizon"
(T22 #7, FX45, 2026-12-07).

    blank_nicknames('Undersecretary Ramon "Bongbong" Dizon said')   # -> 'Undersecretary Ramon              Dizon said'
    one_spaced(mentions)   # the mentions names.mentions_in found in the blanked text, each name with one space

News style writes a person's nickname in quotation marks (straight or curly, double or single) or in brackets between
the given name and the surname. The name runs (nameruns.RUN) stop at the mark, so T22's 'Philippine Trade
Undersecretary Ramon "Bongbong" Dizon said' gave two names, "Undersecretary Ramon" and "Dizon", and a People page
"Dizon". The rule: one or two capitalised words ("The" allowed before them: 'Tom "The Hammer" Jones') between a pair of marks that match, a space on each side, the word
before and the word after each a name's word (nameparticles.name_word: a capital, lower-case letters after it, no
place, people, role or body's word), the nickname's words the same and no party's or known body's name
("Jane Smith (Labour) Leeds", "Ford (Reuters) Chief" are no nicknames), are a nickname. `blank_nicknames` writes
spaces over it, marks included (the text keeps its length, so every offset holds), and names.mentions_in reads the
name across the spaces; `one_spaced` then writes the name with one space: the person is "Ramon Dizon", the name
other reports give him, and the page is filed so. The nickname is dropped from the name (a page "Ramon "Bongbong"
Dizon" would be a second spelling of the person the other reports name "Ramon Dizon").

A quoted word in a sentence is no nickname unless both its neighbours are name words: 'He called it "Brexit" Tuesday',
'the song "Yesterday" was' are left as written.
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import ORG_NAMES
from briefgen.analyse.nameparticles import name_word
from briefgen.analyse.orgnames import PARTY_NAMES

_PAIRS = {'"': '"', "\u201c": "\u201d", "'": "'\u2019", "\u2018": "\u2019", "(": ")"}
_NICK = re.compile(r" ([\"\u201c'\u2018(])((?:The )?[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*)?)"
                   r"([\"\u201d'\u2019)]) (?=[A-Z])")
_WORD_BEFORE = re.compile(r"(\S+) \Z")
_WORD_AFTER = re.compile(r"\S+")
_SPACES = re.compile(r"[ \t]{2,}")


def _nickname(text: str, found: re.Match[str]) -> bool:
    """Whether the marked words of `found` (a `_NICK` match in `text`) are a nickname inside a name (module docstring)."""
    opening, words, closing = found.groups()
    if closing not in _PAIRS[opening]:
        return False
    before = _WORD_BEFORE.search(text, max(0, found.start() - 40), found.start() + 1)
    after = _WORD_AFTER.match(text, found.end())
    if before is None or after is None or not name_word(before.group(1)) or not name_word(after.group().rstrip(",.;:!?")):
        return False
    return words.lower() not in ORG_NAMES and words.lower() not in PARTY_NAMES and all(map(name_word, words.removeprefix("The ").split()))


def nickname_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each nickname inside a name in `text`, its marks and the space after it included (module
    docstring), in order."""
    if "\"" not in text and "\u201c" not in text and "'" not in text and "\u2018" not in text and "(" not in text:
        return []
    return [(found.start() + 1, found.end()) for found in _NICK.finditer(text) if _nickname(text, found)]


def quoted_nicknames(text: str, spans) -> list[tuple[int, int]]:
    """`nickname_spans` of `text` among its quotations' words `spans` ((start, end) inside the marks: quotemarks.quotations),
    in order: a nickname in quotation marks is read as a quotation there, and only those need looking at (quotemask.py;
    a search of the whole text cost ~15 µs an article, 2026-12-07)."""
    found = []
    for start, end in spans:
        if end - start < 40 and start >= 2 and (nick := _NICK.match(text, start - 2)) is not None and (
                nick.end() == end + 2 and _nickname(text, nick)):
            found.append((nick.start() + 1, nick.end()))
    return found


def blank_nicknames(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """`text` with spaces over each nickname inside a name (`nickname_spans`, or the `spans` given: those of the text
    `text` masks); the same length, and `text` itself when it holds none."""
    pieces, at = [], 0
    for start, end in nickname_spans(text) if spans is None else spans:
        pieces += [text[at:start], " " * (end - start)]
        at = end
    return "".join(pieces) + text[at:] if pieces else text


def without_nickname(name: str) -> str:
    """A name as written with its nickname left out: 'Ramon "Bongbong" Dizon' → "Ramon Dizon" (quotespeakers.py)."""
    return _one(blank_nicknames(name))


def one_spaced(found: list[tuple]) -> list[tuple]:
    """names.mentions_in's mentions (`names.Found`) with each run of spaces in a name, a title or a full name (a blanked
    nickname's) written as one space: "Ramon              Dizon" → "Ramon Dizon"."""
    return [(_one(m[0]), *m[1:4], _one(m[4]), _one(m[5]), *m[6:]) for m in found]


def _one(name: str) -> str:
    return _SPACES.sub(" ", name) if "  " in name or "\t" in name else name
