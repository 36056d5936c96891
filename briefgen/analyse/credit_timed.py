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
The untimed forms are as before (the old wrong "Emily Post reported" is left: a person's name is not told from an
outlet's by its shape). Pure.
"""
from __future__ import annotations

import re
from typing import Collection, Mapping

from briefgen.analyse.creditdescriptors import DESCRIPTORS
from briefgen.analyse.outletkeys import bare

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
    if name in canonical or name in tails:
        return False
    return _DESCRIBED_BEFORE.search(lead_in[-80:]) is None
