"""Feed dates that end in a time-zone abbreviation: `Fri, 12 May 2023 14:00:00 CEST`, `2023-05-12 14:00 EEST`.

feedparser knows the abbreviations of RFC 822 (UT, GMT, the US zones, military letters)
and nothing else. Past that it reads a date wrongly, without a word: `… 14:00:00 CEST`
as 14:00 UTC (two hours late), `2023-05-12 14:00 EEST` or `… 14:00 PST` as midnight
UTC (the time dropped). European and Asian outlets write such dates, and the first report
of a story is decided by them. `named_zone_date` reads a date, RFC 822 or ISO 8601 with
a space or `T`, followed by one of the abbreviations below; syndication.py asks it before
it trusts feedparser's reading.

Only abbreviations with one meaning in news feeds are listed: `IST` (India, Ireland,
Israel) is not, nor are names a feed could mean otherwise. Offsets in minutes east of UTC,
from the IANA tz database's abbreviations.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re

ZONES = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60,  # British Summer Time
    "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600,
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480, "ACST": 570, "ACDT": 630,
    "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}
_NAMED = re.compile(r"^(?P<stamp>.*\d)\s*(?P<zone>[A-Za-z]{1,5})$")


def named_zone_date(text: str) -> dt.datetime | None:
    """The moment `text` names, with the offset of its zone abbreviation; None when it does
    not end in a listed abbreviation or the rest is no RFC 822 / ISO 8601 date and time."""
    match = _NAMED.match(text.strip())
    if match is None:
        return None
    offset = ZONES.get(match["zone"].upper())
    stamp = match["stamp"].strip()
    if offset is None or not re.search(r"\d:\d\d", stamp):  # a time, not only a date (and no "T" zone)
        return None
    naive = _rfc822(stamp) or _iso(stamp)
    if naive is None:
        return None
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset)))


def _rfc822(stamp: str) -> dt.datetime | None:
    try:
        parts = email.utils.parsedate(stamp)
        return dt.datetime(*parts[:6]) if parts else None  # type: ignore[misc]
    except (TypeError, ValueError, OverflowError):
        return None


def _iso(stamp: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo is None else None
