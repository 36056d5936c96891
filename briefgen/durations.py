"""Durations and ages in the site's words: "45 seconds", "1 minute", "5 hours", "3 days", "2 years".

One helper for every place that words a span of time — a story page's "published within … of each
other" (render/environment.py's `apart` filter), `feeds`' "last success … ago" (importer/status.py),
the warnings of a date ahead of the build (load/futuredates.py) and of a story joined from
too far (advice.py). Before 2026-12-05 each had its own arithmetic: a tester's story of two
reports an hour apart said "published within 0.0 days of each other" (days to one decimal), the
feeds status said "12 min", "5 h", and the warnings "1 days".

The unit is the largest that keeps the number readable (the thresholds are those `feeds` used:
seconds below 90 s, minutes below 90 minutes, hours below 36 hours, days below two years, then
years), so every number but a count of seconds is 2 or more and reads without a fraction.
"""
from __future__ import annotations

import datetime as dt
import math

_UNITS = (  # (upper bound in seconds, unit in seconds, name)
    (90.0, 1.0, "second"),
    (90 * 60.0, 60.0, "minute"),
    (36 * 3600.0, 3600.0, "hour"),
    (730 * 86400.0, 86400.0, "day"),
    (math.inf, 365 * 86400.0, "year"),
)


def counted(count: int, unit: str) -> str:
    """"1 minute", "3 minutes": `count` with `unit`, plural unless 1 (render/counts.py's rule; a unit's
    plural is regular)."""
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def duration_words(seconds: float, *, round_up: bool = False) -> str:
    """A span of `seconds` (negative read as 0) in words: the number rounded to the nearest unit, or up
    (`round_up`) where the words are a bound — "within 2 hours" must hold for 61 minutes. Years are
    whole years passed (365 days each), never rounded up into one not reached."""
    seconds = max(0.0, float(seconds))
    for bound, unit, name in _UNITS:
        if seconds < bound:
            break
    if name == "year":
        return counted(int(seconds // unit), name)
    exact = seconds / unit
    return counted(math.ceil(exact - 1e-9) if round_up else int(math.floor(exact + 0.5)), name)


def apart_words(first: dt.datetime, last: dt.datetime, timed: bool) -> str:
    """How far apart two moments are, as a story page says its reports were published: "at the same time",
    "within a minute of each other", "within 2 hours of each other"; when a report has a date only (`timed`
    False), in days of the calendar — "on the same day", "within 3 days of each other" — as a time it
    never gave would be a precision the briefing does not have."""
    if not timed:
        days = abs((last.date() - first.date()).days)
        return "on the same day" if days == 0 else f"within {counted(days, 'day')} of each other"
    seconds = abs((last - first).total_seconds())
    if seconds == 0:
        return "at the same time"
    if seconds < 60:  # (10:00:50 and 10:01:20 are not "the same minute")
        return "within a minute of each other"
    return f"within {duration_words(seconds, round_up=True)} of each other"
