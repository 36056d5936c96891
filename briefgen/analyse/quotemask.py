"""The text quote attribution reads: quotations and abbreviations' periods masked.

`masked_text(text, spans, sentences)` gives `text` (same length, so offsets hold) with
every quotation, marks included, replaced by MASK — frames never read words inside
quotation marks —, short asides in brackets blanked ("Sen. X (D-Harwick) said" is one clause)
and, in the sentences around the quotations only, the periods of
abbreviations and initials replaced by `nameruns.DOT`, so that "Mr. Blinken said" is one
clause; "In X's words, “…”" is read as "X said, “…”" (quotewords.py). Used by `quotes.py`.
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.lexicon import ORG_NAMES

from briefgen.analyse.nameruns import DOT, TITLES
from briefgen.analyse.nicknames import blank_nicknames, quoted_nicknames
from briefgen.analyse.quotewords import as_said
from briefgen.analyse.sentences import sentence_index
from briefgen.load.datelines import BEFORE_COLON, PLACE, upper_place

# Stands in for other quotations' text while frames are matched. Not white space (U+001F, the mask
# before, is white space to `\s`, `str.split` and `str.strip`, so patterns read across a masked quotation
# as if it were a space: "“Varga is here” Moreau: “…”" had no speaker and "“the is here” Moreau: “…”"
# had one), not a word character, not a letter: a masked quotation is one token that no pattern reads
# as a word, a space or a name. U+001A (SUBSTITUTE) never occurs in content (load.codepoints.FORBIDDEN).
MASK = "\x1a"
# One lookbehind for the three forms (a lookbehind per form made this ~2x slower).
_ABBREVIATION_DOTS = re.compile(r"(?<![\w.])(?:(?:Barr|Arc)\.(?=[ \t]+[A-Z]\w+[ \t]+[A-Z])|(?:" + "|".join(TITLES) + "|Jr|Sr|"
                                r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|(?<=\bet )al)\.(?=\s)"
                                rf"|(?:[A-Za-z]\.){{2,}}|{CAPITAL}\.(?=\s+{CAPITAL}))")


# A short aside in brackets, no quotation marks inside: a party and state ("(D-Harwick)", "(R-Texas)"), an age,
# "(pictured)", "(left)". Blanked in the masked text (same length), so that a frame reads across it: with the
# bracket as a clause break, "Sen. Marcus Bellweather (D-Harwick) said: “…”" had no speaker (a trial).
_ASIDE = re.compile(r"\([^()\n\"\u201c\u201d]{1,40}\)")
# The same aside in AP style, between commas: "Rep. Mike Callahan, R-Ohio, who chairs …, called the measure
# “…”" (a trial gave it to a person "R-Ohio"); blanked with its commas, but the second stays before a
# relative clause, which it opens. A home town may take words before the comma ("Sen. Laura Benning, R-Yuba
# City, said the bill would “…”": the fourth trial lost the quotation); only before a comma, so that the
# next sentence is not taken in ("…, D-Calif. He said").
# An aside between two dashes inside a sentence, with no quotation or sentence end in it: blanked like one between
# brackets, so that a frame reads across it ("Varga acknowledged that the board had read the memo — the document
# Harbour Daily disclosed last week — but said its members had judged the risk “manageable”": a sixth trial's
# quotation had no speaker, the dash breaking the clause before "but said").
_ASIDE_BREAK = re.compile(r"[.!?;:\"\u201c\u201d\n\u2014\u2013]")  # what no dashed aside holds (besides its dashes)


def _without_dashed_asides(text: str) -> str:
    """`text` with each aside " — … — " (at most 100 characters between spaced dashes, no sentence end or quotation
    mark in it) blanked, its leading space and both dashes included. The dashes are found with `str.find` (a regex
    that tried each of a body's dashes cost 11–37 µs a body; this ~3)."""
    dashes = sorted(i for dash in "\u2014\u2013" for i in _all(text, dash)
                    if 0 < i < len(text) - 1 and text[i - 1] in " \t" and text[i + 1] in " \t")
    pieces, at, k = [], 0, 0
    while k + 1 < len(dashes):
        first, second = dashes[k], dashes[k + 1]
        if 4 <= second - first <= 103 and not _ASIDE_BREAK.search(text, first + 1, second):
            pieces += [text[at:first - 1], " " * (second + 2 - first)]
            at, k = second + 1, k + 2
        else:
            k += 1
    return "".join(pieces) + text[at:] if pieces else text


def _all(text: str, char: str) -> list[int]:
    found, at = [], text.find(char)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1)
    return found
_PARTY_STATE_ASIDE = re.compile(rf",[ \t]+[DRI]-[A-Z][A-Za-z.{DOT}]*(?:(?:[ \t]+[A-Z][a-z]+){{1,2}}(?=,))?"
                                rf"(?:,(?![ \t]+(?:who|whose|which)\b))?(?=[ \t]*,|\s)")


def _dots(match: re.Match[str]) -> str:
    return match.group().replace(".", DOT)


def masked_text(text: str, spans: tuple[tuple[int, int], ...], sentences: tuple[tuple[int, int], ...]) -> str:
    """`text` masked (module docstring); `spans`: the quotations' words (quotemarks.quotations),
    `sentences`: the sentence spans around them (sentences.sentence_spans)."""
    ranges: list[tuple[int, int]] = []  # the sentences of each quotation, the one before and the one after
    for s, e in spans:
        first, last = sentence_index(sentences, s - 1), sentence_index(sentences, e)
        lo, hi = sentences[max(0, first - 1)][0], sentences[min(len(sentences) - 1, last + 1)][1]
        if ranges and lo <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(hi, ranges[-1][1]))
        else:
            ranges.append((lo, hi))
    masked = text
    if "." in text:
        pieces, at = [], 0
        for lo, hi in ranges:
            pieces += [text[at:lo], _ABBREVIATION_DOTS.sub(_dots, text[lo:hi])]
            at = hi
        masked = "".join(pieces) + text[at:]
    dateline = _DATELINE.match(masked)
    if upper_place(dateline) and (dateline.group("more") or dateline.group("agency") or (  # "ARDEN, Oct 6 (Meridian
            dateline.group("place").lower() not in ORG_NAMES)):  # Wire) - The Bank …", "ARDEN: …": a place, no speaker
        masked = " " * dateline.end() + masked[dateline.end():]
    if ":" in masked or "." in masked:  # "22:10 Priya Ranganathan, speaking on the steps: “…”" (a live blog's entry)
        masked = _without_clocks(masked)
    if "(" in masked:  # "Sen. Marcus Bellweather (D-Harwick) said:", "Okafor (pictured) said": no clause break
        masked = _ASIDE.sub(lambda m: " " * len(m.group()), masked)
    if "-" in masked:
        masked = _PARTY_STATE_ASIDE.sub(lambda m: " " * len(m.group()), masked)
    if "\u2014" in masked or "\u2013" in masked:  # "… read the memo — the document X disclosed — but said …"
        masked = _without_dashed_asides(masked)
    pieces, at = [], 0
    for s, e in spans:  # marks and words; a mark that closes one quotation and reopens the next is masked once
        lo = max(at, s - 1)
        pieces += [masked[at:lo], MASK * (e + 1 - lo)]
        at = e + 1
    masked = blank_nicknames("".join(pieces) + masked[at:], quoted_nicknames(text, spans))  # 'Ramon "Bongbong" Dizon' (nicknames.py)
    return as_said(masked)  # "In Takeda's words, “…”" read as "Takeda said, “…”" (quotewords.py)



# A wire dateline opening the text, as names.DATELINE reads it: "ARDEN, Oct 6 (Meridian Wire) - ". A sixth trial's "The
# bank said" after it went to an organisation "ARDEN" (the subject of the sentence before, to orgvoices.py).
_DATELINE = re.compile(rf"[ \t\n]*{PLACE}"  # (in capitals of any alphabet: load/datelines.py)
                       r"(?P<more>,[ \t]+[^\n(\u2014\u2013:]{1,40}?)?[ \t]*(?P<agency>\([^)\n]{1,40}\)[ \t]*)?"
                       rf"(?:[\u2014\u2013]|--?|{BEFORE_COLON}:)[ \t]+")  # (as names.DATELINE: "ARDEN:", "ST. BRENN —")
# A clock time opening a line: a live blog's entry ("**22:10** Priya Ranganathan, speaking on the steps: “…”",
# "09:15 — Ada Brenn said …", "14.30: Ada Brenn told …", "9.15am - …"), 24- or 12-hour, with or without bold
# markers and a colon, dash or full stop after it. It is no part of the sentence's subject: blanked (same length),
# so that the line is read from its first word (a school-closures trial, 2026-12-04: the colon lead-in after the
# time had no speaker, the time's colon cutting the clause). Only before a quotation mark or two capitalised words
# (a name), so that a figure ("10.5 per cent") is never blanked, nor a heading word: "10:05 Reaction from Lena
# Kowalczyk at the trust: “…”" read "Reaction" as the speaker once blanked (the hospital quote set, a CI run). Capitals
# of any alphabet: "**08:20** Łukasz Żółć: “…”" kept its clock, and no speaker, with A–Z alone (T19, 2026-12-06).
_MERIDIEM = rf"(?:[ap]m|[AP]M|[ap][.{DOT}]m[.{DOT}])"  # (an abbreviation's dots are DOT by then: "a.m." is "a·m·")
_CLOCK = re.compile(rf"(?m)^[ \t]*(?:\*\*|__)?(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[ \t]?{_MERIDIEM})?|(?:1[0-2]|0?\d)"
                    rf"[ \t]?{_MERIDIEM})(?:[ \t]+(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT))?(?:\*\*|__)?[ \t]*"
                    rf"(?:[:.\u2014\u2013]|--?)?(?=[ \t]+(?:[\"'\u201c\u2018]|{CAPITAL}[^\s:,]*[ \t]+{CAPITAL}))")


_LINE_OPENS = re.compile(r"\n[0-9 \t*_]")  # a line that opens as a `_CLOCK` match may


def _without_clocks(masked: str) -> str:
    """`masked` with each `_CLOCK` match blanked (same length), as `_CLOCK.sub` would: a match starts at a line's
    start and ends in that line, so each line's start that opens as one may is matched once (~5 µs a 5 kB article;
    the sub's "^" was tried at every character, ~55 µs, 2026-12-05)."""
    pieces, at = [], 0
    for start in (0, *(m.start() + 1 for m in _LINE_OPENS.finditer(masked))):
        found = _CLOCK.match(masked, start)
        if found is not None:
            pieces += [masked[at:found.start()], " " * (found.end() - found.start())]
            at = found.end()
    return "".join(pieces) + masked[at:] if pieces else masked


_TOKEN = re.compile(r"\S+")
_STOPS = ".;:!?" + MASK  # what ends the phrases quotes.py reads after a verb


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "\u2019'-"


def uncut_end(masked: str, start: int, stop: int, end: int) -> int:
    """Where a noun phrase masked[start:stop], read up to a length limit, should end: `stop` when the
    limit did not cut it (it ends at `end` or at a mark in _STOPS), else before a word the limit cut
    and before the capitalised words running into the cut, so that a speaker is never half a word
    or the first words of a longer name (a trial: "said … Deputy Prime Minister Aaaa Bbbbbbbbbbb",
    cut at 80 characters, named a person "Aaaa Bbbbbbbbb"). May be `start` (nothing left)."""
    if stop >= end or masked[stop] in _STOPS:
        return stop
    words = list(_TOKEN.finditer(masked, start, stop))
    if not words:
        return start
    if _in_word(masked[stop - 1]) and _in_word(masked[stop]):
        running = words.pop().group()[:1].isupper()
    else:
        following = masked[stop:end].split(maxsplit=1)
        running = (bool(following) and following[0][:1].isupper() and not masked[words[-1].end():stop].strip()
                   and words[-1].group()[:1].isupper())
    while running and words and words[-1].group()[:1].isupper():
        words.pop()
    return words[-1].end() if words else start
