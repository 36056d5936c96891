"""An RSS byline with an address — `email (Name)` (RSS 2.0's <author>) or `Name <email>` — is
imported as the name, whatever the address's top-level domain.

feedparser reads the address with a pattern that allows 2-4 letters after the last dot, so
`<author>desk@windwire.example (Lotte Claes)</author>` was imported as `author: ple (Lotte
Claes` (found by a new editor's first `briefgen fetch`), and any outlet under .news, .media,
.london … got such a name.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.importer.syndication import parse_syndication
from support.importing import articles, build_ok, esc, fetch, front, rss
from support.examples import examples

REPORTED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wind Wire</title><link>http://127.0.0.1:8766/</link>
<description>Offshore wind news</description>
<item><title>Belgian grid operator orders second energy island cable</title>
<link>https://windwire.example/belgian-cable</link><guid>wire-0001</guid>
<pubDate>Tue, 01 Dec 2026 09:00:00 +0000</pubDate>
<author>desk@windwire.example (Lotte Claes)</author>
<description>Elia ordered a second cable for the energy island.</description></item>
</channel></rss>
"""


def test_the_reported_byline_is_imported_as_its_name(site: Callable[..., Path]) -> None:
    root = site("feeds/wire.rss", files={"feeds/wire.rss": REPORTED})
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    article = articles(root)["belgian-grid-operator-orders-second-energy-island-cable.md"]
    assert front(article)["author"] == "Lotte Claes"
    build_ok(root)


def test_dc_creator_with_a_long_domain_in_angle_brackets(site: Callable[..., Path]) -> None:
    feed = rss("Harbour", [{"title": "Quay", "guid": "q1", "link": "https://harbour.example/q",
                            "author": "Mette Lund <mette@harbour.london>"}])
    root = site("feeds/h.rss", files={"feeds/h.rss": feed})
    assert fetch(root).returncode == 0
    assert front(articles(root)["quay.md"])["author"] == "Mette Lund"


_NAME = st.lists(st.text("abcdefghijklmnopqrstuvwxyzéøÅ", min_size=1, max_size=8), min_size=1, max_size=3) \
    .map(lambda words: " ".join(w.capitalize() for w in words))
_LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)
_TLD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=63)
_EMAIL = st.builds(lambda user, labels, tld: f"{user}@{'.'.join(labels)}.{tld}",
                   st.text("abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=10).filter(
                       lambda u: u[0].isalnum()),
                   st.lists(_LABEL, min_size=1, max_size=3), _TLD)


@settings(max_examples=examples(200), deadline=None)
@given(name=_NAME, email=_EMAIL, form=st.sampled_from(("{e} ({n})", "{n} <{e}>", "{n} ({e})")),
       element=st.sampled_from(("author", "dc:creator")))
def test_a_byline_with_any_address_gives_its_name(name: str, email: str, form: str, element: str) -> None:
    byline = form.format(e=email, n=name)
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>T</title><link>https://x.example/</link><item><title>t</title><guid>g1</guid>"
            f"<{element}>{esc(byline)}</{element}></item></channel></rss>")
    entry, = parse_syndication(feed.encode("utf-8"), "https://x.example/feed", {}).entries
    assert entry.authors == (name,)


@settings(max_examples=examples(50), deadline=None)
@given(email=_EMAIL)
def test_an_address_alone_stays_whole(email: str) -> None:
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
            f"<item><title>t</title><guid>g1</guid><author>{esc(email)}</author></item></channel></rss>")
    entry, = parse_syndication(feed.encode("utf-8"), "https://x.example/feed", {}).entries
    assert entry.authors == (email,)
