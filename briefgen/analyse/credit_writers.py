"""Credits to an outlet through the person who writes it: "first spotted by researchers including Liang Wenjie, who
writes the Threat Notes blog" credits Threat Notes (credits.detect_credits).

Takes plain text and the site's `credits.CreditFinder`; gives `credits.Credit`-shaped (outlet, cue, start) triples.
A ransomware trial (tests/stories/ransom/, 2026-12-05): the Courier's "… a security blogger revealed on Friday. The
threat … was first spotted by researchers including Liang Wenjie, who writes the Threat Notes blog." credited
nothing, and its re-telling of the blog's scoop was shown as an independent report. Rule: a finding verb with "by"
("(first) spotted / revealed / reported / found / discovered / disclosed / flagged / uncovered / noticed by"), then
in the same sentence, within WITHIN characters, a person described as the writer of an outlet ("who writes (runs,
edits, publishes) the X blog", "the author (editor, writer, publisher, founder) of the X newsletter", "of the X
blog") credits X when X is a known or site outlet, or is followed by one of `_KINDS` ("blog", "newsletter" …). A
writer quoted for comment ("says Liang Wenjie, a researcher who writes the Threat Notes blog") credits nothing:
the finding verb is what makes the news the outlet's.
"""
from __future__ import annotations

import re
from typing import Mapping

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.findspans import matches_at, word_starts
from briefgen.analyse.outletkeys import bare

WITHIN = 120  # characters between "spotted by" and the writer's description (one sentence's clause)
_KINDS = r"(?:blog|newsletter|podcast|website|site|Substack|channel|feed)"
_FINDING = ("spotted", "revealed", "reported", "found", "discovered", "disclosed", "flagged", "uncovered", "noticed")
_FOUND_BY = re.compile(rf"\b(?:first\s+)?(?:{'|'.join(_FINDING)})\s+by\s+")
# (tried only where "first" or a verb opens a word: findspans.matches_at; searched at every place it took
# ~80-95 µs a c1k lead under load, 2026-12-05)
_OPENERS = ("first", *_FINDING)
_ENDS_BY = re.compile(r"d\s+by\s")  # (what every `_FOUND_BY` holds: each finding verb ends in "d"; ~3 µs a text, its
# openers looked for ~12 µs)
_NAME = rf"{CAPITAL}[\w'\u2019&-]*(?:\s+{CAPITAL}[\w'\u2019&-]*){{0,4}}"
_WRITER = re.compile(rf",?\s*(?:who\s+(?:writes|runs|edits|publishes|authors)|(?:the\s+)?(?:author|editor|writer|"
                     rf"publisher|founder)\s+of|of)\s+(?:the\s+)?(?P<outlet>{_NAME})(?P<kind>\s+{_KINDS})?\b")


def writer_credits(text: str, canonical: Mapping[str, str]) -> tuple[tuple[str, str, int], ...]:
    """(outlet, cue, start) for each outlet credited through its writer (module docstring); `canonical`: bare
    outlet name → canonical name (`credits.CreditFinder.canonical`)."""
    if " by " not in text or _ENDS_BY.search(text) is None:
        return ()
    found = []
    for match in matches_at(_FOUND_BY, text, word_starts(text, _OPENERS)):
        window = text[match.end():match.end() + WITHIN]
        stop = re.search(r"[.!?;](?:\s|$)", window)
        window = window[:stop.start()] if stop else window
        for writer in _WRITER.finditer(window):
            name = writer.group("outlet")
            outlet = canonical.get(bare(name)) or canonical.get(bare(f"The {name}")) or (
                name if writer.group("kind") else None)
            if outlet is not None:
                end = match.end() + writer.end()
                found.append((outlet, " ".join(text[match.start():end].split()), match.start()))
                break
    return tuple(found)
