"""Feed dates with a time-zone abbreviation are read at the moment they name (importer/zones.py).

feedparser knows only RFC 822's abbreviations; past those it misread a date without a
word: `Fri, 12 May 2023 14:00:00 CEST` became 14:00 UTC (two hours late) and
`2023-05-12 14:00 EEST` or `… 14:00 PST` midnight UTC (the time dropped) — the very dates
that decide which outlet reported a story first. Real feeds, parsed by feedparser.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.read import parse_feed
from briefgen.importer.zones import ZONES
from briefgen.load.config import FeedSpec
from support.importing import articles, fetch, front, rss
from support.examples import examples

SPEC = FeedSpec("https://ledger.example/rss", "", (), 3)
RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://ledger.example/"><title>Ledger</title><link>https://ledger.example/</link></channel>
<item rdf:about="https://ledger.example/1"><title>Envoys meet</title><link>https://ledger.example/1</link>
<dc:date>{date}</dc:date></item></rdf:RDF>
"""


def _published(feed: str) -> dt.datetime | None:
    read = parse_feed(feed.encode(), {}, SPEC, "config.yaml", zone=dt.timezone.utc)
    assert not read.failed and len(read.items) == 1, read.problems
    return read.items[0].published


@settings(max_examples=examples(150), deadline=None)
@given(moment=st.datetimes(dt.datetime(1995, 1, 1), dt.datetime(2090, 1, 1)).map(lambda m: m.replace(microsecond=0)),
       zone=st.sampled_from(sorted(ZONES)), style=st.sampled_from(["rfc822", "iso", "iso-t", "rdf"]))
@example(moment=dt.datetime(2023, 5, 12, 14, 0), zone="CEST", style="rfc822")
@example(moment=dt.datetime(2023, 5, 12, 14, 0), zone="EEST", style="iso")
@example(moment=dt.datetime(2023, 5, 12, 14, 0), zone="PST", style="rdf")
def test_a_date_with_a_zone_abbreviation_is_the_moment_it_names(moment: dt.datetime, zone: str,
                                                                style: str) -> None:
    expected = moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=ZONES[zone])))
    if style == "rfc822":
        text = moment.strftime("%a, %d %b %Y %H:%M:%S ") + zone
    else:
        text = moment.isoformat(sep=" " if style != "iso-t" else "T") + " " + zone
    if style == "rdf":
        feed = RDF.format(date=text)
    else:
        feed = rss("Ledger", [{"title": "Envoys meet", "link": "https://ledger.example/1", "guid": "g1",
                               "date": text}])
    published = _published(feed)
    assert published == expected and published.utcoffset() == expected.utcoffset(), text


def test_dates_feedparser_reads_keep_their_reading() -> None:
    for text, expected in [("Fri, 12 May 2023 14:00:00 +0200", "2023-05-12T14:00:00+02:00"),
                           ("2023-05-12T14:00:00+03:00", "2023-05-12T14:00:00+03:00"),
                           ("Fri, 12 May 2023 14:00:00 GMT", "2023-05-12T14:00:00+00:00"),
                           ("Fri, 12 May 2023 14:00:00 EDT", "2023-05-12T14:00:00-04:00")]:
        feed = rss("Ledger", [{"title": "Envoys meet", "link": "https://ledger.example/1", "guid": "g1",
                               "date": text}])
        assert _published(feed) == dt.datetime.fromisoformat(expected)
    unknown = rss("Ledger", [{"title": "Envoys meet", "link": "https://ledger.example/1", "guid": "g1",
                              "date": "next Tuesday-ish"}])
    assert _published(unknown) is None


def test_the_imported_file_says_the_moment(site: Callable[..., Path]) -> None:
    feed = rss("Ledger", [{"title": "Envoys meet", "link": "https://ledger.example/1", "guid": "g1",
                           "date": "Fri, 12 May 2023 14:00:00 CEST"}])
    root = site("feed.xml", files={"feed.xml": feed})
    assert fetch(root).returncode == 0
    written, = articles(root).values()
    assert front(written)["published"] == dt.datetime(2023, 5, 12, 12, 0, tzinfo=dt.timezone.utc)
    assert "published: 2023-05-12T14:00:00+02:00\n" in written.read_text(encoding="utf-8")
