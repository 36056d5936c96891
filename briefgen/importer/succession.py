"""An entry with a new identity whose link is an imported item's, that item's identity gone from the feed.

Some feeds make up an `isPermaLink="false"` guid on every request, and some put a counter or a
time in the body ("4 readers now"), so neither the guid nor the content is the item's from one
run to the next: a hostile trial's feed got a new file on every fetch (`x.md`, `x-2.md`, `x-3.md`
…, all published), and deleting the copies wrote no tombstone, so the next fetch imported the item
again. What stays is the link. An entry whose identity is new is the item this feed imported with
the same link (compared by `links.dedup_key`) when

- no other entry of this run carries that link (several do on a live blog or a landing page of
  advisories: items of their own), and
- the item's identity, and every other identity the state knows it by, is in none of this run's
  entries (it has left the feed: an entry beside it is another item), and
- the feed is not pinned to `identity: guid` in config.yaml (which says its guids are to be
  trusted: a feed that shows one advisory at a time, each with the same landing link), and
- the link is an item's own: it has a path (a press office's feed linked every release, one at a time, to
  its home page, https://press.example/, and each new release was taken for the last one: a re-test,
  2026-12-05, lost two releases to `--update`), and
- the entry's title is the item's file's (when the file is there): a made-up guid and a counter in the
  body leave the title as it was; another report under the same link has its own.

Takes the entry, the feed's item records (state, this run's), the archive and what this run holds;
gives the identity of that item and what became of it. The item is then known (an update when its
content changed, `same` otherwise), or rejected when its file was deleted (ingest.py).

The feed's records are looked up by link through `LinkIndex`, made once a run: each new entry had
every record's link put through `dedup_key` (and the records sorted), so a run importing N entries
cost N × N (a flood of 1,000 entries: 29 of 35 s under cProfile, 2026-12-05).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from briefgen.importer.archive import Archive, Record
from briefgen.importer.links import dedup_key
from briefgen.importer.read import FeedItem
from briefgen.importer.state import Imported


class LinkIndex:
    """The identities of a feed's item records by their link's `dedup_key`: the ones `earlier_item` may take.

    Made at the start of `ingest` from the feed's records (the state's), leaving out the identities of this run's
    entries (`present`: never gone from the feed in this run). An identity is listed under the link its record had
    then; `note` adds it under a link its record gets later in the run. Of the records the run writes, only one
    can be gone from the feed and change its link: an item found again by content under a new identity
    (ingest's `_same_content`, whose new identities may all be ones several entries share); every other record
    the run writes is under an identity of its entries (`present`), one an entry stands for (`taken`), or with
    no link (a new file's). A listed identity is a candidate, not an answer: `earlier_item` checks the record as
    it is at that moment (its link, whether it is gone from the feed), as it checked every record before."""

    __slots__ = ("_by_key",)

    def __init__(self, records: Mapping[str, Imported], present: frozenset[str]) -> None:
        self._by_key: dict[str, set[str]] = {}
        for identity, stored in records.items():
            if stored.link and identity not in present:
                self.note(identity, stored.link)

    def note(self, identity: str, link: str) -> None:
        """`identity`'s record has (now) the link `link`."""
        if link:
            self._by_key.setdefault(dedup_key(link), set()).add(identity)

    def identities(self, key: str) -> list[str]:
        """The identities listed under the link key `key`, sorted (the order the records were tried in)."""
        return sorted(self._by_key.get(key, ()))


def run_links(items: Iterable[FeedItem]) -> Counter[str]:
    """How many distinct entries (by identity) of a run carry each link (by `dedup_key`)."""
    seen = {(item.guid, dedup_key(item.link)) for item in items if item.link}
    return Counter(key for _, key in seen)


def earlier_item(item: FeedItem, source: str, records: Mapping[str, Imported], index: LinkIndex, archive: Archive,
                 present: frozenset[str], links: Counter[str], taken: set[str],
                 identity_mode: str = "auto") -> tuple[str, Record | None, str] | None:
    """(identity, its article's record or None, "same" | "rejected" | "gone") of the item this feed imported
    (`records`: the feed's items, identity → record, found by link through `index`) with `item`'s link, whose
    identities are none of `present` (every identity of this run's entries) nor `taken` (items an entry of this run
    already stands for); None when there is none, when another entry of the run carries the link (`links`: `run_links`),
    when the feed is pinned to `identity: guid`, when the link has no path (a home page), or when the item's
    live files have another title than `item`'s. A live file is preferred, the shortest name first (`x.md`
    before `x-2.md`, the copies the rule came too late for)."""
    if not item.link or identity_mode == "guid" or not urlsplit(item.link).path.strip("/"):
        return None
    key = dedup_key(item.link)
    if links.get(key, 0) != 1:
        return None
    ours = source.casefold()

    def gone_from_feed(identity: str) -> bool:
        stored = records.get(identity)
        return (identity not in present and identity not in taken and stored is not None
                and not any(alias in present for alias in stored.aliases))

    title = _title_key(item.title)
    live = [r for r in archive.by_link.get(key, ()) if r.guid and r.path and not r.rejected
            and r.source.casefold() == ours and gone_from_feed(r.guid)]
    if live and not any(_title_key(r.title) == title for r in live):
        return None  # (another report under the item's link: its title is its own)
    live = [r for r in live if _title_key(r.title) == title]
    if live:
        record = min(live, key=lambda r: (len(r.path), r.path))
        return record.guid, record, "same"
    for identity in index.identities(key):
        stored = records.get(identity)
        if stored is not None and stored.link and dedup_key(stored.link) == key and gone_from_feed(identity):
            found = archive.by_guid.get(identity, ())
            if any(r.rejected for r in found):
                return identity, None, "rejected"
            if not any(r.path for r in found):
                return identity, None, "gone"
    return None


def _title_key(title: str) -> str:
    """A title as compared here: case and runs of white space aside."""
    return " ".join(title.split()).casefold()
