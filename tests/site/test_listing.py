"""Pagination (`site.listing`): dated listings numbered from the oldest, alphabetical ones in reading order."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.site.listing import PAGE_INDEX, collation_key, initial, paginate, paginate_by_name, share_by_period

DAY = dt.date(2023, 1, 1)


def dated(count: int) -> list[int]:
    """Items 0..count-1 where a higher number is newer, given newest first (as listings are)."""
    return list(range(count - 1, -1, -1))


def when(n: int) -> dt.date:
    return DAY + dt.timedelta(days=n)


def test_a_short_listing_is_one_page_without_numbered_pages() -> None:
    (page,) = paginate("topics/x/", dated(7), 10, when)
    assert page.url == "topics/x/" and page.number == 0 and not page.paginated
    assert page.items == (6, 5, 4, 3, 2, 1, 0) and page.previous is None and page.following is None


def test_pages_count_from_the_oldest_and_the_landing_page_holds_the_newest() -> None:
    landing, *numbered = paginate("topics/x/", dated(25), 10, when)
    assert landing.items == tuple(range(24, 14, -1))
    assert [(p.number, p.url, p.items[-1], p.items[0]) for p in numbered] == [
        (1, "topics/x/page/1/", 0, 9), (2, "topics/x/page/2/", 10, 19), (3, "topics/x/page/3/", 20, 24)]
    assert landing.previous.number == 2  # the page just before the landing page's oldest item
    assert numbered[0].previous is None and numbered[0].following.number == 2
    assert numbered[-1].following.number == 0  # the last page leads back to the landing page
    assert [link.number for link in landing.pages] == [1, 2, 3, 0]
    assert all(p.pages == () for p in numbered)  # only the landing page lists every page


def test_month_headings_group_each_page() -> None:
    items = [n * 10 for n in range(9, -1, -1)]  # 0..90 days apart: January to April
    (page,) = paginate("sources/x/", items, 50, when)
    assert [(anchor, heading) for anchor, heading, _ in page.groups] == [
        ("2023-04", "April 2023"), ("2023-03", "March 2023"), ("2023-02", "February 2023"), ("2023-01", "January 2023")]


@settings(max_examples=examples(200), deadline=None, derandomize=True)
@given(count=st.integers(0, 120), size=st.integers(5, 30), added=st.integers(1, 40))
def test_adding_items_never_changes_a_full_numbered_page(count: int, size: int, added: int) -> None:
    before = {p.number: p.items for p in paginate("t/", dated(count), size, when)[1:]}
    after = {p.number: p.items for p in paginate("t/", dated(count + added), size, when)[1:]}
    for number, items in before.items():
        if len(items) == size:  # a full page
            assert after[number] == items
    every = [i for page in paginate("t/", dated(count), size, when) for i in page.items]
    assert set(every) == set(range(count))  # nothing lost


def test_alphabetical_listings_read_in_order_with_initials() -> None:
    names = ["Anna", "Boris", "Bruno", "Chen", "Dana", "Emil"]
    first, second = paginate_by_name("people/", names, 4, str)
    assert (first.url, first.items, second.url, second.items) == (
        "people/", ("Anna", "Boris", "Bruno", "Chen"), "people/page/2/", ("Dana", "Emil"))
    assert [heading for _, heading, _ in first.groups] == ["A", "B", "C"]
    assert first.following.url == "people/page/2/" and second.previous.url == "people/"


@settings(max_examples=examples(200), deadline=None)
@given(count=st.integers(0, 60), size=st.integers(1, 12),
       notes=st.lists(st.integers(-5, 70), max_size=30))
def test_notes_beside_a_listing_are_each_on_one_numbered_page_of_their_period(count: int, size: int,
                                                                             notes: list[int]) -> None:
    pages = paginate("topics/x/", [when(n) for n in dated(count)], size, lambda d: d)
    days = [when(n) for n in notes]  # some before the oldest story, some after the newest
    shared = share_by_period(pages, days, lambda d: d, lambda d: d)
    assert set(shared) == {page.number for page in pages}
    numbered = pages[1:]
    landing = pages[0]
    for day in shared.get(0, ()):  # the landing page: from its oldest story on (all of them on a single page)
        assert not numbered or day >= landing.items[-1]
    if not numbered:
        assert len(shared[0]) == len(notes)
        return
    assert sum(len(shared[page.number]) for page in numbered) == len(notes)  # each on exactly one numbered page
    assert len(shared[0]) == sum(1 for day in days if day >= landing.items[-1])
    for k, page in enumerate(numbered):
        after = numbered[k - 1].items[0] if k else None
        for day in shared[page.number]:
            assert after is None or day > after  # newer than the page before's newest story
            assert k == len(numbered) - 1 or day <= page.items[0]  # not newer than its own newest


def test_a_full_pages_notes_stay_when_newer_stories_and_notes_arrive() -> None:
    before = paginate("topics/x/", [when(n) for n in dated(20)], 5, lambda d: d)
    after = paginate("topics/x/", [when(n) for n in dated(31)], 5, lambda d: d)
    notes = [when(n) for n in range(0, 40, 3)]
    old = share_by_period(before, notes[:7], lambda d: d, lambda d: d)
    new = share_by_period(after, notes, lambda d: d, lambda d: d)
    for number in (1, 2, 3):  # full before and after
        assert old[number] == new[number]


@settings(max_examples=examples(200), deadline=None)
@given(days=st.lists(st.integers(0, 400), max_size=80), size=st.integers(1, 25))
def test_groups_are_a_function_of_the_items_so_fingerprints_may_skip_them(days: list[int], size: int) -> None:
    """`ListingPage.groups` come from a heading function marked derived (speed/fingerprint.py): equal items must mean equal groups,
    every item in exactly one group, in order, under the heading of its own month."""
    items = sorted(days, reverse=True)
    for page in paginate("t/", items, size, when):
        assert tuple(i for _, _, grouped in page.groups for i in grouped) == page.items
        for anchor, heading, grouped in page.groups:
            assert {when(i).strftime("%Y-%m") for i in grouped} == {anchor}
            assert heading == when(grouped[0]).strftime("%B %Y")
    names = sorted(f"n{d}" for d in days)
    for page in paginate_by_name("p/", names, size, str):
        assert tuple(i for _, _, grouped in page.groups for i in grouped) == page.items


# --- alphabetical order and initials: folded letters, not code points -------------------------

def _latin_letters() -> dict[str, str]:
    """The letters of Latin-1 and Latin Extended-A (every European language's) with the base letter
    Unicode's own name gives them ("LATIN CAPITAL LETTER S WITH CARON" → "S", "… O WITH STROKE" → "O"):
    an oracle for the heading a name is filed under that does not use the code under test."""
    found = {}
    for code in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x180), 0x1FE, 0x1FF]:
        match = re.fullmatch(r"LATIN (?:SMALL|CAPITAL) LETTER ([A-Z])(?: WITH .*)?", unicodedata.name(chr(code), ""))
        if match:
            found[chr(code)] = match.group(1)
    return found


LATIN = _latin_letters()
LATIN_INITIALS = sorted(LATIN)
OTHER_INITIALS = ["З", "К", "Ж", "Ω", "Λ", "א", "3", "2", "«", "'", "(", "~", "¿"]


def test_accented_initials_are_filed_under_their_letter_and_non_letters_first() -> None:
    """A trial: "Šimonytė" and "Žalimas" were listed after Z under the heading "Ö" (code point order,
    and every non-ASCII initial one anchor, "letter-other")."""
    names = ["Žalimas, Dainius", "Scholz, Olaf", "Özdemir, Cem", "Šimonytė, Ingrida", "Smith, Anna",
             "3M Company", "Łapiński, Jan", "Lee, Ann", "Зеленський, Володимир", "«Azov» Brigade", "Orbán, Viktor",
             "24 Kanal", "Zola, Émile"]
    (page,) = paginate_by_name("people/", names, 50, str)
    assert [(anchor, heading, items) for anchor, heading, items in page.groups] == [
        ("letter-other", "#", ("24 Kanal", "3M Company")),
        ("letter-a", "A", ("«Azov» Brigade",)),
        ("letter-l", "L", ("Łapiński, Jan", "Lee, Ann")),
        ("letter-o", "O", ("Orbán, Viktor", "Özdemir, Cem")),
        ("letter-s", "S", ("Scholz, Olaf", "Šimonytė, Ingrida", "Smith, Anna")),
        ("letter-z", "Z", ("Žalimas, Dainius", "Zola, Émile")),
        ("letter-u0437", "З", ("Зеленський, Володимир",))]


@settings(max_examples=examples(150), deadline=None)
@given(names=st.lists(st.tuples(st.sampled_from(LATIN_INITIALS + OTHER_INITIALS),
                                st.text(alphabet="abcdeśzžöø ,-'", max_size=6)).map("".join), max_size=40),
       size=st.integers(5, 12))
def test_alphabetical_pages_hold_each_initial_once_under_its_base_letter(names: list[str], size: int) -> None:
    pages = paginate_by_name("people/", names, size, str)
    shown = [name for page in pages for name in page.items]
    assert sorted(shown) == sorted(names)  # every name, once
    keys = [collation_key(name) for name in shown]
    assert keys == sorted(keys)  # in reading order across pages
    for page in pages:
        anchors = [anchor for anchor, _, _ in page.groups]
        assert len(anchors) == len(set(anchors))  # one heading (and id) per initial and page
        for anchor, heading, grouped in page.groups:
            for name in grouped:
                first = next((c for c in name if c.isalnum()), "")  # "«Azov»" is filed under A
                assert heading == (LATIN.get(first, first.upper()) if first.isalpha() else "#")
                assert initial(name) == (anchor, heading)


def _covered(entries: tuple) -> list[list[int]]:
    """For each index entry, the pages it stands for: "(pages a–b)", or the one it links (an
    alphabetical listing's page 1, at the listing's own address, has number 0)."""
    found = []
    for link in entries:
        run = re.search(r"\(pages (\d+)\u2013(\d+)\)$", link.label)
        found.append(list(range(int(run[1]), int(run[2]) + 1)) if run else [link.number])
    return found


def test_a_long_listing_indexes_runs_of_pages_each_with_its_range() -> None:
    # 1,000 items, 5 a page: 200 numbered pages, the newest the same as the landing page; the index
    # lists 34 runs of 6 pages (the last of 1) and the landing page (page 200), not 201 entries.
    landing, *numbered = paginate("topics/x/", dated(1000), 5, when)
    assert len(landing.pages) == 35 and landing.page_count == 200
    first = landing.pages[0]
    assert first.number == 6 and first.url == "topics/x/page/6/"  # a run links its newest page
    assert first.label == "1 January 2023 \u2013 30 January 2023 (pages 1\u20136)"
    assert landing.pages[-1].number == 0  # then the landing page, as before


@settings(max_examples=examples(150), deadline=None, derandomize=True)
@given(count=st.integers(0, 1500), size=st.integers(5, 30))
def test_the_page_index_is_bounded_and_covers_every_page_in_order(count: int, size: int) -> None:
    """Whatever the length, an index of at most PAGE_INDEX entries whose runs cover every page once,
    in order, each a few steps from the page it links (dated and alphabetical listings alike)."""
    landing, *numbered = paginate("t/", dated(count), size, when)
    if numbered:
        # The newest numbered page, when it holds the landing page's items, is the landing page's entry.
        listed = len(numbered) - (numbered[-1].items == landing.items)
        runs = _covered(landing.pages[:-1])
        assert len(landing.pages) <= PAGE_INDEX and [n for run in runs for n in run] == list(range(1, listed + 1))
        assert all(link.number == run[-1] for link, run in zip(landing.pages, runs))  # the newest of its run
        assert max((len(run) for run in runs), default=0) <= -(-len(numbered) // (PAGE_INDEX - 1))
        assert landing.page_count == listed + 1
    names = [f"Name {n:05d}" for n in range(count)]
    alphabetical = paginate_by_name("people/", names, size, str)
    for page in alphabetical:
        assert len(page.pages) <= PAGE_INDEX
        if len(alphabetical) > 1:
            runs = _covered(page.pages)
            assert [max(n, 1) for run in runs for n in run] == list(range(1, len(alphabetical) + 1))
            assert all(max(link.number, 1) == max(run[0], 1) for link, run in zip(page.pages, runs))  # its first
            assert page.page_count == len(alphabetical)
