"""One outlet's reports of two dates: its news and a later development of it, never one story.

A story is one news event or one original report, told by outlets (docs/stories.md, "Labelling stories"); a report a
day later with new news is a follow-up, a related story. An outlet does not re-tell its own story: when it writes of
the matter again on another date it has something new to tell (the next day of a strike, the reaction to its own
scoop, day 2 of a diary). Such pairs read alike more than any two outlets' reports do (one desk's words, names and
background paragraphs), so no cap of similarity.py held them: a heat-wave trial (2026-12-04) grouped six "Heat
diary, day N" pieces of the Halvara Morning Post, 14-19 July, as one story at 0.52-0.99 pair by pair, and its front
page said "Also reported by Halvara Morning Post (15 July 2026), Halvara Morning Post (16 July 2026) …".

The rule's scope:
- *One outlet* is one `outlet_core` of `outlet_key` ("Valley Radio News" and "the Valley Radio"; "WSJ" and "The Wall
  Street Journal"), whatever its bylines. Two sites of one group carrying one wire copy name two outlets in
  `source:` ("BBC" and "BBC Wales"): two outlets, no rule.
- *Two dates* are two calendar dates of `published`, each in the offset it was written with (an outlet's date, not
  24 hours: AP's two reports 18 hours apart on two dates are two), *more than UPDATE_HOURS apart* when both have a
  time (`same_sitting`). One outlet's reports of one date (a breaking item and the full report, a news report and
  its analysis), and an evening's report and its update in the small hours, are compared as any two reports are:
  a trial (2026-12-04) found an outlet's own update published just after midnight, with no "Update:" mark, split
  from its report by the calendar. Six hours holds a night's updates and not the next morning's news; in the seven
  labelled sets and the hospital trial one outlet's two reports on two dates are never less than 17.8 hours apart
  (AP's Brazil reports). A date without a time is the whole day: compared by dates alone.
- A report whose headline says it re-issues the outlet's report — "Correction: …", "CORRECTED-…", "UPDATE 2-…",
  "Updated: …", "REFILE-…", "Clarification: …" — is that report again, not news of another day: no rule for it.
- The editor's `story:` lines always win: the linkage keeps the rule only for what it merges (linkage.py).

A re-issue that joins its first version's story is that report again, not another report of the event (`reissues`):
its role is "update", coverage lines count it apart from the independent reports, and it never leads or takes the
credit from its first version. A trial (2026-12-04): the Northshore Echo's "Fire breaks out at Marrowgate grain
store" (23:50Z) and "Update: Marrowgate grain store fire under control" (00:10Z) were one story, rightly, but its page
said "2 reports from 1 outlet: 2 independent reports". "Update:" is a re-issue mark as "Updated:" is (a site's label
of a revised article, as a wire's "UPDATE 1-"); a headline that only holds the word ("Heat diary update: day 2",
"Covid update: …", "Update on the strike") marks none: REISSUE reads the headline's start, the mark then a colon or
dash.

Measured on the seven labelled sets of tests/stories/ and the hospital trial (2026-12-04): no labelled story holds two
reports of one outlet; all 241 scored pairs of one outlet are of two stories, 10 of them at the cap or over, all on
two dates (up to 0.79: Reuters' wildfire report and its report of the utility's shares the next day).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from briefgen.analyse.outletkeys import outlet_core, outlet_key
from briefgen.load.documents import Article

# A wire service's or a site's mark of a re-issued report, at the headline's start: "UPDATE 1-", "CORRECTED-",
# "Correction:", "Updated:", "REFILE-", "RPT-", "Clarification:".
REISSUE = re.compile(r"\s*(?:update(?:d)?(?:\s*\d+)?|correct(?:ed|ion)|clarification|refile|rpt|repeat)"
                     r"\s*[:|\u2014\u2013-]", re.IGNORECASE)


# One outlet's reports on two dates less than this many hours apart are one sitting: an evening's report and its
# update after midnight (module docstring)
UPDATE_HOURS = 6.0


class Sitting(NamedTuple):
    """When a report was published: its date (`date.toordinal()` in the offset its `published` was written with)
    and its time (POSIX seconds), None when `published` gives a date only."""
    day: int
    time: float | None = None


def edition(source: str, day: int, title: str = "", time: float | None = None) -> tuple[str, Sitting] | None:
    """The edition of a report: (its outlet, its `Sitting`), of which no story the linkage makes holds two that are
    not `same_sitting` for one outlet (module docstring). `source` is an `outlet_key` (its `outlet_core` is
    compared), `day` the date of its `published` as `date.toordinal()` in the offset it was written with, `title`
    its headline, `time` its POSIX seconds when `published` has a time. None — no rule — for a report of no known
    outlet and for a re-issue of a report (`REISSUE`: "UPDATE 1-…", "Correction: …")."""
    if not source or REISSUE.match(title):
        return None
    return outlet_core(source), Sitting(day, time)


def same_sitting(one: Sitting, other: Sitting) -> bool:
    """Whether one outlet's two reports may be one story's: of one date, or less than UPDATE_HOURS apart when both
    have a time (an evening's report and its update after midnight; module docstring)."""
    if one.day == other.day:
        return True
    return one.time is not None and other.time is not None and abs(one.time - other.time) < UPDATE_HOURS * 3600


def own_update(one: tuple[str, Sitting] | None, other: tuple[str, Sitting] | None) -> bool:
    """Whether two reports' editions (`edition`) are one outlet's on two dates, more than UPDATE_HOURS apart: never
    one story but by the editor."""
    return (one is not None and other is not None and one[0] == other[0]
            and not same_sitting(one[1], other[1]))


def reissues(articles: Sequence[Article]) -> frozenset[str]:
    """The slugs of a story's members (`articles`) that re-issue a member's report (module docstring): of an outlet
    (`outlet_core`) with another member, a headline with REISSUE's mark, and not that outlet's first version — the
    earliest of its members by `published` (then slug) whose headline has no mark, else the earliest of them. Its
    first version's story is the one it is in; a re-issue whose first version is not in the briefing is the report."""
    by_outlet: dict[str, list[Article]] = {}
    for article in articles:
        if article.source:
            by_outlet.setdefault(outlet_core(outlet_key(article.source)), []).append(article)
    found = set()
    for own in by_outlet.values():
        if len(own) < 2:
            continue
        own.sort(key=lambda a: (a.published, a.slug))
        marked = [REISSUE.match(a.title) is not None for a in own]
        first = marked.index(False) if not all(marked) else 0
        found.update(a.slug for k, a in enumerate(own) if marked[k] and k != first)
    return frozenset(found)
