"""Dates at the ends of the calendar: placeholders are no dates, and no date stops a feed.

Feeds without a date often send a placeholder: .NET's `DateTime.MinValue` (`Mon, 01 Jan 0001
00:00:00 GMT`, `0001-01-01T00:00:00`), a Unix time of 0 (`Thu, 01 Jan 1970 00:00:00 GMT`). The
first was read as 1 January 2001 (email.utils takes every year below 100 for a two-digit one),
the second as 1970 — real-looking dates that put the article in an edition decades old. In a
site west of UTC, `0001-01-01T00:00:00` (read in the site's zone) is before the year 1 in UTC, and
`9999-12-31T23:59:59` after 9999: either stopped the import of the whole feed with "could not be
read (OverflowError: date value out of range); please report this feed". A date before
1970-01-02 UTC, or past 9999 in UTC, is now no usable date: the file is dated when first seen
(`date_inferred: true`) and `fetch -v` says why. Real feeds, parsed by feedparser.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.read import EARLIEST, parse_feed
from briefgen.load.config import FeedSpec
from support.importing import articles, esc, fetch, front, rss
from support.examples import examples

SPEC = FeedSpec("https://ledger.example/feed", "", (), 3)
SITE_ZONES = ("Europe/Kyiv", "America/New_York", "Pacific/Kiritimati", "UTC", "Pacific/Pago_Pago")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><id>urn:ledger</id>
<entry><title>Envoys meet</title><id>urn:ledger:1</id><link href="https://ledger.example/1"/>
<updated>{date}</updated><content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry></feed>
"""


def _feed(kind: str, date: str) -> bytes:
    if kind == "rss":
        text = rss("Ledger", [{"title": "Envoys meet", "link": "https://ledger.example/1", "guid": "g1",
                               "date": esc(date)}])
    elif kind == "atom":
        text = ATOM.format(date=esc(date))
    else:
        text = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Ledger",
                           "items": [{"id": "g1", "url": "https://ledger.example/1", "title": "Envoys meet",
                                      "content_html": "<p>Body.</p>", "date_published": date}]})
    return text.encode("utf-8")


@st.composite
def dates(draw: st.DrawFn) -> tuple[str, str, dt.datetime, int | None]:
    """(feed kind, date text with a four-digit year, the wall-clock time it writes, offset in minutes or None)."""
    kind = draw(st.sampled_from(["rss", "atom", "json"]))
    wall = draw(st.one_of(st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59)),
                          st.datetimes(dt.datetime(1969, 12, 30), dt.datetime(1970, 1, 3)),
                          st.datetimes(dt.datetime(9999, 12, 30), dt.datetime(9999, 12, 31, 23, 59, 59)),
                          st.datetimes(dt.datetime(1, 1, 1), dt.datetime(1, 1, 2)))).replace(microsecond=0)
    minutes = draw(st.one_of(st.none(), st.integers(-12 * 4, 14 * 4).map(lambda q: q * 15)))
    if kind == "rss":
        text = (f"{DAYS[wall.weekday()]}, {wall.day:02d} {MONTHS[wall.month - 1]} {wall.year:04d} "
                f"{wall:%H:%M:%S}")
        if minutes is not None:
            text += " GMT" if minutes == 0 and draw(st.booleans()) else \
                f" {'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    else:
        text = f"{wall.year:04d}-{wall:%m-%dT%H:%M:%S}"
        if minutes is not None:
            text += f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return kind, text, wall, minutes


def _utc(wall: dt.datetime, zone: dt.tzinfo) -> dt.datetime | None:
    """The moment `wall` in `zone` names, in UTC; None when that is outside the calendar."""
    try:
        return wall.replace(tzinfo=zone).astimezone(dt.timezone.utc)
    except OverflowError:
        return None


@settings(max_examples=examples(400), deadline=None)
@given(case=dates(), site_zone=st.sampled_from(SITE_ZONES))
@example(case=("rss", "Mon, 01 Jan 0001 00:00:00 GMT", dt.datetime(1, 1, 1), 0), site_zone="UTC")
@example(case=("rss", "Thu, 01 Jan 1970 00:00:00 GMT", dt.datetime(1970, 1, 1), 0), site_zone="UTC")
@example(case=("rss", "Wed, 31 Dec 1969 19:00:00 -0500", dt.datetime(1969, 12, 31, 19), -300), site_zone="UTC")
@example(case=("atom", "0001-01-01T00:00:00", dt.datetime(1, 1, 1), None), site_zone="America/New_York")
@example(case=("json", "9999-12-31T23:59:59", dt.datetime(9999, 12, 31, 23, 59, 59), None),
         site_zone="America/New_York")
@example(case=("rss", "Sat, 01 Jan 0099 10:00:00 GMT", dt.datetime(99, 1, 1, 10), 0), site_zone="UTC")
def test_a_date_before_1970_or_past_9999_is_no_date_and_never_stops_the_feed(
        case: tuple[str, str, dt.datetime, int | None], site_zone: str) -> None:
    kind, text, wall, minutes = case
    zone = ZoneInfo(site_zone)
    read = parse_feed(_feed(kind, text), {}, SPEC, "config.yaml", zone=zone)
    assert not read.failed and len(read.items) == 1, (text, read.problems)
    item = read.items[0]
    moment = _utc(wall, zone if minutes is None else dt.timezone(dt.timedelta(minutes=minutes)))
    if moment is None or moment < EARLIEST:
        # (said in `unusable_date`, unless feedparser itself gave no date: past 9999 in UTC it cannot)
        assert item.published is None and (item.unusable_date or moment is None), (text, item)
    else:  # the date as the feed wrote it: year, day and time, never another century
        assert item.published is not None and item.published.replace(tzinfo=None) == wall, (text, item.published)
        assert item.published == moment and not item.unusable_date, text


def test_placeholder_dates_are_imported_dated_when_first_seen_and_said(site: Callable[..., Path]) -> None:
    sent = ["Mon, 01 Jan 0001 00:00:00 GMT", "0001-01-01T00:00:00", "Thu, 01 Jan 1970 00:00:00 GMT",
            "9999-12-31T23:59:59", "Tue, 02 May 2023 14:00:00 GMT"]
    items = [{"title": f"Report {n}", "link": f"https://ledger.example/{n}", "guid": f"g{n}", "date": esc(d)}
             for n, d in enumerate(sent)]
    root = site("feeds/ledger.xml", extra="timezone: America/New_York\n",
                files={"feeds/ledger.xml": rss("Ledger", items)})
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    result = fetch(root, "-v")
    assert result.returncode == 0, result.stderr
    assert "new=5" in result.stdout and "OverflowError" not in result.stderr
    for n in range(4):
        data = front(articles(root)[f"report-{n}.md"])
        assert data["date_inferred"] is True and data["published"] >= before, data
        assert f'no usable date: "Report {n}"' in result.stdout
    assert "no usable date: \"Report 0\" (0001-01-01T00:00:00+00:00: before 1970-01-02" in result.stdout
    kept = front(articles(root)["report-4.md"])
    assert "date_inferred" not in kept and kept["published"] == dt.datetime(2023, 5, 2, 14, tzinfo=dt.timezone.utc)
