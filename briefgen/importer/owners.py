"""Which entry of a run an imported article is, when several entries carry one of its identities.

An entry is known by every identity it has (identity.identities: its guid, its link, link + date),
and an article by its `guid:` and the identities the state recorded for it in earlier runs
(`Imported.aliases`: the link, when the feed was read by link). An identity that several entries of
this run carry (`shared`: two guids, one link) says nothing of which of them the article is. When
one of them has an identity of its own (carried by no other entry of the run) that finds the
article, the article is that entry's: the others are not it, and are judged by their own
identities (new, a duplicate, another item) — except one whose shared identity is its guid (a guid
reused across runs, read as an update, then by two entries at once: one item, as in guid mode). When none has, the article is still one entry's only —
the one whose title is the article's, else whose link is its `url:`, else the first — and the others
are judged by their own identities: in this run as in the next, where that entry finds the article
by the identities this run records for it (`ingest._identities`). Entries that share their identity
in this run's mode (a repeated guid in guid mode) are another matter: one item (`ingest`).

A trial (CI, 2026-12-05): Entries 6 and 20 of a feed, guids id-6 and id-20, share a link. A run read
by link (another guid repeated) recorded the link as Entry 6's identity; the next, read by guid with
both entries in it, took Entry 20 for Entry 6 by that link and did not import it, and forgot the
link (a run records the identities of its own mode), so the run after imported it: an entry's fate
depended on how many times fetch ran. Likewise, with the cache deleted, an article whose `guid:` is the
link (imported when the feed was read by link) was both entries' in one run, and only one's in the next. Two guids with one link are two items (docs/fetch.md,
Identity).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefgen.importer.archive import Archive, Record
from briefgen.importer.links import dedup_key
from briefgen.importer.read import FeedItem


def owners(items: Sequence[FeedItem], source: str, archive: Archive, shared: frozenset[str],
           first: Mapping[str, int]) -> dict[int, set[int]]:
    """`id(record)` → the indexes of the entries of the run that an article (or tombstone) is, for the entries that
    stand for their identity (`first`: `ingest._representatives`): those that find it by identities of their own
    (`own_find`); when none does and several find it only by identities they share, the one whose title is the
    article's, else whose link is its `url:`, else the first — one of them, whichever run decides."""
    claims: dict[int, set[int]] = {}
    found: dict[int, tuple[Record, list[int]]] = {}
    for index, item in enumerate(items):
        if first.get(item.guid, index) != index:
            continue
        kind, record = own_find(item, source, archive, shared)
        if kind in ("same", "rejected") and record is not None:
            claims.setdefault(id(record), set()).add(index)
        kind, record = archive.find(item.guid, item.link, source, item.aliases, shared)
        if kind in ("same", "rejected") and record is not None:
            found.setdefault(id(record), (record, []))[1].append(index)
    for key, (record, indexes) in found.items():
        if key not in claims and len(indexes) > 1:
            url = dedup_key(record.url) if record.url else ""
            chosen = next((i for i in indexes if record.title and items[i].title == record.title),
                          next((i for i in indexes if url and items[i].link and dedup_key(items[i].link) == url),
                               indexes[0]))
            claims[key] = {chosen}
    return claims


def own_find(item: FeedItem, source: str, archive: Archive, shared: frozenset[str]) -> tuple[str, Record | None]:
    """`Archive.find` by the entry's identity in this run's mode and those of its other identities that no other
    entry of the run carries (not in `shared`)."""
    return archive.find(item.guid, item.link, source, tuple(a for a in item.aliases if a not in shared), shared)


def find_entry(index: int, item: FeedItem, source: str, archive: Archive, shared: frozenset[str],
               claims: Mapping[int, set[int]], repeat: bool = False) -> tuple[str, Record | None]:
    """("same" | "rejected" | "duplicate" | "new", the record) for entry `index` of the run: `Archive.find`,
    except that an article another entry owns (`owners`) and this one finds only by a shared identity is not
    this entry's: then it is judged by its own identities — unless the shared identity is the entry's guid (its
    identity in guid mode): one guid, one item, as within guid mode. `repeat`: another entry of the run has its identity
    (in this run's mode) and stands for it; this one is found by its other identities only."""
    kind, record = archive.find("" if repeat else item.guid, item.link, source, item.aliases, shared)
    if record is None or kind not in ("same", "rejected"):
        return kind, record
    owned = claims.get(id(record), set())
    if not owned or index in owned:
        return kind, record
    guid = item.stronger[0] if item.stronger else item.guid  # (its identity by guid: its guid, else its link)
    kept = tuple(a for a in item.aliases if a not in shared or a == guid)
    again = archive.find("" if repeat else item.guid, item.link, source, kept, shared)
    return (kind, record) if again[1] is record else again

