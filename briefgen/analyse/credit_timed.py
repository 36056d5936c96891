"""A time between an outlet's name and its verb ("Le Monde on Tuesday reported", creditdescriptors.WHEN) is read
only where the name is an outlet by itself (credits.py, cue 2).

    timed_unnamed(match, raw, lead_in, canonical, tails)   # -> True: the time's credit is refused

FX88 (2026-12-07) let a time of this week stand before the verb, and with it every name the untimed form reads by its
shape alone: a capitalised run ending in an outlet word, or one holding a known outlet's name ("Emily Post on Tuesday
reported", "John Times on Monday reported", "Ann Herald on Tuesday revealed" — a person's name ending in an outlet
word; "Guardian Media Group", "Bloomberg LP", "Bloomberg Philanthropies", "Reuters Foundation", "BBC Trust on Tuesday
reported" — a known outlet followed by another capitalised word, another body). The session's start (s61) credited
none of them (BR53). A time is read after a known outlet's or the site's name as written ("The Guardian today
reported"; a site outlet's short name, "The Echo on Tuesday reported"), or after a name an outlet's word describes —
a descriptor noun after it ("El Altiplano daily on Tuesday reported"), a descriptor appositive, or a descriptor before
it ("the Polish daily Rzeczpospolita on Tuesday reported"); an aside alone (", citing sources,") tells no outlet.
A known outlet's name after words that place or own it is one by itself, as the untimed form reads it ("Britain's
Guardian on Tuesday reported", "Japan's Nikkei late on Friday reported": FX98, 2026-12-07, where both credited no
one), and a known outlet's name "of" a place ("The Times of India on Tuesday reported": FX101). The untimed forms no longer read a person's or a company's name as an outlet either (outletlookalikes.py). Pure.
"""
from __future__ import annotations

import re
from typing import Collection, Mapping

from briefgen.analyse.creditdescriptors import DESCRIPTORS
from briefgen.analyse.outletcountries import placed_at_home
from briefgen.analyse.outletkeys import bare
from briefgen.analyse.placewords import PLACES

_DESCRIBED_BEFORE = re.compile(DESCRIPTORS + r"\s+$")


def timed_unnamed(match: re.Match[str], raw: str, lead_in: str, canonical: Mapping[str, str],
                  tails: Collection[str]) -> bool:
    """Whether cue 2's `match` (creditcues: groups `when`, `noun`, `described`) holds a time before its verb after a
    name `raw` (the run credited, its lead-in words skipped) that is no known or site outlet's name (`canonical`: bare
    alias → outlet; `tails`: the site's short names, bare) and no descriptor calls an outlet (`lead_in`: the text
    before the name); such a credit is refused (module docstring)."""
    groups = match.groupdict()
    if not groups.get("when") or groups.get("noun") or groups.get("described"):
        return False
    name = bare(raw.strip().rstrip(".,"))
    if name in canonical or name in tails or _placed_known(raw.strip().rstrip(".,"), canonical) or _of_place(name, canonical):
        return False
    return _DESCRIBED_BEFORE.search(lead_in[-80:]) is None


def _of_place(name: str, canonical: Mapping[str, str]) -> bool:
    """Whether `name` (bare) is a known outlet's name, "of" and a place (placewords.PLACES): another newspaper's name
    or the outlet's at home, an outlet by itself either way ("The Times of India on Tuesday reported": FX101)."""
    head, of, place = name.partition(" of ")
    return bool(of) and head in canonical and place in PLACES


def _placed_known(run: str, canonical: Mapping[str, str]) -> bool:
    """Whether `run` is a known or site outlet's name (`canonical`) after words that only place or own it, as the
    untimed form reads them (outletcountries.placed_at_home: "Britain's Guardian", "Japan's Nikkei"; FX98)."""
    words = run.split()
    for at in range(1, len(words)):
        known = canonical.get(bare(" ".join(words[at:])))
        if known is not None and placed_at_home(" ".join(words[:at]) + " ", known, lambda owner: bare(owner) in canonical):
            return True
    return False
