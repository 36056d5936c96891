"""A feed date without a time zone is read in the site's time zone (importer/zones.py, read.py).

RFC 822 and RFC 3339 require a zone; feeds leave it out anyway (`Tue, 02 May 2023
14:00:00`, Atom `<updated>2023-05-02T14:00:00</updated>`, a JSON Feed `date_published`
without offset, a date alone). Such a date is the publisher's wall clock. feedparser read
it as UTC (an RFC 822 one with a weekday not at all: `date_inferred`, the time of the
fetch), and JSON Feed dates were read as UTC too: a Kyiv outlet's 14:00 became 17:00 Kyiv
time. It is now read in config.yaml's `timezone:`, and a warning says so. A date with a
zone is the moment it names, whatever the site's zone. Real feeds, parsed by feedparser.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.read import parse_feed
from briefgen.importer.zones import ZONES
from briefgen.load.config import FeedSpec
from support.feedserver import FeedServer, Reply
from support.importing import articles, esc, fetch, front, rss
from support.examples import examples

SPEC = FeedSpec("https://ledger.example/feed", "", (), 3)
SITE_ZONES = ("Europe/Kyiv", "America/New_York", "Asia/Kolkata", "UTC", "Australia/Lord_Howe")
RFC822 = ("%a, %d %b %Y %H:%M:%S", "%a, %d %b %Y %H:%M", "%d %b %Y %H:%M:%S", "%a, %d %b %Y", "%d %b %Y")
ISO = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%d")
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><id>urn:ledger</id>
<link href="https://ledger.example/"/><updated>{date}</updated>
<entry><title>Envoys meet</title><id>urn:ledger:1</id><link href="https://ledger.example/1"/>
<updated>{date}</updated><content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry></feed>
"""


def _feed(kind: str, date: str) -> str:
    if kind == "rss":
        return rss("Ledger", [{"title": "Envoys meet", "link": "https://ledger.example/1", "guid": "g1",
                               "date": esc(date)}])
    if kind == "atom":
        return ATOM.format(date=esc(date))
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Ledger",
                       "items": [{"id": "g1", "url": "https://ledger.example/1", "title": "Envoys meet",
                                  "content_html": "<p>Body.</p>", "date_published": date}]})


def _offset_text(minutes: int, colon: bool) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{':' if colon else ''}{rest:02d}"


@st.composite
def dates(draw: st.DrawFn) -> tuple[str, str, dt.datetime, int | None]:
    """(feed kind, date text, the wall-clock time it writes, its offset in minutes or None)."""
    kind = draw(st.sampled_from(["rss", "atom", "json"]))
    moment = draw(st.datetimes(dt.datetime(1995, 1, 1), dt.datetime(2090, 1, 1)))
    style = draw(st.sampled_from(RFC822 if kind == "rss" else ISO))
    text = moment.strftime(style)
    if style.endswith("%f"):
        text = text[:draw(st.integers(-5, 0)) or None]  # 1 to 6 digits of fraction
    if "%H" not in style:
        moment = moment.replace(hour=0, minute=0, second=0)
    elif "%S" not in style:
        moment = moment.replace(second=0)
    moment = moment.replace(microsecond=0)
    if "%H" not in style or not draw(st.booleans()):
        return kind, text, moment, None
    minutes = draw(st.integers(-48, 56)) * 15
    if kind != "rss":
        zone = "Z" if minutes == 0 and draw(st.booleans()) else _offset_text(minutes, colon=True)
        return kind, text + zone, moment, minutes
    if draw(st.booleans()):
        name = draw(st.sampled_from(sorted(ZONES)))
        return kind, f"{text} {name}", moment, ZONES[name]
    return kind, f"{text} {_offset_text(minutes, colon=False)}", moment, minutes


@settings(max_examples=examples(300), deadline=None)
@given(case=dates(), site_zone=st.sampled_from(SITE_ZONES))
@example(case=("rss", "Tue, 02 May 2023 14:00:00", dt.datetime(2023, 5, 2, 14), None), site_zone="Europe/Kyiv")
@example(case=("atom", "2023-05-02T14:00:00", dt.datetime(2023, 5, 2, 14), None), site_zone="Asia/Kolkata")
@example(case=("json", "2023-05-02T14:00:00", dt.datetime(2023, 5, 2, 14), None), site_zone="America/New_York")
@example(case=("rss", "02 May 2023", dt.datetime(2023, 5, 2), None), site_zone="America/New_York")
@example(case=("atom", "2023-03-12T02:30:00", dt.datetime(2023, 3, 12, 2, 30), None),  # a DST gap
         site_zone="America/New_York")
@example(case=("json", "2023-11-05T01:30:00", dt.datetime(2023, 11, 5, 1, 30), None),  # a DST fold
         site_zone="America/New_York")
@example(case=("rss", "Sun, 26 Mar 2023 03:30", dt.datetime(2023, 3, 26, 3, 30), None), site_zone="Europe/Kyiv")
@example(case=("atom", "2023-05-02T14:00:00.250+05:30", dt.datetime(2023, 5, 2, 14), 330), site_zone="UTC")
@example(case=("atom", "2000-01-01T00:00:00.000001Z", dt.datetime(2000, 1, 1), 0), site_zone="Europe/Kyiv")  # found by CI
def test_a_date_is_read_in_its_own_zone_else_in_the_sites(case: tuple[str, str, dt.datetime, int | None],
                                                          site_zone: str) -> None:
    kind, text, wall, minutes = case
    zone = ZoneInfo(site_zone)
    read = parse_feed(_feed(kind, text).encode(), {}, SPEC, "config.yaml", zone=zone)
    assert not read.failed and len(read.items) == 1, read.problems
    item = read.items[0]
    published = item.published
    assert published is not None, text
    assert published.replace(tzinfo=None) == wall, text  # the wall clock the feed wrote, always
    if minutes is None:  # read in the site's zone, with the offset it has then (fold=0 in a gap or fold)
        assert item.zoneless, text
        assert published.utcoffset() == wall.replace(tzinfo=zone).utcoffset(), text
        # (compared as timestamps: `==` between zones is False for a time in a gap or fold)
        assert published.timestamp() == wall.replace(tzinfo=zone).timestamp(), text
    else:  # the moment it names, whatever the site's zone
        assert not item.zoneless, text
        assert published.utcoffset() == dt.timedelta(minutes=minutes), text


def test_a_zoneless_date_is_imported_in_the_sites_zone_and_said(site: Callable[..., Path],
                                                               server: FeedServer) -> None:
    """The reported case, end to end: a Kyiv outlet's RSS without a zone, and a JSON Feed."""
    rss_url = server.script("/rss", Reply(200, _feed("rss", "Tue, 02 May 2023 14:00:00"),
                                {"Content-Type": "application/rss+xml"}))
    json_url = server.script("/json", Reply(200, _feed("json", "2023-05-03T09:15:00").replace("g1", "j1").replace(
        "ledger.example/1", "ledger.example/2"), {"Content-Type": "application/feed+json"}))
    root = site({"url": rss_url, "source": "Ledger"}, {"url": json_url, "source": "Ledger J"},
                extra="timezone: Europe/Kyiv\n")
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    texts = sorted(p.read_text(encoding="utf-8") for p in articles(root).values())
    assert len(texts) == 2
    assert any("published: 2023-05-02T14:00:00+03:00\n" in t for t in texts), texts
    assert any("published: 2023-05-03T09:15:00+03:00\n" in t for t in texts), texts
    assert not any("date_inferred" in t for t in texts)
    for path in articles(root).values():
        assert front(path)["published"].utcoffset() == dt.timedelta(hours=3)
    assert result.stderr.count("without a time zone") == 2, result.stderr
    assert "read as Europe/Kyiv time" in result.stderr
    verbose = fetch(root, "--force", "-v")  # known items: nothing changes, nothing is said again
    assert "without a time zone" not in verbose.stderr, verbose.stderr
    assert sorted(p.read_text(encoding="utf-8") for p in articles(root).values()) == texts


@settings(max_examples=examples(40), deadline=None)
@given(wall=st.datetimes(dt.datetime(1995, 1, 1), dt.datetime(2090, 1, 1)).map(lambda d: d.replace(microsecond=0)),
       site_zone=st.sampled_from(SITE_ZONES), linked=st.booleans())
def test_a_zoneless_entry_keeps_the_identities_it_had_when_read_as_utc(wall: dt.datetime, site_zone: str,
                                                                      linked: bool) -> None:
    # Before zoneless dates were read in the site's zone they were read as UTC, and an entry
    # known by its date (neither guid nor link: a digest of it; links repeated: link + date)
    # was imported under that identity. Read now, it must still be recognised by it.
    from briefgen.importer.identity import content_digest

    text = wall.strftime("%Y-%m-%dT%H:%M:%S")
    as_utc = wall.replace(tzinfo=dt.timezone.utc)
    if linked:  # the same link twice: the feed's mode is link + date
        entries = "".join(f"<entry><title>Envoys meet {n}</title><link href='https://ledger.example/1'/>"
                          f"<updated>{text if n == 1 else '2020-01-01T00:00:00Z'}</updated>"
                          "<content type='html'>&lt;p&gt;Body.&lt;/p&gt;</content></entry>" for n in (1, 2))
        earlier = f"https://ledger.example/1#{as_utc.strftime('%Y-%m-%dT%H:%M:%SZ')}"
    else:
        entries = (f"<entry><title>Envoys meet 1</title><updated>{text}</updated>"
                   "<content type='html'>&lt;p&gt;Body.&lt;/p&gt;</content></entry>")
        earlier = content_digest(SPEC.url, "Envoys meet 1", as_utc, "<p>Body.</p>")
    feed = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Ledger</title><id>urn:ledger</id>{entries}</feed>")
    read = parse_feed(feed.encode(), {}, SPEC, "config.yaml", zone=ZoneInfo(site_zone))
    item = read.items[0]
    assert item.zoneless
    assert earlier == item.guid or earlier in item.aliases, (earlier, item.guid, item.aliases)
