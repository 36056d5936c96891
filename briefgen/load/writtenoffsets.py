"""The UTC offset a `published:` datetime was written with: the writer's own calendar, which the site's drops.

`fields.moment` keeps the instant on the site's calendar (SPEC.md: every date shown is the briefing's), so a
Honolulu live blog's `published: 2026-11-27T22:00:00-10:00` becomes 08:00 on the 28th on a London site, and its
entries' clocks ("14:05", "21:10": Honolulu's) can no longer be placed in time (analyse/livedays.py; FX86). The
offset as written is kept beside it (`Article.written_offset`).

What counts as written: an explicit offset other than zero, "+05:45", "-10:00", "+0545", "+05", and the spellings YAML 1.1 reads unquoted, "+5", " -5", "+5:45" (FX114). Not written (None):
no offset (the site's zone is assumed, SPEC.md: the editor's, not a writer's), a date without a time, and UTC in any
form, "Z", "+00:00", "-00:00". RFC 3339 (4.3, 5.6): "Z" is the instant in UTC, and "-00:00" says outright that the
local offset is unknown; feeds and exporters write UTC after converting from the writer's local time, as "Z",
"+00:00" or RSS's "+0000"/"GMT", whose offset they do not say: T24's Madrid live blog of Chile's lithium deal,
entries 22:40-23:10 on Madrid's clock, was `published: 2026-11-24T23:00:00+00:00` (21:40-22:10 UTC), and read on
UTC's clock its entries ran on the day before (3 true pairs lost, 74/74 -> 71/74). A writer on UTC's clock (London
in winter) is so read as one of unknown offset (livedays.py: a guess, joined only when sure). Pure.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefgen.load.realdates import rfc3339

# The end of an ISO 8601 / RFC 3339 date-time: a time of day, then an offset (or none).
_OFFSET = re.compile(r"[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?P<sign>[+-])(?P<hours>\d{2}):?(?P<minutes>\d{2})?$")


def written_offset(value: Any, raw: str | None = None) -> int | None:
    """The UTC offset in minutes east (+345 for "+05:45", -600 for "-10:00") with which front matter's `published:`
    `value` was written; `raw`, its text as written when YAML typed it (yamltext.LineMap.raw: an unquoted
    `2026-11-28T18:00:00-10:00` is a datetime already). None when no offset is written, for a date alone, for UTC
    ("Z", "z", "+00:00", "-00:00": module docstring), and for what is no date-time. Never raises."""
    text = raw if raw is not None else value
    if isinstance(text, dt.datetime) and text.tzinfo is not None:  # (a datetime handed over without its text)
        offset = text.utcoffset()
        return int(offset.total_seconds()) // 60 or None if offset is not None else None
    if not isinstance(text, str):
        return None
    found = _OFFSET.search(rfc3339(text.strip()))  # ("+3", " -5": as YAML reads them, realdates.rfc3339; FX114)
    if found is None:
        return None
    hours, minutes = int(found.group("hours")), int(found.group("minutes") or 0)
    if hours > 23 or minutes > 59:
        return None
    return (hours * 60 + minutes) * (-1 if found.group("sign") == "-" else 1) or None


def written_day(published: dt.datetime, written: int | None) -> int:
    """The date of `published` (aware; on the site's calendar) on its writer's calendar, `written` minutes east of UTC
    (Article.written_offset), as `date.toordinal()`; on the site's calendar when `written` is None. What a report's
    day words ("on Monday", "this morning", "yesterday") are read from (analyse/eventdays.py: "in the offset its
    `published` was written with"; FX112, T30's F6, 2026-12-07: a New York post of 21:00 -05:00, 03:00 the next day
    in Brussels, "scoop this morning", was dated by the Brussels calendar and held apart from its story's "on Monday")."""
    if written is None:
        return published.date().toordinal()
    return published.astimezone(dt.timezone(dt.timedelta(minutes=written))).date().toordinal()
