"""One feed's items → files: what is new, known, a duplicate, filtered, or changed upstream.

Takes a parsed `FeedRead`, the feed's stored `FeedState`, the `Archive` of the project
and the run's settings; writes new article files (and, with `--update`, new versions of
changed ones) and gives an `Ingested`: the counts, the files written, the new item
records for the state, notes for `fetch -v` and diagnostics. Per item, in this order:

1. known by identity (`archive.find`): `same` — or `rejected` (a tombstone) — and, when
   its content fingerprint differs from the one recorded, changed upstream;
   Not known, but imported before (the state names its file): the editor deleted the
   file — `rejected`, and a tombstone says so — or it lost its guid: left alone (`_vanished`);
2. known by link from another outlet: `duplicate`; the existing article gets the feed's
   outlet in `also_in:`;
3. the filters (`filters.judge`): `filtered`, or marked draft / tagged;
4. written as a new file. A date more than 5 minutes in the future becomes the time it
   was first seen (`date_inferred: true`); a known item's new date changes nothing. A date
   the feed gave without a time zone was read in the site's (read.py): one warning per
   feed says how many new files got such a date, and `-v` names them.

An entry is known by all its identities (identity.identities), so a feed whose identity
mode changes between runs imports nothing twice. Entries of one feed that share their
identity (a repeated guid in guid mode) are one item: the one whose link the article
has (else the first) is compared for upstream changes, the others count as `same` —
comparing each in turn would report the item changed on every run.

Files are found where they are now (the archive's scan), not where the state says fetch
wrote them: the editor may have renamed one, and the state is an untrusted cache. Every
file fetch rewrites must resolve to a place inside content/articles/.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import replace

from briefgen.diagnostics import error, warning
from briefgen.importer.alsoin import add_also_in
from briefgen.importer.archive import ARTICLES, TOMBSTONES, Archive, Record, add_tombstone, read_front
from briefgen.importer.articles import create, encode, render_article, sha
from briefgen.importer.filters import FUTURE_SLACK, judge
from briefgen.importer.ingested import (BESIDE_SUFFIX, Ingested, Settings, inside_articles, item_fingerprint,
                                        note_dropped)
from briefgen.importer.links import dedup_key, respell_origin
from briefgen.importer.ownsite import on_site
from briefgen.importer.owners import find_entry, owners
from briefgen.importer.read import FeedItem, FeedRead
from briefgen.importer.state import FeedState, Imported
from briefgen.importer.succession import LinkIndex, earlier_item, run_links
from briefgen.importer.upstream import known
from briefgen.importer.zones import zoneless_note

__all__ = ["BESIDE_SUFFIX", "Ingested", "Settings", "ingest", "inside_articles"]  # (fetch.py takes Settings here)


def _first_three(items: list[str]) -> str:
    """The first three of `items` joined by "; ", with "; …" when there are more (a feed warning's examples)."""
    return "; ".join(items[:3]) + ("; …" if len(items) > 3 else "")


def ingest(read: FeedRead, source: str, state: FeedState, archive: Archive, settings: Settings) -> Ingested:
    """Decide what each of the feed's items is (see the module docstring) and write the new ones."""
    spec = read.spec
    result = Ingested(items=dict(state.items), refused_before=dict(state.refused))
    draft_default = settings.imports.draft if spec.draft is None else spec.draft
    folder = settings.root / ARTICLES
    counts = Counter(key for item in read.items for key in dict.fromkeys((item.guid, *item.aliases)))
    shared = frozenset(key for key, n in counts.items() if n > 1)
    first = _representatives(read.items, archive)
    limit = settings.imports.max_new if spec.max_new is None else spec.max_new
    claims = owners(read.items, source, archive, shared, first)
    flood = not draft_default and _new_count(read, source, archive, shared, first, claims, settings) > limit
    draft_default = draft_default or flood
    handled: set[str] = set()  # articles an entry of this run already stands for
    prints: dict[str, set[str]] = {}  # content fingerprint → the identities this feed imported with it
    for key, stored in result.items.items():
        prints.setdefault(stored.fingerprint, set()).add(key)
    zoneless: list[str] = []  # new files whose date the feed gave without a time zone
    looping: list[str] = []  # entries whose link is on this site (base_url)
    present = frozenset(key for item in read.items for key in (item.guid, *item.aliases))
    links = run_links(read.items)
    by_link = LinkIndex(result.items, present)  # the feed's records by link, for `earlier_item`
    for index, item in enumerate(read.items):
        repeat = first.get(item.guid, index) != index
        kind, record = find_entry(index, item, source, archive, shared, claims, repeat)
        if repeat and kind in ("new", "duplicate"):
            result.same += 1
            result.notes.append(f'"{item.title}" has the identity of another entry of the feed ({item.guid}): '
                                "one item (`identity: link` in config.yaml tells them apart)")
            continue
        if kind == "rejected":
            result.rejected += 1
            continue
        if kind == "same":  # (counted once: `same`, or `updated` when it changed upstream)
            key = record.guid if record is not None and record.guid else item.guid
            if key in handled:  # two entries, one article: comparing both would flip it on every run
                result.same += 1
                result.notes.append(f'"{item.title}" is the same item as another entry of the feed ({key})')
                continue
            handled.add(key)
            _known_as(key, item, record, source, spec.topics, result, archive, settings, shared)
            continue
        if kind == "new" and _vanished(item, source, state, shared, archive, result, settings):
            continue
        twin = _same_content(item, source, archive, prints) if kind == "new" else None
        if twin is not None:  # a new guid for an item imported before (same link and content): that item
            key, found = twin
            if found == "gone" and _vanished(item, source, state, shared, archive, result, settings, key):
                continue
            result.rejected += found == "rejected"
            result.same += found != "rejected"
            _identities(result, key, item, shared)  # (found by them from now on: said once, not every run)
            by_link.note(key, item.link)  # (its record's link now: LinkIndex)
            result.notes.append(f'"{item.title}" came with a new identity ({item.guid}), but its link and content '
                                f"are those of the item imported as {key}: the same item")
            continue
        heir = (earlier_item(item, source, result.items, by_link, archive, present, links, handled,
                             spec.identity)
                if kind == "new" else None)
        if heir is not None and heir[2] == "gone":  # (its file deleted: rejected, a tombstone says so)
            if _vanished(item, source, state, shared, archive, result, settings, heir[0]):
                continue
            heir = None
        if heir is not None:  # a new identity, its link an item's whose identity left the feed: that item
            key, record, found = heir
            result.notes.append(f'"{item.title}" came with a new identity ({item.guid}) and the link of the item '
                                f"imported as {key}, which is no longer in the feed: the same item")
            if found != "same":
                result.rejected += 1
                continue
            handled.add(key)
            _known_as(key, item, record, source, spec.topics, result, archive, settings, shared)
            continue
        if kind == "duplicate" and record is not None:
            result.duplicate += 1
            result.notes.append(f'duplicate "{item.title}": {item.link} is already in '
                                f"{record.path or 'an article'}")
            add_also_in(record, source, result, archive, settings)
            continue
        if settings.base_url and on_site(item.link, settings.base_url):  # its page: "the original" at our own page
            result.filtered += 1
            looping.append(f'"{item.title}": {item.link}')
            result.notes.append(f'filtered "{item.title}": its link {item.link} is a page of this site (base_url)')
            continue
        verdict = judge(item, spec.block, spec.keep, settings.now)
        if not verdict.keep:
            result.filtered += 1
            result.notes.append(f'filtered "{item.title}": {verdict.reason} ({settings.display}:{verdict.line})')
            continue
        future = item.published is not None and item.published > settings.now + FUTURE_SLACK
        text = render_article(replace(item, published=None) if future else item, source, spec.topics,
                              settings.now, draft=draft_default or verdict.draft, extra_tags=verdict.tags,
                              site_language=settings.language)
        data = encode(text)
        try:
            if not result.written:
                folder.mkdir(parents=True, exist_ok=True)
            mark = item_fingerprint(item)
            slug = create(folder, item.title, data, archive.slugs, item.language or settings.language,  # (its own: de)
                          lambda target: archive.note(target.relative_to(settings.root).as_posix(), data, mark))
        except OSError as exc:
            result.write_failed = True
            result.problems.append(error(settings.display, spec.line, (
                f"feed {spec.shown}: cannot write a new file in {ARTICLES.as_posix()}/ ({exc.strerror or exc}); "
                f"{len(result.written)} entries were imported before this; the rest come on the next fetch")))
            return result
        path = f"{ARTICLES.as_posix()}/{slug}.md"
        archive.add(Record(path, item.guid, item.link, source, draft_default or verdict.draft, False, item.title))
        archive.ours.add(sha(data))
        prints.setdefault(mark, set()).add(item.guid)
        result.items[item.guid] = Imported(path, mark, sha(data))
        _identities(result, item.guid, item, shared)
        handled.add(item.guid)
        result.written.append(path)
        result.new += 1
        note_dropped(item, path, result)
        if future:
            result.notes.append(f'dated in the future: "{item.title}" ({item.published:%Y-%m-%d %H:%M %z}); '
                                "published is the time it was first seen")
        elif item.unusable_date:
            result.notes.append(f'no usable date: "{item.title}" ({item.unusable_date}); published is the time it '
                                "was first seen")
        elif item.zoneless and item.published is not None:
            zoneless.append(path)
            result.notes.append(zoneless_note(item.title, item.published, settings.now.tzinfo, path))
    if looping:
        result.problems.append(warning(settings.display, spec.line, (
            f"feed {spec.shown}: {len(looping)} entr{'y' if len(looping) == 1 else 'ies'} not imported, linking to this site itself "
            f"({settings.base_url}, config.yaml's base_url): its page would send readers to the briefing's own "
            f"page as \"the original\" ({_first_three(looping)}); is this "
            "feed the briefing's own, or one that copies it? Remove it from config.yaml, or write such an "
            "article by hand")))
    if result.dropped:
        shown = _first_three(result.dropped)
        result.problems.append(warning(settings.display, spec.line, (
            f"feed {spec.shown}: {_count(len(result.dropped), 'article')} written without words the feed had "
            f"inside elements briefgen never publishes ({shown}); the sanitiser removes them with their content, "
            "so read each original (its url:) and write in what matters (-v lists each)")))
    if result.stripped:
        shown = _first_three(result.stripped)
        result.problems.append(warning(settings.display, spec.line, (
            f"feed {spec.shown}: {_count(len(result.stripped), 'article')} written without addresses the feed had "
            f"({shown}); an article's url: is an http(s) address, and pages keep only links and images whose address "
            "is http(s), mailto: or relative and show no video, audio, frames, plugins or forms, so find each "
            "original and write in what matters (-v lists each)")))
    if result.beacons:
        shown = _first_three(result.beacons)
        result.problems.append(warning(settings.display, spec.line, (
            f"feed {spec.shown}: {_count(len(result.beacons), 'article')} written without images taken for "
            f"tracking images by their address alone, a beacon's path without a size, alt text or caption ({shown}); "
            "if one is a picture readers should see, add it back by hand (-v lists each)")))
    if flood and result.new:
        result.problems.append(warning(settings.display, spec.line, (
            f"feed {spec.shown}: {result.new} new entries in one run, more than `max_new: {limit}`: all imported as "
            "drafts, which wait in `briefgen review` (`briefgen review accept SLUG…` publishes one; raise `max_new:` "
            "on this feed in config.yaml if the feed really brings that many)")))
    if zoneless:
        result.problems.append(warning(settings.display, spec.line, (
            f"feed {spec.shown}: {_count(len(zoneless), 'new article')} dated by the feed without a time zone "
            f"({', '.join(zoneless[:3])}{', …' if len(zoneless) > 3 else ''}): read as {_zone_name(settings)} "
            "time, the site's `timezone:` (-v says which dates)")))
    return result


def _new_count(read: FeedRead, source: str, archive: Archive, shared: frozenset[str], first: dict[str, int],
               claims: dict[int, set[int]], settings: Settings) -> int:
    """How many of the feed's entries are new (unknown to the archive, kept by the filters) before any is written:
    more than `max_new` (config.yaml, `import:` or the feed's) in one run makes every one a draft (docs/fetch.md,
    A flood of new entries). A trial's feed with 10,000 new entries published them all in one run, without a word.
    (An entry that turns out to be a deleted or re-identified item counts here: the rule errs towards review.)"""
    count = 0
    for index, item in enumerate(read.items):
        if first.get(item.guid, index) == index and find_entry(index, item, source, archive, shared,
                                                               claims)[0] == "new":
            count += judge(item, read.spec.block, read.spec.keep, settings.now).keep
    return count


def _known_as(key: str, item: FeedItem, record: Record | None, source: str, topics: tuple[str, ...],
              result: Ingested, archive: Archive, settings: Settings, shared: frozenset[str]) -> None:
    """An entry that is the item imported as `key`: its article brought up to date (`known`: `updated` when it
    changed upstream, else counted `same`), and `key` known by the entry's identities from now on."""
    updated = result.updated
    known(item, record, source, topics, result, archive, settings)
    _identities(result, key, item, shared)
    result.same += result.updated == updated


def _identities(result: Ingested, key: str, item: FeedItem, shared: frozenset[str]) -> None:
    """Record in the state that the article imported as `key` is also the entry's identity in this run (when it
    came with another one: `_same_content`, or found by an alias) and its identities under the modes that trust
    the entry more than this run's (`FeedItem.stronger`: its real guid when the feed is read by link or link +
    date, its link under link + date): none that several entries of this run share. The file's `guid:` holds
    one, and an entry is found by any (docs/fetch.md, Identity). Replaced on each run, so a guid made up on
    every request does not pile up. (Not its link when the feed is read by guid: two guids, one link, two items.)"""
    stored = result.items.get(key)
    if stored is not None:
        result.items[key] = replace(stored, aliases=tuple(i for i in dict.fromkeys((item.guid, *item.stronger))
                                                          if i != key and i not in shared), link=item.link)


def _zone_name(settings: Settings) -> str:
    zone = settings.now.tzinfo
    return str(getattr(zone, "key", None) or zone)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _representatives(items: tuple[FeedItem, ...], archive: Archive) -> dict[str, int]:
    """For each identity several items share: the index of the one that stands for it — the
    one whose link the article with that identity has, else the first."""
    groups: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        groups.setdefault(item.guid, []).append(index)
    chosen = {}
    for key, indexes in groups.items():
        if len(indexes) < 2:
            continue
        urls = {dedup_key(record.url) for record in archive.by_guid.get(key, ()) if record.url}
        chosen[key] = next((i for i in indexes if items[i].link and dedup_key(items[i].link) in urls),
                           indexes[0])
    return chosen


def _someone_elses(front: dict, key: str, source: str, stored: Imported) -> bool:
    """True when the state's record of `key` names another outlet's article that fetch never
    wrote for this feed (no hash of its bytes): before guids were matched across outlets only
    with the link, an entry whose guid another outlet's article had was taken for that article
    and the state recorded its file as this feed's baseline; the entry was never imported."""
    return (not stored.written and str(front.get("guid", "")) == key
            and str(front.get("source", "")).casefold() != source.casefold())


def _same_content(item: FeedItem, source: str, archive: Archive,
                  prints: dict[str, set[str]]) -> tuple[str, str] | None:
    """(identity, "same" | "rejected" | "gone") of an item this feed imported under another identity with the
    entry's link (compared by `dedup_key`: the fingerprint is taken with the link as each article of the outlet
    with that link spells it) and content (identity.fingerprint: title, authors, tags, body; `prints`), the
    body's links on the outlet's site also taken as that link spells its scheme, host and port (relative links
    resolved against an address that moved from http to https, `links.respell_origin`); None
    when there is none. A feed that makes up an `isPermaLink="false"` guid on every request had each version
    imported again (x.md, x-2.md …), and brought back every one the editor rejected. "same": an article of the
    outlet carries that identity (wherever it was renamed); "rejected": a tombstone does; "gone": neither (the
    file was deleted or lost its guid: `_vanished`). A live blog's entries, one link and different texts, stay
    items of their own."""
    if not item.link:
        return None
    ours = source.casefold()
    urls = {item.link} | {record.url for record in archive.by_link.get(dedup_key(item.link), ())
                          if record.url and record.source.casefold() == ours}
    own = {item.guid, *item.aliases}
    for url in sorted(urls):  # the body's links on the outlet's site as the earlier link spelled its origin
        marks = dict.fromkeys(item_fingerprint(replace(item, link=url, body_html=body))
                              for body in (item.body_html, respell_origin(item.body_html, url)))
        for key in sorted(set().union(*(prints.get(mark, set()) for mark in marks)) - own):
            records = [r for r in archive.by_guid.get(key, ()) if r.source.casefold() == ours or
                       r.rejected and not r.source]
            return key, ("rejected" if any(r.rejected for r in records) else
                         "same" if any(r.path for r in records) else "gone")
    return None


def _vanished(item: FeedItem, source: str, state: FeedState, shared: frozenset[str], archive: Archive,
              result: Ingested, settings: Settings, key: str | None = None) -> bool:
    """True when fetch imported `item` before (its state records a file for one of the item's
    identities) but no article carries its identity now: the editor deleted the file, or it
    lost its `guid:` (a front matter that does not parse, an edit). Writing it again would undo the editor's
    deletion, or put a second copy beside their file, silently. A deleted file becomes a tombstone in
    content/rejected.txt, as `briefgen review reject` makes (the decision outlives the disposable state), and a
    warning names its line; a file still there is left alone, with a warning. An identity other entries of the
    feed share counts only as the entry's own (`shared`, as in `Archive.find`), or when its file is gone. `key`:
    the identity the item was imported under, when it came back with another one (`_same_content`)."""
    again = key is not None  # came back under another identity: the tombstone and the record keep the first
    if again:
        key = key if key in state.items and state.items[key].path else None
    else:
        keys = (item.guid, *(alias for alias in item.aliases if alias not in shared))
        key = next((k for k in keys if k in state.items and state.items[k].path), None)
        if key is None:  # a shared identity (the feed's mode changed since) whose file is gone (a tram trial's came back)
            key = next((k for k in item.aliases if k in shared and k in state.items and state.items[k].path and not
                        os.path.lexists(settings.root / state.items[k].path)), None)
    if key is None:
        return False
    path = state.items[key].path
    target = settings.root / path
    if os.path.lexists(target):
        try:
            front = read_front(target.read_bytes())
        except OSError:
            front = {}
        if front is not None and _someone_elses(front, key, source, state.items[key]):
            result.items.pop(key, None)  # a record the old cross-outlet guid match made: not ours
            return False
        why = ("its front matter does not parse" if front is None else
               f"it no longer has `guid: {key}` and `source: {source}`")
        result.same += 1
        result.problems.append(warning(path, 1, (
            f'`briefgen fetch` imported "{item.title}" into this file, but {why}; not imported again (a second '
            f"copy would be written beside it). Fix the file, or delete it to reject the item")))
        return True
    tombstone = Record("", key if again else item.guid, item.link, source, rejected=True, title=item.title)
    try:
        line = add_tombstone(settings.root, tombstone, settings.now)
    except OSError as exc:  # still rejected in this run (counted once, as the recorded ones are)
        result.rejected += 1
        result.problems.append(warning(path, 0, (
            f'deleted after `briefgen fetch` imported "{item.title}" into it; not imported again, but it '
            f"cannot be recorded in {TOMBSTONES.as_posix()} ({exc.strerror or exc}), so the next fetch asks "
            "again")))
        return True
    archive.add(tombstone)
    if not again:  # (kept when it came back under a new identity: its fingerprint knows the next one)
        result.items.pop(key, None)
    result.rejected += 1
    result.problems.append(warning(TOMBSTONES.as_posix(), line, (
        f'"{item.title}" ({source}) is rejected: you deleted {path}, which `briefgen fetch` had imported '
        "it into, so it is not imported again; delete this line to let it back in")))
    return True
