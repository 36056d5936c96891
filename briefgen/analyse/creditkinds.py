"""The kind of a credit: whether its words give the outlet the story's first report (story features, creditchains.py).

    first_reports(credits)   # -> the outlets (as the credits name them) credited with the first report, in text order

A credit says whose report an article draws on; some say more, that the outlet had the news before anyone else: "as
first reported by Bloomberg", "Bloomberg first reported", "Bloomberg was first to report", "Bloomberg, which broke the
story", "Bloomberg had it first", "first revealed (disclosed, published, spotted) by", "citing an exclusive Bloomberg
report", "Bloomberg's scoop". A plain "according to Bloomberg", "Bloomberg reported" or "told Bloomberg" does not.

Why the kind is kept (BR39 class 2, FX75, 2026-12-07): Reuters' report "…, as first reported by Bloomberg" and the
Courier's reprint `via: Reuters`, Bloomberg with no report in the briefing (or its only report dated after Reuters'),
made Reuters the story's original: "First reported by Reuters". Reuters' own words say it was not first. A credit of
an outlet all of whose reports in a story give the first report to another (or print another's copy, `via:`) reaches
that one (creditchains.relaying_outlets, `followed`). FX71's try followed every credit of such an outlet, whatever
its kind, and moved 12 of 477 roles of the synthetic 10x corpus, whose text credits are filler ("X reported", "X said
it had seen a draft"); a claim of the first report is what makes an outlet a relay.

A credit's kind is read from its words (`credits.Credit.cue`: the frame and the name, "first reported by Bloomberg",
"Bloomberg, which first reported"; a scoop's idiom, creditscoops.py, "Bloomberg had the story first"): a cue holding
one of `FIRST_WORDS` as a word, or a scoop's "has (had, got) the story (news)", gives the first report.
"""
from __future__ import annotations

import re
from typing import Iterable, Protocol

FIRST_WORDS = ("first", "broke", "broken", "scoop", "exclusive", "exclusively")
# (and a scoop's idiom, whose cue may end before "first": "Bloomberg had the story", creditscoops.py)
_FIRST = re.compile(r"\b(?:" + "|".join(FIRST_WORDS) + r")\b|\b(?:has|had|got)\s+(?:the\s+)?(?:story|news)\b",
                    re.IGNORECASE)


class _Credit(Protocol):
    outlet: str
    cue: str


def gives_first_report(cue: str) -> bool:
    """Whether a credit's words `cue` give its outlet the first report (module docstring): "first reported by X",
    "X, which broke the story", "an exclusive X report" — not "according to X", "X reported"."""
    return _FIRST.search(cue) is not None


def first_reports(credits: Iterable[_Credit]) -> tuple[str, ...]:
    """The outlets (`Credit.outlet`, canonical names) of `credits` whose words give them the first report
    (`gives_first_report`), each once, in the order given; () when none."""
    return tuple(dict.fromkeys(c.outlet for c in credits if gives_first_report(c.cue)))
