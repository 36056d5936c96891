"""Content dated after the build: a warning at the date's line; the content is kept.

Takes the articles and notes a build publishes and the moment it is built for (`now`:
SOURCE_DATE_EPOCH when set, else the clock, read once by `build.gather`); gives a warning
for each one dated more than `FUTURE_GRACE` after it.

A date in the future is most often a typo (`2099` or `2033` for `2023`), and a costly one:
the newest edition is the front page and the first item of feed.xml, so one such article
takes both over, and the feeds' lastBuildDate moves with it. Such content is kept (Hugo
leaves it out by default): SPEC.md leaves out drafts only; a build's output depends on its
inputs alone (deterministic builds; a rebuild with nothing changed does nothing, so content
held back until its date would appear only at some later, unrelated edit); and content
that silently vanishes is worse than a loud warning. Scheduling is what `draft: true` is for.

`FUTURE_GRACE` is two days and two hours: a date without a time is midnight in the site's
timezone, time zones differ by up to 26 hours (UTC-12 to UTC+14), and an article dated tomorrow
may well be scheduled, so today's and tomorrow's dates written anywhere are never warned about.
The worst case: an editor at UTC+14 a moment after midnight writes tomorrow's date D, which a
UTC-12 site reads as D 00:00-12:00, D 12:00 UTC; the build's moment is D-2 10:00 UTC, 50 hours
before (two days alone warned there: a CI draw of 2026-12-07, editor UTC+14, site Pago Pago).
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from briefgen.durations import duration_words
from briefgen.diagnostics import Diagnostic, warning
from briefgen.load.documents import Article, Note

FUTURE_GRACE = dt.timedelta(hours=50)  # tomorrow written at UTC+14, read at UTC-12 (module docstring)


def future_dated(articles: Iterable[Article], notes: Iterable[Note], now: dt.datetime) -> list[Diagnostic]:
    """A warning for each article (`published`) and note (`date`) later than `now` (aware) + FUTURE_GRACE."""
    limit = now + FUTURE_GRACE
    found = [(a.path, a.published_line, "published", a.published, a.has_time, "article")
             for a in articles if a.published > limit]
    found += [(n.path, n.date_line, "date", n.date, n.has_time, "note") for n in notes if n.date > limit]
    return [warning(path, line, _message(key, when, has_time, kind, now)) for path, line, key, when, has_time, kind
            in found]


def _message(key: str, when: dt.datetime, has_time: bool, kind: str, now: dt.datetime) -> str:
    built = now.astimezone(when.tzinfo)  # on the site's calendar, as `when` is (fields.parse_moment)
    shown = when.isoformat(timespec="minutes") if has_time else when.date().isoformat()
    ahead = duration_words((when - now).total_seconds())
    return (f'"{key}" is {shown}, {ahead} after this build ({built.date().isoformat()}); the {kind} is published '
            "anyway, in an edition dated ahead of today, which the front page and feed.xml show as the latest. "
            f"If the date is a typo, correct it; if the {kind} is meant for later, keep it `draft: true` until then")
