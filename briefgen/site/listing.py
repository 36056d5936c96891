"""Paginated listings; dated ones are numbered from the oldest item, so full pages never change.

A dated listing (a topic's stories, an outlet's articles, the edition archive) shows its
newest `size` items at its own URL ("topics/x/"), newest first. Older items live on
numbered pages below it ("topics/x/page/3/"), numbered from the oldest (as Pelican and
Nikola do): page 1 holds the oldest `size` items, page 2 the next, and only the last
page fills up as items arrive. So every full page is a permalink whose content never
changes, and a new item re-renders the landing page and the last page only — not every
page of the listing, as newest-first numbering would (every item moves one place down).
A listing that fits on one page has no numbered pages.

When the items fill their last page exactly (10 items, 5 a page), the landing page and that
newest numbered page hold the same items. They are one page to readers and search engines:
the index lists them as one entry (the landing page, "the newest"), the numbered page links no
"Newer" page (nothing is newer), and the landing page's canonical address is the numbered page's,
the address that keeps those items (`ListingPage.canonical`). With the next item the landing page
moves on and is its own canonical again; the numbered page, the last, may change anyway.
(Before 2026-12, "All 3 pages" listed both, and both were their own canonical: duplicate content.)

An alphabetical listing (the people index) is paginated in reading order: page 1 at its
own URL, then page/2/, page/3/ … (a new name shifts the pages after it; names are not
permalinks). Reading order is `collation_key`'s: a name is filed under its first letter with
case and accents folded ("Šimonytė" among the S, "Łukasz" among the L), as readers and library
catalogues look for it, and names that start with no letter ("3M") come first, under "#".

Every page groups its items under headings a reader can jump to (months, or initials) and
links its neighbours (`rel="prev"`/`"next"`) by page number; the landing page also lists
every page with its date range — or, past `PAGE_INDEX` pages, runs of consecutive pages
(`index_runs`), so that the index stays a few kilobytes at any length (the alphabetical index,
on every page of its listing, likewise). Nothing on a full page depends on later items (no running
totals, no "page 3 of N", no range of a page still filling), so it stays byte-identical as newer
items arrive. An item that is not newer than a page's newest — backdated, or of the same instant
(dates without a time are midnight), ties being ordered by slug — shifts that page and the later
ones, as does a deletion: no order of files tells which of two same-day articles came first.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable, Generic, Sequence, TypeVar

from briefgen.site.editions import MONTHS, long_date
from briefgen.site.urls import LETTER_FOLD

T = TypeVar("T")
U = TypeVar("U")

# Entries at most in a listing's page index ("All 3,334 pages"). Listing every page made the
# index linear in the listing's length: ~85 bytes a page, so a topic or person of 100,000 stories
# at 30 a page put ~280 KB of links on its landing page (issue 10: no page over 300 KB), and the
# alphabetical people index, which repeats the index on each of its pages, grew as the square of
# its pages (30,000 names at 5 a page: 6,000 pages of ~500 KB each).
PAGE_INDEX = 40


@dataclass(frozen=True, slots=True)
class PageLink:
    url: str  # site-relative, e.g. "topics/x/page/2/"
    number: int  # 0 for the landing page
    label: str  # its range: "3 May – 9 June 2023", or "Haines – Kuleba"


@dataclass(frozen=True, slots=True)
class ListingPage(Generic[T]):
    """One page of a listing: its items, grouped under headings, and its neighbours."""

    url: str  # site-relative URL of this page
    number: int  # 0: the landing page; k ≥ 1: the k-th page (dated: counted from the oldest)
    items: tuple[T, ...]  # newest first (dated) or in reading order (alphabetical)
    # An item's heading, (anchor "2023-05", heading "May 2023"): this module's code (`paginate`,
    # `paginate_by_name`), so not fingerprinted apart from the items (speed/fingerprint.py)
    heading: Callable[[T], tuple[str, str]] = field(metadata={"derived": True}, compare=False, repr=False)
    previous: PageLink | None  # dated: older items; alphabetical: the page before
    following: PageLink | None  # dated: newer items; alphabetical: the page after
    pages: tuple[PageLink, ...]  # on the landing page: every page, for the index (else empty)
    total: int  # items in the whole listing (shown on the landing page only)
    dated: bool
    landing: str  # URL of the landing page (which lists every page)
    paginated: bool  # the listing has more than one page
    page_count: int = 0  # distinct pages of the whole listing (landing included) where `pages` is given
    canonical: str = ""  # site-relative canonical URL when not `url` (a landing page that is its newest page)

    @property
    def groups(self) -> tuple[tuple[str, str, tuple[T, ...]], ...]:
        """The items under their headings, in order: ((anchor, heading, items), ...). Made when a
        template asks, not with the page: only the pages a build renders need them (~100,000 items
        on ~3,500 listing pages at 10,000 articles, 0.06 s of every rebuild when made up front)."""
        return _groups(self.items, self.heading)


def page_url(base: str, number: int) -> str:
    return base if number == 0 else f"{base}page/{number}/"


def index_runs(count: int, limit: int = PAGE_INDEX) -> list[tuple[int, int]]:
    """The runs of pages a page index lists: (first, last) positions (0-based, inclusive) in order.

    Up to `limit` pages, one run per page; beyond, the fewest equal runs of consecutive pages that
    make at most `limit` entries (the last run may be shorter), each shown as one entry naming its
    range and linking to one end of it, from which the others are a few "Older"/"Newer" steps away
    (at most `ceil(count / limit) - 1`). `count` ≥ 0 pages → at most `limit` runs covering them all.
    """
    step = max(1, -(-count // limit))
    return [(first, min(first + step, count) - 1) for first in range(0, count, step)]


def _run_label(first: str, last: str, low: int, high: int) -> str:
    """An index entry for pages `low`–`high`, whose items run from `first` to `last` (dates or names)."""
    span = first if first == last else f"{first} \u2013 {last}"
    return f"{span} (pages {low}\u2013{high})" if low != high else span


def _day(value: dt.datetime | dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _month(value: dt.datetime | dt.date) -> tuple[str, str]:
    """(anchor "2023-05", heading "May 2023") of a date or a datetime (in its own time zone)."""
    return _month_of(value.year, value.month)


@functools.lru_cache(maxsize=None)
def _month_of(year: int, month: int) -> tuple[str, str]:  # the same few strings ~90,000 times a build
    return f"{year:04d}-{month:02d}", f"{MONTHS[month - 1]} {year}"


def paginate(base: str, items: Sequence[T], size: int, when: Callable[[T], dt.datetime | dt.date]
             ) -> tuple[ListingPage[T], ...]:
    """The pages of a dated listing at `base` ("topics/x/"): the landing page first, then 1…m.

    `items` are newest first (ties already broken by the caller); `when(item)` gives the
    date used for month headings and page ranges.
    """
    total = len(items)
    oldest_first = list(reversed(items))
    chunks = [tuple(oldest_first[i:i + size]) for i in range(0, total, size)] if total > size else []

    def label(newest: T, oldest: T) -> str:
        first, last = _day(when(oldest)), _day(when(newest))
        return long_date(first) if first == last else f"{long_date(first)} \u2013 {long_date(last)}"

    links = tuple(PageLink(page_url(base, n), n, label(chunk[-1], chunk[0])) for n, chunk in enumerate(chunks, 1))
    landing_items = tuple(items[:size])
    landing = PageLink(base, 0, label(landing_items[0], landing_items[-1])) if items else None
    # The landing page holds exactly the newest numbered page's items when that page is full: the
    # two are one entry of the index (the landing page's) and one page in `page_count`.
    same = bool(chunks) and len(chunks[-1]) == size
    listed = len(chunks) - 1 if same else len(chunks)  # numbered pages with an entry of their own
    # The index, oldest first (shown newest first): each run of pages links its newest page.
    runs = index_runs(listed, PAGE_INDEX - 1)  # the landing page is an entry of its own
    entries = tuple(links[high] if low == high else
                    PageLink(links[high].url, links[high].number,
                             _run_label(long_date(_day(when(chunks[low][0]))), long_date(_day(when(chunks[high][-1]))),
                                        low + 1, high + 1))
                    for low, high in runs)
    navigation = (*entries, landing) if links and landing else ()

    def heading(item: T) -> tuple[str, str]:
        return _month(when(item))

    # The landing page shows the newest `size` items; the page just before its oldest one is m-1.
    many = bool(chunks)
    pages = [ListingPage(base, 0, landing_items, heading, links[-2] if len(links) >= 2 else None,
                         None, navigation, total, True, base, many, listed + 1 if navigation else 0,
                         links[-1].url if same else "")]
    for n, chunk in enumerate(chunks, start=1):
        newest_first = tuple(reversed(chunk))
        newer = links[n] if n < len(links) else (None if same else landing)  # the landing page, unless it is this one
        pages.append(ListingPage(page_url(base, n), n, newest_first, heading,
                                 links[n - 2] if n >= 2 else None, newer, (), 0, True, base, many))
    return tuple(pages)


def share_by_period(pages: Sequence[ListingPage[T]], things: Sequence[U], when_item: Callable[[T], Any],
                    when: Callable[[U], Any]) -> dict[int, tuple[U, ...]]:
    """Dated things shown beside a dated listing (a topic's editor notes), by page number.

    Each numbered page k shows the things dated in the period it covers: after its
    predecessor's newest item, up to its own newest (page 1 from the beginning of time,
    the last page to its end), so every thing is on exactly one numbered page and a full
    page's share never changes when newer items arrive. The landing page shows the
    things dated from its oldest item on (and, when the listing has one page, all of
    them). Order within a page is that of `things`. `when_item`/`when` return comparable
    values (aware datetimes in site time). Without this, a topic of a 100,000-article
    archive showed all of its ~400 notes on its landing page (597 KB).
    """
    shares: dict[int, list[U]] = {page.number: [] for page in pages}
    landing, numbered = pages[0], pages[1:]
    bounds = [when_item(page.items[0]) for page in numbered]  # each numbered page's newest item
    oldest_shown = when_item(landing.items[-1]) if landing.items else None
    for thing in things:
        at = when(thing)
        if not numbered or oldest_shown is None or at >= oldest_shown:
            shares[0].append(thing)
        if numbered:
            k = bisect.bisect_left(bounds, at)  # the first page whose newest item is not older
            shares[numbered[min(k, len(numbered) - 1)].number].append(thing)
    return {number: tuple(share) for number, share in shares.items()}


def paginate_by_name(base: str, items: Sequence[T], size: int, name: Callable[[T], str]
                     ) -> tuple[ListingPage[T], ...]:
    """The pages of an alphabetical listing: page 1 at `base`, then page/2/ … in reading order.

    `items` are put in reading order here (`collation_key` of `name(item)`; a stable sort, so equal
    names keep the caller's order), and each page groups them under their initials (`initial`):
    one heading per initial and page, since the order keeps each initial's names together.
    """
    items = sorted(items, key=lambda item: collation_key(name(item)))
    total = len(items)
    chunks = [tuple(items[i:i + size]) for i in range(0, total, size)] or [()]
    links = tuple(PageLink(page_url(base, 0 if n == 1 else n), 0 if n == 1 else n,
                           _run_label(name(chunk[0]), name(chunk[-1]), n, n) if chunk else "")  # (one name: once)
                  for n, chunk in enumerate(chunks, 1))
    # Every page shows the index: each run of pages links its first page.
    navigation = tuple(links[low] if low == high else
                       PageLink(links[low].url, links[low].number,
                                _run_label(name(chunks[low][0]), name(chunks[high][-1]), low + 1, high + 1))
                       for low, high in index_runs(len(links))) if len(links) > 1 else ()

    def heading(item: T) -> tuple[str, str]:
        return initial(name(item))

    pages = []
    for n, chunk in enumerate(chunks):
        pages.append(ListingPage(links[n].url, links[n].number, chunk, heading, links[n - 1] if n else None,
                                 links[n + 1] if n + 1 < len(links) else None, navigation, total, False, base,
                                 len(links) > 1, len(links) if navigation else 0))
    return tuple(pages)


_LETTERS = str.maketrans({**LETTER_FOLD, **dict.fromkeys("'\u2019\u2018\u02bc\u2032`", "")})  # (apostrophes: below)


def _folded(text: str) -> str:
    """`text` case-folded, accents dropped (NFKD without combining marks), then the letters NFKD keeps
    whole spelt out (LETTER_FOLD: "ł" → "l", "ø" and "ǿ" → "o"), apostrophes of every kind left out (straight,
    curly, modifier letter, prime: "D’Alessandro" files as "DAlessandro", ALA Filing Rules 1.2; a trial filed it
    after "Durand-Vasseur", T30 F11, FX111), and what precedes its first letter or digit removed ("«Azov»" → "azov»")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LETTERS)
    start = next((i for i, c in enumerate(folded) if c.isalnum()), len(folded))
    return folded[start:]


def collation_key(name: str) -> tuple[int, str, str, str]:
    """The sort key of `name` in an alphabetical listing (the people index, the sources index).

    Names are compared by `_folded` text — "Šimonytė, Ingrida" files between "Scholz" and
    "Smith", "Özdemir" among the O, "Łapiński" among the L, as Unicode's collation algorithm (UCA)
    and library catalogues order them at their first level — not by code point, which put every
    name with an accented or non-Latin initial after Z, under the heading of the first of them
    (a trial: Šimonytė and Žalimas under "Ö"). Names that start with no letter ("3M Company",
    "24 Kanal") come first, so that they form one "#" group; case and then the exact spelling
    break ties, so the order is total and the same in every build.
    """
    folded = _folded(name)
    return (1 if folded[:1].isalpha() else 0, folded, name.casefold(), name)


def initial(name: str) -> tuple[str, str]:
    """(anchor, heading) of the group `name` is filed under: its first letter as `collation_key`
    compares it, upper case ("Šimonytė" → ("letter-s", "S")); a letter outside a–z gets an anchor
    of its code point ("Зеленський" → ("letter-u0437", "З")), so two initials never share an id;
    a name that starts with no letter is filed under ("letter-other", "#")."""
    letter = _folded(name)[:1]
    if not letter.isalpha():
        return "letter-other", "#"
    return (f"letter-{letter}" if "a" <= letter <= "z" else f"letter-u{ord(letter):04x}"), letter.upper()


def _groups(items: tuple[Any, ...], key: Callable[[Any], tuple[str, str]]
            ) -> tuple[tuple[str, str, tuple[Any, ...]], ...]:
    groups: list[tuple[str, str, list[Any]]] = []
    for item in items:
        anchor, heading = key(item)
        if not groups or groups[-1][0] != anchor:
            groups.append((anchor, heading, []))
        groups[-1][2].append(item)
    return tuple((anchor, heading, tuple(found)) for anchor, heading, found in groups)
