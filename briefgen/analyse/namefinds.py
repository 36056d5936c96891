"""Where a name known only at run time stands in a text: str.find and the characters on either side, in place of
a regex built for the name (OP4, 2026-12-06).

    name_spans("Anna Berg met Berg's lawyer.", "Berg")         # [(5, 9)]: not "Berg's" (an apostrophe follows)
    word_spans("Anna Berg met Berg's lawyer.", "Berg")         # [(5, 9), (14, 18)]
    words_before("Mr Berg and Tom Berg", "Berg")               # {"Mr", "Tom"}
    titled_mentions("Mrs Anna Berg said", "Anna Berg")         # [(0, 13, "Mrs ")]
    name_word_before("met Tom Berg", "Berg")                   # True: a capitalised word before "Berg"
    starts_before_capital("Golden Valley Power", "Golden Valley")   # [0]

Each function returns what the regex named in its docstring finds, match for match (tests/analyse/test_namefinds.py
compares them on random texts). Compiling such a regex costs 0.3-0.7 ms (re's parser and compiler are Python) and
re keeps 512 patterns: over a site, every person's name made a new one (~1.1 an article of the evaluation set in
quotes_in, more than its own reading of a text), and pushed the analyses' fixed patterns out of re's cache.
A capitalised word opens with a capital of any alphabet (propernames.CAPITAL: "Łukasz Żółć", "İsmail Çelik"), not
A-Z alone (T19, 2026-12-06).
"""
from __future__ import annotations

import re
from typing import Callable

from briefgen.analyse.capitals import CAPITAL

_NAME_EDGE = "_'\u2019-"  # with the letters and digits (str.isalnum, as re's \w): [\w'\u2019-]


def _name_char(ch: str) -> bool:
    """Whether `ch` is in [\\w'\u2019-], the characters no name mention may touch."""
    return ch.isalnum() or ch in _NAME_EDGE


def _capital(ch: str) -> bool:
    """Whether `ch` is matched by capitals.CAPITAL (A-Z, and from U+00C0 on but general punctuation and Latin-1's, Greek's
    and Cyrillic's lower-case letters)."""
    return "A" <= ch <= "Z" or ch >= "\u00c0" and not ("\u00df" <= ch <= "\u00ff" or "\u2000" <= ch <= "\u206f"
                                                       or "\u03ac" <= ch <= "\u03ce" or "\u0430" <= ch <= "\u045f")


def _free_before(text: str, at: int) -> bool:
    return at == 0 or not _name_char(text[at - 1])


def _free_after(text: str, end: int) -> bool:
    return end == len(text) or not _name_char(text[end])


def name_spans(text: str, name: str) -> list[tuple[int, int]]:
    """(start, end) of each mention of `name` (a literal) standing alone in `text`: the spans of
    re.finditer(rf"(?<![\\w'\u2019-]){re.escape(name)}(?![\\w'\u2019-])", text)."""
    if not name:  # (the places no name character touches)
        return [m.span() for m in re.finditer(r"(?<![\w'\u2019-])(?![\w'\u2019-])", text)]
    return _alone(text, name, _name_char)


def word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """(start, end) of each mention of `word` (a literal) no letter, digit or "_" touches: the spans of
    re.finditer(rf"(?<!\\w){re.escape(word)}(?!\\w)", text)."""
    if not word:  # (the places no word character touches)
        return [m.span() for m in re.finditer(r"(?<!\w)(?!\w)", text)]
    return _alone(text, word, _word_char)


def _word_char(ch: str) -> bool:
    """Whether `ch` is in \\w (letters, digits, "_")."""
    return ch.isalnum() or ch == "_"


def _alone(text: str, literal: str, touches: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of `literal` (not empty) in `text` that no character `touches` is next to,
    leftmost and not overlapping (as re.finditer's)."""
    found: list[tuple[int, int]] = []
    at = text.find(literal)
    while at >= 0:
        end = at + len(literal)
        if (at == 0 or not touches(text[at - 1])) and (end == len(text) or not touches(text[end])):
            found.append((at, end))
            at = text.find(literal, end)
        else:
            at = text.find(literal, at + 1)
    return found


def _spaces_before(text: str, at: int) -> int:
    """Where the run of spaces and tabs that ends at `at` starts (`at` when there is none)."""
    start = at
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start


def words_before(text: str, last: str) -> set[str]:
    """The words written before `last` (a non-empty literal): the set of group 1 of
    re.finditer(rf"({CAPITAL}[\\w'\u2019.-]*)[ \t]+{re.escape(last)}(?![\\w'\u2019-])", text)."""
    if last.startswith((" ", "\t")):  # (the regex's spaces could take the name's own)
        return {m.group(1) for m in re.finditer(rf"({CAPITAL}[\w'\u2019.-]*)[ \t]+{re.escape(last)}(?![\w'\u2019-])", text)}
    found: set[str] = set()
    done = 0  # where the last match ended: no match starts before it
    at = text.find(last)
    while at >= 0:
        end = at + len(last)
        space = _spaces_before(text, at)
        if space < at and _free_after(text, end):
            start = space
            while start > done and (_name_char(text[start - 1]) or text[start - 1] == "."):
                start -= 1
            first = next((k for k in range(start, space) if _capital(text[k])), None)
            if first is not None:
                found.add(text[first:space])
                done = end
        at = text.find(last, max(at + 1, done))
    return found


def titled_mentions(text: str, name: str, last: str = "") -> list[tuple[int, int, str]]:
    """(start, end, title) of each mention of `name` (or, given, of its `last` word: non-empty literals) standing
    alone, the capitalised word before it and the spaces after that word as its title ("" when none): the matches of
    re.finditer(pattern, text), where pattern is rf"(?<![\\w'\u2019-])(?P<title>{CAPITAL}[\\w.]*[ \t]+)?{re.escape(name)}
    (?![\\w'\u2019-])" and, with `last`, "|" and the same for `last` (the title the group of whichever took part)."""
    # (a name opening with a space: the title's spaces could take it; none: the regex reads that too)
    if not name or name.startswith((" ", "\t")) or last.startswith((" ", "\t")):
        return _titled_mentions_re(text, name, last)
    candidates: list[tuple[int, int, int, str]] = []  # (start, the regex's order at one start, end, title)
    for order, word in ((0, name), (2, last)):
        at = text.find(word) if word else -1
        while at >= 0:
            end = at + len(word)
            if _free_after(text, end):
                space = _spaces_before(text, at)
                if space < at:
                    start = space
                    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):  # [\w.]
                        start -= 1
                    candidates += [(k, order, end, text[k:at]) for k in range(start, space)
                                   if _capital(text[k]) and _free_before(text, k)]
                if _free_before(text, at):
                    candidates.append((at, order + 1, end, ""))
            at = text.find(word, at + 1)
    candidates.sort()
    found: list[tuple[int, int, str]] = []
    done = 0
    for start, _, end, title in candidates:
        if start >= done:
            found.append((start, end, title))
            done = end
    return found


def _titled_mentions_re(text: str, name: str, last: str) -> list[tuple[int, int, str]]:
    pattern = rf"(?<![\w'\u2019-])(?P<title>{CAPITAL}[\w.]*[ \t]+)?{re.escape(name)}(?![\w'\u2019-])"
    if last:
        pattern += rf"|(?<![\w'\u2019-])(?P<title2>{CAPITAL}[\w.]*[ \t]+)?{re.escape(last)}(?![\w'\u2019-])"
    return [(m.start(), m.end(), m.group("title") or m.groupdict().get("title2") or "")
            for m in re.finditer(pattern, text)]


def name_word_before(text: str, word: str) -> bool:
    """Whether a capitalised word is written before `word` (a non-empty literal): whether
    re.search(rf"(?<![\\w'\u2019-]){CAPITAL}[\\w'\u2019-]*[ \t]+{re.escape(word)}(?![\\w-])", text) finds one."""
    if word.startswith((" ", "\t")):
        return re.search(rf"(?<![\w'\u2019-]){CAPITAL}[\w'\u2019-]*[ \t]+{re.escape(word)}(?![\w-])", text) is not None
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        space = _spaces_before(text, at)
        if space < at and (end == len(text) or not (text[end].isalnum() or text[end] in "_-")):
            start = space
            while start > 0 and _name_char(text[start - 1]):
                start -= 1
            if start < space and _capital(text[start]):
                return True
        at = text.find(word, at + 1)
    return False


_OWN_BEFORE_WORD = re.compile(rf"(?:['\u2019]s)?(?=\s+(?:{CAPITAL}|&))")


def starts_before_capital(text: str, surface: str) -> list[int]:
    """Where `surface` (a non-empty literal), its "'s" or not, stands before more capitalised words (or "&"), no
    letter before it ("Golden Valley" of "Golden Valley Power & Light"): the starts of
    re.finditer(rf"(?<!\\w){re.escape(surface)}(?:['\u2019]s)?(?=\\s+(?:{CAPITAL}|&))", text)."""
    found, at = [], text.find(surface)
    while at >= 0:
        tail = _OWN_BEFORE_WORD.match(text, at + len(surface))
        if tail is not None and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")):
            found.append(at)
            at = text.find(surface, tail.end())
        else:
            at = text.find(surface, at + 1)
    return found
