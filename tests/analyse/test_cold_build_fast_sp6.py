"""The cold build's speed-ups of 2026-12-07 (early morning, SP6) give what the forms they replaced give (hypothesis).

A pattern scanned over a whole article is slow where it opens with a look-behind or a class of characters (tried at
every position); each one replaced here finds its first literal character by `str.find` or a literal prefix instead:
the bracketed acronym's " (" before the letter it follows (acronyms.acronym_definers), the hyphens of a text before
its hyphenated pieces (searchvariants.hyphened_pieces), its apostrophes before the names they follow
(searchtext.name_heads). Each is compared with the form before, kept as the reference.
"""
from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse import acronyms
from briefgen.render import searchtext, searchvariants

SETTINGS = settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
ODD = ["é", "東", "_", "9", "٣", "²", "-", "\u2010", "\u2011", "’", "'", ".", ",", " ", "  ", "\t", "\n", "\u00a0",
       "\u2028", "\u3000", "“", "x", "X", "The", "the", "(", ")"]


def pieces_text(words: list[str]) -> st.SearchStrategy[str]:
    """Texts joined from `words`, their capitalised forms and ODD, or any text."""
    every = sorted({*words, *(w.capitalize() for w in words), *ODD})
    return st.one_of(st.lists(st.sampled_from(every), max_size=50).map("".join), st.text(max_size=100))


_BRACKETED_BEFORE = re.compile(r"(?<=[^\W\d_]) \(([A-Z]{2,6})\)")


def acronym_definers_before(text: str) -> tuple[tuple[str, str], ...]:
    """acronyms.acronym_definers as it was before its bracket was found first (its pattern opened with the letter's
    look-behind)."""
    found: dict[str, str] = {}
    for bracket in _BRACKETED_BEFORE.finditer(text):
        acronym, before = bracket.group(1), text[max(0, bracket.start() - 160):bracket.start()].split()
        if before[-1].isupper() or acronym in found:
            continue
        words = before[-acronyms._NAME_WORDS:]
        if not any(acronyms.initials(" ".join(words[k:])) == acronym for k in range(len(words) - 1)):
            definer: list[str] = []
            for w in reversed(words[-acronyms._DEFINER_WORDS:]):
                if w.lower() in ("the", "a", "an") or w[-1:] in ".,;:!?\u2014\"\u201d)":
                    break
                definer.insert(0, w)
            found[acronym] = " ".join(definer)
    return tuple(found.items())


ACRONYM_WORDS = ["superintendency", "Environment", "Superintendency", "Competition", "and", "Markets", "Authority",
                 "SANTIAGO", "Kenya's", "tax", "collector", " (SMA)", " (CMA)", " (KRA)", " (AIP)", " (AB)", " (ABCDEFG)",
                 "(SMA)", " (", "SMA", ")", "2 (AB)"]


@SETTINGS
@given(pieces_text(ACRONYM_WORDS))
@example("the Chilean environment superintendency (SMA) said")
@example(" (SMA) at the start")
@example("SANTIAGO (AIP) —")
@example("Kenya's tax collector (KRA) said, and the Competition and Markets Authority (CMA)")
@example("route 9 (AB), é (CD), _ (EF), ² (GH), 東 (IJ)")
def test_acronym_definers_as_before(text: str) -> None:
    assert acronyms.acronym_definers(text) == acronym_definers_before(text)


def hyphened_before(text: str) -> list[str]:
    """The pieces searchvariants.hyphen_joined read before `hyphened_pieces`: the whole text split."""
    return [piece for piece in text.split() if "-" in piece or "\u2010" in piece or "\u2011" in piece]


HYPHEN_WORDS = ["Ji-hoon", "COVID-19-related", "re-sign", "co-op", "2019-2020", "-", "--", "\u2010", "\u2011", "a",
                "word", "Fuentes", "Araya"]


@SETTINGS
@given(pieces_text(HYPHEN_WORDS))
@example("Ji-hoon and Fuentes-Araya re-signed in 2019-2020")
@example("-start and end-")
@example("a\u2010b c\u2011d e-f")
@example("x-\u3000-y\u2028z-\u00a0-")
@example("COVID-19-related---x")
def test_hyphened_pieces_as_split(text: str) -> None:
    assert searchvariants.hyphened_pieces(text) == hyphened_before(text)


def name_heads_before(text: str) -> list[str]:
    """searchtext.name_heads as it was before its apostrophes were found by `str.find` (its pattern scanned the text)."""
    heads = []
    for mark in searchtext._INNER_APOSTROPHE.finditer(text):
        at = mark.start()
        end = at + 1
        while end < len(text) and text[end].isalnum():
            end += 1
        if text[at + 1:end].lower() in searchtext._NOT_SUFFIXES:
            continue
        start = at
        while start > 0 and (text[start - 1].isalnum() or unicodedata.category(text[start - 1])[0] == "M"):
            start -= 1
        head = text[start:at]
        if head[:1].isupper() and head.lower() not in searchtext.ELISIONS:
            heads.append(head)
    return heads


APOSTROPHE_WORDS = ["İstanbul", "NATO", "L", "Don", "We", "O", "Brien", "da", "ya", "s", "t", "ll", "'", "\u2019",
                    "\u2018", "\u02bc", "\u2032", "`", "e\u0301", "x"]


@SETTINGS
@given(pieces_text(APOSTROPHE_WORDS))
@example("İstanbul'da and NATO’ya, L'Europe, Don't, O`Brien, Ankara\u02bcnın")
@example("'start and end'")
@example("Cafe\u0301'de")
def test_name_heads_as_before(text: str) -> None:
    assert searchtext.name_heads(text) == name_heads_before(text)
