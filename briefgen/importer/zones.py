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

Dates with no zone at all — `Tue, 02 May 2023 14:00:00`, `2023-05-02T14:00`, `2023-05-02`
— break RFC 822 and RFC 3339, and feedparser read them as UTC (or, for RFC 822 with a
weekday, not at all). They are the publisher's wall clock, which a feed cannot tell us:
`zoneless_date` gives that wall-clock time (naive), and `in_zone` reads it in the site's
time zone (config.yaml `timezone:`), the same rule the build applies to a front matter's
naive date (load/fields.py), so an imported date and a hand-written one agree.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re

from briefgen.load.fields import clock_change

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
    # (to the second, as feedparser and every other date of a feed: "…00.000001Z" was kept with its
    # microsecond, a moment no other reading of the entry gives; found by hypothesis)
    return naive.replace(microsecond=0, tzinfo=dt.timezone(dt.timedelta(minutes=offset)))


_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_TIME = r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,9}))?)?"
_ZONELESS = (
    # RFC 822 without its zone: `Tue, 02 May 2023 14:00:00`, `2 May 23 14:00`, `02 May 2023`
    re.compile(r"^(?:[A-Za-z]{3,9}\.?,?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4}|\d{2})"
               rf"(?:,?\s+{_TIME})?$"),
    # ISO 8601 without an offset: `2023-05-02T14:00:00.5`, `2023-05-02 14:00`, `2023-05-02`, `20230502T1400`
    re.compile(rf"^(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:[T ]{_TIME})?$"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})?)?$"),
    # asctime: `Tue May  2 14:00:00 2023`
    re.compile(rf"^[A-Za-z]{{3}}\s+(?P<mon>[A-Za-z]{{3,9}})\s+(?P<d>\d{{1,2}})\s+{_TIME}\s+(?P<y>\d{{4}})$"),
)


def zoneless_date(text: str) -> dt.datetime | None:
    """The wall-clock time (naive) of a date written without any time zone, RFC 822 (with or
    without weekday, seconds or time), ISO 8601 (with or without time, seconds, fraction) or
    asctime; None for anything else — a date with a zone, or no real date."""
    stamp = " ".join(text.split())
    for pattern in _ZONELESS:
        match = pattern.match(stamp)
        if match is not None:
            break
    else:
        return None
    parts = match.groupdict()
    month = _month(parts["mon"]) if parts.get("mon") else int(parts["m"])
    year = int(parts["y"])
    if len(parts["y"]) == 2:  # RFC 2822 §4.3: 00-49 are 2000-2049, 50-99 are 1950-1999
        year += 2000 if year < 50 else 1900
    try:  # (a fraction of a second is dropped, as feedparser drops it from zoned dates)
        return dt.datetime(year, month, int(parts["d"]), int(parts["h"] or 0), int(parts["mi"] or 0),
                           min(int(parts["s"] or 0), 59))  # a leap second: the second before
    except ValueError:  # no such day or time, or an unknown month (0)
        return None


def _month(name: str) -> int:
    lower = name.lower()
    if len(lower) > 3 and lower not in _FULL_MONTHS:
        return 0
    return _MONTHS.get(lower[:3], 0)


def in_zone(naive: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """`naive` wall-clock time read in `zone`, with that moment's offset as a fixed offset (as
    load/fields.parse_moment reads a naive front-matter date). A time the clocks skipped (a
    spring-forward gap) or show twice (the autumn fold) gets the offset before the change:
    Python's `fold=0`."""
    offset = naive.replace(tzinfo=zone).utcoffset() or dt.timedelta(0)
    return naive.replace(tzinfo=dt.timezone(offset) if offset else dt.timezone.utc)


def zone_caveat(naive: dt.datetime, zone: dt.tzinfo) -> str:
    """Why the reading of `naive` in `zone` is a guess beyond the zone itself: "" or a phrase."""
    change = clock_change(naive, zone)
    if change == "skipped":
        return "a time the clocks skipped there; read with the offset before the change"
    return "a time the clocks show twice there; read as the first" if change else ""


_RFC822_YEAR = re.compile(r"\b\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+(?P<y>\d{2,4})\b")


def _rfc822(stamp: str) -> dt.datetime | None:
    """An RFC 822 date and time, naive. A year of three or four digits is that year: email.utils
    reads every year below 100 as a two-digit one (RFC 2822 4.3), and a .NET feed's placeholder
    `Mon, 01 Jan 0001 00:00:00 GMT` became 1 January 2001, a real-looking date."""
    try:
        parts = email.utils.parsedate(stamp)
        moment = dt.datetime(*parts[:6]) if parts else None  # type: ignore[misc]
        written = _RFC822_YEAR.search(stamp)
        if moment is not None and written is not None and len(written["y"]) > 2:
            moment = moment.replace(year=int(written["y"]))
        return moment
    except (TypeError, ValueError, OverflowError):  # (year 0, or 29 February of a year without one)
        return None


def _iso(stamp: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo is None else None


def zoneless_note(title: str, published: dt.datetime, zone: dt.tzinfo | None, path: str) -> str:
    """`fetch -v`'s note on the new file at `path`, titled `title`, whose date the feed gave without a time zone
    and which was read as `published` (aware) in the site's `zone`."""
    wall = published.replace(tzinfo=None)
    caveat = zone_caveat(wall, zone) if zone is not None else ""
    return (f'"{title}" ({path}): the feed\'s date {wall:%Y-%m-%d %H:%M:%S} has no time zone; read as '
            f"{published.isoformat()}" + (f" ({caveat})" if caveat else ""))
