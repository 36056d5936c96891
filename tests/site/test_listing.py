"""Pagination (`site.listing`): dated listings numbered from the oldest, alphabetical ones in reading order."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.site.listing import paginate, paginate_by_name

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


@settings(max_examples=200, deadline=None, derandomize=True)
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
