"""Which feed entry is which: identity keys and upstream fingerprints (issue 11 §2, issue 8 §7).

- Identity within a feed is the entry's guid; an entry without one is known by its
  link (SPEC: "by link only when there is no guid"), and one with neither by a digest of
  its content. Two entries with different guids and one link are two items.
- When a feed's guids are empty or repeated for more than 5% of its entries (a CMS that
  gives every item the same id, or none), the feed falls back to the canonical link, and
  when links repeat too, to link + date — FreshRSS's automatic downgrade. `identity:` in
  the feed's config pins a mode.
- The mode is chosen again on every run, so it changes when a feed grows or shrinks
  past the 5% line (a few repeated guids among 10 entries, then among 60). An entry
  is therefore known by *every* identity it has (`identities`: the guid mode's, the
  link mode's, link + date): what was once imported under one mode is recognised under
  any other, and whatever a run chooses, nothing is imported twice. Remembering the
  mode per feed would not be enough: that memory lives in the disposable cache, while
  the identities are written in the articles themselves (`guid:`), which survive it.
- `fingerprint` digests what an editor would call the content — title, link, authors,
  tags, body — and never the dates, so a feed that re-dates its items does not make them
  look changed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence

MAX_BAD_SHARE = 0.05  # more than this share of empty or repeated guids: the feed's guids are not ids


def choose_mode(guids: Sequence[str], links: Sequence[str], pinned: str = "auto") -> str:
    """"guid", "link" or "link+date" for a feed whose entries have these guids and canonical links
    (one of each per entry, "" when it has none or it was dropped: `javascript:void(0)`, an address
    on a private network). In guid mode an entry without a guid counts as a bad one (its identity
    would be its link); in link mode an entry without a link is known by its guid (else a digest of
    its content), so only repeats of what it would be known by count: two links dropped as
    `javascript:void(0)` are no repeated link (a trial's feed went to link + date for them, and its
    articles got identities that a re-dated entry no longer had)."""
    if pinned != "auto":
        return pinned
    if not guids or _bad_share(guids) <= MAX_BAD_SHARE:
        return "guid"
    by_link = [link or guid for link, guid in zip(links, guids)]
    return "link" if _bad_share(by_link, empty_is_bad=False) <= MAX_BAD_SHARE else "link+date"


def _bad_share(values: Sequence[str], empty_is_bad: bool = True) -> float:
    counts = Counter(v for v in values if v)
    bad = sum(1 for v in values if (not v and empty_is_bad) or (v and counts[v] > 1))
    return bad / len(values)


def identity_of(mode: str, guid: str, link: str, published: dt.datetime | None, digest: str) -> str:
    """The key an entry is known by (and the `guid:` written to its file)."""
    if mode == "guid":
        return guid or link or digest
    if mode == "link":
        return link or guid or digest
    if link and published is not None:
        return f"{link}#{published.astimezone(dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')}"
    return link or digest


def identities(guid: str, link: str, published: dt.datetime | None, digest: str) -> tuple[str, ...]:
    """Every identity the entry has under some mode (guid, link, link+date), each once: what
    `archive.find` recognises it by, so that a feed whose mode changes between runs (it grew
    or shrank past the 5% line) does not import its earlier entries again."""
    return tuple(dict.fromkeys(identity_of(mode, guid, link, published, digest)
                               for mode in ("guid", "link", "link+date")))


def content_digest(feed_url: str, title: str, published: dt.datetime | None, body: str) -> str:
    """An identity for an entry with neither guid nor link, so that a re-fetch recognises it."""
    seed = "\0".join((feed_url, title, published.isoformat() if published else "", body))
    return "briefgen:" + hashlib.sha256(seed.encode("utf-8", "replace")).hexdigest()[:32]


def fingerprint(title: str, link: str, authors: Sequence[str], tags: Sequence[str], body: str) -> str:
    """A digest of an entry's content without its dates (16 hex digits)."""
    seed = "\0".join((title, link, "\x1f".join(authors), "\x1f".join(tags), body))
    return hashlib.sha256(seed.encode("utf-8", "replace")).hexdigest()[:16]
