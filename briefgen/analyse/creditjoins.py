"""An outlet's name with "&" or "and" inside, read whole by the credits (credits.py), never its tail or its head.

    joined_name(text, at, raw, before=True, own=is_outlet, name=NAME)   # -> (name, where it starts), or None

A credit's cue reads an outlet's name by its shape (credits.py: capitalised words and the particles of titles), which
stops at "&" and "and": the T20 trial's "…, Oil & Gas Journal reported." was credited to **"Gas Journal"**, an outlet
that does not exist, and "as first reported by Mining & Metals Weekly" read "Mining", no outlet (2026-12-06, finding
3). A site's own outlets are read as `sources:` writes them (creditcues.py); this reads the names no list holds. The
run a cue read (`raw`, at `at` of `text`) is joined to the capitalised run on its other side of an "&" or "and" —
before it for the cues that read a name before their verb ("X reported", `before`), after it for those that read
it after their words ("according to X") — when that makes one name: the run is no outlet whole (`own`: a known or
site outlet, or a name that ends in an outlet's word) on the side that would be cut off, and neither run is a titled
person's nor holds a known outlet's name after the first ("Reuters and AP reported", "told Reuters and Bloomberg
News", "told Mr Reid and The Times" stay two). "Oil & Gas Journal", "Tailings and Ore Weekly", "Dow Jones & Co" are
read whole; the credit goes to the whole name if it is an outlet's by the credits' rules, else to no one. One case
is left unread: "and" after a sentence's first word alone ("Oil and Gas Journal reported." opening a sentence; as
likely "Officials and Mining Journal reported"): `joined_name` gives ("", at), which credits nothing, never a tail.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from briefgen.analyse.findspans import search_end


@lru_cache(maxsize=4)
def _joins(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a run of the name pattern `name` and a joining "&" or "and" before the point searched to, the same after)."""
    return (re.compile(rf"(?<![\w'\u2019.&-])(?P<head>{name})(?P<join>\s+(?:&|and)\s+)$"),
            re.compile(rf"(?P<join>\s+(?:&|and)\s+)(?P<tail>{name})"))


def joined_name(text: str, at: int, raw: str, before: bool, own: Callable[[str], bool], person: Callable[[str], bool],
                known: re.Pattern[str], name: str) -> tuple[str, int] | None:
    """The name the run `raw` at `at` of `text` is part of, joined by "&" or "and" (module docstring), and where
    it starts; None when it is no part of one (the run alone is read, as before); ("", at) when it may be either
    (nothing is credited). `own(run)`: whether a run is an outlet's name whole; `person(run)`: a titled person's;
    `known`: the known and site outlets' names; `name`: the pattern of a name's run (credits.py)."""
    raw = raw.rstrip(".,")
    if before:
        found = search_end(_joins(name)[0], ("&", "and"), True, text, max(0, at - 120), at)  # (a search only where
        # the span ends in a join: the pattern, opening with a look behind, was tried at each of 120 places, ~40 µs)
        if found is None:
            return None
        head, first, joined = found.group("head"), found.start("head"), found.group("join").strip()
        if own(head) or person(head) or known.search(raw):
            return None  # ("Reuters and AP reported", "Smith and The Times": two)
        if joined == "and" and " " not in head and re.search(r"(?:^|[.!?:;\"\u201c\u201d]\s*)$", text[max(0, first - 3):first]):
            return "", at  # ("Oil and Gas Journal reported." opening a sentence: a name, or a list?)
        return text[first:at + len(raw)], first
    found = _joins(name)[1].match(text, at + len(raw))
    if found is None or own(raw) or person(raw) or known.search(found.group("tail")) or known.search(raw):
        return None  # ("told Reuters and Bloomberg News", "told Mr Reid and Gas Journal")
    return text[at:found.end("tail")], at
