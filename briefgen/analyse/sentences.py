"""Sentence boundaries in an article's plain text, as `(start, end)` character offsets.

    >>> text = "Mr. Kuleba met U.S. envoys. “We talked,” he said."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Mr. Kuleba met U.S. envoys.', '“We talked,” he said.']

Rules (from the labelled cases in tests/analyse/data/): a sentence ends at `.`, `!`, `?`
or `…`, with any closing quotes or brackets after it, when whitespace and an upper-case
letter or digit follow, or an opening “ (before any word) — or at a blank line; a space may stand inside the quotation
marks, as French typography spaces its guillemets (« Non. »). It does not end after a known
abbreviation ("Mr.", "Gen.", "Jan.", "Smt.") or "No." before a number; after a single initial
("John F. Kennedy", "S. K. Verma") or a dotted acronym ("S.K. Verma", "U.S.", "a.m.") only
when the next word is one that starts sentences ("The", "He", "But" ...: "Plan B. The next"),
since "U.S. officials" is the common case (`period_ends`, which every sentence splitter of
briefgen/analyse reads: `ends`, `first_end`).
"""
from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator

from briefgen.analyse.lexicon import STOPWORDS

# End marks before white space and a capital or digit, or an opening “ and any word (a quotation after
# a full stop opens a sentence, whatever its first letter: "Salo met the crews. “…and nobody asked
# us,” she said." — a frame must not depend on a quotation's first letter), or a blank line:
#   [.!?…]+[”"’')\]]*(?=\s+(?:“\S|[“"‘(\[]?[A-Z0-9À-Þ])) | \n[ \t]*\n  (and the spaced marks below)
# written to start with one character set (each branch then checks which character it read), so
# that the regex engine skips to candidates in C instead of trying every position (~3x faster).
# French typography spaces its guillemets (« Non. », read as “ Non. ” by quotemarks.pair_marks): a space
# may stand inside the marks, before a closing ” and after an opening “.
# The capital after an end mark is one of any alphabet (str.isupper: "Łukasz", "İsmail", "Ζωή", "Олена") or a digit,
# where [A-Z0-9À-Þ] left "… went out. Łukasz Żółć said …" one sentence (T19, 2026-12-06). The class lets every letter
# from U+00C0 on through (written to compile fast, as capitals.CAPITAL is: tests/analyse/test_charset_forms.py), and
# `capital_next` refuses a lower-case one; a splitter's pattern names that character's group "capital".
CAPITAL_OR_DIGIT = "(?:[^\x00-/:-@\\[-\xbf](?<![\u2000-\u206f]))"  # (= "[A-Z0-9\u00c0-\u1fff\u2070-\U0010ffff]")
_CANDIDATE = re.compile(r"[.!?\u2026\n](?:(?<=[.!?\u2026])[.!?\u2026]*(?:[\u201d\"\u2019')\]]|[ \u00a0\u202f]+\u201d)*"
                        rf"(?=\s+(?:\u201c[ \u00a0\u202f]*[^\s\u201d]|(?:[\"\u2018(\[][ \u00a0\u202f]*)?(?P<capital>{CAPITAL_OR_DIGIT})))"
                        r"|(?<=\n)[ \t]*\n)")
_NEXT_WORD = re.compile(r"\s+(?:[\u201c\"\u2018(\[][ \u00a0\u202f]*)?([\w'\u2019]+)")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
ABBREVIATIONS = frozenset("""
Mr Mrs Ms Mx Dr Prof Gen Lt Col Maj Capt Sgt Adm Cmdr Sen Rep Gov Pres Amb Rev Hon Brig St Jr Sr Cllr Supt Insp Det Cpl
Inc Ltd Co Corp vs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mt Ft Ave Fig approx Smt Shri Shree Sri Kum Thiru
Tmt Sushri Janab Engr Eng Pst Alh Ir Comr Sra Srta Dña Mevr Dhr Mw Sig
""".split())  # (West African: "Engr." an engineer, "Pst." a pastor, "Alh." Alhaji; Kenyan "Eng.": titlewords.WEST_AFRICAN_TITLES; Indonesian "Ir.": malaytitles.py; Spanish "Sra.", "Srta.", "Dña.": titlewords.IBERIAN_HONORIFICS, T29; Dutch "Mevr.", "Dhr.", "Mw.", Italian "Sig.": europeantitles.py, FX111)
# Abbreviated titles that are words or surnames too ("Barr." a barrister, "Arc." an architect; "William Barr.", "Joan of
# Arc."): an abbreviation only where a name follows it and no capitalised word is just before it (`period_ends`); a
# comma between is no name's ("The Federal Capital Territory Minister, Barr. Nyesom Wike, told reporters": T26 F7).
NAME_ABBREVIATIONS = frozenset(("Barr", "Arc"))
# What a clock's "a.m."/"p.m." runs on into, capitalised: a day's or month's name, a time zone ("at 7 p.m. Friday",
# "9 a.m. EST", "6 p.m. Eastern"); any other capitalised word opens a sentence ("… at about 3 a.m. Police said …": BR20,
# the lead's first sentence ran on into the next after S17 read "a.m." as an acronym; copies.py broke there already).
_CLOCK_GOES_ON = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                            r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                            r"[A-Z]{2,5}|Eastern|Central|Pacific|Mountain|Atlantic|Greenwich|[Ll]ocal")
# A word that opens a sentence after an initial's or a dotted acronym's period, capitalised: "Plan B. The next …",
# "Vitamin D. It …", "in the U.S. But …". The stop words less two that are names too ("Theresa May": "T. May").
OPENERS = STOPWORDS - {"may", "will"}


def capital_next(match: re.Match[str]) -> bool:
    """Whether the character a splitter's `match` read in its group "capital" (the last group it matched), if any, is
    a capital or a digit: below U+00C0 (the class holds A-Z and 0-9 there) or upper case (str.isupper); True when the
    match read none (a blank line, a quotation mark)."""
    if match.lastgroup != "capital":
        return True
    char = match.group("capital")
    return char < "\u00c0" or char.isupper()


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    if not capital_next(match):
        return False
    if match.group() != ".":  # "?", "!", "...", a period and a closing quote, or a blank line
        return True
    return period_ends(text, match.start())


def period_ends(text: str, at: int) -> bool:
    """Whether the period `text[at]` ends a sentence, by the word before it and the one after (the rule of every
    sentence splitter in briefgen/analyse, since T16, 2026-12-06: an initial's period ended a lead's first sentence
    at "Power Minister S. | K. Verma on Tuesday blamed …", so its day was never read and two events a day apart
    merged). A period before a closing mark, the text's end or anything but white space ends it; one after white
    space too. None after a known abbreviation (ABBREVIATIONS: "Mr.", "Oct.", "Smt.") or after "No." before a
    figure. After a single capital ("S. K. Verma", "John F. Kennedy", "J. R. R. Tolkien", "K. Chandrasekhar Rao", "É.
    Philippe") or a dotted acronym ("S.K. Verma", "U.S. officials", "a.m."), only when the next word is capitalised,
    one that opens sentences (OPENERS) and no initial itself: "Plan B. The next …", "Vitamin D. It …", "in the U.S.
    But …" end; "Plan B. Officials said …" does not (a capital, a period and a capitalised word are an initial and a
    name more often than a sentence's end and a noun: so a name is never cut, at the cost of joining such sentences).
    After a clock's "a.m."/"p.m.", any capitalised word but a day's or month's name or a time zone (`_CLOCK_GOES_ON`;
    "9 a.m. London time") opens a sentence: "… at about 3 a.m. Police said …" ends (BR20)."""
    if not text[at + 1:at + 2].isspace():
        return True
    # The word before the period, as (\S+)$ would find it in the 24 characters before it (its $
    # also matches before a final newline); slicing is ~3x faster than that search.
    before = text[max(0, at - 24):at]
    if before.endswith("\n"):
        before = before[:-1]
    if not before or before[-1].isspace():
        return True
    word = before.rsplit(None, 1)[-1].lstrip("(\u201c\"\u2018")
    if word in ABBREVIATIONS:
        return False
    joined = before[:-len(word)].rstrip().rpartition(" ")[2]  # (a name's word just before it: "William Barr.")
    if word in NAME_ABBREVIATIONS and not (joined[:1].isupper() and joined[-1:].isalpha()):  # "“…,” Barr. Ada Eze", "Minister, Barr. Ada Eze" (T26)
        nxt = _NEXT_WORD.match(text, at + 1)
        return nxt is None or not nxt.group(1)[0].isupper() or nxt.group(1).lower() in OPENERS
    if word == "No":
        nxt = _NEXT_WORD.match(text, at + 1)
        return nxt is None or not nxt.group(1)[0].isdigit()
    if word.lower() in ("a.m", "p.m"):  # a clock's: a capital after it opens a sentence, but for a day, a zone (BR20)
        nxt = _NEXT_WORD.match(text, at + 1)
        return nxt is not None and nxt.group(1)[0].isupper() and _CLOCK_GOES_ON.fullmatch(nxt.group(1)) is None and (
            not text.startswith(" time", nxt.end(1)))  # ("at 9 a.m. London time")
    if (len(word) == 1 and word.isupper()) or ("." in word and _DOTTED.fullmatch(word)):  # an initial, "U.S."
        nxt = _NEXT_WORD.match(text, at + 1)
        return nxt is not None and nxt.group(1)[0].isupper() and nxt.group(1).lower() in OPENERS and not (
            len(nxt.group(1)) == 1 and text.startswith(".", nxt.end(1)))  # ("J. A. Smith")
    return True


def ends(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of a splitter's sentence-end `pattern` (each starting at its end mark) in `text[pos:endpos]` that
    end a sentence: all but those at a period that `period_ends` reads as an abbreviation's or an initial's, and those
    whose group "capital" read a lower-case letter (`capital_next`)."""
    for match in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        if (text[match.start()] != "." or period_ends(text, match.start())) and capital_next(match):
            yield match


def first_end(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The first of `ends(pattern, text, pos, endpos)`, or None (as `pattern.search` would give it)."""
    return next(ends(pattern, text, pos, endpos), None)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of text[start:end], leading/trailing whitespace excluded.

    With `start` inside a sentence, the first span is the rest of that sentence (callers
    that only need the sentences around a few quotations split a window, for speed).
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for match in _CANDIDATE.finditer(text, start, end):
        if _is_boundary(text, match):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, end))
    result = []
    for s, e in spans:  # white space (str.isspace, as strip reads it) left out at each end, no piece copied
        e = min(e, len(text))  # (as text[s:e] would read an `end` past the text)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s > MAX_SENTENCE:
            result.extend(_pieces(text, s, e))
        elif e > s:
            result.append((s, e))
    return tuple(result)


# What one sentence may hold, in characters: a longer run of text without a sentence end is read as sentences of at
# most this many, cut at the last white space before the limit (anywhere, without one). The analyses read the words
# around each quotation, name and verb within its sentence, several of them from the sentence's start, so their work
# grows with the square of a sentence's length: a hostile feed entry of 1,200 quotations joined by commas in one
# sentence took 24 s, 3,000 over 100 s (BR24, 2026-12-06). The longest sentence of the benchmark corpora, the sample
# and the labelled sets is under 1,000 characters; docs/log/performance.md "Hostile input".
MAX_SENTENCE = 2000


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] (no white space at either end) as spans of at most MAX_SENTENCE characters, each cut after
    the last white space within the limit, white space left out at each end."""
    found = []
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind(" ", start, start + MAX_SENTENCE + 1), text.rfind("\n", start, start + MAX_SENTENCE + 1))
        cut = cut if cut > start else start + MAX_SENTENCE
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        found.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        found.append((start, end))
    return found


def sentence_index(spans: tuple[tuple[int, int], ...], offset: int) -> int:
    """Index of the span holding `offset` (between two spans: the earlier one). `spans` are in
    text order, as `sentence_spans` gives them; a binary search (a scan from the start, once per
    quotation, made a 2 MB article with 40,000 quotations take 20 s)."""
    n = bisect.bisect_right(spans, offset, key=_END)  # the first span that ends after `offset`
    if n == len(spans):
        return len(spans) - 1
    return n if offset >= spans[n][0] or n == 0 else n - 1


_END = operator.itemgetter(1)
