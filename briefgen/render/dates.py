"""Moments as the output formats write them: RFC 822 in feeds, ISO 8601 in pages and JSON-LD.

Both formats give a UTC offset in hours and minutes only. IANA zones had offsets with seconds
before standard time (Europe/Kyiv's local mean time, +02:02:04, until 1924; Africa/Monrovia,
-00:44:30, until 1972), which Python writes as "+020204" and "+02:02:04": feedparser then read
10:00 +020204 as 04:36 UTC, and "+02:02:04" is neither a valid HTML datetime nor schema.org Date.
Such a moment is written in UTC instead: the same instant, in a form every reader accepts.
"""
from __future__ import annotations

import datetime as dt
from email.utils import format_datetime


def writable(when: dt.datetime) -> dt.datetime:
    """`when`, or the same instant in UTC when its offset has seconds (not writable in RFC 822 or ISO 8601)."""
    offset = when.utcoffset()
    if offset is not None and offset % dt.timedelta(minutes=1):
        return when.astimezone(dt.timezone.utc)
    return when


def rfc822(when: dt.datetime) -> str:
    """RFC 822 (as RFC 2822 writes it) with a four-digit ±hhmm zone: "Wed, 10 May 2023 09:00:00 +0300"."""
    return format_datetime(writable(when))


def iso(value: dt.date | dt.datetime) -> str:
    """ISO 8601: a date as is, a datetime with an offset of hours and minutes."""
    return writable(value).isoformat() if isinstance(value, dt.datetime) else value.isoformat()
