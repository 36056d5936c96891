"""One feed listed twice in config.yaml under two addresses — its own and one that redirects to it — is read once.

A tester, 2026-12-05: `feeds:` held `https://x/feed.xml` and `https://x/old.xml`, which answers 301 with the first.
Both listings were read and ingested: the second found every entry the first had just written, so the run said
"Imported 2 new articles … (2 already imported …)" of a feed of two entries, the second listing's entries were
counted again on every run, and the listing that comes first decided the outlet. config.yaml's check refuses one
address listed twice (load/feedconfig.py), but an address that only redirects to another is known only once the
server answers.

Takes the run's feed specs and downloads (download.py: `Download.url` is where the answer came from, after
redirects); gives, for each listing whose answer came from the same address as an earlier listing's, that
listing's index: fetch.py then ingests only the first, and says of the other that it is the same feed, with a
warning naming both lines and the address to keep. Addresses are compared as `links.dedup_key` compares them
(scheme, `www.`, a trailing slash, the order of the query). Failed and skipped listings are compared with no other.
"""
from __future__ import annotations

from typing import Sequence

from briefgen.diagnostics import Diagnostic, warning
from briefgen.importer.download import Download
from briefgen.importer.links import dedup_key
from briefgen.importer.location import is_remote
from briefgen.load.config import FeedSpec
from briefgen.load.webaddresses import redacted


def same_feeds(specs: Sequence[FeedSpec], downloads: Sequence[Download]) -> dict[int, int]:
    """{index of a listing: index of the earlier listing whose answer came from the same address} (module
    docstring); {} when every listing is a feed of its own."""
    first: dict[str, int] = {}
    same: dict[int, int] = {}
    for index, (spec, download) in enumerate(zip(specs, downloads)):
        if download.outcome not in ("body", "unchanged") or not is_remote(spec.url) or not download.url:
            continue
        key = dedup_key(download.url)
        if key in first:
            same[index] = first[key]
        else:
            first[key] = index
    return same


def same_feed_warning(spec: FeedSpec, download: Download, first: FeedSpec, display: str) -> Diagnostic:
    """The warning for the listing `spec` whose answer came from where that of the earlier listing `first` did."""
    where = redacted(download.url)
    return warning(display, spec.line, f"feed {spec.shown} is the feed listed on line {first.line} ({first.shown}): "
                   f"both answered from {where} (one address redirects to the other), so its entries are read "
                   f"once, as that listing's, and counted there; keep one of the two in config.yaml (the address "
                   f"{where})")
