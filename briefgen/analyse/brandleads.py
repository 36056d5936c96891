"""A brand's word in lower case first ("eBay", "iHeart", "easyJet") opens the name of the company the run after it
names: "eBay Motors Group", "iHeart Media", "easyJet Holidays" are organisations, whole.

    brand_led(text, at, reading)   # -> the reading of the run at text[at:], its brand's word before it included

Name runs start at a capital, so "eBay Motors Group" was the run "Motors Group" (an organisation of the wrong name)
and "iHeart Media said", "easyJet Holidays said" made persons "Media" and "Holidays" (FX50, 2026-12-07, a trial's
People pages). The word before the run is a brand's when it opens with one to five lower-case letters and then a
capital (camelnames' shape, lower-case first). A person after such a word stays one when a title reads before the
name ("eBay CEO Jamie Iannone", "eBay chief Jamie Iannone": no word between, or "chief" in lower case: a run of its
own) or a given name opens a name of two words or more ("eBay's Jamie Iannone").
"""
from __future__ import annotations

import re
from dataclasses import replace

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.namekeys import fold
from briefgen.analyse.nameruns import ORGANISATION, PERSON
from briefgen.analyse.runparts import Reading

_BRAND_BEFORE = re.compile(r"(?<![\w'\u2019.\-@#/])(?P<brand>[a-z]{1,5}[A-Z][\w&]*)[ \t]$")  # (not a possessive: "eBay's Jamie Iannone")


def brand_before(text: str, start: int, kind: str, first: int, words: list[str]) -> tuple[int, str] | None:
    """(offset, word) of a brand's word just before the name run's part at text[start] whose `words` classify reads as
    `kind` with the name from index `first` (nameruns.classify), when with it they are one organisation's name (module
    docstring: an organisation, or an untitled person whose first word is no given name or who has one word); else
    None. For quotespeakers.py, which reads parts as word lists."""
    if start < 3 or text[start - 1] not in " \t" or not text[start - 2].isalnum() or kind == PERSON and (
            first > 0 or len(words) > 1 and bool(given_sex(words[0]))):
        return None
    brand = _BRAND_BEFORE.search(text, max(0, start - 24), start)
    return (brand.start("brand"), brand.group("brand")) if brand is not None else None


def brand_led(text: str, at: int, reading: Reading | None) -> Reading | None:
    """`reading` (offsets into the run at text[at:]) as an organisation whose name opens with the brand's word just
    before the run (module docstring), when the reading starts the run and is an organisation or an untitled person
    whose first word is no given name; else `reading` as it is. Pure."""
    if reading is None or reading.start != 0 or at < 3 or text[at - 1] not in " \t" or not text[at - 2].isalnum():
        return reading  # (most runs: no letter two characters before)
    brand = _BRAND_BEFORE.search(text, max(0, at - 24), at)
    if brand is None or reading.kind == PERSON and (reading.title or (not reading.single and bool(given_sex(reading.surface.split()[0])))):
        return reading
    word = brand.group("brand")
    surface = f"{word} {reading.surface}"
    return replace(reading, kind=ORGANISATION, start=-(len(word) + 1), surface=surface, title="", single=False,
                   head=-(len(word) + 1), key=fold(surface), first_key=fold(word), references=(), particled=False)
